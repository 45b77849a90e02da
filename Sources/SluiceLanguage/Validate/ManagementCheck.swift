/// The management group must be a few hosts inside the site. Containment lets isolated hosts
/// reach it, so a management group holding an outside address (or all of them) would turn
/// isolation into a way out: it is an error when it holds addresses outside the inside networks,
/// covers a whole address family, or, in gateway mode, overlaps a destination or a literal allow
/// target (those are outside by definition). An `inside` setting that overlaps them in gateway
/// mode is an error too. And an `on exceed` that blocks or isolates hosts of the management group
/// is a warning: Sluice never contains a management host, so the author should know.
struct ManagementCheck {
    private let resolution: Resolution
    private var diagnostics: [Diagnostic] = []
    /// Gateway mode: what is outside (each destination, each literal allow target), and an index
    /// that finds the first of them overlapping a range in O(log n).
    private var outsideNames: [String] = []
    private var outsideSets: [AddressSet] = []
    private var outside: FirstClaimIndex?

    /// The errors about the management group and the `inside` setting, and the warnings about
    /// containment that reaches it.
    static func diagnostics(_ resolution: Resolution) -> [Diagnostic] {
        var check = ManagementCheck(resolution: resolution)
        check.run()
        return check.diagnostics
    }

    private init(resolution: Resolution) {
        self.resolution = resolution
    }

    private var policy: Policy { resolution.policy }

    private mutating func run() {
        guard let node = resolution.policyNode, !node.isBroken else { return }
        let managementGroup = policy.management.flatMap { name in
            resolution.definitions.first { $0.kind == .group && $0.name.value == name }
        }
        if policy.mode == .gateway && (node.inside != nil || managementGroup != nil) {
            indexOutside(probes: (node.inside ?? []).map(\.value) + (managementGroup?.addresses ?? []))
        }
        if policy.mode == .gateway {
            for item in node.inside ?? [] {
                guard let (what, shared) = outsideOverlap(item.value) else { continue }
                diagnostics.append(.error(
                    .insideOverlapsOutside, "inside network \(item.value) overlaps \(what): both contain \(shared)",
                    at: item.location,
                    notes: [DiagnosticNote(.note, "destinations and allow targets are outside the site; the inside networks are the site's own"),
                            DiagnosticNote(.help, "list only the site's own networks after 'inside'")]))
            }
        }
        // With a refused inside network the networks meant are unknown: that error is enough.
        guard let reference = node.management, let name = policy.management, let group = managementGroup,
              !node.insideHasErrors else { return }
        let setting = DiagnosticNote(.note, "'\(DisplayText.quoted(name))' is the management group: isolated hosts can still reach it",
                                     at: reference.location)
        let inside = AddressSet(normalized: policy.insideNetworks)
        for (range, location) in zip(group.addresses, group.addressLocations) {
            if range == AddressRange.all(range.family) {
                diagnostics.append(.error(
                    .managementOutside, "the management group '\(DisplayText.quoted(name))' holds every \(Self.familyName(range.family)) address",
                    at: location, notes: [setting, Self.fewHosts]))
            } else if policy.mode == .gateway, let (what, shared) = outsideOverlap(range) {
                diagnostics.append(.error(
                    .managementOutside, "the management group '\(DisplayText.quoted(name))' overlaps \(what): both contain \(shared)",
                    at: location, notes: [setting, Self.fewHosts]))
            } else if let gap = inside.firstGap(in: range) {
                diagnostics.append(.error(
                    .managementOutside, "the management group '\(DisplayText.quoted(name))' holds \(gap), outside the inside networks",
                    at: location,
                    notes: [setting, DiagnosticNote(.note, "the inside networks are \(insideDescription)"),
                            DiagnosticNote(.help, "list the site's own networks in the policy block: inside 10.0.0.0/8, 2001:db8:5::/48")]))
            }
        }
        checkExceedsReaching(name, AddressSet(group.addresses), at: reference.location)
        // A whole family spelled in pieces (0.0.0.0/1, 128.0.0.0/1) is caught as a whole.
        let all = AddressSet(group.addresses)
        for family in AddressFamily.allCases where all.isFull(family)
            && !group.addresses.contains(AddressRange.all(family)) {
            diagnostics.append(.error(
                .managementOutside, "the management group '\(DisplayText.quoted(name))' holds every \(Self.familyName(family)) address",
                at: reference.location, notes: [Self.fewHosts]))
        }
    }

    /// Warns about each `on exceed` with `block` or `isolate` whose sources are `any` or a group
    /// that shares addresses with the management group.
    private mutating func checkExceedsReaching(_ management: String, _ hosts: AddressSet, at setting: SourceLocation) {
        let notes = [
            DiagnosticNote(.note, "'\(DisplayText.quoted(management))' is the management group", at: setting),
            DiagnosticNote(.note, "the watcher never blocks or isolates a management host, so this containment does not happen for them"),
            DiagnosticNote(.help, "keep the management hosts out of the groups that are contained"),
        ]
        for (node, rule) in resolution.exceeds where rule != nil {
            let contains = node.actions.contains { action in
                switch action.value {
                case .block, .isolate: true
                case .alert: false
                }
            }
            guard contains else { continue }
            switch node.sources {
            case .any(let location):
                diagnostics.append(.warning(
                    .exceedReachesManagement, "this 'on exceed' can contain management hosts: 'any' includes the management group '\(DisplayText.quoted(management))'",
                    at: location, notes: notes))
            case .items(let items):
                for item in items where item.value != Group.selfName {
                    let set = item.value == management ? hosts
                        : resolution.policy.group(named: item.value).map { AddressSet(normalized: $0.addresses) } ?? .empty
                    guard let shared = set.firstIntersection(with: hosts) else { continue }
                    let what = item.value == management ? "is the management group"
                        : "overlaps the management group '\(DisplayText.quoted(management))': both contain \(shared)"
                    diagnostics.append(.warning(
                        .exceedReachesManagement, "this 'on exceed' can contain management hosts: group '\(DisplayText.quoted(item.value))' \(what)",
                        at: item.location, notes: notes))
                }
            }
        }
    }

    private static let fewHosts = DiagnosticNote(
        .help, "the management group is the few hosts administrators contain and release hosts from; list only those")

    private static func familyName(_ family: AddressFamily) -> String { family == .ipv4 ? "IPv4" : "IPv6" }

    /// How the inside networks came about, for a note.
    private var insideDescription: String {
        if resolution.policyNode?.inside != nil { return "those of the 'inside' setting" }
        return "the private ranges (10/8, 172.16/12, 192.168/16, 100.64/10, 169.254/16, fc00::/7, fe80::/10)"
            + " and the other groups' addresses"
    }

    /// Indexes the destinations and literal allow targets, for `outsideOverlap` of the `probes`.
    /// A whole family (`0.0.0.0/0`, `::/0`) says "anywhere", as `any` does, not "outside".
    private mutating func indexOutside(probes: [AddressRange]) {
        func isAnywhere(_ range: AddressRange) -> Bool { range == AddressRange.all(range.family) }
        // A destination with errors is reported for them; its addresses may not be what was meant.
        for destination in policy.destinations where resolution.names[destination.name]?.hasErrors != true {
            outsideNames.append("destination '\(DisplayText.quoted(destination.name))'")
            outsideSets.append(AddressSet(normalized: destination.addresses.filter { !isAnywhere($0) }))
        }
        for rule in policy.allows {
            guard case .items(let targets) = rule.targets else { continue }
            for case .address(let target) in targets where !isAnywhere(target) {
                outsideNames.append("the allow target \(target) (line \(rule.location.line))")
                outsideSets.append(AddressSet(normalized: [target]))
            }
        }
        // Only the probes are ever asked about, so only ranges that share an address with one can
        // be an answer: the index holds those alone, and 100,000 destination prefixes far from the
        // management group cost a binary search each instead of a place in the tree.
        let probed = AddressSet(probes)
        let ranges = outsideSets.map { set in
            AddressFamily.allCases.flatMap { set.ranges($0).filter(probed.overlaps) }
        }
        var index = FirstClaimIndex(ranges: ranges.flatMap { $0 } + probes)
        for (claim, list) in ranges.enumerated() {
            for range in list { index.claim(range, by: claim) }
        }
        outside = index
    }

    /// The first destination or literal allow target that shares an address with `range`, and
    /// the first address range they share.
    private func outsideOverlap(_ range: AddressRange) -> (String, AddressRange)? {
        guard let first = outside?.firstClaim(range),
              let shared = AddressSet(normalized: [range]).firstIntersection(with: outsideSets[first]) else { return nil }
        return (outsideNames[first], shared)
    }
}
