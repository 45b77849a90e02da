import Foundation

/// The pacing both UDP senders share: `rate` datagrams per second in 10 ms ticks, catching up
/// after short stalls and counting as skipped what a stall of over a second left unsent.
enum Pacer {
    /// Calls `send` `rate` times a second until `stop`; `send` says whether the datagram was
    /// taken (false: refused by the local stack). `count` gets each tick's sent, refused and skipped.
    static func run(rate: Int, stop: StopFlag, count: (_ sent: Int, _ refused: Int, _ skipped: Int) -> Void,
                    send: () throws -> Bool) throws {
        let tick = Duration.milliseconds(10)
        let perTick = max(1, rate / 100)
        var next = ContinuousClock.now
        while !stop.isStopped {
            let now = ContinuousClock.now
            if now < next {
                Thread.sleep(forTimeInterval: now.duration(to: next).secondsValue)
            } else if next.duration(to: now) > .seconds(1) {
                count(0, 0, Int(next.duration(to: now) / tick) * perTick)
                next = now
            }
            var sent = 0, refused = 0
            for _ in 0..<perTick {
                if try send() { sent += 1 } else { refused += 1 }
            }
            count(sent, refused, 0)
            next = next.advanced(by: tick)
        }
    }
}
