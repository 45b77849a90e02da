import Foundation
import SluiceFleet
import SluiceLab

/// Real etcd members on loopback for the fleet's tests (`LabEtcd`), with a client check that
/// waits until they answer.
final class EtcdCluster: @unchecked Sendable {
    let etcd: LabEtcd
    let tls: (ca: String, cert: String, key: String)?

    /// Starts `size` members and waits until the cluster answers.
    init(size: Int = 1, tls: (ca: String, cert: String, key: String)? = nil) throws {
        etcd = try LabEtcd(members: size, tls: tls.map { LabEtcd.TLSFiles(ca: $0.ca, cert: $0.cert, key: $0.key) })
        self.tls = tls
        let client = try EtcdClient(endpoints: endpoints, tls: tls.map { TLSSettings(caFile: $0.ca, certFile: $0.cert, keyFile: $0.key) },
                                    timeout: .seconds(1))
        let deadline = Date().addingTimeInterval(15)
        while true {
            do {
                _ = try client.range("/ready")
                return
            } catch {
                if Date() > deadline { throw error }
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
    }

    /// The client URLs of every member.
    var endpoints: [Endpoint] { etcd.loopbackEndpoints.compactMap { Endpoint($0) } }

    func kill(_ i: Int) { etcd.kill(i) }

    func start(_ i: Int) throws { try etcd.start(i) }

    func wipe(_ i: Int) { etcd.wipe(i) }

    func pause(_ i: Int) { etcd.pause(i) }

    func resume(_ i: Int) { etcd.resume(i) }
}
