/// The `gateway NAME { }` blocks: one per name, only in gateway mode.
enum GatewayResolver {
    /// The blocks' settings, the problems found added to `diagnostics`; `mode` nil when the
    /// policy's mode is unknown (its own error says so).
    static func resolve(_ statements: [SyntaxStatement], mode: PolicyMode?, into diagnostics: inout [Diagnostic]) -> [GatewaySettings] {
        var settings: [GatewaySettings] = []
        var first: [String: SourceLocation] = [:]
        for case .gateway(let node) in statements {
            guard let name = node.name else { continue }
            if mode == .host {
                diagnostics.append(.error(
                    .gatewayBlockInHostMode, "a gateway block needs a gateway policy", at: node.location,
                    notes: [DiagnosticNote(.note, "a host-mode policy filters the machine's own traffic and has no egress interfaces"),
                            DiagnosticNote(.help, "remove the block, or write 'mode gateway' in the policy block")]))
                continue
            }
            if let earlier = first[name.value] {
                diagnostics.append(.error(
                    .duplicateGateway, "gateway '\(DisplayText.quoted(name.value))' already has a block", at: name.location,
                    notes: [DiagnosticNote(.note, "its first block is here", at: earlier),
                            DiagnosticNote(.help, "merge the two blocks")]))
                continue
            }
            first[name.value] = name.location
            settings.append(GatewaySettings(name: name.value, egressInterfaces: node.egress.map { $0.map(\.value).uniqued() },
                                            location: node.location))
        }
        return settings
    }
}
