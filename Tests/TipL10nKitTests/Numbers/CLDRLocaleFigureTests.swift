import Foundation
import Testing

@testable import TipL10nKit

extension Numbers {
    /// Figures in locales whose profile comes from CLDR alone: correct renderings as translators
    /// write them pass, seeded wrong figures fail with a message naming the figure.
    /// Invisible characters are named: `\u{00A0}` NO-BREAK SPACE, `\u{202F}` NARROW NO-BREAK
    /// SPACE, `\u{200F}` RIGHT-TO-LEFT MARK, `\u{061C}` ARABIC LETTER MARK, `\u{2067}`
    /// RIGHT-TO-LEFT ISOLATE, `\u{2069}` POP DIRECTIONAL ISOLATE.
    @Suite struct CLDRLocaleFigureTests {
        static func findings(_ source: String, _ target: String, _ tag: String) throws -> [FigureFinding] {
            FigureComparison.findings(source: source, target: target, profile: try LocaleProfile.load(tag: tag))
        }

        static let victims = "The government identified 181 victims in 2008, compared with 24 in 2007."
        static let funding = "The government provided critical funding totaling $158,593."
        static let million = "The government allocated $2 million to shelters."
        static let decimalMillion = "The budget was $1.2 million."
        static let percent = "Convictions rose by 38.5 percent."
        static let release = "Public release is June 16, 2009."
        static let penalties = "The law prescribes penalties of five to 20 years' imprisonment."
        static let count = "One victim and two NGOs received assistance from 12 shelters."
        static let august = "In August 2009, 12 victims were identified."

        /// (tag, source, target) that must pass without an error or warning.
        static let correct: [(String, String, String)] = [
            ("es", victims, "El Gobierno identificó 181 víctimas en 2008, frente a 24 en 2007."),
            ("es", funding, "El Gobierno aportó fondos por un total de 158.593 dólares."),
            ("es", funding, "El Gobierno aportó fondos por un total de US$ 158.593."),
            ("es", funding, "El Gobierno aportó fondos por un total de 158\u{00A0}593 dólares estadounidenses."),
            ("es", million, "El Gobierno asignó 2 millones de dólares a los refugios."),
            ("es", decimalMillion, "El presupuesto fue de 1,2 millones de dólares."),
            ("es", percent, "Las condenas aumentaron un 38,5\u{00A0}%."),
            ("es", percent, "Las condenas aumentaron un 38,5 por ciento."),
            ("es", release, "La publicación será el 16 de junio de 2009."),
            ("es", penalties, "La ley prevé penas de cinco a 20 años de prisión."),
            ("es", count, "Una víctima y dos ONG recibieron asistencia de 12 refugios."),
            ("es-419", funding, "El gobierno aportó fondos por un total de US$158,593."),
            ("fr", victims, "Le gouvernement a identifié 181 victimes en 2008, contre 24 en 2007."),
            ("fr", funding, "Le gouvernement a fourni un financement de 158\u{202F}593 dollars."),
            ("fr", funding, "Le gouvernement a fourni un financement de 158\u{00A0}593 $US."),
            ("fr", million, "Le gouvernement a alloué 2 millions de dollars aux foyers."),
            ("fr", decimalMillion, "Le budget était de 1,2 million de dollars."),
            ("fr", percent, "Les condamnations ont augmenté de 38,5\u{202F}%."),
            ("fr", release, "La publication aura lieu le 16 juin 2009."),
            ("fr", count, "Une victime et deux ONG ont été aidées par 12 foyers."),
            // A month after an elided article.
            ("fr", august, "Au mois d’août 2009, 12 victimes ont été identifiées."),
            ("fr", august, "Au mois d'août 2009, 12 victimes ont été identifiées."),
            ("it", august, "Nell’agosto 2009 sono state identificate 12 vittime."),
            ("nl", victims, "De regering identificeerde 181 slachtoffers in 2008, tegenover 24 in 2007."),
            ("nl", funding, "De regering verstrekte in totaal 158.593 dollar."),
            ("nl", funding, "De regering verstrekte in totaal US$ 158.593."),
            ("nl", million, "De regering trok 2 miljoen dollar uit voor opvanghuizen."),
            ("nl", decimalMillion, "Het budget bedroeg 1,2 miljoen dollar."),
            ("nl", percent, "Het aantal veroordelingen steeg met 38,5%."),
            ("nl", release, "De publicatie is op 16 juni 2009."),
            ("nl", penalties, "De wet voorziet in straffen van vijf tot 20 jaar gevangenisstraf."),
            ("ru", victims, "Правительство выявило 181 жертву в 2008 году по сравнению с 24 в 2007 году."),
            ("ru", funding, "Правительство выделило 158\u{00A0}593 доллара США."),
            ("ru", funding, "Правительство выделило 158 593 долларов."),
            ("ru", million, "Правительство выделило приютам 2 млн долларов."),
            ("ru", decimalMillion, "Бюджет составил 1,2 млн долларов США."),
            ("ru", percent, "Число приговоров выросло на 38,5\u{00A0}%."),
            ("ru", release, "Публикация состоится 16 июня 2009 года."),
            ("ru", release, "Публикация состоится 16 июня 2009 г."),
            ("ru", count, "Одна жертва и две НПО получили помощь от 12 приютов."),
            (
                "ar", victims,
                "حددت الحكومة \u{200F}١٨١\u{200F} ضحية في عام \u{2067}٢٠٠٨\u{2069}، مقابل ٢٤ في عام ٢٠٠٧."
            ),
            ("ar", victims, "حددت الحكومة 181 ضحية في عام 2008، مقابل 24 في عام 2007."),
            ("ar", funding, "قدمت الحكومة تمويلاً بلغ ١٥٨٬٥٩٣\u{061C} دولار أمريكي."),
            ("ar", funding, "قدمت الحكومة تمويلاً بلغ 158,593 دولار."),
            ("ar", percent, "ارتفعت الإدانات بنسبة ٣٨٫٥٪."),
            ("ar", release, "يكون النشر في ١٦ يونيو ٢٠٠٩."),
            ("zh", victims, "政府在2008年确认了181名受害者，而2007年为24名。"),
            ("zh", million, "政府为庇护所拨款200万美元。"),
            ("zh", decimalMillion, "预算为120万美元。"),
            ("zh", "The program cost $150 million.", "该项目耗资1.5亿美元。"),
            ("zh", percent, "定罪人数增加了38.5%。"),
            ("zh", release, "公开发布时间为2009年6月16日。"),
            ("zh", funding, "政府提供了总额为158,593美元的关键资金。"),
            ("hi", "The fund holds $1,234,567.", "कोष में $12,34,567 हैं।"),
        ]

        @Test(arguments: correct.indices)
        func correctRenderingPasses(_ index: Int) throws {
            let (tag, source, target) = Self.correct[index]
            let found = try Self.findings(source, target, tag)
            #expect(found.isEmpty, "\(tag): \(target) → \(found.map(\.message))")
        }

        /// (tag, source, target, the one error message expected).
        static let wrong: [(String, String, String, String)] = [
            (
                "es", victims, "El Gobierno identificó 118 víctimas en 2008, frente a 24 en 2007.",
                "figure `181` in the source is `118` in the target"
            ),
            (
                "es", funding, "El Gobierno aportó fondos por un total de 158.539 dólares.",
                "figure `$158,593` in the source is `158.539 dólares` in the target (es reads 158.539 as 158539)"
            ),
            (
                "es", million, "El Gobierno asignó 3 millones de dólares a los refugios.",
                "figure `$2 million` in the source is `3 millones de dólares` in the target (es reads 3 millones as 3000000)"
            ),
            (
                "es", percent, "Las condenas aumentaron un 35,8\u{00A0}%.",
                "figure `38.5 percent` in the source is `35,8\u{00A0}%` in the target (es reads 35,8 as 35.8%)"
            ),
            (
                "es", release, "La publicación será el 17 de junio de 2009.",
                "figure `June 16, 2009` in the source is `17 de junio de 2009` in the target (es reads 17 de junio de 2009 as 17 June 2009)"
            ),
            (
                "es", count, "Una víctima y tres ONG recibieron asistencia de 12 refugios.",
                "figure `two` in the source is `tres` in the target (es reads tres as 3)"
            ),
            (
                "fr", funding, "Le gouvernement a fourni un financement de 158\u{202F}539 dollars.",
                "figure `$158,593` in the source is `158\u{202F}539 dollars` in the target (fr reads 158\u{202F}539 as 158539)"
            ),
            (
                "fr", million, "Le gouvernement a alloué 20 millions de dollars aux foyers.",
                "figure `$2 million` in the source is `20 millions de dollars` in the target (fr reads 20 millions as 20000000)"
            ),
            (
                "fr", august, "Au mois d’avril 2009, 12 victimes ont été identifiées.",
                "figure `August 2009` in the source is `avril 2009` in the target (fr reads avril 2009 as April 2009)"
            ),
            (
                "nl", victims, "De regering identificeerde 181 slachtoffers in 2008, tegenover 42 in 2007.",
                "figure `24` in the source is `42` in the target"
            ),
            (
                "nl", release, "De publicatie is op 16 juli 2009.",
                "figure `June 16, 2009` in the source is `16 juli 2009` in the target (nl reads 16 juli 2009 as 16 July 2009)"
            ),
            (
                "ru", funding, "Правительство выделило 185\u{00A0}593 доллара США.",
                "figure `$158,593` in the source is `185\u{00A0}593 доллара США` in the target (ru reads 185\u{00A0}593 as 185593)"
            ),
            (
                "ru", decimalMillion, "Бюджет составил 2,1 млн долларов США.",
                "figure `$1.2 million` in the source is `2,1 млн долларов США` in the target (ru reads 2,1 млн as 2100000)"
            ),
            (
                "ar", victims,
                "حددت الحكومة \u{200F}١١٨\u{200F} ضحية في عام ٢٠٠٨، مقابل ٢٤ في عام ٢٠٠٧.",
                "figure `181` in the source is `١١٨` in the target (ar reads ١١٨ as 118)"
            ),
            (
                "ar", funding, "قدمت الحكومة تمويلاً بلغ ١٥٨٬٥٣٩ دولار أمريكي.",
                "figure `$158,593` in the source is `١٥٨٬٥٣٩ دولار أمريكي` in the target (ar reads ١٥٨٬٥٣٩ as 158539)"
            ),
            (
                "zh", million, "政府为庇护所拨款300万美元。",
                "figure `$2 million` in the source is `300万美元` in the target (zh reads 300万 as 3000000)"
            ),
            (
                "zh", "The program cost $150 million.", "该项目耗资1.5万美元。",
                "figure `$150 million` in the source is `1.5万美元` in the target (zh reads 1.5万 as 15000)"
            ),
            (
                "zh", release, "公开发布时间为2009年6月17日。",
                "figure `June 16, 2009` in the source is `2009年6月17日` in the target (zh reads 2009年6月17日 as 17 June 2009)"
            ),
        ]

        @Test(arguments: wrong.indices)
        func seededErrorIsReported(_ index: Int) throws {
            let (tag, source, target, message) = Self.wrong[index]
            let found = try Self.findings(source, target, tag)
            #expect(found.map(\.message) == [message], "\(tag): \(target)")
            #expect(found.allSatisfy { $0.severity == .error })
        }

        @Test func bidiMarksKeepTheOriginalText() throws {
            let target = "حددت الحكومة \u{200F}١٨١\u{200F} ضحية"
            let facts = NumberExtractor(profile: try LocaleProfile.load(tag: "ar")).facts(in: target)
            #expect(facts.map(\.text) == ["١٨١"])
            #expect(facts.first?.range == 14..<17)
            #expect(facts.first?.value == .number(181))
        }

        @Test func indianGroupingIsReadWhereCLDRHasIt() throws {
            let hindi = NumberExtractor(profile: try LocaleProfile.load(tag: "hi"))
            #expect(hindi.facts(in: "12,34,567").map(\.value) == [.number(1_234_567)])
            let spanish = NumberExtractor(profile: try LocaleProfile.load(tag: "es"))
            #expect(spanish.facts(in: "12.34.567").map(\.value) != [.number(1_234_567)])
        }
    }
}
