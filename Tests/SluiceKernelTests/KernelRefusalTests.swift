import Glibc
import SluiceKernel
import Testing

/// How a refused message reads: the kernel's errno in words a reader can act on.
struct KernelRefusalTests {
    @Test func aFullSetIsSaidSo() {
        let full = KernelRefusal(errno: ENFILE, operation: "add elements to set")
        #expect(full.description == "add elements to set: the set is full", "\(full)")
        // Elsewhere ENFILE is what it says.
        #expect(KernelRefusal(errno: ENFILE, operation: "add rule").description.contains("Too many open files"))
    }
}
