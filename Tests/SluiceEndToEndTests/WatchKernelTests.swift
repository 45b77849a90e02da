import Testing

/// `sluice watch` end to end: the real binary in throwaway namespaces, real traffic against the
/// fixtures' small budgets, and what an administrator would check afterwards (`nft list set`,
/// `sluice status`, `sluice incidents`, alerts, metrics). The nested suites run one at a time:
/// several of them assert how fast the watcher reacts, which two busy cores would blur.
@Suite("The watcher on the real kernel", .serialized,
       .disabled(if: TestEnvironment.kernelTestsSkipped, "SLUICE_SKIP_KERNEL_TESTS=1"))
struct WatchKernelTests {}
