import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cable`: shows what the reader found in a cable: header, paragraphs, sections, repairs.
struct CableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cable",
        abstract: "Show a cable's header, numbered paragraphs, translatable sections and every repair made.")

    @OptionGroup var cableOptions: CableOptions

    func run() throws {
        try Console.failing {
            let input = try cableOptions.cableInput()
            let cable = try CableParser.parse(input.data, path: input.path)
            let document = try SourceDocument.extract(from: cable, path: input.path)
            let header = cable.header
            print("cable ID:       \(header.cableID)")
            print("created:        \(header.created ?? "-")")
            print("classification: \(header.classification)")
            print("origin:         \(header.origin ?? "-")")
            print("DTG:            \(header.dtg)")
            print("from:           \(header.from)")
            print("to:             \(header.to.joined(separator: "; "))")
            print("subject:        \(header.subject)")
            print("tags:           \(header.tags.joined(separator: " "))")
            print(
                "references:     \(header.references.map { ($0.label.map { "\($0). " } ?? "") + $0.text }.joined(separator: "; "))"
            )
            print("layout:         \(cable.layout.rawValue)")
            print("narrative:      \(document.country), \(document.tier)")
            print("paragraphs:     \(cable.paragraphs.map { String($0.number) }.joined(separator: " "))")
            for section in document.sections {
                let blocks = section.blocks.map { $0.id }.joined(separator: " ")
                print("section \(section.id): \(blocks)")
            }
            for repair in cable.repairs {
                print(Self.line(for: repair, path: input.path))
            }
            for warning in document.warnings { print(warning.description) }
        }
    }

    /// One repair as a diagnostic line: `path:line: note: …` (`warning:` for review flags).
    static func line(for repair: CableRepair, path: String) -> String {
        let severity = repair.isReviewFlag ? "warning" : "note"
        return "\(path):\(repair.line): \(severity): \(repair.message)"
    }
}
