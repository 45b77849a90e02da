/// The two shapes of lab, matching the two policy modes.
public enum LabTopology: String, Hashable, Sendable {
    /// A gateway between inside hosts (one namespace and link each) and the outside (`mode gateway`).
    case gateway
    /// A single node linked straight to the outside, optionally with a management host (`mode host`).
    case host
}
