import Foundation

/// `glossary`: where the source uses a glossary term, the target uses one of its target forms.
///
/// Terms and forms are matched on whole words, case-insensitively, in Unicode NFC: a term
/// matches where its words appear in a row (punctuation and white space between words do not
/// matter: `Serb-majority` matches `Serb majority`). A `*` in a word stands for any letters
/// or digits, so `NGO*` matches `NGO` and `NGOs`, and `trafikim*` matches `trafikimit`; a
/// form without `*` must match a whole word (`OJQ` matches in `OJQ-të`, whose hyphen ends the
/// word). Severity: warning.
public struct GlossaryCheck: TranslationCheck {
    public let id = "glossary"
    public let needsProfile = true

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard let target = pair.target, let profile = pair.profile, !profile.glossary.isEmpty else { return [] }
        let glossary = Self.compiled.value(for: profile.glossary, make: CompiledGlossary.init)
        let sourceTokens = VerificationText.tokens(in: pair.source.plainText)
        let sourceSet = Set(sourceTokens)
        var targetTokens: [String]?
        var findings: [CheckFinding] = []
        for index in glossary.candidates(among: sourceSet) {
            let entry = profile.glossary[index]
            guard Self.contains(glossary.sourceWords[index], in: sourceTokens, tokenSet: sourceSet) else { continue }
            let tokens = targetTokens ?? VerificationText.tokens(in: target.plainText)
            targetTokens = tokens
            if glossary.targetWords[index].contains(where: { Self.contains($0, in: tokens) }) { continue }
            let forms = entry.targets.map { VerificationText.quoted($0) }
            let expected =
                forms.count == 1 ? forms[0] : forms.dropLast().joined(separator: ", ") + " or " + forms[forms.count - 1]
            findings.append(
                CheckFinding(
                    .warning, "glossary term \(VerificationText.quoted(entry.source)) not rendered as \(expected)",
                    source: entry.source))
        }
        return findings
    }

    /// A glossary's terms as word patterns, worked out once per glossary: the same glossary
    /// is matched against every unit.
    private struct CompiledGlossary: Sendable {
        /// Each entry's term as ``GlossaryCheck/termWords(_:)``, at the entry's index.
        let sourceWords: [[WordPattern]]
        /// Each entry's target forms as word patterns.
        let targetWords: [[[WordPattern]]]
        /// Entries (with target forms) by a word their term cannot match without.
        let byRequiredWord: [String: [Int]]
        /// Entries with target forms whose every word has a `*`: tried on every unit.
        let alwaysTried: [Int]

        init(_ glossary: [LocaleProfile.GlossaryEntry]) {
            sourceWords = glossary.map { GlossaryCheck.termWords($0.source).map(WordPattern.init) }
            targetWords = glossary.map { $0.targets.map { GlossaryCheck.termWords($0).map(WordPattern.init) } }
            var byRequiredWord: [String: [Int]] = [:]
            var alwaysTried: [Int] = []
            for (index, entry) in glossary.enumerated() where !entry.targets.isEmpty {
                if let required = sourceWords[index].first(where: { $0.pieces == nil }) {
                    byRequiredWord[required.text, default: []].append(index)
                } else if !sourceWords[index].isEmpty {
                    alwaysTried.append(index)
                }
            }
            self.byRequiredWord = byRequiredWord
            self.alwaysTried = alwaysTried
        }

        /// The entries that may match a unit with these source tokens, in glossary order.
        func candidates(among tokens: Set<String>) -> [Int] {
            var result = alwaysTried
            for token in tokens {
                if let entries = byRequiredWord[token] { result += entries }
            }
            return result.sorted()
        }
    }

    private static let compiled = DerivedValueCache<[LocaleProfile.GlossaryEntry], CompiledGlossary>()

    /// True when the term's words appear in a row among `tokens`. `tokenSet`, the same tokens
    /// as a set, lets a term whose words have no `*` be turned down without a scan (most
    /// terms are in no given unit).
    static func contains(_ term: String, in tokens: [String], tokenSet: Set<String>? = nil) -> Bool {
        contains(termWords(term).map(WordPattern.init), in: tokens, tokenSet: tokenSet)
    }

    /// ``contains(_:in:tokenSet:)`` for a term already split into word patterns.
    static func contains(_ patterns: [WordPattern], in tokens: [String], tokenSet: Set<String>? = nil) -> Bool {
        guard !patterns.isEmpty, patterns.count <= tokens.count else { return false }
        if let tokenSet, patterns.contains(where: { $0.pieces == nil && !tokenSet.contains($0.text) }) { return false }
        for start in 0...(tokens.count - patterns.count)
        where zip(patterns, tokens[start...]).allSatisfy({ $0.matches($1) }) {
            return true
        }
        return false
    }

    /// One word of a term or form: a word, or a pattern in which `*` stands for any run of
    /// characters, split at its `*`s once.
    struct WordPattern: Sendable, Equatable {
        /// The word as written, `*` included.
        let text: String
        /// The pieces between the `*`s, or `nil` for a word without `*`.
        let pieces: [String]?

        init(_ text: String) {
            self.text = text
            pieces =
                text.contains("*") ? text.split(separator: "*", omittingEmptySubsequences: false).map(String.init) : nil
        }

        /// True when `token` matches: equal to a word, or fitting the pattern.
        func matches(_ token: String) -> Bool {
            guard let pieces else { return token == text }
            var rest = Substring(token)
            for (index, piece) in pieces.enumerated() {
                if index == 0 {
                    guard rest.hasPrefix(piece) else { return false }
                    rest = rest.dropFirst(piece.count)
                } else if index == pieces.count - 1 {
                    return piece.isEmpty || (rest.count >= piece.count && rest.hasSuffix(piece))
                } else if !piece.isEmpty {
                    guard let found = rest.firstRange(of: piece) else { return false }
                    rest = rest[found.upperBound...]
                }
            }
            return rest.isEmpty
        }
    }

    /// A term's words, lower-cased and NFC, keeping `*`.
    static func termWords(_ term: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in term.precomposedStringWithCanonicalMapping.lowercased() {
            if character.isLetter || character.isNumber || character == "*" {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.filter { $0 != "*" }
    }

    /// Matches one token against one word pattern, `*` standing for any run of characters.
    static func matches(_ token: String, pattern: String) -> Bool {
        WordPattern(pattern).matches(token)
    }
}
