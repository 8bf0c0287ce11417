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
    /// The writing system a profile requires: an ISO 15924 code CLDR knows (`Latn`, `Cyrl`,
    /// `Arab`, `Hans`, `Hant`, `Deva`, `Hebr` …), written in title case.
    public struct Script: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String

        /// A script from its ISO 15924 code; `nil` when the code is not title case or CLDR has
        /// no name for it.
        public init?(rawValue: String) {
            guard rawValue.count == 4, rawValue.allSatisfy({ $0.isASCII && $0.isLetter }),
                rawValue.first?.isUppercase == true, rawValue.dropFirst().allSatisfy(\.isLowercase),
                Locale(identifier: "en").localizedString(forScriptCode: rawValue) != nil
            else { return nil }
            self.rawValue = rawValue
        }

        public static let latin = Script(known: "Latn")
        public static let cyrillic = Script(known: "Cyrl")

        private init(known: String) { rawValue = known }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let script = Script(rawValue: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Cannot initialize Script from invalid String value \(text)")
            }
            self = script
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        public var description: String { rawValue }

        /// The script's English name from CLDR: `Latin`, `Cyrillic`, `Arabic`, `Simplified Han`.
        public var englishName: String {
            Locale(identifier: "en").localizedString(forScriptCode: rawValue) ?? rawValue
        }
    }

    /// Where an item of an effective profile came from.
    public enum Origin: Sendable, Equatable, CustomStringConvertible {
        /// Derived from CLDR through Foundation (ICU).
        case cldr
        /// A profile file: `<built-in>/sq.yaml` or the project's `locales/es.yaml`.
        case file(String)
        /// tipl10n's fallback where neither CLDR nor a file has the item (Q/A labels).
        case fallback

        public var description: String {
            switch self {
            case .cldr: "CLDR"
            case .file(let path): path
            case .fallback: "fallback"
            }
        }
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
    /// Words a published page carries that no translation unit does (report name, headings of
    /// the press guidance and non-paper, disclaimer …): see ``PageLabels``.
    public var pageLabels = PageLabels()
    /// How long translations into the locale usually are, for the `omission` and `addition`
    /// checks; `nil` when nothing is known (then those checks do not run). See ``LengthRatio``.
    public var lengthRatio: LengthRatio?
    /// Where each item came from, by key (`questionLabel`, `numbers.months`): CLDR, a file, or
    /// the fallback. Empty for a profile parsed from one file alone.
    public var origins: [String: Origin] = [:]
    /// What CLDR says about the locale, when the profile was built on it (``load(tag:projectFolder:)``).
    public var cldr: CLDRLocaleData?

    public init(
        version: Int = 1, tag: String, icuLocale: String, script: Script, allowedForeignTokens: [String] = [],
        questionLabel: String, answerLabel: String,
        glossary: [GlossaryEntry] = [], numbers: NumberConventions = NumberConventions(),
        lengthRatio: LengthRatio? = nil
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
        self.lengthRatio = lengthRatio
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, tag, icuLocale, script, allowedForeignTokens, questionLabel, answerLabel, glossary, numbers
        case pageLabels
        case lengthRatio
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        tag = try container.decodeIfPresent(String.self, forKey: .tag) ?? ""
        icuLocale = try container.decodeIfPresent(String.self, forKey: .icuLocale) ?? ""
        script = try container.decodeIfPresent(Script.self, forKey: .script) ?? .latin
        allowedForeignTokens = try container.decodeIfPresent([String].self, forKey: .allowedForeignTokens) ?? []
        questionLabel = try container.decodeIfPresent(String.self, forKey: .questionLabel) ?? ""
        answerLabel = try container.decodeIfPresent(String.self, forKey: .answerLabel) ?? ""
        glossary = try container.decodeIfPresent([GlossaryEntry].self, forKey: .glossary) ?? []
        numbers = try container.decodeIfPresent(NumberConventions.self, forKey: .numbers) ?? NumberConventions()
        pageLabels = try container.decodeIfPresent(PageLabels.self, forKey: .pageLabels) ?? PageLabels()
        lengthRatio = try container.decodeIfPresent(LengthRatio.self, forKey: .lengthRatio)
    }

    public static func == (lhs: LocaleProfile, rhs: LocaleProfile) -> Bool {
        lhs.version == rhs.version && lhs.tag == rhs.tag && lhs.icuLocale == rhs.icuLocale
            && lhs.script == rhs.script && lhs.allowedForeignTokens == rhs.allowedForeignTokens
            && lhs.questionLabel == rhs.questionLabel && lhs.answerLabel == rhs.answerLabel
            && lhs.glossary == rhs.glossary && lhs.numbers == rhs.numbers && lhs.pageLabels == rhs.pageLabels
            && lhs.lengthRatio == rhs.lengthRatio
    }
}

extension LocaleProfile.GlossaryEntry {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case source, targets, note
    }
}
