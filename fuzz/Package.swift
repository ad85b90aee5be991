// swift-tools-version:6.0
// A separate package, so the fuzz target (which links only with -sanitize=fuzzer) never
// disturbs `swift build` and `swift test` of herstelsite itself. See run.sh and README.md.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, whatever the clone is called.
let herstelsite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "herstelsite-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "HerstelFuzz",
            dependencies: ["CFuzzDriver", .product(name: "HerstelSite", package: herstelsite.lastPathComponent.lowercased())]
        ),
    ]
)
