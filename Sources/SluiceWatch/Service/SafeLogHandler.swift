import Logging

/// A log handler that escapes and clips (`LogText`) every message, metadata key and value and
/// error before passing the line on, so no log line of the watcher carries raw untrusted text,
/// whoever logged it. `sluice watch` puts it in front of its standard-error handler.
public struct SafeLogHandler: LogHandler {
    private var inner: any LogHandler
    /// Metadata every line carries.
    public var metadata: Logger.Metadata = [:]
    /// Metadata added at each line, escaped with it.
    public var metadataProvider: Logger.MetadataProvider?

    /// Wraps `inner`, which should have no metadata provider of its own (give it to this handler).
    public init(_ inner: any LogHandler, metadataProvider: Logger.MetadataProvider? = nil) {
        self.inner = inner
        self.metadataProvider = metadataProvider
    }

    /// The level, as the wrapped handler has it.
    public var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let explicit = event.metadata { merged.merge(explicit) { $1 } }
        if let error = event.error {
            merged["error.message"] = "\(error)"
            merged["error.type"] = "\(String(reflecting: type(of: error)))"
        }
        var safe = event
        safe.message = Logger.Message(stringLiteral: LogText.escape(event.message.description))
        safe.error = nil
        safe.metadata = merged.isEmpty ? nil : Self.escape(merged)
        inner.log(event: safe)
    }

    private static func escape(_ metadata: Logger.Metadata) -> Logger.Metadata {
        Dictionary(metadata.map { (LogText.escape($0.key), escape($0.value)) }) { first, _ in first }
    }

    private static func escape(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(LogText.escape(text))
        case .stringConvertible(let convertible): .string(LogText.escape(convertible.description))
        case .dictionary(let dictionary): .dictionary(escape(dictionary))
        case .array(let values): .array(values.map(escape))
        }
    }
}
