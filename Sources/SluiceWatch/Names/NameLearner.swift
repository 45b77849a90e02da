import SluiceCompiler
import SluiceLanguage

/// Decides what a DNS answer teaches the kernel, from the compiled policy's `DNSBinding` alone:
/// only answers from the trusted servers, only for names a destination lists (the question or an
/// alias on its CNAME chain), each address into the learned sets of every destination admitting
/// the name, for max(TTL, floor) plus `grace`, and at most `dns addresses per name` addresses
/// per name at once. It keeps which addresses each name holds until they expire, so a refreshed
/// address does not count twice and an expired one frees its place.
///
/// One kernel element (a set and an address) may stand for several names: its admission always
/// carries the latest expiry any of them gave, so a short answer for one name never cuts short
/// an address another name's answer admitted for longer.
public struct NameLearner: Sendable {
    public let binding: DNSBinding
    /// Name → address → when its element expires (milliseconds of the caller's clock).
    private var held: [String: [IPAddress: UInt64]] = [:]
    /// Each kernel element (set and address, timeout 0) → the latest expiry any name gave it.
    private var elementExpiry: [NameAdmission: UInt64] = [:]
    /// Answers since expired names were last swept out of `held`.
    private var sinceSweep = 0

    /// Added to every element's timeout: the client connects after it has the answer, so the
    /// address must outlive the TTL a little.
    public static let grace: UInt64 = 5

    /// Creates a learner for a compiled policy's names.
    public init(_ binding: DNSBinding) { self.binding = binding }

    /// What the answer in `message`, sent by `server`, teaches at `now` (milliseconds).
    public mutating func learn(message: [UInt8], from server: IPAddress, now: UInt64) -> NameLearning {
        guard binding.trusts(server) else { return NameLearning(ignored: .untrusted) }
        guard let answer = DNSParser.parse(message) else { return NameLearning(ignored: .unreadable) }
        return learn(answer, now: now)
    }

    /// What a parsed answer from a trusted server teaches at `now`.
    public mutating func learn(_ answer: DNSAnswer, now: UInt64) -> NameLearning {
        sinceSweep += 1
        if sinceSweep >= 1_024 {
            // Names nobody asks about again would otherwise stay held after they expired.
            sinceSweep = 0
            held = held.compactMapValues { addresses in
                let live = addresses.filter { $0.value > now }
                return live.isEmpty ? nil : live
            }
            elementExpiry = elementExpiry.filter { $0.value > now }
        }
        let resolution = answer.resolution()
        // The question's name decides; an alias counts too, since the addresses are the alias's.
        let answered = resolution.addresses.map { $0.address.unmapped }
        guard let name = resolution.names.first(where: { !binding.destinations(admitting: $0).isEmpty }) else {
            var result = NameLearning(ignored: .unlisted)
            result.answered = answered
            return result
        }
        let destinations = binding.destinations(admitting: name)
        var result = NameLearning()
        result.name = name
        result.answered = answered
        var addresses = held[name, default: [:]].filter { $0.value > now }
        for (address, ttl) in resolution.addresses {
            let seconds = max(UInt64(ttl), binding.ttlFloor) + Self.grace
            let expiry = now + seconds * 1_000
            if addresses[address] == nil && addresses.count >= binding.addressesPerName {
                if result.cappedNames.last != name { result.cappedNames.append(name) }
                continue
            }
            addresses[address] = max(addresses[address] ?? 0, expiry)
            let family = address.unmapped.family
            for destination in destinations {
                result.admissions.append(admission(destination.set(family), address.unmapped, until: expiry, now: now))
            }
        }
        held[name] = addresses.isEmpty ? nil : addresses
        return result
    }

    /// Takes back an element learned before (by an earlier watcher, or under the previous policy)
    /// that expires at `expiry`: the admissions that put it into the kernel again, for the time it
    /// has left, in the learned sets of every destination the binding has admit `name` (none when
    /// none does, once expired, or over the cap).
    public mutating func restore(name: String, address: IPAddress, expiry: UInt64, now: UInt64) -> [NameAdmission] {
        let destinations = binding.destinations(admitting: name)
        guard expiry > now, !destinations.isEmpty else { return [] }
        var addresses = held[name, default: [:]].filter { $0.value > now }
        guard addresses[address] != nil || addresses.count < binding.addressesPerName else { return [] }
        addresses[address] = max(addresses[address] ?? 0, expiry)
        held[name] = addresses
        return destinations.map { admission($0.set(address.unmapped.family), address.unmapped, until: expiry, now: now) }
    }

    /// The admission of `address` to `set` until `expiry`, or until a later expiry another name
    /// gave the same element.
    private mutating func admission(_ set: String, _ address: IPAddress, until expiry: UInt64, now: UInt64) -> NameAdmission {
        let key = NameAdmission(set: set, address: address, timeoutMilliseconds: 0)
        let until = max(elementExpiry[key] ?? 0, expiry)
        elementExpiry[key] = until
        return NameAdmission(set: set, address: address, timeoutMilliseconds: until - now)
    }

    /// How many names are held, expired or not (the sweep bounds it).
    var heldNames: Int { held.count }

    /// The names learned and their unexpired addresses with expiries, for `status --names` and
    /// for restoring elements after a restart.
    public func learned(now: UInt64) -> [(name: String, addresses: [(IPAddress, UInt64)])] {
        held.keys.sorted().compactMap { name in
            let live = (held[name] ?? [:]).filter { $0.value > now }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            return live.isEmpty ? nil : (name, live)
        }
    }
}
