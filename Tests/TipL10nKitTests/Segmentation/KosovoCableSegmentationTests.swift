import Foundation
import Testing

@testable import TipL10nKit

extension SegmentationTests {
    /// The built-in English rules on the paragraphs of the 2009 Kosovo cable (09STATE61188),
    /// reflowed to single spaces and repaired as the cable reader delivers them.
    @Suite struct KosovoCableSegmentationTests {
        static let introduction1 =
            "Kosovo is a source, transit, and destination country for women and children trafficked across "
            + "national borders for the purpose of commercial sexual exploitation. Kosovo women and children are "
            + "also trafficked within Kosovo for the same purpose. NGOs reported that child trafficking, "
            + "particularly from Roma communities, for the purpose of forced begging, was an increasing problem. "
            + "Most foreign victims are young women from Eastern Europe subjected to forced prostitution. Kosovo "
            + "victims are also trafficked to countries throughout Europe including Macedonia, Italy, and Albania. "
            + "Kosovo residents, including three children, made up the majority of identified trafficking victims "
            + "in 2008. Police report that internal trafficking involving Kosovo Serbs may also occur in north "
            + "Kosovo, a Serb-majority region that presents particular security challenges."

        static let introduction2 =
            "The Government of Kosovo does not fully comply with the minimum standards for the elimination of "
            + "trafficking; however, it is making significant efforts to do so. The government helped fund two NGO "
            + "anti-trafficking shelters in 2008 and began implementing a new National Action Plan. The government "
            + "did not adequately investigate and prosecute trafficking offenders, address trafficking-related "
            + "corruption, and identify trafficking victims."

        static let recommendations =
            "Recommendations for Kosovo: Aggressively investigate, prosecute, convict, and sentence sex and labor "
            + "trafficking offenders, including public officials complicit in trafficking; increase "
            + "trafficking-specific training for prosecutors and judges; improve victim protection services to "
            + "ensure adequate rehabilitation and reintegration for repatriated victims; ensure sustained funding "
            + "and staffing in shelters; improve victim identification so that victims are not penalized for "
            + "unlawful acts committed as a direct result of being trafficked; increase detection of victims of "
            + "forced begging in Kosovo; and continue trafficking prevention activities, including efforts to "
            + "reduce the demand for commercial sex acts."

        static let prosecution =
            "Kosovo law criminalizes sex and labor trafficking and provides penalties for human trafficking of "
            + "two to 12 years' imprisonment – penalties that are sufficiently stringent and commensurate with "
            + "those prescribed for other grave crimes, such as rape. In 2008, the government reportedly "
            + "prosecuted 24 trafficking cases, resulting in the conviction of 15 sex trafficking offenders. "
            + "However, due to limited data collection efforts, some of these cases may be conflated with "
            + "smuggling or other trafficking-related statistics. Sentences for 14 offenders exceeded five years "
            + "and one conviction resulted in a suspended sentence. The government continued to provide "
            + "anti-trafficking training for police officers and recruits. While there were no specific reports "
            + "of trafficking-related complicity among government officials, foreign trafficking victims often "
            + "arrive in Kosovo with valid documents and employment contracts stamped by municipal authorities; "
            + "police reports indicate that these local Kosovo officials may be aware that the document holders "
            + "are trafficking victims."

        static let protection =
            "The Government of Kosovo made important progress in protecting victims of trafficking in 2008. To "
            + "help remedy a funding shortfall for the two NGO-run shelters, the government, in cooperation with "
            + "international donors, provided critical funding totaling $158,593. The government also provided "
            + "$64,786 for the operation of its official shelter for high-risk trafficking victims in 2008. The "
            + "government reportedly used standard operating procedures when encountering suspected trafficking "
            + "victims; however, a 2008 OSCE Report indicated that Kosovo officials often do not recognize "
            + "victims of trafficking and that female victims are sometimes arrested for prostitution offenses, "
            + "penalized for unlawful acts committed as a result of their being trafficked. The government "
            + "reported it assisted 24 victims in 2008, a decline from 33 assisted in 2007. The government did "
            + "not provide any repatriation or reintegration assistance to victims after they left a shelter. The "
            + "government has procedures in place that allow victims to provide anonymous testimony, though NGOs "
            + "reported that witness intimidation remained a serious problem in Kosovo. Only two victims assisted "
            + "in the investigation and prosecution of their traffickers during the reporting period. Victims of "
            + "trafficking have legal alternatives to removal to countries where they would face hardship or "
            + "retribution, including the granting of refugee status or approval of residency permits."

        static let prevention =
            "The Government of Kosovo improved its prevention efforts during the reporting period. In April 2008, "
            + "the government appointed a new anti-trafficking national coordinator and in July 2008 it adopted "
            + "and began implementation of an anti-trafficking National Strategy and Action Plan. The Government "
            + "of Kosovo supported numerous educational programs from the primary to university levels to "
            + "prevent trafficking in 2008. IOM and the Ministry of Justice continued to jointly sponsor "
            + "anti-trafficking hotlines. Most anti-trafficking campaigns continue to be run by international "
            + "organizations and NGOs, including a campaign geared to raise awareness about child trafficking, "
            + "particularly for the purpose of forced begging."

        static let answer1 =
            "Kosovo was previously considered a Special Case because it did not have an effective national "
            + "government for the entire reporting period. During prior reporting periods and since 1999, Kosovo "
            + "had been administered by the United National Interim Administrative Mission in Kosovo. Kosovo "
            + "declared independence in February 2008 and was, thus, ranked for the 2008-2009 reporting period."

        static let answer3 =
            "The Department of State prepared this Report using information from U.S. embassies, foreign "
            + "government officials, NGOs and international organizations, published reports, research trips to "
            + "every region, and information submitted to tipreport@state.gov."

        /// Non-paper bullet 4, with the paragraph-number artifact `…ranked as Tier` / `3. Thus…` rejoined.
        static let nonPaperBullet4 =
            "Tier 2 Watch List consists of Tier 2 countries determined: (1) not to have made \"increasing "
            + "efforts\" to combat human trafficking over the past year; (2) to be making significant efforts "
            + "based on commitments of anti-trafficking reforms over the next year, or (3) to have a very "
            + "significant number of trafficking victims or a significantly increasing victim population. As "
            + "indicated in reftel B, the TVPRA of 2008 contains a provision requiring that a country that has "
            + "been included on Tier 2 Watch List for two consecutive years after the date of enactment of the "
            + "TVPRA of 2008 be ranked as Tier 3. Thus, any automatic downgrade to Tier 3 pursuant to this "
            + "provision would take place, at the earliest, in the 2011 TIP Report (i.e., a country would have "
            + "to be ranked Tier 2 Watch List in the 2009 and 2010 Reports before being subject to Tier 3 in the "
            + "2011 Report). The new law allows for a waiver of this provision for up to two additional years "
            + "upon a determination by the President that the country has developed and devoted sufficient "
            + "resources to a written plan to make significant efforts to bring itself into compliance with the "
            + "minimum standards."

        @Test(
            arguments: [
                ("introduction 1", introduction1, 7),
                ("introduction 2", introduction2, 3),
                ("recommendations", recommendations, 1),
                ("prosecution", prosecution, 6),
                ("protection", protection, 9),
                ("prevention", prevention, 5),
                ("Q1 answer", answer1, 3),
                ("Q3 answer", answer3, 1),
                ("non-paper bullet 4", nonPaperBullet4, 4),
            ])
        func segmentCounts(name: String, paragraph: String, count: Int) throws {
            let segments = try Segmenter.defaultEnglish().segments(in: paragraph)
            #expect(segments.count == count, "\(name): \(segments)")
            // Segments are the paragraph's text, trimmed, in order.
            #expect(segments.joined(separator: " ") == paragraph, "\(name)")
        }

        @Test func introductionSentences() throws {
            #expect(
                try Segmenter.defaultEnglish().segments(in: Self.introduction1) == [
                    "Kosovo is a source, transit, and destination country for women and children trafficked across "
                        + "national borders for the purpose of commercial sexual exploitation.",
                    "Kosovo women and children are also trafficked within Kosovo for the same purpose.",
                    "NGOs reported that child trafficking, particularly from Roma communities, for the purpose of "
                        + "forced begging, was an increasing problem.",
                    "Most foreign victims are young women from Eastern Europe subjected to forced prostitution.",
                    "Kosovo victims are also trafficked to countries throughout Europe including Macedonia, Italy, "
                        + "and Albania.",
                    "Kosovo residents, including three children, made up the majority of identified trafficking "
                        + "victims in 2008.",
                    "Police report that internal trafficking involving Kosovo Serbs may also occur in north Kosovo, "
                        + "a Serb-majority region that presents particular security challenges.",
                ])
        }

        @Test func protectionBreaksAfterTheAmountNotInsideIt() throws {
            let segments = try Segmenter.defaultEnglish().segments(in: Self.protection)
            #expect(
                segments.prefix(3) == [
                    "The Government of Kosovo made important progress in protecting victims of trafficking in 2008.",
                    "To help remedy a funding shortfall for the two NGO-run shelters, the government, in cooperation "
                        + "with international donors, provided critical funding totaling $158,593.",
                    "The government also provided $64,786 for the operation of its official shelter for high-risk "
                        + "trafficking victims in 2008.",
                ])
            #expect(segments[3].hasSuffix("as a result of their being trafficked."))
        }

        @Test func rejoinedParagraphNumberEndsASentence() throws {
            let segments = try Segmenter.defaultEnglish().segments(in: Self.nonPaperBullet4)
            #expect(segments[1].hasSuffix("of the TVPRA of 2008 be ranked as Tier 3."))
            #expect(
                segments[2]
                    == "Thus, any automatic downgrade to Tier 3 pursuant to this provision would take place, at the "
                    + "earliest, in the 2011 TIP Report (i.e., a country would have to be ranked Tier 2 Watch List in "
                    + "the 2009 and 2010 Reports before being subject to Tier 3 in the 2011 Report).")
            #expect(segments[3].hasPrefix("The new law allows for a waiver"))
        }

        @Test func actionParagraphsWithTimesAndAddresses() throws {
            let segmenter = try Segmenter.defaultEnglish()
            #expect(
                segmenter.segments(
                    in: "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the 2009 Trafficking in "
                        + "Persons (TIP) Report at a press conference in the Department's press briefing room. This "
                        + "release will receive substantial coverage in domestic and foreign news outlets.")
                    == [
                        "On June 16, 2009, at 10:00 a.m. EDT, the Secretary will release the 2009 Trafficking in "
                            + "Persons (TIP) Report at a press conference in the Department's press briefing room.",
                        "This release will receive substantial coverage in domestic and foreign news outlets.",
                    ])
            #expect(
                segmenter.segments(
                    in: "The entire TIP Report will be available on-line at www.state.gov/g/tip shortly after the "
                        + "Secretary's June 16 release. Hard copies of the Report will be pouched to posts.")
                    == [
                        "The entire TIP Report will be available on-line at www.state.gov/g/tip shortly after the "
                            + "Secretary's June 16 release.",
                        "Hard copies of the Report will be pouched to posts.",
                    ])
            #expect(
                segmenter.segments(
                    in: "-- The U.S. Congress, through its passage of the 2000 Trafficking Victims Protection Act, as "
                        + "amended (TVPA), requires the Secretary of State to submit an annual Report to Congress. "
                        + "The goal of this Report is to stimulate action."
                ).count == 2)
        }
    }
}
