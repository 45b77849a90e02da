import Foundation
import SluiceCompiler
import SluiceLanguage
import Testing
@testable import SluiceStore

/// A policy with `users` sets depends on the machine's user database, which the compile cache
/// does not record: it is built every time, so an account created or renamed since is seen.
@Suite struct CompileCacheUsersTests {
    static let text = """
        policy login {
          mode host
        }
        destination mirrors 192.0.2.10
        users staff alice, 1001
        allow staff to mirrors
        """

    @Test("a users policy is never reused from the cache, and a name resolved anew follows the directory")
    func usersPoliciesAreNotReused() throws {
        let directory = try TestDirectory()
        let cache = try CompileCache(directory: directory.path + "/cache", identity: "test")
        let files = InMemoryFileSystem(["login.sluice": Self.text])
        let first = cache.build(path: "login.sluice", table: "sluice", fileSystem: files, users: UserTable(["alice": 1500]))
        cache.finishWrites()
        let second = cache.build(path: "login.sluice", table: "sluice", fileSystem: files, users: UserTable(["alice": 1600]))
        cache.finishWrites()
        #expect(!first.reused && !second.reused)
        #expect(first.compiled?.uid(named: "alice") == 1500 && second.compiled?.uid(named: "alice") == 1600)
        // A users statement is parsed every time, never taken from the statement cache (whose
        // codec knows groups, destinations and services only).
        #expect(second.reusedStatements == 1, "the destination statement is reused: \(second.reusedStatements)")
        #expect(second.compiled?.groups.first { $0.name == "staff" }?.uids == [1001...1001, 1600...1600])
    }
}
