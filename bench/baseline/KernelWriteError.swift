/// Why the kernel part of bench-baseline could not run.
enum KernelWriteError: Error {
    case policy(String)
    case ip(String)
}
