import Foundation
import Yams

/// Findings accepted on review: `verification/ignored.yaml` in a project (the project file's
/// `verification.ignore` names another file).
///
/// An entry silences one finding — the unit, the locale, the check and the exact message —
/// while the unit's source and target are the text it was accepted on (``textHash``); when
/// either changes, the finding is reported again. Each entry says who accepted it, when and
/// why. Shape (version 1; written by ``yaml``, read by ``parse(_:path:)``):
///
///     version: 1
///     ignored:
///       - unit: narrative.intro.p2.s3
///         locale: sq
///         check: omission
///         finding: "target is 62% of the source length; sq is usually 93–128%"
///         text: sha256:5d41…          # of the source and target when accepted
///         by: jsmith
///         date: 2009-06-12T10:00:00Z
///         reason: the translator merged the clause into the next sentence, as agreed
///
/// The file is meant to be kept under version control next to `tipl10n.yaml`, so accepted
/// findings are reviewed like any other change. Rules: `Docs/Verification.md`, "Ignoring a finding".
public struct IgnoreList: Sendable, Equatable {
    /// One accepted finding.
    public struct Entry: Sendable, Equatable {
        /// The translation unit ID.
        public var unitID: String
        /// The target locale (BCP 47), or `nil` when the file's language was unknown.
        public var locale: String?
        /// The check ID (`omission`, `figures` …).
        public var check: String
        /// The finding's message, exactly as verify printed it.
        public var finding: String
        /// ``IgnoreList/textHash(source:target:)`` of the unit when the finding was accepted.
        public var textHash: String
        /// Who accepted it.
        public var actor: String
        /// When (UTC).
        public var date: Date
        /// Why.
        public var reason: String

        /// Creates an entry.
        public init(
            unitID: String, locale: String?, check: String, finding: String, textHash: String, actor: String,
            date: Date, reason: String
        ) {
            self.unitID = unitID
            self.locale = locale
            self.check = check
            self.finding = finding
            self.textHash = textHash
            self.actor = actor
            self.date = date
            self.reason = reason
        }

        /// True when this entry silences `diagnostic`, found on `pair`.
        public func matches(_ diagnostic: Diagnostic, pair: TranslationPair) -> Bool {
            diagnostic.unitID == unitID && diagnostic.check == check && diagnostic.message == finding
                && (locale == nil || locale == pair.locale)
                && textHash == IgnoreList.textHash(source: pair.source, target: pair.target)
        }
    }

    /// The format version this tipl10n reads and writes.
    public static let currentVersion = 1

    /// The entries, in the order they were added.
    public var entries: [Entry]

    /// Creates a list.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The entry that silences `diagnostic` on `pair`, or `nil`.
    public func entry(silencing diagnostic: Diagnostic, pair: TranslationPair) -> Entry? {
        entries.first { $0.matches(diagnostic, pair: pair) }
    }

    /// `sha256:` and the hex SHA-256 of the source and target (NFC): each as its text with
    /// inline codes written `{element position id}`, separated by U+0000. A missing target
    /// hashes as empty.
    public static func textHash(source: InlineContent, target: InlineContent?) -> String {
        func text(_ content: InlineContent?) -> String {
            (content?.pieces ?? []).map { piece in
                switch piece {
                case .text(let text): text
                case .code(let code): "{\(code.element) \(code.position.rawValue) \(code.id ?? "")}"
                }
            }.joined()
        }
        return TranslationUnit.hash(of: text(source) + "\u{0}" + text(target))
    }

    // MARK: - Reading and writing

    private static let entryKeys = ["unit", "locale", "check", "finding", "text", "by", "date", "reason"]

    /// Reads an ignore list.
    /// - Throws: ``ProjectError`` with the 1-based line and column of the offending node:
    ///   `verification/ignored.yaml:7:5: error: missing 'reason' in an ignored finding`.
    public static func parse(_ text: String, path: String) throws -> IgnoreList {
        // An empty file, or one of comments only, lists nothing: a file made with `touch` must
        // not stop every verify. (A file YAML cannot read is reported by `root` below.)
        if case .success(nil) = Result(catching: { try Yams.compose(yaml: text) }) { return IgnoreList() }
        let root = try YAMLFields.root(of: text, path: path, context: "the ignore list")
        try root.requireKnownKeys(["version", "ignored"])
        guard let version = try root.int("version") else {
            throw root.error(at: root.value("version"), "missing 'version' (version: \(currentVersion))")
        }
        guard version == currentVersion else {
            throw root.error(
                at: root.value("version"),
                "unsupported ignore list version \(version) (this tipl10n reads version \(currentVersion))")
        }
        guard let list = root.value("ignored") else { return IgnoreList() }
        guard let items = list.sequence else { throw root.error(at: list, "'ignored' must be a list of findings") }
        var entries: [Entry] = []
        for item in items {
            guard item.mapping != nil else { throw root.error(at: item, "each entry of 'ignored' is a mapping") }
            let fields = YAMLFields(node: item, path: path, context: "an ignored finding")
            try fields.requireKnownKeys(entryKeys)
            func required(_ key: String) throws -> String {
                guard let value = try fields.string(key), !value.isEmpty else {
                    throw fields.error(at: fields.value(key), "missing '\(key)' in an ignored finding")
                }
                return value
            }
            let unitID = try required("unit")
            let locale = try fields.string("locale")
            if let locale {
                // An entry whose locale or check can never match would be kept and ignored forever.
                do {
                    _ = try TargetLocale.resolve(locale)
                } catch {
                    throw fields.error(at: fields.value("locale"), "\(Diagnostic.from(error).message)")
                }
            }
            let check = try required("check")
            guard Verifier.checkIDs.contains(check) else {
                throw fields.error(
                    at: fields.value("check"),
                    "unknown check '\(check)': the checks are \(Verifier.checkIDs.joined(separator: ", "))")
            }
            let finding = try required("finding")
            let hash = try required("text")
            let digest = hash.dropFirst("sha256:".count)
            guard hash.hasPrefix("sha256:"), digest.count == 64,
                digest.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) })
            else {
                throw fields.error(
                    at: fields.value("text"), "'text' must be a sha256: hash written by tipl10n (64 hex digits)")
            }
            let actor = try required("by")
            let dateText = try required("date")
            guard let date = ISO8601DateFormatter().date(from: dateText) else {
                throw fields.error(
                    at: fields.value("date"), "'date' must be an ISO 8601 moment such as 2009-06-12T10:00:00Z")
            }
            entries.append(
                Entry(
                    unitID: unitID, locale: locale, check: check, finding: finding, textHash: hash, actor: actor,
                    date: date, reason: try required("reason")))
        }
        return IgnoreList(entries: entries)
    }

    /// The list as YAML with a comment saying what it is; ``parse(_:path:)`` reads it back equal.
    public var yaml: String {
        var lines = [
            "# Findings accepted on review (tipl10n verify --ignore). Each is silent while its unit's source",
            "# and target are the text it was accepted on; when either changes, verify reports it again.",
            "# Keep this file under version control. Docs/Verification.md, \"Ignoring a finding\".",
            "version: \(Self.currentVersion)",
        ]
        if entries.isEmpty {
            lines.append("ignored: []")
        } else {
            lines.append("ignored:")
            for entry in entries { lines += Self.lines(of: entry, indent: "  ") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// This list written as `existing` (the text of the file `previous` was read from) with
    /// this list's further entries added after its last entry, so that the file's comments,
    /// layout and line endings stay as the user left them.
    ///
    /// The new items take the indentation of the file's first item (two spaces when it has
    /// none) and its line ending (CR LF when its first line has one); they go before the
    /// comments, blank lines and `...` that end the file. `ignored: []` (a comment after it
    /// kept) becomes `ignored:`; a file of comments only gets `version` and `ignored` first.
    ///
    /// `nil` when this list is not `previous` with entries added, or when the text so made
    /// would not read back as this list (the `ignored` sequence is not the file's last key, is
    /// written in flow style with items, or ends in a block scalar without a final line break):
    /// the caller then writes ``yaml``.
    public func yaml(appendingTo existing: String, previous: IgnoreList) -> String? {
        guard entries.count >= previous.entries.count,
            Array(entries.prefix(previous.entries.count)) == previous.entries
        else { return nil }
        let added = entries.dropFirst(previous.entries.count)
        guard !added.isEmpty else { return existing }
        // Split at LF by byte: "\r\n" is one Character, and a CR stays with its line.
        var lines = existing.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        let ending = lines.first?.hasSuffix("\r") == true ? "\r" : ""
        func content(_ line: String) -> Substring {
            var text = Substring(line)
            if text.hasSuffix("\r") { text = text.dropLast() }
            if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
            return text
        }
        func isSpace(_ character: Character) -> Bool { character == " " || character == "\t" }
        var insertion = lines.endIndex
        while insertion > lines.startIndex {
            let line = content(lines[insertion - 1])
            guard line.allSatisfy(isSpace) || line.hasPrefix("#") || line == "..." else { break }
            insertion -= 1
        }
        // A file of comments only: they stay at the top.
        if insertion == lines.startIndex { insertion = lines.endIndex }
        var head = Array(lines[..<insertion])
        let tail = Array(lines[insertion...])
        var indent = "  "
        if let key = head.firstIndex(where: { content($0).hasPrefix("ignored:") }) {
            // `ignored: []`, perhaps with a comment: the key of the block sequence to come.
            let value = content(head[key]).dropFirst("ignored:".count).drop(while: isSpace)
            if value.hasPrefix("[") {
                let inside = value.dropFirst().drop(while: isSpace)
                if inside.hasPrefix("]") {
                    let bom = head[key].hasPrefix("\u{FEFF}") ? "\u{FEFF}" : ""
                    head[key] = bom + "ignored:" + inside.dropFirst() + ending
                }
            }
            // The first item's indentation, from the first line after the key that is not
            // blank or a comment.
            if let first = head[(key + 1)...].map(content).first(where: {
                !$0.allSatisfy(isSpace) && !$0.drop(while: isSpace).hasPrefix("#")
            }) {
                let item = first.drop(while: { $0 == " " })
                if item == "-" || item.hasPrefix("- ") { indent = String(first.prefix { $0 == " " }) }
            }
        } else {
            if !head.contains(where: { content($0).hasPrefix("version:") }) {
                head.append("version: \(Self.currentVersion)" + ending)
            }
            head.append("ignored:" + ending)
        }
        for entry in added { head += Self.lines(of: entry, indent: indent).map { $0 + ending } }
        let text = (head + tail).joined(separator: "\n") + "\n"
        // Dates are written to the second: compare with this list as written.
        guard let appended = try? Self.parse(text, path: ""), let written = try? Self.parse(yaml, path: ""),
            appended == written
        else { return nil }
        return text
    }

    /// This list as ``yaml`` writes it and ``parse(_:path:)`` reads it back: dates to the
    /// second. What a written file must read back as.
    public var asWritten: IgnoreList {
        IgnoreList(
            entries: entries.map { entry in
                var written = entry
                written.date = Date(timeIntervalSince1970: entry.date.timeIntervalSince1970.rounded(.down))
                return written
            })
    }

    /// One entry as YAML lines, its `-` after `indent`.
    private static func lines(of entry: Entry, indent: String) -> [String] {
        let formatter = ISO8601DateFormatter()
        var lines = ["\(indent)- unit: \(ProjectFile.scalar(entry.unitID))"]
        if let locale = entry.locale { lines.append("\(indent)  locale: \(ProjectFile.scalar(locale))") }
        lines += [
            "\(indent)  check: \(ProjectFile.scalar(entry.check))",
            "\(indent)  finding: \(quoted(entry.finding))",
            "\(indent)  text: \(entry.textHash)",
            "\(indent)  by: \(ProjectFile.scalar(entry.actor))",
            "\(indent)  date: \(formatter.string(from: entry.date))",
            "\(indent)  reason: \(quoted(entry.reason))",
        ]
        return lines
    }

    /// Always double-quoted (messages hold `:` and quotes), with JSON escapes YAML reads.
    private static func quoted(_ text: String) -> String {
        ProjectFile.doubleQuoted(text)
    }
}
