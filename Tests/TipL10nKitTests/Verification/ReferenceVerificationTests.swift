import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// The reference translations (`xliff/09STATE61188.*.done.xlf`) pass every check.
@Suite("Verification: reference translations")
struct ReferenceVerificationTests {
    @Test(arguments: ["sq", "sr-Latn"])
    func referenceHasNoFindings(_ tag: String) throws {
        let path = "xliff/09STATE61188.\(tag).done.xlf"
        let data = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent(path))
        let document = try XLIFFReader.read(data, path: path)
        let builtIn = try DefaultCable.translationUnitsByCableID().mapValues { units in
            Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.source) })
        }
        // The project's own profiles (locales/<tag>.yaml), glossary included.
        let profile = try LocaleProfile.load(tag: tag, projectFolder: TestPaths.repositoryRoot)
        #expect(!profile.glossary.isEmpty)
        let input = try VerificationInput(
            document: document, path: path, profile: { $0 == tag ? profile : nil }, currentSources: builtIn)
        let withoutFigures = Verifier(checks: Verifier.standardChecks.filter { $0.id != "figures" }).verify(input)
        #expect(withoutFigures.diagnostics.map(\.description) == [])
        let report = Verifier().verify(input)
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.summary.description == "47 units checked: 0 errors, 0 warnings")
    }
}
