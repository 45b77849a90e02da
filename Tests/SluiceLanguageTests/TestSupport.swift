@testable import SluiceLanguage

/// Loads one in-memory policy file (plus optional other files) the way the CLI would.
func load(_ text: String, path: String = "test.sluice", files: [String: String] = [:]) -> PolicyLoadResult {
    var all = files
    all[path] = text
    return PolicyLoader(fileSystem: InMemoryFileSystem(all)).load(path: path)
}

/// A gateway policy header whose names are all used, so that tests see only their own diagnostics.
let gatewayHeader = """
policy t {
  mode gateway
  egress "wan0"
  management soc
}
group soc 10.0.0.0/28
allow soc to any

"""

/// The ids of the diagnostics, for compact assertions.
func ids(_ result: PolicyLoadResult) -> [DiagnosticID] { result.diagnostics.map(\.id) }

/// Renders a result's diagnostics, for failure messages.
func rendered(_ result: PolicyLoadResult) -> String {
    DiagnosticRenderer.render(result.diagnostics, sources: result.sources)
}
