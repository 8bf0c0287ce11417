import Foundation

/// Splits a script of SQL statements at the semicolons that end them, for PostgreSQL, whose
/// extended query protocol (the one postgres-nio speaks) runs one statement at a time.
///
/// A `;` ends a statement only outside single-quoted strings (`''` inside), double-quoted
/// identifiers, dollar-quoted bodies (`$$ … $$`, `$body$ … $body$`, as in PL/pgSQL functions and
/// `DO` blocks), `--` line comments and `/* … */` block comments (PostgreSQL's lexical rules,
/// documentation §4.1). Statements are returned trimmed; empty ones (or only comments) are left out.
enum SQLScript {
    static func statements(in script: String) -> [String] {
        let characters = Array(script.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var hasCode = false
        var index = 0
        func flush() {
            let text = String(current).trimmingCharacters(in: .whitespacesAndNewlines)
            if hasCode && !text.isEmpty { statements.append(text) }
            current = String.UnicodeScalarView()
            hasCode = false
        }
        func append(upTo end: Int) {
            while index < end && index < characters.count {
                current.append(characters[index])
                index += 1
            }
        }
        while index < characters.count {
            let scalar = characters[index]
            let next: Unicode.Scalar? = index + 1 < characters.count ? characters[index + 1] : nil
            switch scalar {
            case ";":
                index += 1
                flush()
            case "-" where next == "-":
                var end = index
                while end < characters.count && characters[end] != "\n" { end += 1 }
                append(upTo: end)
            case "/" where next == "*":
                var end = index + 2
                while end + 1 < characters.count && !(characters[end] == "*" && characters[end + 1] == "/") { end += 1 }
                append(upTo: min(end + 2, characters.count))
            case "'", "\"":
                var end = index + 1
                while end < characters.count {
                    if characters[end] == scalar {
                        if end + 1 < characters.count && characters[end + 1] == scalar {
                            end += 2
                            continue
                        }
                        break
                    }
                    end += 1
                }
                hasCode = true
                append(upTo: min(end + 1, characters.count))
            case "$":
                // A dollar quote: $tag$ where tag is empty or an identifier (not a parameter like $1).
                var end = index + 1
                while end < characters.count,
                    characters[end].properties.isAlphabetic || characters[end] == "_"
                        || (end > index + 1 && characters[end].properties.numericType != nil)
                {
                    end += 1
                }
                guard end < characters.count, characters[end] == "$" else {
                    hasCode = true
                    append(upTo: index + 1)
                    continue
                }
                let tag = Array(characters[index...end])
                var close = end + 1
                while close + tag.count <= characters.count && Array(characters[close..<(close + tag.count)]) != tag {
                    close += 1
                }
                hasCode = true
                append(upTo: min(close + tag.count, characters.count))
            default:
                if !scalar.properties.isWhitespace { hasCode = true }
                current.append(scalar)
                index += 1
            }
        }
        flush()
        return statements
    }
}
