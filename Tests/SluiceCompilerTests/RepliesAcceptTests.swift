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
        #expect(verdict(.reply, 0, .related) == .allow, "an ICMP error about an inbound session")
        // The way it was opened: only what an allow admitted (then the allow need not hold now).
        #expect(verdict(.original, 0) == .deny)
        #expect(verdict(.original, Self.marks.openedInside) == .deny)
        #expect(verdict(.original, Self.marks.admitted | Self.marks.openedInside) == .allow)
        #expect(verdict(.original, Self.marks.admitted, .related) == .allow)
    }

    @Test func everyAcceptOfAnAllowMarksTheConnectionAdmitted() throws {
        for policy in [HandBuiltPolicies.hpc, HandBuiltPolicies.node] {
            let compiled = try #require(PolicyCompiler().compile(policy).compiled)
            let egress = try #require(compiled.ruleset.chain(named: "egress")).rules
            let accepts = egress.filter { $0.statements.last == .verdict(.accept) && $0.origin != nil }
            #expect(!accepts.isEmpty)
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
