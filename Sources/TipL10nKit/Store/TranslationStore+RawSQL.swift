import Foundation

/// Raw SQL for tests and diagnostics (internal): lets tests check constraints, triggers and
/// the stored text on either engine. Errors come out as ``StoreError``s starting with `raw sql`.
extension StoreOperations {
    /// Runs `sql` (one or more statements, no parameters) in one write transaction.
    func executeRawSQL(_ sql: String) throws {
        try write("raw sql") { transaction in try transaction.executeScript(sql) }
    }

    /// The first column of every row `sql` returns, as text (`NULL` for NULL).
    func rawStrings(_ sql: String) throws -> [String] {
        try read("raw sql") { transaction in try transaction.strings(sql) }
    }

    /// Row counts of the store's tables, keyed by table name.
    func rowCounts() throws -> [String: Int] {
        try read("raw sql") { transaction in
            var counts: [String: Int] = [:]
            for table in ["meta", "source_unit", "translation", "translation_history", "import_record"] {
                counts[table] = try transaction.integer("SELECT count(*) FROM \"\(table)\"") ?? 0
            }
            return counts
        }
    }
}
