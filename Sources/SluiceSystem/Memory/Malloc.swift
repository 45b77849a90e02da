internal import CSystemShims

/// glibc's malloc tuning (malloc.h, which Swift's Glibc module does not export).
public enum Malloc {
    /// Caps the number of malloc arenas (`mallopt(M_ARENA_MAX)`); true on success.
    @discardableResult
    public static func limitArenas(to arenas: Int32) -> Bool {
        sluice_malloc_arena_max(arenas) == 1
    }

    /// Fixes the size from which an allocation gets its own mapping (`mallopt(M_MMAP_THRESHOLD)`),
    /// which also stops glibc from raising it after each large free; true on success.
    @discardableResult
    public static func fixMapThreshold(at bytes: Int32) -> Bool {
        sluice_malloc_mmap_threshold(bytes) == 1
    }

    /// Returns freed heap memory to the system (`malloc_trim(0)`); true if some was released.
    @discardableResult
    public static func trim() -> Bool {
        sluice_malloc_trim() == 1
    }

    /// Grows the heap 256 MiB at a time, keeps up to 512 MiB freed for reuse, and serves blocks
    /// up to 32 MiB (glibc's largest threshold) from the heap: for a short command building a
    /// large policy, never for the daemon. Measured on `check` of 100,000 allows: 164,000 page
    /// faults with glibc's defaults (the heap's top given back and faulted in again, large arrays
    /// mapped and unmapped) and 93,000 with these; system time 0.5 s -> 0.25 s, wall 2.1 -> 1.6 s.
    @discardableResult
    public static func keepFreedMemory() -> Bool {
        sluice_malloc_keep_freed(256 << 20, 512 << 20, 32 << 20) == 1
    }
}
