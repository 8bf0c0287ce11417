import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

/// Discovery, the demo, the one place the store is opened, locales and paths.
@Suite struct ProjectContextTests {
    @Test func theProjectIsFoundFromAnySubfolderAndPathsAreShownFromThere() throws {
        let project = try ProjectFixture.make(locales: ["sq", "sr-Latn"])
        let deep = try ProjectFixture.folder("a/b/c", in: project)
        let context = try ProjectContext.resolve(currentFolder: deep, now: ProjectFixture.afterRelease)
        #expect(context.project.folder?.path == project.path)
        #expect(context.notes.isEmpty)
        #expect(context.storeDisplayPath == "../../../.tipl10n/store.sqlite")
        #expect(try context.cableInput().displayPath == "../../../cables/09STATE61188.txt")
        #expect(try context.locales(nil).map(\.tag) == ["sq", "sr-Latn"])
        #expect(try context.locales(["all"]).map(\.tag) == ["sq", "sr-Latn"])
        #expect(try context.source().cableID == "09STATE61188")
    }

    @Test func withoutAProjectTheDemoSaysSoAndWritesAreRefused() throws {
        let folder = try temporaryFolder("demo")
        let context = try ProjectContext.resolve(currentFolder: folder, now: ProjectFixture.afterRelease)
        #expect(context.project.isDemo)
        #expect(context.notes.isEmpty)
        #expect(try context.locales(nil).map(\.tag) == ["sq", "sr-Latn", "sr-Cyrl"])
        #expect(
            context.notes.map(\.description) == [
                "note: no tipl10n.yaml here or in any parent folder: working on the built-in Kosovo demo (cable "
                    + "09STATE61188)"
            ])
        #expect(context.notes.first?.remedy == .createProject)
        #expect(try context.store(creating: false) == nil)
        let refused = #expect(throws: ProjectError.self) { try context.writableStore() }
        #expect(
            refused?.description
                == "error: no tipl10n project here or in any parent folder, so there is no translation store to write to"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(try context.locales(nil).map(\.tag) == ["sq", "sr-Latn", "sr-Cyrl"])
        #expect(context.conversionSource(of: "sr-Cyrl") == "sr-Latn")
    }

    @Test func aNamedStoreIsUsedEvenInTheDemo() throws {
        let folder = try temporaryFolder("demo-store")
        let context = try ProjectContext.resolve(
            currentFolder: folder, now: Date(), overrides: .init(storePath: "my/store.sqlite"))
        #expect(context.storeDisplayPath == "my/store.sqlite")
        _ = try context.writableStore()
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("my/store.sqlite").path))
    }

    @Test func aNamedProjectFolderMustHoldAProjectFile() throws {
        let folder = try temporaryFolder("named")
        let error = #expect(throws: ProjectError.self) {
            try ProjectContext.resolve(currentFolder: folder, projectFolder: ".", now: Date())
        }
        #expect(error?.description == "\(folder.path): error: not a tipl10n project: there is no tipl10n.yaml")
        #expect(error?.remedy == .createProject)
    }

    @Test func localesAreResolvedWithNotesAndRefusedTwice() throws {
        let project = try ProjectFixture.make(locales: ["sq", "sr-Latn"])
        let context = try ProjectContext.resolve(currentFolder: project, now: Date())
        #expect(try context.locales(["sr", "sq"]).map(\.tag) == ["sr-Latn", "sq"])
        #expect(try context.locales(["sr-Cyrl"]).map(\.tag) == ["sr-Cyrl"])
        #expect(
            context.notes.map(\.message) == [
                "'sr' means sr-Latn: the Serbian TIP Report translations published so far use Latin script",
                "sr-Cyrl is not a locale of the project (tipl10n.yaml lists sq, sr-Latn)",
            ])
        let twice = #expect(throws: ProjectError.self) { try context.locales(["sr", "sr-Latn"]) }
        #expect(twice?.message == "the locale sr-Latn is listed twice")
        #expect(try context.publishedLocales(["en", "sq-XK"]) == ["en", "sq"])
    }

    @Test func initRefusesAnExistingProjectAndACableWithoutLocales() throws {
        let project = try ProjectFixture.make()
        let again = #expect(throws: ProjectError.self) {
            try Project.initialize(.init(folder: project, currentFolder: project))
        }
        #expect(again?.message == "the folder is already a tipl10n project")
        let other = try temporaryFolder("init-other")
        let noLocales = #expect(throws: ProjectError.self) {
            try Project.initialize(
                .init(folder: other, cablePath: TestPaths.cable("09STATE60550.txt").path, currentFolder: other))
        }
        #expect(noLocales?.message.hasPrefix("no target locales: which languages does PARAMARIBO publish in?") == true)
        #expect(noLocales?.remedy == .locales)
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path).isEmpty)
    }

    @Test func initFillsInWhatTheCableTells() throws {
        let folder = try temporaryFolder("init")
        let result = try Project.initialize(
            .init(folder: folder, locales: ["sq", "sr-Latn", "sr-Cyrl"], currentFolder: folder))
        #expect(result.readFromCable.map(\.key) == ["cable", "post", "country", "bureau", "EX office", "time zone"])
        #expect(
            result.readFromCable.map(\.value) == [
                "09STATE61188 (cables/09STATE61188.txt)", "PRISTINA", "Kosovo", "EUR", "EUR/EX", "Europe/Belgrade",
            ])
        #expect(result.project.file.locale("sr-Cyrl")?.convertedFrom == "sr-Latn")
        #expect(
            result.written.map(\.lastPathComponent) == ["tipl10n.yaml", "09STATE61188.txt", "store.sqlite"])
        let reread = try Project.load(folder: folder)
        #expect(reread.file.post.timeZone == "Europe/Belgrade")
        #expect(
            try Data(contentsOf: folder.appendingPathComponent("cables/09STATE61188.txt")) == DefaultCable.data)
    }

    @Test func aProjectInsideAProjectIsNoted() throws {
        let outer = try ProjectFixture.make()
        let inner = outer.appendingPathComponent("sub")
        let result = try Project.initialize(.init(folder: inner, currentFolder: outer))
        #expect(
            result.notes.map(\.message).last
                == "the new project is inside the project in \(outer.path): commands run in sub/ and below use the new one"
        )
    }

    @Test func displayPathsAreRelativeWhenShort() {
        let base = URL(fileURLWithPath: "/a/b/c")
        #expect(ProjectContext.displayPath(URL(fileURLWithPath: "/a/b/c/x/y.txt"), from: base) == "x/y.txt")
        #expect(ProjectContext.displayPath(URL(fileURLWithPath: "/a/b/x.txt"), from: base) == "../x.txt")
        #expect(ProjectContext.displayPath(URL(fileURLWithPath: "/q/x.txt"), from: base) == "/q/x.txt")
    }
}
