import CFuzzDriver
import Foundation
import TipL10nKit

/// The extractors and profiles, built once: English (the source) and every built-in target locale.
let profiles = ["sq", "sr-Latn", "sr-Cyrl"].compactMap { try? LocaleProfile.builtIn(tag: $0) }
let extractors = [NumberExtractor.englishSource] + profiles.map(NumberExtractor.init(profile:))

/// One input for libFuzzer: any bytes (as UTF-8, repaired) as text to scan for figures in every
/// locale, and, split at the first line break, as a source and target pair to compare.
func fuzzFigures(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: start == nil ? 0 : count), as: UTF8.self)
    for extractor in extractors { _ = extractor.facts(in: text) }
    let halves = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    if halves.count == 2 {
        for profile in profiles {
            _ = FigureComparison.findings(source: halves[0], target: halves[1], profile: profile)
        }
    }
    return 0
}

@main
enum FuzzFigures {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzFigures($0, $1) }))
    }
}
