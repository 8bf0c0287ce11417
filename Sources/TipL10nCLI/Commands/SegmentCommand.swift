import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n segment`: prints translation units (or the segments of plain English text), one per line.
struct SegmentCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print the translation units of the cable, or segment plain English text, one per line.",
        discussion: """
            Each line is the unit ID, a tab, and the source text. With --text, paragraphs are separated by \
            blank lines, hard-wrapped lines are joined, and IDs are p<paragraph>.s<segment>. Use - to read \
            standard input.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(
        name: .long, help: ArgumentHelp("Plain English text to segment instead of a cable.", valueName: "file"),
        completion: .file())
    var text: String?

    @Option(
        name: .long, help: "Parts to include, comma-separated: narrative, press, nonpaper (default: the project's).")
    var include: PartList?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if text != nil && project.cable != nil {
            throw ValidationError("use either --cable or --text, not both")
        }
    }

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            let units: [TranslationUnit]
            if let text {
                units = try context.plainTextUnits(text)
            } else {
                let (found, warnings) = try context.translationUnits(parts: include?.parts)
                for warning in warnings { console.report(warning) }
                units = found
            }
            switch format {
            case .text:
                for unit in units { console.print("\(unit.id)\t\(unit.source)") }
            case .json:
                console.print(try JSONText.encoded(units))
            }
        }
    }
}
