import SluiceLanguage
import Testing
@testable import SluiceCompiler

/// The replies accept (`ConnectionMarks`): an established packet passes only the way its connection
/// was opened when an allow admitted it, and back only when it was not opened from inside.
/// `ForgedConnectionKernelTests` sends the forged connections this stops through the kernel.
@Suite struct RepliesAcceptTests {
    static let marks = ConnectionMarks(table: "sluice")

    /// A packet of an established connection from 10.20.3.4 (compute) to 203.0.113.9, where no
    /// allow of the hand-built policy lets it.
    static func packet(_ direction: CtDirection, mark: UInt32, state: CtState = .established) -> Packet {
        var packet = Packet(family: .ipv4, source: IPAddress("10.20.3.4")!, destination: IPAddress("203.0.113.9")!,
                            l4proto: 17, destinationPort: 5000, outputInterface: "wan0", ctState: state, ctMark: mark)
        packet.ctDirection = direction
        return packet
    }

    @Test func eachDirectionAsksItsOwnQuestion() throws {
        let evaluator = FlowEvaluator(try #require(PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled))
        func verdict(_ direction: CtDirection, _ mark: UInt32, _ state: CtState = .established) -> Verdict {
            evaluator.evaluate(Self.packet(direction, mark: mark, state: state)).verdict
        }
        // Back: a connection opened from outside (an inbound session) answers; one opened from
        // inside with a forged source does not.
        #expect(verdict(.reply, 0) == .allow)
        #expect(verdict(.reply, Self.marks.openedInside) == .deny)
        #expect(verdict(.reply, Self.marks.openedInside | Self.marks.admitted) == .deny)
        // The way it was opened: only what an allow admitted (then the allow need not hold now).
        #expect(verdict(.original, 0) == .deny)
        #expect(verdict(.original, Self.marks.openedInside) == .deny)
        #expect(verdict(.original, Self.marks.admitted | Self.marks.openedInside) == .allow)
        // An ICMP error is related to the connection it quotes, whoever sends it: in gateway mode the
        // connection's marks say nothing about the sender, so neither direction lets it by.
        #expect(verdict(.reply, 0, .related) == .deny, "an ICMP error about an inbound session")
        #expect(verdict(.original, Self.marks.admitted, .related) == .deny, "an error quoting another host's admitted connection")
    }

    /// Gateway mode: an ICMP error passes by its sender's own allows, to a destination they admit
    /// it to on some protocol, whatever connection it quotes (tester D: a host of one group sent a
    /// kilobyte per error to a partner only another group may reach, riding that group's connection).
    @Test func anErrorPassesByItsSendersOwnAllows() throws {
        let evaluator = FlowEvaluator(try #require(PolicyCompiler().compile(HandBuiltPolicies.hpc).compiled))
        func related(_ source: String, _ destination: String, mark: UInt32 = 0) throws -> Verdict {
            var packet = Packet(family: .ipv4, source: try #require(IPAddress(source)), destination: try #require(IPAddress(destination)),
                                l4proto: 1, destinationPort: nil, outputInterface: "wan0", ctState: .related, ctMark: mark)
            packet.ctDirection = .original
            return evaluator.evaluate(packet).verdict
        }
        // compute reaches the mirrors on web: its errors to them pass, though no allow names ICMP.
        #expect(try related("10.20.3.4", "192.0.2.10") == .allow)
        // dtn reaches the partners, and compute does not: an error from compute to a partner is
        // dropped even when the connection it quotes is one dtn had admitted.
        #expect(try related("10.30.0.12", "198.51.100.7", mark: Self.marks.admitted) == .deny,
                "dtn's allow has its own quota: its errors would leave outside it")
        #expect(try related("10.20.3.4", "198.51.100.7", mark: Self.marks.admitted) == .deny)
        // soc reaches everything, and a source in no group nothing.
        #expect(try related("10.0.0.3", "203.0.113.9") == .allow)
        #expect(try related("10.99.0.1", "192.0.2.10", mark: Self.marks.admitted) == .deny)
    }

    /// Host mode keeps the connection's marks for errors: every packet is this machine's, and only
    /// root can forge an ICMP error.
    @Test func hostModeLetsTheErrorsOfAnAdmittedConnectionBy() throws {
        let compiled = try #require(PolicyCompiler().compile(HandBuiltPolicies.node).compiled)
        let egress = try #require(compiled.ruleset.chain(named: "egress")).rules
        #expect(egress.contains { $0.statements.first == .match(Match(.ctState, .ctState([.established, .related]))) })
        #expect(!egress.contains { $0.statements.first == .match(Match(.ctState, .ctState(.related))) })
    }

    @Test func everyAcceptOfAnAllowMarksTheConnectionAdmitted() throws {
        for policy in [HandBuiltPolicies.hpc, HandBuiltPolicies.node] {
            let compiled = try #require(PolicyCompiler().compile(policy).compiled)
            let egress = try #require(compiled.ruleset.chain(named: "egress")).rules
            // The rules that let an allow's ICMP errors by mark nothing: an error is no connection.
            let related = Statement.match(Match(.ctState, .ctState(.related)))
            let accepts = egress.filter { $0.statements.last == .verdict(.accept) && $0.origin != nil && $0.statements.first != related }
            #expect(!accepts.isEmpty)
            for rule in egress where rule.statements.first == related {
                #expect(!rule.statements.contains(.setCtMarkBits(Self.marks.admitted)), "\(rule)")
            }
            for rule in accepts {
                #expect(rule.statements.dropLast().last == .setCtMarkBits(Self.marks.admitted), "\(rule)")
            }
        }
    }

    @Test func tablesKeepTheirOwnBitsApartFromTheAuditMarks() {
        let names = ["sluice", "edge", "lab", "sluice2", "a", "b", "c", "d", "e", "f", "g"]
        let audit = names.reduce(UInt32(0)) { $0 | AuditBinding.mark(table: $1) }
        for name in names {
            let marks = ConnectionMarks(table: name)
            #expect(marks.admitted.nonzeroBitCount == 1 && marks.openedInside.nonzeroBitCount == 1)
            #expect(marks.admitted != marks.openedInside)
            #expect((marks.admitted | marks.openedInside) & audit == 0, "\(name)")
        }
    }
}
