extension WatchHost: Codable {
    /// Decodes the text form (`10.0.0.1`, `self`, `*`).
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let host = WatchHost(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a host: \(text)"))
        }
        self = host
    }

    /// Encodes the text form.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
