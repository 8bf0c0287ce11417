import Foundation
import Testing

@testable import TipL10nKit

extension Numbers {
    /// The reference translations (`Tests/Fixtures/translations/units.<tag>.tsv`; sr-Cyrl is the
    /// Serbian Latin reference transliterated): no figure findings at all, and every figure,
    /// rewritten, is caught as an error that names it.
    @Suite struct ReferenceTests {
        static let locales = ["sq", "sr-Latn", "sr-Cyrl"]

        @Test(arguments: locales) func referenceTranslationsHaveNoFigureFindings(_ tag: String) throws {
            let profile = try LocaleProfile.builtIn(tag: tag)
            var report: [String] = []
            var checkedFigures = 0
            for pair in try ReferencePairs.pairs(tag) {
                checkedFigures += NumberExtractor.englishSource.facts(in: pair.source).count
                for finding in FigureComparison.findings(source: pair.source, target: pair.target, profile: profile) {
                    report.append("\(pair.id): \(finding.severity.rawValue): \(finding.message)")
                }
            }
            #expect(report == [])
            #expect(checkedFigures == 33)
        }

        // MARK: - Mutations

        /// One rewrite of one figure of a reference target.
        struct Mutation {
            let kind: String
            let unitID: String
            let original: String
            let replacement: String
            let target: String
        }

        /// Number words the mutations swap, per locale (each for a word of another value).
        static func wordSwaps(_ tag: String) -> [String: String] {
            let latin = ["dve": "tri", "dva": "tri", "troje": "četvoro", "pet": "šest", "jedna": "dve"]
            switch tag {
            case "sq": return ["dy": "tre", "tre": "katër", "pesë": "gjashtë", "një": "dy"]
            case "sr-Cyrl":
                return Dictionary(
                    uniqueKeysWithValues: latin.map {
                        (ReferencePairs.cyrillic($0.key), ReferencePairs.cyrillic($0.value))
                    })
            default: return latin
            }
        }

        /// The mutations of one figure: digit changed (each digit), figure dropped, figure
        /// duplicated, group and decimal separators confused, number word changed, month
        /// changed, year changed, currency dropped, tier word dropped.
        static func mutations(
            of fact: NumberFact, in target: String, unitID: String, profile: LocaleProfile
        ) -> [Mutation] {
            let characters = Array(target)
            func replaced(_ replacement: String, dropSpaceBefore: Bool = false) -> String {
                var start = fact.range.lowerBound
                if dropSpaceBefore && start > 0 && characters[start - 1] == " " { start -= 1 }
                return String(characters[0..<start]) + replacement + String(characters[fact.range.upperBound...])
            }
            var result: [Mutation] = []
            func add(_ kind: String, _ replacement: String, dropSpaceBefore: Bool = false) {
                let mutated = replaced(replacement, dropSpaceBefore: dropSpaceBefore)
                guard mutated != target else { return }
                result.append(
                    Mutation(kind: kind, unitID: unitID, original: fact.text, replacement: replacement, target: mutated)
                )
            }
            let text = Array(fact.text)
            for (index, character) in text.enumerated() {
                guard let digit = character.wholeNumberValue, character.isASCII else { continue }
                var changed = text
                changed[index] = Character(String((digit + 1) % 10))
                add("digit changed", String(changed))
            }
            add("figure dropped", "", dropSpaceBefore: true)
            if !fact.isWeak { add("figure duplicated", "\(fact.text), \(fact.text)") }

            let separators = CharacterSet(charactersIn: ". \u{00A0}\u{202F}")
            let numberText = fact.numberText
            if [.cardinal, .decimal, .currencyAmount, .percentage].contains(fact.kind), !fact.isSpelledOut,
                numberText.allSatisfy({ $0.isASCIIDigit || $0.unicodeScalars.allSatisfy(separators.contains) })
            {
                let digits = numberText.filter(\.isASCIIDigit)
                if digits.count >= 2 {
                    let decimal = String(digits.dropLast()) + "," + String(digits.suffix(1))
                    add("separators confused", fact.text.replacingOccurrences(of: numberText, with: decimal))
                }
                if numberText.count > digits.count, let separator = numberText.first(where: { !$0.isASCIIDigit }) {
                    let grouped = String(numberText.dropLast()).replacingOccurrences(of: String(separator), with: ",")
                    add("separators confused", fact.text.replacingOccurrences(of: numberText, with: grouped))
                }
            }
            let swaps = wordSwaps(profile.tag)
            for word in fact.text.split(whereSeparator: { !$0.isLetter }).map(String.init) {
                if let swap = swaps[word.lowercased()] {
                    add("number word changed", replacingWord(word, with: swap, in: fact.text))
                    break
                }
            }
            if fact.kind == .date || fact.kind == .range {
                let months = profile.numbers.months
                for word in fact.text.split(whereSeparator: { !$0.isLetter }).map(String.init) {
                    guard let month = months.firstIndex(where: { $0.contains(word.lowercased()) }),
                        let form = months[month].firstIndex(of: word.lowercased())
                    else { continue }
                    let next = months[(month + 1) % 12]
                    add("month changed", replacingWord(word, with: next[min(form, next.count - 1)], in: fact.text))
                }
            }
            if let year = fact.text.firstMatch(of: /[12]\d\d\d/), let value = Int(year.output) {
                add("year changed", fact.text.replacingCharacters(in: year.range, with: String(value + 1)))
            }
            if fact.kind == .currencyAmount { add("currency dropped", numberText) }
            if fact.kind == .tier { add("tier word dropped", numberText) }
            return result
        }

        static func replacingWord(_ word: String, with replacement: String, in text: String) -> String {
            guard let range = text.range(of: word) else { return text }
            return text.replacingCharacters(in: range, with: replacement)
        }

        /// Figures of a target: every fact except weak ones that match no source figure (articles).
        static func figures(source: String, target: String, profile: LocaleProfile) -> [NumberFact] {
            NumberExtractor(profile: profile).facts(in: target).filter { fact in
                guard fact.isWeak else { return true }
                let characters = Array(target)
                let dropped =
                    String(characters[0..<fact.range.lowerBound]) + String(characters[fact.range.upperBound...])
                return FigureComparison.findings(source: source, target: dropped, profile: profile).contains {
                    $0.severity == .error
                }
            }
        }

        @Test(arguments: locales) func everyMutationOfAReferenceFigureIsAnErrorNamingIt(_ tag: String) throws {
            let profile = try LocaleProfile.builtIn(tag: tag)
            var generated: [String: Int] = [:]
            var missed: [String] = []
            var unswappedWords: [String] = []
            for pair in try ReferencePairs.pairs(tag) {
                let sourceFacts = NumberExtractor.englishSource.facts(in: pair.source)
                for fact in Self.figures(source: pair.source, target: pair.target, profile: profile) {
                    if fact.isSpelledOut || fact.bounds.contains(where: \.isSpelledOut),
                        !fact.text.split(whereSeparator: { !$0.isLetter }).contains(where: {
                            Self.wordSwaps(tag)[$0.lowercased()] != nil
                        })
                    {
                        unswappedWords.append("\(pair.id): \(fact.text)")
                    }
                    let counterparts = sourceFacts.filter { source in
                        source.readings.contains { reading in fact.readings.contains { $0.value == reading.value } }
                    }
                    for mutation in Self.mutations(of: fact, in: pair.target, unitID: pair.id, profile: profile) {
                        generated[mutation.kind, default: 0] += 1
                        let findings = FigureComparison.findings(
                            source: pair.source, target: mutation.target, profile: profile)
                        let namesTheFigure = findings.contains { finding in
                            guard finding.severity == .error else { return false }
                            if let source = finding.sourceFigure,
                                counterparts.contains(where: { $0.text.contains(source) })
                            {
                                return true
                            }
                            if let target = finding.targetFigure, !target.isEmpty,
                                mutation.replacement.contains(target) || mutation.original.contains(target)
                            {
                                return true
                            }
                            return false
                        }
                        if !namesTheFigure {
                            missed.append(
                                "\(pair.id) [\(mutation.kind)] `\(mutation.original)` → `\(mutation.replacement)`: "
                                    + findings.map(\.message).joined(separator: " | "))
                        }
                    }
                }
            }
            let total = generated.values.reduce(0, +)
            print(
                "figure mutations \(tag): \(total) generated, \(total - missed.count) caught; by kind: \(generated.sorted { $0.key < $1.key })"
            )
            #expect(missed == [])
            #expect(unswappedWords == [])
            #expect(
                generated == [
                    "digit changed": 93, "figure dropped": 33, "figure duplicated": 32, "separators confused": 9,
                    "number word changed": 8, "month changed": 3, "year changed": 16, "currency dropped": 2,
                    "tier word dropped": 2,
                ])
            #expect(total == 198)
        }
    }
}
