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
        builder.chains = [base, egress] + builder.chains
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

        let hasErrors = builder.diagnostics.hasErrors
        return CompileResult(compiled: hasErrors ? nil : compiled, diagnostics: builder.diagnostics)
    }
}
