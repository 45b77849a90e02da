import Foundation
import SluiceCompiler
import SluiceKernel

/// The reads of one poll, planned under the engine's lock and performed outside it, so a quota
/// event never waits for a dump of ten thousand elements.
public struct PollPlan: Sendable {
    let table: String
    let time: Date
    let generation: UInt64
    let bindings: [BindingRead]
    /// Whether the per-host sets are read (a sweep), or only objects and containment sets.
    let sweep: Bool
    let containmentSets: [ContainmentSet]
    /// Containments the engine knew when planning: when the kernel shows others, or lacks one,
    /// the store is read to learn who changed them.
    let knownContainments: Set<ContainmentKey>
    /// Whether the neighbour table is read: gateway mode with an address contained
    /// (`WatchEngine.followSiblings`).
    var readsNeighbours = false

    /// Performs the reads (kernel, and the store only when containment changed).
    public func read(kernel: any WatchKernel, store: any WatchStore) -> PollReadings {
        let started = ContinuousClock.now
        let startedCPU = Self.threadCPUTime()
        var readings = PollReadings(plan: self)
        readings.bindings = bindings.map { $0.perform(kernel: kernel, table: table) }
        var present: Set<ContainmentKey> = []
        for ref in containmentSets {
            do {
                let elements = try kernel.elements(table: table, set: ref.name)
                readings.containment[ref.name] = elements
                for element in elements {
                    if let host = ContainmentBinding.host(of: element, in: ref) {
                        present.insert(ContainmentKey(host: host, level: ref.kind))
                    }
                }
            } catch {
                readings.failures.append("read set \(ref.name): \(error)")
            }
        }
        // A read that failed may be the whole table gone (another program's `nft flush ruleset`).
        if !readings.failures.isEmpty, (try? kernel.tableExists(table: table)) == false {
            readings.tableMissing = true
        } else if present != knownContainments {
            do {
                readings.storedContainments = try store.activeContainments(table: table, at: time)
            } catch {
                readings.failures.append("read the stored containments: \(error)")
            }
        }
        if readsNeighbours && !readings.tableMissing {
            do {
                readings.neighbours = try kernel.neighbours()
            } catch {
                readings.failures.append("read the neighbour table: \(error)")
            }
        }
        readings.duration = ContinuousClock.now - started
        readings.cpuTime = Self.threadCPUTime() - startedCPU
        return readings
    }

    /// The calling thread's CPU time, user and system.
    static func threadCPUTime() -> Duration {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return .zero }
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }
}
