import Foundation
import Testing
@testable import SluiceStore

/// Learned names in the store: a record keeps the later of two expiries, expired rows go at the
/// next write, and reads leave out what expired.
@Suite struct LearnedNameTests {
    @Test func laterExpiryWinsAndExpiredRowsGo() throws {
        let dir = try TestDirectory()
        let store = try SluiceStore(directory: dir.state)
        let t0 = Date(timeIntervalSince1970: 1_780_000_000)
        func record(_ address: String, _ seconds: Double) -> LearnedNameRecord {
            LearnedNameRecord(destination: "pypi", name: "pypi.org", address: address, expires: t0.addingTimeInterval(seconds))
        }
        try store.recordLearnedNames(table: "sluice", [record("198.51.100.1", 60), record("198.51.100.2", 5)], at: t0)
        try store.recordLearnedNames(table: "sluice", [record("198.51.100.1", 30)], at: t0)
        try store.recordLearnedNames(table: "other", [record("198.51.100.9", 60)], at: t0)
        #expect(try store.learnedNames(table: "sluice", at: t0) == [record("198.51.100.1", 60), record("198.51.100.2", 5)])
        #expect(try store.learnedNames(table: "sluice", at: t0.addingTimeInterval(10)) == [record("198.51.100.1", 60)])
        try store.recordLearnedNames(table: "sluice", [], at: t0.addingTimeInterval(10))
        let rows = try store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM learned_name WHERE table_name = 'sluice'") }
        #expect(rows == 1)
        #expect(try store.learnedNames(table: "other", at: t0).count == 1)
    }
}
