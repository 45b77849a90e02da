import Foundation
import SluiceCompiler
import SluiceWatch

/// The names section of `sluice status --names`: one row per learned address, then a warning
/// for each name at its `dns addresses per name` cap.
enum NamesText {
    static func render(_ names: [NameStatus]?) -> String {
        guard let names else { return "the policy lists no DNS names\n" }
        guard !names.isEmpty else { return "no address learned from DNS answers\n" }
        var rows = [["NAME", "DESTINATION", "ADDRESS", "EXPIRES (UTC)"]]
        for name in names {
            for address in name.addresses {
                rows.append([name.name, name.destinations.joined(separator: ","), address.address.description,
                             RFC3339.formatSeconds(address.expires)])
            }
        }
        var out = TextTable.render(rows)
        for name in names where name.atCap {
            out += "warning: \(name.name) holds \(name.addresses.count) addresses, its `dns addresses per name` cap; "
                + "answers with other addresses are refused them until some expire\n"
        }
        return out
    }
}
