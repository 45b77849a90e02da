import SluiceStore
import SluiceSystem

/// How the watcher keeps its heap small: it runs for months, and the memory a poll or a flush
/// frees should go back to the system rather than wait in glibc's arenas for the next one.
public enum DaemonMemory {
    /// Tunes glibc's malloc for the daemon; called once at the start of `sluice watch`, before
    /// its threads run.
    ///
    /// Two arenas: otherwise most of its ten threads get an arena of their own, each holding the
    /// freed buffers of the largest poll it served (at 10,000 hosts, anonymous memory 28 MB
    /// against 16 MB with two arenas, and no difference in CPU; bench/WATCH.md). A fixed mmap
    /// threshold of 256 KB: a poll's arrays of 10,000 elements then get their own mappings and go
    /// back to the system when freed, where glibc would otherwise raise the threshold after the
    /// first such free and keep every later one in the heap.
    public static func tuneForDaemon() {
        Malloc.limitArenas(to: 2)
        Malloc.fixMapThreshold(at: 256 * 1024)
        SHA256.preferSmallFootprint()
    }

    /// Returns free heap memory to the system; for after a large, infrequent release.
    static func trim() {
        Malloc.trim()
    }
}
