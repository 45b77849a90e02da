import Foundation
import SluiceLab
import Testing

/// Sluice never changes a table it did not create (issue 7, item 3): `apply`, `--dry-run`,
/// `rollback`, `isolate`, `block` and `release` refuse one with exit 1 and leave it byte-identical,
/// whether it was there before Sluice was ever run or took the place of Sluice's own table, and
/// even when it appears between Sluice's read of the ruleset and its commit.
@Suite("Apply: only Sluice's own tables", .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"),
       .timeLimit(.minutes(10)))
struct ApplyOwnershipKernelTests {
    /// Someone else's table, made with nft: the isolation tests' bystander under another name.
    static func foreign(_ table: String) -> String {
        ApplyIsolationKernelTests.bystander.replacingOccurrences(of: "table inet bystander {", with: "table inet \(table) {")
    }

    static let refusal = "was not created by Sluice; refusing to change it"

    /// Runs `sluice ARGUMENTS`; it must exit 1 naming the table, and leave its listing as it was.
    static func refused(_ applyLab: ApplyLab, _ arguments: [String], table: String, listing: String,
                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try applyLab.sluice(arguments)
        let command = "sluice " + arguments.joined(separator: " ")
        #expect(result.status == 1, "\(command): exit \(result.status) \(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.contains("table inet \(table) \(refusal)"), "\(command): \(result.standardError)",
                sourceLocation: sourceLocation)
        #expect(try applyLab.listing(table) == listing, "\(command) changed table inet \(table)", sourceLocation: sourceLocation)
    }

    @Test("apply --table and its dry run refuse a table someone else made, which stays byte-identical")
    func anotherProgramsTable() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        try applyLab.nft(["-f", "-"], input: Self.foreign("foreign"))
        let listing = try #require(try applyLab.listing("foreign"))
        let v1 = applyLab.fixture("apply-v1.sluice")
        try Self.refused(applyLab, ["apply", v1, "--table", "foreign"], table: "foreign", listing: listing)
        try Self.refused(applyLab, ["apply", v1, "--table", "foreign", "--dry-run"], table: "foreign", listing: listing)
        #expect(try applyLab.history(table: "foreign").isEmpty)
    }

    @Test("a table put in the place of Sluice's own is refused by apply, rollback and containment")
    func aTableInSluicesPlace() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        let v1 = applyLab.fixture("apply-v1.sluice"), v2 = applyLab.fixture("apply-v2.sluice")
        #expect(try applyLab.sluice(["apply", v1]).status == 0)
        #expect(try applyLab.sluice(["apply", v2]).status == 0)
        #expect(try applyLab.sluice(["isolate", "10.70.1.5", "--for", "1h"]).status == 0)
        let versions = try applyLab.history()

        // Someone deletes Sluice's table and makes their own under its name. The history says
        // Sluice applied `inet sluice` last, but its picture of that table does not match this one.
        try applyLab.nft(["delete", "table", "inet", "sluice"])
        try applyLab.nft(["-f", "-"], input: Self.foreign("sluice"))
        let listing = try #require(try applyLab.listing())
        for arguments in [["apply", v1], ["apply", v1, "--dry-run"], ["rollback"],
                          ["isolate", "10.70.1.6"], ["block", "10.70.1.6"], ["release", "10.70.1.5"]] {
            try Self.refused(applyLab, arguments, table: "sluice", listing: listing)
        }
        #expect(try applyLab.history() == versions)
    }

    /// The kernel refuses the transaction (the generation changed); the apply plans again, reads
    /// the table that is there now, and refuses it for want of Sluice's mark.
    @Test("a table made in Sluice's place between its read and its commit is refused by the generation check")
    func aTableMadeDuringTheApply() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice"])
        defer { applyLab.destroy() }
        // The apply plans over no table at all, and is held before it sends its transaction.
        let held = try HeldCommand.start(applyLab, ["apply", applyLab.fixture("apply-v1.sluice")], hold: .milliseconds(1500),
                                         name: "swap")
        let inWindow = held.waitUntilHeld()
        try applyLab.nft(["-f", "-"], input: Self.foreign("sluice"))
        let listing = try #require(try applyLab.listing())
        let raced = try held.finish()
        #expect(inWindow, "the apply was never held before its transaction: \(raced.standardError)")
        #expect(raced.status == 1, "an apply over a table made meanwhile: exit \(raced.status)")
        #expect(raced.standardError.contains("table inet sluice \(Self.refusal)"), "\(raced.standardError)")
        #expect(try applyLab.listing() == listing)
        #expect(try applyLab.history().isEmpty)
        // Run again, it refuses it the same way.
        try Self.refused(applyLab, ["apply", applyLab.fixture("apply-v1.sluice")], table: "sluice", listing: listing)
    }

    @Test("a copy of Sluice's table restored with nft -f is taken over by the next apply, containment kept")
    func aRestoredCopyIsTakenOver() throws {
        let applyLab = try ApplyLab.start(["apply-v1.sluice", "apply-v2.sluice"])
        defer { applyLab.destroy() }
        let v1 = applyLab.fixture("apply-v1.sluice"), v2 = applyLab.fixture("apply-v2.sluice")
        #expect(try applyLab.sluice(["apply", v1]).status == 0)
        #expect(try applyLab.sluice(["isolate", "10.70.1.5"]).status == 0)
        // Saved and restored as an administrator would (or a Sluice before the mark left it):
        // the listing keeps the comment, not the mark.
        let saved = try #require(try applyLab.listing())
        try applyLab.nft(["delete", "table", "inet", "sluice"])
        try applyLab.nft(["-f", "-"], input: saved)
        #expect(try applyLab.sluice(["isolate", "10.70.1.6"]).status == 1, "containment on the unmarked copy")

        // The history says Sluice applied this table last, and its picture has this structure.
        let applied = try applyLab.sluice(["apply", v2, "-v"])
        #expect(applied.status == 0, "\(applied.standardError)")
        #expect(applied.standardOutput.contains("replaced by a marked one"), "\(applied.standardOutput)")
        let listing = try #require(try applyLab.listing())
        #expect(listing.contains("10.70.1.5"), "the isolated host was not carried over: \(listing)")
        #expect(try applyLab.sluice(["isolate", "10.70.1.6"]).status == 0)
        #expect(try applyLab.diffStatus("apply-v2.sluice") == 0)
    }
}
