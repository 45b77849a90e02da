import Foundation
import SluiceLab

/// A small authoritative DNS server for the names tests, on the lab's outside network: answers A
/// and AAAA questions for the names of its zone with the TTL the test chose (NXDOMAIN for the
/// rest), over UDP on each `servers` address. It also accepts (and closes) TCP connections on
/// port 443 of each `targets` address, so a client can tell an admitted address from a denied
/// one. Python, like the other small network helpers of these tests.
struct DNSLabServer {
    /// One name of the zone.
    struct Entry: Encodable {
        var ttl: UInt32
        var a: [String] = []
        var aaaa: [String] = []
    }

    static let port: UInt16 = 443

    /// Starts the server in `namespace`; the lab ends it when it is destroyed. With `onlyFrom`,
    /// queries from any other address are REFUSED (a resolver's access list).
    static func start(_ lab: Lab, in namespace: LabNamespace, servers: [String], targets: [String],
                      zone: [String: Entry], onlyFrom: [String]? = nil) throws -> LabProcess {
        var config = ["servers": servers, "targets": targets]
        if let onlyFrom { config["only"] = onlyFrom }
        let arguments = String(decoding: try JSONEncoder().encode(config), as: UTF8.self)
        let zoneText = String(decoding: try JSONEncoder().encode(zone), as: UTF8.self)
        return try lab.start(in: namespace, ["python3", "-c", server, arguments, zoneText])
    }

    /// Asks `server` for `name` (A, or AAAA with `ipv6`) from `namespace`, then at once opens a TCP
    /// connection to port 443 of the first address the answer gives, with one SYN (no retry: the
    /// timeout is under the first retransmission). Returns `connected ADDRESS`, `denied ADDRESS`,
    /// `nxdomain` or `no answer`.
    static func lookUpAndConnect(_ lab: Lab, in namespace: LabNamespace, server: String, name: String, ipv6: Bool) throws -> String {
        try lab.run(in: namespace, ["python3", "-c", client, server, name, ipv6 ? "28" : "1"], timeout: .seconds(10))
            .standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Connects to port 443 of `address` from `namespace` without a lookup (one SYN).
    static func connect(_ lab: Lab, in namespace: LabNamespace, address: String) throws -> String {
        try lab.run(in: namespace, ["python3", "-c", client, "-", address, "0"], timeout: .seconds(10))
            .standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let server = """
        import json, select, socket, struct, sys
        config, zone = json.loads(sys.argv[1]), json.loads(sys.argv[2])
        def family(a): return socket.AF_INET6 if ":" in a else socket.AF_INET
        udp, tcp = [], []
        for a in config["servers"]:
            s = socket.socket(family(a), socket.SOCK_DGRAM); s.bind((a, 53)); udp.append(s)
        for a in config["targets"]:
            s = socket.socket(family(a), socket.SOCK_STREAM); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((a, 443)); s.listen(64); tcp.append(s)
        def answer(q):
            qid, flags = struct.unpack("!HH", q[:4])
            i, labels = 12, []
            while q[i]:
                labels.append(q[i + 1:i + 1 + q[i]].decode().lower()); i += 1 + q[i]
            qtype = struct.unpack("!H", q[i + 1:i + 3])[0]
            entry = zone.get(".".join(labels))
            records = []
            if entry and qtype == 1: records = [socket.inet_pton(socket.AF_INET, a) for a in entry["a"]]
            if entry and qtype == 28: records = [socket.inet_pton(socket.AF_INET6, a) for a in entry["aaaa"]]
            out = struct.pack("!HHHHHH", qid, 0x8400 | (flags & 0x0100) | (0 if entry else 3), 1, len(records), 0, 0) + q[12:i + 5]
            for r in records:
                out += struct.pack("!HHHIH", 0xC00C, qtype, 1, entry["ttl"], len(r)) + r
            return out
        while True:
            ready, _, _ = select.select(udp + tcp, [], [])
            for s in ready:
                if s in tcp:
                    c, _ = s.accept(); c.close()
                else:
                    q, peer = s.recvfrom(512)
                    try:
                        a = answer(q)
                        if "only" in config and peer[0] not in config["only"]:
                            a = q[:2] + struct.pack("!HHHHH", 0x8405, 1, 0, 0, 0) + q[12:]
                        s.sendto(a, peer)
                    except Exception: pass
        """

    static let client = """
        import random, socket, struct, sys
        server, name, qtype = sys.argv[1], sys.argv[2], int(sys.argv[3])
        def family(a): return socket.AF_INET6 if ":" in a else socket.AF_INET
        if qtype == 0:
            address = name
        else:
            q = struct.pack("!HHHHHH", random.randint(0, 65535), 0x0100, 1, 0, 0, 0)
            q += b"".join(bytes([len(l)]) + l.encode() for l in name.split(".")) + b"\\0" + struct.pack("!HH", qtype, 1)
            s = socket.socket(family(server), socket.SOCK_DGRAM); s.settimeout(3)
            s.sendto(q, (server, 53))
            try: r = s.recv(65535)
            except socket.timeout: print("no answer"); sys.exit(0)
            if struct.unpack("!H", r[6:8])[0] == 0: print("nxdomain"); sys.exit(0)
            length = 4 if qtype == 1 else 16
            i = len(q)
            address = socket.inet_ntop(socket.AF_INET if qtype == 1 else socket.AF_INET6, r[i + 12:i + 12 + length])
        c = socket.socket(family(address), socket.SOCK_STREAM); c.settimeout(0.8)
        try:
            c.connect((address, 443)); print("connected " + address)
        except OSError:
            print("denied " + address)
        """
}
