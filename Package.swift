// swift-tools-version:6.0
import PackageDescription

// cmark-gfm, Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev. A normal build links the
// shared libraries. scripts/package.sh sets HERSTELSITE_STATIC_CMARK_GFM=1 for a release, which
// links Debian's static archives instead (`-l:libcmark-gfm.a`, the linker's "this exact file in
// the library path"), so the binary a reviewer gets needs no cmark-gfm on their machine. That is
// why the link is here and not in the module map or a pkg-config entry: both would add
// `-lcmark-gfm`, and the linker would take the shared library first.
let staticCmarkGFM = Context.environment["HERSTELSITE_STATIC_CMARK_GFM"] == "1"
let cmarkGFM: [LinkerSetting] =
    staticCmarkGFM
    ? [.linkedLibrary(":libcmark-gfm-extensions.a"), .linkedLibrary(":libcmark-gfm.a")]
    : [.linkedLibrary("cmark-gfm-extensions"), .linkedLibrary("cmark-gfm")]

let package = Package(
    name: "herstelsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "herstelsite", targets: ["herstelsite"]),
        .library(name: "HerstelSite", targets: ["HerstelSite"]),
        .library(name: "HerstelPreview", targets: ["HerstelPreview"]),
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
        // cmark-gfm's headers (in /usr/include); linked by HerstelSite, see cmarkGFM above.
        .systemLibrary(name: "CCmarkGFM"),
        // Two system calls Swift's Glibc module does not expose: an atomic swap of two folders
        // (renameat2) and a sync of one file system (syncfs).
        .target(name: "CExchange"),
        // The lexicons of data/ (surnames, places, streets, institutions), compiled in as bytes.
        .target(name: "CLexicons"),
        // The version and commit `--version` prints: scripts/package.sh writes them into a header
        // (herstelsite_build_info.h) that build_info.c includes when it is on the include path.
        .target(name: "CBuildInfo"),
        .target(
            name: "HerstelSite",
            dependencies: [
                "CCmarkGFM",
                "CExchange",
                "CLexicons",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The built-in theme as files a designer can read and diff; compiled in from
            // Theme/EmbeddedTheme.swift (scripts/embed-theme.py), so the binary needs nothing beside it.
            exclude: ["Theme/files"],
            linkerSettings: cmarkGFM
        ),
        // The preview (`herstelsite serve`): the HTTP server, the content watcher and the pages
        // the preview makes itself. Its own target, so the build stages cannot reach the server
        // and whatever links the build alone (the fuzz target) does not link Hummingbird.
        .target(
            name: "HerstelPreview",
            dependencies: [
                "HerstelSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "herstelsite",
            dependencies: [
                "HerstelSite",
                "HerstelPreview",
                "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "HerstelSiteTests",
            // The executable is a dependency so end-to-end tests can run the real binary.
            dependencies: [
                "HerstelSite", "HerstelPreview", "herstelsite",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
