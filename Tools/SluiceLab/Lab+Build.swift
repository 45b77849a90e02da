import Foundation
import Glibc
import SluiceSystem
import Synchronization

/// Building the lab: namespaces, sysctls, links, then addresses and routes in each namespace.
extension Lab {
    /// A random tag of 6 letters and digits that no existing namespace name starts with.
    static func freshTag() throws -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: "/var/run/netns")) ?? []
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let tag = String((0..<6).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] })
            if !existing.contains(where: { $0.hasPrefix("sl-\(tag)-") }) { return tag }
        }
        throw LabError.unexpected(operation: "choose a lab tag", message: "every candidate was taken")
    }

    func build(timeout: Duration) throws {
        for namespace in plan.namespaces {
            // The lock makes "create, then record" atomic with respect to `destroy()`, so a
            // concurrent destroy (a signal) either sees the namespace or stops the build first.
            try state.withLock { state in
                guard state.phase == .live else { throw LabError.labDestroyed(tag: tag) }
                try Subprocess.run(["ip", "netns", "add", namespace.name], timeout: timeout).checked()
                state.created.append(namespace.name)
            }
        }
        for (namespace, settings) in plan.sysctls {
            try requireLive()
            try namespace.perform {
                for setting in settings {
                    try Lab.writeSysctl(setting.path, setting.value, namespace: namespace)
                }
            }
        }
        try requireLive()
        try Lab.runBatch(["ip"], plan.linkCommands, timeout: timeout)

        // Each namespace's configuration is independent of the others', so run them side by side.
        try requireLive()
        let failures = Mutex<[Int: LabError]>([:])
        var threads: [JoinableThread] = []
        for (index, entry) in plan.namespaceCommands.enumerated() {
            let rules = plan.namespaceIPv6Rules.first { $0.namespace == entry.namespace }?.commands ?? []
            threads.append(try LabError.converting { () throws(SystemError) in try JoinableThread.start("configure \(entry.namespace.name)") {
                do {
                    try Lab.runBatch(["ip", "-n", entry.namespace.name], entry.commands, timeout: timeout)
                    if !rules.isEmpty {
                        try Lab.runBatch(["ip", "-6", "-n", entry.namespace.name], rules, timeout: timeout)
                    }
                } catch {
                    failures.withLock { $0[index] = .from(error, operation: "configure \(entry.namespace.name)") }
                }
            } })
        }
        threads.forEach { $0.join() }
        if let first = failures.withLock({ $0.sorted { $0.key < $1.key }.first }) {
            throw first.value
        }
    }

    /// Runs `ip ... -batch -` with `lines`; on failure the error quotes the line that failed.
    static func runBatch(_ command: [String], _ lines: [String], timeout: Duration) throws {
        guard !lines.isEmpty else { return }
        let arguments = command + ["-batch", "-"]
        let result = try Subprocess.run(arguments, input: lines.map { $0 + "\n" }.joined(), timeout: timeout)
        guard result.succeeded else {
            var detail = result.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
            // ip reports "Command failed -:N" with the 1-based line number.
            if let range = detail.range(of: "Command failed -:"),
               let number = Int(detail[range.upperBound...].prefix { $0.isNumber }),
               number >= 1, number <= lines.count {
                detail += " [line \(number): \(lines[number - 1])]"
            }
            throw LabError.commandFailed(command: arguments, status: result.status, standardError: detail)
        }
    }

    /// Writes one `/proc/sys` setting; the calling thread must already be in the namespace, since
    /// `/proc/sys/net` shows the namespace of the thread that opens it.
    static func writeSysctl(_ path: String, _ value: String, namespace: LabNamespace) throws {
        let file = "/proc/sys/\(path)"
        let operation = "set \(path.replacingOccurrences(of: "/", with: "."))=\(value) in \(namespace.name)"
        let fd = try SystemCall.retrying(operation) { open(file, O_WRONLY | O_CLOEXEC) }
        defer { close(fd) }
        let bytes = Array(value.utf8)
        let written = try SystemCall.retrying(operation) { bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
        if written != bytes.count { throw SystemCall.failure(operation, errno: EIO) }
    }
}
