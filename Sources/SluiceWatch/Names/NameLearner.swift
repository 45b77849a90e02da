import SluiceCompiler
import SluiceLanguage

/// Decides what a DNS answer teaches the kernel, from the compiled policy's `DNSBinding` alone:
/// only answers from the trusted servers, only for names a destination lists (the question or an
/// alias on its CNAME chain), each address into the learned sets of every destination admitting
/// the name, for max(TTL (at most a day), floor) plus `grace`, and at most `dns addresses per
/// name` addresses per name at once. It keeps which addresses each name holds until they expire,
/// so a refreshed address does not count twice and an expired one frees its place.
///
/// One kernel element (a set and an address) may stand for several names: its admission always
/// carries the latest expiry any of them gave, so a short answer for one name never cuts short
/// an address another name's answer admitted for longer.
public struct NameLearner: Sendable {
    public let binding: DNSBinding
    private let index: NameIndex
    /// Name → address → when its element expires (milliseconds of the caller's clock).
    private var held: [String: [IPAddress: UInt64]] = [:]
    /// Each kernel element (set and address, timeout 0) → the latest expiry any name gave it.
    private var elementExpiry: [NameAdmission: UInt64] = [:]
    /// The names and elements whose expiry falls in each second, for the sweep: a name or an
    /// element is listed again at every later expiry, and only forgotten once its latest passed.
    private var namesExpiring: [UInt64: [String]] = [:]
    private var elementsExpiring: [UInt64: [NameAdmission]] = [:]
    /// The last second swept.
    private var sweptThrough: UInt64 = 0
    /// Each element this watcher wrote: until when (the caller's clock) and in which of the
    /// writer's epochs. Only `wrote` sets it, after the kernel took the write.
    private var written: [NameAdmission: (until: UInt64, epoch: UInt64)] = [:]
    /// The latest `now` seen: a clock that went back forgets `written` (see `learn`).
    private var latestNow: UInt64 = 0

    /// Added to every element's timeout: the client connects after it has the answer, so the
    /// address must outlive the TTL a little.
    public static let grace: UInt64 = 5
    /// The longest TTL believed, in seconds (a day, as caching resolvers cap them; the floor, if
    /// `dns ttl at least` is set higher): a TTL of years, forged or not, would keep an address
    /// admitted long after the name moved away from it.
    public static let longestTTL: UInt64 = 86_400

    /// Creates a learner for a compiled policy's names.
    public init(_ binding: DNSBinding) {
        self.binding = binding
        index = NameIndex(binding)
    }

    /// The destinations an answer for `name` admits addresses to, in policy order.
    private func destinations(admitting name: String) -> [NameBinding] {
        index.destinations(admitting: name).map { binding.destinations[$0] }
    }

    /// Which of the addresses an answer gave for a listed name (unmapped, none of them learned for
    /// the name yet) its server confirms when asked about that name itself; the rest teach
    /// nothing.
    public typealias Confirm = (_ name: String, _ fresh: [IPAddress]) -> Set<IPAddress>

    /// What the answer in `message`, sent by `server`, teaches at `now` (milliseconds). With
    /// `confirm`, an address not learned for the name yet is admitted only when it confirms it;
    /// without, every address is believed (answers to the caller's own queries).
    public mutating func learn(message: [UInt8], from server: IPAddress, now: UInt64, confirm: Confirm? = nil) -> NameLearning {
        guard binding.trusts(server) else { return NameLearning(ignored: .untrusted) }
        guard let answer = DNSParser.parse(message) else { return NameLearning(ignored: .unreadable) }
        return learn(answer, now: now, confirm: confirm)
    }

    /// What a parsed answer from a trusted server teaches at `now` (see `learn(message:)`).
    public mutating func learn(_ answer: DNSAnswer, now: UInt64, confirm: Confirm? = nil) -> NameLearning {
        // `written` is in the caller's clock, the kernel's expiries in its own: a clock set back
        // would make an element seem to have more time left than it has.
        if now < latestNow { written = [:] }
        latestNow = max(latestNow, now)
        sweep(now: now)
        var resolution = answer.resolution()
        // The question's name decides; an alias counts too, since the addresses are the alias's.
        var answered = resolution.addresses.map { $0.address.unmapped }
        // Indices, not the bindings: a binding copied out per answer is a retain of each of its
        // strings and lists.
        var listed: (name: String, destinations: [Int])?
        for name in resolution.names {
            let destinations = index.destinations(admitting: name)
            if !destinations.isEmpty {
                listed = (name, destinations)
                break
            }
        }
        guard let (name, destinations) = listed else {
            var result = NameLearning(ignored: .unlisted)
            result.answered = answered
            return result
        }
        var result = NameLearning()
        if let confirm {
            result.unconfirmed = unconfirmed(&resolution.addresses, name: name, now: now, confirm: confirm)
            if !result.unconfirmed.isEmpty { answered.removeAll(where: Set(result.unconfirmed).contains) }
        }
        result.name = name
        result.answered = answered
        let refreshed = Self.refresh(&held[name, default: [:]], with: resolution.addresses, now: now,
                                     floor: binding.ttlFloor, ceiling: max(Self.longestTTL, binding.ttlFloor),
                                     cap: binding.addressesPerName)
        if refreshed.capped { result.cappedNames.append(name) }
        for (address, usable, expiry) in refreshed.admitted {
            let family = address.family
            for destination in destinations {
                let admission = admission(binding.destinations[destination].set(family), address, until: expiry, now: now)
                // An element this watcher wrote until at least the end of what the client may do
                // with this answer (max(TTL, floor)) needs no write while nobody else changed the
                // kernel since: the address stays admitted for as long as the client may use the
                // answer. The grace is a margin beyond that, which a skipped refresh gives up.
                let key = admission.element
                if let known = written[key], known.until >= usable {
                    result.standing.append(StandingAdmission(admission, epoch: known.epoch))
                } else {
                    result.admissions.append(admission)
                }
            }
        }
        if refreshed.empty { held[name] = nil }
        if let second = refreshed.relisted { namesExpiring[second, default: []].append(name) }
        return result
    }

    /// Takes out of `records` (an answer's addresses for the listed `name`) those not held for
    /// the name that `confirm` does not confirm, and returns them (unmapped). Addresses held for
    /// the name were confirmed when first learned: a refresh of them asks nothing.
    ///
    /// The question is the listed name, not the answer's question: an answer to a name the
    /// attacker serves can carry a CNAME to a listed name and an address record for it, which a
    /// resolver that keeps such out-of-zone records would repeat for the same question, but not
    /// for the listed name asked by itself.
    private func unconfirmed(_ records: inout [(address: IPAddress, ttl: UInt32)], name: String, now: UInt64,
                             confirm: Confirm) -> [IPAddress] {
        let known = held[name] ?? [:]
        let fresh = records.filter { (known[$0.address] ?? 0) <= now }.map { $0.address.unmapped }
        guard !fresh.isEmpty else { return [] }
        let refused = Set(fresh).subtracting(confirm(name, fresh))
        guard !refused.isEmpty else { return [] }
        records.removeAll { refused.contains($0.address.unmapped) }
        return fresh.filter(refused.contains)
    }

    /// Refreshes one name's addresses in place (no copy of them, and one lookup of the name, at
    /// every answer) with an answer's records at `now`: drops the expired ones and holds at most
    /// `cap`. Returns the records held, each with when the client may use it until (max(TTL,
    /// floor)) and when its element expires (plus the grace); whether the cap refused any; the
    /// second of the name's latest expiry when that moved (for the sweep); and whether the name
    /// holds nothing now.
    private static func refresh(_ addresses: inout [IPAddress: UInt64], with records: [(address: IPAddress, ttl: UInt32)],
                                now: UInt64, floor: UInt64, ceiling: UInt64, cap: Int)
        -> (admitted: [(address: IPAddress, usable: UInt64, expiry: UInt64)], capped: Bool, relisted: UInt64?, empty: Bool) {
        if addresses.values.contains(where: { $0 <= now }) { addresses = addresses.filter { $0.value > now } }
        let listedUntil = addresses.values.max().map { $0 / 1_000 }
        var admitted: [(address: IPAddress, usable: UInt64, expiry: UInt64)] = []
        var capped = false
        for (address, ttl) in records {
            let usable = now + max(min(UInt64(ttl), ceiling), floor) * 1_000
            let expiry = usable + grace * 1_000
            if addresses[address] == nil && addresses.count >= cap {
                capped = true
                continue
            }
            addresses[address] = max(addresses[address] ?? 0, expiry)
            admitted.append((address.unmapped, usable, expiry))
        }
        let latest = addresses.values.max().map { $0 / 1_000 }
        return (admitted, capped, latest != listedUntil ? latest : nil, addresses.isEmpty)
    }

    /// Forgets the names and elements whose latest expiry has passed (names nobody asks about
    /// again would otherwise stay held): only those listed under the seconds since the last
    /// sweep, so an answer never waits for a pass over every name held.
    private mutating func sweep(now: UInt64) {
        let second = now / 1_000
        guard second > sweptThrough else { return }
        let due: [UInt64]
        if second - sweptThrough <= UInt64(namesExpiring.count + elementsExpiring.count) {
            due = Array(sweptThrough + 1...second)
        } else {
            // A first sweep, or a clock that jumped: the listed seconds, not every one in between.
            due = Set(namesExpiring.keys).union(elementsExpiring.keys).filter { $0 <= second }
        }
        sweptThrough = second
        for key in due {
            for name in namesExpiring.removeValue(forKey: key) ?? [] {
                guard let live = held[name]?.filter({ $0.value > now }) else { continue }
                held[name] = live.isEmpty ? nil : live
            }
            for element in elementsExpiring.removeValue(forKey: key) ?? [] where (elementExpiry[element] ?? 0) <= now {
                elementExpiry[element] = nil
                written[element] = nil
            }
        }
    }

    /// Notes that the kernel took `admissions` (their timeouts from `now`) in the writer's `epoch`;
    /// with no epoch (a refused write, a writer that cannot tell), forgets that they were written.
    public mutating func wrote(_ admissions: [NameAdmission], epoch: UInt64?, now: UInt64) {
        for admission in admissions {
            let key = admission.element
            written[key] = epoch.map { (now + admission.timeoutMilliseconds, $0) }
        }
    }

    /// Takes back an element learned before (by an earlier watcher, or under the previous policy)
    /// that expires at `expiry`: the admissions that put it into the kernel again, for the time it
    /// has left, in the learned sets of every destination the binding has admit `name` (none when
    /// none does, once expired, or over the cap).
    public mutating func restore(name: String, address: IPAddress, expiry: UInt64, now: UInt64) -> [NameAdmission] {
        let destinations = destinations(admitting: name)
        guard expiry > now, !destinations.isEmpty else { return [] }
        var addresses = held[name, default: [:]].filter { $0.value > now }
        guard addresses[address] != nil || addresses.count < binding.addressesPerName else { return [] }
        addresses[address] = max(addresses[address] ?? 0, expiry)
        held[name] = addresses
        namesExpiring[expiry / 1_000, default: []].append(name)
        return destinations.map { admission($0.set(address.unmapped.family), address.unmapped, until: expiry, now: now) }
    }

    /// The admission of `address` to `set` until `expiry`, or until a later expiry another name
    /// gave the same element.
    private mutating func admission(_ set: String, _ address: IPAddress, until expiry: UInt64, now: UInt64) -> NameAdmission {
        let key = NameAdmission(set: set, address: address, timeoutMilliseconds: 0)
        let known = elementExpiry[key] ?? 0
        let until = max(known, expiry)
        if known / 1_000 != until / 1_000 { elementsExpiring[until / 1_000, default: []].append(key) }
        if until != known { elementExpiry[key] = until }
        return NameAdmission(set: set, address: address, timeoutMilliseconds: until - now)
    }

    /// When the kernel element (set and address, timeout 0) expires: the latest expiry any name
    /// gave it; nil when none did. It may have passed (the sweep runs at answers): compare.
    func expiry(of element: NameAdmission) -> UInt64? { elementExpiry[element] }

    /// The names holding `address` unexpired at `now`, sorted: a pass over every name held, for
    /// the rare alert that names them.
    func names(holding address: IPAddress, now: UInt64) -> [String] {
        held.compactMap { name, addresses in
            addresses.contains { $0.key.unmapped == address && $0.value > now } ? name : nil
        }.sorted()
    }

    /// How many names are held, expired or not (the sweep bounds it).
    var heldNames: Int { held.count }
    /// How many elements' expiries are kept, expired or not (the sweep bounds it).
    var heldElements: Int { elementExpiry.count }

    /// The names learned and their unexpired addresses with expiries, for `status --names` and
    /// for restoring elements after a restart.
    public func learned(now: UInt64) -> [(name: String, addresses: [(IPAddress, UInt64)])] {
        held.keys.sorted().compactMap { name in
            let live = (held[name] ?? [:]).filter { $0.value > now }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            return live.isEmpty ? nil : (name, live)
        }
    }
}
