// swift-tools-version: 6.0
import PackageDescription

// One job per target, dependencies pointing one way:
// SluiceLanguage → SluiceCompiler → SluiceKernel / SluiceStore → SluiceWatch → SluiceOperations → sluice.
// SluiceSystem (with its C shim CSystemShims) is the only door to the C library's system calls,
// errno and GNU-only symbols; every target that makes system calls depends on it, and it on nothing
// of Sluice's. Test tooling (the lab, the drill) lives under Tools/: the product never links it;
// the drill is its own executable, and the tests and benchmarks depend on the lab.
let package = Package(
    name: "Sluice",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sluice", targets: ["sluice"]),
        // Test tooling: the exfiltration drill, which `sluice drill` runs from beside itself.
        .executable(name: "sluice-drill", targets: ["sluice-drill"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The metrics endpoint's HTTP server (SluiceWatch/Metrics).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // glibc's GNU-only functions and constants, malloc.h, sockaddr_nl: what Swift's Glibc hides.
        .target(name: "CSystemShims"),

        // System calls, errno, processes, namespaces, socket addresses, atomic files, durations.
        .target(name: "SluiceSystem", dependencies: ["CSystemShims"]),

        // Policy text → validated Policy + diagnostics. No dependencies.
        .target(name: "SluiceLanguage"),

        // Policy → Ruleset value model, renderers, flow evaluator, semantic diff.
        .target(name: "SluiceCompiler", dependencies: ["SluiceLanguage"]),

        // libnftnl + libmnl as a system library, plus C shims for macros Swift cannot import.
        .systemLibrary(
            name: "CNetfilter",
            pkgConfig: "libnftnl",
            providers: [.apt(["libnftnl-dev", "libmnl-dev"])]
        ),
        .target(name: "CNetfilterShims", dependencies: ["CNetfilter"]),

        // The only code that talks to netfilter.
        .target(name: "SluiceKernel", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceSystem", "CNetfilter", "CNetfilterShims",
        ]),

        // The state directory: applied versions, usage, incidents (SQLite).
        .target(name: "SluiceStore", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceSystem",
            .product(name: "GRDB", package: "GRDB.swift"),
            // The C API, for the watcher's bulk usage writes (SluiceStore+BulkUsage.swift).
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),

        // Apply, diff, rollback, confirmation and manual containment: what the CLI and the drill share.
        .target(name: "SluiceOperations", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceKernel", "SluiceStore", "SluiceWatch", "SluiceSystem",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),

        // The watcher: windows, usage, containment, alerts, metrics.
        .target(name: "SluiceWatch", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceKernel", "SluiceStore", "SluiceSystem",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),

        // The system's OpenSSL (Debian's libssl3): TLS for the etcd client without compiling a TLS
        // library, opened with dlopen when a TLS connection is first configured (libssl-dev for
        // its headers at build time).
        .target(name: "COpenSSL"),

        // A fleet of gateways on etcd (docs/fleet.md): the etcd v3 JSON gateway client, the key
        // layout, and the link that shares containments and usage between gateways' watchers.
        .target(name: "SluiceFleet", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceWatch", "SluiceSystem", "COpenSSL",
            .product(name: "Logging", package: "swift-log"),
        ]),

        .executableTarget(name: "sluice", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceKernel", "SluiceStore", "SluiceOperations", "SluiceWatch", "SluiceSystem",
            "SluiceFleet",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),

        // Test tooling, never linked into sluice.
        // Throwaway network namespaces and a traffic probe, for the drill, tests and benchmarks.
        .target(name: "SluiceLab", dependencies: ["SluiceSystem"], path: "Tools/SluiceLab"),

        // The exfiltration drill: a lab, the real sluice binary, four patterns, a report.
        .target(name: "SluiceDrill", dependencies: ["SluiceLab"], path: "Tools/SluiceDrill"),
        .executableTarget(name: "sluice-drill", dependencies: [
            "SluiceDrill", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Tools/sluice-drill"),

        // Benchmarks: programs that print ratios against a reference measured in the same run.
        .target(name: "BenchSupport", dependencies: ["SluiceSystem"], path: "bench/Support"),
        .executableTarget(name: "bench-compile", dependencies: ["BenchSupport", "SluiceLanguage"], path: "bench/compile"),
        .executableTarget(name: "bench-apply", dependencies: [
            "BenchSupport", "SluiceLanguage", "SluiceCompiler", "SluiceKernel", "SluiceStore", "SluiceOperations",
        ], path: "bench/apply"),
        .executableTarget(name: "bench-containment", dependencies: ["BenchSupport", "SluiceLab", "SluiceSystem"],
                          path: "bench/containment"),
        .executableTarget(name: "bench-watch", dependencies: ["BenchSupport", "SluiceLab", "SluiceSystem"], path: "bench/watch"),
        .executableTarget(name: "bench-flows", dependencies: ["BenchSupport", "SluiceLab", "SluiceSystem"], path: "bench/flows"),
        .executableTarget(name: "bench-report", dependencies: [
            "BenchSupport", "SluiceLanguage", "SluiceCompiler", "SluiceStore",
        ], path: "bench/report"),
        .executableTarget(name: "bench-fleet", dependencies: [
            "BenchSupport", "SluiceLab", "SluiceFleet", "SluiceWatch", "SluiceCompiler",
        ], path: "bench/fleet"),
        .executableTarget(name: "bench-baseline", dependencies: ["BenchSupport", "SluiceWatch", "SluiceCompiler", "SluiceLanguage", "SluiceKernel"],
                          path: "bench/baseline"),
        .executableTarget(name: "bench-names", dependencies: ["BenchSupport", "SluiceWatch", "SluiceCompiler", "SluiceLanguage", "SluiceKernel",
                                                            "SluiceSystem"],
                          path: "bench/names"),

        // libFuzzer targets, one folder each under Fuzz/ (docs/fuzzing.md): built for fuzzing only
        // on request (-DFUZZING), otherwise tools that replay inputs through the same code.
        // CLibFuzzer declares libFuzzer's driver for all of them.
        .target(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .executableTarget(name: "fuzz-netlink", dependencies: ["SluiceKernel", "CLibFuzzer"],
                          path: "Fuzz/netlink/fuzz-netlink"),
        .executableTarget(name: "fuzz-parser", dependencies: ["SluiceLanguage", "CLibFuzzer"],
                          path: "Fuzz/parser/fuzz-parser"),

        .testTarget(name: "SluiceLanguageTests", dependencies: ["SluiceLanguage"]),
        .testTarget(name: "SluiceCompilerTests", dependencies: ["SluiceLanguage", "SluiceCompiler"],
                    exclude: ["Golden"]),  // read by path, so that recording can write them back
        .testTarget(name: "SluiceKernelTests", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceKernel", "SluiceSystem", "CNetfilter", "CNetfilterShims",
        ]),
        .testTarget(name: "SluiceStoreTests", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceStore", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "SluiceWatchTests", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceStore", "SluiceWatch", "SluiceSystem",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "SluiceFleetTests", dependencies: [
            "SluiceCompiler", "SluiceWatch", "SluiceFleet", "SluiceSystem", "SluiceLab",
        ]),
        .testTarget(name: "SluiceOperationsTests", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceStore", "SluiceOperations",
        ]),
        .testTarget(name: "SluiceEndToEndTests", dependencies: [
            "SluiceLanguage", "SluiceCompiler", "SluiceStore", "SluiceLab", "SluiceSystem", "SluiceKernel", "SluiceWatch",
            "SluiceOperations",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
