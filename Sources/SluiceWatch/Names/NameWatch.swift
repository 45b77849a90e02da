import Foundation
import SluiceCompiler
import SluiceLanguage

/// The name service as `sluice watch` runs it: follows the live policy's `DNSBinding` (binds its
/// queue, rebinds when the queue changes, unbinds when no destination lists a name), carries the
/// learned elements across policy changes and restarts (writing them to the kernel again, whose
/// sets an apply may have recreated), and keeps what status and metrics show. It runs on its own
/// thread: nothing here is on the path of a quota event.
public struct NameWatch {
    private let kernel: any NameKernel
    /// The binding followed; nil while no destination lists a name.
    public private(set) var binding: DNSBinding?
    private var source: (any AnswerSource)?
    private var service: NameService?
    /// The counts of services replaced by a policy change, so the totals survive it.
    private var earlierCounts = NameCounts()
    /// Each learned set's destination, for the store.
    private var destinationOfSet: [String: String] = [:]
    /// Learned elements not written to the store yet, by destination, name and address.
    private var unsaved: [StoredName] = []
    /// Refusals by the per-name cap, by name.
    public private(set) var capHits: [String: Int] = [:]
    /// Releases that failed (the answer stays held until the queue is unbound).
    public private(set) var failedReleases = 0
    /// Answer-to-release latency: the longest, the sum and the count, in nanoseconds.
    public private(set) var releaseMax: UInt64 = 0
    public private(set) var releaseSum: UInt64 = 0
    public private(set) var released: UInt64 = 0
    /// Addresses trusted answers gave (listed names or not), until when (Unix milliseconds).
    private var answered: [IPAddress: UInt64] = [:]
    /// Names and the addresses answers gave for them that their server did not confirm, not
    /// logged yet (`takeUnconfirmed`).
    private var unconfirmedSightings: [(name: String, addresses: [IPAddress])] = []
    /// Denied connection attempts to addresses no answer of the last `explainingFor` gave.
    public private(set) var unexplainedDenied = 0
    /// Allowed connections to other groups' learned addresses (`NameWatch+CrossGroup`).
    var crossGroup = CrossGroupCheck()

    /// How long an answered address explains a denied attempt to it: clients cache answers.
    public static let explainingFor: UInt64 = 3_600_000
    /// The most answered addresses kept (a flood of answers forgets the oldest first).
    public static let answeredLimit = 100_000

    /// Creates a name watch that follows nothing yet.
    public init(kernel: any NameKernel) { self.kernel = kernel }

    /// The source of held answers, while a queue is bound.
    public var answers: (any AnswerSource)? { source }

    /// Follows `binding` at `now` (Unix milliseconds): binds, rebinds or unbinds the queue, and
    /// writes every element still held to the (new) learned sets. Throws when the queue cannot be
    /// bound; call again later (answers pass meanwhile: the rule's `bypass`).
    public mutating func follow(_ binding: DNSBinding?, now: UInt64) throws {
        if binding?.queue != self.binding?.queue {
            source?.stop()
            source = nil
        }
        guard let binding else {
            // The policy has no learned sets any more: nothing to keep (the store's rows expire).
            retireService()
            self.binding = nil
            return
        }
        // Bound first: when that fails, the elements held so far stay for the next try.
        let bound = try source ?? kernel.bind(queue: binding.queue)
        source = bound
        let held = service?.learner.learned(now: now) ?? []
        retireService()
        self.binding = binding
        destinationOfSet = Dictionary(binding.destinations.flatMap { [($0.v4Set, $0.destination), ($0.v6Set, $0.destination)] },
                                      uniquingKeysWith: { a, _ in a })
        service = NameService(binding, queue: bound, writer: kernel, confirmer: kernel.confirmer(queue: bound))
        restore(held.flatMap { name, addresses in addresses.map { (name, $0.0, $0.1) } }, now: now)
    }

    private mutating func retireService() {
        if let service { earlierCounts = earlierCounts.adding(service.counts) }
        service = nil
    }

    /// Takes back elements learned by an earlier watcher (from the store) and writes those the
    /// current binding still admits to the kernel, for the time they have left.
    public mutating func restore(_ stored: [StoredName], now: UInt64) {
        restore(stored.map { ($0.name, $0.address, UInt64(max(0, $0.expires.timeIntervalSince1970 * 1_000))) }, now: now)
    }

    private mutating func restore(_ elements: [(name: String, address: IPAddress, expiry: UInt64)], now: UInt64) {
        guard var service = takeService() else { return }
        defer { self.service = service }
        var admissions: [NameAdmission] = []
        var seen: Set<NameAdmission> = []
        for element in elements {
            for admission in service.restore(name: element.name, address: element.address, expiry: element.expiry, now: now)
            where seen.insert(admission.element).inserted {
                admissions.append(admission)
            }
        }
        guard !admissions.isEmpty else { return }
        do {
            try kernel.add(admissions)
        } catch {
            // The elements stay in the learner: the next answer for each name writes them again.
            service.countFailedBatch()
        }
    }

    /// The service, taken out so that it is the only reference to the learner's tables: changed
    /// in place, not copied whole (10,000 names) at every answer.
    private mutating func takeService() -> NameService? {
        defer { service = nil }
        return service
    }

    /// Learns from held answer `id`, admits, releases it; `received` is when it arrived, for the
    /// latency figures. Then the same for the answers the confirmer read from the queue while
    /// it waited for its own. Returns how many answers it handled.
    @discardableResult
    public mutating func handle(id: UInt32, packet: [UInt8], now: UInt64, received: ContinuousClock.Instant) -> Int {
        guard var service = takeService() else { return 0 }
        defer { self.service = service }
        var handled = 0
        var next: [(id: UInt32, packet: [UInt8])] = [(id, packet)]
        while !next.isEmpty {
            for answer in next { handle(answer.id, answer.packet, with: &service, now: now, received: received) }
            handled += next.count
            next = service.confirmer.takeDeferred()
        }
        return handled
    }

    private mutating func handle(_ id: UInt32, _ packet: [UInt8], with service: inout NameService, now: UInt64,
                                 received: ContinuousClock.Instant) {
        do {
            let learning = try service.handle(id: id, packet: packet, now: now)
            let spent = ContinuousClock.now - received
            let nanoseconds = UInt64(max(0, spent.components.seconds)) * 1_000_000_000
                + UInt64(max(0, spent.components.attoseconds / 1_000_000_000))
            releaseMax = max(releaseMax, nanoseconds)
            releaseSum &+= nanoseconds
            released += 1
            for name in learning.cappedNames { capHits[name, default: 0] += 1 }
            remember(learning.answered, now: now)
            if let name = learning.name, !learning.unconfirmed.isEmpty, unconfirmedSightings.count < 100 {
                unconfirmedSightings.append((name, learning.unconfirmed))
            }
            if let name = learning.name {
                for admission in learning.admissions {
                    guard let destination = destinationOfSet[admission.set] else { continue }
                    unsaved.append(StoredName(destination: destination, name: name, address: admission.address,
                                              expires: Date(timeIntervalSince1970: Double(now + admission.timeoutMilliseconds) / 1_000)))
                }
            }
        } catch {
            failedReleases += 1
        }
    }

    private mutating func remember(_ addresses: [IPAddress], now: UInt64) {
        guard !addresses.isEmpty else { return }
        if answered.count + addresses.count > Self.answeredLimit {
            answered = answered.filter { $0.value > now }
            if answered.count + addresses.count > Self.answeredLimit {
                // Still full of live entries: keep the later half.
                let cut = answered.values.sorted()[answered.count / 2]
                answered = answered.filter { $0.value > cut }
            }
        }
        for address in addresses { answered[address] = now + Self.explainingFor }
    }

    /// Counts the denied attempts (their destinations) that no recent answer explains, while the
    /// policy lists names: a client that did not ask the `dns` servers (another resolver, DNS over
    /// HTTPS, an address written into it) or that kept an address past the answer.
    public mutating func noteDenied(_ destinations: [IPAddress], now: UInt64) {
        guard binding != nil else { return }
        for address in destinations where (answered[address.unmapped] ?? 0) <= now { unexplainedDenied += 1 }
    }

    /// The names and addresses answers gave that their server did not confirm since the last
    /// call, at most `limit` of them (the rest only counted), for the log.
    public mutating func takeUnconfirmed(limit: Int = 20) -> [(name: String, addresses: [IPAddress])] {
        defer { unconfirmedSightings = [] }
        return Array(unconfirmedSightings.prefix(limit))
    }

    /// The watcher's own questions no server answered since the last call, by server, with the
    /// names asked (at most `limit` names each), for the log.
    public mutating func takeUnanswered(limit: Int = 5) -> [(server: IPAddress, questions: [String])] {
        var byServer: [IPAddress: [String]] = [:]
        for (server, question) in service?.takeUnanswered() ?? [] where byServer[server, default: []].count < limit {
            byServer[server, default: []].append(question)
        }
        return byServer.keys.sorted().map { ($0, byServer[$0] ?? []) }
    }

    /// The learned elements not yet written to the store (then forgotten here).
    public mutating func takeUnsaved() -> [StoredName] {
        defer { unsaved = [] }
        return unsaved
    }

    /// The learner of the binding followed, to read (not to change: a copy kept past a change
    /// would copy its tables).
    var learner: NameLearner? { service?.learner }

    /// The counts since the watcher started, across policy changes.
    public var counts: NameCounts { earlierCounts.adding(service?.counts ?? NameCounts()) }

    /// The names learned and their unexpired addresses with expiries (Unix milliseconds).
    public func learned(now: UInt64) -> [(name: String, addresses: [(IPAddress, UInt64)])] {
        service?.learner.learned(now: now) ?? []
    }

    /// Unbinds the queue (the watcher stops).
    public mutating func stop() {
        source?.stop()
        source = nil
    }
}

extension NameWatch {
    /// The figures for metrics at `now` (Unix milliseconds); nil while no name is followed.
    public func figures(now: UInt64) -> NameFigures? {
        guard binding != nil else { return nil }
        let counts = counts
        var figures = NameFigures(learnedAddresses: learned(now: now).reduce(0) { $0 + $1.addresses.count },
                                  answersHeld: counts.answers, answersReleased: released,
                                  ignored: Dictionary(counts.ignored.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: +),
                                  capHits: counts.capped, failedBatches: counts.failedBatches, deniedUnexplained: unexplainedDenied,
                                  releaseMaxSeconds: Double(releaseMax) / 1e9, releaseSumSeconds: Double(releaseSum) / 1e9)
        figures.crossGroup = crossGroup.sightings
        figures.crossGroupAlerts = crossGroup.alerts
        figures.crossGroupSuppressed = crossGroup.suppressed
        figures.crossGroupUnchecked = crossGroup.unchecked
        figures.unconfirmed = counts.unconfirmed
        figures.unanswered = counts.unanswered
        return figures
    }
}
