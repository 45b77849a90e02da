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
    /// For element messages: where each element starts in the message (from the message's
    /// start) and its index in `elements`, so an ext-ack attribute offset can name the element.
    var elementStarts: [(offset: Int, index: Int)] = []
    /// The elements the message's offsets refer to (shared, not copied).
    var elements: [SetElement] = []

    /// The element at or before an ext-ack offset.
    func element(at offset: Int) -> SetElement? {
        guard let start = elementStarts.last(where: { $0.offset <= offset }) else { return nil }
        return elements[start.index]
    }

    /// Creates an entry.
    init(_ operation: String, _ object: KernelObjectRef? = nil, chain: String? = nil, origin: SourceLocation? = nil) {
        self.operation = operation
        self.object = object
        self.chain = chain
        self.origin = origin
    }
}
