// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "herstelsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "herstelsite", targets: ["herstelsite"]),
        .library(name: "HerstelSite", targets: ["HerstelSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.60.0"),
        // SHA-256 for public/SHA256SUMS and `herstelsite verify` (BoringSSL's assembly on Linux).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // cmark-gfm, the C library, from Debian's libcmark-gfm-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Two system calls Swift's Glibc module does not expose: an atomic swap of two folders
        // (renameat2) and a sync of one file system (syncfs).
        .target(name: "CExchange"),
        // The lexicons of data/ (surnames, places, streets, institutions), compiled in as bytes.
        .target(name: "CLexicons"),
        // The version and commit `--version` prints, given by scripts/package.sh at compile time.
        .target(name: "CBuildInfo"),
        .target(
            name: "HerstelSite",
            dependencies: [
                "CCmarkGFM",
                "CExchange",
                "CLexicons",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The built-in theme as files a designer can read and diff; compiled in from
            // Theme/EmbeddedTheme.swift (scripts/embed-theme.py), so the binary needs nothing beside it.
            exclude: ["Theme/files"]
        ),
        .executableTarget(
            name: "herstelsite",
            dependencies: [
                "HerstelSite",
                "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "HerstelSiteTests",
            // The executable is a dependency so end-to-end tests can run the real binary.
            dependencies: ["HerstelSite", "herstelsite"],
            exclude: ["Fixtures"]
        ),
    ]
)
