import Foundation

/// One applied import of a completed XLIFF file (append-only table `import_record`).
///
/// Written by ``TranslationStore/apply(_:record:)`` in the same transaction as the
/// translations; looked up by file SHA-256 and locale to notice a file imported twice.
/// The same file may be recorded more than once (a forced re-import).
public struct ImportRecord: Sendable, Equatable {
    /// How the units of the imported file were classified.
    public struct Counts: Sendable, Equatable {
        /// Units translated for the first time.
        public var new: Int
        /// Units whose stored translation was replaced.
        public var updated: Int
        /// Units identical to the stored translation.
        public var unchanged: Int
        /// Units translated against a source different from the current one.
        public var stale: Int
        /// Units in the file that the store does not know.
        public var unknown: Int
        /// Units with an empty target.
        public var empty: Int

        /// Creates counts; all are unit counts, zero or more.
        public init(
            new: Int = 0, updated: Int = 0, unchanged: Int = 0, stale: Int = 0, unknown: Int = 0, empty: Int = 0
        ) {
            self.new = new
            self.updated = updated
            self.unchanged = unchanged
            self.stale = stale
            self.unknown = unknown
            self.empty = empty
        }
    }

    /// The cable ID the file translates, e.g. `09STATE61188`.
    public var cableID: String
    /// BCP 47 tag of the file's target language.
    public var locale: String
    /// The file name as imported, e.g. `09STATE61188.sq.xlf` (not empty).
    public var fileName: String
    /// Lower-case hex SHA-256 of the file's bytes, 64 characters (a CHECK constraint enforces it).
    public var fileSHA256: String
    /// When the import was applied; also the `updated_at` / `changed_at` of everything it wrote.
    public var importedAt: Date
    /// The classification counts.
    public var counts: Counts

    /// Creates an import record.
    public init(cableID: String, locale: String, fileName: String, fileSHA256: String, importedAt: Date, counts: Counts)
    {
        self.cableID = cableID
        self.locale = locale
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
        self.importedAt = importedAt
        self.counts = counts
    }
}
