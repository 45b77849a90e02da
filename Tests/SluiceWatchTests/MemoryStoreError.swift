/// Failures the fake can be made to show.
enum MemoryStoreError: Error {
    case unavailable
    case noSuchVersion
}
