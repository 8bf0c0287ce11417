import Foundation

/// Reads the telegram header (routing, DTG, `FM`, `TO`, `INFO`, caption, `TAGS`, `SUBJECT`,
/// `REF`) from the lines before paragraph 1, once.
///
/// Rules: `TO` and `INFO` take their own line and the lines after it up to a blank line or the
/// next field; `SUBJECT` and `TAGS` continue over following lines up to a blank line or the next
/// field; `REF` continues over directly following lines, and after blank lines over lines that
/// start with a reference label (`B.`, `(B)`, `B)`, `¶B.`). A second caption before paragraph 1
/// starts the repeated caption block, which is skipped to paragraph 1.
struct CableHeaderReader {
    /// Index (into the telegram lines) of paragraph 1, or the line count when there is none.
    private(set) var bodyStart: Int
    private(set) var caption: CableCaption?
    private var captionLine: Int?
    private var dtg: CableDTG?
    private var from: String?
    private var fromLine: Int?
    private var to: [String] = []
    private var info: [String] = []
    private var subject: [String] = []
    private var tags: [String] = []
    private var referenceText: [String] = []
    private let firstLine: Int?

    private enum Field { case none, to, info, subject, tags, references }

    init(lines: [CableLine]) {
        firstLine = lines.first?.number
        let captionIndex = lines.firstIndex { CableCaption($0.text) != nil }
        let searchFrom = captionIndex ?? lines.startIndex
        // Paragraph 1 when its mark is readable and no later number comes first; otherwise (its
        // number lost or garbled) the first line after the header fields.
        let firstMark = lines[searchFrom...].firstIndex { line in
            guard let number = CableParagraphSplitter.paragraphMark(in: line.text)?.number else { return false }
            return (1...4).contains(number)
        }
        if let firstMark, CableParagraphSplitter.paragraphMark(in: lines[firstMark].text)?.number == 1 {
            bodyStart = firstMark
        } else {
            let content = Self.firstContentIndex(lines, from: searchFrom)
            bodyStart = [content, firstMark].compactMap { $0 }.min() ?? lines.count
        }
        read(lines[..<bodyStart])
    }

    /// The first line from `start` on that is not part of a header block: not blank, not a
    /// caption, DTG, routing or field line (`SIPDIS`, `E.O.`, `TAGS:`, `SUBJECT:`, `REF:`, `FM`,
    /// `TO`, `INFO`, `CLASSIFIED BY`…), not the continuation of a field (the subject's and tags'
    /// lines up to a blank line, reference lines and labelled references after blank lines).
    static func firstContentIndex(_ lines: [CableLine], from start: Int) -> Int? {
        var field = Field.none
        for index in lines.indices where index >= start {
            let text = CableText.collapsingSpaces(lines[index].text)
            if text.isEmpty {
                if field != .references { field = .none }
                continue
            }
            if CableCaption(text) != nil || CableDTG(text) != nil {
                field = .none
                continue
            }
            if value(of: text, after: ["TO "]) != nil {
                field = .to
            } else if value(of: text, after: ["INFO "]) != nil {
                field = .info
            } else if value(of: text, after: ["SUBJECT:", "SUBJ:"]) != nil {
                field = .subject
            } else if value(of: text, after: ["TAGS:"]) != nil {
                field = .tags
            } else if value(of: text, after: ["REF:", "REFS:", "REFTEL:", "REFERENCE:"]) != nil {
                field = .references
            } else if value(of: text, after: ["FM "]) != nil || isOtherField(text) || isRoutingLine(text) {
                field = .none
            } else {
                let previousBlank = index == 0 || CableText.isBlank(lines[index - 1].text)
                switch field {
                case .to, .info, .subject, .tags:
                    if previousBlank { return index }
                case .references:
                    if previousBlank && !startsWithReferenceLabel(text) { return index }
                case .none:
                    return index
                }
            }
        }
        return nil
    }

    /// Routing lines of a telegram header: precedence and routing indicators (`OO RUEHWEB`,
    /// `DE RUEHC #1188 1632232`, `ZNR UUUUU ZZH`), `CLASSIFIED BY:`, `REASON:`.
    private static func isRoutingLine(_ text: String) -> Bool {
        if text.wholeMatch(of: routingLinePattern) != nil { return true }
        let upper = text.uppercased()
        return ["CLASSIFIED BY", "REASON", "DERIVED FROM", "DECL:", "DECLASSIFY"].contains { upper.hasPrefix($0) }
    }

    private mutating func read(_ lines: ArraySlice<CableLine>) {
        var field = Field.none
        var blankSinceReference = false
        for line in lines {
            let text = CableText.collapsingSpaces(line.text)
            if text.isEmpty {
                if field == .references {
                    blankSinceReference = true
                } else {
                    field = .none
                }
                continue
            }
            if let found = CableCaption(text) {
                if caption == nil {
                    caption = found
                    captionLine = line.number
                    field = .none
                    continue
                }
                return  // the repeated caption block: the header was read once
            }
            if let found = CableDTG(text) {
                if dtg == nil { dtg = found }
                field = .none
                continue
            }
            if let value = Self.value(of: text, after: ["FM "]) {
                if from == nil {
                    from = value
                    fromLine = line.number
                }
                field = .none
            } else if let value = Self.value(of: text, after: ["TO "]) {
                to.append(value)
                field = .to
            } else if let value = Self.value(of: text, after: ["INFO "]) {
                info.append(value)
                field = .info
            } else if let value = Self.value(of: text, after: ["SUBJECT:", "SUBJ:"]) {
                if subject.isEmpty { subject = value.isEmpty ? [] : [value] }
                field = .subject
            } else if let value = Self.value(of: text, after: ["TAGS:"]) {
                if tags.isEmpty { tags = CableText.words(value) }
                field = .tags
            } else if let value = Self.value(of: text, after: ["REF:", "REFS:", "REFTEL:", "REFERENCE:"]) {
                if referenceText.isEmpty { referenceText = [value] }
                field = .references
                blankSinceReference = false
            } else if Self.isOtherField(text) {
                field = .none
            } else {
                switch field {
                case .to: to.append(text)
                case .info: info.append(text)
                case .subject: subject.append(text)
                case .tags: tags += CableText.words(text)
                case .references:
                    if !blankSinceReference || Self.startsWithReferenceLabel(text) {
                        referenceText.append(text)
                        blankSinceReference = false
                    } else {
                        field = .none
                    }
                case .none: break
                }
            }
        }
    }

    /// The text after one of the field names, trimmed; `nil` when the line is not that field.
    private static func value(of text: String, after names: [String]) -> String? {
        for name in names where text.hasPrefix(name) {
            return CableText.trimmed(text.dropFirst(name.count))
        }
        return nil
    }

    /// Header lines that end a continued field without being read.
    private static func isOtherField(_ text: String) -> Bool {
        let names = [
            "E.O.", "E. O.", "SIPDIS", "SENSITIVE", "NOFORN", "CLASSIFIED BY", "BT", "DE ", "ZNR ", "ZNY ", "VZCZC",
            "PASS ", "STATE PASS", "DEPARTMENT FOR", "DEPT FOR",
        ]
        return names.contains { text.hasPrefix($0) }
    }

    private static func startsWithReferenceLabel(_ text: String) -> Bool {
        guard let first = CableText.words(text).first else { return false }
        return referenceLabel(first) != nil
    }

    /// `A.`, `(A)`, `A)` (a `¶` before it is dropped) → `A`.
    static func referenceLabel(_ word: String) -> String? {
        let word = word.hasPrefix("¶") ? String(word.dropFirst()) : word
        if let match = word.wholeMatch(of: letterDotPattern) { return String(match.1) }
        if let match = word.wholeMatch(of: parenthesizedLetterPattern) { return String(match.1) }
        if let match = word.wholeMatch(of: letterParenthesisPattern) { return String(match.1) }
        return nil
    }

    /// Splits the joined `REF` text at labels; a label directly after another with no text
    /// between (`A. (A)`) is the same label printed twice.
    static func references(from text: String) -> [CableReference] {
        var result: [(label: String?, words: [String])] = []
        for word in CableText.words(text) {
            if let label = referenceLabel(word) {
                if let last = result.last, last.words.isEmpty, last.label == nil || last.label == label {
                    result[result.count - 1].label = label
                } else {
                    result.append((label, []))
                }
            } else {
                if result.isEmpty { result.append((nil, [])) }
                result[result.count - 1].words.append(word.hasPrefix("¶") ? String(word.dropFirst()) : word)
            }
        }
        return result.filter { !$0.words.isEmpty }.map {
            CableReference(label: $0.label, text: $0.words.joined(separator: " "))
        }
    }

    /// The header, with published metadata taking precedence.
    ///
    /// A missing `FM` line leaves ``CableHeader/from`` empty and a missing DTG leaves
    /// ``CableHeader/dtg`` empty, except that a bare telegram needs both the caption and the
    /// DTG to derive its cable ID.
    func header(metadata: CableMetadata, signature: String?, path: String) throws -> CableHeader {
        let cableID: String
        if let published = metadata.cableID {
            cableID = published
        } else if let caption, let dtg {
            cableID = dtg.year + caption.idSuffix
        } else if caption != nil {
            throw CableError.incompleteHeader(
                path: path, line: captionLine ?? firstLine,
                expected:
                    "a date-time group line such as 'O 122209Z JUN 09' before the caption, for the year of the cable ID"
            )
        } else {
            throw CableError.incompleteHeader(
                path: path, line: fromLine ?? firstLine,
                expected: "a caption line such as 'UNCLAS STATE 061188' to take the cable ID from")
        }
        return CableHeader(
            cableID: cableID, created: metadata.created, released: metadata.released,
            classification: metadata.classification ?? caption?.classification ?? "",
            origin: metadata.origin, dtg: dtg?.text ?? "", dtgDate: dtg?.date, from: from ?? "", to: to, info: info,
            caption: caption?.text ?? "", subject: subject.joined(separator: " "), tags: tags,
            references: Self.references(from: referenceText.joined(separator: " ")), signature: signature)
    }
}

// Regex literals evaluated once per process: a literal inside a function is parsed again
// every time the function runs (`Docs/Performance.md`).
nonisolated(unsafe) private let routingLinePattern = /[A-Z]{1,2} RUE[A-Z]+.*/
nonisolated(unsafe) private let letterDotPattern = /([A-Z])\./
nonisolated(unsafe) private let parenthesizedLetterPattern = /\(([A-Z])\)/
nonisolated(unsafe) private let letterParenthesisPattern = /([A-Z])\)/
