import ArgumentParser
import Foundation
import TipL10nKit

/// The options every project command shares: which project, and what replaces its cable,
/// rules, store or clock for this run. ``context(_:ratesPath:)`` resolves them once.
struct ProjectOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The project folder (default: the nearest folder holding tipl10n.yaml, from here up).",
            valueName: "dir"),
        completion: .directory)
    var project: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Another cable for this run: web-page text, plain-text archive, the cable's HTML page or a bare telegram.",
            discussion: "Default: the project's cable (the built-in 2009 Kosovo cable 09STATE61188 outside a project).",
            valueName: "file"),
        completion: .file(extensions: ["txt", "html", "htm"]))
    var cable: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Other segmentation rules in SRX 2.0 format (default: the project's, else tipl10n's English rules).",
            valueName: "file"),
        completion: .file(extensions: ["srx"]))
    var srx: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Another translation store for this run: a SQLite file or a shared PostgreSQL store "
                + "(postgres://USER@HOST:PORT/DATABASE; the password from the URL or PGPASSWORD).",
            valueName: "path-or-url"),
        completion: .file(extensions: ["sqlite"]))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Act as if it were this moment: ISO 8601 with a zone (2009-06-16T14:00:00Z, 2009-06-16T16:00:00+02:00).",
            valueName: "instant"),
        transform: { try Instant.parse($0) })
    var now: Date?

    /// The project, the overrides and the moment, resolved once.
    /// - Throws: ``ProjectError`` and the other errors of ``ProjectContext/resolve(currentFolder:projectFolder:now:overrides:)``.
    func context(_ io: CommandIO, ratesPath: String? = nil) throws -> ProjectContext {
        try ProjectContext.resolve(
            currentFolder: io.currentFolder, projectFolder: project, now: now ?? io.clock(),
            overrides: .init(
                cablePath: cable, storePath: store, segmentationPath: srx, ratesPath: ratesPath,
                postgresPassword: io.postgresPassword))
    }
}

/// `--format text|json`: the one output-format option.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Parts of the cable (`--include narrative,press,nonpaper`).
struct PartList: ExpressibleByArgument {
    var parts: Set<SourcePart>

    init?(argument: String) {
        var parts: Set<SourcePart> = []
        for name in argument.split(separator: ",") {
            guard let part = SourcePart(projectName: String(name)) else { return nil }
            parts.insert(part)
        }
        guard !parts.isEmpty else { return nil }
        self.parts = parts
    }

    static var defaultCompletionKind: CompletionKind { .list(["narrative", "press", "nonpaper"]) }
}

/// `--lang sq,sr-Latn`, `--lang all`: target locales as typed (the project resolves them).
struct LocaleList: ExpressibleByArgument {
    var tags: [String]

    init?(argument: String) {
        let tags = argument.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard !tags.contains(where: \.isEmpty) else { return nil }
        self.tags = tags
    }

    static var defaultCompletionKind: CompletionKind {
        .custom { _, _, _ in ["all"] + LocaleCompletion.tags }
    }
}

/// Tags offered by shell completion for `--lang`: `all`, the project's locales, then common ones.
enum LocaleCompletion {
    static var tags: [String] {
        var tags: [String] = []
        let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let project = try? Project.discover(from: folder) { tags += project.file.locales.map(\.tag) }
        let common = ["sq", "sr-Latn", "sr-Cyrl", "es", "fr", "nl", "ru", "ar", "zh-Hans", "zh-Hant", "pt", "is"]
        for tag in common where !tags.contains(tag) { tags.append(tag) }
        return tags
    }
}
