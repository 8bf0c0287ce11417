import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n segment`: prints translation units (or the segments of plain English text), one per line.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print the translation units of a cable, or segment plain English text, one per line.",
        discussion: """
            Each line is the unit ID, a tab, and the source text. With --text, paragraphs are separated by \
            blank lines, hard-wrapped lines are joined, and IDs are p<paragraph>.s<segment>. Use - to read \
            standard input.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var cableOptions: CableOptions

    @Option(name: .long, help: ArgumentHelp("Plain English text to segment instead of a cable.", valueName: "file"))
    var text: String?

    @Option(name: .long, help: "Parts to include, comma-separated: narrative, press, nonpaper.")
    var include: PartList = .standard

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        if text != nil && cableOptions.cable != nil {
            throw ValidationError("use either --cable or --text, not both")
        }
    }

    func run() throws {
        try Console.failing {
            let segmenter = try cableOptions.segmenter()
            let units: [TranslationUnit]
            if let text {
                let data = text == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try InputFile.read(text)
                guard let string = String(data: data, encoding: .utf8) else {
                    throw CommandFailure("\(text): error: the text is not valid UTF-8")
                }
                units = PlainText.translationUnits(in: string, segmenter: segmenter)
            } else {
                let input = try cableOptions.cableInput()
                let cable = try CableParser.parse(input.data, path: input.path)
                let document = try SourceDocument.extract(from: cable, path: input.path)
                for warning in document.warnings { Console.error(warning.description) }
                units = document.translationUnits(segmenter: segmenter, parts: include.parts, repairs: cable.repairs)
            }
            switch format {
            case .text:
                for unit in units { print("\(unit.id)\t\(unit.source)") }
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(units), as: UTF8.self))
            }
        }
    }
}
