/// What the name service needs from the kernel: the queue DNS answers are held in, the learned
/// sets it adds addresses to (`LearnedSetWriter`), and a way to ask the `dns` servers itself
/// (`NameConfirmer`). The real one is netlink and a UDP socket in the same namespace
/// (`NetfilterNameKernel`); engine tests use a fake.
public protocol NameKernel: LearnedSetWriter {
    /// Binds queue number `queue`; fails when another process holds it.
    func bind(queue: UInt16) throws -> any AnswerSource
    /// The confirmer for answers held in `queue` (which it reads while it waits for its own).
    func confirmer(queue: any AnswerSource) -> any NameConfirmer
}
