import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n init [DIR] --cable FILE --lang sq,sr-Latn`: makes a folder a project.
struct InitCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a folder a tipl10n project for one post's season: tipl10n.yaml, the cable, the store.",
        discussion: """
            Reads the cable and fills in what it tells (cable ID, post, country, regional bureau and its EX \
            office, the post's time zone), writes tipl10n.yaml with every setting and a comment for each, copies \
            a cable from outside the folder into cables/ (the built-in 2009 Kosovo cable when none is named), \
            and creates the translation store .tipl10n/store.sqlite. Every other command then finds the project \
            from any subfolder. When both sr-Latn and sr-Cyrl are named, sr-Cyrl is made from sr-Latn by script \
            conversion. Keys: Docs/Project.md.
            """)

    @Argument(
        help: ArgumentHelp("The folder to make a project of (default: the current folder).", valueName: "dir"),
        completion: .directory)
    var folder: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The rollout cable (default: the built-in 2009 Kosovo cable).", valueName: "file"),
        completion: .file(extensions: ["txt", "html", "htm"]))
    var cable: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Target locales, comma-separated BCP 47 tags (default for the built-in cable: sq,sr-Latn,sr-Cyrl).",
            valueName: "tags"))
    var lang: LocaleList?

    @Option(name: .long, help: ArgumentHelp("The post, when the cable's TO line does not name it.", valueName: "name"))
    var post: String?

    @Option(name: .long, help: "The regional bureau, when the country is not in tipl10n's table.")
    var bureau: BureauArgument?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A rates file whose currency, rates and weights the project takes (default: tipl10n's).",
            valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var rates: String?

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let folder = FileAccess.resolve(self.folder ?? ".", in: io.currentFolder)
            let result = try Project.initialize(
                .init(
                    folder: folder, cablePath: cable, locales: lang?.tags, post: post, bureau: bureau?.bureau,
                    ratesPath: rates, currentFolder: io.currentFolder))
            for note in result.notes { console.report(note) }
            console.print("created a tipl10n project in \(folder.path)")
            let width = (result.readFromCable.map(\.key.count).max() ?? 0) + 2
            console.print("from the cable:")
            for (key, value) in result.readFromCable {
                console.print("  " + (key + ":").padding(toLength: width, withPad: " ", startingAt: 0) + value)
            }
            let locales = result.project.file.locales.map { setting in
                setting.convertedFrom.map { "\(setting.tag) (from \($0))" } ?? setting.tag
            }
            console.print("locales: \(locales.joined(separator: ", "))")
            let written = result.written.map { url in
                url.path.hasPrefix(folder.path + "/") ? String(url.path.dropFirst(folder.path.count + 1)) : url.path
            }
            console.print("wrote \(written.joined(separator: ", "))")
            console.print("next: tipl10n export --lang all")
        }
    }
}

/// `--bureau EUR`.
struct BureauArgument: ExpressibleByArgument {
    var bureau: RegionalBureau

    init?(argument: String) {
        guard let bureau = RegionalBureau(symbol: argument) else { return nil }
        self.bureau = bureau
    }

    static var allValueStrings: [String] { RegionalBureau.allCases.map(\.rawValue) }
}
