import SluiceCompiler
import SluiceKernel
import SluiceLanguage

/// A small nft-text renderer for the tests, so a ruleset can be loaded with `nft -f` next to the
/// netlink apply and the two compared. (The lead's NFTRenderer replaces it where available.)
enum TestRenderer {
    static func render(_ r: Ruleset) -> String {
        var out = "table inet \(r.table) {\n"
        for q in r.quotas {
            out += "\tquota \(q.name) {\n"
            if let c = q.comment { out += "\t\tcomment \(quoted(c))\n" }
            out += "\t\t\(q.over ? "over " : "")\(q.bytes) bytes\(q.used > 0 ? " used \(q.used) bytes" : "")\n\t}\n"
        }
        for c in r.counters {
            out += "\tcounter \(c.name) {\n"
            if let comment = c.comment { out += "\t\tcomment \(quoted(comment))\n" }
            out += "\t\tpackets \(c.value.packets) bytes \(c.value.bytes)\n\t}\n"
        }
        for s in r.sets {
            out += "\tset \(s.name) {\n\t\ttype \(s.keyType.rawValue)\n"
            if let size = s.size { out += "\t\tsize \(size)\n" }
            var flags = s.flags
            if s.timeout != nil { flags.insert(.timeout) }
            if !flags.names.isEmpty { out += "\t\tflags \(flags.names.joined(separator: ","))\n" }
            if let t = s.timeout { out += "\t\ttimeout \(t)ms\n" }
            switch s.stateful {
            case .quotaOver(let b)?: out += "\t\tquota over \(b) bytes\n"
            case .counter?: out += "\t\tcounter\n"
            case nil: break
            }
            if let c = s.comment { out += "\t\tcomment \(quoted(c))\n" }
            if !s.elements.isEmpty {
                out += "\t\telements = { " + s.elements.map { element($0, s) }.joined(separator: ", ") + " }\n"
            }
            out += "\t}\n"
        }
        for c in r.chains {
            out += "\tchain \(c.name) {\n"
            if let h = c.hook {
                out += "\t\ttype filter hook \(h.hook.rawValue) priority \(h.priority); policy \(h.policy.rawValue);\n"
            }
            for rule in c.rules { out += "\t\t" + render(rule) + "\n" }
            out += "\t}\n"
        }
        return out + "}\n"
    }

    static func element(_ e: SetElement, _ s: NFTSet) -> String {
        var text: String
        switch e.key {
        case .address(let r): text = r.description
        case .ports(let p): text = p.lowerBound == p.upperBound ? "\(p.lowerBound)" : "\(p.lowerBound)-\(p.upperBound)"
        case .ifname(let n): text = quoted(n)
        case .l4proto(let v): text = "\(v)"
        case .nfproto(let v): text = v == 2 ? "ipv4" : v == 10 ? "ipv6" : "\(v)"
        case .uid(let v): text = "\(v)"
        }
        if let t = e.timeout { text += " timeout \(t)ms" }
        if let c = e.comment { text += " comment \(quoted(c))" }
        return text
    }

    static func render(_ rule: Rule) -> String {
        var parts: [String] = []
        for s in rule.statements {
            switch s {
            case .match(let m):
                let op = m.negated ? " != " : " "
                switch m.value {
                case .set(let n): parts.append(m.key.rawValue + op + "@" + n)
                case .l4proto(let v): parts.append(m.key.rawValue + op + "\(v)")
                case .nfproto(let v): parts.append(m.key.rawValue + op + (v == 2 ? "ipv4" : v == 10 ? "ipv6" : "\(v)"))
                case .ifname(let n): parts.append(m.key.rawValue + op + quoted(n))
                case .ctState(let st): parts.append(m.key.rawValue + op + st.names.joined(separator: ","))
                case .ctDirection(let d): parts.append(m.key.rawValue + op + d.name)
                case .ctMarkBits(let bits): parts.append(m.key.rawValue + " & \(bits)" + (m.negated ? " != " : " == ") + "\(bits)")
                case .address(let a): parts.append(m.key.rawValue + op + a.description)
                case .port(let p): parts.append(m.key.rawValue + op + "\(p)")
                case .present: parts.append(m.key.rawValue + " >= 0")
                }
            case .counter(let n): parts.append("counter name \(quoted(n))")
            case .quota(let n): parts.append("quota name \(quoted(n))")
            case .update(let u): parts.append("\(u.operation.rawValue) @\(u.set) { \(u.key.rawValue) }")
            case .limit(let l): parts.append("limit rate \(l.rate.count)/\(l.rate.unit.rawValue) burst \(l.burst) packets")
            case .setCtMarkBits(let bits): parts.append("ct mark set ct mark | \(bits)")
            case .recordOwner: parts.append("ct owner set meta skuid")
            case .log(let l): parts.append("log prefix \(quoted(l.prefix))" + (l.group.map { " group \($0)" } ?? ""))
            case .queue(let q): parts.append("queue num \(q.num)" + (q.bypass ? " bypass" : ""))
            case .verdict(let v):
                switch v {
                case .accept: parts.append("accept")
                case .drop: parts.append("drop")
                case .return: parts.append("return")
                case .jump(let c): parts.append("jump \(c)")
                case .goto(let c): parts.append("goto \(c)")
                }
            }
        }
        if let c = rule.comment { parts.append("comment \(quoted(c))") }
        return parts.joined(separator: " ")
    }

    static func quoted(_ s: String) -> String { "\"" + s + "\"" }
}
