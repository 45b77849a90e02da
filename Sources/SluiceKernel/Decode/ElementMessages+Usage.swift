import SluiceCompiler
import SluiceLanguage

extension ElementMessages {
    /// The usage of each element of one dumped NEWSETELEM message of a per-host (per-user) set:
    /// the key read as `keyType`, the quota's consumed bytes and the counter's bytes. Walks the raw
    /// bytes without building attributes, elements or expressions: the watcher reads 20,000 such
    /// elements at each sweep. Elements that are not one host or user are skipped.
    static func decodeUsage(_ message: NetlinkMessage, keyType: SetKeyType, into out: inout [HostUsage]) {
        message.payload.withUnsafeBytes { payload in
            guard payload.count >= NetlinkMessage.nfgenLength else { return }
            let attributes = UnsafeRawBufferPointer(rebasing: payload[NetlinkMessage.nfgenLength...])
            RawAttributes.forEach(attributes) { type, list in
                guard type == NFT.elemListElements else { return }
                RawAttributes.forEach(list) { _, element in
                    if let usage = usage(of: element, keyType: keyType) { out.append(usage) }
                }
            }
        }
    }

    /// One element's host and figures.
    private static func usage(of element: UnsafeRawBufferPointer, keyType: SetKeyType) -> HostUsage? {
        var host: HostID?
        var usage = HostUsage(host: .machine)
        RawAttributes.forEach(element) { type, value in
            switch type {
            case NFT.elemKey:
                RawAttributes.forEach(value) { t, key in
                    if t == NFT.dataValue { host = Self.host(key, keyType: keyType) }
                }
            case NFT.elemExpr:
                take(expression: value, into: &usage)
            case NFT.elemExpressions:
                RawAttributes.forEach(value) { _, expression in take(expression: expression, into: &usage) }
            default:
                break
            }
        }
        guard let host else { return nil }
        usage.host = host
        return usage
    }

    /// A quota's consumed bytes or a counter's bytes from one expression (name and data).
    private static func take(expression: UnsafeRawBufferPointer, into usage: inout HostUsage) {
        var kind: UInt8 = 0   // 1 quota, 2 counter
        var data: UnsafeRawBufferPointer?
        RawAttributes.forEach(expression) { type, value in
            if type == NFT.exprName {
                if RawAttributes.equals(value, "quota") { kind = 1 } else if RawAttributes.equals(value, "counter") { kind = 2 }
            } else if type == NFT.exprData {
                data = value
            }
        }
        guard kind != 0, let data else { return }
        let wanted = kind == 1 ? NFT.quotaConsumed : NFT.counterBytes
        RawAttributes.forEach(data) { type, value in
            guard type == wanted, let bytes = RawAttributes.bigEndian64(value) else { return }
            if kind == 1 { usage.quotaUsed = bytes } else { usage.counterBytes = bytes }
        }
    }

    /// The host a per-host set's key stands for (IPv4-mapped IPv6 as IPv4), or the uid of a
    /// per-user set's key (host byte order).
    private static func host(_ key: UnsafeRawBufferPointer, keyType: SetKeyType) -> HostID? {
        guard key.count == keyType.length else { return nil }
        switch keyType {
        case .ipv4Addr, .ipv6Addr:
            var value: UInt128 = 0
            for byte in key { value = value << 8 | UInt128(byte) }
            return HostID(source: IPAddress(family: keyType == .ipv4Addr ? .ipv4 : .ipv6, value: value))
        case .uid:
            return .user(key.loadUnaligned(as: UInt32.self))
        case .inetService, .inetProto, .nfproto, .ifname:
            return nil
        }
    }
}
