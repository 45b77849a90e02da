import Foundation
import Glibc
import Testing
import SluiceSystem
@testable import SluiceWatch

/// `--metrics-file` under abuse (issue 7, item 10): the watcher runs as root, and the path must
/// never let it replace or write through anything but the file it owns.
@Suite struct MetricsTextfileTests {
    static func kind(_ path: String) -> FileKind? {
        var info = stat()
        return lstat(path, &info) == 0 ? FileKind(mode: info.st_mode) : nil
    }

    static func refusal(_ path: String) -> String? {
        do {
            _ = try MetricsTextfile(path: path)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theFileIsReplacedWholeAndNothingIsLeftBehind() throws {
        let dir = try TemporaryDirectory()
        let file = try MetricsTextfile(path: dir.path + "/sluice.prom")
        try file.write("a 1\n")
        try file.write("b 2\n")
        #expect(dir.read("sluice.prom") == "b 2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["sluice.prom"])
        // An existing regular file is fine too.
        try file.write("c 3\n")
        #expect(try MetricsTextfile(path: dir.path + "/sluice.prom").path == dir.path + "/sluice.prom")
    }

    @Test func anythingButARegularFileOrANewNameIsRefusedAtStart() throws {
        let dir = try TemporaryDirectory()
        let device = dir.path + "/full.prom"
        // /dev/full's numbers, made here so that a failing test cannot replace the machine's.
        try #require(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0)
        try "keep\n".write(toFile: dir.path + "/victim", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir.path + "/sub", withIntermediateDirectories: false)
        #expect(symlink(dir.path + "/victim", dir.path + "/to-file.prom") == 0)
        #expect(symlink(dir.path + "/sub", dir.path + "/to-dir.prom") == 0)
        #expect(symlink(dir.path + "/nothing", dir.path + "/dangling.prom") == 0)
        #expect(mkfifo(dir.path + "/fifo.prom", 0o644) == 0)
        let cases: [(String, String)] = [
            (device, "is a character device"),
            (dir.path + "/to-file.prom", "is a symbolic link"),
            (dir.path + "/to-dir.prom", "is a symbolic link"),
            (dir.path + "/dangling.prom", "is a symbolic link"),
            (dir.path + "/sub", "is a directory"),
            (dir.path + "/sub/", "names a directory"),
            (dir.path + "/fifo.prom", "is a FIFO"),
            (dir.path + "/missing/x.prom", "the directory \(dir.path)/missing does not exist"),
            (dir.path + "/victim/x.prom", "\(dir.path)/victim is not a directory"),
        ]
        for (path, problem) in cases {
            let error = Self.refusal(path)
            #expect(error?.hasPrefix("--metrics-file \(path): \(problem)") == true, "\(path): \(String(describing: error))")
        }
        // Nothing was touched.
        #expect(Self.kind(device) == .characterDevice)
        #expect(Self.kind(dir.path + "/to-file.prom") == .symbolicLink)
        #expect(Self.kind(dir.path + "/to-dir.prom") == .symbolicLink)
        #expect(dir.read("victim") == "keep\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/sub").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            == ["dangling.prom", "fifo.prom", "full.prom", "sub", "to-dir.prom", "to-file.prom", "victim"])
    }

    @Test func aTargetSwappedWhileRunningIsLeftAloneAndTheWriteSkipped() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path + "/sluice.prom"
        let file = try MetricsTextfile(path: path)
        try file.write("a 1\n")
        try "keep\n".write(toFile: dir.path + "/victim", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir.path + "/sub", withIntermediateDirectories: false)
        let swaps: [(String, () -> Int32)] = [
            ("is a symbolic link now", { symlink(dir.path + "/victim", path) }),
            ("is a symbolic link now", { symlink(dir.path + "/sub", path) }),
            ("is a directory now", { mkdir(path, 0o755) }),
            ("is a character device now", { mknod(path, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) }),
        ]
        for (problem, swap) in swaps {
            _ = unlink(path)
            _ = rmdir(path)
            try #require(swap() == 0)
            let kind = Self.kind(path)
            #expect(throws: MetricsFileError(path: path, problem: problem + "; left alone, this write skipped")) {
                try file.write("b 2\n")
            }
            #expect(Self.kind(path) == kind, "\(problem): replaced")
        }
        #expect(dir.read("victim") == "keep\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/sub").isEmpty)
        // Once the path is free again, writing goes on; no temporary file was left behind.
        _ = unlink(path)
        try file.write("c 3\n")
        #expect(dir.read("sluice.prom") == "c 3\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["sluice.prom", "sub", "victim"])
    }

    @Test func theDirectoryOpenedAtStartIsTheOneWrittenTo() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.path + "/textfile", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: dir.path + "/elsewhere", withIntermediateDirectories: false)
        let file = try MetricsTextfile(path: dir.path + "/textfile/sluice.prom")
        // The directory's path is pointed somewhere else after the start.
        try FileManager.default.moveItem(atPath: dir.path + "/textfile", toPath: dir.path + "/moved")
        #expect(symlink(dir.path + "/elsewhere", dir.path + "/textfile") == 0)
        try file.write("a 1\n")
        #expect(dir.read("moved/sluice.prom") == "a 1\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/elsewhere").isEmpty)
    }
}
