import Foundation
import Glibc
import SluiceLab
import Testing

extension WatchKernelTests {
    /// `alert exec` programs that never finish.
    @Suite("Stuck alert programs", .timeLimit(.minutes(10)))
    struct AlertExec {
        @Test("a program that hangs is killed with what it started after --alert-timeout, and never delays containment")
        func stuckProgram() throws {
            let hosts = try ["10.70.0.10", "10.70.0.11", "10.70.0.12"].map { try LabAddress(parsing: $0) }
            let sink = try LabAddress(parsing: "192.0.2.200")
            var specs = [try LabHostSpec(name: "soc", parsing: ["10.0.0.2"])]
            for (i, host) in hosts.enumerated() { specs.append(LabHostSpec(name: "a\(i)", addresses: [host])) }
            let lab = try WatchLab.gateway(hosts: specs, outside: ["192.0.2.200"])
            defer { lab.destroy() }
            // Reads its alert, records its own pid and a background child's, then hangs.
            let stuck = try lab.script("stuck-alert", """
                d="\(lab.alertDirectory)"
                /bin/cat > "$d/stuck-$$.json"
                /bin/sleep 60 &
                echo "$$ $!" > "$d/stuck-$$.pids"
                /bin/sleep 60

                """)
            try lab.apply(try lab.policy("watch-gateway.sluice", exec: stuck))
            _ = try lab.lab.tcpListener(on: sink, port: WatchLab.sinkPort)
            let watcher = try lab.startWatcher(["--alert-timeout", "1s"])

            // Three hosts over budget one after another, each alert stuck for its full timeout.
            // Had containment waited for the stuck programs, the watcher would have contained the
            // second host a second late and the third two seconds late: its own clock says when it
            // did (the alert's time). The test's view adds its polling, seconds on a loaded machine.
            var containedAfter: [Double] = [], seenAfter: [Double] = []
            for host in hosts {
                let started = Date()
                _ = try lab.send(from: host, to: sink, bytes: 400_000, timeout: .milliseconds(500))
                #expect(lab.waitForElement(host.description, in: "isolated_v4", seconds: 2) != nil, "\(host) was not isolated")
                seenAfter.append(Date().timeIntervalSince(started))
                let alert = watcher.waitForAlert(seconds: 1) { $0.host == host.description }
                #expect(alert != nil, "no alert log line for \(host)")
                if let time = alert.flatMap({ Self.instant($0.time) }) { containedAfter.append(time.timeIntervalSince(started)) }
            }
            #expect(containedAfter.count == hosts.count && containedAfter.allSatisfy { $0 < 1.5 },
                    "containment waited for stuck alert programs: contained after \(containedAfter) s by the watcher's clock, seen after \(seenAfter) s")

            // Each program is killed after its second, with the child it left behind.
            let killed = Eventually.wait(seconds: 6) { watcher.logCount("timed out and was killed") >= hosts.count }
            #expect(killed != nil, "the stuck programs were not all killed:\n\(watcher.log())")
            let pidFiles = try FileManager.default.contentsOfDirectory(atPath: lab.alertDirectory).filter { $0.hasSuffix(".pids") }
            #expect(pidFiles.count == hosts.count, "\(pidFiles)")
            var pids: [Int32] = []
            for file in pidFiles {
                let text = try String(contentsOfFile: lab.alertDirectory + "/" + file, encoding: .utf8)
                pids += text.split(whereSeparator: \.isWhitespace).compactMap { Int32($0) }
            }
            #expect(pids.count == 2 * hosts.count, "\(pids)")
            let gone = Eventually.wait(seconds: 2) { pids.allSatisfy { !Self.isAlive($0) } }
            #expect(gone != nil, "alert programs or their children outlived the timeout: \(pids.filter(Self.isAlive))")
            #expect(watcher.isRunning)
        }

        /// An alert's RFC 3339 time, with or without milliseconds.
        static func instant(_ text: String) -> Date? {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            if let date = formatter.date(from: text) { return date }
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.date(from: text)
        }

        /// Whether a process exists and is not a zombie.
        static func isAlive(_ pid: Int32) -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let state = stat[stat.index(close, offsetBy: 2)...].prefix(1)
            return state != "Z" && state != "X"
        }
    }
}
