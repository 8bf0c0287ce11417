import Foundation
import Yams

extension LocaleProfile {
    /// Profile file format versions this tipl10n reads.
    public static let supportedVersions = [1]

    /// Tags of the profiles built into the binary (copies of `locales/<tag>.yaml`).
    public static let builtInTags = ["sq", "sr-Latn", "sr-Cyrl"]

    /// Loads the profile for a locale tag: `projectFolder/locales/<tag>.yaml` if present, else
    /// the built-in copy, falling back through region variants.
    ///
    /// The typed tag is canonicalized (`sq_xk` → `sq-XK`, BCP 47 casing) and tried with
    /// subtags dropped from the end (RFC 4647 §3.4 lookup): `sr-Latn-XK` → `sr-Latn`, `sq-XK`
    /// → `sq`; a Serbian tag without a script ends with `sr-Latn` (`sr`, `sr-RS` → `sr-Latn`,
    /// as ``TargetLocale/resolve(_:)`` does). For each candidate the project's file wins over
    /// the built-in profile, and a more specific candidate wins over a shorter one. A project
    /// may add profiles for other locales (`locales/mk.yaml`).
    ///
    /// - Parameters:
    ///   - tag: a BCP 47 tag as typed, e.g. `sq-XK`.
    ///   - projectFolder: the project folder whose `locales/` is searched; `nil` for built-ins only.
    /// - Returns: the profile; its ``tag`` is the file's tag (`sq` for `sq-XK`).
    /// - Throws: ``LocaleProfileError`` with the file, line and column for a file that is not
    ///   a valid profile (`kind` `.syntax`, `.missingVersion`, `.unsupportedVersion`,
    ///   `.invalid`), `.unreadable`, or `.unsupportedLocale` when no profile matches.
    public static func load(tag: String, projectFolder: URL? = nil) throws -> LocaleProfile {
        let candidates = profileTags(for: tag)
        for candidate in candidates {
            if let projectFolder {
                let url = projectFolder.appendingPathComponent("locales").appendingPathComponent("\(candidate).yaml")
                if FileManager.default.fileExists(atPath: url.path) {
                    return try parse(contentsOf: url, expectedTag: candidate)
                }
            }
            if builtInTags.contains(candidate) {
                return try builtIn(tag: candidate)
            }
        }
        let builtIn = builtInTags.joined(separator: ", ")
        throw LocaleProfileError(
            .unsupportedLocale, path: nil,
            message:
                "no locale profile for '\(tag)': built-in profiles are \(builtIn) (region variants such as sq-XK "
                + "fall back to them; sr means sr-Latn); add locales/\(canonicalTag(tag)).yaml to the project")
    }

    /// The built-in profile for one of ``builtInTags`` (exact tag, no fallback), parsed once.
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
                parsed[tag] = .success(try parse(yaml: yaml, path: "<built-in>/\(tag).yaml", expectedTag: tag))
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
        if profile.icuLocale.trimmingCharacters(in: .whitespaces).isEmpty {
            throw error(.invalid, at: root["icuLocale"] ?? root, path: path, "'icuLocale' is empty: e.g. sr_Latn")
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
        case is [[String]].Type: return "a list of lists of strings"
        case is [String: Int].Type: return "a mapping of words to whole numbers"
        default: return "a valid \(type)"
        }
    }
}
