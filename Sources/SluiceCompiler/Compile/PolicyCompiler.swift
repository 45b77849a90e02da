import SluiceLanguage

/// Compiles a validated `Policy` into the `Ruleset` for Sluice's table and the bindings the
/// watcher needs. Pure and deterministic: the same policy gives the same value, byte for byte once
/// rendered.
public struct PolicyCompiler: Sendable {
    /// The table to compile for (`--table`).
    public var table: String

    /// Creates a compiler for a table.
    public init(table: String = Ruleset.defaultTable) {
        self.table = table
    }

    /// Compiles a policy. The policy must be the validated output of `PolicyLoader`. The names of
    /// `users` sets are looked up in `users`; one it does not know is reported as `unknownUsers`
    /// says (a warning when checking, an error when applying).
    public func compile(_ policy: Policy, users directory: any UserDirectory = UserTable(),
                        unknownUsers: Severity = .warning) -> CompileResult {
        let users = UserResolution(policy, directory: directory, severity: unknownUsers)
        let builder = RulesetBuilder(policy: policy, table: table, users: users)
        let containment = builder.containmentSets()
        let base = builder.baseChain(containment)
        let egress = builder.egressChain(containment)
        // Over-quota chains were appended while compiling; the entry chains go first.
        var input = builder.marks.inputChain(gateway: policy.mode == .gateway)
        input.rules += builder.isolationFromThisMachine(containment)
        builder.chains = [base, input, egress] + builder.chains
        // Before the ruleset is taken: a destination of names no allow uses still gets its sets.
        let dns = builder.dnsBinding()
        var compiled = CompiledPolicy(
            name: policy.name, mode: policy.mode, egressInterfaces: policy.egressInterfaces, ruleset: builder.ruleset,
            quotas: builder.bindings, containment: containment,
            groups: policy.groups.map {
                HostGroup(name: $0.name, addresses: $0.addresses, isSelf: $0.isSelf, uids: $0.isUsers ? users.uids[$0.name] ?? [] : nil)
            },
            exceedRules: policy.exceedRules.map {
                ExceedBinding(groups: policy.groupNames($0.sources), actions: $0.actions, location: $0.location)
            },
            log: builder.log, audit: builder.audit, insideNetworks: policy.insideNetworks)
        if policy.groups.contains(where: \.isUsers) { compiled.users = users.contractAccounts }
        compiled.dns = dns

        let diagnostics = builder.diagnostics + Self.overlongLogPrefixes(compiled, policy: policy)
        return CompileResult(compiled: diagnostics.hasErrors ? nil : compiled, diagnostics: diagnostics)
    }

    /// The kernel keeps 127 bytes of a log prefix and the backend refuses a longer one; prefixes
    /// name the table and quota ids (group names), so a long `--table` can pass them. Said here,
    /// with the statement, so that `check` reports what `apply` would refuse.
    static func overlongLogPrefixes(_ compiled: CompiledPolicy, policy: Policy) -> [Diagnostic] {
        let quotas = Dictionary(compiled.quotas.map { ($0.nflogPrefix, $0.location) }, uniquingKeysWith: { a, _ in a })
        var seen: Set<String> = []
        var found: [Diagnostic] = []
        for rule in compiled.ruleset.chains.flatMap(\.rules) {
            for case .log(let log) in rule.statements where log.prefix.utf8.count > LogStatement.longestPrefix {
                guard seen.insert(log.prefix).inserted else { continue }
                found.append(.error(
                    .unsupported, "the kernel log prefix '\(log.prefix)' is \(log.prefix.utf8.count) bytes; the kernel keeps \(LogStatement.longestPrefix)",
                    at: quotas[log.prefix] ?? rule.origin ?? policy.location,
                    notes: [DiagnosticNote(.help, "use a shorter table name (--table), or shorter names in the statement")]))
            }
        }
        return found
    }
}
