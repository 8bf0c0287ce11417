import Foundation

/// Compiling and inspecting the ICU regular expressions found in SRX rules.
///
/// SRX 2.0 rules use ICU / Java syntax; `NSRegularExpression` is ICU-backed on every
/// platform, so patterns behave as they do in Okapi and OmegaT (apart from Java-only
/// property names such as `\p{javaUpperCase}`).
enum SRXRegularExpression {
    /// Compiles `pattern` with ICU, or explains why ICU refused it.
    ///
    /// `NSRegularExpression` only says "the value is invalid"; the reason comes from parsing
    /// the same pattern with Swift's `Regex` (which knows most ICU syntax), and falls back to
    /// a general remark where Swift cannot tell (ICU-only constructs such as unbounded
    /// lookbehind).
    static func compile(_ pattern: String) -> Result<NSRegularExpression, Failure> {
        do {
            return .success(try NSRegularExpression(pattern: pattern))
        } catch {
            return .failure(Failure(reason: reason(for: pattern)))
        }
    }

    /// Why ICU refused a pattern, in house style (lower case, no trailing period).
    struct Failure: Error {
        var reason: String
    }

    /// A lower-case explanation of what is wrong with `pattern`.
    static func reason(for pattern: String) -> String {
        do {
            _ = try Regex(pattern)
        } catch {
            let message = "\(error)"
            // Swift reports its own gaps (lookbehind, some properties) as "not supported";
            // those say nothing about why ICU refused the pattern.
            if !message.isEmpty && !message.contains("not currently supported") && !message.contains("unsupported") {
                return message
            }
        }
        // Swift accepts it (or cannot tell) but ICU does not: often an unbounded lookbehind.
        if pattern.contains("(?<=") || pattern.contains("(?<!") {
            return "ICU cannot compile it (a lookbehind must have a bounded length)"
        }
        return "ICU cannot compile it"
    }

    /// Whether `pattern` uses an anchor that refers to the whole text: `^`, `$` outside a
    /// character class, or `\A`, `\Z`, `\z`, `\G`.
    ///
    /// Rules with anchors are matched against the whole text instead of a window around the
    /// position, so that `^` still means "start of text" (as in Okapi, which matches without
    /// `MULTILINE`). `\Q…\E` quoting and escapes are honoured; `(?x)` comments are not.
    static func hasTextAnchor(_ pattern: String) -> Bool {
        var classDepth = 0
        var isEscaped = false
        var isQuoting = false
        var previous: Character?
        for character in pattern {
            defer { previous = character }
            if isQuoting {
                if previous == "\\" && character == "E" { isQuoting = false }
                continue
            }
            if isEscaped {
                isEscaped = false
                if character == "Q" {
                    isQuoting = true
                } else if classDepth == 0 && "AZzG".contains(character) {
                    return true
                }
                continue
            }
            switch character {
            case "\\": isEscaped = true
            case "[": classDepth += 1
            case "]": if classDepth > 0 { classDepth -= 1 }
            case "^", "$": if classDepth == 0 { return true }
            default: break
            }
        }
        return false
    }

    /// Whether `pattern` has a backreference (`\1`…`\9`, `\k<name>`), which would change
    /// meaning if the pattern's groups were renumbered by merging it with others.
    static func hasBackreference(_ pattern: String) -> Bool {
        var isEscaped = false
        for character in pattern {
            if isEscaped {
                if ("1"..."9").contains(character) || character == "k" { return true }
                isEscaped = false
            } else if character == "\\" {
                isEscaped = true
            }
        }
        return false
    }

    /// The number of capturing groups of a pattern already known to compile.
    static func captureGroupCount(_ pattern: String) -> Int {
        (try? NSRegularExpression(pattern: pattern).numberOfCaptureGroups) ?? 0
    }
}
