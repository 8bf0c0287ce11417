import Foundation
import TipL10nKit

// Benchmark: read, segment and export the built-in Kosovo cable, and verify the reference
// translations in a store. Not a test: it prints timings. Run from the repository root with
// `swift run -c release tipl10n-bench [iterations]`.
//
// `tipl10n-bench compare` compares tipl10n verify and import with xmllint and pofilter on
// files of 1, 100 and 2,000 times the reference translation (Compare.swift, Docs/Performance.md);
// `tipl10n-bench checks FILE LOCALE` what each check costs a unit of FILE, on one core.

if let mode = CommandLine.arguments.dropFirst().first, ["compare", "read", "import-only", "checks"].contains(mode) {
    do {
        let arguments = Array(CommandLine.arguments.dropFirst(2))
        switch mode {
        case "read": try Compare.readOnly(arguments)
        case "import-only": try Compare.importOnly(arguments)
        case "checks": try Compare.checks(arguments)
        default: try Compare.run(arguments)
        }
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("tipl10n-bench: \(error)\n".utf8))
        exit(1)
    }
}

let iterations = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 50
let data = Data(DefaultCable.text.utf8)
let clock = ContinuousClock()

func measure(_ name: String, _ body: () throws -> Void) rethrows {
    var samples: [Duration] = []
    for _ in 0..<iterations {
        let start = clock.now
        try body()
        samples.append(clock.now - start)
    }
    samples.sort()
    func milliseconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%8.3f ms", value)
    }
    let label = name.padding(toLength: 30, withPad: " ", startingAt: 0)
    print(
        "\(label) median \(milliseconds(samples[samples.count / 2]))  min \(milliseconds(samples[0]))  "
            + "max \(milliseconds(samples[samples.count - 1]))")
}

do {
    let segmenter = try Segmenter.defaultEnglish()
    let cable = try CableParser.parse(data, path: DefaultCable.fileName)
    let document = try SourceDocument.extract(from: cable, path: DefaultCable.fileName)
    print("tipl10n-bench: \(DefaultCable.fileName), \(data.count) bytes, \(iterations) iterations")
    try measure("read cable") { _ = try CableParser.parse(data, path: DefaultCable.fileName) }
    try measure("extract source document") { _ = try SourceDocument.extract(from: cable, path: DefaultCable.fileName) }
    measure("segment (all parts)") {
        _ = document.translationUnits(
            segmenter: segmenter, parts: [.narrative, .nonPaper, .press], repairs: cable.repairs)
    }
    try measure("compile default SRX rules") { _ = try Segmenter(rules: SRXDocument.defaultEnglish()) }
    try measure("export XLIFF 1.2 (end to end)") {
        _ = try Exporter.run(
            Exporter.Request(
                cableData: data, cablePath: DefaultCable.fileName, targetLocale: TargetLocale.builtInProfileLocales[0],
                segmenter: segmenter))
    }

    // Verification of the whole store: the two reference translations imported into an
    // in-memory store (94 translations), then every check over every stored translation.
    let store = try TranslationStore.inMemory()
    let builtIn = try DefaultCable.translationUnitsByCableID()
    for tag in ["sq", "sr-Latn"] {
        let url = URL(fileURLWithPath: "xliff/09STATE61188.\(tag).done.xlf")
        let reference = try Data(contentsOf: url)
        _ = try Importer.importFile(
            data: reference, document: try XLIFFReader.read(reference, path: url.path), path: url.path, store: store,
            expectedLocale: nil, force: false, builtInUnits: builtIn)
    }
    let verifier = Verifier()
    var summary = ""
    try measure("verify whole store (94 units)") {
        let input = try VerificationInput(store: store) { try LocaleProfile.load(tag: $0) }
        summary = verifier.verify(input).summary.description
    }
    print("verify: \(summary)")
} catch {
    FileHandle.standardError.write(Data("tipl10n-bench: \(error)\n".utf8))
    exit(1)
}
