import Foundation
import Testing

@testable import TipL10nKit

@Suite struct PublishingEmbargoTests {
    static func pristina() throws -> Embargo {
        let cable = try DefaultCable.cable()
        let document = try SourceDocument.extract(from: cable, path: DefaultCable.fileName)
        let post = try RequestingPost.resolve(header: cable.header, country: document.country, path: "cable")
        return try Embargo.read(from: cable, post: post)
    }

    static func instant(_ text: String) throws -> Date {
        try Date(text, strategy: .iso8601)
    }

    @Test func pristinasMomentsAreReadFromTheCable() throws {
        let embargo = try Self.pristina()
        #expect(embargo.post.bureau == .eur)
        #expect(embargo.post.timeZoneIdentifier == "Europe/Belgrade")
        #expect(embargo.hostGovernment == (try Self.instant("2009-06-15T10:00:00Z")))
        #expect(embargo.publicRelease == (try Self.instant("2009-06-16T14:00:00Z")))
        // Para 7: "a local press statement may be released on or after 10:30 am EDT June 16".
        #expect(embargo.pressStatement == (try Self.instant("2009-06-16T14:30:00Z")))
    }

    @Test func thePressGuidanceWaitsForThePressStatementMoment() throws {
        let embargo = try Self.pristina()
        try embargo.checkPressGuidance(at: try Self.instant("2009-06-16T14:30:00Z"))
        let error = try #require(
            throws: EmbargoError.self,
            performing: { try embargo.checkPressGuidance(at: try Self.instant("2009-06-16T14:00:00Z")) })
        #expect(
            error.message
                == "embargo: the press guidance may not go to the public before 2009-06-16 16:30 CEST in Pristina, "
                + "2009-06-16 10:30 EDT in Washington (2009-06-16T14:30:00Z), when the cable lets a local press statement out; "
                + "it is 2009-06-16T14:00:00Z, 30 minutes early (build without it until then)")
        // A cable without such a sentence sets no later moment.
        var silent = embargo
        silent.pressStatement = nil
        try silent.checkPressGuidance(at: try Self.instant("2009-06-16T14:00:00Z"))
    }

    @Test func publicReleaseIsAllowedFromTenEDT() throws {
        let embargo = try Self.pristina()
        try embargo.check(.publicRelease, at: try Self.instant("2009-06-16T14:00:00Z"))
        #expect(throws: EmbargoError.self) {
            try embargo.check(.publicRelease, at: try Self.instant("2009-06-16T13:59:59Z"))
        }
    }

    @Test func hostGovernmentIsAllowedFromNoonInPristina() throws {
        let embargo = try Self.pristina()
        try embargo.check(.hostGovernment, at: try Self.instant("2009-06-15T10:00:00Z"))
        #expect(throws: EmbargoError.self) {
            try embargo.check(.hostGovernment, at: try Self.instant("2009-06-15T09:59:59Z"))
        }
    }

    @Test func aRefusalGivesLocalAndWashingtonTime() throws {
        let embargo = try Self.pristina()
        #expect(
            throws: EmbargoError(
                message: "embargo: the narrative may not go to the public before 2009-06-16 16:00 CEST in Pristina, "
                    + "2009-06-16 10:00 EDT in Washington (2009-06-16T14:00:00Z); it is 2009-06-16T13:59:59Z, "
                    + "1 second early")
        ) {
            try embargo.check(.publicRelease, at: try Self.instant("2009-06-16T13:59:59Z"))
        }
        #expect(
            throws: EmbargoError(
                message: "embargo: the narrative may not go to the host government before 2009-06-15 12:00 CEST in "
                    + "Pristina, 2009-06-15 06:00 EDT in Washington (2009-06-15T10:00:00Z); it is "
                    + "2009-06-14T08:30:00Z, 1 day 1 hour 30 minutes early")
        ) {
            try embargo.check(.hostGovernment, at: try Self.instant("2009-06-14T08:30:00Z"))
        }
    }

    @Test func scaAndEAPPostsWaitForOpeningOfBusinessJuneSixteenth() throws {
        let cable = try DefaultCable.cable()
        let delhi = RequestingPost(
            name: "NEW-DELHI", country: "India", bureau: .sca, timeZoneIdentifier: "Asia/Kolkata")
        let embargo = try Embargo.read(from: cable, post: delhi)
        // 08:00 IST (UTC+5:30) on June 16.
        #expect(embargo.hostGovernment == (try Self.instant("2009-06-16T02:30:00Z")))
        #expect(embargo.publicRelease == (try Self.instant("2009-06-16T14:00:00Z")))
    }

    @Test func aCableWithoutTheEmbargoIsAnError() throws {
        let cable = Cable(
            header: try DefaultCable.cable().header, layout: .telegram,
            paragraphs: [CableParagraph(number: 2, text: "Nothing about dates here.", line: 1)], repairs: [], text: "")
        let post = RequestingPost(
            name: "PRISTINA", country: "Kosovo", bureau: .eur, timeZoneIdentifier: "Europe/Belgrade")
        #expect(
            throws: EmbargoError(message: "embargo: paragraphs 2–5 of the cable give no year ('June 16, 2009')")
        ) {
            try Embargo.read(from: cable, post: post)
        }
    }

    @Test func durationsReadNaturally() {
        #expect(Embargo.duration(1) == "1 second")
        #expect(Embargo.duration(90_061) == "1 day 1 hour 1 minute 1 second")
        #expect(Embargo.duration(0) == "0 seconds")
    }
}

extension PublishingEmbargoTests {
    /// How later rollout cables word the release: a weekday, no minutes, the zone in brackets or
    /// spelled out, no comma after the year, upper-case AM, noon. Each is para 2 of a cable whose
    /// para 3 gives the host-government moment as 09STATE61188 does.
    @Test(arguments: [
        ("On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the Report.", "2009-06-16T14:00:00Z"),
        ("The Secretary will release the Report on Monday, June 14, 2010, at 10:30 a.m. EDT.", "2010-06-14T14:30:00Z"),
        ("The Report will be released June 19, 2013 at 10:30 a.m. EDT in Washington.", "2013-06-19T14:30:00Z"),
        ("Release is at 10 a.m. EDT on Tuesday, June 27 (June 27, 2017).", "2017-06-27T14:00:00Z"),
        ("Release: 9:30 AM (EDT) on June 20. The Report (June 20, 2014) follows.", "2014-06-20T13:30:00Z"),
        (
            "At 11:00 a.m. Eastern Daylight Time, June 28, the 2018 Report (June 28, 2018) is out.",
            "2018-06-28T15:00:00Z"
        ),
        ("The Report is released at noon EDT on June 24 (June 24, 2021).", "2021-06-24T16:00:00Z"),
    ])
    func laterCablesWordTheReleaseTheirOwnWay(sentence: String, expected: String) throws {
        let cable = try Self.cable([
            2: sentence,
            3: "Posts may share the narrative at 1200 noon local time on June 10 for WHA, AF, EUR, and NEA countries.",
        ])
        #expect(try Embargo.read(from: cable, post: Self.kosovo).publicRelease == (try Self.instant(expected)))
    }

    @Test func aTimeWithoutTheWashingtonZoneIsNoReleaseMoment() throws {
        let cable = try Self.cable([2: "The Report will be released June 19, 2013 at 10:30 a.m. local time."])
        #expect(
            throws: EmbargoError(message: "embargo: paragraphs 2–5 of the cable give no public release moment in EDT")
        ) { try Embargo.read(from: cable, post: Self.kosovo) }
    }

    @Test func theHostGovernmentClauseMayNameItsWeekdayWithAComma() throws {
        let cable = try Self.cable([
            2: "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release it.",
            3: "Share it no earlier than noon local time, Monday, June 15 for WHA, AF, EUR and NEA posts.",
        ])
        #expect(
            try Embargo.read(from: cable, post: Self.kosovo).hostGovernment
                == (try Self.instant("2009-06-15T10:00:00Z")))
    }

    @Test func thePressStatementMomentIsReadInTheSameWordings() throws {
        let cable = try Self.cable([
            2: "The Report will be released June 27, 2017 at 10 a.m. EDT.",
            3: "Share it no earlier than 12 noon local time on June 26 for EUR posts.",
            7: "A local press statement may be issued after 10:30 A.M. (EDT) on Tuesday, June 27.",
        ])
        let embargo = try Embargo.read(from: cable, post: Self.kosovo)
        #expect(embargo.publicRelease == (try Self.instant("2017-06-27T14:00:00Z")))
        #expect(embargo.hostGovernment == (try Self.instant("2017-06-26T10:00:00Z")))
        #expect(embargo.pressStatement == (try Self.instant("2017-06-27T14:30:00Z")))
    }
}

/// What a tester of the wordings above found (classes: times written as four digits, words
/// ending in `noon`, impossible times and dates, press-statement sentences whose time is not
/// read, a cable whose first dated sentence is about another year).
extension PublishingEmbargoTests {
    static let kosovo = RequestingPost(
        name: "PRISTINA", country: "Kosovo", bureau: .eur, timeZoneIdentifier: "Europe/Belgrade")
    static let hostClause = "Share it no earlier than 1200 noon local time Monday June 15 for EUR posts."

    static func cable(_ paragraphs: [Int: String]) throws -> Cable {
        Cable(
            header: try DefaultCable.cable().header, layout: .telegram,
            paragraphs: paragraphs.sorted { $0.key < $1.key }.map {
                CableParagraph(number: $0.key, text: $0.value, line: $0.key * 2)
            }, repairs: [], text: "")
    }

    @Test func aFourDigitTimeIsNoClockTime() throws {
        let cable = try Self.cable([
            2: "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the Report.",
            3: "Do not precede the Secretary's release at 1000 a.m. EDT on June 16. " + Self.hostClause,
        ])
        #expect(
            try Embargo.read(from: cable, post: Self.kosovo).publicRelease == (try Self.instant("2009-06-16T14:00:00Z"))
        )
    }

    @Test func afternoonIsNotNoon() throws {
        let cable = try Self.cable([
            2: "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the Report.",
            3: "Share it no earlier than the afternoon local time Monday June 15 for EUR posts.",
        ])
        #expect(
            throws: EmbargoError(
                message: "embargo: paragraphs 2–5 of the cable give no host-government moment for EUR posts")
        ) { try Embargo.read(from: cable, post: Self.kosovo) }
    }

    @Test(arguments: [
        "at 10:00 am EDT on June 31, 2009", "at 10:75 am EDT on June 16, 2009", "at 25:30 pm EDT on June 16, 2009",
    ])
    func anImpossibleTimeOrDateIsRefused(moment: String) throws {
        let cable = try Self.cable([2: "The Secretary will release the Report \(moment).", 3: Self.hostClause])
        #expect(
            throws: EmbargoError(message: "embargo: paragraphs 2–5 of the cable give no public release moment in EDT")
        ) { try Embargo.read(from: cable, post: Self.kosovo) }
    }

    @Test(arguments: [
        ("A local press statement may be released at or after 10:30 am EDT June 16.", "2009-06-16T14:30:00Z"),
        ("A local press statement may be released no earlier than 10:30 a.m. EDT on June 16.", "2009-06-16T14:30:00Z"),
        ("A local press statement may be issued after the Secretary's release.", nil),
    ])
    func thePressStatementSentence(sentence: String, expected: String?) throws {
        let cable = try Self.cable([
            2: "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the Report.", 3: Self.hostClause,
            7: sentence,
        ])
        #expect(
            try Embargo.read(from: cable, post: Self.kosovo).pressStatement == expected.map { try Self.instant($0) })
    }

    @Test func aPressStatementTimeThatCannotBeReadIsAnError() throws {
        let cable = try Self.cable([
            2: "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the Report.", 3: Self.hostClause,
            7: "A local press statement may be released after 1030 EDT on June 16.",
        ])
        #expect(
            throws: EmbargoError(
                message: "embargo: the cable says when a local press statement may go out, but its moment could not be "
                    + "read: 'press statement may be released after 1030' (write it as '10:30 a.m. EDT on June 16')")
        ) { try Embargo.read(from: cable, post: Self.kosovo) }
    }

    @Test func theYearIsTheReleaseDatesYear() throws {
        let cable = try Self.cable([
            2: "The Report covers April 1, 2008 through March 31, 2009. On June 16, 2009, at 10:00 a.m. EDT, the "
                + "Secretary will release it.",
            3: Self.hostClause,
        ])
        let embargo = try Embargo.read(from: cable, post: Self.kosovo)
        #expect(embargo.publicRelease == (try Self.instant("2009-06-16T14:00:00Z")))
        #expect(embargo.hostGovernment == (try Self.instant("2009-06-15T10:00:00Z")))
    }
}

extension PublishingEmbargoTests {
    /// A tester's class: another event's time in the same paragraphs (a briefing before or after
    /// the release) was taken for the release when its wording came first.
    @Test(arguments: [
        [
            2: "A background briefing will be held at 9:00 a.m. EDT on June 16. On June 16, 2009, at 10:00 a.m. EDT, "
                + "the Secretary will release the Report.",
            3: hostClause,
        ],
        [
            2: "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the Report.",
            3: "Do not precede the Secretary's release. A press briefing will follow at 3:30 p.m. EDT on June 16. "
                + hostClause,
        ],
    ])
    func aBriefingsTimeIsNotTheRelease(paragraphs: [Int: String]) throws {
        let embargo = try Embargo.read(from: try Self.cable(paragraphs), post: Self.kosovo)
        #expect(embargo.publicRelease == (try Self.instant("2009-06-16T14:00:00Z")))
    }
}
