import Foundation

/// A format `build` writes.
public enum PublishFormat: String, Sendable, CaseIterable {
    case html, md, txt
}

/// How to build (`tipl10n build`); every `nil` takes the project's setting.
public struct BuildSettings: Sendable {
    /// The formats; `nil` for the project's `publish.formats`.
    public var formats: [PublishFormat]?
    /// The folder to write to, relative to the current folder; `nil` for the project's.
    public var outputFolder: String?
    /// Whose embargo applies.
    public var audience: Embargo.Audience = .publicRelease
    /// Build despite missing, stale or failing units, marking them.
    public var isDraft = false

    /// The defaults.
    public init() {}
}

/// One locale's build.
public struct BuildOutcome: Sendable {
    /// `en`, `sq`, `sr-Cyrl`, …
    public var locale: String
    /// The files written, as the user sees them.
    public var displayPaths: [String]
    /// The locale the text was converted from (`sr-Latn` for a derived `sr-Cyrl`), or `nil`.
    public var derivedFrom: String?
    /// Units missing, stale or failing verification, marked in a draft (warnings).
    public var problems: [Diagnostic]
}

extension ProjectContext {
    /// The locales `build` publishes: `en` (any `en-*`) for the English original, `sq-XK` as
    /// `sq` (with a note), the others as ``locales(_:)`` resolves them.
    /// - Throws: ``TargetLocaleError``, ``ProjectError`` as ``locales(_:)``.
    public func publishedLocales(_ typed: [String]?) throws -> [String] {
        var result: [String] = []
        var others: [String] = []
        for text in typed ?? ["all"] {
            let lower = text.lowercased()
            if lower == "en" || lower.hasPrefix("en-") {
                if !result.contains("en") { result.append("en") }
            } else {
                others.append(text)
            }
        }
        guard !others.isEmpty else { return result }
        for locale in try locales(others) {
            var tag = locale.tag
            if tag == "sq-XK" {
                // Albanian as written in Kosovo is published from the Albanian translations.
                note("sq-XK is built from the sq translations", check: "locale")
                tag = "sq"
            }
            if !result.contains(tag) { result.append(tag) }
        }
        return result
    }

    /// Builds the localized narrative and press guidance for each locale, in each format, from
    /// the store; all pages are made before any is written, and none is written when one is
    /// refused.
    ///
    /// - Parameter locales: from ``publishedLocales(_:)``.
    /// - Throws: ``EmbargoError`` before the audience's embargo moment; ``PublishingError``
    ///   (with every failing unit of every locale) when units are missing, stale or fail
    ///   verification and this is not a draft; ``CableError``, ``StoreError``, ``FileError``.
    public func build(_ locales: [String], settings: BuildSettings) throws -> [BuildOutcome] {
        let source = try source()
        let store = try store(creating: false)
        let formats = settings.formats ?? project.file.publish.formats.compactMap(PublishFormat.init(rawValue:))
        let folder =
            settings.outputFolder.map(userURL) ?? projectURL(project.file.folders.publish)
        var pages: [(outcome: BuildOutcome, files: [(URL, String, Data)])] = []
        var refusals: [PublishingError] = []
        for locale in locales {
            var request = Publisher.Request(
                cableData: source.input.data, cablePath: source.input.displayPath, locale: locale,
                audience: settings.audience, now: now, isDraft: settings.isDraft, segmenter: try segmenter())
            request.post = project.isDemo && overrides.cablePath != nil ? nil : post
            let result: Publisher.Result
            do {
                result = try Publisher.build(request, store: store, profile: profile(for:))
            } catch let error as PublishingError {
                refusals.append(error)
                continue
            }
            var files: [(URL, String, Data)] = []
            for format in formats {
                let name = "\(result.document.cableID).\(locale).\(format.rawValue)"
                let url = folder.appendingPathComponent(name)
                let shown =
                    settings.outputFolder.map { ($0 as NSString).appendingPathComponent(name) } ?? displayPath(url)
                let bytes: Data
                switch format {
                case .html: bytes = try result.document.html(path: shown)
                case .md: bytes = Data(result.document.markdown.utf8)
                case .txt: bytes = Data(result.document.plainText.utf8)
                }
                files.append((url, shown, bytes))
            }
            let outcome = BuildOutcome(
                locale: locale, displayPaths: files.map(\.1), derivedFrom: result.derivedFrom,
                problems: result.problems.map { $0.with(severity: .warning) })
            pages.append((outcome, files))
        }
        if let first = refusals.first {
            guard refusals.count > 1 else { throw first }
            throw PublishingError(
                message: refusals.map(\.message).joined(separator: "; "), problems: refusals.flatMap(\.problems))
        }
        for page in pages {
            for (url, shown, bytes) in page.files {
                try FileAccess.writeAtomically(bytes, to: url, displayPath: shown)
            }
        }
        return pages.map(\.outcome)
    }

    /// Where each project locale stands (or those asked for): units, verification, cost
    /// request, embargo moments, next step.
    /// - Throws: ``CableError``, ``EmbargoError``, ``StoreError``, ``LocaleProfileError``.
    public func status(_ locales: [TargetLocale]? = nil) throws -> PublishingStatus {
        let source = try source()
        let chosen = try locales ?? self.locales(nil)
        return try PublishingStatus.compute(
            cableData: source.input.data, cablePath: source.input.displayPath, segmenter: try segmenter(),
            store: try store(creating: false), now: now,
            locales: chosen.map { ($0.tag, conversionSource(of: $0.tag)) },
            post: project.isDemo && overrides.cablePath != nil ? nil : post, profile: profile(for:))
    }
}
