import Foundation
import Testing
import TipL10nKit

/// The suites for `Sources/TipL10nKit/Cables`, so that `swift test --filter Cables` runs them.
@Suite enum Cables {}

extension Cables {
    /// Finds the repository's `cables/` folder from this file's path and loads cables from it.
    enum Fixtures {
        /// The repository root: the nearest folder above this file holding `cables/09STATE61188.txt`.
        static let root: URL = {
            var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            while url.path != "/" {
                if FileManager.default.fileExists(atPath: url.appendingPathComponent("cables/09STATE61188.txt").path) {
                    return url
                }
                url.deleteLastPathComponent()
            }
            return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..")
        }()

        static func url(_ name: String) -> URL {
            root.appendingPathComponent("cables").appendingPathComponent(name)
        }

        static func data(_ name: String) throws -> Data {
            try Data(contentsOf: url(name))
        }

        static func text(_ name: String) throws -> String {
            String(decoding: try data(name), as: UTF8.self)
        }

        static func cable(_ name: String) throws -> Cable {
            try CableParser.parse(try data(name), path: name)
        }

        static func document(_ name: String) throws -> SourceDocument {
            try SourceDocument.extract(from: try cable(name), path: name)
        }

        /// The Kosovo cable cut from `VZCZCXYZ0005` on: a bare telegram.
        static func bareKosovoTelegram() throws -> String {
            let text = try text("09STATE61188.txt")
            guard let range = text.range(of: "VZCZCXYZ0005") else { return "" }
            return String(text[range.lowerBound...])
        }

        /// The built-in Kosovo cable's lines (`cables/09STATE61188.txt`); line N is `kosovoLines[N - 1]`.
        static let kosovoLines = DefaultCable.text.components(separatedBy: "\n")

        /// The Kosovo cable edited line by line: `edit` receives the 0-based array of lines.
        static func kosovo(_ edit: (inout [String]) -> Void) -> String {
            var lines = kosovoLines
            edit(&lines)
            return lines.joined(separator: "\n")
        }

        /// The first `count` lines of the Kosovo cable, as `head -n count` prints them.
        static func kosovoHead(_ count: Int) -> String {
            kosovoLines.prefix(count).joined(separator: "\n") + "\n"
        }

        /// Parses and extracts text as a cable named `path`.
        static func document(text: String, path: String) throws -> SourceDocument {
            try SourceDocument.extract(from: try CableParser.parse(Data(text.utf8), path: path), path: path)
        }

        /// The warnings' descriptions for a cable text.
        static func warnings(_ text: String, path: String = "kosovo.txt") throws -> [String] {
            try document(text: text, path: path).warnings.map(\.description)
        }

        /// A UTC instant from an ISO 8601 string such as `2009-06-12T22:09:00Z`.
        static func date(_ iso: String) -> Date? {
            ISO8601DateFormatter().date(from: iso)
        }
    }
}
