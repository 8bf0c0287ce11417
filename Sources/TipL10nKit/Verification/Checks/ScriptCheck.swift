import Foundation

/// `script`: the target is written in the profile's script.
///
/// - Cyrillic profile (`sr-Cyrl`): no word in Latin letters, except the profile's
///   ``LocaleProfile/allowedForeignTokens`` (compared case-insensitively: `OSCE`, `IOM`),
///   URLs and e-mail addresses.
/// - Latin profiles (`sr-Latn`, `sq`): no word with Cyrillic letters.
/// - Any profile: no word mixing Latin and Cyrillic letters (a look-alike letter typed on the
///   wrong keyboard: Latin `a` in `Влaда`).
///
/// A word is a run of letters; a hyphen ends it (`IOM-а` is `IOM` and `а`). Severity: error.
/// One finding per kind and unit, listing each offending word once.
public struct ScriptCheck: TranslationCheck {
    public let id = "script"
    public let needsProfile = true

    public init() {}

    public func findings(in pair: TranslationPair) -> [CheckFinding] {
        guard let target = pair.target, let profile = pair.profile else { return [] }
        let allowed = Set(profile.allowedForeignTokens.map { $0.lowercased() })
        var mixed: [String] = []
        var foreign: [String] = []
        for word in VerificationText.words(in: VerificationText.maskingLinks(in: target.plainText)) {
            let hasLatin = word.unicodeScalars.contains(where: VerificationText.isLatinLetter)
            let hasCyrillic = word.unicodeScalars.contains(where: VerificationText.isCyrillicLetter)
            let text = String(word)
            if hasLatin && hasCyrillic {
                if !mixed.contains(text) { mixed.append(text) }
                continue
            }
            let isForeign = profile.script == .cyrillic ? hasLatin : hasCyrillic
            if isForeign && !allowed.contains(text.lowercased()) && !foreign.contains(text) {
                foreign.append(text)
            }
        }
        var findings: [CheckFinding] = []
        if !mixed.isEmpty {
            let list = mixed.map { VerificationText.quoted($0) }.joined(separator: ", ")
            findings.append(
                CheckFinding(
                    .error, "mixed Latin and Cyrillic letters in \(mixed.count == 1 ? "a word" : "words"): \(list)",
                    target: mixed.joined(separator: " ")))
        }
        if !foreign.isEmpty {
            let list = foreign.map { VerificationText.quoted($0) }.joined(separator: ", ")
            let (other, own) = profile.script == .cyrillic ? ("Latin", "Cyrillic") : ("Cyrillic", "Latin")
            let noun = foreign.count == 1 ? "word" : "words"
            findings.append(
                CheckFinding(
                    .error, "\(other) \(noun) in \(own)-script \(profile.tag) text: \(list)",
                    target: foreign.joined(separator: " ")))
        }
        return findings
    }
}
