import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    /// The ignore list: accepted findings stay silent while the unit's text is unchanged.
    @Suite("Verification: ignore list and check selection")
    struct IgnoreListTests {
        typealias F = VerificationFixtures

        static let moment = Date(timeIntervalSince1970: 1_244_800_800)  // 2009-06-12T10:00:00Z

        static func pair(_ target: String) -> TranslationPair {
            F.pair("Prosecution", target, profile: F.sq)
        }

        static func entry(for pair: TranslationPair) -> IgnoreList.Entry {
            IgnoreList.Entry(
                unitID: "u1", locale: "sq", check: "identical", finding: "target identical to source: \"Prosecution\"",
                textHash: IgnoreList.textHash(source: pair.source, target: pair.target), actor: "jsmith",
                date: moment, reason: "the heading stays in English on the Mission page")
        }

        @Test func anAcceptedFindingIsSilentUntilTheTextChanges() {
            let accepted = Self.pair("Prosecution")
            let verifier = Verifier(
                checks: [IdenticalTargetCheck()], ignoreList: IgnoreList(entries: [Self.entry(for: accepted)]))
            let silent = verifier.verify(VerificationInput(pairs: [accepted]))
            #expect(silent.diagnostics == [])
            #expect(
                silent.ignored.map(\.description) == [
                    "t.xlf:7:u1: warning: target identical to source: \"Prosecution\""
                ])
            #expect(silent.summary.description == "1 unit checked: 0 errors, 0 warnings (1 ignored)")

            // The translator touches the target (a trailing space): the finding is back.
            let changed = Self.pair("Prosecution ")
            let back = Verifier(
                checks: [IdenticalTargetCheck()], ignoreList: IgnoreList(entries: [Self.entry(for: accepted)])
            ).verify(VerificationInput(pairs: [changed]))
            #expect(
                back.diagnostics.map(\.description) == [
                    "t.xlf:7:u1: warning: target identical to source: \"Prosecution\""
                ])
            #expect(back.summary.description == "1 unit checked: 0 errors, 1 warning")
        }

        @Test func anEntryMatchesItsUnitCheckMessageAndLocaleOnly() {
            let pair = Self.pair("Prosecution")
            let entry = Self.entry(for: pair)
            let finding = Diagnostic(
                location: "t.xlf", line: 7, unitID: "u1", severity: .warning, check: "identical",
                message: "target identical to source: \"Prosecution\"")
            #expect(entry.matches(finding, pair: pair))
            var otherUnit = finding
            otherUnit.location.unitID = "u2"
            #expect(!entry.matches(otherUnit, pair: pair))
            var otherMessage = finding
            otherMessage.message = "target identical to source: \"Protection\""
            #expect(!entry.matches(otherMessage, pair: pair))
            var serbian = pair
            serbian.locale = "sr-Latn"
            #expect(!entry.matches(finding, pair: serbian))
        }

        @Test func theFileReadsBackAsWritten() throws {
            let list = IgnoreList(entries: [Self.entry(for: Self.pair("Prosecution"))])
            let yaml = list.yaml
            #expect(yaml.contains("    finding: \"target identical to source: \\\"Prosecution\\\"\"\n"))
            #expect(yaml.contains("    date: 2009-06-12T10:00:00Z\n"))
            #expect(try IgnoreList.parse(yaml, path: "ignored.yaml") == list)
            #expect(try IgnoreList.parse(IgnoreList().yaml, path: "ignored.yaml") == IgnoreList())
        }

        @Test func aNewEntryIsAppendedAndTheUsersCommentsStay() throws {
            let first = Self.entry(for: Self.pair("Prosecution"))
            var second = first
            second.unitID = "u2"
            second.date = Self.moment.addingTimeInterval(3600.4)
            let previous = IgnoreList(entries: [first])
            // The user's own comments and items at column 0, as YAML allows.
            let existing = """
                # Reviewed with the post's LES team, 2009-06-12.
                version: 1
                ignored:
                # the heading is a name here
                - unit: u1
                  locale: sq
                  check: identical
                  finding: "target identical to source: \\"Prosecution\\""
                  text: \(first.textHash)
                  by: jsmith
                  date: 2009-06-12T10:00:00Z
                  reason: "the heading stays in English on the Mission page"  # agreed by phone
                """
            let list = IgnoreList(entries: [first, second])
            let appended = try #require(list.yaml(appendingTo: existing, previous: previous))
            #expect(appended.hasPrefix(existing + "\n- unit: u2\n  locale: sq\n  check: identical\n"))
            #expect(
                appended.hasSuffix(
                    "  date: 2009-06-12T11:00:00Z\n  reason: \"the heading stays in English on the Mission page\"\n"))
            #expect(try IgnoreList.parse(appended, path: "ignored.yaml") == IgnoreList.parse(list.yaml, path: "x"))

            // An empty list as tipl10n writes it, with a comment of the user's.
            let empty = "# ours\n" + IgnoreList().yaml
            let fromEmpty = try #require(IgnoreList(entries: [first]).yaml(appendingTo: empty, previous: IgnoreList()))
            #expect(fromEmpty.hasPrefix("# ours\n# Findings accepted on review"))
            #expect(fromEmpty.contains("version: 1\nignored:\n  - unit: u1\n    locale: sq\n"))
            #expect(try IgnoreList.parse(fromEmpty, path: "ignored.yaml") == IgnoreList(entries: [first]))

            // Where appending cannot give the list (a key after the sequence), nil: written whole.
            let keyAfter =
                "ignored:\n  - unit: u1\n    locale: sq\n    check: identical\n"
                + "    finding: \"target identical to source: \\\"Prosecution\\\"\"\n    text: \(first.textHash)\n"
                + "    by: jsmith\n    date: 2009-06-12T10:00:00Z\n    reason: \"r\"\nversion: 1\n"
            var firstWithReason = first
            firstWithReason.reason = "r"
            #expect(try IgnoreList.parse(keyAfter, path: "x") == IgnoreList(entries: [firstWithReason]))
            let withSecond = IgnoreList(entries: [firstWithReason, second])
            #expect(withSecond.yaml(appendingTo: keyAfter, previous: IgnoreList(entries: [firstWithReason])) == nil)
            // Nor when the list is not the previous one with entries added.
            #expect(IgnoreList(entries: [second]).yaml(appendingTo: existing, previous: previous) == nil)
        }

        @Test func appendingKeepsCRLFTrailingCommentsAndAnEmptyListsComment() throws {
            let first = Self.entry(for: Self.pair("Prosecution"))
            var second = first
            second.unitID = "u2"
            // CR LF throughout, items at four spaces, a comment at the end of the file.
            let lines = IgnoreList(entries: [first]).yaml.split(separator: "\n").map {
                $0.hasPrefix("  ") ? "  " + $0 : String($0)
            }
            let crlf = (lines + ["# end of file"]).joined(separator: "\r\n") + "\r\n"
            let appended = try #require(
                IgnoreList(entries: [first, second]).yaml(appendingTo: crlf, previous: IgnoreList(entries: [first])))
            #expect(!appended.utf8.split(separator: UInt8(ascii: "\n")).dropLast().contains { $0.last != 13 })
            #expect(appended.contains("\r\n    - unit: u2\r\n      locale: sq\r\n"))
            #expect(appended.hasSuffix("\r\n# end of file\r\n"))
            #expect(try IgnoreList.parse(appended, path: "x") == IgnoreList(entries: [first, second]).asWritten)

            // A document end marker stays last.
            let ended = IgnoreList(entries: [first]).yaml + "...\n"
            let beforeEnd = try #require(
                IgnoreList(entries: [first, second]).yaml(appendingTo: ended, previous: IgnoreList(entries: [first])))
            #expect(beforeEnd.hasSuffix("    reason: \"the heading stays in English on the Mission page\"\n...\n"))
            #expect(beforeEnd.contains("  - unit: u2\n"))

            // `ignored: []` with a comment after it, and a tab.
            let empty = "version: 1\nignored:\t[]   # none yet\n"
            let fromEmpty = try #require(IgnoreList(entries: [first]).yaml(appendingTo: empty, previous: IgnoreList()))
            #expect(fromEmpty.hasPrefix("version: 1\nignored:   # none yet\n  - unit: u1\n"))

            // A file of comments only: the keys come first.
            let comments = "# accepted findings of the 2009 season\n"
            #expect(try IgnoreList.parse(comments, path: "x") == IgnoreList())
            #expect(try IgnoreList.parse("", path: "x") == IgnoreList())
            let fromComments = try #require(
                IgnoreList(entries: [first]).yaml(appendingTo: comments, previous: IgnoreList()))
            #expect(fromComments.hasPrefix(comments + "version: 1\nignored:\n  - unit: u1\n"))
        }

        @Test func controlCharactersAndLineSeparatorsReadBackAsWritten() throws {
            var entry = Self.entry(for: Self.pair("Prosecution"))
            entry.unitID = "narrative.intro\u{0085}p1"
            entry.reason = "ok\u{0080} \u{2028} \u{FEFF} \u{FFFF} \u{7F} \u{1B}"
            entry.actor = "j\u{0085}smith"
            let list = IgnoreList(entries: [entry])
            #expect(list.yaml.contains("  - unit: \"narrative.intro\\u0085p1\"\n"))
            #expect(list.yaml.contains("    reason: \"ok\\u0080 \\u2028 \\uFEFF \\uFFFF \\u007F \\u001B\"\n"))
            #expect(try IgnoreList.parse(list.yaml, path: "x") == list)
        }

        @Test(arguments: [
            (
                "version: 2\n",
                "ignored.yaml:1:10: error: unsupported ignore list version 2 (this tipl10n reads version 1)"
            ),
            (
                "version: 1\nignored:\n  - unit: u1\n    check: identical\n",
                "ignored.yaml:3:5: error: missing 'finding' in an ignored finding"
            ),
            (
                "version: 1\nignored:\n  - unit: u1\n    check: figure\n",
                "ignored.yaml:4:12: error: unknown check 'figure': the checks are untranslated, stale, figures, "
                    + "identical, inline-codes, links, whitespace, bidi, script, glossary, omission, addition, clauses, "
                    + "english"
            ),
            (
                "version: 1\nignored:\n  - unit: u1\n    locale: xx-QQ\n    check: identical\n",
                "ignored.yaml:4:13: error: unknown locale 'xx-QQ': CLDR has no locale data for its language (a BCP 47 "
                    + "tag such as es, es-419, fr, nl, ru, ar, zh-Hant-TW, sr-Latn; sr means sr-Latn)"
            ),
            (
                "version: 1\nignored:\n  - unit: u1\n    check: identical\n    finding: f\n    text: sha256:abc\n",
                "ignored.yaml:6:11: error: 'text' must be a sha256: hash written by tipl10n (64 hex digits)"
            ),
            (
                "version: 1\nignored:\n  - unit: u1\n    kind: x\n",
                "ignored.yaml:4:5: error: unknown key 'kind' in an ignored finding: expected one of unit, locale, check, finding, text, by, date, reason"
            ),
        ])
        func aBadFileIsRefusedWithItsPlace(_ yaml: String, _ message: String) {
            #expect(throws: ProjectError.self) { try IgnoreList.parse(yaml, path: "ignored.yaml") }
            do {
                _ = try IgnoreList.parse(yaml, path: "ignored.yaml")
            } catch {
                #expect(Diagnostic.from(error).description == message)
            }
        }

        @Test func checksAreSelectedAndExcludedByID() throws {
            #expect(try Verifier.checks(selected: ["figures", "omission"]).map(\.id) == ["figures", "omission"])
            #expect(try Verifier.checks(selected: ["omission", "figures"]).map(\.id) == ["figures", "omission"])
            #expect(try Verifier.checks(selected: nil, excluded: ["glossary", "english"]).count == 12)
            #expect(Verifier.checkIDs.count == 14)
            #expect(throws: VerificationSelectionError.self) { try Verifier.checks(selected: ["figure"]) }
            do {
                _ = try Verifier.checks(selected: ["figure"])
            } catch {
                #expect(
                    Diagnostic.from(error).description
                        == "error: unknown check 'figure': the checks are untranslated, stale, figures, identical, "
                        + "inline-codes, links, whitespace, bidi, script, glossary, omission, addition, clauses, english"
                )
            }
        }

        @Test func aSeverityOverrideAppliesToEveryFindingOfTheCheck() {
            let verifier = Verifier(checks: [IdenticalTargetCheck()], severities: ["identical": .error])
            #expect(
                verifier.diagnostics(for: Self.pair("Prosecution")).map(\.description) == [
                    "t.xlf:7:u1: error: target identical to source: \"Prosecution\""
                ])
        }
    }
}
