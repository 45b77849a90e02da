import Foundation

/// A task executor with a thread of its own. A service under test starts on it, so its start does
/// not queue behind the synchronous, CPU-heavy tests that may hold every thread of the shared
/// cooperative pool (two on a two-core machine) for tens of seconds.
final class DedicatedThreadExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var finished = false

    init(name: String) {
        let thread = Thread { [self] in drain() }
        thread.name = name
        thread.start()
    }

    /// Runs `operation` as a task that prefers this executor; the thread ends when it has returned.
    static func task<Success: Sendable>(named name: String,
                                        _ operation: @escaping @Sendable () async throws -> Success) -> Task<Success, any Error> {
        let executor = DedicatedThreadExecutor(name: name)
        return Task(executorPreference: executor) {
            defer { executor.finish() }
            return try await operation()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        defer { condition.unlock() }
        if finished {
            // Anything that still arrives (a late wake-up of a child task) runs on the shared pool.
            globalConcurrentExecutor.enqueue(job)
            return
        }
        jobs.append(job)
        condition.signal()
    }

    private func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    private func drain() {
        while true {
            condition.lock()
            while jobs.isEmpty && !finished { condition.wait() }
            guard !jobs.isEmpty else {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
