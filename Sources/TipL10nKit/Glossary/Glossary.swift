import Foundation

/// A multilingual glossary: concepts, each with its English term and the target terms of any
/// number of locales — what TBX holds, and what the locale profiles' `glossary:` lists hold
/// one locale at a time.
///
/// The project's glossary (`glossary/terms.tbx`, the project file's `glossary:`) is layered
/// over the built-in glossary of each locale profile: for a locale, a concept of the project
/// whose English term a profile entry also has replaces that entry; other concepts are added
/// (``layered(onto:locale:)``). Terms are compared in Unicode NFC with white space collapsed.
/// A target term ending in `*` is a stem (any ending), as in the profiles. Guide:
/// `Docs/Glossary.md`.
public struct Glossary: Sendable, Equatable {
    /// One concept: an English term and its renderings.
    public struct Concept: Sendable, Equatable {
        /// The English term as it appears in source text (`Government of Kosovo`).
        public var source: String
        /// Guidance for every language (TBX: a `<note>` of the concept).
        public var note: String?
        /// Target terms by BCP 47 tag, the preferred first.
        public var terms: [String: [String]]
        /// Guidance for one language, by tag (TBX: a `<note>` of the language section).
        public var notes: [String: String]

        /// Creates a concept.
        public init(source: String, note: String? = nil, terms: [String: [String]] = [:], notes: [String: String] = [:])
        {
            self.source = source
            self.note = note
            self.terms = terms
            self.notes = notes
        }
    }

    /// The concepts, in order.
    public var concepts: [Concept]

    /// Creates a glossary.
    public init(concepts: [Concept] = []) {
        self.concepts = concepts
    }

    /// The locales with at least one term, sorted.
    public var locales: [String] {
        Set(concepts.flatMap { $0.terms.filter { !$0.value.isEmpty }.keys }).sorted()
    }

    /// The glossary of the profiles: one concept per English term, each profile's entries under
    /// its tag (a note of an entry becomes the language's note).
    public init(profiles: [LocaleProfile]) {
        var concepts: [Concept] = []
        var index: [String: Int] = [:]
        for profile in profiles {
            for entry in profile.glossary {
                let key = Self.key(entry.source)
                if index[key] == nil {
                    index[key] = concepts.count
                    concepts.append(Concept(source: entry.source))
                }
                guard let position = index[key] else { continue }
                concepts[position].terms[profile.tag] = entry.targets
                if let note = entry.note { concepts[position].notes[profile.tag] = note }
            }
        }
        self.init(concepts: concepts)
    }

    /// The entries for `locale` in the profiles' shape: concepts with terms in the locale (or
    /// in a less specific tag: `sq` terms serve `sq-XK`), the language's note or else the
    /// concept's.
    public func entries(for locale: String) -> [LocaleProfile.GlossaryEntry] {
        let candidates = LocaleProfile.profileTags(for: locale)
        return concepts.compactMap { concept in
            guard let tag = candidates.first(where: { !(concept.terms[$0] ?? []).isEmpty }),
                let terms = concept.terms[tag]
            else { return nil }
            return LocaleProfile.GlossaryEntry(
                source: concept.source, targets: terms, note: concept.notes[tag] ?? concept.note)
        }
    }

    /// `entries` (a profile's glossary for `locale`) with this glossary on top: an entry for
    /// the same English term is replaced where it stands, new terms are added at the end.
    public func layered(onto entries: [LocaleProfile.GlossaryEntry], locale: String) -> [LocaleProfile.GlossaryEntry] {
        var result = entries
        for entry in self.entries(for: locale) {
            if let index = result.firstIndex(where: { Self.key($0.source) == Self.key(entry.source) }) {
                result[index] = entry
            } else {
                result.append(entry)
            }
        }
        return result
    }

    /// How a merge changed a glossary: concepts added, concepts whose terms or notes changed,
    /// and concepts read that changed nothing.
    public struct MergeCounts: Sendable, Equatable {
        public var added = 0
        public var updated = 0
        public var unchanged = 0
    }

    /// Takes in `other`: a concept with a new English term is added; for a known one, the
    /// terms and notes of each locale `other` has replace this glossary's, other locales are
    /// kept, and a concept note replaces the old one.
    public mutating func merge(_ other: Glossary) -> MergeCounts {
        var counts = MergeCounts()
        for incoming in other.concepts {
            guard let index = concepts.firstIndex(where: { Self.key($0.source) == Self.key(incoming.source) }) else {
                concepts.append(incoming)
                counts.added += 1
                continue
            }
            var concept = concepts[index]
            for (tag, terms) in incoming.terms { concept.terms[tag] = terms }
            for (tag, note) in incoming.notes { concept.notes[tag] = note }
            if let note = incoming.note { concept.note = note }
            if concept == concepts[index] {
                counts.unchanged += 1
            } else {
                concepts[index] = concept
                counts.updated += 1
            }
        }
        return counts
    }

    /// How terms are compared: NFC, white space collapsed.
    static func key(_ term: String) -> String {
        term.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A glossary file that cannot be read: the file, the line and what is wrong
/// (`terms.csv:4: error: the row has 5 cells but the header has 3`). Check `glossary`.
public struct GlossaryError: DiagnosticError, Equatable {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int = 0, column: Int = 0, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var diagnostic: Diagnostic {
        Diagnostic(
            location: path, line: line, column: column, unitID: nil, severity: .error, check: "glossary",
            message: message)
    }
}
