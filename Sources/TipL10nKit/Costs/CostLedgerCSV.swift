import Foundation

/// The ledger as CSV for the finance office: `tipl10n cost export --csv`.
///
/// RFC 4180: a header row, then one row per cost request; fields holding `,`, `"` or a line
/// break are quoted (`"` doubled); lines end with CRLF. Amounts are decimal text without
/// grouping or currency sign (`160.42`); empty when not (yet) approved or paid; `paid` is the
/// sum of the payments and `outstanding` what is approved and not yet paid. Dates:
/// `request_date` is the post's calendar day, `status_changed_at` ISO 8601 UTC.
///
/// Columns: `request_id, fiscal_year, post, country, bureau, ex_office, cable_id, locales,
/// words, currency, requested, approved, paid, outstanding, status, request_date,
/// status_changed_at, officer, note`. `locales` lists the tags separated by spaces; `words` is the source words per
/// locale (the same text is translated into each); `note` is the note of the latest event
/// (why it was approved, rejected, …).
///
/// A cell starting with `=`, `+`, `-` or `@` (typed text: an officer, a note) gets a leading
/// `'`, so a spreadsheet shows it as text instead of running it as a formula.
public enum CostLedgerCSV {
    /// The column names, in order.
    public static let columns = [
        "request_id", "fiscal_year", "post", "country", "bureau", "ex_office", "cable_id", "locales", "words",
        "currency", "requested", "approved", "paid", "outstanding", "status", "request_date", "status_changed_at",
        "officer", "note",
    ]

    /// The CSV text of `requests`, header first.
    public static func render(_ requests: [CostRequest]) -> String {
        var rows = [columns]
        for request in requests {
            rows.append([
                request.requestID, String(request.fiscalYear.year), request.post.name, request.post.country,
                request.post.bureau.rawValue, request.post.bureau.executiveOffice, request.cableID,
                request.locales.joined(separator: " "), String(request.lines.first?.words ?? 0), request.currency,
                request.requested.text, request.approved?.text ?? "", request.paid?.text ?? "",
                request.outstanding?.text ?? "", request.status.rawValue, request.requestDate,
                StoreDate.text(from: request.statusChangedAt),
                request.officer, request.events.last?.note ?? "",
            ])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field: `'` before a leading `=`, `+`, `-` or `@`, then quoted when it must be.
    static func field(_ text: String) -> String {
        let value = text.first.map { "=+-@".contains($0) } == true ? "'" + text : text
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
