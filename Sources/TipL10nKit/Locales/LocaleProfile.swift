import Foundation

/// What tipl10n needs to know about a target locale beyond ICU: `locales/<tag>.yaml`.
///
/// Shape (YAML, `version: 1`): the BCP 47 tag and its ICU spelling, the script, the number
/// conventions (see ``NumberConventions``), the glossary, tokens allowed in the other script,
/// the localized Q/A labels. (The translation rate per word lives in `locales/rates.yaml`,
/// with the cost ledger, so there is one place to change it.) Profiles for `sq`, `sr-Latn`
/// and `sr-Cyrl` are built into the binary; a project's `locales/` folder overrides them.
/// Region variants fall back (`sq-XK` → `sq`, `sr-Latn-XK` → `sr-Latn`, `sr` → `sr-Latn`):
/// see ``load(tag:projectFolder:)``. Every key is described in `Docs/Numbers.md`.
public struct LocaleProfile: Sendable, Equatable, Codable {
    /// Writing systems a profile can require.
    public enum Script: String, Sendable, Codable {
        case latin = "Latn"
        case cyrillic = "Cyrl"
    }

    /// One glossary entry: an English term and the target terms that render it.
    public struct GlossaryEntry: Sendable, Equatable, Codable {
        /// The English term as it appears in source text, e.g. `NGO`, `Tier 2`.
        public var source: String
        /// Accepted target forms (inflected forms listed, or stems ending in `*`).
        public var targets: [String]
        /// Free-text guidance for translators.
        public var note: String?

        public init(source: String, targets: [String], note: String? = nil) {
            self.source = source
            self.targets = targets
            self.note = note
        }
    }

    /// The file format version (1).
    public var version: Int
    /// BCP 47 tag, e.g. `sr-Latn`.
    public var tag: String
    /// ICU locale identifier, e.g. `sr_Latn`.
    public var icuLocale: String
    public var script: Script
    /// Latin-script tokens allowed in Cyrillic text (acronyms and names), e.g. `OSCE`, `IOM`, `TVPA`.
    public var allowedForeignTokens: [String]
    /// Localized label for press guidance questions, without number or colon: sq `Pyetje`,
    /// sr-Latn `P` (pitanje), sr-Cyrl `П`.
    public var questionLabel: String
    /// Localized label for answers, without colon: sq `Përgjigje`, sr-Latn `O` (odgovor), sr-Cyrl `О`.
    public var answerLabel: String
    public var glossary: [GlossaryEntry]
    /// Digit grouping, decimals, currency words, number words, months: see ``NumberConventions``.
    public var numbers: NumberConventions

    public init(
        version: Int = 1, tag: String, icuLocale: String, script: Script, allowedForeignTokens: [String] = [],
        questionLabel: String, answerLabel: String,
        glossary: [GlossaryEntry] = [], numbers: NumberConventions = NumberConventions()
    ) {
        self.version = version
        self.tag = tag
        self.icuLocale = icuLocale
        self.script = script
        self.allowedForeignTokens = allowedForeignTokens
        self.questionLabel = questionLabel
        self.answerLabel = answerLabel
        self.glossary = glossary
        self.numbers = numbers
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, tag, icuLocale, script, allowedForeignTokens, questionLabel, answerLabel, glossary, numbers
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        tag = try container.decode(String.self, forKey: .tag)
        icuLocale = try container.decode(String.self, forKey: .icuLocale)
        script = try container.decode(Script.self, forKey: .script)
        allowedForeignTokens = try container.decodeIfPresent([String].self, forKey: .allowedForeignTokens) ?? []
        questionLabel = try container.decode(String.self, forKey: .questionLabel)
        answerLabel = try container.decode(String.self, forKey: .answerLabel)
        glossary = try container.decodeIfPresent([GlossaryEntry].self, forKey: .glossary) ?? []
        numbers = try container.decodeIfPresent(NumberConventions.self, forKey: .numbers) ?? NumberConventions()
    }
}

extension LocaleProfile.GlossaryEntry {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case source, targets, note
    }
}
