import Foundation
import Testing
import TipL10nTestSupport

/// `tipl10n segment` and `tipl10n cable`, in process.
@Suite struct SegmentCommandTests {
    @Test func segmentPrintsOneSegmentPerLine() throws {
        let project = try ProjectFixture.make()
        try FileFixtures.write(
            "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will\nrelease the Report. U.S. embassies help.\n\n"
                + "Tier 2? Yes.\n", "in.txt", in: project)
        let run = CommandRunner.run(["segment", "--text", "in.txt"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stdout
                == "p1.s1\tOn June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the Report.\n"
                + "p1.s2\tU.S. embassies help.\np2.s1\tTier 2?\np2.s2\tYes.\n")
        #expect(run.stderr == "")
    }

    @Test func theProjectsCableIsFortySevenUnits() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["segment"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.count == 47)
        #expect(run.lines.first == "narrative.title\tKosovo (TIER 2)")
        #expect(run.lines.last?.hasPrefix("press.q4.answer.s1\t") == true)
        let nonPaper = CommandRunner.run(["segment", "--include", "nonpaper"], in: project)
        #expect(nonPaper.lines.allSatisfy { $0.hasPrefix("nonpaper.") }, "\(nonPaper)")
        let json = try JSONValue.decode(CommandRunner.run(["segment", "--format", "json"], in: project).stdout)
        #expect(json.elements.count == 47)
        #expect(json[0]?["id"] == .string("narrative.title"))
        #expect(json[0]?["source"] == .string("Kosovo (TIER 2)"))
    }

    @Test func cableOrTextNotBoth() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["segment", "--text", "a.txt", "--cable", "b.txt"], in: project)
        #expect(run.status == 64)
        #expect(run.errorLines.first == "Error: use either --cable or --text, not both")
    }

    @Test func cableShowsTheHeaderSectionsAndEveryRepair() throws {
        let project = try ProjectFixture.make()
        let run = CommandRunner.run(["cable"], in: project)
        #expect(run.status == 0, "\(run)")
        #expect(
            run.lines.prefix(14) == [
                "cable ID:       09STATE61188",
                "created:        2009-06-12 22:09:00",
                "classification: UNCLASSIFIED",
                "origin:         Secretary of State",
                "DTG:            122209Z JUN 09",
                "from:           SECSTATE WASHDC",
                "to:             AMEMBASSY PRISTINA IMMEDIATE 0000",
                "subject:        KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE",
                "tags:           KTIP ELAB KCRM KPAO KWMN PGOV PHUM PREL SMIG",
                "references:     A. STATE 59732; B. STATE 005577",
                "layout:         webPage",
                "narrative:      Kosovo, Tier 2",
                "paragraphs:     1 2 3 4 5 6 7 8 9 10 11 12",
                "section narrative: title",
            ])
        let repairs = run.lines.filter { $0.hasPrefix("cables/09STATE61188.txt:") }
        #expect(repairs.count == 15)
        #expect(repairs.first == "cables/09STATE61188.txt:75: note: `not/not` → `not` (word doubled for emphasis)")
    }
}
