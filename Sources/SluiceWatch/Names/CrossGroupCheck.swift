import SluiceCompiler
import SluiceLanguage

/// Tells which allowed connections went to another group's learned address: one the learner holds
/// unexpired only in the learned sets of destinations that no allow of the host's groups targets
/// (the compiled policy says whose each destination is: `NameBinding.groups`). A group may reach
/// such an address through a written prefix or `any` (a CDN or cloud address shared with a
/// partner's endpoint, or a compromised host reusing another group's endpoint); an address learned
/// for one of its own destinations, or not learned at all, is none of this.
///
/// Rate-limited: one alert per (groups, address) per `repeatAfter`, at most `perMinute` alerts a
/// minute; those the cap holds back are counted, and the next alert that goes out says how many.
public struct CrossGroupCheck: Sendable {
    /// How long one (groups, address) stays alerted.
    public static let repeatAfter: UInt64 = 3_600_000
    /// The most alerts in one minute.
    public static let perMinute = 10
    /// The most (groups, address) pairs remembered; past it the expired ones are forgotten, then all.
    static let rememberedLimit = 10_000

    private struct Key: Hashable {
        var groups: [String]
        var address: IPAddress
    }

    /// When each (groups, address) was last alerted (milliseconds).
    private var alerted: [Key: UInt64] = [:]
    private var minuteStart: UInt64 = 0
    private var sentThisMinute = 0
    private var heldBack = 0
    /// Connections (each host and address once per flow read) to another group's learned address.
    public private(set) var sightings = 0
    /// Alerts that went out.
    public private(set) var alerts = 0
    /// Alerts the per-minute cap held back.
    public private(set) var suppressed = 0
    /// Allowed connections never checked: past the flow thread's bound, or its inbox's.
    public private(set) var unchecked = 0

    /// Creates a check that has seen nothing.
    public init() {}

    /// Counts allowed connections dropped before the check.
    public mutating func noteUnchecked(_ count: Int) { unchecked += count }

    /// The alerts `flows` raise at `now` (milliseconds of the learner's clock).
    public mutating func check(_ flows: [AcceptedFlow], learner: NameLearner, now: UInt64) -> [CrossGroupAlert] {
        var raised: [CrossGroupAlert] = []
        for flow in flows {
            let address = flow.destination.unmapped
            guard let holders = Self.otherGroupsHolders(address, groups: flow.groups, learner: learner, now: now) else { continue }
            sightings += 1
            let key = Key(groups: flow.groups, address: address)
            if let last = alerted[key], now < last + Self.repeatAfter { continue }
            if now >= minuteStart + 60_000 {
                minuteStart = now
                sentThisMinute = 0
            }
            guard sentThisMinute < Self.perMinute else {
                // Not remembered as alerted: seen again after the cap, it goes out then.
                suppressed += 1
                heldBack += 1
                continue
            }
            sentThisMinute += 1
            alerts += 1
            remember(key, now: now)
            let names = learner.names(holding: address, now: now)
            let learnedFor = holders.map { holder in
                LearnedDestination(destination: holder.destination, names: names.filter { holder.admits(name: $0) },
                                   groups: holder.groups ?? [])
            }
            raised.append(CrossGroupAlert(flow: flow, learnedFor: learnedFor, suppressed: heldBack))
            heldBack = 0
        }
        return raised
    }

    /// The destinations whose learned sets hold `address` unexpired, when none of them is one
    /// `groups` may reach; nil when one is, or when none holds it.
    static func otherGroupsHolders(_ address: IPAddress, groups: [String], learner: NameLearner, now: UInt64) -> [NameBinding]? {
        var holders: [NameBinding] = []
        for destination in learner.binding.destinations {
            let element = NameAdmission(set: destination.set(address.family), address: address, timeoutMilliseconds: 0)
            guard let expiry = learner.expiry(of: element), expiry > now else { continue }
            if destination.isReachable(byAnyOf: groups) { return nil }
            holders.append(destination)
        }
        return holders.isEmpty ? nil : holders
    }

    private mutating func remember(_ key: Key, now: UInt64) {
        if alerted.count >= Self.rememberedLimit {
            alerted = alerted.filter { now < $0.value + Self.repeatAfter }
            // Still full of live entries: forget them (the per-minute cap still holds).
            if alerted.count >= Self.rememberedLimit { alerted = [:] }
        }
        alerted[key] = now
    }
}
