import Foundation

extension Glossary {
    /// Reads a glossary from CSV (RFC 4180: comma-separated, `"` quotes a cell, `""` is a
    /// quote inside one; UTF-8, a byte order mark is skipped; a semicolon or tab separator is
    /// used instead when the header has one and no comma), as spreadsheets and terminology
    /// tools export it.
    ///
    /// The first row names the columns: BCP 47 tags (`en`, `sq`, `sr-Latn`; any case, `_` for
    /// `-`) and optionally `note` (also `notes`, `comment`, `description`, `definition`). The
    /// first column whose tag is English (`en`, `en-US` …) holds the English term; a cell may
    /// hold several terms separated by `|`, the preferred first. A row without an English term
    /// is refused; an empty row is skipped.
    ///
    ///     en,sq,sr-Latn,note
    ///     NGO,OJQ|OJQ-të,NVO,non-governmental organisation
    ///
    /// - Throws: ``GlossaryError`` with the line: no English column, a column that is neither a
    ///   tag nor a note, a row with more cells than the header, an unterminated quote.
    public static func readCSV(_ text: String, path: String) throws -> Glossary {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let headerLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character =
            headerLine.contains(",") ? "," : headerLine.contains(";") ? ";" : headerLine.contains("\t") ? "\t" : ","
        let rows = try csvRows(body, separator: separator, path: path)
        guard let header = rows.first else {
            throw GlossaryError(path: path, line: 1, message: "the CSV file is empty: its first row names the columns")
        }
        enum Column {
            case term(String)
            case note
        }
        var columns: [Column] = []
        var englishColumn: Int?
        for (index, name) in header.cells.enumerated() {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if ["note", "notes", "comment", "comments", "description", "definition"].contains(trimmed.lowercased()) {
                columns.append(.note)
                continue
            }
            let tag = LocaleProfile.canonicalTag(trimmed)
            if tag == "en" || tag.hasPrefix("en-") {
                if englishColumn == nil { englishColumn = index }
                columns.append(.term("en"))
                continue
            }
            guard let resolved = try? TargetLocale.resolve(tag).locale.tag else {
                throw GlossaryError(
                    path: path, line: header.line,
                    message: "column \(index + 1) '\(trimmed)' is neither a BCP 47 language tag nor note")
            }
            columns.append(.term(resolved))
        }
        guard let englishColumn else {
            throw GlossaryError(path: path, line: header.line, message: "no English column: name one en (or en-US)")
        }
        var concepts: [Concept] = []
        // English terms seen, compared as the glossary check matches them (case-insensitively):
        // a second row for the same term would be a second concept, or silently replace the first.
        var lineOfTerm: [String: Int] = [:]
        for row in rows.dropFirst() {
            if row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard row.cells.count <= columns.count else {
                throw GlossaryError(
                    path: path, line: row.line,
                    message: "the row has \(row.cells.count) cells but the header has \(columns.count)")
            }
            func terms(_ cell: String) -> [String] {
                cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let english = englishColumn < row.cells.count ? terms(row.cells[englishColumn]) : []
            guard let source = english.first else {
                throw GlossaryError(path: path, line: row.line, message: "the row has no English term")
            }
            let key = key(source).lowercased()
            if let first = lineOfTerm[key] {
                throw GlossaryError(
                    path: path, line: row.line,
                    message: "the English term '\(source)' is already on line \(first) (terms are matched without "
                        + "regard to case): put both rows' target terms in one row")
            }
            lineOfTerm[key] = row.line
            var concept = Concept(source: source)
            for (index, cell) in row.cells.enumerated() where index != englishColumn {
                switch columns[index] {
                case .note:
                    let note = cell.trimmingCharacters(in: .whitespaces)
                    if !note.isEmpty { concept.note = note }
                case .term(let tag):
                    guard tag != "en" else { continue }
                    let found = terms(cell)
                    if !found.isEmpty { concept.terms[tag, default: []] += found }
                }
            }
            concepts.append(concept)
        }
        return Glossary(concepts: concepts)
    }

    /// RFC 4180 rows with the 1-based line each starts on.
    private static func csvRows(
        _ text: String, separator: Character, path: String
    ) throws -> [(
        line: Int, cells: [String]
    )] {
        var rows: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var atCellStart = true
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return iterator.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            cell.append("\"")
                        } else {
                            quoted = false
                            pending = following
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where atCellStart:
                quoted = true
                atCellStart = false
            case separator:
                cells.append(cell)
                cell = ""
                atCellStart = true
            case "\n", "\r\n", "\r":
                cells.append(cell)
                rows.append((rowLine, cells))
                cells = []
                cell = ""
                atCellStart = true
                line += 1
                rowLine = line
            default:
                cell.append(character)
                atCellStart = false
            }
        }
        if quoted {
            throw GlossaryError(path: path, line: rowLine, message: "a quoted cell is not closed")
        }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append((rowLine, cells))
        }
        return rows
    }
}
