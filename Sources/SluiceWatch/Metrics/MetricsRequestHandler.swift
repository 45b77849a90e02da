import NIOCore
import NIOHTTP1

/// Answers the one request of a metrics connection and closes it: `GET /metrics` (and `HEAD`)
/// the Prometheus text, `GET /healthz` "ok", 404 for any other path, 405 for any other method.
final class MetricsRequestHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let render: @Sendable () -> String
    private var request: HTTPRequestHead?
    private var answered = false

    init(render: @escaping @Sendable () -> String) {
        self.render = render
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = head
        case .body:
            break
        case .end:
            guard let request, !answered else { return }
            answered = true
            respond(context, to: request)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // Parse errors were answered 400 by NIO's error handler; resets need no answer.
        context.close(promise: nil)
    }

    private func respond(_ context: ChannelHandlerContext, to request: HTTPRequestHead) {
        let path = request.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let answer: (status: HTTPResponseStatus, body: String, type: String, allow: Bool)
        let plain = "text/plain; charset=utf-8"
        switch (path, request.method) {
        case ("/metrics", .GET), ("/metrics", .HEAD):
            answer = (.ok, render(), "text/plain; version=0.0.4; charset=utf-8", false)
        case ("/healthz", .GET), ("/healthz", .HEAD):
            answer = (.ok, "ok\n", plain, false)
        case ("/metrics", _), ("/healthz", _):
            answer = (.methodNotAllowed, "only GET\n", plain, true)
        default:
            answer = (.notFound, "try /metrics\n", plain, false)
        }
        var headers = HTTPHeaders([("Content-Type", answer.type), ("Content-Length", String(answer.body.utf8.count)),
                                   ("Connection", "close")])
        if answer.allow { headers.add(name: "Allow", value: "GET, HEAD") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: answer.status, headers: headers))),
                      promise: nil)
        if request.method != .HEAD {
            let body = context.channel.allocator.buffer(string: answer.body)
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}
