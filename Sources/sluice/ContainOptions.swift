import ArgumentParser

/// What `sluice isolate` and `sluice block` share.
struct ContainOptions: ParsableArguments {
    @Argument(help: "The host: an IP address, or self (host mode).")
    var host: String?

    @Option(help: "A local user instead of a host (host mode with a users set): a login name or a uid.")
    var user: String?

    @Option(name: .customLong("for"), help: "How long (30m, 24h, 7d; 1s to 3650d); without it, until `sluice release`.")
    var duration: DurationArgument?

    @Option(help: "Why, for the history and the kernel element's comment.")
    var reason: String = "manual"

    @Flag(help: "Contain the host even if it is in the management group (which cuts the administrators off).")
    var force = false

    func validate() throws {
        guard (host == nil) != (user == nil) else { throw ValidationError("give a host or --user, not both") }
    }
}
