import Crypto
import Foundation

/// One translatable piece of a cable with a stable ID: a sentence (segment) of a paragraph,
/// bullet, question or answer, or a whole title or heading.
///
/// IDs are derived from the document structure, never from positions in the file or from
/// counters that depend on other sections, so the same cable gives the same IDs on every run:
/// `<section id>.<block id>` for titles and headings (`narrative.title`,
/// `narrative.prosecution.heading`) and `<section id>.<block id>.s<n>` for segments
/// (`narrative.prosecution.p1.s2`, `press.q3.answer.s1`), `n` 1-based. Every ID is an XML
/// NMTOKEN (letters, digits, `.`), so it can be an XLIFF `id`.
public struct TranslationUnit: Sendable, Equatable, Codable {
    /// Stable ID, e.g. `narrative.prosecution.p1.s2`.
    public var id: String
    /// `narrative`, `nonpaper` or `press`.
    public var part: SourcePart
    /// The section's ID, e.g. `narrative.prosecution`, `press.q2`.
    public var sectionID: String
    /// The block within the section: `title`, `heading`, `p1`, `b3`, `question`, `answer`.
    public var blockID: String
    public var kind: SourceBlock.Kind
    /// 1-based segment number within the block (1 for titles and headings).
    public var segment: Int
    /// The English source text, trimmed, single-spaced.
    public var source: String
    /// `sha256:` and the lower-case hex SHA-256 of the source text's UTF-8 bytes (Unicode NFC).
    /// Stored with translations so a translation made against older source can be detected.
    public var sourceHash: String
    /// The cable paragraph the unit comes from (8 narrative, 9 non-paper, 11 press guidance).
    public var cableParagraph: Int
    /// The label printed in the cable (`Q2:`, `A:`), kept for the translator's note only.
    public var sourceLabel: String?
    /// Notes for the translator beyond the standard location note (e.g. a comma flagged for review).
    public var reviewNotes: [String]

    /// The SHA-256 of `text` in NFC, as stored in ``sourceHash``.
    public static func hash(of text: String) -> String {
        "sha256:" + sha256Hex(Data(text.precomposedStringWithCanonicalMapping.utf8))
    }

    /// The lower-case hex SHA-256 of `data` (64 characters), as stored for imported files.
    public static func sha256Hex(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// `bytes` in lower-case hex, two digits a byte (`0x0A` → `0a`).
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for byte in bytes {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

extension SourcePart: Codable {}
extension SourceBlock.Kind: Codable {}
