/// What the name service needs from the kernel: the queue DNS answers are held in, and the
/// learned sets it adds addresses to (`LearnedSetWriter`). The real one is netlink
/// (`NetfilterNameKernel`); engine tests use a fake.
public protocol NameKernel: LearnedSetWriter {
    /// Binds queue number `queue`; fails when another process holds it.
    func bind(queue: UInt16) throws -> any AnswerSource
}
