import Foundation
import Testing

@testable import TipL10nKit

extension VerificationTests {
    @Suite("Verification: URLs and e-mail addresses")
    struct LinkCheckTests {
        typealias F = VerificationFixtures

        static let source = "Information sent to tipreport@state.gov and http://www.state.gov/g/tip."

        @Test func unchangedLinksPass() {
            let target = "Informacionet e dërguara në TIPreport@State.gov dhe http://www.state.gov/g/tip."
            #expect(F.lines(F.pair(Self.source, target), checks: [LinkCheck()]) == [])
        }

        @Test func changedEmailIsAnError() {
            let target = "Informacionet e dërguara në tipreport@state.gob dhe http://www.state.gov/g/tip."
            #expect(
                F.lines(F.pair(Self.source, target), checks: [LinkCheck()]) == [
                    "t.xlf:7:u1: error: e-mail address changed: source tipreport@state.gov, target tipreport@state.gob"
                ])
        }

        @Test func missingURLIsAnErrorAndANewOneAWarning() {
            let target = "Informacionet e dërguara në tipreport@state.gov."
            #expect(
                F.lines(F.pair(Self.source, target), checks: [LinkCheck()]) == [
                    "t.xlf:7:u1: error: URL http://www.state.gov/g/tip missing from the target"
                ])
            let added =
                "Informacionet e dërguara në tipreport@state.gov, http://www.state.gov/g/tip dhe www.usembassy.gov."
            #expect(
                F.lines(F.pair(Self.source, added), checks: [LinkCheck()]) == [
                    "t.xlf:7:u1: warning: URL www.usembassy.gov in the target but not in the source"
                ])
        }

        @Test func linksAreFoundWithoutTrailingPunctuation() {
            let links = VerificationText.links(in: "See (www.state.gov/j/tip), or write to a.b-c@mail.example.org.")
            #expect(links.map(\.text) == ["www.state.gov/j/tip", "a.b-c@mail.example.org"])
            #expect(links.map(\.kind) == [.url, .email])
        }

        @Test(arguments: [
            ("write to x@y.org", true), ("HTTPS://STATE.GOV", true), ("ftp://a", true), ("see WwW.state.gov", true),
            ("a www b", false), ("http:/x", false), ("ww.w.", false), ("", false), ("Kosovo (TIER 2)", false),
            ("://", true), ("www.", true), ("ёwww.", true), ("wwё.", false), ("a:/ /b", false), ("w.ww", false),
        ])
        func theLinkPrecheckPassesEveryTextThatCanHoldALink(text: String, may: Bool) {
            #expect(VerificationText.mayHoldLink(text) == may)
            if !may { #expect(VerificationText.links(in: text).isEmpty) }
        }
    }
}
