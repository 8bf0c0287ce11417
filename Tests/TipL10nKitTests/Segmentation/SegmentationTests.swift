import Foundation
import Testing

@testable import TipL10nKit

/// Tests of `Sources/TipL10nKit/Segmentation`; the suites are nested here so that
/// `swift test --filter Segmentation` selects them all.
@Suite enum SegmentationTests {}

extension SegmentationTests {
    /// Text with break positions marked by `¦` (U+00A6), e.g. `"Tier 2?¦ Yes."`.
    ///
    /// Marks say where segments end instead of counting offsets by hand.
    struct MarkedText {
        static let mark: Character = "\u{00A6}"

        /// The text without marks.
        let text: String

        init(_ marked: String) {
            text = marked.filter { $0 != Self.mark }
        }
    }
}

extension Segmenter {
    /// The break positions the segmenter finds in `text`, as `Character` offsets.
    func characterBreaks(in text: String) -> [Int] {
        segmentRanges(in: text).dropFirst().map { text.distance(from: text.startIndex, to: $0.lowerBound) }
    }

    /// `text` with `¦` inserted at every break the segmenter finds.
    func marked(_ text: String) -> String {
        segmentRanges(in: text).map { String(text[$0]) }.joined(separator: String(SegmentationTests.MarkedText.mark))
    }
}
