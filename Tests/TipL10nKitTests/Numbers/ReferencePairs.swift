import Foundation
import TipL10nTestSupport

@testable import TipL10nKit

/// The reference translations as (unit ID, English source, target) triples, from
/// `Tests/Fixtures/translations/units.<tag>.tsv`; `sr-Cyrl` is the Serbian Latin reference
/// transliterated (no Cyrillic reference exists yet).
enum ReferencePairs {
    struct Pair {
        let id: String
        let source: String
        let target: String
    }

    static func tsv(_ name: String) throws -> [(id: String, text: String)] {
        let url = TestPaths.fixtures.appendingPathComponent("translations/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return (fields.first ?? "", fields.count > 1 ? fields[1] : "")
        }
    }

    static func pairs(_ tag: String) throws -> [Pair] {
        let english = try tsv("units.en.tsv")
        let file = tag == "sr-Cyrl" ? "units.sr-Latn.tsv" : "units.\(tag).tsv"
        let targets = Dictionary(uniqueKeysWithValues: try tsv(file).map { ($0.id, $0.text) })
        return english.map { unit in
            let target = targets[unit.id] ?? ""
            return Pair(id: unit.id, source: unit.text, target: tag == "sr-Cyrl" ? cyrillic(target) : target)
        }
    }

    /// Serbian Latin → Cyrillic, letter by letter (lj, nj, dž as one letter), upper case kept;
    /// enough for the reference sentences.
    static func cyrillic(_ latin: String) -> String {
        let pairs = Locales.ProfileContentTests.serbianLatinToCyrillic
        var result = ""
        var rest = Substring(latin)
        outer: while let first = rest.first {
            for (from, to) in pairs {
                if rest.hasPrefix(from) {
                    result += to
                    rest = rest.dropFirst(from.count)
                    continue outer
                }
                let upper = from.prefix(1).uppercased() + from.dropFirst()
                if rest.hasPrefix(upper) {
                    result += to.uppercased()
                    rest = rest.dropFirst(from.count)
                    continue outer
                }
                if from.count == 2 && rest.hasPrefix(from.uppercased()) {
                    result += to.uppercased()
                    rest = rest.dropFirst(from.count)
                    continue outer
                }
            }
            result.append(first)
            rest = rest.dropFirst()
        }
        return result
    }

    /// True when `text` contains `term` as whole words, ignoring case.
    static func containsTerm(_ text: String, _ term: String) -> Bool {
        let lowered = text.lowercased()
        let needle = term.lowercased()
        var searchStart = lowered.startIndex
        while let found = lowered.range(of: needle, range: searchStart..<lowered.endIndex) {
            let before = found.lowerBound == lowered.startIndex ? nil : lowered[lowered.index(before: found.lowerBound)]
            let after = found.upperBound == lowered.endIndex ? nil : lowered[found.upperBound]
            let startsWord = before.map { !($0.isLetter || $0.isNumber) } ?? true
            let endsWord = after.map { !($0.isLetter || $0.isNumber) } ?? true
            if startsWord && endsWord { return true }
            searchStart = found.upperBound
        }
        return false
    }
}
