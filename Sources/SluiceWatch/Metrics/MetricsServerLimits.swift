import NIOCore

/// What one client may take of the metrics endpoint. A scrape is one small request and one
/// response on loopback, so anything slower or larger than these is a stuck or hostile client.
public struct MetricsServerLimits: Hashable, Sendable {
    /// Time from connecting to the end of the request; a client still sending then is answered
    /// 408 and cut off (a request trickled byte by byte never gets further).
    public var requestTimeout: TimeAmount
    /// Time from connecting to the end of the response, for a client that reads it slowly.
    public var connectionTimeout: TimeAmount
    /// Most bytes a request may have (request line, headers and any body); more is answered 431.
    public var requestBytes: Int
    /// Most connections open at once; more are closed at once, so slow clients cannot use up the
    /// watcher's descriptors.
    public var connections: Int

    /// Creates limits; the defaults are the documented ones.
    public init(requestTimeout: TimeAmount = .seconds(5), connectionTimeout: TimeAmount = .seconds(30),
                requestBytes: Int = 8192, connections: Int = 64) {
        self.requestTimeout = requestTimeout
        self.connectionTimeout = connectionTimeout
        self.requestBytes = requestBytes
        self.connections = connections
    }
}
