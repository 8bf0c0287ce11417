import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// The project file's `verification:` and `glossary:` settings.
@Suite struct ProjectFileVerificationTests {
    @Test func theDefaultsAreWrittenAndReadBack() throws {
        let file = try ProjectFileTests.kosovo()
        #expect(
            file.yaml.hasSuffix(
                """
                glossary: glossary/terms.tbx

                # Verification (Docs/Verification.md): the checks to run (all, or a list of check IDs),
                # checks left out, severities that replace a check's own (error, warning, note), and the
                # file of accepted findings (tipl10n verify --ignore; keep it under version control).
                verification:
                  checks: all
                  exclude: []
                  severity: {}
                  ignore: verification/ignored.yaml

                """))
        let parsed = try ProjectFile.parse(file.yaml, path: "tipl10n.yaml")
        #expect(parsed.verification == ProjectFile.VerificationSettings())
        #expect(parsed.glossary == "glossary/terms.tbx")
    }

    @Test func chosenChecksSeveritiesAndFilesReadBackEqual() throws {
        var file = try ProjectFileTests.kosovo()
        file.glossary = "terms/kosovo.tbx"
        file.verification.checks = ["figures", "omission", "english"]
        file.verification.exclude = ["whitespace"]
        file.verification.severities = [("english", .error), ("identical", .note)]
        file.verification.ignoreFile = "qa/accepted.yaml"
        #expect(file.yaml.contains("  checks: [figures, omission, english]\n  exclude: [whitespace]\n"))
        #expect(file.yaml.contains("  severity:\n    english: error\n    identical: note\n"))
        var parsed = try ProjectFile.parse(file.yaml, path: "tipl10n.yaml")
        parsed.cable.pathPosition = nil
        parsed.cable.idPosition = nil
        #expect(parsed == file)
        #expect(parsed.verification.severityByCheck == ["english": .error, "identical": .note])
    }

    @Test func aProjectFileWithoutTheSectionsGetsTheDefaults() throws {
        let text = try ProjectFileTests.kosovo().yaml
        let start = try #require(text.range(of: "\n# The project's glossary"))
        let parsed = try ProjectFile.parse(String(text[..<start.lowerBound]) + "\n", path: "tipl10n.yaml")
        #expect(parsed.verification == ProjectFile.VerificationSettings())
        #expect(parsed.glossary == "glossary/terms.tbx")
    }

    @Test(arguments: [
        (
            "  checks: all", "  checks: [figures, omision]",
            "tipl10n.yaml:86:21: error: unknown check 'omision' in 'verification.checks': the checks are untranslated, "
                + "stale, figures, identical, inline-codes, links, whitespace, bidi, script, glossary, omission, addition, "
                + "clauses, english"
        ),
        (
            "  severity: {}", "  severity: {english: fatal}",
            "tipl10n.yaml:88:23: error: 'verification.severity.english' must be error, warning or note"
        ),
        (
            "  severity: {}", "  severity: {speling: error}",
            "tipl10n.yaml:88:14: error: unknown check 'speling' in 'verification.severity': the checks are "
                + "untranslated, stale, figures, identical, inline-codes, links, whitespace, bidi, script, glossary, omission, "
                + "addition, clauses, english"
        ),
        (
            "  ignore: verification/ignored.yaml", "  ignored: x.yaml",
            "tipl10n.yaml:89:3: error: unknown key 'ignored' in 'verification': expected one of checks, exclude, "
                + "severity, ignore"
        ),
        ("glossary: glossary/terms.tbx", "glossary: \"\"", "tipl10n.yaml:80:11: error: 'glossary' is empty"),
    ])
    func mistakesNameTheLineAndColumn(_ old: String, _ new: String, _ message: String) throws {
        let text = try ProjectFileTests.kosovo().yaml
        let broken = ProjectFileTests.replacing(old, with: new, in: text)
        #expect(broken != text, "\(old) not found")
        let error = #expect(throws: (any Error).self) { try ProjectFile.parse(broken, path: "tipl10n.yaml") }
        #expect(error.map { Diagnostic.from($0).description } == message)
    }
}
