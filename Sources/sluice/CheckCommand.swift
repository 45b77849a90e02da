import ArgumentParser
import SluiceCompiler
import SluiceOperations
import SluiceLanguage

/// `sluice check POLICY...`: parse, validate, compile and run the `expect` lines.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check policies: syntax, names, values, and every expect line.",
        discussion: "Exit 0 when every policy is valid (warnings allowed), 1 when any has an error.\n\nExample: sluice check policies/hpc-center.sluice"
    )

    @Argument(help: "Policy files to check.")
    var policies: [String]

    @Flag(help: "Print the diagnostics as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var failed = false
        var reports: [JSONValue] = []
        for path in policies {
            let build = PolicyBuild.build(path: path, table: global.table, users: SystemUserDirectory())
            ProcessLifetime.keep(build)
            let errors = build.diagnostics.filter { $0.severity == .error }.count
            let warnings = build.diagnostics.count - errors
            failed = failed || errors > 0
            let audited = build.compiled?.audit?.groups ?? []
            if json {
                reports.append(.object([("policy", .string(path)), ("valid", .bool(errors == 0)),
                                        ("expectations", .int(Int64(build.compiled == nil ? 0 : build.policy?.expectations.count ?? 0))),
                                        ("audit", .array(audited.map { .string($0) })),
                                        ("diagnostics", .array(build.diagnostics.map(DiagnosticJSON.value)))]))
                continue
            }
            if !build.diagnostics.isEmpty { Output.err(build.renderedDiagnostics) }
            if errors > 0 {
                Output.err("\(path): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
            } else {
                let expectations = build.compiled == nil ? 0 : build.policy?.expectations.count ?? 0
                Output.out("\(path): ok, \(expectations) \(expectations == 1 ? "expectation holds" : "expectations hold")"
                           + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "") + "\n")
                if !audited.isEmpty {
                    Output.out("\(path): audit: \(audited.joined(separator: ", ")) (traffic the policy denies is allowed and "
                               + "recorded as would-deny; their quotas count but never stop traffic)\n")
                }
            }
        }
        if json { Output.out(JSONValue.array(reports).pretty() + "\n") }
        if failed { throw SluiceExit.refused }
    }
}
