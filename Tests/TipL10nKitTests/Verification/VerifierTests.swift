import Foundation
import Testing

@testable import TipL10nKit

@Suite("Verification: Verifier, Diagnostic, summary")
struct VerifierTests {
    typealias F = VerificationFixtures

    @Test func diagnosticDescriptionIsWhereUnitSeverityMessage() {
        let stored = Diagnostic(
            location: "09STATE61188/sq", unitID: "narrative.title", severity: .warning, check: "stale", message: "m")
        #expect(stored.description == "09STATE61188/sq:narrative.title: warning: m")
        let inFile = Diagnostic(
            location: "done.xlf", line: 12, unitID: "narrative.title", severity: .error, check: "links", message: "m")
        #expect(inFile.description == "done.xlf:12:narrative.title: error: m")
        let unreadable = VerificationInput(
            unreadable: "bad.xlf", line: 8, column: 29, message: "pcdata invalid char value 3")
        #expect(unreadable.diagnostics.map(\.description) == ["bad.xlf:8:29: error: pcdata invalid char value 3"])
        #expect(Verifier().verify(unreadable).summary.description == "0 units checked: 1 error, 0 warnings")
    }

    @Test func summaryLineCountsUnitsErrorsAndWarnings() {
        #expect(
            VerificationSummary(unitsChecked: 47, errors: 0, warnings: 0).description
                == "47 units checked: 0 errors, 0 warnings")
        #expect(
            VerificationSummary(unitsChecked: 1, errors: 1, warnings: 1, notes: 3).description
                == "1 unit checked: 1 error, 1 warning")
    }

    @Test func everyCheckRunsAndDiagnosticsComeInCheckOrder() {
        let pair = F.pair(
            "Write to tipreport@state.gov ", "Shkruani  në tipreport@state.gob", profile: F.sq, isStale: true)
        #expect(
            F.lines(pair) == [
                "t.xlf:7:u1: warning: stale: translated against older source text: the source text changed after "
                    + "the translation was made",
                "t.xlf:7:u1: error: e-mail address changed: source tipreport@state.gov, target tipreport@state.gob",
                "t.xlf:7:u1: warning: trailing white space differs: source U+0020, target none",
                "t.xlf:7:u1: warning: doubled space in the target (U+0020 U+0020): \"Shkruani  në tipreport\"",
            ])
    }

    @Test func reportFailsOnErrorsAndInStrictModeOnWarnings() {
        let input = VerificationInput(pairs: [F.pair("Prosecution", "Prosecution"), F.pair("Protection", "Mbrojtja")])
        let report = Verifier().verify(input)
        #expect(report.summary == VerificationSummary(unitsChecked: 2, errors: 0, warnings: 1, notes: 0))
        #expect(!report.isFailure(strict: false))
        #expect(report.isFailure(strict: true))
        let failing = Verifier().verify(VerificationInput(pairs: [F.pair("tipreport@state.gov", "—")]))
        #expect(failing.isFailure(strict: false))
        #expect(failing.summary.description == "1 unit checked: 1 error, 0 warnings")
    }

    @Test func checksNeedingAProfileAreSkippedWithoutOne() {
        #expect(
            Verifier.standardChecks.filter(\.needsProfile).map(\.id) == [
                "figures", "script", "glossary", "omission", "addition",
            ])
        #expect(
            Verifier.standardChecks.map(\.id) == [
                "untranslated", "stale", "figures", "identical", "inline-codes", "links", "whitespace", "bidi",
                "script",
                "glossary", "omission", "addition", "clauses", "english",
            ])
        #expect(F.lines(F.pair("Government", "Влада")) == [])
        #expect(
            F.lines(F.pair("Government", "Влада", profile: F.sq)) == [
                "t.xlf:7:u1: error: Cyrillic word in Latin-script sq text: \"Влада\""
            ])
    }

    @Test func diagnosticsStayOnOneLine() {
        #expect(
            F.lines(F.pair("Lots of\n\twhite space", nil)) == [
                #"t.xlf:7:u1: warning: untranslated: no target for "Lots of\n\twhite space""#
            ])
        let hostile = Diagnostic(
            location: "t.xlf", unitID: "u1", severity: .note, check: "xliff", message: "a\u{1B}[2Jb\r\nc")
        #expect(hostile.description == #"t.xlf:u1: note: a\u{1B}[2Jb\r\nc"#)
    }

    @Test func diagnosticsEncodeAsJSONWithTheirCheck() throws {
        let diagnostic = Diagnostic(
            location: "t.xlf", line: 7, unitID: "u1", severity: .error, check: "links", message: "m",
            source: "a@b.org", target: "a@b.com")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(
            String(decoding: try encoder.encode(diagnostic), as: UTF8.self)
                == #"{"check":"links","column":0,"line":7,"location":"t.xlf","message":"m","severity":"error","#
                + #""source":"a@b.org","target":"a@b.com","unitID":"u1"}"#)
    }
}
