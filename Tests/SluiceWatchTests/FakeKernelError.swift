/// Failures the fake can be made to show.
enum FakeKernelError: Error {
    case noSuchSet(String)
    case noSuchObject(String)
    case refused
}
