extension RulesetDiff {
    /// The diff for people: `+` added, `-` removed, `~` changed, one object per paragraph.
    /// Long element lists are cut after `limit` lines (the JSON form has them all).
    public func render(limit: Int = 20) -> String {
        var out: [String] = []
        func list(_ sign: String, _ items: [String]) {
            for item in items.prefix(limit) { out.append("    \(sign) \(item)") }
            if items.count > limit { out.append("    ... and \(items.count - limit) more") }
        }
        func named(_ name: String, _ comment: String?) -> String {
            comment.map { "\(name) (\($0))" } ?? name
        }
        for change in changes {
            switch change {
            case .tableDormant(let name):
                out.append("~ table inet \(name): dormant (filters nothing) -> enforcing")
            case .setAdded(let name, let comment, let elements):
                out.append("+ set \(named(name, comment)): \(elements.count) element\(elements.count == 1 ? "" : "s")")
                list("+", elements)
            case .setRemoved(let name, let comment):
                out.append("- set \(named(name, comment))")
            case .setChanged(let name, let comment, let definition, let added, let removed):
                var parts = definition
                if !added.isEmpty || !removed.isEmpty { parts.append("+\(added.count) -\(removed.count) elements") }
                out.append("~ set \(named(name, comment)): " + parts.joined(separator: "; "))
                list("+", added)
                list("-", removed)
            case .quotaAdded(let name, let bytes):
                out.append("+ quota \(name): over \(Units.size(bytes))")
            case .quotaRemoved(let name, let bytes):
                out.append("- quota \(name): over \(Units.size(bytes))")
            case .quotaChanged(let name, let from, let to):
                out.append("~ quota \(name): over \(Units.size(from)) -> over \(Units.size(to))")
            case .counterAdded(let name):
                out.append("+ counter \(name)")
            case .counterRemoved(let name):
                out.append("- counter \(name)")
            case .chainAdded(let name, let rules):
                out.append("+ chain \(name)")
                list("+", rules)
            case .chainRemoved(let name, let rules):
                out.append("- chain \(name)")
                list("-", rules)
            case .chainChanged(let name, let hook, let edits):
                out.append("~ chain \(name)" + (hook.map { ": \($0)" } ?? ""))
                for edit in edits where edit.kind != .kept { out.append("    \(edit.kind.rawValue) \(edit.text)") }
            }
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// The diff as JSON: one object per change, every element listed.
    public func json() -> JSONValue {
        func strings(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }
        func object(_ kind: String, _ type: String, _ name: String, _ rest: [(String, JSONValue)] = []) -> JSONValue {
            .object([("change", .string(kind)), ("object", .string(type)), ("name", .string(name))] + rest)
        }
        let items: [JSONValue] = changes.map { change in
            switch change {
            case .tableDormant(let name): object("changed", "table", name, [("dormant", .bool(true))])
            case .setAdded(let name, _, let elements): object("added", "set", name, [("elements", strings(elements))])
            case .setRemoved(let name, _): object("removed", "set", name)
            case .setChanged(let name, _, let definition, let added, let removed):
                object("changed", "set", name, [("definition", strings(definition)), ("added", strings(added)),
                                                ("removed", strings(removed))])
            case .quotaAdded(let name, let bytes): object("added", "quota", name, [("bytes", .uint(bytes))])
            case .quotaRemoved(let name, let bytes): object("removed", "quota", name, [("bytes", .uint(bytes))])
            case .quotaChanged(let name, let from, let to):
                object("changed", "quota", name, [("from", .uint(from)), ("to", .uint(to))])
            case .counterAdded(let name): object("added", "counter", name)
            case .counterRemoved(let name): object("removed", "counter", name)
            case .chainAdded(let name, let rules): object("added", "chain", name, [("rules", strings(rules))])
            case .chainRemoved(let name, let rules): object("removed", "chain", name, [("rules", strings(rules))])
            case .chainChanged(let name, let hook, let edits):
                object("changed", "chain", name, [
                    ("hook", hook.map { .string($0) } ?? .null),
                    ("added", strings(edits.filter { $0.kind == .added }.map(\.text))),
                    ("removed", strings(edits.filter { $0.kind == .removed }.map(\.text))),
                ])
            }
        }
        return .object([("equal", .bool(isEmpty)), ("changes", .array(items))])
    }
}
