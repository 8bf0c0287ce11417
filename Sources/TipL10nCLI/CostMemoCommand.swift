import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n cost memo PRISTINA-FY2009-001 [--format md|txt]`: the memo to the bureau's EX office.
struct CostMemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo",
        abstract: "Print the memo of a cost request to the bureau's EX office, as Markdown or plain text.",
        discussion: """
            The memo names the post, the EX office, the requesting officer, the date and fiscal year, quotes the \
            cable's paragraph on translation funding (paragraph 10), and lists per locale the words, rate and \
            amount, the total, how words were counted, the justification and the status history.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, txt
    }

    @Argument(help: ArgumentHelp("The request ID, e.g. PRISTINA-FY2009-001.", valueName: "id"))
    var id: String

    @Option(name: .long, help: "Memo format: md (Markdown) or txt (plain text).")
    var format: Format = .md

    @Option(
        name: .long, help: ArgumentHelp("Write the memo to this file instead of standard output.", valueName: "path"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try Console.failing {
            let request = try CostShowCommand.request(id, storeOptions: storeOptions)
            let memo = CostMemo.render(request, format: format == .md ? .markdown : .text)
            if let output {
                try CostPrinting.checkOutputFolder(output)
                try AtomicFile.write(Data(memo.utf8), to: URL(fileURLWithPath: output), displayPath: output)
                print(output)
            } else {
                print(memo, terminator: "")
            }
        }
    }
}
