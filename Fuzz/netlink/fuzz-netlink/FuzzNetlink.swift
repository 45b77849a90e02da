import Foundation
import SluiceKernel
#if FUZZING
import CLibFuzzer
#endif

// libFuzzer target for the decoders of kernel replies (`KernelReplyDecoding`); docs/fuzzing.md
// ("Netlink decoder") says how to build and run it. Built with -DFUZZING (and
// -sanitize=fuzzer,address) it hands its arguments to libFuzzer's driver. Built without (as every
// `swift build` does), it runs the same decoders over the files it is given, for reproducing a
// crash without the sanitizers.

/// One input, decoded every way a kernel reply is.
func fuzzNetlink(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    KernelReplyDecoding.decodeAll(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@main
struct FuzzNetlink {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzNetlink($0, $1) })
        #else
        replay(CommandLine.arguments.dropFirst())
        #endif
    }

    /// `fuzz-netlink FILE...`: decodes each file as one datagram and says how many messages it held.
    static func replay(_ paths: ArraySlice<String>) {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: fuzz-netlink FILE... (a libFuzzer target when built with -DFUZZING)\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("fuzz-netlink: cannot read \(path)\n".utf8))
                exit(1)
            }
            print("\(path): \(data.withUnsafeBytes { KernelReplyDecoding.decodeAll(Array($0.bindMemory(to: UInt8.self))) }) messages")
        }
    }
}
