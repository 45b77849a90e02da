import Foundation
import Logging
import SluiceCompiler
@testable import SluiceWatch

/// One engine over a fake kernel, an in-memory store and a fake clock, with effects run at once.
final class Harness {
    let compiled: CompiledPolicy
    let clock: FakeClock
    let kernel: FakeKernel
    let store: MemoryStore
    let writer = RecordingWriter()
    let dispatcher: AlertDispatcher
    let executor: EffectExecutor
    var engine: WatchEngine
    var configuration: WatchConfiguration

    init(_ text: String, at time: Date = FakeClock.noon, configuration: WatchConfiguration = .sweepingEveryPoll,
         kernel: FakeKernel? = nil, store: MemoryStore? = nil, logger: Logger = Logger(label: "test.engine")) {
        compiled = TestPolicies.compile(text)
        clock = kernel?.clock ?? FakeClock(time)
        self.kernel = kernel ?? FakeKernel(compiled, clock: clock)
        self.store = store ?? MemoryStore()
        self.configuration = configuration
        dispatcher = AlertDispatcher(writer: writer, timeout: .seconds(5), logger: Logger(label: "test.alert"))
        executor = EffectExecutor(store: self.store, alerts: dispatcher, table: configuration.table)
        engine = WatchEngine(compiled: compiled, configuration: configuration, kernel: self.kernel, store: self.store,
                             clock: clock, logger: logger)
    }

    deinit {
        dispatcher.shutdown(timeout: .seconds(5))
    }

    /// Runs effects: store writes now, alerts written before returning.
    @discardableResult
    func run(_ effects: [WatchEffect]) -> [WatchEffect] {
        executor.run(effects)
        _ = dispatcher.waitUntilIdle(timeout: .seconds(5))
        return effects
    }

    @discardableResult
    func start() -> [WatchEffect] { run(engine.start()) }

    @discardableResult
    func poll() -> [WatchEffect] { run(engine.poll()) }

    @discardableResult
    func handle(_ event: WatchEvent) -> EngineOutput {
        let out = engine.handle(event)
        run(out.effects)
        return out
    }

    /// A second engine over the same kernel and store: a watcher restart.
    func restart() {
        engine = WatchEngine(compiled: compiled, configuration: configuration, kernel: kernel, store: store, clock: clock,
                             logger: Logger(label: "test.engine"))
    }

    /// The alert lines, decoded enough to check the event and host.
    var alerts: [(event: String, host: String, line: String)] {
        writer.lines.map { line in
            (field(line, "event") ?? "", field(line, "host") ?? "", line)
        }
    }

    func quotaLog(_ quota: String, from host: String) -> WatchEvent {
        .packet(PacketLog(prefix: "sluice-quota sluice \(quota)", group: 5113, source: FakeKernel.address(host)))
    }

    func denyLog(from host: String, to destination: String, port: UInt16) -> WatchEvent {
        .packet(PacketLog(prefix: "sluice-deny sluice", group: 5113, source: FakeKernel.address(host),
                          destination: FakeKernel.address(destination), transport: 6, destinationPort: port))
    }

    private func field(_ line: String, _ name: String) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return object[name] as? String
    }
}

extension WatchConfiguration {
    /// The engine tests drive polls on a fake clock and expect each to read every host.
    static var sweepingEveryPoll: WatchConfiguration {
        var configuration = WatchConfiguration()
        configuration.sweepShare = 1
        return configuration
    }
}
