import Foundation
import SluiceCompiler
@testable import SluiceFleet
import SluiceWatch
import Testing

/// An operator's containment published to the fleet against a real etcd: never shortened by a
/// later, shorter one from any gateway; replaced by a longer one.
@Suite(.serialized) struct ClusterContainmentTests {
    @Test("a shorter containment does not replace the fleet's longer one; a longer one does")
    func neverShortened() throws {
        let etcd = try EtcdCluster()
        let store = EtcdClusterStore(client: try EtcdClient(endpoints: etcd.endpoints, tls: nil))
        let keys = FleetKeys(table: "sluice")
        let host = try #require(HostID("10.70.0.7"))
        func contain(_ gateway: String, seconds: Double?) throws -> Bool {
            let now = Date()
            return try ClusterContainment(store: store, table: "sluice", gateway: gateway).publish(
                StoredContainment(table: "sluice", host: host, level: .isolate, since: now,
                                  expires: seconds.map { now.addingTimeInterval($0) }, reason: "r", origin: .manual))
        }
        func held() throws -> ContainmentValue? {
            let key = keys.containment(host: host, level: .isolate)
            return try store.range(prefix: key).kvs.first { $0.key == key }.flatMap { ContainmentValue.decode($0.value) }
        }
        #expect(try contain("gw2", seconds: 3_600))
        #expect(try !contain("gw1", seconds: 5), "a 5 s isolation replaced the fleet's hour")
        #expect(try held()?.gateway == "gw2")
        #expect(try contain("gw1", seconds: nil))
        #expect(try held()?.gateway == "gw1" && held()?.expires == nil)
        #expect(try !contain("gw2", seconds: 7_200))
    }
}
