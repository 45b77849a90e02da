import Foundation
import SluiceLanguage
#if FUZZING
import CLibFuzzer
#endif

// libFuzzer target for the policy front end (`ParserFuzzCheck`); docs/fuzzing.md ("Policy front
// end") says how to build and run it. Built with -DFUZZING (and -sanitize=fuzzer,address) it
// hands its arguments to libFuzzer's driver. Built without (as every `swift build` does), it runs
// the same check over the files it is given, for reproducing a crash without the sanitizers.

/// One input through the front end.
func fuzzParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ParserFuzzCheck.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@main
struct FuzzParser {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzParser($0, $1) })
        #else
        replay(CommandLine.arguments.dropFirst())
        #endif
    }

    /// `fuzz-parser FILE...`: runs the check on each file, and says it held.
    static func replay(_ paths: ArraySlice<String>) {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: fuzz-parser FILE... (a libFuzzer target when built with -DFUZZING)\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("fuzz-parser: cannot read \(path)\n".utf8))
                exit(1)
            }
            data.withUnsafeBytes { raw in
                ParserFuzzCheck.run(UnsafeBufferPointer(start: raw.bindMemory(to: UInt8.self).baseAddress, count: raw.count))
            }
            print("\(path): ok")
        }
    }
}
