/// Name resolution: finds the one policy block, builds the shared namespace, checks that every
/// name refers to a definition of the right kind, and builds the `Policy` model.
struct PolicyResolver {
    private let statements: [SyntaxStatement]
    private let rootFile: String
    var diagnostics: [Diagnostic] = []
    private var names: [String: NameDefinition] = [:]
    /// Names of each kind in definition order, for suggestions.
    private var namesByKind: [DefinitionKind: [String]] = [:]
    private var used: Set<String> = []
    private var mode: PolicyMode = .gateway
    /// True when the `mode` line was there but unreadable: mode-dependent errors would only echo it.
    private var modeIsUncertain = false
    /// Names "did you mean" may still compare: each undefined name compares itself with every
    /// name of its kind, so 100,000 typos against 100,000 groups would take hours. Past the
    /// budget, undefined names are reported without a suggestion.
    private var suggestionBudget = 500_000

    init(statements: [SyntaxStatement], rootFile: String) {
        self.statements = statements
        self.rootFile = rootFile
    }

    /// Resolves everything and returns the policy with the statements it came from.
    static func resolve(_ statements: [SyntaxStatement], rootFile: String) -> Resolution {
        var resolver = PolicyResolver(statements: statements, rootFile: rootFile)
        return resolver.run()
    }

    private mutating func run() -> Resolution {
        let policyNode = findPolicy()
        mode = policyNode?.mode?.value ?? .gateway
        modeIsUncertain = policyNode.map { $0.settingLocations["mode"] != nil && $0.mode == nil } ?? false
        let policyLocation = policyNode?.location ?? SourceLocation(file: rootFile, line: 1, column: 1)

        var groups: [Group] = []
        if mode == .host {
            let location = policyNode?.mode?.location ?? policyLocation
            names[Group.selfName] = NameDefinition(kind: .group, name: Group.selfName, location: location, isBuiltin: true)
            groups.append(Group(name: Group.selfName, addresses: [], isSelf: true, location: policyLocation))
        }
        let definitions = defineNames()
        let (defined, destinations, services) = Self.objects(of: definitions)
        groups += defined
        for node in definitions where node.kind == .users { refuseOutsideHostMode(node) }

        let (management, egress) = resolveSettings(policyNode)

        var allows: [(node: AllowNode, rule: AllowRule?)] = []
        var quotas: [(node: QuotaNode, rule: QuotaRule?)] = []
        var exceeds: [(node: ExceedNode, rule: ExceedRule?)] = []
        var audits: [(node: AuditNode, rule: AuditRule?)] = []
        var expectations: [Expectation] = []
        for statement in statements {
            switch statement {
            case .allow(let node): allows.append((node, resolveAllow(node)))
            case .quota(let node): quotas.append((node, resolveQuota(node)))
            case .exceed(let node): exceeds.append((node, resolveExceed(node)))
            case .expect(let node): if let e = resolveExpect(node) { expectations.append(e) }
            case .audit(let node): audits.append((node, resolveAudit(node)))
            case .policy, .include, .definition, .gateway: break
            }
        }

        let inside = policyNode?.inside.map { AddressRange.normalize($0.map(\.value)) }
            ?? Policy.defaultInsideNetworks(groups: groups, management: management)
        var policy = Policy(
            name: policyNode?.name?.value ?? "", mode: mode, egressInterfaces: egress, management: management,
            logDenied: policyNode?.logDenied?.value, groups: groups, destinations: destinations, services: services,
            allows: allows.compactMap(\.rule), quotas: quotas.compactMap(\.rule),
            exceedRules: exceeds.compactMap(\.rule), expectations: expectations, location: policyLocation,
            insideNetworks: inside, audits: audits.compactMap(\.rule))
        if let learn = policyNode?.baselineLearn { policy.baselineLearn = learn.value }
        policy.dns = dnsSettings(policyNode, definitions: definitions)
        policy.gateways = GatewayResolver.resolve(statements, mode: modeIsUncertain ? nil : mode, into: &diagnostics)
        return Resolution(policy: policy, policyNode: policyNode, definitions: definitions, names: names,
                          allows: allows, quotas: quotas, exceeds: exceeds, audits: audits, used: used,
                          diagnostics: diagnostics)
    }

    /// The policy block's management group and egress interfaces (a gateway without egress is
    /// an error, unless the mode itself could not be read).
    private mutating func resolveSettings(_ policyNode: PolicyNode?) -> (management: String?, egress: [String]) {
        guard let node = policyNode, !node.isBroken else { return (nil, []) }
        var management: String?
        if let reference = node.management, resolveManagement(reference) { management = reference.value }
        let egress = (node.egress ?? []).map(\.value).uniqued()
        if mode == .gateway && node.settingLocations["egress"] == nil && !modeIsUncertain {
            let location = node.mode?.location ?? node.name?.location ?? node.location
            diagnostics.append(.error(
                .gatewayWithoutEgress, "a gateway policy needs 'egress': the interfaces that lead out",
                at: location,
                notes: [DiagnosticNote(.help, "add a line such as: egress \"wan0\""),
                        DiagnosticNote(.help, "or write 'mode host' to filter this machine's own traffic")]))
        }
        return (management, egress)
    }

    /// The groups, destinations and services defined, their addresses sorted and merged (a
    /// definition from the statement cache has that done already).
    private static func objects(of definitions: [DefinitionNode]) -> ([Group], [Destination], [Service]) {
        var groups: [Group] = []
        var destinations: [Destination] = []
        var services: [Service] = []
        for node in definitions {
            let addresses = node.normalizedAddresses ?? AddressRange.normalize(node.addresses)
            switch node.kind {
            case .group:
                groups.append(Group(name: node.name.value, addresses: addresses, location: node.location))
            case .destination:
                destinations.append(Destination(name: node.name.value, addresses: addresses,
                                                names: Array(Set(node.names.map(\.value))).sorted(),
                                                location: node.location))
            case .service:
                services.append(Service(name: node.name.value, ports: PortSet(node.ports).specs, location: node.location))
            case .users:
                groups.append(Group(name: node.name.value, addresses: [], users: node.users, location: node.location))
            }
        }
        return (groups, destinations, services)
    }

    /// The first policy block; later ones are errors, and so is none at all.
    private mutating func findPolicy() -> PolicyNode? {
        var first: PolicyNode?
        for case .policy(let node) in statements {
            if let first {
                diagnostics.append(.error(
                    .duplicatePolicy, "a second 'policy' block", at: node.location,
                    notes: [DiagnosticNote(.note, "the policy block is first given here", at: first.location),
                            DiagnosticNote(.help, "a policy has exactly one 'policy' block, across all included files")]))
            } else {
                first = node
            }
        }
        if first == nil {
            diagnostics.append(.error(
                .missingPolicy, "no 'policy' block", at: SourceLocation(file: rootFile, line: 1, column: 1),
                notes: [DiagnosticNote(.help, "start the policy with a block such as: policy NAME { mode gateway; egress \"wan0\" }")]))
        }
        return first
    }

    /// Enters every definition into the namespace; returns the accepted ones in order.
    private mutating func defineNames() -> [DefinitionNode] {
        var accepted: [DefinitionNode] = []
        for case .definition(let node) in statements {
            let name = node.name.value
            if let existing = names[name] {
                let kindText = existing.kind == node.kind ? "" : " as \(existing.kind.withArticle)"
                diagnostics.append(.error(
                    .duplicateName, "'\(DisplayText.quoted(name))' is already defined\(kindText)", at: node.name.location,
                    notes: [DiagnosticNote(.note, "'\(DisplayText.quoted(name))' is first defined here", at: existing.location),
                            DiagnosticNote(.help, "groups, destinations and services share one namespace; rename one")]))
                continue
            }
            names[name] = NameDefinition(kind: node.kind, name: name, location: node.name.location, isBuiltin: false,
                                         hasErrors: node.hasErrors)
            namesByKind[node.kind, default: []].append(name)
            accepted.append(node)
        }
        return accepted
    }

    /// Checks that a name refers to a definition of `kind`; reports and returns false otherwise.
    private mutating func resolve(_ reference: Located<String>, as kind: DefinitionKind) -> Bool {
        let name = reference.value
        if name == Group.selfName {
            guard mode == .host else {
                if modeIsUncertain { return false }
                diagnostics.append(.error(
                    .selfOutsideHostMode, "'self' exists only in host mode", at: reference.location,
                    notes: [DiagnosticNote(.help, "write 'mode host' in the policy block, or name a group")]))
                return false
            }
            guard kind == .group else {
                diagnostics.append(.error(.wrongKind, "'self' is a group, not \(kind.withArticle)", at: reference.location))
                return false
            }
            used.insert(name)
            return true
        }
        guard let definition = names[name] else {
            var notes: [DiagnosticNote] = []
            let candidates = namesByKind[kind] ?? []
            let affordable = candidates.count <= suggestionBudget
            if affordable { suggestionBudget -= candidates.count }
            if affordable, let suggestion = Suggestion.closest(to: name, among: candidates),
               let target = names[suggestion] {
                // The user most likely meant it, so it is not also reported as unused.
                used.insert(suggestion)
                notes.append(DiagnosticNote(.help, "did you mean '\(DisplayText.quoted(suggestion))'?"))
                notes.append(DiagnosticNote(.note, "'\(DisplayText.quoted(suggestion))' is defined here", at: target.location))
            }
            diagnostics.append(.error(.undefinedName, "undefined name '\(DisplayText.quoted(name))'", at: reference.location, notes: notes))
            return false
        }
        used.insert(name)
        // A users set is a kind of source: it stands wherever a group may.
        guard definition.kind == kind || (kind == .group && definition.kind == .users) else {
            diagnostics.append(.error(
                .wrongKind, "'\(DisplayText.quoted(name))' is \(definition.kind.withArticle), not \(kind.withArticle)", at: reference.location,
                notes: [DiagnosticNote(.note, "'\(DisplayText.quoted(name))' is defined here", at: definition.location)]))
            return false
        }
        return !definition.hasErrors
    }

    private mutating func resolveManagement(_ reference: Located<String>) -> Bool {
        if reference.value == Group.selfName && mode == .host {
            diagnostics.append(.error(
                .wrongKind, "'self' cannot be the management group", at: reference.location,
                notes: [DiagnosticNote(.help, "name a group with the addresses of the management hosts")]))
            return false
        }
        if names[reference.value]?.kind == .users {
            diagnostics.append(.error(
                .wrongKind, "'\(DisplayText.quoted(reference.value))' is a users set and cannot be the management group", at: reference.location,
                notes: [DiagnosticNote(.help, "name a group with the addresses of the management hosts")]))
            return false
        }
        return resolve(reference, as: .group)
    }

    /// A `users` set in a gateway policy is an error: only the machine's own sockets have owners.
    private mutating func refuseOutsideHostMode(_ node: DefinitionNode) {
        guard mode != .host, !modeIsUncertain else { return }
        names[node.name.value]?.hasErrors = true
        diagnostics.append(.error(
            .usersOutsideHostMode, "'users' exists only in host mode", at: node.location,
            notes: [DiagnosticNote(.note, "a gateway forwards other machines' packets, which carry no local user"),
                    DiagnosticNote(.help, "write 'mode host' in the policy block of the node's own policy")]))
    }

    private mutating func resolveSources(_ selector: SelectorNode<String>) -> SourceSelector? {
        switch selector {
        case .any:
            return .any
        case .items(let items):
            var ok = true
            for item in items { ok = resolve(item, as: .group) && ok }
            let names = items.map(\.value).uniqued()
            return ok && !names.isEmpty ? .groups(names) : nil
        }
    }

    private mutating func resolveAllow(_ node: AllowNode) -> AllowRule? {
        let sources = resolveSources(node.sources)
        var targets: TargetSelector?
        switch node.targets {
        case .any:
            targets = .any
        case .items(let items):
            var ok = true
            for item in items {
                if case .destination(let name) = item.value {
                    ok = resolve(Located(name, item.location), as: .destination) && ok
                }
            }
            let list = items.map(\.value).uniqued()
            targets = ok && !list.isEmpty ? .items(list) : nil
        }
        var ports: PortSelector? = .any
        if let items = node.ports {
            ports = resolvePorts(items).map { .items($0) }
        }
        guard !node.hasErrors, let sources, let targets, let ports else { return nil }
        if let quota = node.quota, !checkScope(quota, of: sources) { return nil }
        return AllowRule(sources: sources, targets: targets, ports: ports, quota: node.quota?.value,
                         location: node.location)
    }

    private mutating func resolvePorts(_ items: [Located<PortItem>]) -> [PortItem]? {
        var ok = true
        for item in items {
            if case .service(let name) = item.value {
                ok = resolve(Located(name, item.location), as: .service) && ok
            }
        }
        let list = items.map(\.value).uniqued()
        return ok && !list.isEmpty ? list : nil
    }

    private mutating func resolveQuota(_ node: QuotaNode) -> QuotaRule? {
        let sources = resolveSources(node.sources)
        guard !node.hasErrors, let sources, let spec = node.spec, checkScope(spec, of: sources) else { return nil }
        return QuotaRule(sources: sources, spec: spec.value, location: node.location)
    }

    /// `per user` counts users sets only, and users sets count `per user` or `total`: a user has
    /// no address of its own.
    private mutating func checkScope(_ spec: Located<QuotaSpec>, of sources: SourceSelector) -> Bool {
        let listed: [String]
        if case .groups(let list) = sources { listed = list } else { listed = [] }
        let users = listed.filter { names[$0]?.kind == .users }
        if spec.value.scope == .perUser && (listed.isEmpty || users.count != listed.count) {
            diagnostics.append(.error(
                .wrongKind, "'per user' counts users sets only", at: spec.location,
                notes: [DiagnosticNote(.help, "name users sets as the sources, or write 'per host' for groups of addresses")]))
            return false
        }
        if spec.value.scope == .perHost && !users.isEmpty {
            diagnostics.append(.error(
                .wrongKind, "'\(users[0])' is a users set: its quotas are 'per user' or 'total'", at: spec.location,
                notes: [DiagnosticNote(.help, "write 'per user' to give every user of the set its own budget")]))
            return false
        }
        return true
    }

    private mutating func resolveExceed(_ node: ExceedNode) -> ExceedRule? {
        let sources = resolveSources(node.sources)
        guard !node.hasErrors, let sources, !node.actions.isEmpty else { return nil }
        return ExceedRule(sources: sources, actions: node.actions.map(\.value), location: node.location)
    }

    private mutating func resolveAudit(_ node: AuditNode) -> AuditRule? {
        let sources = resolveSources(node.sources)
        guard !node.hasErrors, let sources else { return nil }
        return AuditRule(sources: sources, location: node.location)
    }

    private mutating func resolveExpect(_ node: ExpectNode) -> Expectation? {
        var ok = !node.hasErrors
        if let source = node.source, case .user = source.value, mode != .host {
            if !modeIsUncertain { diagnostics.append(.error(
                .usersOutsideHostMode, "a user exists only in host mode", at: source.location,
                notes: [DiagnosticNote(.help, "write the address of a host in a group instead")])) }
            ok = false
        }
        if let source = node.source, source.value == .machine, mode != .host {
            if !modeIsUncertain { diagnostics.append(.error(
                .selfOutsideHostMode, "'self' exists only in host mode", at: source.location,
                notes: [DiagnosticNote(.help, "write the address of a host in a group instead")])) }
            ok = false
        }
        if let port = node.port, case .service(let name) = port.value {
            ok = resolve(Located(name, port.location), as: .service) && ok
        }
        if let source = node.source, case .address(let address) = source.value, let destination = node.destination,
           address.family != destination.value.family {
            diagnostics.append(.error(
                .mixedFamilies, "the source is \(Self.familyName(address.family)) but the destination is \(Self.familyName(destination.value.family))",
                at: destination.location,
                notes: [DiagnosticNote(.note, "a flow's source and destination have the same address family")]))
            ok = false
        }
        if let port = node.port, case .port(let spec) = port.value, let family = spec.transport.family,
           let destination = node.destination, destination.value.family != family {
            diagnostics.append(.error(
                .mixedFamilies, "'\(spec.transport.rawValue)' is \(Self.familyName(family)) only, but the destination is \(Self.familyName(destination.value.family))",
                at: port.location,
                notes: [DiagnosticNote(.help, "use '\(family == .ipv4 ? "icmpv6" : "icmp")' for \(Self.familyName(destination.value.family))")]))
            ok = false
        }
        guard ok, let source = node.source else { return nil }
        if let name = node.destinationName { return Expectation(node, source: source.value, name: name.value) }
        guard let destination = node.destination else { return nil }
        return Expectation(verdict: node.verdict, source: source.value, destination: destination.value,
                           port: node.port?.value, location: node.location)
    }

    static func familyName(_ family: AddressFamily) -> String { family == .ipv4 ? "IPv4" : "IPv6" }
}
