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

    /// The profile's values, held once: a profile is copied with every translation pair it
    /// checks, so a copy costs one reference, and a change copies the values first (copy on write).
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// The stored values of a profile (see the properties of the same names).
    private struct Fields {
        var version: Int
        var tag: String
        var icuLocale: String
        var script: Script
        var allowedForeignTokens: [String]
        var questionLabel: String
        var answerLabel: String
        var glossary: [GlossaryEntry]
        var numbers: NumberConventions
        var pageLabels = PageLabels()
        var lengthRatio: LengthRatio?
        var origins: [String: Origin] = [:]
        var cldr: CLDRLocaleData?
    }

    private var storage: Storage

    /// The storage, copied first when another profile shares it.
    private var uniqueFields: Fields {
        _read { yield storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    /// The file format version (1).
    public var version: Int {
        _read { yield storage.fields.version }
        _modify { yield &uniqueFields.version }
    }
    /// BCP 47 tag, e.g. `sr-Latn`.
    public var tag: String {
        _read { yield storage.fields.tag }
        _modify { yield &uniqueFields.tag }
    }
    /// ICU locale identifier, e.g. `sr_Latn`.
    public var icuLocale: String {
        _read { yield storage.fields.icuLocale }
        _modify { yield &uniqueFields.icuLocale }
    }
    public var script: Script {
        _read { yield storage.fields.script }
        _modify { yield &uniqueFields.script }
    }
    /// Latin-script tokens allowed in Cyrillic text (acronyms and names), e.g. `OSCE`, `IOM`, `TVPA`.
    public var allowedForeignTokens: [String] {
        _read { yield storage.fields.allowedForeignTokens }
        _modify { yield &uniqueFields.allowedForeignTokens }
    }
    /// Localized label for press guidance questions, without number or colon: sq `Pyetje`,
    /// sr-Latn `P` (pitanje), sr-Cyrl `П`.
    public var questionLabel: String {
        _read { yield storage.fields.questionLabel }
        _modify { yield &uniqueFields.questionLabel }
    }
    /// Localized label for answers, without colon: sq `Përgjigje`, sr-Latn `O` (odgovor), sr-Cyrl `О`.
    public var answerLabel: String {
        _read { yield storage.fields.answerLabel }
        _modify { yield &uniqueFields.answerLabel }
    }
    public var glossary: [GlossaryEntry] {
        _read { yield storage.fields.glossary }
        _modify { yield &uniqueFields.glossary }
    }
    /// Digit grouping, decimals, currency words, number words, months: see ``NumberConventions``.
    public var numbers: NumberConventions {
        _read { yield storage.fields.numbers }
        _modify { yield &uniqueFields.numbers }
    }
    /// Words a published page carries that no translation unit does (report name, headings of
    /// the press guidance and non-paper, disclaimer …): see ``PageLabels``.
    public var pageLabels: PageLabels {
        _read { yield storage.fields.pageLabels }
        _modify { yield &uniqueFields.pageLabels }
    }
    /// How long translations into the locale usually are, for the `omission` and `addition`
    /// checks; `nil` when nothing is known (then those checks do not run). See ``LengthRatio``.
    public var lengthRatio: LengthRatio? {
        _read { yield storage.fields.lengthRatio }
        _modify { yield &uniqueFields.lengthRatio }
    }
    /// Where each item came from, by key (`questionLabel`, `numbers.months`): CLDR, a file, or
    /// the fallback. Empty for a profile parsed from one file alone.
    public var origins: [String: Origin] {
        _read { yield storage.fields.origins }
        _modify { yield &uniqueFields.origins }
    }
    /// What CLDR says about the locale, when the profile was built on it (``load(tag:projectFolder:)``).
    public var cldr: CLDRLocaleData? {
        _read { yield storage.fields.cldr }
        _modify { yield &uniqueFields.cldr }
    }

    public init(
        version: Int = 1, tag: String, icuLocale: String, script: Script, allowedForeignTokens: [String] = [],
        questionLabel: String, answerLabel: String,
        glossary: [GlossaryEntry] = [], numbers: NumberConventions = NumberConventions(),
        lengthRatio: LengthRatio? = nil
    ) {
        storage = Storage(
            Fields(
                version: version, tag: tag, icuLocale: icuLocale, script: script,
                allowedForeignTokens: allowedForeignTokens, questionLabel: questionLabel, answerLabel: answerLabel,
                glossary: glossary, numbers: numbers, lengthRatio: lengthRatio))
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, tag, icuLocale, script, allowedForeignTokens, questionLabel, answerLabel, glossary, numbers
        case pageLabels
        case lengthRatio
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        storage = Storage(
            Fields(
                version: try container.decode(Int.self, forKey: .version),
                tag: try container.decodeIfPresent(String.self, forKey: .tag) ?? "",
                icuLocale: try container.decodeIfPresent(String.self, forKey: .icuLocale) ?? "",
                script: try container.decodeIfPresent(Script.self, forKey: .script) ?? .latin,
                allowedForeignTokens: try container.decodeIfPresent([String].self, forKey: .allowedForeignTokens)
                    ?? [],
                questionLabel: try container.decodeIfPresent(String.self, forKey: .questionLabel) ?? "",
                answerLabel: try container.decodeIfPresent(String.self, forKey: .answerLabel) ?? "",
                glossary: try container.decodeIfPresent([GlossaryEntry].self, forKey: .glossary) ?? [],
                numbers: try container.decodeIfPresent(NumberConventions.self, forKey: .numbers)
                    ?? NumberConventions(),
                pageLabels: try container.decodeIfPresent(PageLabels.self, forKey: .pageLabels) ?? PageLabels(),
                lengthRatio: try container.decodeIfPresent(LengthRatio.self, forKey: .lengthRatio)))
    }

    /// The keys of ``CodingKeys`` in their order; `lengthRatio` only when the profile has one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(tag, forKey: .tag)
        try container.encode(icuLocale, forKey: .icuLocale)
        try container.encode(script, forKey: .script)
        try container.encode(allowedForeignTokens, forKey: .allowedForeignTokens)
        try container.encode(questionLabel, forKey: .questionLabel)
        try container.encode(answerLabel, forKey: .answerLabel)
        try container.encode(glossary, forKey: .glossary)
        try container.encode(numbers, forKey: .numbers)
        try container.encode(pageLabels, forKey: .pageLabels)
        try container.encodeIfPresent(lengthRatio, forKey: .lengthRatio)
    }

    public static func == (lhs: LocaleProfile, rhs: LocaleProfile) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.version == rhs.version && lhs.tag == rhs.tag && lhs.icuLocale == rhs.icuLocale
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
