import Foundation

/// The memo of a cost request to the bureau's EX office, as Markdown or plain text.
///
/// Sections: heading with the request ID; To (EX office), From (post), requesting officer,
/// date (the post's calendar day), fiscal year, status; subject; the cable reference and its
/// funding paragraph (paragraph 10) quoted; the request with a table of locales, words per
/// match band, weighted words, rates and amounts, and the total; how words were counted;
/// justification; the status history. Plain text is wrapped at 72 columns.
public enum CostMemo {
    /// The memo's format.
    public enum Format: String, Sendable, CaseIterable {
        /// Markdown (tables, `>` quotes).
        case markdown = "md"
        /// Plain text, 72 columns.
        case text = "txt"
    }

    /// The memo for `request`, ending with a newline.
    public static func render(_ request: CostRequest, format: Format) -> String {
        var out = Output(format: format)
        let post = request.post
        let from = "U.S. Embassy \(post.displayName)"
        let locales = listed(request.locales.map(localeName))
        out.heading("Request for translation funds: \(request.requestID)")
        out.fields([
            ("To", "\(post.bureau.executiveOffice), \(post.bureau.executiveOfficeName)"),
            ("From", from),
            ("Requesting officer", request.officer),
            ("Date", CalendarDayText.long(request.requestDate)),
            ("Fiscal year", request.fiscalYear.description),
            ("Request ID", request.requestID),
            ("Status", statusLine(request)),
        ])
        out.section("Subject")
        out.paragraph(
            "Funds to translate the \(post.country) TIP Report country narrative"
                + (request.parts.contains(.press) ? " and press guidance" : "")
                + " (\(request.cableID)) into \(locales).")
        out.section("Reference")
        let paragraphPart = request.fundingParagraph.map { ", paragraph \($0.number)" } ?? ""
        out.paragraph("\(request.cableID) (\(request.cableDTG)), \(request.cableSubject)\(paragraphPart):")
        if let paragraph = request.fundingParagraph {
            out.quote(paragraph.text)
        } else {
            out.paragraph("(The cable has no paragraph on translation funding.)")
        }
        out.section("Request")
        out.paragraph(
            "\(from) requests \(request.requested.formatted) from \(post.bureau.executiveOffice) to translate "
                + "the \((request.lines.first?.words ?? 0).grouped) source words of \(request.cableID) "
                + "(\(partsText(request.parts))) into \(locales), at the post's contract rates.")
        let headers = ["Language", "New", "Fuzzy", "Exact", "Repetitions", "Words", "Weighted", "Rate/word", "Amount"]
        var rows = request.lines.map { line in
            let language = "\(localeName(line.locale)) (\(line.locale))"
            if let source = line.type.convertedFrom {
                return [
                    "\(language), script conversion from \(source)", "-", "-", "-", "-", line.words.grouped,
                    DecimalText.grouped(line.weightedWords), line.rate.formatted, line.amount.formatted,
                ]
            }
            let fuzzy = MatchCategory.fuzzyBands.reduce(0) { $0 + line.words($1) }
            return [
                language, line.newWords.grouped, fuzzy.grouped, line.exactWords.grouped, line.repetitionWords.grouped,
                line.words.grouped, DecimalText.grouped(line.weightedWords), line.rate.formatted, line.amount.formatted,
            ]
        }
        rows.append(["Total", "", "", "", "", request.words.grouped, "", "", request.requested.formatted])
        out.table(headers: headers, rows: rows, rightAligned: Set(1...8))
        if let approved = request.approved { out.paragraph("Approved: \(approved.formatted).") }
        if let paid = request.paid {
            let outstanding = request.outstanding.map { $0.amount > 0 ? " (outstanding \($0.formatted))" : "" } ?? ""
            let instalments = request.payments.count > 1 ? " in \(request.payments.count) payments" : ""
            out.paragraph("Paid: \(paid.formatted)\(instalments)\(outstanding).")
        }
        out.section("Word count")
        let weights = request.lines.first?.weights ?? .flat
        out.paragraph(
            "Words are counted by tipl10n's rule \(request.wordCountRule) (GMX-V: Unicode UAX #29 word "
                + "boundaries; numbers count as words, punctuation does not; a URL or e-mail address is one word) "
                + "over the English source text of the \(partsText(request.parts)). New words are paid at "
                + "\(percent(weights.new)) of the rate; matches from earlier translations (other cables, other "
                + "years, imported translation memories) at \(percent(weights.fuzzy75)) (75-84% similar), "
                + "\(percent(weights.fuzzy85)) (85-94%), \(percent(weights.fuzzy95)) (95-99%) and "
                + "\(percent(weights.exact)) (exact); repetitions within the text at \(percent(weights.repetition)). "
                + conversionSentence(request) + "Each line is rounded to the cent once (half-up).")
        out.section("Justification")
        out.paragraph(request.justification)
        out.section("History")
        let historyRows = request.events.map { event in
            [
                StoreDate.text(from: event.at).prefix(16).replacingOccurrences(of: "T", with: " ") + " UTC",
                event.action.rawValue, event.status.rawValue, event.amount?.formatted ?? "", event.actor, event.note,
            ]
        }
        out.table(
            headers: ["Date", "Action", "Status", "Amount", "By", "Note"], rows: historyRows, rightAligned: [3])
        out.paragraph("\(request.officer), \(from)")
        while out.text.hasSuffix("\n\n") { out.text.removeLast() }
        return out.text
    }

    /// `Serbian in Cyrillic script is made from Serbian in Latin script by script conversion, at
    /// USD 0.00 a word. ` for each script-conversion line; empty when there is none.
    private static func conversionSentence(_ request: CostRequest) -> String {
        request.lines.compactMap { line in
            line.type.convertedFrom.map {
                "\(localeName(line.locale)) is made from \(localeName($0)) by script conversion, at "
                    + "\(line.rate.formatted) a word. "
            }
        }.joined()
    }

    /// `draft`, `approved (USD 150.00)`, `paid (USD 150.00)`.
    private static func statusLine(_ request: CostRequest) -> String {
        switch request.status {
        case .approved: "approved (\(request.approved?.formatted ?? ""))"
        case .paid: "paid (\(request.paid?.formatted ?? ""))"
        default: request.status.rawValue
        }
    }

    /// The language as a memo names it: `Albanian`, `Serbian in Latin script`; the tag itself
    /// for a locale tipl10n does not know.
    static func localeName(_ tag: String) -> String {
        switch tag {
        case "sr-Latn": "Serbian in Latin script"
        case "sr-Cyrl": "Serbian in Cyrillic script"
        default: TargetLocale(tag: tag).englishName
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    static func listed(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `narrative and press guidance`.
    static func partsText(_ parts: [SourcePart]) -> String {
        listed(
            parts.map { part in
                switch part {
                case .narrative: "narrative"
                case .nonPaper: "non-paper"
                case .press: "press guidance"
                }
            })
    }

    /// `30%`, `100%`, `12.5%`.
    private static func percent(_ weight: Decimal) -> String { "\(DecimalText.text(weight * 100))%" }

    /// Builds Markdown or plain text.
    private struct Output {
        let format: Format
        var text = ""
        static let width = 72

        mutating func heading(_ title: String) {
            switch format {
            case .markdown: text += "# \(title)\n\n"
            case .text: text += "\(title)\n\(String(repeating: "=", count: title.count))\n\n"
            }
        }

        mutating func section(_ title: String) {
            switch format {
            case .markdown: text += "## \(title)\n\n"
            case .text: text += "\(title.uppercased())\n\n"
            }
        }

        mutating func fields(_ pairs: [(String, String)]) {
            switch format {
            case .markdown:
                for (name, value) in pairs { text += "**\(name):** \(value)  \n" }
                text += "\n"
            case .text:
                let width = (pairs.map(\.0.count).max() ?? 0) + 2
                for (name, value) in pairs {
                    text += (name + ":").padding(toLength: width, withPad: " ", startingAt: 0) + value + "\n"
                }
                text += "\n"
            }
        }

        mutating func paragraph(_ body: String) {
            switch format {
            case .markdown: text += body + "\n\n"
            case .text: text += Self.wrapped(body, width: Self.width, indent: "") + "\n\n"
            }
        }

        mutating func quote(_ body: String) {
            switch format {
            case .markdown: text += "> \(body)\n\n"
            case .text: text += Self.wrapped(body, width: Self.width, indent: "    ") + "\n\n"
            }
        }

        mutating func table(headers: [String], rows: [[String]], rightAligned: Set<Int>) {
            switch format {
            case .markdown:
                text += "| " + headers.joined(separator: " | ") + " |\n"
                text += "|" + headers.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined() + "\n"
                for row in rows {
                    text +=
                        "| "
                        + row.map {
                            $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
                        }.joined(separator: " | ")
                        + " |\n"
                }
                text += "\n"
            case .text:
                let all = [headers] + rows
                let widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
                for row in all {
                    let cells = row.enumerated().map { column, cell in
                        let pad = String(repeating: " ", count: widths[column] - cell.count)
                        return rightAligned.contains(column) ? pad + cell : cell + pad
                    }
                    text +=
                        cells.joined(separator: "  ").replacingOccurrences(
                            of: "\\s+$", with: "", options: .regularExpression) + "\n"
                }
                text += "\n"
            }
        }

        /// `body` wrapped at `width` columns, every line starting with `indent`.
        static func wrapped(_ body: String, width: Int, indent: String) -> String {
            var lines: [String] = []
            var line = indent
            for word in body.split(separator: " ") {
                if line.count > indent.count && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = indent
                }
                line += (line.count > indent.count ? " " : "") + word
            }
            if line.count > indent.count { lines.append(line) }
            return lines.joined(separator: "\n")
        }
    }
}

/// `2009-06-16` → `16 June 2009`.
enum CalendarDayText {
    static func long(_ day: String) -> String {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        guard parts.count == 3, (1...12).contains(parts[1]) else { return day }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}
