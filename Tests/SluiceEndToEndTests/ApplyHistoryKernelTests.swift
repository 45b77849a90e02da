import SluiceLab
import Testing

/// `sluice history` lists what was applied, newest first with the live version marked, and
/// `sluice rollback` restores an earlier version exactly, recording the rollback as a version.
@Suite("Apply: history and rollback", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyHistoryKernelTests {
    @Test("three applies, history (text and JSON), rollback to the one before, rollback ID, and nothing to roll back to")
    func historyAndRollback() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice", "apply-v3.sluice"])
        defer { applyLab.destroy() }

        try expectNothingToRollBack(applyLab)
        let listings = try applyThree(applyLab)

        // Newest first, the live one starred; the JSON form says the same.
        let versions = try expectHistory(applyLab)

        // rollback: the one before the live one, as a new version.
        try rollBack(applyLab, versions: versions, listings: listings)

        // rollback ID.
        try rollBackToFirst(applyLab, listings: listings)
    }

    /// Before any apply: nothing to roll back to, and an empty history.
    private func expectNothingToRollBack(_ applyLab: ApplyLab) throws {
        let nothing = try applyLab.sluice(["rollback"])
        #expect(nothing.status == 1 && nothing.standardError.contains("no earlier version"),
                "rollback before any apply: exit \(nothing.status) \(nothing.standardError)")
        let empty = try applyLab.sluice(["history"])
        #expect(empty.status == 0 && empty.standardOutput.contains("no versions"), "\(empty.standardOutput)")
    }

    /// Applies the three versions, each with a message; a rollback with only the first is refused.
    /// Returns the table's listing after each.
    private func applyThree(_ applyLab: ApplyLab) throws -> [Int64: String] {
        var listings: [Int64: String] = [:]
        for (id, fixture) in [(Int64(1), "apply-v1.sluice"), (2, "apply-v2.sluice"), (3, "apply-v3.sluice")] {
            let applied = try applyLab.sluice(["apply", applyLab.fixture(fixture), "-m", "step \(id)"])
            #expect(applied.status == 0 && applied.standardOutput.contains("applied version \(id) "),
                    "apply \(fixture): \(applied.standardOutput) \(applied.standardError)")
            listings[id] = try applyLab.listing()
            if id == 1 {
                let alone = try applyLab.sluice(["rollback"])
                #expect(alone.status == 1 && alone.standardError.contains("no earlier version"),
                        "rollback with only one version: exit \(alone.status) \(alone.standardError)")
                #expect(try applyLab.listing() == listings[1], "a refused rollback changed the table")
            }
        }
        return listings
    }

    /// `sluice history` as text and JSON after three applies; returns the JSON entries.
    private func expectHistory(_ applyLab: ApplyLab) throws -> [HistoryEntry] {
        let text = try applyLab.sluice(["history"])
        #expect(text.status == 0)
        let rows = Self.rows(text.standardOutput)
        #expect(rows.map(\.id) == [3, 2, 1], "\(text.standardOutput)")
        #expect(rows.map(\.live) == [true, false, false], "\(text.standardOutput)")
        #expect(rows.first?.line.contains("step 3") == true && rows.first?.line.contains("apply") == true, "\(text.standardOutput)")
        let versions = try applyLab.history()
        #expect(versions.map(\.id) == [3, 2, 1])
        #expect(versions.map(\.live) == [true, false, false])
        #expect(versions.map(\.kind) == ["apply", "apply", "apply"])
        #expect(versions.map(\.message) == ["step 3", "step 2", "step 1"])
        #expect(Set(versions.map(\.hash)).count == 3 && versions.allSatisfy { $0.hash.count == 64 })
        return versions
    }

    /// `sluice rollback` restores version 2 as version 4, exactly as it was applied.
    private func rollBack(_ applyLab: ApplyLab, versions: [HistoryEntry], listings: [Int64: String]) throws {
        let back = try applyLab.sluice(["rollback"])
        #expect(back.status == 0 && back.standardOutput.contains("restored version 2 as version 4"), "\(back.standardOutput) \(back.standardError)")
        let now = try applyLab.history()
        #expect(now.first.map { ($0.id, $0.kind, $0.rolledBackTo, $0.live) } ?? (0, "", nil, false) == (4, "rollback", 2, true), "\(now)")
        #expect(now.first?.hash == versions.first { $0.id == 2 }?.hash, "the rollback's hash is not version 2's")
        #expect(now.filter(\.live).count == 1)
        #expect(try applyLab.diffStatus("apply-v2.sluice") == 0, "after rollback the kernel differs from a fresh apply of version 2")
        #expect(try applyLab.diffStatus("apply-v3.sluice") == 1)
        #expect(try applyLab.listing() == listings[2], "after rollback the table lists differently from when version 2 was applied")
        let rolledText = Self.rows(try applyLab.sluice(["history"]).standardOutput)
        #expect(rolledText.first.map { $0.id == 4 && $0.live && $0.line.contains("rollback to 2") } == true, "\(rolledText)")
    }

    /// `sluice rollback 1` restores version 1 as version 5; an unknown ID is refused and not recorded.
    private func rollBackToFirst(_ applyLab: ApplyLab, listings: [Int64: String]) throws {
        let toFirst = try applyLab.sluice(["rollback", "1"])
        #expect(toFirst.status == 0 && toFirst.standardOutput.contains("restored version 1 as version 5"), "\(toFirst.standardOutput) \(toFirst.standardError)")
        let now = try applyLab.history()
        #expect(now.first.map { ($0.id, $0.kind, $0.rolledBackTo, $0.live) } ?? (0, "", nil, false) == (5, "rollback", 1, true), "\(now)")
        #expect(now.map(\.id) == [5, 4, 3, 2, 1])
        #expect(try applyLab.diffStatus("apply-v1.sluice") == 0, "after rollback 1 the kernel differs from a fresh apply of version 1")
        #expect(try applyLab.listing() == listings[1], "after rollback 1 the table lists differently from when version 1 was applied")

        let unknown = try applyLab.sluice(["rollback", "99"])
        #expect(unknown.status == 1 && unknown.standardError.contains("no applied version 99"), "\(unknown.standardError)")
        #expect(try applyLab.history() == now, "a refused rollback was recorded")
    }

    /// The data rows of `sluice history`'s table: id, whether starred, the whole line.
    static func rows(_ output: String) -> [(id: Int64, live: Bool, line: String)] {
        output.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = fields.first else { return nil }
            let live = first == "*"
            guard let id = Int64(live ? (fields.dropFirst().first ?? "") : first) else { return nil }
            return (id, live, String(line))
        }
    }
}
