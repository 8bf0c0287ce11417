import ArgumentParser
import Foundation
import TipL10nKit

/// `tipl10n status`: where each language of the cable stands — units total, translated,
/// reviewed, stale; verification errors; word count and cost-request state; the embargo
/// moments and how far away they are; the next step. `--format json` prints one object.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where each language stands: units, verification, cost request, embargo, next step.",
        discussion: """
            For sq, sr-Latn and sr-Cyrl: translation units total, translated, reviewed and stale; verification \
            errors and warnings; the cost request for the cable; the embargo moments for the post (local, \
            Washington and UTC) and how far away they are; the next step. Works without a store (nothing \
            translated yet).
            """)

    @Option(name: .long, help: "Output format: text or json.")
    var format: ImportCommand.Format = .text

    @Option(
        name: .long,
        help: ArgumentHelp("Measure the embargo from this moment instead of now (ISO 8601).", valueName: "iso8601"))
    var now: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var cableOptions: CableOptions

    func run() throws {
        try Console.failing {
            let moment = try BuildCommand.moment(now)
            let (data, path) = try cableOptions.cableInput()
            let storeExists = storeOptions.exists
            let status = try PublishingStatus.compute(
                cableData: data, cablePath: path, segmenter: try cableOptions.segmenter(),
                store: storeExists ? try storeOptions.open() : nil, now: moment,
                profile: VerificationOutput.profile(for:))
            switch format {
            case .text: print(status.text, terminator: "")
            case .json: print(VerificationOutput.encoded(status))
            }
        }
    }
}
