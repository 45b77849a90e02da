extension NetlinkSocket {
    /// Sends one request built in `writer` (sequence `seq`, asking for an ack) and waits up to
    /// 2 s for the acknowledgement, throwing the kernel's error. `service` names the subsystem
    /// for the message when none comes.
    func request(_ writer: NetlinkWriter, seq: UInt32, _ operation: String, service: String) throws {
        try writer.withUnsafeBytes { try send($0, operation) }
        while true {
            guard try wait(timeout: 2000) else {
                throw KernelError.malformed(operation: operation, detail: "no acknowledgement from \(service)")
            }
            guard let datagram = try receive(nonBlocking: true, operation) else { continue }
            for message in NetlinkMessage.parse(datagram) where message.seq == seq {
                if let report = message.errorReport {
                    if report.errno == 0 { return }
                    throw KernelError.system(operation: operation, errno: report.errno)
                }
            }
        }
    }
}
