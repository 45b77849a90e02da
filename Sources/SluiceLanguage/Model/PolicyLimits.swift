/// Bounds on what a policy's input may make the front end do. Policies are written by people
/// with root on a gateway, but the files they point at (includes, globs, exec paths) are input
/// like any other: every bound here turns a crash or a runaway into a located error.
public enum PolicyLimits {
    /// How deeply `include` statements may nest (the root file is depth 0).
    public static let includeDepth = 64

    /// How many directory entries (or stored paths) one include glob may examine: enough for any
    /// real `conf.d`, and a bound on patterns such as `/proc/*/root/proc/*/root/x` whose
    /// candidates multiply with every component.
    public static let globEntries = 100_000

    /// The largest policy file read, in bytes. The largest real policies are a few megabytes;
    /// the bound keeps `include "/dev/zero"` (refused anyway: not a regular file) and a file
    /// that grows while it is read from exhausting memory.
    public static let fileBytes = 64 << 20

    /// The longest `alert exec` path, in bytes: Linux's PATH_MAX (4096) counts the terminating
    /// NUL, so execve refuses a path of 4096 bytes.
    public static let execPathBytes = 4095

    /// The largest size, in bytes: 2^63 - 1. The kernel's quotas refuse more (`nft_quota` takes
    /// at most S64_MAX, EOVERFLOW beyond), so a larger size could never be applied.
    public static let largestSize = UInt64(Int64.max)

    /// The longest name in an `alert exec` path, in bytes (NAME_MAX).
    public static let fileNameBytes = 255
}
