/// Sends one raw HTTP request and returns the whole response.
enum HTTPProbe {
    static func request(host: String = "127.0.0.1", port: UInt16, _ text: String) throws -> String {
        let client = try TCPClient(host: host, port: port)
        client.send(text)
        return client.readAll(timeout: .seconds(5)).text
    }
}
