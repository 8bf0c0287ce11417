import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cable`: shows what the reader found in a cable: header, paragraphs, sections, repairs.
struct CableCommand: ProjectCommand {
    static let configuration = CommandConfiguration(
        commandName: "cable",
        abstract: "Show the cable's header, numbered paragraphs, translatable sections and every repair made.")

    @OptionGroup var project: ProjectOptions

    func run(in io: CommandIO) throws {
        try Console.run(io) { console in
            let context = try project.context(io)
            console.attach(context)
            let report = try context.cableReport()
            let cable = report.source.cable
            let document = report.source.document
            let header = cable.header
            console.print("cable ID:       \(header.cableID)")
            console.print("created:        \(header.created ?? "-")")
            console.print("classification: \(header.classification)")
            console.print("origin:         \(header.origin ?? "-")")
            console.print("DTG:            \(header.dtg)")
            console.print("from:           \(header.from)")
            console.print("to:             \(header.to.joined(separator: "; "))")
            console.print("subject:        \(header.subject)")
            console.print("tags:           \(header.tags.joined(separator: " "))")
            let references = header.references.map { ($0.label.map { "\($0). " } ?? "") + $0.text }
            console.print("references:     \(references.joined(separator: "; "))")
            console.print("layout:         \(cable.layout.rawValue)")
            console.print("narrative:      \(document.country), \(document.tier)")
            console.print("paragraphs:     \(cable.paragraphs.map { String($0.number) }.joined(separator: " "))")
            for section in document.sections {
                console.print("section \(section.id): \(section.blocks.map(\.id).joined(separator: " "))")
            }
            for diagnostic in report.diagnostics { console.print(diagnostic.description) }
        }
    }
}
