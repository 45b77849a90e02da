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
///
/// With a `Confirm`, no answer admits an address past what the watcher's own question to the
/// server vouched for (its TTL, with the same floor, ceiling and grace): an address a name holds
/// is refreshed without a question only up to then, and one asked about again that the server no
/// longer gives expires then (see `LearnedAddress`).
public struct NameLearner: Sendable {
    public let binding: DNSBinding
    private let index: NameIndex
    /// Name → address (unmapped) → until when it is admitted and vouched for (milliseconds of
    /// the caller's clock). Only confirmed addresses get here, at most `dns addresses per name`
    /// a name, and the sweep forgets them as they expire: a flood of forged answers grows nothing.
    private var held: [String: [IPAddress: LearnedAddress]] = [:]
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
    /// How far an answer's end may pass the confirmed one and still count as the same: TTLs are
    /// whole seconds counted down in the resolver's cache, so one cached answer read twice a
    /// moment apart can end up to a second apart. Without it, nearly every refresh would ask.
    static let rounding: UInt64 = 1_000

    /// Creates a learner for a compiled policy's names.
    public init(_ binding: DNSBinding) {
        self.binding = binding
        index = NameIndex(binding)
    }

    /// The destinations an answer for `name` admits addresses to, in policy order.
    private func destinations(admitting name: String) -> [NameBinding] {
        index.destinations(admitting: name).map { binding.destinations[$0] }
    }

    /// Asks the server that sent an answer about a listed name (the name itself, not the answer's
    /// question) for `asked`: addresses (unmapped) the answer gave, each with the end of its TTL
    /// (caller's milliseconds) that a reused earlier confirmation must reach, or `now` for an
    /// address not learned for the name yet. Returns the addresses the server gives, each with
    /// the end of the TTL the server gave it; the rest teach nothing.
    public typealias Confirm = (_ name: String, _ asked: [(address: IPAddress, through: UInt64)]) -> [IPAddress: UInt64]

    /// An answer's address with until when the client may use it (max(TTL, floor)), until when
    /// it is admitted (plus the grace, but never past what was confirmed), and until when the
    /// watcher vouches for it.
    private typealias Vouched = (address: IPAddress, usable: UInt64, expiry: UInt64, confirmed: UInt64)

    /// What the answer in `message`, sent by `server`, teaches at `now` (milliseconds). With
    /// `confirm`, an address not learned for the name yet is admitted only when it confirms it,
    /// and one learned is refreshed past what was confirmed only when it confirms it again;
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
        let resolution = answer.resolution()
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
        let vouched = vouch(resolution.addresses, name: name, now: now, confirm: confirm)
        result.unconfirmed = vouched.unconfirmed
        if !result.unconfirmed.isEmpty { answered.removeAll(where: Set(result.unconfirmed).contains) }
        result.name = name
        result.answered = answered
        let refreshed = Self.refresh(&held[name, default: [:]], with: vouched.admissible, now: now, cap: binding.addressesPerName)
        if refreshed.capped { result.cappedNames.append(name) }
        for (address, usable, expiry, _) in refreshed.admitted {
            let family = address.family
            for destination in destinations {
                let admission = admission(binding.destinations[destination].set(family), address, until: expiry, now: now)
                // An element this watcher wrote until at least the end of what the client may do
                // with this answer (max(TTL, floor), or less where the confirmation ends sooner)
                // needs no write while nobody else changed the kernel since. The grace is a
                // margin beyond that, which a skipped refresh gives up.
                let key = admission.element
                if let known = written[key], known.until >= min(usable, expiry) {
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

    /// Until when each of an answer's addresses (for the listed `name`) may be admitted, and
    /// which its server did not confirm. An address held for the name is refreshed without a
    /// question as far as the watcher's confirmation of it reaches; an answer that would take it
    /// further, or an address not held yet, asks `confirm`. One the server does not give is
    /// left out when new, and kept no longer than its earlier confirmation when held.
    ///
    /// The question is the listed name, not the answer's question: an answer to a name the
    /// attacker serves can carry a CNAME to a listed name and an address record for it, which a
    /// resolver that keeps such out-of-zone records would repeat for the same question, but not
    /// for the listed name asked by itself.
    private func vouch(_ records: [(address: IPAddress, ttl: UInt32)], name: String, now: UInt64, confirm: Confirm?)
        -> (admissible: [Vouched], unconfirmed: [IPAddress]) {
        let known = held[name] ?? [:]
        let ceiling = max(Self.longestTTL, binding.ttlFloor) * 1_000
        // In the answer's order; those waiting for the question are filled in after it.
        var vouched: [Vouched?] = []
        var waiting: [(index: Int, held: LearnedAddress?, wanted: Vouched)] = []
        var asked: [(address: IPAddress, through: UInt64)] = []
        for (record, ttl) in records {
            let address = record.unmapped
            let given = min(UInt64(ttl) * 1_000, ceiling)
            let usable = now + max(given, binding.ttlFloor * 1_000)
            let wanted: Vouched = (address, usable, usable + Self.grace * 1_000, usable + Self.grace * 1_000)
            let learned = known[address].flatMap { $0.expiry > now ? $0 : nil }
            if confirm == nil {
                vouched.append(wanted)
            } else if let learned, wanted.expiry <= learned.confirmed + Self.rounding {
                vouched.append((address, usable, min(wanted.expiry, learned.confirmed), learned.confirmed))
            } else {
                waiting.append((vouched.count, learned, wanted))
                vouched.append(nil)
                asked.append((address, learned == nil ? now : now + given))
            }
        }
        guard let confirm, !asked.isEmpty else { return (vouched.compactMap { $0 }, []) }
        let given = confirm(name, asked)
        var unconfirmed: [IPAddress] = []
        for (index, learned, wanted) in waiting {
            if let until = given[wanted.address] {
                let confirmed = max(learned?.confirmed ?? 0, confirmedExpiry(until, now: now, ceiling: ceiling))
                vouched[index] = (wanted.address, wanted.usable, min(wanted.expiry, confirmed), confirmed)
            } else {
                unconfirmed.append(wanted.address)
                if let learned {
                    vouched[index] = (wanted.address, wanted.usable, min(wanted.expiry, learned.confirmed), learned.confirmed)
                }
            }
        }
        return (vouched.compactMap { $0 }, unconfirmed)
    }

    /// Until when a confirmation whose TTL ends at `until` vouches for an address at `now`: what
    /// an answer with that TTL admits (the floor, ceiling and grace alike).
    private func confirmedExpiry(_ until: UInt64, now: UInt64, ceiling: UInt64) -> UInt64 {
        now + max(min(until > now ? until - now : 0, ceiling), binding.ttlFloor * 1_000) + Self.grace * 1_000
    }

    /// Refreshes one name's addresses in place (no copy of them, and one lookup of the name, at
    /// every answer) with an answer's vouched addresses at `now`: drops the expired ones and
    /// holds at most `cap`. Returns those held; whether the cap refused any; the second of the
    /// name's latest expiry when that moved (for the sweep); and whether the name holds nothing
    /// now.
    private static func refresh(_ addresses: inout [IPAddress: LearnedAddress], with vouched: [Vouched], now: UInt64, cap: Int)
        -> (admitted: [Vouched], capped: Bool, relisted: UInt64?, empty: Bool) {
        if addresses.values.contains(where: { $0.expiry <= now }) { addresses = addresses.filter { $0.value.expiry > now } }
        let listedUntil = addresses.values.map(\.expiry).max().map { $0 / 1_000 }
        var admitted: [Vouched] = []
        var capped = false
        for entry in vouched {
            let old = addresses[entry.address]
            if old == nil && addresses.count >= cap {
                capped = true
                continue
            }
            addresses[entry.address] = LearnedAddress(expiry: max(old?.expiry ?? 0, entry.expiry),
                                                      confirmed: max(old?.confirmed ?? 0, entry.confirmed))
            admitted.append(entry)
        }
        let latest = addresses.values.map(\.expiry).max().map { $0 / 1_000 }
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
                guard let live = held[name]?.filter({ $0.value.expiry > now }) else { continue }
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
    /// none does, once expired, or over the cap). The element was admitted no longer than a
    /// confirmation vouched for, so its expiry is taken as confirmed: nothing more, since which
    /// confirmation it was is not kept.
    public mutating func restore(name: String, address: IPAddress, expiry: UInt64, now: UInt64) -> [NameAdmission] {
        let destinations = destinations(admitting: name)
        guard expiry > now, !destinations.isEmpty else { return [] }
        let address = address.unmapped
        var addresses = held[name, default: [:]].filter { $0.value.expiry > now }
        guard addresses[address] != nil || addresses.count < binding.addressesPerName else { return [] }
        let old = addresses[address]
        addresses[address] = LearnedAddress(expiry: max(old?.expiry ?? 0, expiry), confirmed: max(old?.confirmed ?? 0, expiry))
        held[name] = addresses
        namesExpiring[expiry / 1_000, default: []].append(name)
        return destinations.map { admission($0.set(address.family), address, until: expiry, now: now) }
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
            addresses.contains { $0.key == address.unmapped && $0.value.expiry > now } ? name : nil
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
            let live = (held[name] ?? [:]).filter { $0.value.expiry > now }.sorted { $0.key < $1.key }.map { ($0.key, $0.value.expiry) }
            return live.isEmpty ? nil : (name, live)
        }
    }
}
