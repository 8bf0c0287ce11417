import Foundation

/// The cable's metadata and telegram header, read once even where the page prints the caption
/// block twice.
///
/// Published metadata (web page, archive and HTML layouts) wins over values derived from the
/// telegram; strings are kept as printed, with runs of spaces collapsed.
public struct CableHeader: Sendable, Equatable {
    /// The cable ID, e.g. `09STATE61188`: from the metadata, or for a bare telegram the DTG's
    /// two-digit year, the caption's originator without spaces and the serial without leading
    /// zeros (`UNCLAS STATE 061188` + `… JUN 09` → `09STATE61188`).
    public var cableID: String
    /// Creation time as the metadata prints it (`2009-06-12 22:09:00`,
    /// `Thu Jun 11 00:00:00 +0200 2009`, `2009-06-12 00:12`); `nil` for a bare telegram.
    public var created: String?
    /// Release date as the HTML page prints it (`2011-01-13 05:05`); `nil` elsewhere.
    public var released: String?
    /// Classification from the metadata (`UNCLASSIFIED`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`),
    /// else from the caption (`UNCLAS` → `UNCLASSIFIED`).
    public var classification: String
    /// The originating office from the metadata (`Secretary of State`); `nil` for a bare telegram.
    public var origin: String?
    /// Date-time group as printed without the precedence letter: `122209Z JUN 09`; empty when
    /// the telegram has no DTG line (allowed only when the metadata gives the cable ID).
    public var dtg: String
    /// The DTG as a UTC instant (`2009-06-12T22:09:00Z`); years `00`–`69` are 20xx, `70`–`99`
    /// are 19xx. `nil` when the DTG names an impossible date.
    public var dtgDate: Date?
    /// The `FM` line without `FM `: `SECSTATE WASHDC`; empty when there is no `FM` line.
    public var from: String
    /// The `TO` addressees, one per printed line: `["AMEMBASSY PRISTINA IMMEDIATE 0000"]`.
    public var to: [String]
    /// The `INFO` addressees, one per printed line (empty when there is no `INFO` line).
    public var info: [String]
    /// The caption line: `UNCLAS STATE 061188`, `UNCLAS SECTION 01 OF 06 REYKJAVIK 000049`.
    public var caption: String
    /// The subject joined across its lines with single spaces:
    /// `KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE`.
    public var subject: String
    /// The TAGS codes in printed order: `["KTIP", "ELAB", …]`.
    public var tags: [String]
    /// The references from the `REF:` / `REFS:` lines, in order.
    public var references: [CableReference]
    /// The signature line (`CLINTON`, `VAN VOORST`), or `nil` when none was found.
    public var signature: String?

    /// Creates a header.
    public init(
        cableID: String, created: String? = nil, released: String? = nil, classification: String,
        origin: String? = nil, dtg: String, dtgDate: Date? = nil, from: String, to: [String], info: [String] = [],
        caption: String, subject: String, tags: [String], references: [CableReference], signature: String? = nil
    ) {
        self.cableID = cableID
        self.created = created
        self.released = released
        self.classification = classification
        self.origin = origin
        self.dtg = dtg
        self.dtgDate = dtgDate
        self.from = from
        self.to = to
        self.info = info
        self.caption = caption
        self.subject = subject
        self.tags = tags
        self.references = references
        self.signature = signature
    }
}

/// One reference from the header's `REF:` line.
///
/// The label marks (`A.`, `(A)`, `A)`, `¶A.`, also doubled as in `A. (A)`) become ``label``;
/// the rest is ``text`` as printed: `REF: A. (A) STATE 59732` → label `A`, text `STATE 59732`.
public struct CableReference: Sendable, Equatable {
    /// The reference letter (`A`), or `nil` for an unlabelled single reference.
    public var label: String?
    /// The referenced cable as printed: `STATE 59732`, `2009 STATE 5577`, `08 STATE 132759`.
    public var text: String

    /// Creates a reference.
    public init(label: String?, text: String) {
        self.label = label
        self.text = text
    }
}
