import Foundation

/// A format `build` writes.
public enum PublishFormat: String, Sendable, CaseIterable {
    /// A complete, self-contained HTML page.
    case html
    /// One `<article>` for the Mission's content management system.
    case fragment
    case md, txt

    /// The end of the file name: `html`, `fragment.html`, `md`, `txt`.
    public var fileExtension: String {
        self == .fragment ? "fragment.html" : rawValue
    }
}

/// How to build (`tipl10n build`); every `nil` takes the project's setting.
public struct BuildSettings: Sendable {
    /// The formats; `nil` for the project's `publish.formats`.
    public var formats: [PublishFormat]?
    /// The folder to write to, relative to the current folder; `nil` for the project's
    /// (`folders.publish`, or `folders.hostGovernment` for the host government).
    public var outputFolder: String?
    /// Whose embargo applies, and what is built: the public page, or the host-government
    /// package (narrative and non-paper, embargo line, own file name and folder).
    public var audience: Embargo.Audience = .publicRelease
    /// Build despite missing, stale or failing units, as a draft (own file name, banner,
    /// findings highlighted).
    public var isDraft = false
    /// Parts added after the narrative (`press`); `nil` for the project's `publish.include`.
    public var includedParts: [SourcePart]?

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
    /// Set for a draft: its counts, as the banner says them.
    public var draft: LocalizedPage.DraftSummary?
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

    /// `09STATE61188.sq.html`, `09STATE61188.sq.draft.html`,
    /// `09STATE61188.sq.host-government.html`, `09STATE61188.sq.fragment.html`: cable ID,
    /// tag, `host-government` for the host government, `draft` for a draft, the format's end.
    public static func publishedFileName(
        cableID: String, locale: String, audience: Embargo.Audience = .publicRelease, isDraft: Bool = false,
        format: PublishFormat
    ) -> String {
        var parts = [cableID, locale]
        if audience == .hostGovernment { parts.append("host-government") }
        if isDraft { parts.append("draft") }
        parts.append(format.fileExtension)
        return parts.joined(separator: ".")
    }

    /// The disclaimer the project sets for `locale` (`publish.disclaimer`); for a Serbian
    /// script it has none for, the other script's converted. `nil` when the project sets none
    /// (the locale profile's then applies).
    public func disclaimer(for locale: String) throws -> String? {
        let disclaimers = project.file.publish.disclaimers
        if let text = disclaimers[locale] { return text }
        guard let from = conversionSource(of: locale) ?? Publisher.counterpart(of: locale),
            ScriptConversion.converts(from: from, to: locale), let text = disclaimers[from]
        else { return nil }
        let kept = try profile(for: locale)?.allowedForeignTokens ?? []
        let transliterator = SerbianTransliterator(keptTokens: kept)
        return locale == "sr-Cyrl" ? transliterator.cyrillic(fromLatin: text) : transliterator.latin(fromCyrillic: text)
    }

    /// Builds each locale's page in each format from the store; all pages are made before any
    /// is written, and none is written when one is refused.
    ///
    /// The public page holds the narrative and the included parts, the locale's labels, the
    /// disclaimer and links to the English original and the project's other languages
    /// (relative, or under `publish.linksBase`). A draft (``BuildSettings/isDraft``) is written
    /// as `<cable>.<tag>.draft.<ext>` with its banner and findings. The host-government
    /// package adds the non-paper and the embargo line, has no language links, and is written
    /// as `<cable>.<tag>.host-government.<ext>` into `folders.hostGovernment`, never into the
    /// public folder. Notes: a part published in English because the project does not
    /// translate it; language links to pages not built yet.
    ///
    /// - Parameter locales: from ``publishedLocales(_:)``.
    /// - Throws: ``EmbargoError`` before the audience's embargo moment; ``PublishingError``
    ///   (with every failing unit of every locale) when units are missing, stale or fail
    ///   verification and this is not a draft, when the non-paper is asked for on a public
    ///   page, or when the host-government package would go into the public folder;
    ///   ``CableError``, ``StoreError``, ``FileError``.
    public func build(_ locales: [String], settings: BuildSettings) throws -> [BuildOutcome] {
        let source = try source()
        let store = try store(creating: false)
        if store == nil, locales.contains(where: { $0 != "en" }) {
            // Without a store every unit would be "missing": say what is missing instead.
            guard let shown = storeDisplayPath else { throw noProjectStore("to build from") }
            throw StoreError(
                path: shown,
                message: "no translation store yet: import a completed XLIFF file first (the English original, "
                    + "--lang en, builds without one)")
        }
        let formats = settings.formats ?? project.file.publish.formats.compactMap(PublishFormat.init(rawValue:))
        let publicFolder = projectURL(project.file.folders.publish)
        let folder: URL
        if settings.audience == .hostGovernment {
            folder = settings.outputFolder.map(userURL) ?? projectURL(project.file.folders.hostGovernment)
            if FileAccess.isInside(folder, publicFolder) {
                throw PublishingError(
                    message: "the host-government package may not be written into the public folder "
                        + "\(displayPath(publicFolder)): it is embargoed until the public release")
            }
        } else {
            folder = settings.outputFolder.map(userURL) ?? publicFolder
        }
        let linksBase = project.file.publish.linksBase
        var linked = ["en"]
        for tag in project.file.locales.map(\.tag) {
            let published = tag == "sq-XK" ? "sq" : tag
            if !linked.contains(published) { linked.append(published) }
        }
        for locale in locales where !linked.contains(locale) { linked.append(locale) }

        var pages: [(outcome: BuildOutcome, files: [(URL, String, Data)])] = []
        var refusals: [PublishingError] = []
        var englishParts: [SourcePart] = []
        var lacksNonPaper = false
        for locale in locales {
            var request = Publisher.Request(
                cableData: source.input.data, cablePath: source.input.displayPath, locale: locale,
                audience: settings.audience, now: now, isDraft: settings.isDraft, segmenter: try segmenter())
            request.post = project.isDemo && overrides.cablePath != nil ? nil : post
            request.includedParts = settings.includedParts ?? project.file.publish.include
            request.translatedParts = Set(project.file.cable.parts)
            request.disclaimer = try disclaimer(for: locale)
            let result: Publisher.Result
            do {
                result = try Publisher.build(request, store: store, profile: profile(for:))
            } catch let error as PublishingError where !error.problems.isEmpty {
                refusals.append(error)
                continue
            }
            if let from = result.derivedFrom {
                note("no \(locale) translations are stored: the text is converted from \(from)", check: "publishing")
            }
            for part in result.englishParts where !englishParts.contains(part) { englishParts.append(part) }
            lacksNonPaper = lacksNonPaper || result.document.nonPaper.isEmpty
            let cableID = result.document.cableID
            var links: [LocalizedPage.LanguageLink] = []
            if settings.audience == .publicRelease {
                links = linked.map { tag in
                    LocalizedPage.LanguageLink(
                        tag: tag, name: TargetLocale(tag: tag).nativeName, stem: "\(cableID).\(tag)",
                        base: linksBase ?? "", isCurrent: tag == locale)
                }
            }
            let draft = settings.isDraft ? LocalizedPage.DraftSummary(findings: result.problems) : nil
            var notice: LocalizedPage.EmbargoNotice?
            if settings.audience == .hostGovernment {
                notice = LocalizedPage.EmbargoNotice(
                    moment: result.embargo.publicRelease, embargo: result.embargo, labels: result.labels,
                    icuLocale: try profile(for: locale)?.icuLocale ?? locale)
            }
            let page = LocalizedPage(
                document: result.document, labels: result.labels, languageLinks: links, draft: draft, embargo: notice)
            var files: [(URL, String, Data)] = []
            for format in formats {
                let name = Self.publishedFileName(
                    cableID: cableID, locale: locale, audience: settings.audience, isDraft: settings.isDraft,
                    format: format)
                let url = folder.appendingPathComponent(name)
                let shown =
                    settings.outputFolder.map { ($0 as NSString).appendingPathComponent(name) } ?? displayPath(url)
                let bytes: Data
                switch format {
                case .html: bytes = try page.html(path: shown)
                case .fragment: bytes = try page.fragment(path: shown)
                case .md: bytes = Data(page.markdown.utf8)
                case .txt: bytes = Data(page.plainText.utf8)
                }
                files.append((url, shown, bytes))
            }
            let outcome = BuildOutcome(
                locale: locale, displayPaths: files.map(\.1), derivedFrom: result.derivedFrom,
                problems: result.problems.map { $0.with(severity: .warning) }, draft: draft)
            pages.append((outcome, files))
        }
        if let first = refusals.first {
            guard refusals.count > 1 else { throw first }
            throw PublishingError(
                message: refusals.map(\.message).joined(separator: "; "), problems: refusals.flatMap(\.problems))
        }
        for part in englishParts {
            let name = part == .nonPaper ? "the non-paper" : "the press guidance"
            note(
                "\(name) is not among the parts the project translates (cable.parts): it is published in English",
                check: "publishing")
        }
        if settings.audience == .hostGovernment && lacksNonPaper {
            note(
                "the cable has no non-paper: the host-government package holds the narrative only", check: "publishing")
        }
        // Every file is checked before any is written; if a write still fails, the error says
        // which files were already written.
        for page in pages {
            for (url, shown, _) in page.files { try FileAccess.checkWritable(url, displayPath: shown) }
        }
        var written: [String] = []
        for page in pages {
            for (url, shown, bytes) in page.files {
                do {
                    try FileAccess.writeAtomically(bytes, to: url, displayPath: shown)
                } catch let error as FileError where !written.isEmpty {
                    throw FileError(
                        path: error.path,
                        message: error.message + " (already written: \(written.joined(separator: ", ")))")
                }
                written.append(shown)
            }
        }
        if !settings.isDraft {
            removeSupersededDrafts(
                cableID: source.document.cableID, locales: pages.map(\.outcome.locale), formats: formats,
                audience: settings.audience, folder: folder, shownFolder: settings.outputFolder)
        }
        if settings.audience == .publicRelease && !settings.isDraft && linksBase == nil {
            noteMissingLinkedPages(
                linked: linked, cableID: source.document.cableID, formats: formats, folder: folder,
                shownFolder: settings.outputFolder)
        }
        return pages.map(\.outcome)
    }

    /// Removes the draft of each page just built as final (`09STATE61188.sq.draft.html` beside
    /// `09STATE61188.sq.html`), so an outdated draft never sits in the folder a web editor
    /// uploads; each removal is a note, a draft that cannot be removed a warning.
    private func removeSupersededDrafts(
        cableID: String, locales: [String], formats: [PublishFormat], audience: Embargo.Audience, folder: URL,
        shownFolder: String?
    ) {
        for locale in locales {
            for format in formats {
                let name = Self.publishedFileName(
                    cableID: cableID, locale: locale, audience: audience, isDraft: true, format: format)
                let draft = folder.appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: draft.path) else { continue }
                let shown = shownFolder.map { ($0 as NSString).appendingPathComponent(name) } ?? displayPath(draft)
                do {
                    try FileManager.default.removeItem(at: draft)
                    note("removed \(shown): the draft of the page now built", check: "publishing")
                } catch {
                    warn(
                        "an outdated draft that could not be removed (\(error.localizedDescription))", location: shown,
                        check: "publishing")
                }
            }
        }
    }

    /// Notes the language versions the pages link to that are not in `folder` (relative links).
    private func noteMissingLinkedPages(
        linked: [String], cableID: String, formats: [PublishFormat], folder: URL, shownFolder: String?
    ) {
        var missing: [String] = []
        for fileExtension in Set(formats.map { $0 == .fragment ? "html" : $0.rawValue }).sorted()
        where fileExtension != "txt" {
            for tag in linked {
                let name = "\(cableID).\(tag).\(fileExtension)"
                let url = folder.appendingPathComponent(name)
                guard !FileManager.default.fileExists(atPath: url.path) else { continue }
                missing.append(shownFolder.map { ($0 as NSString).appendingPathComponent(name) } ?? displayPath(url))
            }
        }
        guard !missing.isEmpty else { return }
        note(
            "the language links point to \(missing.joined(separator: ", ")), not built yet", check: "publishing")
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
