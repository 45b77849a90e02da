import ArgumentParser
import Foundation
import SluiceOperations

/// `sluice learn`: a policy proposal from the observed flows.
struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Propose allows and quotas from the flows sluice watch observed.",
        discussion: """
            Prints, on standard output, what the policy (--policy FILE, else the live version) lacks to admit \
            every observed flow as enforced: destinations aggregated into prefixes no wider than --max-prefix, \
            the services seen, one allow per group and destination set, and per-host daily and 30-day quotas \
            and a daily group total at --headroom times the highest use. Every line carries its evidence. The \
            proposal is checked with the policy before it is printed; flows it cannot admit are listed on \
            standard error with the reason.

            Example: sluice learn --since 30d --group compute >> policy.sluice
            """)

    @Option(help: "Start of the observation: a duration ago (30d), a date or a time (default 30d).")
    var since: TimeArgument?

    @Option(help: "End of the observation (default now).")
    var until: TimeArgument?

    @Option(help: "Only hosts of this group.")
    var group: String?

    @Option(help: "Proposed quotas are this many times the highest observed use.")
    var headroom: Double = 3

    @Option(name: .customLong("policy"), help: "Propose only what this policy file lacks (default: the live policy).")
    var policy: String?

    @Option(name: .customLong("max-prefix"), help: "The widest learned IPv4 prefix length.")
    var maxPrefix4: Int = 24

    @Option(name: .customLong("max-prefix6"), help: "The widest learned IPv6 prefix length.")
    var maxPrefix6: Int = 48

    @Flag(help: "Print the proposal and what it could not cover as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let request = LearnRequest(since: since?.date ?? Date().addingTimeInterval(-30 * 86_400), until: until?.date ?? Date(),
                                   group: group, headroom: headroom, policyPath: policy, maxPrefix4: maxPrefix4,
                                   maxPrefix6: maxPrefix6)
        let proposal = try OperationFailure.run(json: json) { () throws(OperationError) in
            try global.operations().learn(request)
        }
        if json {
            Output.json(proposal)
            return
        }
        Output.out(proposal.text.isEmpty ? "# sluice learn: \(proposal.base) already admits every observed flow\n" : proposal.text)
        Output.err("learn: \(proposal.alreadyAdmitted) observed flows already admitted, \(proposal.admitted) admitted by the proposal, "
                   + "\(proposal.uncovered.count) not covered\n")
        for flow in proposal.uncovered {
            Output.err("not covered: \(flow.host) to \(flow.destination) \(flow.service) (\(flow.bytes) bytes): \(flow.reason)\n")
        }
        for warning in proposal.warnings { Output.err("warning: \(warning)\n") }
    }
}
