import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

extension Locales {
    /// `LocaleProfile.load(tag:projectFolder:)`: built-in copies, fallback, project overrides, errors.
    @Suite struct ProfileLoadingTests {
        /// A fresh project folder with `locales/<name>` holding `yaml`.
        static func project(_ files: [String: String]) throws -> URL {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "tipl10n-profiles-\(UUID().uuidString)")
            let locales = folder.appendingPathComponent("locales")
            try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
            for (name, yaml) in files {
                try Data(yaml.utf8).write(to: locales.appendingPathComponent(name))
            }
            return folder
        }

        static let minimalYAML = """
            version: 1
            tag: sq
            icuLocale: sq
            script: Latn
            questionLabel: Q
            answerLabel: A

            """

        @Test(arguments: LocaleProfile.builtInTags) func embeddedCopyEqualsTheFileByteForByte(_ tag: String) throws {
            let file = try Data(contentsOf: TestPaths.repositoryRoot.appendingPathComponent("locales/\(tag).yaml"))
            let embedded = try #require(EmbeddedData.localeProfiles[tag])
            #expect(Data(embedded.utf8) == file, "run Scripts/generate.sh")
        }

        @Test func builtInProfilesCarryTheAgreedFields() throws {
            let sq = try LocaleProfile.builtIn(tag: "sq")
            #expect(sq.version == 1)
            #expect(sq.tag == "sq")
            #expect(sq.icuLocale == "sq")
            #expect(sq.script == .latin)
            #expect(sq.questionLabel == "Pyetje")
            #expect(sq.answerLabel == "Përgjigje")
            #expect(sq.allowedForeignTokens == [])
            #expect(
                sq.glossary.first
                    == .init(
                        source: "Tier 2", targets: ["Niveli 2", "Nivelin 2", "Nivelit 2", "Nivel 2"],
                        note: "NIVELI 2 in the title line; declined in running text: në Nivelin 2"))
            #expect(sq.numbers.groupSeparators == [".", " ", "\u{00A0}", "\u{202F}", "\u{2009}"])
            #expect(sq.numbers.styleWarningGroupSeparators == [","])
            #expect(sq.numbers.decimalSeparators == [","])
            #expect(sq.numbers.ordinalDot == false)
            #expect(sq.numbers.spellOutParser == .icu)
            #expect(sq.numbers.months.count == 12)

            let latin = try LocaleProfile.builtIn(tag: "sr-Latn")
            #expect(latin.icuLocale == "sr_Latn")
            #expect(latin.questionLabel == "P")
            #expect(latin.answerLabel == "O")
            #expect(latin.numbers.ordinalDot == true)
            #expect(latin.numbers.spellOutParser == .table)
            #expect(latin.numbers.months[5] == ["jun", "juna", "junu", "junom"])
            #expect(latin.glossary.first { $0.source == "NGO" }?.targets.first == "NVO")

            let cyrillic = try LocaleProfile.builtIn(tag: "sr-Cyrl")
            #expect(cyrillic.icuLocale == "sr_Cyrl")
            #expect(cyrillic.script == .cyrillic)
            #expect(cyrillic.questionLabel == "П")
            #expect(cyrillic.answerLabel == "О")
            #expect(cyrillic.numbers.months[5] == ["јун", "јуна", "јуну", "јуном"])
            #expect(cyrillic.glossary.first { $0.source == "OSCE" }?.targets.first == "ОЕБС")
            for token in ["OSCE", "IOM", "TVPA", "TIP", "NGO", "UNMIK", "USD"] {
                #expect(cyrillic.allowedForeignTokens.contains(token), "\(token)")
            }
        }

        @Test(arguments: [
            ("sq", "sq"), ("sq-XK", "sq"), ("SQ_xk", "sq"), ("sq-AL", "sq"), ("sr", "sr-Latn"), ("sr-XK", "sr-Latn"),
            ("sr-Latn", "sr-Latn"), ("sr-Latn-XK", "sr-Latn"), ("sr_latn_rs", "sr-Latn"), ("sr-Cyrl", "sr-Cyrl"),
            ("sr-Cyrl-XK", "sr-Cyrl"),
        ])
        func regionVariantsFallBack(_ typed: String, _ expected: String) throws {
            #expect(try LocaleProfile.load(tag: typed).tag == expected)
        }

        @Test func candidateTagsGoFromSpecificToGeneral() {
            #expect(LocaleProfile.profileTags(for: "sr-Latn-XK") == ["sr-Latn-XK", "sr-Latn", "sr"])
            #expect(LocaleProfile.profileTags(for: "sr_xk") == ["sr-XK", "sr", "sr-Latn"])
            #expect(LocaleProfile.profileTags(for: "sq-XK") == ["sq-XK", "sq"])
            #expect(LocaleProfile.canonicalTag("SR_latn_xk") == "sr-Latn-XK")
        }

        @Test func unknownLocaleFailsWithTheBuiltInList() throws {
            // Any locale CLDR covers has a profile (mk from CLDR alone); an unknown language has none.
            #expect(try LocaleProfile.load(tag: "mk").script == LocaleProfile.Script(rawValue: "Cyrl"))
            let error = try #require(throws: LocaleProfileError.self) { try LocaleProfile.load(tag: "xx") }
            #expect(error.kind == .unsupportedLocale)
            #expect(
                error.description
                    == "error: no locale profile for 'xx': CLDR has no locale data for its language and no "
                    + "locales/xx.yaml describes it")
        }

        @Test func projectFileOverridesTheBuiltInProfile() throws {
            let folder = try Self.project(["sq.yaml": Self.minimalYAML])
            defer { try? FileManager.default.removeItem(at: folder) }
            let profile = try LocaleProfile.load(tag: "sq-XK", projectFolder: folder)
            #expect(profile.questionLabel == "Q")
            // The project's file is a layer on the built-in one: what it leaves out stays.
            #expect(profile.numbers == (try LocaleProfile.builtIn(tag: "sq")).numbers)
            #expect(profile.origins["questionLabel"] == .file(folder.appendingPathComponent("locales/sq.yaml").path))
            #expect(profile.origins["numbers.months"] == .file("<built-in>/sq.yaml"))
            #expect(profile.origins["numbers.numericDatePatterns"] == .cldr)
            // Other locales still come from the binary.
            #expect(try LocaleProfile.load(tag: "sr", projectFolder: folder).questionLabel == "P")
        }

        @Test func moreSpecificProjectFileWins() throws {
            let regional = Self.minimalYAML.replacingOccurrences(of: "tag: sq", with: "tag: sq-XK")
                .replacingOccurrences(of: "questionLabel: Q", with: "questionLabel: XK")
            let folder = try Self.project(["sq.yaml": Self.minimalYAML, "sq-XK.yaml": regional])
            defer { try? FileManager.default.removeItem(at: folder) }
            let profile = try LocaleProfile.load(tag: "sq-xk", projectFolder: folder)
            #expect(profile.tag == "sq-XK")
            #expect(profile.questionLabel == "XK")
        }

        @Test func projectMayAddALocale() throws {
            let macedonian = Self.minimalYAML.replacingOccurrences(of: "tag: sq", with: "tag: mk")
            let folder = try Self.project(["mk.yaml": macedonian])
            defer { try? FileManager.default.removeItem(at: folder) }
            #expect(try LocaleProfile.load(tag: "mk", projectFolder: folder).tag == "mk")
        }

        @Test func missingVersionPointsAtTheFile() throws {
            let yaml = Self.minimalYAML.replacingOccurrences(of: "version: 1\n", with: "")
            let folder = try Self.project(["sq.yaml": yaml])
            defer { try? FileManager.default.removeItem(at: folder) }
            let error = try #require(throws: LocaleProfileError.self) {
                try LocaleProfile.load(tag: "sq", projectFolder: folder)
            }
            let path = folder.appendingPathComponent("locales/sq.yaml").path
            #expect(error.kind == .missingVersion)
            #expect(
                error.description == "\(path):1:1: error: missing 'version': a locale profile starts with 'version: 1'")
        }

        @Test(arguments: [
            (
                "version: 2\ntag: sq\n", LocaleProfileError.Kind.unsupportedVersion,
                "sq.yaml:1:10: error: unsupported locale profile version '2': this tipl10n reads version 1"
            ),
            (
                "version: one\n", .unsupportedVersion,
                "sq.yaml:1:10: error: unsupported locale profile version 'one': this tipl10n reads version 1"
            ),
            (
                "version: 1\ntag: [sq\n", .syntax,
                "sq.yaml:3:1: error: invalid YAML: while parsing a flow sequence (line 2): did not find expected ',' or ']'"
            ),
            ("- version: 1\n", .invalid, "sq.yaml:1:1: error: a locale profile is a YAML mapping of keys to values"),
            ("", .missingVersion, "sq.yaml:1:1: error: the locale profile is empty: it starts with 'version: 1'"),
        ])
        func fileErrorsHaveLineAndColumn(_ yaml: String, _ kind: LocaleProfileError.Kind, _ expected: String) throws {
            let error = try #require(throws: LocaleProfileError.self) {
                try LocaleProfile.parse(yaml: yaml, path: "sq.yaml")
            }
            #expect(error.kind == kind)
            #expect(error.description == expected)
        }

        @Test func unknownKeyIsAnErrorNotIgnored() throws {
            let yaml = Self.minimalYAML + "numbers:\n  ordinalDots: true\n"
            let error = try #require(throws: LocaleProfileError.self) {
                try LocaleProfile.parse(yaml: yaml, path: "sq.yaml")
            }
            #expect(error.kind == .invalid)
            #expect(error.line == 8)
            #expect(error.column == 3)
            #expect(
                error.description.hasPrefix(
                    "sq.yaml:8:3: error: unknown key 'ordinalDots' in 'numbers': expected one of groupSeparators, "))
        }

        @Test func wrongTypeNamesTheKeyAndLine() throws {
            let yaml = Self.minimalYAML.replacingOccurrences(of: "script: Latn", with: "script: Latin")
            let error = try #require(throws: LocaleProfileError.self) {
                try LocaleProfile.parse(yaml: yaml, path: "sq.yaml")
            }
            #expect(
                error.description
                    == "sq.yaml:4:9: error: 'script': cannot initialize script from invalid string value latin")
        }

        @Test func missingKeyNamesTheKey() throws {
            // A layer may leave out every key but version; a file read without its file name needs a tag.
            let yaml = Self.minimalYAML.replacingOccurrences(of: "tag: sq\n", with: "")
            let error = try #require(throws: LocaleProfileError.self) {
                try LocaleProfile.parse(yaml: yaml, path: "sq.yaml")
            }
            #expect(error.description == "sq.yaml:1:1: error: missing 'tag' in the locale profile")
            let layer = try LocaleProfile.parse(yaml: "version: 1\n", path: "es.yaml", expectedTag: "es")
            #expect(layer.tag == "es")
        }

        @Test func monthsNeedTwelveLists() throws {
            let yaml = Self.minimalYAML + "numbers:\n  months:\n    - [janar]\n"
            let error = try #require(throws: LocaleProfileError.self) {
                try LocaleProfile.parse(yaml: yaml, path: "sq.yaml")
            }
            #expect(
                error.description
                    == "sq.yaml:9:5: error: 'numbers.months' needs twelve non-empty lists of forms, January first (found 1)"
            )
        }

        @Test func separatorsAreSingleCharacters() throws {
            let yaml = Self.minimalYAML + "numbers:\n  groupSeparators: [\".\", \"..\"]\n"
            let error = try #require(throws: LocaleProfileError.self) {
                try LocaleProfile.parse(yaml: yaml, path: "sq.yaml")
            }
            #expect(
                error.description
                    == "sq.yaml:8:20: error: 'numbers.groupSeparators' entries are single characters; '..' is not")
        }

        @Test func tagMustMatchTheFileName() throws {
            let folder = try Self.project(["sr-Latn.yaml": Self.minimalYAML])
            defer { try? FileManager.default.removeItem(at: folder) }
            let error = try #require(throws: LocaleProfileError.self) {
                try LocaleProfile.load(tag: "sr-Latn", projectFolder: folder)
            }
            let path = folder.appendingPathComponent("locales/sr-Latn.yaml").path
            #expect(
                error.description
                    == "\(path):2:6: error: the profile's tag 'sq' does not match its file name (sr-Latn.yaml)")
        }
    }
}
