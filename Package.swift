// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "tipl10n",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tipl10n", targets: ["tipl10n"]),
        .library(name: "TipL10nKit", targets: ["TipL10nKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // libxml2 through pkg-config; Debian/Ubuntu provide it as libxml2-dev.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The only code that touches libxml2 pointers.
        .target(
            name: "TipL10nXML",
            dependencies: ["CLibXML2"]
        ),
        // The domain: cables, segmentation, translation units, XLIFF.
        .target(
            name: "TipL10nKit",
            dependencies: [
                "TipL10nXML",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Commands, printing and exit codes; the executable only calls into it.
        .target(
            name: "TipL10nCLI",
            dependencies: [
                "TipL10nKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "tipl10n",
            dependencies: ["TipL10nCLI"]
        ),
        .executableTarget(
            name: "tipl10n-bench",
            dependencies: ["TipL10nKit"]
        ),
        // A test helper (not shipped): holds a store's write transaction open until killed.
        .executableTarget(
            name: "tipl10n-store-probe",
            dependencies: ["TipL10nKit"],
            path: "Tests/StoreProbe"
        ),
        .testTarget(
            name: "TipL10nXMLTests",
            dependencies: ["TipL10nXML"]
        ),
        .testTarget(
            name: "TipL10nKitTests",
            dependencies: ["TipL10nKit", "TipL10nXML", "TipL10nTestSupport"]
        ),
        // Paths, fixtures, temporary projects and command runners shared by the test targets.
        .target(
            name: "TipL10nTestSupport",
            dependencies: ["TipL10nCLI", "TipL10nKit"],
            path: "Tests/TipL10nTestSupport"
        ),
        .testTarget(
            name: "tipl10nTests",
            dependencies: [
                "TipL10nCLI", "TipL10nKit", "TipL10nXML", "TipL10nTestSupport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
