import Glibc
import SluiceCompiler
import SluiceKernel
import SluiceLanguage
import SluiceSystem
import SluiceWatch

/// Resolves every name of a policy (not the `*.` patterns: there is nothing to ask) once through
/// its `dns` servers, A and AAAA, so that `sluice apply` admits the current addresses in its
/// own transaction instead of waiting for the first lookup the watcher sees. What the answers
/// teach is decided by the watcher's `NameLearner` from the `DNSBinding` alone (same floor, grace,
/// cap and sets). A server that does not answer in time is a warning, never a failed apply.
struct ApplyResolver {
    var binding: DNSBinding
    /// How long all answers together may take.
    var timeout: Duration = .seconds(2)

    /// What the resolution gives: elements per learned set, and warnings for the operator.
    struct Outcome {
        var elements: [(set: String, elements: [SetElement])] = []
        var warnings: [String] = []
        /// What each asked name taught, for the history (`status --names`, and which addresses an
        /// apply that drops the name takes out): destination, name, address, timeout in ms.
        var learned: [(destination: String, name: String, address: IPAddress, milliseconds: UInt64)] = []
    }

    /// The names to ask: exact names only, each once, sorted.
    var names: [String] {
        Array(Set(binding.destinations.flatMap(\.names).filter { !$0.isWildcard }.map(\.text))).sorted()
    }

    /// Asks every server for every name, A and AAAA, and learns from the answers that come
    /// within `timeout`.
    func resolve() -> Outcome {
        var outcome = Outcome()
        let names = self.names
        guard !names.isEmpty, !binding.servers.isEmpty else { return outcome }
        var queries: [UInt16: NameQuery] = [:]
        var id = UInt16.random(in: 0...UInt16.max)
        for name in names {
            for type in [NameQuery.RecordType.a, .aaaa] {
                id &+= 1
                queries[id] = NameQuery(id: id, name: name, type: type)
            }
        }
        let sockets = send(queries.values.sorted { $0.id < $1.id }, warnings: &outcome.warnings)
        defer { for s in sockets { close(s.fd) } }
        let (bySet, heard, learned) = receive(queries, on: sockets)
        outcome.learned = learned
        for (_, server) in sockets where !heard.contains(server) {
            outcome.warnings.append("dns server \(server) did not answer within \(timeout) while resolving the policy's names; "
                                    + "their addresses are learned from the next answers `sluice watch` sees")
        }
        // The expiry too: the kernel keeps an element's old expiry when it is added again with the
        // same timeout, and an apply of an unchanged policy is meant to refresh them.
        outcome.elements = bySet.keys.sorted().map { set in
            (set, (bySet[set] ?? [:]).sorted { $0.key < $1.key }.map {
                SetElement(.address(AddressRange($0.key)), timeout: $0.value, expires: $0.value)
            })
        }
        return outcome
    }

    /// A UDP socket connected to each server (so only its answers arrive), with every query sent.
    private func send(_ queries: [NameQuery], warnings: inout [String]) -> [(fd: Int32, server: IPAddress)] {
        var sockets: [(fd: Int32, server: IPAddress)] = []
        for server in binding.servers {
            guard let address = SocketAddress(bytes: server.bytes, port: 53) else {
                warnings.append("could not reach dns server \(server) to resolve the policy's names: not a socket address")
                continue
            }
            let fd: Int32
            do throws(SystemError) {
                fd = try Descriptors.connectedDatagramSocket(to: address, "connect to \(server):53")
            } catch {
                warnings.append("could not reach dns server \(server) to resolve the policy's names: \(SystemError.text(of: error.errno))")
                continue
            }
            sockets.append((fd, server))
            for query in queries {
                guard let message = query.message else { continue }
                _ = message.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            }
        }
        return sockets
    }

    /// The elements the answers teach (set → address → timeout in milliseconds), and the servers
    /// that answered, until every query has an answer or the time is up.
    private func receive(_ queries: [UInt16: NameQuery], on sockets: [(fd: Int32, server: IPAddress)])
        -> (elements: [String: [IPAddress: UInt64]], heard: Set<IPAddress>,
            learned: [(destination: String, name: String, address: IPAddress, milliseconds: UInt64)]) {
        var learner = NameLearner(binding)
        let destinationOfSet = Dictionary(binding.destinations.flatMap { [($0.v4Set, $0.destination), ($0.v6Set, $0.destination)] },
                                          uniquingKeysWith: { a, _ in a })
        var learned: [(destination: String, name: String, address: IPAddress, milliseconds: UInt64)] = []
        var answered: Set<UInt16> = []
        var heard: Set<IPAddress> = []
        var bySet: [String: [IPAddress: UInt64]] = [:]
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 65_535)
        while answered.count < queries.count, !sockets.isEmpty {
            let left = clock.now.duration(to: deadline)
            guard left > .zero else { break }
            var polls = sockets.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let milliseconds = Int32(max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            guard poll(&polls, nfds_t(polls.count), milliseconds) > 0 else { continue }
            for (i, entry) in polls.enumerated() where entry.revents & Int16(POLLIN) != 0 {
                let count = buffer.withUnsafeMutableBytes { recv(sockets[i].fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                guard count >= 12 else { continue }
                let message = Array(buffer[0..<count])
                let responseID = UInt16(message[0]) << 8 | UInt16(message[1])
                guard let query = queries[responseID] else { continue }
                heard.insert(sockets[i].server)
                answered.insert(responseID)
                // `now` only orders this one learner's expiries; the kernel counts the timeouts.
                for admission in learner.learn(message: message, from: sockets[i].server, now: 0).admissions {
                    bySet[admission.set, default: [:]][admission.address] = max(bySet[admission.set]?[admission.address] ?? 0,
                                                                                 admission.timeoutMilliseconds)
                    if let destination = destinationOfSet[admission.set] {
                        learned.append((destination, query.name, admission.address, admission.timeoutMilliseconds))
                    }
                }
            }
        }
        return (bySet, heard, learned)
    }
}
