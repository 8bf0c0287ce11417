import Foundation

/// The 2009 Kosovo rollout cable, 09STATE61188, built into the binary as the default input.
///
/// ``text`` is `cables/09STATE61188.txt` byte for byte (web-page layout, U+00A0 and trailing
/// spaces included, no final newline), embedded by `Scripts/generate.sh` in
/// `Generated/EmbeddedData+DefaultCable.swift`; a test checks that the two are equal.
public enum DefaultCable {
    /// The file name the cable is published under: `09STATE61188.txt`.
    public static let fileName = "09STATE61188.txt"

    /// The cable's ID: `09STATE61188`.
    public static let cableID = "09STATE61188"

    /// The cable's text, byte for byte.
    public static let text: String = EmbeddedData.defaultCable

    /// The cable's UTF-8 bytes, ready for ``CableParser/parse(_:path:)``.
    public static var data: Data { Data(text.utf8) }

    /// The default cable parsed. Throws ``CableError`` only if the embedded text were damaged.
    public static func cable() throws -> Cable {
        try CableParser.parse(data, path: fileName)
    }
}

extension DefaultCable {
    /// The built-in cable's translation units, all parts (narrative, non-paper, press), cut by
    /// the default English rules: what import falls back to when the store has never seen
    /// the cable. Keyed by cable ID.
    /// - Throws: only if the built-in cable or rules were broken (a build defect, covered by tests).
    public static func translationUnitsByCableID() throws -> [String: [TranslationUnit]] {
        let cable = try cable()
        let document = try SourceDocument.extract(from: cable, path: fileName)
        let units = document.translationUnits(
            segmenter: try Segmenter.defaultEnglish(), parts: [.narrative, .nonPaper, .press], repairs: cable.repairs)
        return [cable.header.cableID: units]
    }
}
