import Foundation

/// `script`: the target is written in the profile's script.
///
/// The profile's ``LocaleProfile/script`` is an ISO 15924 code: from a profile file, or
/// CLDR's likely script for the locale (`Locale.Language.maximalIdentifier`: `ru` → `Cyrl`,
/// `ar` → `Arab`, `zh-Hant` → `Hant`). Letters are told apart by Unicode's Script property
/// (CLDR's exemplar characters are not exposed by Foundation on Linux).
///
/// - Latin profile (`sr-Latn`, `sq`, `es`): no word with letters of another script
///   (Cyrillic, Greek, Arabic …): error.
/// - Other profiles (`sr-Cyrl`, `ru`, `ar`, `zh`): no word in Latin letters, except the
///   profile's ``LocaleProfile/allowedForeignTokens`` (compared case-insensitively: `OSCE`,
///   `IOM`), URLs and e-mail addresses — an error when a profile file lists the allowed tokens
///   (the locale's publication rule), a warning when the profile comes from CLDR alone (Latin
///   acronyms and names are common in Russian or Arabic text and no list says which are meant);
///   no word in a third script (Cyrillic in Arabic text): error.
/// - Any profile: no word mixing Latin and Cyrillic letters (a look-alike letter typed on the
///   wrong keyboard: Latin `a` in `Влaда`): error.
///
/// A word is a run of letters; a hyphen ends it (`IOM-а` is `IOM` and `а`). One finding per
/// kind and unit, listing each offending word once.
public struct ScriptCheck: TranslationCheck {
    public let id = "script"
    public let needsProfile = true

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        findings(in: pair, texts: PairTexts(pair))
    }

    func findings(in pair: TranslationPair, texts: PairTexts) -> [CheckFinding] {
        guard pair.target != nil, let profile = pair.profile else { return [] }
        if Self.holdsNothingToReport(texts.maskedTarget, script: profile.script) { return [] }
        return wordFindings(in: pair, texts: texts)
    }

    /// True when no word of `maskedTarget` can be reported in text of `script`, found in one
    /// pass over its scalars: in Latin-script text, every scalar is ``isCommonLatin(_:)`` or a
    /// Latin-1 or General Punctuation character that is no letter (so every word is of common
    /// Latin letters, which the check passes over); in Cyrillic-script text, no scalar is a
    /// Latin letter (the only letters it reports, alone or mixed). False for other scripts.
    static func holdsNothingToReport(_ maskedTarget: String, script: LocaleProfile.Script) -> Bool {
        switch script {
        case .latin:
            return maskedTarget.unicodeScalars.allSatisfy { scalar in
                switch scalar.value {
                // Not ª (U+00AA), µ (U+00B5), º (U+00BA): letters, and not of Latin Extended.
                case 0xA0...0xA9, 0xAB...0xB4, 0xB6...0xB9, 0xBB...0xBF, 0xD7, 0xF7, 0x2010...0x205F: true
                default: isCommonLatin(scalar)
                }
            }
        case .cyrillic:
            return !maskedTarget.unicodeScalars.contains { scalar in
                scalar.isASCII
                    ? VerificationText.isASCIILetter(UInt8(scalar.value))
                    : (0x400...0x52F).contains(scalar.value) ? false : VerificationText.isLatinLetter(scalar)
            }
        default:
            return false
        }
    }

    /// The findings of every word of the target (``findings(in:)`` without its one-pass test).
    func wordFindings(in pair: TranslationPair, texts: PairTexts) -> [CheckFinding] {
        guard pair.target != nil, let profile = pair.profile else { return [] }
        let allowed = Self.allowedTokens.value(for: profile.allowedForeignTokens) { Set($0.map { $0.lowercased() }) }
        let own = profile.script
        let ownIsLatin = own == .latin
        let ownIsCyrillic = own == .cyrillic
        let ownPattern = ownIsLatin || ownIsCyrillic ? nil : ScriptPatterns.pattern(for: own)
        var mixed: [String] = []
        var foreign: [(word: String, script: String)] = []
        let words = VerificationText.words(in: texts.maskedTarget)
            .flatMap(Self.splittingUnspacedRuns)
        for word in words {
            // A word of Basic Latin, Latin-1 and Latin Extended-A/B letters only: nothing to
            // report in Latin-script text.
            if ownIsLatin && word.unicodeScalars.allSatisfy(Self.isCommonLatin) { continue }
            let hasLatin = word.unicodeScalars.contains(where: VerificationText.isLatinLetter)
            let hasCyrillic = word.unicodeScalars.contains(where: VerificationText.isCyrillicLetter)
            let text = String(word)
            if hasLatin && hasCyrillic {
                if !mixed.contains(text) { mixed.append(text) }
                continue
            }
            var script: String?
            if ownIsCyrillic {
                if hasLatin { script = "Latin" }
            } else if ownIsLatin {
                if hasCyrillic {
                    script = "Cyrillic"
                } else if let other = ScriptPatterns.otherScript(in: word, own: nil) {
                    script = other
                }
            } else if let ownPattern {
                if hasLatin {
                    script = "Latin"
                } else if hasCyrillic {
                    script = "Cyrillic"
                } else if let other = ScriptPatterns.otherScript(in: word, own: ownPattern) {
                    script = other
                }
            }
            guard let script, !allowed.contains(text.lowercased()),
                !foreign.contains(where: { $0.word == text })
            else { continue }
            foreign.append((text, script))
        }
        var findings: [CheckFinding] = []
        if !mixed.isEmpty {
            let list = mixed.map { VerificationText.quoted($0) }.joined(separator: ", ")
            findings.append(
                CheckFinding(
                    .error, "mixed Latin and Cyrillic letters in \(mixed.count == 1 ? "a word" : "words"): \(list)",
                    target: mixed.joined(separator: " ")))
        }
        let ownName = ownIsLatin ? "Latin" : ownIsCyrillic ? "Cyrillic" : own.englishName
        let latinIsListed = profile.origins["allowedForeignTokens"].map { $0 != .fallback } ?? true
        var scripts: [String] = []
        for entry in foreign where !scripts.contains(entry.script) { scripts.append(entry.script) }
        for script in scripts {
            let words = foreign.filter { $0.script == script }.map(\.word)
            let list = words.map { VerificationText.quoted($0) }.joined(separator: ", ")
            let noun = words.count == 1 ? "word" : "words"
            let severity: Diagnostic.Severity = script == "Latin" && !latinIsListed ? .warning : .error
            findings.append(
                CheckFinding(
                    severity, "\(script) \(noun) in \(ownName)-script \(profile.tag) text: \(list)",
                    target: words.joined(separator: " ")))
        }
        return findings
    }
}

extension ScriptCheck {
    /// An ASCII character, or a letter of Latin-1 or Latin Extended-A/B (U+00C0–U+024F but
    /// `×` and `÷`): inside a word (a run of letters), a Latin letter.
    static func isCommonLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: true
        default: false
        }
    }

    /// Each profile's allowed foreign tokens, lower-cased once, not per unit.
    private static let allowedTokens = DerivedValueCache<[String], Set<String>>()

    /// A run of letters of a script written without spaces split where Latin letters start or
    /// end (`政府与IOM合作` → `政府与`, `IOM`, `合作`): there, the Latin word is the word.
    static func splittingUnspacedRuns(_ word: Substring) -> [Substring] {
        // Every such letter is at U+0E00 or above: most words are turned down by scalar.
        guard word.unicodeScalars.contains(where: { $0.value >= 0x0E00 }),
            word.contains(where: \.isUnspacedScriptLetter)
        else { return [word] }
        var result: [Substring] = []
        var start = word.startIndex
        var index = word.startIndex
        func isLatin(_ character: Character) -> Bool {
            character.unicodeScalars.first.map(VerificationText.isLatinLetter) ?? false
        }
        while index < word.endIndex {
            let next = word.index(after: index)
            if next < word.endIndex && isLatin(word[index]) != isLatin(word[next]) {
                result.append(word[start..<next])
                start = next
            }
            index = next
        }
        result.append(word[start..<word.endIndex])
        return result
    }
}

/// Unicode Script property tests for the script check, compiled once per script.
enum ScriptPatterns {
    /// The Unicode scripts (as `\p{sc=…}` values) of an ISO 15924 code CLDR uses for a
    /// locale: `Hans`/`Hant` are Han, `Jpan` Han, Hiragana and Katakana, `Kore` Hangul and Han.
    static func scriptValues(for script: LocaleProfile.Script) -> [String] {
        switch script.rawValue {
        case "Hans", "Hant": ["Hani"]
        case "Jpan": ["Hani", "Hira", "Kana"]
        case "Kore": ["Hang", "Hani"]
        default: [script.rawValue]
        }
    }

    private final class Cache: @unchecked Sendable {
        // Guarded by `lock`.
        private var patterns: [String: Regex<AnyRegexOutput>] = [:]
        private let lock = NSLock()

        func pattern(_ source: String) -> Regex<AnyRegexOutput>? {
            lock.lock()
            defer { lock.unlock() }
            if let known = patterns[source] { return known }
            guard let compiled = try? Regex(source) else { return nil }
            patterns[source] = compiled
            return compiled
        }
    }

    private static let cache = Cache()

    /// A regex matching one letter of the script (`[\p{sc=Arab}]`), or `nil` if Swift's regex
    /// does not know the script.
    static func pattern(for script: LocaleProfile.Script) -> Regex<AnyRegexOutput>? {
        let classes = scriptValues(for: script).map { "\\p{sc=\($0)}" }.joined()
        return cache.pattern("[\(classes)]")
    }

    /// The English name of the first letter's script in `word` that is not Latin, Cyrillic or
    /// matched by `own` (letters of the Common and Inherited scripts never count), or `nil`.
    static func otherScript(in word: Substring, own: Regex<AnyRegexOutput>?) -> String? {
        for character in word where character.isLetter {
            guard let scalar = character.unicodeScalars.first else { continue }
            if VerificationText.isLatinLetter(scalar) || VerificationText.isCyrillicLetter(scalar) { continue }
            let letter = String(character)
            if let own, (try? own.wholeMatch(in: letter)) != nil { continue }
            if let common = cache.pattern("[\\p{sc=Zyyy}\\p{sc=Zinh}]"), (try? common.wholeMatch(in: letter)) != nil {
                continue
            }
            return scriptName(of: letter)
        }
        return nil
    }

    private static let namedScripts = [
        "Arab", "Armn", "Beng", "Deva", "Ethi", "Geor", "Grek", "Gujr", "Guru", "Hang", "Hani", "Hebr", "Hira",
        "Kana", "Khmr", "Knda", "Laoo", "Mlym", "Mong", "Mymr", "Orya", "Sinh", "Taml", "Telu", "Thaa", "Thai",
        "Tibt",
    ]

    private static func scriptName(of letter: String) -> String {
        for code in namedScripts {
            if let pattern = cache.pattern("\\p{sc=\(code)}"), (try? pattern.wholeMatch(in: letter)) != nil {
                return Locale(identifier: "en").localizedString(forScriptCode: code) ?? code
            }
        }
        return "other-script"
    }
}
