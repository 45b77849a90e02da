import NIOCore

/// The first handler of every metrics connection, on raw bytes before HTTP parsing: it holds the
/// client to `MetricsServerLimits` (time to send the request, its size, time for the whole
/// exchange), and once the response has begun it drops whatever else the client sends, so one
/// connection is one request.
final class MetricsConnectionGuard: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = IOData
    typealias OutboundOut = IOData

    private enum Phase {
        /// Reading the request; bytes so far.
        case reading(Int)
        /// The response is on its way.
        case answering
        /// Refused: the refusal is sent, the rest of the input is dropped until the client leaves.
        case refusing
    }

    private let limits: MetricsServerLimits
    private var phase = Phase.reading(0)
    private var timers: [Scheduled<Void>] = []

    init(limits: MetricsServerLimits) {
        self.limits = limits
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let loop = context.eventLoop.assumeIsolated()
        timers.append(loop.scheduleTask(in: limits.requestTimeout) { [self] in
            if case .reading = phase { refuse(context, 408, "Request Timeout", "the request took too long\n") }
        })
        timers.append(loop.scheduleTask(in: limits.connectionTimeout) {
            context.close(promise: nil)
        })
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        for timer in timers { timer.cancel() }
        timers = []
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .reading(let count) = phase else { return }
        let total = count + unwrapInboundIn(data).readableBytes
        if total > limits.requestBytes {
            refuse(context, 431, "Request Header Fields Too Large", "the request is larger than \(limits.requestBytes) bytes\n")
            return
        }
        phase = .reading(total)
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .reading = phase { phase = .answering }
        context.write(data, promise: promise)
    }

    /// Answers with `status` and stops reading requests. The output is shut once the answer is out
    /// and the input drained for a moment: closing with unread input would reset the connection
    /// and could destroy the answer before the client reads it.
    private func refuse(_ context: ChannelHandlerContext, _ status: Int, _ reason: String, _ body: String) {
        phase = .refusing
        let text = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        let buffer = context.channel.allocator.buffer(string: text)
        context.writeAndFlush(wrapOutboundOut(.byteBuffer(buffer))).assumeIsolated().whenComplete { _ in
            context.close(mode: .output, promise: nil)
        }
        timers.append(context.eventLoop.assumeIsolated().scheduleTask(in: .seconds(1)) {
            context.close(promise: nil)
        })
    }
}
