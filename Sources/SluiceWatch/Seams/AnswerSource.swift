/// A bound queue of held DNS answers: the packets it holds, and their release (`AnswerQueue`).
public protocol AnswerSource: AnswerQueue {
    /// The held packets that arrived, as (packet id, whole IP packet), waiting up to `timeout`;
    /// empty on timeout or once stopped.
    func next(timeout: Duration) throws -> [(id: UInt32, packet: [UInt8])]
    /// Unbinds the queue; a blocked `next` returns. Answers still held are the kernel's again.
    func stop()
}
