import Foundation
import Testing

@testable import TipL10nKit

@Suite struct TransliterationSerbianTests {
    /// The sr-Cyrl profile's `allowedForeignTokens` as shipped in `locales/sr-Cyrl.yaml`.
    static let kept = [
        "OSCE", "IOM", "TVPA", "TIP", "NGO", "NGOs", "UNMIK", "USD", "EUR", "US$", "EULEX", "KFOR", "UNHCR",
        "UNICEF", "USAID", "UNDP", "EDT", "UN", "EU",
    ]

    /// Latin and the expected Cyrillic; every pair is also checked Cyrillic → Latin.
    static let words: [(latin: String, cyrillic: String)] = [
        ("ljudi", "људи"), ("Ljubljana", "Љубљана"), ("LJUBLJANA", "ЉУБЉАНА"), ("ljudima", "људима"),
        ("njegov", "његов"), ("Njujork", "Њујорк"), ("NJEGOŠ", "ЊЕГОШ"), ("konj", "коњ"),
        ("džep", "џеп"), ("Džudo", "Џудо"), ("DŽEP", "ЏЕП"), ("udžbenik", "уџбеник"),
        ("trgovina", "трговина"), ("žrtve", "жртве"), ("Međunarodna", "Међународна"), ("ćerka", "ћерка"),
        ("čovek", "човек"), ("šuma", "шума"), ("Đorđe", "Ђорђе"), ("Vlada Kosova", "Влада Косова"),
        // Two sounds, not one letter.
        ("injekcija", "инјекција"), ("Injekcije", "Инјекције"), ("INJEKCIJA", "ИНЈЕКЦИЈА"),
        ("konjunkcija", "конјункција"), ("konjunkture", "конјунктуре"), ("konjugacija", "конјугација"),
        ("nadživeti", "надживети"), ("nadživeo", "надживео"), ("nadživljavati", "надживљавати"),
        ("podžupan", "поджупан"), ("Podžupana", "Поджупана"), ("odžaliti", "оджалити"),
        ("vanjezički", "ванјезички"),
        // Figures and Serbian acronyms are converted or untouched as letters and digits require.
        ("Nivo 2", "Ниво 2"), ("158.593,5 evra", "158.593,5 евра"), ("16. jun 2009.", "16. јун 2009."),
        ("NVO", "НВО"), ("OEBS-a", "ОЕБС-а"),
        // Kept: listed acronyms, foreign words, URLs, e-mail addresses.
        ("OSCE", "OSCE"), ("IOM", "IOM"), ("TVPA", "TVPA"), ("UNMIK-a", "UNMIK-а"), ("US$ 500", "US$ 500"),
        ("Wilberforce", "Wilberforce"), ("www.state.gov/g/tip", "www.state.gov/g/tip"),
        ("https://www.state.gov/j/tip/rls/tiprpt/2009/", "https://www.state.gov/j/tip/rls/tiprpt/2009/"),
        ("tip@state.gov", "tip@state.gov"), ("PristinaPA@state.gov", "PristinaPA@state.gov"),
        ("Izveštaj je na www.state.gov/g/tip.", "Извештај је на www.state.gov/g/tip."),
        ("Pišite na pa@state.gov (OSCE, IOM).", "Пишите на pa@state.gov (OSCE, IOM)."),
        ("state.gov", "state.gov"),
    ]

    @Test func theWordListIsLongEnough() {
        #expect(Self.words.count >= 40)
    }

    @Test(arguments: words.map { [$0.latin, $0.cyrillic] })
    func latinToCyrillic(_ pair: [String]) {
        let transliterator = SerbianTransliterator(keptTokens: Self.kept)
        #expect(transliterator.cyrillic(fromLatin: pair[0]) == pair[1])
    }

    @Test(arguments: words.map { [$0.latin, $0.cyrillic] })
    func cyrillicToLatin(_ pair: [String]) {
        let transliterator = SerbianTransliterator(keptTokens: Self.kept)
        #expect(transliterator.latin(fromCyrillic: pair[1]) == pair[0])
    }

    @Test func icuHasTheSerbianBGNTransform() {
        #expect(
            "Љубав, ЉУБАВ".applyingTransform(StringTransform("Serbian-Latin/BGN"), reverse: false) == "Ljubav, LJUBAV")
    }

    @Test(arguments: words.map { [$0.latin, $0.cyrillic] })
    func theOwnTableAgreesWithICU(_ pair: [String]) {
        let words = pair[1].split(whereSeparator: { !$0.isLetter }).map(String.init)
        for word in words where !word.contains(where: { $0.isASCII }) {
            #expect(
                SerbianTransliterator.latinWord(fromCyrillic: word)
                    == word.applyingTransform(
                        StringTransform("Serbian-Latin/BGN"), reverse: false))
        }
    }

    @Test func decomposedLettersAreConverted() {
        // "ž" as z + U+030C combining caron.
        #expect(SerbianTransliterator().cyrillic(fromLatin: "d\u{007A}\u{030C}ep") == "џеп")
    }

    @Test func unlistedCapitalsAreConverted() {
        #expect(SerbianTransliterator(keptTokens: ["OSCE"]).cyrillic(fromLatin: "OSCE i MOM") == "OSCE и МОМ")
    }

    @Test func whitespaceIsKept() {
        #expect(SerbianTransliterator().cyrillic(fromLatin: "a\u{00A0}b\n c") == "а\u{00A0}б\n ц")
    }
}
