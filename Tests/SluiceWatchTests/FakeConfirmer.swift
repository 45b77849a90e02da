import SluiceLanguage
import Synchronization
@testable import SluiceWatch

/// The watcher's own questions in memory: what each name confirms (a name not listed gets no
/// answer) and with what TTL, the questions asked in order, and held answers to hand back as
/// read while waiting.
final class FakeConfirmer: NameConfirmer {
    struct State {
        var answers: [String: Set<IPAddress>]
        var ttl: UInt32
        var asked: [String] = []
        var deferred: [(id: UInt32, packet: [UInt8])] = []
    }

    let state: Mutex<State>

    /// A server that gives `answers` with `ttl` (the tests' answers' own TTL by default, as a
    /// caching resolver would); nil for a server that agrees with every answer the tests send
    /// (`everything`).
    init(_ answers: [String: Set<IPAddress>]? = nil, ttl: UInt32 = 300) {
        state = Mutex(State(answers: answers ?? [:], ttl: ttl))
        agreeing = answers == nil
    }

    /// From now on, the server gives `answers` for `name` (none: it no longer gives the name).
    func set(_ name: String, _ answers: Set<IPAddress>?) { state.withLock { $0.answers[name] = answers } }

    /// From now on, the server gives this TTL.
    func set(ttl: UInt32) { state.withLock { $0.ttl = ttl } }

    private let agreeing: Bool

    var asked: [String] { state.withLock { $0.asked } }

    /// Hands `packet` back at the next question, as if read from the queue while waiting.
    func deferAtNextQuestion(_ id: UInt32, _ packet: [UInt8]) { state.withLock { $0.deferred.append((id, packet)) } }

    func confirm(name: String, type: NameQuery.RecordType, server: IPAddress) -> NameConfirmation? {
        state.withLock { s in
            s.asked.append("\(name) \(type)")
            if agreeing { return NameConfirmation(addresses: Self.everything, ttl: s.ttl) }
            return s.answers[name].map { NameConfirmation(addresses: $0, ttl: s.ttl) }
        }
    }

    /// Every address the tests' answers use: the IPv4 documentation ranges and 2001:db8::/120.
    static let everything: Set<IPAddress> = {
        var all = Set<IPAddress>()
        for prefix: [UInt8] in [[192, 0, 2], [198, 51, 100], [203, 0, 113]] {
            for last in 0...255 { all.insert(IPAddress(bytes: prefix + [UInt8(last)])!) }
        }
        for last in 0...255 { all.insert(IPAddress(bytes: [0x20, 0x01, 0x0d, 0xb8] + [UInt8](repeating: 0, count: 11) + [UInt8(last)])!) }
        return all
    }()

    func takeDeferred() -> [(id: UInt32, packet: [UInt8])] {
        state.withLock { s in
            defer { s.deferred = [] }
            return s.deferred
        }
    }
}
