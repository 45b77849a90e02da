/// The client side of the names benchmark, in Python inside the namespace: sends `count` DNS
/// answers for `count / repeat` names `nNNNNN.bench.example` (numbered from `first`) from
/// 127.0.0.1:53 to 127.0.0.1:5300 at `rate` a second, receives them, and prints the
/// send-to-receive latency in milliseconds (`p50 p99 max lost`). With the queue rule, each answer
/// waits in NFQUEUE for the name service. One query from 5300 to 53 goes first, so that the
/// answers are replies of a tracked connection, the only packets the rule holds. The same socket
/// answers the name service's own questions (the confirmation of each new name's address) with
/// the address the flood gives the name.
///
/// Each name is answered `repeat` times, every `count / repeat` answers, as a caching resolver
/// answers a name again from its cache: the same address, the TTL (300 s) counted down by the
/// time since the name's first answer. Each name has an address of its own (AAAA 2001:db8::N:
/// IPv4's documentation ranges hold only 768 addresses, and names sharing one would find it
/// written already by another).
enum AnswerFlood {
    static let script = """
        import socket, struct, sys, threading, time
        count, rate, first, repeat = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
        distinct = max(1, count // repeat)
        r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(("127.0.0.1", 5300)); r.settimeout(2)
        r.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 53))
        # One query first: the queue rule holds only replies (conntrack's), as a resolver's are.
        r.sendto(bytes(12), ("127.0.0.1", 53)); s.recv(65535)
        def confirm():
            # The watcher's own question about each new name: answered as the flood answers it.
            while True:
                try: q, peer = s.recvfrom(65535)
                except OSError: return
                i = 12
                while i < len(q) and q[i]: i += 1 + q[i]
                label = q[13:13 + q[12]].decode(errors="replace")
                qtype = struct.unpack("!H", q[i + 1:i + 3])[0]
                known = qtype == 28 and label[:1] == "n" and label[1:].isdigit()
                out = struct.pack("!HHHHHH", struct.unpack("!H", q[:2])[0], 0x8180, 1, 1 if known else 0, 0, 0) + q[12:i + 5]
                if known:
                    out += struct.pack("!HHHIH", 0xC00C, 28, 1, 300, 16) + bytes([0x20, 0x01, 0x0d, 0xb8] + [0] * 8) + struct.pack("!I", int(label[1:]))
                s.sendto(out, peer)
        threading.Thread(target=confirm, daemon=True).start()
        sent, got = [0.0] * count, [None] * count
        def receive():
            seen = 0
            while seen < count:
                try: m = r.recv(65535)
                except socket.timeout: return
                got[struct.unpack("!H", m[0:2])[0]] = time.monotonic(); seen += 1
        t = threading.Thread(target=receive); t.start()
        start = time.monotonic()
        for i in range(count):
            due = start + i / rate
            while time.monotonic() < due: time.sleep(max(0, min(0.0005, due - time.monotonic())))
            n, ttl = first + i % distinct, 300 - int((i - i % distinct) / rate)
            q = struct.pack("!HHHHHH", i, 0x8180, 1, 1, 0, 0) + bytes([6]) + b"n%05d" % n + bytes([5]) + b"bench" + bytes([7]) + b"example" + b"\\0" + struct.pack("!HH", 28, 1)
            a = struct.pack("!HHHIH", 0xC00C, 28, 1, ttl, 16) + bytes([0x20, 0x01, 0x0d, 0xb8] + [0] * 8) + struct.pack("!I", n)
            sent[i] = time.monotonic(); s.sendto(q + a, ("127.0.0.1", 5300))
        t.join()
        lat = sorted((g - s0) * 1000 for g, s0 in zip(got, sent) if g is not None)
        pick = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] if lat else float("nan")
        print("%.3f %.3f %.3f %d" % (pick(0.5), pick(0.99), lat[-1] if lat else float("nan"), count - len(lat)))
        """
}
