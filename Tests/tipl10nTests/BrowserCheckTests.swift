import Foundation
import Testing
import TipL10nKit
import TipL10nTestSupport

/// The built pages in a real browser: `tipl10n build` writes the Albanian, Serbian Cyrillic and
/// English pages (after the reference translations are imported, after the embargo), a draft
/// after an import with figure errors, and the host-government package; headless Chromium
/// (Debian `chromium` and `chromium-driver`, driven by PyPI's `selenium`) opens each at 375 px
/// and 1280 px and `Tests/Fixtures/tools/check-pages.py` checks what it renders (overflow,
/// `lang`, disclaimer, language links, headings, draft banner and highlights, embargo line,
/// the banner on every printed page). Screenshots and PDFs go to `TIPL10N_BROWSER_ARTIFACTS`
/// (`.ci/run` sets and prints it), else to `tipl10n-browser-checks` in the temporary folder.
///
/// Skipped, naming what is missing, where the browser, its driver or Selenium is not installed;
/// where `TIPL10N_REQUIRE_BROWSER` (set by `.ci/run`) or `CI` is set it runs anyway, so a failed
/// install fails the test instead of skipping it.
@Suite struct BrowserCheckTests {
    static let environment = ProcessInfo.processInfo.environment

    /// What is missing to run the checks: `chromium`, `chromedriver`, `python3 with selenium`.
    static let missing: [String] = {
        func onPath(_ name: String) -> Bool {
            (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
                FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
            }
        }
        var missing: [String] = []
        if environment["CHROMIUM"] == nil && !onPath("chromium") && !onPath("chromium-browser") {
            missing.append("chromium")
        }
        if environment["CHROMEDRIVER"] == nil && !onPath("chromedriver") { missing.append("chromedriver") }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import selenium"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        if (try? probe.run()) == nil {
            missing.append("python3")
        } else {
            probe.waitUntilExit()
            if probe.terminationStatus != 0 { missing.append("selenium") }
        }
        return missing
    }()

    static var isRunnable: Bool {
        missing.isEmpty || environment["TIPL10N_REQUIRE_BROWSER"] != nil || environment["CI"] != nil
    }

    /// Why the test is skipped: what is missing and how to install it.
    static var skipReason: Comment {
        """
        no browser: \(missing.joined(separator: ", ")) not installed, so the built pages are not \
        checked in a browser (apt-get install chromium chromium-driver; python3 -m pip install selenium; \
        .ci/run installs them)
        """
    }

    /// Where screenshots and PDFs go.
    static var artifacts: URL {
        environment["TIPL10N_BROWSER_ARTIFACTS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("tipl10n-browser-checks")
    }

    struct Page: Encodable {
        var name: String
        var path: String
        var lang: String
        var disclaimer: Bool
        var languageLinks: Int
        var headings: [String]
        var draftBanner: String?
        var highlighted = 0
        var embargo: String?
        /// Follow every language link: it must open the page in that language, linking back.
        var followLinks = false
    }

    struct Manifest: Encodable {
        var output: String
        var pages: [Page]
    }

    @Test(
        .enabled(if: isRunnable, skipReason),
        .timeLimit(.minutes(5)))
    func builtPagesPassInARealBrowser() throws {
        let needed = Self.missing.joined(separator: ", ")
        try #require(
            Self.missing.isEmpty,
            "the browser checks need \(needed): apt-get install chromium chromium-driver; python3 -m pip install selenium"
        )
        let publicRelease = ["--now", "2009-06-16T14:00:00Z"]
        // The final pages and the host-government package, from the reference translations.
        let project = try ProjectFixture.make(label: "browser")
        #expect(ProjectFixture.importReference("sq", into: project).status == 0)
        #expect(ProjectFixture.importReference("sr-Latn", into: project).status == 0)
        let pages = CommandRunner.run(["build", "--lang", "en,sq,sr-Latn,sr-Cyrl"] + publicRelease, in: project)
        #expect(pages.status == 0, "\(pages)")
        let package = CommandRunner.run(
            ["build", "--lang", "sq", "--for", "host-government", "--now", "2009-06-15T10:00:00Z"], in: project)
        #expect(package.status == 0, "\(package)")
        // A draft after an import with figure errors and two units left untranslated.
        let drafted = try ProjectFixture.make(label: "browser-draft")
        let file = try BuildCommandTests.figureErrors(in: drafted)
        #expect(CommandRunner.run(["import", file], in: drafted).status == 0)
        let draft = CommandRunner.run(
            ["build", "--lang", "sq", "--draft", "--include", "press", "--now", "2009-06-16T14:30:00Z"], in: drafted)
        #expect(draft.status == 0, "\(draft)")

        let albanianTitle = "h1 Raporti për trafikimin me qenie njerëzore 2009: "
        let albanianSections = ["h2 Ndjekja penale", "h2 Mbrojtja", "h2 Parandalimi"]
        let publish = project.appendingPathComponent("publish")
        let manifest = Manifest(
            output: Self.artifacts.path,
            pages: [
                Page(
                    name: "sq", path: publish.appendingPathComponent("09STATE61188.sq.html").path, lang: "sq",
                    disclaimer: true, languageLinks: 3,
                    headings: [albanianTitle + "Kosova (NIVELI 2)"] + albanianSections, followLinks: true),
                Page(
                    name: "sr-Cyrl", path: publish.appendingPathComponent("09STATE61188.sr-Cyrl.html").path,
                    lang: "sr-Cyrl", disclaimer: true, languageLinks: 3,
                    headings: [
                        "h1 Извештај о трговини људима за 2009. годину: Косово (НИВО 2)", "h2 Кривично гоњење",
                        "h2 Заштита", "h2 Превенција",
                    ], followLinks: true),
                Page(
                    name: "en", path: publish.appendingPathComponent("09STATE61188.en.html").path, lang: "en",
                    disclaimer: false, languageLinks: 3,
                    headings: [
                        "h1 Trafficking in Persons Report 2009: Kosovo (TIER 2)", "h2 Prosecution", "h2 Protection",
                        "h2 Prevention",
                    ], followLinks: true),
                Page(
                    name: "sq-draft",
                    path: drafted.appendingPathComponent("publish/09STATE61188.sq.draft.html").path, lang: "sq",
                    disclaimer: true, languageLinks: 3,
                    headings: [
                        albanianTitle + "Kosovo (TIER 2) [1] missing translation", "h2 Not ready to publish: 4 units",
                        "h2 Ndjekja penale [2] missing translation", "h2 Mbrojtja", "h2 Parandalimi",
                        "h2 Udhëzime për mediat",
                    ],
                    draftBanner: "DRAFT — not for publication: 2 units fail verification, 2 untranslated",
                    highlighted: 4),
                Page(
                    name: "sq-host-government",
                    path: project.appendingPathComponent("host-government/09STATE61188.sq.host-government.html").path,
                    lang: "sq", disclaimer: true, languageLinks: 0,
                    headings: [albanianTitle + "Kosova (NIVELI 2)"] + albanianSections + [
                        "h2 Dokument joformal (non-paper)"
                    ],
                    embargo: "Embargoed until 16 June 2009 at 16:00 CEST (Pristina)"),
            ])
        let folder = try temporaryFolder("browser-manifest")
        let manifestURL = folder.appendingPathComponent("manifest.json")
        try JSONEncoder().encode(manifest).write(to: manifestURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.fixture("tools/check-pages.py").path, manifestURL.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        print("browser checks (screenshots in \(Self.artifacts.path)):\n\(text)")
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" passed, 0 failed"), "\(text)")
        #expect(
            FileManager.default.fileExists(atPath: Self.artifacts.appendingPathComponent("sq-draft-375.png").path))
    }
}
