/// The stable identifier of each kind of diagnostic; tests and tools match on it, never on the text.
public enum DiagnosticID: String, Sendable, Hashable, Codable, CaseIterable {
    // Lexical and syntax errors.
    case syntaxError = "syntax-error"
    case unterminatedString = "unterminated-string"
    case invalidCharacter = "invalid-character"
    case nameTooLong = "name-too-long"
    case keywordAsName = "keyword-as-name"
    case badEscape = "bad-escape"

    // Names.
    case undefinedName = "undefined-name"
    case duplicateName = "duplicate-name"
    case wrongKind = "wrong-kind"

    // Values.
    case badAddress = "bad-address"
    case hostBitsSet = "host-bits-set"
    case ipv4Mapped = "ipv4-mapped"
    case badRange = "bad-range"
    case badPort = "bad-port"
    case portOutOfRange = "port-out-of-range"
    case badSize = "bad-size"
    case zeroSize = "zero-size"
    case badDuration = "bad-duration"
    case windowTooShort = "window-too-short"
    case badRate = "bad-rate"
    case badInterface = "bad-interface"
    case badExecPath = "bad-exec-path"
    /// A `users` item that is neither a user name, a uid nor a uid range.
    case badUser = "bad-user"
    /// `Nx` in a learned quota that is not a number, below 1x or above 1000x.
    case badMultiple = "bad-multiple"
    /// A learned quota without `at least SIZE`.
    case missingFloor = "missing-floor"
    /// A learned quota with `total`: a usual volume belongs to one host.
    case learnedTotal = "learned-total"
    /// A destination's quoted DNS name that is not one (labels, length, characters, `*` placement).
    case badDNSName = "bad-dns-name"
    /// `dns ttl at least` above a day, or `dns addresses per name` outside 1 to 65,536.
    case badDNSLimit = "bad-dns-limit"
    /// `baseline learn` shorter than seven days.
    case learnPeriodTooShort = "learn-period-too-short"

    // Structure.
    case missingPolicy = "missing-policy"
    case duplicatePolicy = "duplicate-policy"
    case unknownSetting = "unknown-setting"
    case duplicateSetting = "duplicate-setting"
    case gatewayWithoutEgress = "gateway-without-egress"
    /// Two `gateway NAME { }` blocks for one name.
    case duplicateGateway = "duplicate-gateway"
    /// A `gateway NAME { }` block in a host-mode policy, which has no egress interfaces to vary.
    case gatewayBlockInHostMode = "gateway-block-in-host-mode"
    case selfOutsideHostMode = "self-outside-host-mode"
    /// A `users` set in a gateway policy: socket owners exist only on the machine itself.
    case usersOutsideHostMode = "users-outside-host-mode"
    /// A user name the machine's user database does not know (a warning in `check`, an error in
    /// `apply`), or a users set larger than the kernel sets hold.
    case unknownUser = "unknown-user"
    case tooManyUsers = "too-many-users"
    /// Accounts of a users set with subordinate uids (`/etc/subuid`) the set does not hold: their
    /// processes in a user namespace send as those uids, outside the set's rules.
    case subordinateUIDs = "subordinate-uids"
    case includeCycle = "include-cycle"
    case includeNotFound = "include-not-found"
    /// Includes nested deeper than `PolicyLimits.includeDepth`.
    case includeTooDeep = "include-too-deep"
    /// An include glob that would examine more than `PolicyLimits.globEntries` entries.
    case globTooBroad = "glob-too-broad"
    case fileNotFound = "file-not-found"
    /// A file that is binary or does not start with a statement; none of it is shown.
    case notAPolicy = "not-a-policy"
    case allowAnyToAny = "allow-any-to-any"
    /// A management group with addresses outside the inside networks (or all of a family, or,
    /// in gateway mode, a destination's or allow target's).
    case managementOutside = "management-outside"
    /// An `inside` network that overlaps a destination or allow target in gateway mode.
    case insideOverlapsOutside = "inside-overlaps-outside"
    /// A destination that lists DNS names in a policy without `dns` servers to learn them from.
    case dnsWithoutServers = "dns-without-servers"
    case unknownAction = "unknown-action"
    case duplicateAction = "duplicate-action"
    case mixedFamilies = "mixed-families"
    case expectFailed = "expect-failed"
    case unsupported = "unsupported"
    /// A per-host quota covers more hosts than the kernel set tracks (the rest are denied).
    case hostLimit = "host-limit"
    /// A protocol that cannot occur with the rule's address family (`icmp` to IPv6 targets).
    case protocolFamilyMismatch = "protocol-family-mismatch"

    // Warnings.
    case shadowedAllow = "shadowed-allow"
    case unusedName = "unused-name"
    case overlappingGroups = "overlapping-groups"
    case quotaWithoutAllow = "quota-without-allow"
    case containmentWithoutManagement = "containment-without-management"
    case emptyInclude = "empty-include"
    case exceedWithoutQuota = "exceed-without-quota"
    /// An allow whose sources, targets and protocols share no address family: it can never match.
    case familyMismatch = "family-mismatch"
    /// An `on exceed` with `block` or `isolate` whose sources include management hosts.
    case exceedReachesManagement = "exceed-reaches-management"
    /// A group named by an `audit` statement that an earlier one (or `audit any`) already audits.
    case duplicateAudit = "duplicate-audit"
    /// A destination with DNS names, which this build compiles to learned sets but does not yet fill
    /// (the answer queue is not built): its names admit nothing, its addresses work.
    /// An `alert exec` program that is missing or cannot run on this machine (`ExecProgramCheck`).
    case execProgramUnusable = "exec-program-unusable"
}
