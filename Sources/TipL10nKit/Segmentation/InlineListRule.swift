import Foundation

/// The one segmentation rule tipl10n cannot write in SRX: the items of an inline numbered or
/// lettered list are segments of their own.
///
/// `1.) The first item 2.) The second item` → `1.) The first item` | `2.) The second item`.
/// SRX rules look at a bounded stretch of text on either side of one position; telling the
/// list marker `2.` from the number in `classified as Tier 2. Countries…` needs to know that a
/// `1.` of the same style opened a list earlier, which is counting, not a pattern.
///
/// Rule (see `Docs/Segmentation.md`):
/// - A **marker** is `N.`, `N)`, `N.)`, `(N)` with N of one or two digits, or the same with one
///   letter (`a.`, `(b)`, `C)`) or a Roman numeral of up to four letters (`iv.`, `(ii)`), standing
///   after white space (or at the start), optionally after a bullet (`•`, `◦`, `▪`, `‣`, `⁃`),
///   and followed by white space and a capital letter (items written in lower case are
///   enumerations inside a sentence: `(1) not to have made…; (2) to be making…`).
/// - A **list** is a run of markers of one style (same kind of number, case, brackets and
///   punctuation) numbered 1, 2, 3… (or a, b, c…; i, ii, iii…) in order, whose first marker
///   starts the text, a line, or follows `:`, `;` or a sentence end (`.`, `?`, `!`), and which
///   has at least two markers.
/// - Every marker of a list but one at the very start of the text gets a break before it (after
///   the last non-blank character before the marker), and breaks the SRX rules found between a
///   marker and the first word of its item (`2.) | The second item`) are removed.
///
/// Offsets are UTF-16, as in ``Segmenter/breakOffsets(in:)``.
struct InlineListRule: Sendable {
    /// One marker found in the text.
    struct Marker: Equatable {
        /// UTF-16 offset of the marker's first character (the bullet, `(` or the number).
        var start: Int
        /// UTF-16 offset of the first character of the item's text (after the marker and its white space).
        var itemStart: Int
        /// UTF-16 offset just after the last non-blank character before the marker (the break position).
        var breakPosition: Int
        /// The readings of the marker: (style, value). `i.` reads as the letter i (9) and as Roman 1.
        var readings: [(style: String, value: Int)]

        static func == (lhs: Marker, rhs: Marker) -> Bool { lhs.start == rhs.start }
    }

    private static let markerPattern: NSRegularExpression? = try? NSRegularExpression(
        pattern:
            #"(?<!\S)((?:[•◦▪‣⁃][^\S\n]{0,3})?)(\(?)(\d{1,2}|\p{L}|[ivx]{2,4}|[IVX]{2,4})(\.\)|\)|\.)(\s+)(?=['"‘“(]?[\p{Lu}\p{Lt}])"#
    )

    /// The breaks to add and the SRX breaks to drop for `text`.
    ///
    /// - Returns: `added` (break positions before the markers of every list) and `removed`
    ///   (ranges `(marker start, item start]` inside which no break may fall).
    static func adjustments(in text: String) -> (added: [Int], protected: [ClosedRange<Int>]) {
        let lists = lists(in: text)
        var added: [Int] = []
        var protected: [ClosedRange<Int>] = []
        for list in lists {
            for marker in list {
                if marker.breakPosition > 0 { added.append(marker.breakPosition) }
                protected.append((marker.start + 1)...marker.itemStart)
            }
        }
        return (added, protected)
    }

    /// The lists of `text`, each a run of two or more markers numbered from 1 in one style.
    static func lists(in text: String) -> [[Marker]] {
        let markers = markers(in: text)
        guard markers.count >= 2 else { return [] }
        let units = Array(text.utf16)
        var lists: [[Marker]] = []
        var used = Set<Int>()
        for (index, first) in markers.enumerated() where !used.contains(first.start) {
            guard opensList(at: first.start, in: units) else { continue }
            for reading in first.readings where reading.value == 1 {
                var run = [first]
                var expected = 2
                for next in markers[(index + 1)...] where !used.contains(next.start) {
                    if next.readings.contains(where: { $0.style == reading.style && $0.value == expected }) {
                        run.append(next)
                        expected += 1
                    }
                }
                if run.count >= 2 {
                    lists.append(run)
                    for marker in run { used.insert(marker.start) }
                    break
                }
            }
        }
        return lists
    }

    /// Every marker in `text`, in order.
    static func markers(in text: String) -> [Marker] {
        guard let regex = markerPattern else { return [] }
        let nsText = text as NSString
        let units = Array(text.utf16)
        var result: [Marker] = []
        regex.enumerateMatches(in: text, range: NSRange(location: 0, length: nsText.length)) { match, _, _ in
            guard let match else { return }
            let bullet = nsText.substring(with: match.range(at: 1))
            let open = nsText.substring(with: match.range(at: 2))
            let label = nsText.substring(with: match.range(at: 3))
            let close = nsText.substring(with: match.range(at: 4))
            // `(1.` is not a marker; `(1)` is.
            if open == "(" && close != ")" { return }
            let style = (bullet.isEmpty ? "" : "•") + open + "#" + close
            var readings: [(String, Int)] = []
            if let number = Int(label) {
                readings.append(("digits" + style, number))
            } else {
                if label.count == 1, let scalar = label.unicodeScalars.first, scalar.isASCII,
                    let value = letterValue(scalar)
                {
                    readings.append(((scalar.properties.isUppercase ? "LETTER" : "letter") + style, value))
                }
                if let roman = romanValue(label) {
                    readings.append(((label == label.uppercased() ? "ROMAN" : "roman") + style, roman))
                }
            }
            guard !readings.isEmpty else { return }
            var breakPosition = match.range.location
            while breakPosition > 0, isWhitespace(units[breakPosition - 1]) { breakPosition -= 1 }
            result.append(
                Marker(
                    start: match.range.location, itemStart: match.range.location + match.range.length,
                    breakPosition: breakPosition, readings: readings))
        }
        return result
    }

    /// Whether a list may open at `offset`: the start of the text, a line, or after `:`, `;`, `.`, `?`, `!`
    /// (and closing quotes or brackets) and white space.
    private static func opensList(at offset: Int, in units: [UInt16]) -> Bool {
        var index = offset
        var sawSpace = false
        while index > 0, isWhitespace(units[index - 1]) {
            if units[index - 1] == 0x0A { return true }
            sawSpace = true
            index -= 1
        }
        if index == 0 { return true }
        guard sawSpace else { return false }
        let closing: Set<UInt16> = [0x22, 0x27, 0x29, 0x5D, 0x2019, 0x201D]
        while index > 0, closing.contains(units[index - 1]) { index -= 1 }
        guard index > 0 else { return true }
        return [0x3A, 0x3B, 0x2E, 0x3F, 0x21].contains(units[index - 1])
    }

    private static func isWhitespace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x0C
    }

    /// `a` → 1 … `z` → 26, either case.
    private static func letterValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x61...0x7A: Int(scalar.value - 0x60)
        case 0x41...0x5A: Int(scalar.value - 0x40)
        default: nil
        }
    }

    /// `i` → 1 … `xxxix` → 39 (letters i, v, x only, either case, one case throughout).
    private static func romanValue(_ label: String) -> Int? {
        let lower = label.lowercased()
        guard label == lower || label == label.uppercased() else { return nil }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        var total = 0
        var previous = 0
        for character in lower.reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value }
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }
}
