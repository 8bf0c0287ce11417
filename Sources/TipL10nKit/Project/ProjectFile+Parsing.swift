import Foundation
import Yams

extension ProjectFile {
    /// The top-level keys of version 1.
    static let topLevelKeys = [
        "version", "cable", "post", "locales", "costs", "memory", "store", "segmentation", "folders", "publish",
        "glossary", "verification",
    ]

    /// Reads a project file.
    ///
    /// - Parameters:
    ///   - text: the YAML text.
    ///   - path: the file as the user or discovery named it, for messages.
    /// - Throws: ``ProjectError`` with the 1-based line and column of the offending node:
    ///   `tipl10n.yaml:3:3: error: unknown key 'cabel' in the project file: expected one of …`,
    ///   `tipl10n.yaml:12:20: error: 'memory.fuzzyThreshold' must be a whole number`,
    ///   `… unsupported project file version 2 (this tipl10n reads version 1)`; ``CostError``
    ///   (with line and column) for the `costs` section.
    public static func parse(_ text: String, path: String) throws -> ProjectFile {
        let root = try YAMLFields.root(of: text, path: path, context: "the project file")
        try root.requireKnownKeys(topLevelKeys)

        guard let version = try root.int("version") else {
            throw root.error(at: root.value("version"), "missing 'version' (version: \(currentVersion))")
        }
        guard version == currentVersion else {
            throw root.error(
                at: root.value("version"),
                "unsupported project file version \(version) (this tipl10n reads version \(currentVersion))")
        }

        guard let cableFields = try root.mapping("cable") else {
            throw root.error("missing 'cable' in the project file (cable: {path: cables/<cable>.txt})")
        }
        let cable = try readCable(cableFields)
        guard let postFields = try root.mapping("post") else {
            throw root.error("missing 'post' in the project file (post: {name: …, country: …, bureau: …})")
        }
        let post = try readPost(postFields)
        let locales = try readLocales(root)
        guard let costsNode = root.value("costs") else {
            throw root.error("missing 'costs' in the project file (costs: {currency: USD, rates: {sq: 0.13}})")
        }
        guard costsNode.mapping != nil else { throw root.error(at: costsNode, "'costs' must be a mapping") }
        let costs = try RateTable.read(costsNode, path: path, isFile: false)

        var file = ProjectFile(cable: cable, post: post, locales: locales, costs: costs)
        file.version = version
        if let memory = try root.mapping("memory") {
            try memory.requireKnownKeys(["fuzzyThreshold"])
            if let threshold = try memory.int("fuzzyThreshold") {
                guard (1...100).contains(threshold) else {
                    throw memory.error(
                        at: memory.value("fuzzyThreshold"),
                        "'memory.fuzzyThreshold' must be between 1 and 100, not \(threshold)")
                }
                file.fuzzyThreshold = threshold
            }
        }
        if let store = try root.string("store") {
            guard !store.isEmpty else { throw root.error(at: root.value("store"), "'store' is empty") }
            file.store = store
        }
        file.segmentation = try root.string("segmentation")
        if let folders = try root.mapping("folders") {
            try folders.requireKnownKeys(["xliff", "publish", "tmx", "hostGovernment"])
            file.folders.xliff = try folders.string("xliff") ?? file.folders.xliff
            file.folders.publish = try folders.string("publish") ?? file.folders.publish
            file.folders.tmx = try folders.string("tmx") ?? file.folders.tmx
            file.folders.hostGovernment = try folders.string("hostGovernment") ?? file.folders.hostGovernment
            if FileAccess.isInside(file.folders.hostGovernment, file.folders.publish) {
                throw folders.error(
                    at: folders.value("hostGovernment") ?? folders.value("publish"),
                    "'folders.hostGovernment' (\(file.folders.hostGovernment)) is inside the public folder "
                        + "'folders.publish' (\(file.folders.publish)): the embargoed package must stay out of it")
            }
        }
        if let publish = try root.mapping("publish") {
            file.publish = try readPublish(publish, locales: locales.map(\.tag))
        }
        if let glossary = try root.string("glossary") {
            guard !glossary.isEmpty else { throw root.error(at: root.value("glossary"), "'glossary' is empty") }
            file.glossary = glossary
        }
        if let verification = try root.mapping("verification") {
            file.verification = try readVerification(verification)
        }
        return file
    }

    /// - Parameter locales: the project's locales: a disclaimer names one of them.
    private static func readPublish(_ publish: YAMLFields, locales: [String]) throws -> PublishSettings {
        try publish.requireKnownKeys(["formats", "include", "linksBase", "disclaimer"])
        var settings = PublishSettings()
        if let formats = try publish.strings("formats") {
            for (format, node) in formats where !PublishSettings.formatNames.contains(format) {
                throw publish.error(
                    at: node, "unknown format '\(format)' in 'publish.formats': expected html, fragment, md or txt")
            }
            guard !formats.isEmpty else {
                throw publish.error(at: publish.value("formats"), "'publish.formats' is empty")
            }
            for (index, (format, node)) in formats.enumerated()
            where formats[..<index].contains(where: { $0.text == format }) {
                throw publish.error(at: node, "the format \(format) is listed twice in 'publish.formats'")
            }
            settings.formats = formats.map(\.text)
        }
        if let names = try publish.strings("include") {
            var parts: [SourcePart] = []
            for (name, node) in names {
                guard let part = SourcePart(projectName: name), part != .narrative else {
                    throw publish.error(at: node, "unknown part '\(name)' in 'publish.include': expected press")
                }
                guard part != .nonPaper else {
                    throw publish.error(
                        at: node,
                        "'publish.include' cannot hold nonpaper: the non-paper goes to the host government only")
                }
                if !parts.contains(part) { parts.append(part) }
            }
            settings.include = parts
        }
        if let base = try publish.string("linksBase") {
            // An http(s) address or a path: any other scheme (javascript:, data:, ftp:) has no
            // place in a page's language links.
            let lowered = base.lowercased()
            if let colon = lowered.firstIndex(of: ":"), !lowered.hasPrefix("https://"), !lowered.hasPrefix("http://"),
                lowered[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
            {
                throw publish.error(
                    at: publish.value("linksBase"),
                    "'publish.linksBase' must be an http or https address or a path, not \(base)")
            }
            guard base.hasSuffix("/") else {
                throw publish.error(
                    at: publish.value("linksBase"),
                    "'publish.linksBase' must end with '/': it is put before each file name (\(base)/)")
            }
            settings.linksBase = base
        }
        if let node = publish.value("disclaimer") {
            guard let mapping = node.mapping else {
                throw publish.error(at: node, "'publish.disclaimer' must be a mapping of locales to texts")
            }
            for (key, value) in mapping {
                let typed = key.string ?? ""
                let tag: String
                do {
                    tag = try TargetLocale.resolve(typed).locale.tag
                } catch {
                    throw publish.error(at: key, "in 'publish.disclaimer': \(Diagnostic.from(error).message)")
                }
                guard case .scalar(let scalar) = value else {
                    throw publish.error(at: value, "'publish.disclaimer.\(typed)' must be a text")
                }
                guard !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw publish.error(at: value, "'publish.disclaimer.\(typed)' is empty")
                }
                guard locales.contains(tag) else {
                    let reason =
                        tag == "en" || tag.hasPrefix("en-")
                        ? "the English original carries no disclaimer"
                        : "\(tag) is not one of the project's locales (\(locales.joined(separator: ", "))): add it to "
                            + "'locales' or remove the text"
                    throw publish.error(at: key, "'publish.disclaimer' has a text for \(tag), but \(reason)")
                }
                guard settings.disclaimers[tag] == nil else {
                    throw publish.error(at: key, "the locale \(tag) has two disclaimers in 'publish.disclaimer'")
                }
                settings.disclaimers[tag] = scalar.string
            }
        }
        return settings
    }

    private static func readVerification(_ fields: YAMLFields) throws -> VerificationSettings {
        try fields.requireKnownKeys(["checks", "exclude", "severity", "ignore"])
        var settings = VerificationSettings()
        let known = Verifier.checkIDs
        func checkIDs(_ key: String) throws -> [String] {
            guard let items = try fields.strings(key) else { return [] }
            var result: [String] = []
            for (id, node) in items {
                if key == "checks" && id == "all" { continue }
                guard known.contains(id) else {
                    throw fields.error(
                        at: node,
                        "unknown check '\(id)' in 'verification.\(key)': the checks are \(known.joined(separator: ", "))"
                    )
                }
                if !result.contains(id) { result.append(id) }
            }
            return result
        }
        settings.checks = try checkIDs("checks")
        settings.exclude = try checkIDs("exclude")
        if let severity = try fields.mapping("severity") {
            for (key, value) in severity.node.mapping ?? Node.Mapping([]) {
                let id = key.string ?? ""
                guard known.contains(id) else {
                    throw fields.error(
                        at: key,
                        "unknown check '\(id)' in 'verification.severity': the checks are \(known.joined(separator: ", "))"
                    )
                }
                guard case .scalar(let scalar) = value, let level = Diagnostic.Severity(rawValue: scalar.string) else {
                    throw fields.error(
                        at: value, "'verification.severity.\(id)' must be error, warning or note")
                }
                settings.severities.append((id, level))
            }
        }
        if let ignore = try fields.string("ignore") {
            guard !ignore.isEmpty else {
                throw fields.error(at: fields.value("ignore"), "'verification.ignore' is empty")
            }
            settings.ignoreFile = ignore
        }
        return settings
    }

    private static func readCable(_ fields: YAMLFields) throws -> CableSetting {
        try fields.requireKnownKeys(["path", "id", "parts"])
        let path = try fields.requiredString("path", example: "cables/09STATE61188.txt")
        let id = try fields.string("id")
        var parts: [SourcePart] = [.narrative, .press]
        if let names = try fields.strings("parts") {
            var chosen = Set<SourcePart>()
            for (name, node) in names {
                guard let part = SourcePart(projectName: name) else {
                    throw fields.error(
                        at: node, "unknown part '\(name)' in 'cable.parts': expected narrative, press or nonpaper")
                }
                chosen.insert(part)
            }
            guard !chosen.isEmpty else { throw fields.error(at: fields.value("parts"), "'cable.parts' is empty") }
            parts = SourcePart.documentOrder.filter(chosen.contains)
        }
        var setting = CableSetting(path: path, id: id, parts: parts)
        func position(_ key: String) -> FilePosition? {
            fields.value(key)?.mark.map { FilePosition(line: $0.line, column: $0.column) }
        }
        setting.pathPosition = position("path")
        setting.idPosition = position("id")
        return setting
    }

    private static func readPost(_ fields: YAMLFields) throws -> PostSetting {
        try fields.requireKnownKeys(["name", "country", "bureau", "executiveOffice", "timeZone"])
        let typedName = try fields.requiredString("name", example: "PRISTINA")
        guard let name = RequestingPost.normalizedName(typedName) else {
            throw fields.error(
                at: fields.value("name"),
                "'post.name' '\(typedName)' is not a post name: use letters, spaces and hyphens")
        }
        let country = try fields.requiredString("country", example: "Kosovo")
        let bureauText = try fields.requiredString("bureau", example: "EUR")
        guard let bureau = RegionalBureau(symbol: bureauText) else {
            throw fields.error(
                at: fields.value("bureau"),
                "unknown bureau '\(bureauText)' in 'post.bureau': expected "
                    + RegionalBureau.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if let office = try fields.string("executiveOffice"), office != bureau.executiveOffice {
            throw fields.error(
                at: fields.value("executiveOffice"),
                "'post.executiveOffice' is \(office), but the EX office of \(bureau.rawValue) is \(bureau.executiveOffice)"
            )
        }
        let zone = try fields.requiredString("timeZone", example: "Europe/Belgrade")
        guard TimeZone(identifier: zone) != nil else {
            throw fields.error(
                at: fields.value("timeZone"),
                "unknown time zone '\(zone)' in 'post.timeZone': expected an IANA name such as Europe/Belgrade")
        }
        return PostSetting(name: name, country: country, bureau: bureau, timeZone: zone)
    }

    private static func readLocales(_ root: YAMLFields) throws -> [LocaleSetting] {
        guard let node = root.value("locales") else {
            throw root.error("missing 'locales' in the project file (locales: [sq, sr-Latn])")
        }
        guard let sequence = node.sequence, !sequence.isEmpty else {
            throw root.error(at: node, "'locales' must be a list of BCP 47 tags, e.g. [sq, sr-Latn]")
        }
        func tag(_ text: String, at node: Node) throws -> String {
            do {
                return try TargetLocale.resolve(text).locale.tag
            } catch {
                throw root.error(at: node, "in 'locales': \(Diagnostic.from(error).message)")
            }
        }
        var settings: [LocaleSetting] = []
        for item in sequence {
            var setting: LocaleSetting
            if case .scalar(let scalar) = item {
                setting = LocaleSetting(tag: try tag(scalar.string, at: item))
            } else if item.mapping != nil {
                let fields = YAMLFields(node: item, path: root.path, context: "a locale in 'locales'")
                try fields.requireKnownKeys(["tag", "from"])
                let typed = try fields.requiredString("tag", example: "sr-Cyrl")
                setting = LocaleSetting(tag: try tag(typed, at: fields.value("tag") ?? item))
                if let from = try fields.string("from") {
                    setting.convertedFrom = try tag(from, at: fields.value("from") ?? item)
                }
            } else {
                throw root.error(at: item, "each entry of 'locales' is a tag or a mapping with tag and from")
            }
            guard !settings.contains(where: { $0.tag == setting.tag }) else {
                throw root.error(at: item, "the locale \(setting.tag) is listed twice in 'locales'")
            }
            settings.append(setting)
        }
        for (setting, item) in zip(settings, sequence) {
            guard let from = setting.convertedFrom else { continue }
            guard ScriptConversion.converts(from: from, to: setting.tag) else {
                throw root.error(
                    at: item, "\(setting.tag) cannot be made from \(from) by script conversion (only sr-Latn ↔ sr-Cyrl)"
                )
            }
            guard let source = settings.first(where: { $0.tag == from }), source.convertedFrom == nil else {
                throw root.error(
                    at: item, "\(setting.tag) is made from \(from), which must be a translated locale of the project")
            }
        }
        return settings
    }
}

extension SourcePart {
    /// The parts in document order: narrative, non-paper, press.
    public static let documentOrder: [SourcePart] = [.narrative, .nonPaper, .press]

    /// `narrative`, `press`, `nonpaper` (as typed in the project file and in `--include`).
    public init?(projectName: String) {
        switch projectName.trimmingCharacters(in: .whitespaces).lowercased() {
        case "narrative": self = .narrative
        case "press", "press-guidance", "qa": self = .press
        case "nonpaper", "non-paper": self = .nonPaper
        default: return nil
        }
    }
}

extension ScriptConversion {
    /// True when tipl10n can make `target` from `source` by script conversion (``pairs``):
    /// `sr-Latn` → `sr-Cyrl` and `sr-Cyrl` → `sr-Latn`.
    public static func converts(from source: String, to target: String) -> Bool {
        pairs.contains { $0.from == source && $0.to == target }
    }
}
