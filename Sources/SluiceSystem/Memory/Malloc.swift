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
}
