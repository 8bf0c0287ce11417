import Foundation
import Testing
import TipL10nKit

/// Paths typed by a user, resolved against the folder they are in.
@Suite struct FileAccessTests {
    @Test func aRelativePathStaysInsideTheFolderWithOrWithoutATrailingSlash() {
        let withoutSlash = URL(string: "file:///tmp/season/project")
        let withSlash = URL(string: "file:///tmp/season/project/")
        for folder in [withoutSlash, withSlash].compactMap({ $0 }) {
            #expect(
                FileAccess.resolve("ledger/store.sqlite", in: folder).path == "/tmp/season/project/ledger/store.sqlite")
            #expect(FileAccess.resolve("../rates.yaml", in: folder).path == "/tmp/season/rates.yaml")
            #expect(FileAccess.resolve("/srv/cables/c.txt", in: folder).path == "/srv/cables/c.txt")
            #expect(FileAccess.resolve(".", in: folder).path == "/tmp/season/project")
        }
    }

    @Test func theContextResolvesTypedPathsInTheCurrentFolder() throws {
        let context = ProjectContext(
            project: try Project.demo(), currentFolder: URL(fileURLWithPath: "/tmp/season/project", isDirectory: false),
            now: Date(timeIntervalSince1970: 0), overrides: .init(storePath: "ledger/store.sqlite"))
        #expect(
            try context.storeLocation()
                == .file(
                    URL(fileURLWithPath: "/tmp/season/project/ledger/store.sqlite"), displayPath: "ledger/store.sqlite")
        )
        #expect(context.storeDisplayPath == "ledger/store.sqlite")
        #expect(context.userURL("memos/memo.md").path == "/tmp/season/project/memos/memo.md")
    }
}
