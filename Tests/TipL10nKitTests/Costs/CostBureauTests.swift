import Foundation
import Testing
import TipL10nTestSupport

@testable import TipL10nKit

@Suite struct CostBureauTests {
    @Test func theCablesCountriesHaveTheirBureaus() {
        #expect(CountryDirectory.entry(for: "Kosovo")?.bureau == .eur)
        #expect(CountryDirectory.entry(for: "Suriname")?.bureau == .wha)
        #expect(CountryDirectory.entry(for: "Iceland")?.bureau == .eur)
        #expect(CountryDirectory.entry(for: "Kosovo")?.timeZoneIdentifier == "Europe/Belgrade")
        #expect(CountryDirectory.entry(for: "KOSOVO")?.name == "Kosovo")
        #expect(CountryDirectory.entry(for: "Côte d’Ivoire")?.bureau == .af)
        #expect(CountryDirectory.entry(for: "Gambia, The")?.bureau == .af)
        #expect(CountryDirectory.entry(for: "Korea, South")?.bureau == .eap)
        #expect(CountryDirectory.entry(for: "Saint Vincent & the Grenadines")?.bureau == .wha)
        #expect(CountryDirectory.entry(for: "India")?.bureau == .sca)
        #expect(CountryDirectory.entry(for: "Egypt")?.bureau == .nea)
        #expect(CountryDirectory.entry(for: "Atlantis") == nil)
        #expect(CountryDirectory.entry(for: "Niger")?.name == "Niger")
    }

    @Test func everyEntryHasAKnownTimeZoneAndNoNameNamesTwoCountries() {
        var seen: Set<String> = []
        for entry in CountryDirectory.entries {
            #expect(TimeZone(identifier: entry.timeZoneIdentifier) != nil, "\(entry.name): \(entry.timeZoneIdentifier)")
            let names = Set(([entry.name] + entry.aliases).map(CountryDirectory.normalized))
            #expect(seen.isDisjoint(with: names), "\(entry.name) is also another country's name")
            seen.formUnion(names)
        }
        #expect(Set(CountryDirectory.entries.map(\.bureau)) == Set(RegionalBureau.allCases))
        #expect(CountryDirectory.entries.count == 200)
    }

    @Test func everyBureauHasItsExecutiveOffice() {
        #expect(
            RegionalBureau.allCases.map(\.executiveOffice) == [
                "AF/EX", "EAP/EX", "EUR/EX", "NEA-SCA/EX", "NEA-SCA/EX", "WHA/EX",
            ])
        #expect(RegionalBureau.eur.executiveOfficeName == "Executive Office, Bureau of European and Eurasian Affairs")
        #expect(RegionalBureau.wha.name == "Bureau of Western Hemisphere Affairs")
        #expect(RegionalBureau(symbol: " eur ") == .eur)
        #expect(RegionalBureau(symbol: "EU") == nil)
    }

    @Test func thePostComesFromTheToLine() {
        #expect(RequestingPost.name(fromAddressees: ["AMEMBASSY PRISTINA IMMEDIATE 0000"]) == "PRISTINA")
        #expect(
            RequestingPost.name(fromAddressees: ["AMEMBASSY PARAMARIBO IMMEDIATE 0000UNCLAS STATE 060550"])
                == "PARAMARIBO")
        #expect(RequestingPost.name(fromAddressees: ["AMEMBASSY PORT OF SPAIN PRIORITY 1234"]) == "PORT-OF-SPAIN")
        #expect(RequestingPost.name(fromAddressees: ["RUEHPS/AMEMBASSY PRISTINA 0001"]) == "PRISTINA")
        #expect(RequestingPost.name(fromAddressees: ["RUEHC/SECSTATE WASHDC IMMEDIATE 4006"]) == nil)
        #expect(
            RequestingPost(
                name: "PORT-OF-SPAIN", country: "Trinidad and Tobago", bureau: .wha, timeZoneIdentifier: "UTC"
            )
            .displayName == "Port of Spain")
        #expect(RequestingPost.normalizedName("Port of Spain") == "PORT-OF-SPAIN")
        #expect(RequestingPost.normalizedName("Post 9") == nil)
    }

    @Test func theThreeCablesNameTheirPostsAndBureaus() throws {
        let expected: [(String, String, String, RegionalBureau)] = [
            ("09STATE61188.txt", "PRISTINA", "Kosovo", .eur),
            ("09STATE60550.txt", "PARAMARIBO", "Suriname", .wha),
            ("09STATE60608.html", "REYKJAVIK", "Iceland", .eur),
        ]
        for (file, post, country, bureau) in expected {
            let data = try Data(contentsOf: TestPaths.cable(file))
            let source = try CostSource.read(data, path: file, segmenter: .defaultEnglish())
            let resolved = try source.post()
            #expect(resolved.name == post, "\(file)")
            #expect(resolved.country == country, "\(file)")
            #expect(resolved.bureau == bureau, "\(file)")
            #expect(source.fundingParagraph?.number == 10, "\(file)")
            #expect(source.fundingParagraph?.text.contains("EX office") == true, "\(file)")
        }
    }

    @Test func aCountryOutsideTheTableNeedsABureau() throws {
        let source = try CostSource.read(DefaultCable.data, path: DefaultCable.fileName, segmenter: .defaultEnglish())
        var header = source.cable.header
        header.to = ["RUEHC/SECSTATE WASHDC IMMEDIATE 4006"]
        let noPost = #expect(throws: CostError.self) {
            try RequestingPost.resolve(header: header, country: "Kosovo", path: "x.txt")
        }
        #expect(
            noPost?.description
                == "x.txt: error: cannot tell the post from the cable's TO line 'RUEHC/SECSTATE WASHDC IMMEDIATE 4006'")
        #expect(noPost?.diagnostic.remedy == .post)
        let noBureau = #expect(throws: CostError.self) {
            try RequestingPost.resolve(header: header, country: "Atlantis", path: "x.txt", post: "Atlantis City")
        }
        #expect(
            noBureau?.description
                == "x.txt: error: no regional bureau is known for the country 'Atlantis'")
        #expect(noBureau?.diagnostic.remedy == .bureau)
        let given = try RequestingPost.resolve(
            header: header, country: "Atlantis", path: "x.txt", post: "Atlantis City", bureau: .wha)
        #expect(
            given == RequestingPost(name: "ATLANTIS-CITY", country: "Atlantis", bureau: .wha, timeZoneIdentifier: "UTC")
        )
    }
}
