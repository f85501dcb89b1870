// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
        .library(name: "GazetteCore", targets: ["GazetteCore"]),
        .library(name: "GazetteRender", targets: ["GazetteRender"]),
        .library(name: "GazetteServe", targets: ["GazetteServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // libcmark (CommonMark) from the system: Debian's libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Linux's renameat2(RENAME_EXCHANGE), for swapping a finished build into place.
        .target(name: "CAtomicSwap"),
        .target(
            name: "GazetteCore",
            dependencies: ["CCmark", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "GazetteRender",
            dependencies: [
                "GazetteCore", "CAtomicSwap",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTheme"]
        ),
        .executableTarget(name: "theme-embedder", path: "Sources/theme-embedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["theme-embedder"]),
        // The preview server: Hummingbird (SwiftNIO) for HTTP and server-sent events.
        .target(
            name: "GazetteServe",
            dependencies: [
                "GazetteCore", "GazetteRender",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "GazetteCore", "GazetteRender", "GazetteServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Builders of sites on disk, shared by the test targets.
        .target(name: "GazetteTestSupport", path: "Tests/GazetteTestSupport"),
        // Writes synthetic sites for benchmarks and profiling.
        .executableTarget(name: "gazette-sitegen", dependencies: ["GazetteTestSupport"], path: "Benchmarks/sitegen"),
        .testTarget(
            name: "GazetteCoreTests",
            dependencies: ["GazetteCore", "GazetteTestSupport"],
            path: "Tests/GazetteCoreTests"
        ),
        .testTarget(
            name: "GazetteRenderTests",
            dependencies: ["GazetteCore", "GazetteRender", "GazetteTestSupport"],
            path: "Tests/GazetteRenderTests"
        ),
        .testTarget(
            name: "GazetteEndToEndTests",
            dependencies: ["GazetteCore", "GazetteRender", "GazetteTestSupport"],
            path: "Tests/GazetteEndToEndTests"
        ),
    ]
)
