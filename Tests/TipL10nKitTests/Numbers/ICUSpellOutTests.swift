import Foundation
import Testing

@testable import TipL10nKit

/// ICU's spell-out parser behind its cache: the same values from the cache as from ICU, in any
/// case, and after the cache has been emptied for reaching its limit.
@Suite struct ICUSpellOutTests {
    @Test func cachedValuesAreICUsAndSurviveTheCacheBeingEmptied() {
        #expect(ICUSpellOut.value(of: "njëzet e katër", icuLocale: "sq") == 24)
        #expect(ICUSpellOut.value(of: "njëzet e katër", icuLocale: "sq") == 24)
        #expect(ICUSpellOut.value(of: "NJËZET E KATËR", icuLocale: "sq") == 24)
        #expect(ICUSpellOut.value(of: "njëqind e pesëdhjetë", icuLocale: "sq") == 150)
        // The same words in another locale are another key.
        #expect(ICUSpellOut.value(of: "njëzet e katër", icuLocale: "en") == nil)
        #expect(ICUSpellOut.value(of: "twenty-four", icuLocale: "en") == 24)
        // More keys than the cache holds: it is emptied once on the way, and answers the same.
        var read = 0
        for value in 1...1_100 {
            for locale in ["sq", "en", "es", "fr"] {
                guard let words = ICUSpellOut.words(for: value, icuLocale: locale) else { continue }
                if ICUSpellOut.value(of: words, icuLocale: locale) == value { read += 1 }
            }
        }
        #expect(read == 4_400)
        #expect(ICUSpellOut.value(of: "njëzet e katër", icuLocale: "sq") == 24)
    }
}
