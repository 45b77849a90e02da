import SluiceCompiler

/// An `NFTSet` as the store writes it: large plain address sets packed (`PackedAddresses`),
/// every other set with its elements as the model encodes them.
struct StoredSet: Codable {
    var name: String
    var keyType: SetKeyType
    var flags: SetFlags
    var size: UInt32?
    var timeout: UInt64?
    var stateful: ElementStateful?
    var comment: String?
    var runtimeElements: Bool
    var elements: [SetElement]?
    var packed: PackedAddresses?

    /// Sets smaller than this keep their readable form; packing only pays off for large ones.
    static let packingThreshold = 64

    init(_ set: NFTSet) {
        name = set.name
        keyType = set.keyType
        flags = set.flags
        size = set.size
        timeout = set.timeout
        stateful = set.stateful
        comment = set.comment
        runtimeElements = set.runtimeElements
        if set.elements.count >= Self.packingThreshold, let packed = PackedAddresses(set.elements) {
            self.packed = packed
        } else {
            elements = set.elements
        }
    }

    /// The model set, or nil when the packed bytes are damaged.
    func set() -> NFTSet? {
        var restored: [SetElement]
        if let packed {
            guard let unpacked = packed.elements() else { return nil }
            restored = unpacked
        } else {
            restored = elements ?? []
        }
        return NFTSet(name: name, keyType: keyType, flags: flags, size: size, timeout: timeout, stateful: stateful,
                      elements: restored, comment: comment, runtimeElements: runtimeElements)
    }
}
