import Foundation
import Yams

extension LocaleProfile {
    /// Profile file format versions this tipl10n reads.
    public static let supportedVersions = [1]

    /// Tags of the profiles built into the binary (copies of `locales/<tag>.yaml`).
    public static let builtInTags = ["sq", "sr-Latn", "sr-Cyrl"]

    /// Loads the effective profile for a locale tag: CLDR's data for the locale, with the
    /// profile files layered on top.
    ///
    /// The typed tag is canonicalized (`sq_xk` → `sq-XK`, BCP 47 casing) and its candidate
    /// file tags are tried with subtags dropped from the end (RFC 4647 §3.4 lookup):
    /// `sr-Latn-XK` → `sr-Latn`, `sq-XK` → `sq`; a Serbian tag without a script ends with
    /// `sr-Latn`. For each candidate the built-in file (if any) comes first and the project's
    /// `locales/<tag>.yaml` on top of it. The layers, least specific first:
    ///
    /// 1. CLDR (``cldrBase(tag:icuLocale:)``) for the most specific file's `icuLocale`, or for
    ///    the typed tag when no file sets one;
    /// 2. each candidate's file, general to specific: every key a file sets replaces the value
    ///    below it (lists and mappings are replaced whole, not merged); `numbers:` keys one by
    ///    one, `numbers.time` whole.
    ///
    /// ``origins`` records for every item whether it came from CLDR, which file, or the
    /// fallback. A project may add a file with only the keys it changes (`locales/es.yaml`
    /// holding `percentSigns`) or a whole profile for a locale CLDR lacks.
    ///
    /// - Parameters:
    ///   - tag: a BCP 47 tag as typed, e.g. `sq-XK`, `es_419`.
    ///   - projectFolder: the project folder whose `locales/` is searched; `nil` for built-ins only.
    /// - Returns: the profile; its ``tag`` is the most specific file's tag (`sq` for `sq-XK`),
    ///   or the canonical tag when no file applies (`es-419`).
    /// - Throws: ``LocaleProfileError`` with the file, line and column for a file that is not
    ///   a valid profile (`kind` `.syntax`, `.missingVersion`, `.unsupportedVersion`,
    ///   `.invalid`), `.unreadable`, or `.unsupportedLocale` when CLDR does not know the tag and
    ///   no file describes it.
    public static func load(tag: String, projectFolder: URL? = nil) throws -> LocaleProfile {
        var files: [(tag: String, path: String, yaml: String)] = []
        for candidate in profileTags(for: tag).reversed() {
            if let yaml = EmbeddedData.localeProfiles[candidate] {
                files.append((candidate, "<built-in>/\(candidate).yaml", yaml))
            }
            if let projectFolder {
                let url = projectFolder.appendingPathComponent("locales").appendingPathComponent("\(candidate).yaml")
                if FileManager.default.fileExists(atPath: url.path) {
                    files.append((candidate, url.path, try text(of: url)))
                }
            }
        }
        return try layered(tag: tag, files: files)
    }

    /// The effective built-in profile for one of ``builtInTags`` (CLDR with the built-in file
    /// on top; exact tag, no fallback), built once.
    /// - Throws: ``LocaleProfileError`` `.unsupportedLocale` for another tag.
    public static func builtIn(tag: String) throws -> LocaleProfile {
        guard let result = parsedBuiltIns[tag] else {
            throw LocaleProfileError(
                .unsupportedLocale, path: nil,
                message:
                    "no built-in locale profile '\(tag)': built-in profiles are \(builtInTags.joined(separator: ", "))")
        }
        return try result.get()
    }

    /// CLDR's profile with `files` (general first) layered on top.
    static func layered(tag: String, files: [(tag: String, path: String, yaml: String)]) throws -> LocaleProfile {
        var layers: [Layer] = []
        for file in files {
            layers.append(try parseLayer(yaml: file.yaml, path: file.path, expectedTag: file.tag))
        }
        let canonical = canonicalTag(tag)
        let cldrTag: String
        do {
            let subtags = try TargetLocale.canonicalSubtags(canonical)
            cldrTag = subtags.joined(separator: "-")
        } catch let error as TargetLocaleError {
            guard !layers.isEmpty else {
                throw LocaleProfileError(
                    .unsupportedLocale, path: nil,
                    message:
                        "no locale profile for '\(tag)': \(error.reason) and no locales/\(canonical).yaml describes it")
            }
            cldrTag = ""
        }
        let fileICU = layers.last(where: { $0.keys.contains("icuLocale") })?.profile.icuLocale
        let profileTag = layers.last?.profile.tag ?? cldrTag
        var profile: LocaleProfile
        if let icu = fileICU ?? (cldrTag.isEmpty ? nil : TargetLocale.icuIdentifier(for: cldrTag)),
            !cldrTag.isEmpty || fileICU != nil
        {
            profile = cldrBase(tag: profileTag, icuLocale: icu)
        } else {
            profile = LocaleProfile(
                tag: profileTag, icuLocale: profileTag, script: .latin, questionLabel: "Q", answerLabel: "A")
        }
        for layer in layers {
            layer.apply(to: &profile)
        }
        // The family default follows the final script (a file may set another).
        if !layers.contains(where: { $0.keys.contains("lengthRatio") }) {
            profile.lengthRatio = LengthRatio.familyDefault(for: profile.script)
            profile.origins["lengthRatio"] = .fallback
        }
        profile.tag = profileTag
        return profile
    }

    /// One profile file: the values it sets and which keys it sets.
    struct Layer {
        var profile: LocaleProfile
        var path: String
        /// Top-level keys present in the file.
        var keys: Set<String>
        /// Keys present under `numbers:`.
        var numberKeys: Set<String>
        /// Keys present under `pageLabels:`.
        var pageLabelKeys: Set<String> = []

        func apply(to target: inout LocaleProfile) {
            let origin = Origin.file(path)
            for key in keys {
                switch key {
                case "version": target.version = profile.version
                case "tag": target.tag = profile.tag
                case "icuLocale": target.icuLocale = profile.icuLocale
                case "script": target.script = profile.script
                case "allowedForeignTokens": target.allowedForeignTokens = profile.allowedForeignTokens
                case "questionLabel": target.questionLabel = profile.questionLabel
                case "answerLabel": target.answerLabel = profile.answerLabel
                case "glossary": target.glossary = profile.glossary
                case "pageLabels":
                    for key in pageLabelKeys {
                        guard let codingKey = PageLabels.CodingKeys(rawValue: key) else { continue }
                        target.pageLabels.copy(codingKey, from: profile.pageLabels)
                        target.origins["pageLabels.\(key)"] = origin
                    }
                    continue
                case "lengthRatio": target.lengthRatio = profile.lengthRatio
                default: continue
                }
                target.origins[key] = origin
            }
            for key in numberKeys {
                guard let codingKey = NumberConventions.CodingKeys(rawValue: key) else { continue }
                target.numbers.copy(codingKey, from: profile.numbers)
                target.origins["numbers.\(key)"] = origin
            }
        }
    }

    static func parseLayer(yaml: String, path: String, expectedTag: String) throws -> Layer {
        let profile = try parse(yaml: yaml, path: path, expectedTag: expectedTag)
        let root = try? Yams.compose(yaml: yaml)
        let keys = Set(root?.mapping?.keys.compactMap(\.string) ?? [])
        let numberKeys = Set(root?["numbers"]?.mapping?.keys.compactMap(\.string) ?? [])
        let pageLabelKeys = Set(root?["pageLabels"]?.mapping?.keys.compactMap(\.string) ?? [])
        return Layer(
            profile: profile, path: path, keys: keys, numberKeys: numberKeys, pageLabelKeys: pageLabelKeys)
    }

    private static func text(of url: URL) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LocaleProfileError(
                .unreadable, path: url.path, message: "cannot read the locale profile: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LocaleProfileError(.unreadable, path: url.path, message: "the locale profile is not UTF-8 text")
        }
        return text
    }

    /// The candidate profile tags for a typed tag, most specific first: `sr-Latn-XK` →
    /// `sr-Latn-XK`, `sr-Latn`, `sr`; `sr-XK` → `sr-XK`, `sr`, `sr-Latn`.
    public static func profileTags(for tag: String) -> [String] {
        var subtags = canonicalTag(tag).split(separator: "-").map(String.init)
        var candidates: [String] = []
        let hasScript = subtags.dropFirst().contains { $0.count == 4 && $0.allSatisfy(\.isLetter) }
        while !subtags.isEmpty {
            candidates.append(subtags.joined(separator: "-"))
            subtags.removeLast()
        }
        if candidates.last == "sr" && !hasScript { candidates.append("sr-Latn") }
        return candidates
    }

    /// BCP 47 casing: language lower case, script title case, region upper case; `_` read as
    /// `-` (`SR_latn_xk` → `sr-Latn-XK`).
    public static func canonicalTag(_ tag: String) -> String {
        let subtags = tag.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" || $0 == "_" })
        return subtags.enumerated().map { index, subtag -> String in
            if index == 0 { return subtag.lowercased() }
            if subtag.count == 4 && subtag.allSatisfy(\.isLetter) {
                return subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased()
            }
            if subtag.count == 2 && subtag.allSatisfy(\.isLetter) { return subtag.uppercased() }
            return subtag.lowercased()
        }.joined(separator: "-")
    }

    /// Reads and parses a profile file.
    /// - Parameter expectedTag: when given, the file's `tag` must be this tag.
    /// - Throws: ``LocaleProfileError``.
    public static func parse(contentsOf url: URL, expectedTag: String? = nil) throws -> LocaleProfile {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LocaleProfileError(
                .unreadable, path: url.path, message: "cannot read the locale profile: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LocaleProfileError(.unreadable, path: url.path, message: "the locale profile is not UTF-8 text")
        }
        return try parse(yaml: text, path: url.path, expectedTag: expectedTag)
    }

    /// Parses a profile from YAML text.
    ///
    /// Checks, in order: YAML syntax; a mapping at the top; `version` present and supported;
    /// no unknown keys (a misspelt key would otherwise be ignored silently); the types of all
    /// values; the tag (canonical, equal to `expectedTag` if given); twelve months; one
    /// character per separator.
    /// - Parameter path: the file name used in error messages.
    /// - Throws: ``LocaleProfileError`` pointing at the offending line and column.
    public static func parse(yaml: String, path: String, expectedTag: String? = nil) throws -> LocaleProfile {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw LocaleProfileError(
                    .missingVersion, path: path, line: 1, column: 1,
                    message: "the locale profile is empty: it starts with 'version: 1'")
            }
            root = node
        } catch let error as YamlError {
            throw syntaxError(error, path: path)
        }
        guard let mapping = root.mapping else {
            throw error(.invalid, at: root, path: path, "a locale profile is a YAML mapping of keys to values")
        }
        guard let versionNode = mapping["version"] else {
            throw error(
                .missingVersion, at: root, path: path, "missing 'version': a locale profile starts with 'version: 1'")
        }
        guard let version = versionNode.int, supportedVersions.contains(version) else {
            let found = versionNode.string ?? "(not a number)"
            let supported = supportedVersions.map(String.init).joined(separator: ", ")
            throw error(
                .unsupportedVersion, at: versionNode, path: path,
                "unsupported locale profile version '\(found)': this tipl10n reads version \(supported)")
        }
        try checkKeys(of: root, path: path)

        var profile: LocaleProfile
        do {
            profile = try YAMLDecoder().decode(LocaleProfile.self, from: root)
        } catch let decoding as DecodingError {
            throw decodingError(decoding, root: root, path: path)
        }
        try validate(&profile, root: root, path: path, expectedTag: expectedTag)
        return profile
    }

    // MARK: - Built-in profiles

    private static let parsedBuiltIns: [String: Result<LocaleProfile, LocaleProfileError>] = {
        var parsed: [String: Result<LocaleProfile, LocaleProfileError>] = [:]
        for (tag, yaml) in EmbeddedData.localeProfiles {
            do {
                parsed[tag] = .success(try layered(tag: tag, files: [(tag, "<built-in>/\(tag).yaml", yaml)]))
            } catch let error as LocaleProfileError {
                parsed[tag] = .failure(error)
            } catch {
                parsed[tag] = .failure(
                    LocaleProfileError(.invalid, path: "<built-in>/\(tag).yaml", message: "\(error)"))
            }
        }
        return parsed
    }()

    // MARK: - Checks

    private static func checkKeys(of root: Node, path: String) throws {
        func check(_ node: Node?, allowed: [String], context: String) throws {
            guard let mapping = node?.mapping else { return }
            for key in mapping.keys {
                guard let name = key.string, allowed.contains(name) else {
                    let list = allowed.joined(separator: ", ")
                    throw error(
                        .invalid, at: key, path: path,
                        "unknown key '\(key.string ?? "?")' in \(context): expected one of \(list)")
                }
            }
        }
        try check(root, allowed: CodingKeys.allCases.map(\.rawValue), context: "the locale profile")
        for entry in root["glossary"]?.sequence ?? [] {
            try check(entry, allowed: GlossaryEntry.CodingKeys.allCases.map(\.rawValue), context: "a glossary entry")
        }
        try check(
            root["pageLabels"], allowed: PageLabels.CodingKeys.allCases.map(\.rawValue), context: "'pageLabels'")
        try check(
            root["lengthRatio"], allowed: LengthRatio.CodingKeys.allCases.map(\.rawValue), context: "'lengthRatio'")
        let numbers = root["numbers"]
        try check(numbers, allowed: NumberConventions.CodingKeys.allCases.map(\.rawValue), context: "'numbers'")
        try check(
            numbers?["time"], allowed: NumberConventions.TimeWords.CodingKeys.allCases.map(\.rawValue),
            context: "'numbers.time'")
        for currency in numbers?["currencies"]?.sequence ?? [] {
            try check(
                currency, allowed: NumberConventions.Currency.CodingKeys.allCases.map(\.rawValue),
                context: "a currency")
        }
    }

    private static func validate(_ profile: inout LocaleProfile, root: Node, path: String, expectedTag: String?) throws
    {
        let tagNode = root["tag"] ?? root
        if root["tag"] == nil {
            guard let expectedTag else {
                throw error(.invalid, at: root, path: path, "missing 'tag' in the locale profile")
            }
            profile.tag = expectedTag
        }
        let canonical = canonicalTag(profile.tag)
        guard !canonical.isEmpty else {
            throw error(.invalid, at: tagNode, path: path, "'tag' is empty: give a BCP 47 tag such as sq or sr-Latn")
        }
        if let expectedTag, canonical != canonicalTag(expectedTag) {
            throw error(
                .invalid, at: tagNode, path: path,
                "the profile's tag '\(profile.tag)' does not match its file name (\(expectedTag).yaml)")
        }
        profile.tag = canonical
        if let (key, message) = profile.pageLabels.problem() {
            throw error(.invalid, at: root["pageLabels"]?[key] ?? root["pageLabels"] ?? root, path: path, message)
        }
        if let ratio = profile.lengthRatio {
            let node = root["lengthRatio"] ?? root
            guard ratio.usual.count == 2, ratio.usual[0] > 0, ratio.usual[0] <= ratio.usual[1] else {
                throw error(
                    .invalid, at: node["usual"] ?? node, path: path,
                    "'lengthRatio.usual' must be two ratios, lower first, e.g. [0.93, 1.28]")
            }
            guard ratio.omissionBelow > 0, ratio.omissionBelow <= ratio.usual[0] else {
                throw error(
                    .invalid, at: node["omissionBelow"] ?? node, path: path,
                    "'lengthRatio.omissionBelow' must be above 0 and at most the lower usual ratio (\(ratio.usual[0]))")
            }
            guard ratio.additionAbove >= ratio.usual[1] else {
                throw error(
                    .invalid, at: node["additionAbove"] ?? node, path: path,
                    "'lengthRatio.additionAbove' must be at least the upper usual ratio (\(ratio.usual[1]))")
            }
        }
        if root["icuLocale"] != nil && profile.icuLocale.trimmingCharacters(in: .whitespaces).isEmpty {
            throw error(.invalid, at: root["icuLocale"] ?? root, path: path, "'icuLocale' is empty: e.g. sr_Latn")
        }
        // language[_Script][_REGION] only: ICU keywords and BCP 47 extensions (`@numbers=…`,
        // `-u-nu-…`) are not locale profiles (and some crash Foundation's NumberFormatter).
        if root["icuLocale"] != nil
            && profile.icuLocale.wholeMatch(of: #/[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|[0-9]{3}))?/#) == nil
        {
            throw error(
                .invalid, at: root["icuLocale"] ?? root, path: path,
                "'icuLocale' must be an ICU locale identifier such as sq, sr_Latn or es_419, not '\(profile.icuLocale)'"
            )
        }
        let numbers = root["numbers"]
        let months = profile.numbers.months
        if !months.isEmpty && (months.count != 12 || months.contains(where: \.isEmpty)) {
            throw error(
                .invalid, at: numbers?["months"] ?? root, path: path,
                "'numbers.months' needs twelve non-empty lists of forms, January first (found \(months.count))")
        }
        let separatorKeys: [(String, [String])] = [
            ("groupSeparators", profile.numbers.groupSeparators),
            ("styleWarningGroupSeparators", profile.numbers.styleWarningGroupSeparators),
            ("decimalSeparators", profile.numbers.decimalSeparators),
        ]
        for (key, separators) in separatorKeys {
            if let bad = separators.first(where: { $0.count != 1 }) {
                throw error(
                    .invalid, at: numbers?[key] ?? root, path: path,
                    "'numbers.\(key)' entries are single characters; '\(bad)' is not")
            }
        }
    }

    // MARK: - Errors

    private static func error(
        _ kind: LocaleProfileError.Kind, at node: Node, path: String, _ message: String
    )
        -> LocaleProfileError
    {
        LocaleProfileError(kind, path: path, line: node.mark?.line, column: node.mark?.column, message: message)
    }

    private static func syntaxError(_ error: YamlError, path: String) -> LocaleProfileError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) (line \($0.mark.line)): " } ?? ""
            return LocaleProfileError(
                .syntax, path: path, line: mark.line, column: mark.column,
                message: "invalid YAML: \(detail)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LocaleProfileError(
                .syntax, path: path, line: context.mark.line, column: context.mark.column,
                message: "invalid YAML: duplicated key \(duplicates.sorted().joined(separator: ", "))")
        default:
            return LocaleProfileError(.syntax, path: path, message: "invalid YAML: \(error)")
        }
    }

    private static func decodingError(_ error: DecodingError, root: Node, path: String) -> LocaleProfileError {
        func node(at codingPath: [any CodingKey]) -> Node {
            var current = root
            for key in codingPath {
                if let index = key.intValue, let sequence = current.sequence, index < sequence.count {
                    current = sequence[index]
                } else if let child = current.mapping?[key.stringValue] {
                    current = child
                } else {
                    break
                }
            }
            return current
        }
        func dotted(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "the locale profile" : "'\(dotted(context.codingPath))'"
            return self.error(
                .invalid, at: node(at: context.codingPath), path: path, "missing '\(key.stringValue)' in \(parent)")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return self.error(
                .invalid, at: node(at: context.codingPath), path: path,
                "'\(dotted(context.codingPath))' must be \(typeDescription(type))")
        case .dataCorrupted(let context):
            return self.error(
                .invalid, at: node(at: context.codingPath), path: path,
                "'\(dotted(context.codingPath))': \(context.debugDescription.lowercased())")
        @unknown default:
            return LocaleProfileError(.invalid, path: path, message: "\(error)")
        }
    }

    private static func typeDescription(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is Decimal.Type: return "a number"
        case is [String].Type: return "a list of strings"
        case is Double.Type: return "a number"
        case is [Double].Type: return "a list of numbers"
        case is [[String]].Type: return "a list of lists of strings"
        case is [String: Int].Type: return "a mapping of words to whole numbers"
        default: return "a valid \(type)"
        }
    }
}
