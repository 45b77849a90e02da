import SluiceCompiler
import SluiceLanguage

/// What one message of a batch was about, so a kernel error on its sequence number can name the
/// object, the chain and the policy line.
struct BatchEntry {
    /// `add rule`, `add set`, `delete element`, ...
    var operation: String
    var object: KernelObjectRef?
    var chain: String?
    var origin: SourceLocation?
    /// For element messages: the elements, which `KernelBatch.elementStarts` indexes (shared, not
    /// copied).
    var elements: [SetElement] = []

    /// Creates an entry.
    init(_ operation: String, _ object: KernelObjectRef? = nil, chain: String? = nil, origin: SourceLocation? = nil) {
        self.operation = operation
        self.object = object
        self.chain = chain
        self.origin = origin
    }
}
