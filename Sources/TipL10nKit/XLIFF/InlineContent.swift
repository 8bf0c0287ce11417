import Foundation

/// The content of a `<source>` or `<target>`: text with inline codes kept as codes.
///
/// Codes are what the translator must carry over but not translate: XLIFF 1.2 `g`, `x`,
/// `bx`, `ex`, `ph`, `bpt`, `ept`, `it`, `sub`, `mrk`; XLIFF 2.x `ph`, `pc`, `sc`, `ec`, `sm`,
/// `em`, `mrk`. Paired elements that wrap content (`g`, `pc`, `mrk`) become an opening code,
/// the wrapped pieces, and a closing code with the same `id`.
public struct InlineContent: Sendable, Equatable, Codable, Hashable {
    /// One piece: text or a code.
    public enum Piece: Sendable, Equatable, Codable, Hashable {
        case text(String)
        case code(InlineCode)
    }

    public var pieces: [Piece]

    public init(pieces: [Piece]) {
        self.pieces = pieces
    }

    /// Plain text without codes.
    public init(text: String) {
        self.pieces = text.isEmpty ? [] : [.text(text)]
    }

    /// The text with codes removed (what word counts and number checks read).
    public var plainText: String {
        if pieces.count == 1, case .text(let text) = pieces[0] { return text }
        return pieces.map { piece in
            if case .text(let text) = piece { return text }
            return ""
        }.joined()
    }

    /// The codes in order.
    public var codes: [InlineCode] {
        pieces.compactMap { piece in
            if case .code(let code) = piece { return code }
            return nil
        }
    }

    /// True when there is no text other than white space and no code.
    public var isEmpty: Bool {
        pieces.allSatisfy { piece in
            if case .text(let text) = piece { return text.isBlank }
            return false
        }
    }
}

/// One inline code inside source or target text.
public struct InlineCode: Sendable, Equatable, Codable, Hashable {
    /// Where the code stands relative to the text it marks.
    public enum Position: String, Sendable, Codable, Hashable {
        /// A standalone code (`x`, `ph`, `bx`, `ex`, `it`, `sc`, `ec`, `sm`, `em`, `bpt`, `ept`).
        case standalone
        /// The start of a wrapping element (`<g>`, `<pc>`, `<mrk>`).
        case opening
        /// The end of a wrapping element.
        case closing
    }

    /// The element's local name: `g`, `x`, `ph`, `pc`, `mrk`, …
    public var element: String
    public var position: Position
    /// The code's `id` (or `mid`, `rid`), if any.
    public var id: String?
    /// The element's other attributes, sorted by name (e.g. `ctype`, `mtype`, `dataRef`).
    public var attributes: [String: String]
    /// The native code the element stands for, where the file gives it: the text content of
    /// 1.2 `ph`/`bpt`/`ept`/`it`, or 2.x `originalData` resolved through `dataRef`.
    public var originalData: String?

    public init(
        element: String, position: Position = .standalone, id: String? = nil, attributes: [String: String] = [:],
        originalData: String? = nil
    ) {
        self.element = element
        self.position = position
        self.id = id
        self.attributes = attributes
        self.originalData = originalData
    }
}

extension String {
    /// True when the text is empty or only white space: the same answer as
    /// `trimmingCharacters(in: .whitespacesAndNewlines).isEmpty`, without building the trimmed
    /// string (ASCII is decided here; other scalars are asked of the same `CharacterSet`).
    var isBlank: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x09...0x0D, 0x20: true
            case 0x00..<0x80: false
            default: CharacterSet.whitespacesAndNewlines.contains(scalar)
            }
        }
    }
}
