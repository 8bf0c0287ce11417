import Foundation

/// The post asking for translation money: its name, country, regional bureau and time zone.
///
/// The name comes from the cable's `TO` line (`TO AMEMBASSY PRISTINA IMMEDIATE 0000` →
/// `PRISTINA`), the country from the narrative's title line (`Kosovo (TIER 2)`), the bureau
/// and time zone from ``CountryDirectory``. `--post` and `--bureau` override the first and
/// the third.
public struct RequestingPost: Sendable, Equatable {
    /// The post as it stands in request IDs: capital letters, words joined by `-`
    /// (`PRISTINA`, `PORT-OF-SPAIN`).
    public var name: String
    /// The country as the narrative prints it: `Kosovo`.
    public var country: String
    /// The regional bureau.
    public var bureau: RegionalBureau
    /// IANA identifier of the post's time zone (the capital's): `Europe/Belgrade`; `UTC` for a
    /// country not in the table whose bureau was given with `--bureau`.
    public var timeZoneIdentifier: String

    /// Creates a post.
    public init(name: String, country: String, bureau: RegionalBureau, timeZoneIdentifier: String) {
        self.name = name
        self.country = country
        self.bureau = bureau
        self.timeZoneIdentifier = timeZoneIdentifier
    }

    /// The post's time zone (UTC if the identifier were unknown to this system).
    public var timeZone: TimeZone { TimeZone(identifier: timeZoneIdentifier) ?? .gmt }

    /// The post in running text: `Pristina`, `Port of Spain`.
    public var displayName: String {
        name.split(separator: "-").enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0 && ["of", "the", "de", "la", "es"].contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    /// Keywords ending the post's name in an addressee line: precedences and routing words.
    private static let addresseeStops: Set<String> = [
        "IMMEDIATE", "PRIORITY", "ROUTINE", "FLASH", "NIACT", "COLLECTIVE", "AMEMBASSY", "AMCONSUL",
    ]

    /// The post named by the first `AMEMBASSY`, `AMCONSUL`, `USMISSION` or `USOFFICE` addressee
    /// in `lines` (the header's `TO` lines), in ID form: `AMEMBASSY PORT OF SPAIN PRIORITY 1234`
    /// → `PORT-OF-SPAIN`; `nil` when there is none.
    public static func name(fromAddressees lines: [String]) -> String? {
        for line in lines {
            var words = line.uppercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if let slash = words.first?.firstIndex(of: "/") {
                // A routing indicator glued to the addressee: RUEHPS/AMEMBASSY PRISTINA.
                words[0] = String(words[0][words[0].index(after: slash)...])
            }
            guard let first = words.first, ["AMEMBASSY", "AMCONSUL", "USMISSION", "USOFFICE"].contains(first) else {
                continue
            }
            var name: [String] = []
            for word in words.dropFirst() {
                if addresseeStops.contains(word) || word.first?.isNumber == true { break }
                let letters = word.filter { $0.isASCII && $0.isLetter }
                if letters.isEmpty { break }
                name.append(letters)
            }
            if !name.isEmpty { return name.joined(separator: "-") }
        }
        return nil
    }

    /// `Port of Spain`, `port-of-spain` → `PORT-OF-SPAIN`; `nil` unless letters, spaces and hyphens only.
    public static func normalizedName(_ typed: String) -> String? {
        let words = typed.uppercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isLetter } }) else { return nil }
        return words.joined(separator: "-")
    }

    /// The post of a cable.
    ///
    /// - Parameters:
    ///   - header: the cable's header (its `TO` lines name the post).
    ///   - country: the narrative's country (``SourceDocument/country``).
    ///   - path: the cable's path, for messages.
    ///   - post: `--post`, replacing the name from the `TO` line.
    ///   - bureau: `--bureau`, replacing the bureau from the table.
    /// - Throws: ``CostError``: `cannot tell the post from the cable's TO line 'RUEHC/SECSTATE
    ///   WASHDC IMMEDIATE 4006'` (remedy: name the post), `'Port 9' is not a post name: …`,
    ///   `no regional bureau is known for the country 'Atlantis'` (remedy: name the bureau).
    public static func resolve(
        header: CableHeader, country: String, path: String, post: String? = nil, bureau: RegionalBureau? = nil
    ) throws -> RequestingPost {
        let name: String
        if let post {
            guard let typed = normalizedName(post) else {
                throw CostError(message: "'\(post)' is not a post name: use letters, spaces and hyphens, e.g. PRISTINA")
            }
            name = typed
        } else if let found = Self.name(fromAddressees: header.to) {
            name = found
        } else {
            let line = header.to.joined(separator: "; ")
            throw CostError(
                path: path, message: "cannot tell the post from the cable's TO line '\(line)'", remedy: .post)
        }
        let entry = CountryDirectory.entry(for: country)
        guard let chosen = bureau ?? entry?.bureau else {
            throw CostError(
                path: path,
                message: "no regional bureau is known for the country '\(country)'", remedy: .bureau)
        }
        return RequestingPost(
            name: name, country: entry?.name ?? country, bureau: chosen,
            timeZoneIdentifier: entry?.timeZoneIdentifier ?? "UTC")
    }
}

/// The cable paragraph on translation funding, quoted in the memo: paragraph 10 in the 2009
/// rollout cables ("Funding for translation costs will be handled as it was for the Human
/// Rights Report. Posts needing financial assistance … should contact their regional
/// bureau's EX office.").
public struct FundingParagraph: Sendable, Equatable {
    /// The paragraph number: 10.
    public var number: Int
    /// The paragraph's text as the reader repaired it.
    public var text: String

    /// Creates a paragraph.
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }

    /// Paragraph 10 when it speaks of translation, else the first paragraph that speaks of
    /// translation and of local languages or the EX office; `nil` when none does.
    public static func find(in cable: Cable) -> FundingParagraph? {
        func mentionsTranslation(_ paragraph: CableParagraph) -> Bool {
            paragraph.text.lowercased().contains("translation")
        }
        if let ten = cable.paragraph(10), mentionsTranslation(ten) {
            return FundingParagraph(number: 10, text: ten.text)
        }
        let found = cable.paragraphs.first { paragraph in
            let lower = paragraph.text.lowercased()
            return mentionsTranslation(paragraph) && (lower.contains("local language") || lower.contains(" ex office"))
        }
        return found.map { FundingParagraph(number: $0.number, text: $0.text) }
    }
}
