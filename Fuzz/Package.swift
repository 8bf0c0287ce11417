// swift-tools-version:6.1
import Foundation
import PackageDescription

// libFuzzer targets for tipl10n's readers: a package of its own, so the fuzzer flags never
// reach the main build. Built and run by Scripts/fuzz.sh (Docs/Fuzzing.md):
//
//     swift build --package-path Fuzz --scratch-path .build-fuzz -c release \
//         -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
//
// (lld: gold stops with an internal error on the sanitized objects.)
//
// Each target's `main` (SwiftPM gives every executable its own) hands libFuzzer's driver
// (`LLVMFuzzerRunDriver`, CFuzzDriver) the function that tries one input.
//
// The main package is a path dependency; SwiftPM names it after its folder, which differs
// between clones, so the name is read from this file's location.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name, dependencies: ["CFuzzDriver", .product(name: "TipL10nKit", package: mainPackage)])
}

let package = Package(
    name: "tipl10n-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [.target(name: "CFuzzDriver")]
        + ["fuzz-xliff", "fuzz-tmx", "fuzz-cable", "fuzz-srx", "fuzz-figures"].map(fuzzTarget),
    swiftLanguageModes: [.v6]
)
