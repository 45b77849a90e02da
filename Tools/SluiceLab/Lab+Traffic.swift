import SluiceSystem

/// Listeners the lab owns, and flow checks against the kernel.
extension Lab {
    /// Starts a TCP listener on `address`/`port` in the namespace that owns `address`; it is
    /// stopped when the lab is destroyed.
    public func tcpListener(on address: LabAddress, port: UInt16) throws -> TCPListener {
        try tcpListener(in: try owner(of: address), address: address, port: port)
    }

    /// Starts a TCP listener on `address`/`port` in `namespace` (the address must be local there).
    public func tcpListener(in namespace: LabNamespace, address: LabAddress, port: UInt16) throws -> TCPListener {
        try adopt(namespace) { try TCPListener.start(in: namespace, address: address, port: port) }
    }

    /// Starts a UDP listener on `address`/`port` in the namespace that owns `address`; it is
    /// stopped when the lab is destroyed.
    public func udpListener(on address: LabAddress, port: UInt16) throws -> UDPListener {
        try udpListener(in: try owner(of: address), address: address, port: port)
    }

    /// Starts a UDP listener on `address`/`port` in `namespace` (the address must be local there).
    public func udpListener(in namespace: LabNamespace, address: LabAddress, port: UInt16) throws -> UDPListener {
        try adopt(namespace) { try UDPListener.start(in: namespace, address: address, port: port) }
    }

    /// Whether a flow from `source` (an address some namespace of the lab owns; the socket is bound
    /// to it) to `destination`/`port` gets through, as the kernel decides right now: TCP by a
    /// connection attempt, UDP by a datagram that a listener must count. A listener is started
    /// for the check (and stopped after) unless the lab already has one there; `timeout` is how
    /// long silence counts as "denied". This is what replays a policy's `expect` lines.
    public func canConnect(from source: LabAddress, to destination: LabAddress, port: UInt16,
                           proto: LabTransport, timeout: Duration = .seconds(1)) throws -> Bool {
        try canConnect(from: try owner(of: source), source: source, to: destination, port: port, proto: proto, timeout: timeout)
    }

    /// Like `canConnect(from: LabAddress, ...)`, but from `namespace` with the source address the
    /// kernel picks (the node's own traffic, `self` in a host policy).
    public func canConnect(from namespace: LabNamespace, to destination: LabAddress, port: UInt16,
                           proto: LabTransport, timeout: Duration = .seconds(1)) throws -> Bool {
        try canConnect(from: namespace, source: nil, to: destination, port: port, proto: proto, timeout: timeout)
    }

    private func canConnect(from namespace: LabNamespace, source: LabAddress?, to destination: LabAddress, port: UInt16,
                            proto: LabTransport, timeout: Duration) throws -> Bool {
        try requireLive(namespace)
        guard port != 0 else { throw LabError.invalidArgument("canConnect needs a port from 1 to 65535") }
        if let source, source.family != destination.family {
            throw LabError.invalidArgument("\(source) and \(destination) are of different families")
        }
        let target = try owner(of: destination)
        switch proto {
        case .tcp:
            let temporary: TCPListener? = try existingListener(TCPListener.self, target, destination, port) == nil
                ? tcpListener(in: target, address: destination, port: port) : nil
            defer { temporary?.stop() }
            return try LabTraffic.tcpConnect(from: namespace, source: source, to: destination, port: port, timeout: timeout).isConnected
        case .udp:
            let listener: UDPListener
            var temporary: UDPListener?
            if let existing = try existingListener(UDPListener.self, target, destination, port) {
                listener = existing
            } else {
                listener = try udpListener(in: target, address: destination, port: port)
                temporary = listener
            }
            defer { temporary?.stop() }
            // Three tries spread over the timeout, so that one datagram lost to a cold neighbour
            // cache does not read as "denied".
            let deadline = Deadline(after: timeout)
            for attempt in 0..<3 {
                // Counted before sending: the listener may count the datagram before udpSend returns.
                let counted = listener.counts()
                let sent = try LabTraffic.udpSend(from: namespace, source: source, to: destination, port: port,
                                                  datagrams: 1, size: 32, timeout: deadline.remaining)
                guard let from = sent.sourceAddress, sent.datagramsSent == 1 else {
                    if deadline.hasPassed { return false }
                    continue
                }
                let before = counted.bytes(from: from)
                let slice = attempt == 2 ? deadline.remaining : deadline.remaining / (3 - attempt)
                if listener.waitForBytes(before + 1, from: from, timeout: slice) { return true }
                if deadline.hasPassed { return false }
            }
            return false
        }
    }

    private func owner(of address: LabAddress) throws -> LabNamespace {
        guard let namespace = plan.owners[address] else { throw LabError.addressNotInLab(address) }
        return namespace
    }

    /// A listener the lab already runs on exactly this namespace, address and port.
    private func existingListener<L: StoppableListener>(_ type: L.Type, _ namespace: LabNamespace,
                                                         _ address: LabAddress, _ port: UInt16) throws -> L? {
        try requireLive()
        return state.withLock { state in
            state.listeners.lazy.compactMap { $0 as? L }.first { listener in
                listener.namespace == namespace && listener.address == address && listener.port == port && listener.isRunning
            }
        }
    }

    /// Creates a listener and records it for `destroy()`; refuses once the lab is being destroyed.
    private func adopt<L: StoppableListener>(_ namespace: LabNamespace, _ make: () throws -> L) throws -> L {
        try requireLive(namespace)
        let listener = try make()
        let accepted = state.withLock { state in
            guard state.phase == .live else { return false }
            state.listeners.removeAll { !$0.isRunning }
            state.listeners.append(listener)
            return true
        }
        guard accepted else {
            listener.stop()
            throw LabError.labDestroyed(tag: tag)
        }
        return listener
    }
}
