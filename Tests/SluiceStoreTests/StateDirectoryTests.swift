import Foundation
import Testing
@testable import SluiceStore

@Suite struct StateDirectoryTests {
    func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test func missingDirectoryIsCreatedPrivate() throws {
        let dir = try TestDirectory()
        let nested = dir.path + "/var/lib/sluice"
        let store = try SluiceStore(directory: nested)
        #expect(try mode(nested) == 0o700)
        #expect(try mode(dir.path + "/var") == 0o755)
        #expect(try mode(store.databasePath) == 0o600)
    }

    @Test func worldOrGroupWritableDirectoryIsRefused() throws {
        let dir = try TestDirectory()
        for bad in [0o777, 0o770, 0o702] {
            let path = dir.path + "/state-\(String(bad, radix: 8))"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            #expect(chmod(path, mode_t(bad)) == 0)
            do {
                _ = try SluiceStore(directory: path)
                Issue.record("opened a directory with mode \(String(bad, radix: 8))")
            } catch {
                guard case .insecureDirectory(let why) = error.reason else {
                    Issue.record("wrong reason \(error.reason)")
                    continue
                }
                #expect(why.contains("group- or world-writable"))
                #expect(error.path == path)
            }
            #expect(throws: StoreError.self) { try StateLock(directory: path, table: "sluice", timeout: .zero) }
            #expect(!FileManager.default.fileExists(atPath: path + "/sluice.db"))
        }
    }

    @Test func asRootADirectoryOwnedBySomeoneElseIsRefused() throws {
        guard geteuid() == 0 else { return }
        let dir = try TestDirectory()
        let path = dir.path + "/foreign"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        #expect(chown(path, 65_534, 65_534) == 0)
        do {
            _ = try SluiceStore(directory: path)
            Issue.record("opened a directory owned by uid 65534")
        } catch {
            #expect(error.reason == .insecureDirectory(
                "the state directory is owned by uid 65534, not by root; run: chown root: \(path)"))
        }
    }

    /// Tester G: a 0755 directory passes (nothing in it is writable by others), but sluice.db at
    /// 0666 or owned by nobody did too: any account could read every stored policy and write the
    /// history that `rollback` applies.
    @Test func aDatabaseOthersCanWriteIsRefusedAndOneTheyCanReadIsMadePrivate() throws {
        let dir = try TestDirectory()
        let path = dir.path + "/state"
        try SluiceStore(directory: path).close()
        #expect(chmod(path, 0o755) == 0)
        let database = path + "/sluice.db"
        for bad in [0o666, 0o620, 0o602] {
            #expect(chmod(database, mode_t(bad)) == 0)
            do {
                _ = try SluiceStore(directory: path)
                Issue.record("opened a database with mode \(String(bad, radix: 8))")
            } catch {
                #expect(error.reason == .insecureDirectory(
                    "\(database) is group- or world-writable (mode \(String(bad, radix: 8))); run: chmod 600 \(database)"))
            }
        }
        #expect(chmod(database, 0o644) == 0)
        try SluiceStore(directory: path).close()
        #expect(try mode(database) == 0o600)
        if geteuid() == 0 {
            #expect(chown(database, 65_534, 65_534) == 0)
            #expect(throws: StoreError.self) { try SluiceStore(directory: path) }
            #expect(chown(database, 0, 0) == 0)
            // The applied pictures are a shortcut: one others could write is not used.
            let store = try SluiceStore(directory: path)
            #expect(store.privateAppliedPictures == path + "/applied")
            #expect(chmod(path + "/applied", 0o777) == 0)
            #expect(store.privateAppliedPictures == nil)
        }
    }

    @Test func aFileInPlaceOfTheDirectoryIsRefused() throws {
        let dir = try TestDirectory()
        let path = dir.path + "/file"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        do {
            _ = try SluiceStore(directory: path)
            Issue.record("opened a file as the state directory")
        } catch {
            #expect(error.reason == .system(call: "open", errno: ENOTDIR))
            #expect(error.description.hasPrefix("cannot prepare the state directory (\(path)): open: "))
        }
    }
}
