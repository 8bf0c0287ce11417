import Foundation
import GRDB

/// Raw SQL for tests and diagnostics (internal): lets tests check constraints, triggers and
/// the stored text without importing GRDB. Errors come out as ``StoreError``s starting with
/// `raw sql`.
extension TranslationStore {
    /// Runs `sql` (one or more statements) in one write transaction.
    func executeRawSQL(_ sql: String) throws {
        try write("raw sql") { db in try db.execute(sql: sql) }
    }

    /// The first column of every row `sql` returns, as text (`NULL` for NULL).
    func rawStrings(_ sql: String) throws -> [String] {
        try read("raw sql") { db in
            try DatabaseValue.fetchAll(db, sql: sql).map { value in
                switch value.storage {
                case .null: "NULL"
                case .int64(let number): String(number)
                case .double(let number): String(number)
                case .string(let text): text
                case .blob(let data): data.base64EncodedString()
                }
            }
        }
    }

    /// Row counts of the store's tables, keyed by table name.
    func rowCounts() throws -> [String: Int] {
        try read("raw sql") { db in
            var counts: [String: Int] = [:]
            for table in ["meta", "source_unit", "translation", "translation_history", "import_record"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
            }
            return counts
        }
    }
}
