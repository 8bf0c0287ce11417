import Foundation

@testable import TipL10nKit

/// Posts, dates and drafts shared by the cost tests.
enum CostFixtures {
    static let pristina = RequestingPost(
        name: "PRISTINA", country: "Kosovo", bureau: .eur, timeZoneIdentifier: "Europe/Belgrade")
    static let paramaribo = RequestingPost(
        name: "PARAMARIBO", country: "Suriname", bureau: .wha, timeZoneIdentifier: "America/Paramaribo")

    static func date(_ text: String) -> Date {
        (try? Date.ISO8601FormatStyle().parse(text)) ?? .distantPast
    }

    static func decimal(_ text: String) -> Decimal { Decimal(string: text) ?? .nan }

    static func usd(_ text: String) -> Money { Money(decimal(text), currency: "USD") }

    static let paragraph10 = FundingParagraph(
        number: 10,
        text:
            "Posts needing financial assistance for translation costs should contact their regional bureau's EX office."
    )

    /// 1,234 new words per locale at USD 0.13: USD 160.42 a line.
    static func draft(
        locales: [String] = ["sq", "sr-Latn"], words: Int = 1_234, rate: String = "0.13",
        at date: String = "2009-06-16T14:00:00Z", post: RequestingPost = pristina, officer: String = "Jane Smith",
        note: String = ""
    ) -> CostRequestDraft {
        CostRequestDraft(
            post: post, cableID: "09STATE61188", cableSubject: "KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE",
            cableDTG: "122209Z JUN 09", fundingParagraph: paragraph10, parts: [.narrative, .press],
            lines: locales.map { CostLine(locale: $0, newWords: words, rate: usd(rate)) },
            justification: "The narrative must be on the Mission's web page in the local languages.",
            officer: officer, note: note, createdAt: Self.date(date))
    }
}
