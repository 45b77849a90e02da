import Glibc
import Synchronization

/// A set of throwaway network namespaces joined by veth links, built from a `LabSpec`; the
/// end-to-end tests, `sluice drill` and the benchmarks send real traffic through it.
///
/// Every lab is registered process-wide until `destroy()` (see `LabRegistry`), which also runs
/// at normal exit and, with `LabSignalCleanup`, on SIGINT/SIGTERM.
public final class Lab: Sendable {
    /// The spec it was built from.
    public let spec: LabSpec
    /// The run's random tag: every namespace is named `sl-TAG-...`.
    public let tag: String
    let plan: LabPlan
    let state = Mutex(State())

    struct State {
        enum Phase { case live, destroying, destroyed }
        var phase = Phase.live
        /// Namespaces this lab created (and only those may be deleted).
        var created: [String] = []
        var listeners: [any StoppableListener] = []
        var processes: [LabProcess] = []
    }

    init(spec: LabSpec, plan: LabPlan) {
        self.spec = spec
        self.tag = plan.tag
        self.plan = plan
    }

    /// Builds the lab. On any failure everything already created is removed before the error is
    /// thrown. `timeout` bounds each command the build runs.
    public static func create(_ spec: LabSpec, commandTimeout timeout: Duration = .seconds(10)) throws -> Lab {
        try spec.validate()
        let lab = Lab(spec: spec, plan: LabPlan(spec: spec, tag: try freshTag()))
        LabRegistry.add(lab)
        do {
            try lab.build(timeout: timeout)
        } catch {
            lab.destroy()
            throw error
        }
        return lab
    }

    /// Every namespace of the lab, router first.
    public var namespaces: [LabNamespace] { plan.namespaces }

    /// Every veth link, with the interface names on both sides.
    public var links: [LabLink] { plan.links }

    /// Which namespace owns each address of the spec (not the link addresses).
    public var addressOwners: [LabAddress: LabNamespace] { plan.owners }

    /// The outside namespace.
    public var outside: LabNamespace {
        // The plan always has one; the fallback keeps this non-throwing without a force unwrap.
        plan.namespaces.first { $0.role == .outside } ?? LabNamespace(name: "sl-\(tag)-out", role: .outside)
    }

    /// The gateway namespace (gateway topology).
    public func gateway() throws -> LabNamespace { try namespace(.gateway) }

    /// The node namespace (host topology).
    public func node() throws -> LabNamespace { try namespace(.node) }

    /// The management host's namespace (host topology with a management host).
    public func management() throws -> LabNamespace { try namespace(.management) }

    /// The namespace of inside host `name` (gateway topology).
    public func host(_ name: String) throws -> LabNamespace {
        guard let found = plan.namespaces.first(where: { $0.role == .host(name) }) else {
            throw LabError.unknownHost(name)
        }
        return found
    }

    /// The gateway's interface towards inside host `name` (`h-NAME`).
    public func gatewayInterface(forHost name: String) throws -> String {
        let namespace = try host(name)
        guard let link = plan.links.first(where: { $0.peerNamespace == namespace }) else { throw LabError.unknownHost(name) }
        return link.interface
    }

    /// The namespace that owns `address`, or nil if none of the lab's does.
    public func namespace(owning address: LabAddress) -> LabNamespace? {
        plan.owners[address]
    }

    /// The namespace with `role`, or `LabError.noSuchNamespace`.
    public func namespace(_ role: LabNamespaceRole) throws -> LabNamespace {
        guard let found = plan.namespaces.first(where: { $0.role == role }) else {
            throw LabError.noSuchNamespace(role.description)
        }
        return found
    }

    /// Whether `destroy()` has run (or is running).
    public var isDestroyed: Bool {
        state.withLock { $0.phase != .live }
    }

    /// Removes the lab: stops its listeners, ends the processes it started (by pid), and deletes
    /// the namespaces it created (their links go with them). Safe to call any number of times and
    /// from several threads; a second caller waits until the first has finished. Returns what
    /// could not be cleaned up (empty when all went well).
    @discardableResult
    public func destroy() -> [LabError] {
        enum Turn { case mine(State), wait, done }
        let turn: Turn = state.withLock { state in
            switch state.phase {
            case .live:
                state.phase = .destroying
                return .mine(state)
            case .destroying: return .wait
            case .destroyed: return .done
            }
        }
        switch turn {
        case .done:
            return []
        case .wait:
            while state.withLock({ $0.phase }) != .destroyed { usleep(2000) }
            return []
        case .mine(let snapshot):
            let problems = tearDown(snapshot)
            state.withLock { state in
                state.phase = .destroyed
                state.listeners = []
                state.processes = []
            }
            LabRegistry.remove(self)
            return problems
        }
    }

    private func tearDown(_ snapshot: State) -> [LabError] {
        var problems: [LabError] = []
        for listener in snapshot.listeners { listener.stop() }
        for process in snapshot.processes {
            do { try process.terminate() } catch { problems.append(.from(error, operation: "end process \(process.pid)")) }
        }
        let existing = snapshot.created.filter { access("/var/run/netns/\($0)", F_OK) == 0 }
        if !existing.isEmpty {
            let lines = existing.map { "netns del \($0)\n" }.joined()
            do {
                try Subprocess.run(["ip", "-force", "-batch", "-"], input: lines, timeout: .seconds(20)).checked()
            } catch {
                problems.append(.from(error, operation: "ip netns del"))
            }
        }
        for name in snapshot.created where access("/var/run/netns/\(name)", F_OK) == 0 {
            problems.append(.systemCall(operation: "remove namespace \(name)", errno: EBUSY))
        }
        return problems
    }

    /// Throws `labDestroyed` unless the lab is live, and `noSuchNamespace` unless `namespace` is one
    /// of its own.
    func requireLive(_ namespace: LabNamespace? = nil) throws {
        if isDestroyed { throw LabError.labDestroyed(tag: tag) }
        if let namespace, !plan.namespaces.contains(namespace) {
            throw LabError.noSuchNamespace(namespace.name)
        }
    }
}
