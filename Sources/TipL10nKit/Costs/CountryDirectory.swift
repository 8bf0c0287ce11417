import Foundation

/// One country of the TIP Report: its regional bureau and its capital's time zone.
public struct CountryEntry: Sendable, Equatable {
    /// The name as the TIP Report prints it: `Kosovo`, `Cote d'Ivoire`.
    public var name: String
    /// The regional bureau the country's post reports to.
    public var bureau: RegionalBureau
    /// IANA time zone of the capital (where the embassy is): `Europe/Belgrade` for Kosovo.
    /// The post's calendar day (fiscal year, request date) is read in it.
    public var timeZoneIdentifier: String
    /// Other spellings: `Burma` / `Myanmar`, `Korea, South`, `Gambia, The`.
    public var aliases: [String]

    /// Creates an entry.
    public init(_ name: String, _ bureau: RegionalBureau, _ timeZoneIdentifier: String, aliases: [String] = []) {
        self.name = name
        self.bureau = bureau
        self.timeZoneIdentifier = timeZoneIdentifier
        self.aliases = aliases
    }
}

/// Country → regional bureau (and the capital's time zone), for the countries of the TIP
/// Report, as the State Department's bureaus divide them: Kosovo → EUR, Suriname → WHA,
/// Iceland → EUR. The table is printed in `Docs/Costs.md`; `--bureau` overrides it.
public enum CountryDirectory {
    /// The entry for `country` as a cable's narrative title prints it (`Kosovo`), matched
    /// without regard to case, accents, punctuation, `&`/`and` or a leading `The`; `nil` when
    /// the country is not in the table.
    public static func entry(for country: String) -> CountryEntry? {
        let key = normalized(country)
        return entries.first { entry in
            normalized(entry.name) == key || entry.aliases.contains { normalized($0) == key }
        }
    }

    /// `Côte d'Ivoire` → `cotedivoire`, `The Bahamas` → `bahamas`, `St. Kitts & Nevis` → `stkittsandnevis`.
    static func normalized(_ name: String) -> String {
        var text = name.folding(
            options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX")
        )
        .replacingOccurrences(of: "&", with: " and ")
        .trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("the ") { text.removeFirst(4) }
        text = text.replacingOccurrences(of: "saint ", with: "st ")
        return String(text.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Every country, by bureau then name.
    public static let entries: [CountryEntry] = [
        // AF
        CountryEntry("Angola", .af, "Africa/Luanda"),
        CountryEntry("Benin", .af, "Africa/Porto-Novo"),
        CountryEntry("Botswana", .af, "Africa/Gaborone"),
        CountryEntry("Burkina Faso", .af, "Africa/Ouagadougou"),
        CountryEntry("Burundi", .af, "Africa/Bujumbura"),
        CountryEntry("Cabo Verde", .af, "Atlantic/Cape_Verde", aliases: ["Cape Verde"]),
        CountryEntry("Cameroon", .af, "Africa/Douala"),
        CountryEntry("Central African Republic", .af, "Africa/Bangui"),
        CountryEntry("Chad", .af, "Africa/Ndjamena"),
        CountryEntry("Comoros", .af, "Indian/Comoro"),
        CountryEntry(
            "Republic of the Congo", .af, "Africa/Brazzaville",
            aliases: ["Congo", "Congo, Republic of the", "Congo (Brazzaville)"]),
        CountryEntry(
            "Democratic Republic of the Congo", .af, "Africa/Kinshasa",
            aliases: ["Congo, Democratic Republic of the", "Congo (Kinshasa)", "DRC"]),
        CountryEntry("Cote d'Ivoire", .af, "Africa/Abidjan", aliases: ["Côte d'Ivoire", "Ivory Coast"]),
        CountryEntry("Djibouti", .af, "Africa/Djibouti"),
        CountryEntry("Equatorial Guinea", .af, "Africa/Malabo"),
        CountryEntry("Eritrea", .af, "Africa/Asmara"),
        CountryEntry("Eswatini", .af, "Africa/Mbabane", aliases: ["Swaziland"]),
        CountryEntry("Ethiopia", .af, "Africa/Addis_Ababa"),
        CountryEntry("Gabon", .af, "Africa/Libreville"),
        CountryEntry("The Gambia", .af, "Africa/Banjul", aliases: ["Gambia", "Gambia, The"]),
        CountryEntry("Ghana", .af, "Africa/Accra"),
        CountryEntry("Guinea", .af, "Africa/Conakry"),
        CountryEntry("Guinea-Bissau", .af, "Africa/Bissau"),
        CountryEntry("Kenya", .af, "Africa/Nairobi"),
        CountryEntry("Lesotho", .af, "Africa/Maseru"),
        CountryEntry("Liberia", .af, "Africa/Monrovia"),
        CountryEntry("Madagascar", .af, "Indian/Antananarivo"),
        CountryEntry("Malawi", .af, "Africa/Blantyre"),
        CountryEntry("Mali", .af, "Africa/Bamako"),
        CountryEntry("Mauritania", .af, "Africa/Nouakchott"),
        CountryEntry("Mauritius", .af, "Indian/Mauritius"),
        CountryEntry("Mozambique", .af, "Africa/Maputo"),
        CountryEntry("Namibia", .af, "Africa/Windhoek"),
        CountryEntry("Niger", .af, "Africa/Niamey"),
        CountryEntry("Nigeria", .af, "Africa/Lagos"),
        CountryEntry("Rwanda", .af, "Africa/Kigali"),
        CountryEntry("Sao Tome and Principe", .af, "Africa/Sao_Tome", aliases: ["São Tomé and Príncipe"]),
        CountryEntry("Senegal", .af, "Africa/Dakar"),
        CountryEntry("Seychelles", .af, "Indian/Mahe"),
        CountryEntry("Sierra Leone", .af, "Africa/Freetown"),
        CountryEntry("Somalia", .af, "Africa/Mogadishu"),
        CountryEntry("South Africa", .af, "Africa/Johannesburg"),
        CountryEntry("South Sudan", .af, "Africa/Juba"),
        CountryEntry("Sudan", .af, "Africa/Khartoum"),
        CountryEntry("Tanzania", .af, "Africa/Dar_es_Salaam"),
        CountryEntry("Togo", .af, "Africa/Lome"),
        CountryEntry("Uganda", .af, "Africa/Kampala"),
        CountryEntry("Zambia", .af, "Africa/Lusaka"),
        CountryEntry("Zimbabwe", .af, "Africa/Harare"),
        // EAP
        CountryEntry("Australia", .eap, "Australia/Sydney"),
        CountryEntry("Brunei", .eap, "Asia/Brunei"),
        CountryEntry("Burma", .eap, "Asia/Yangon", aliases: ["Myanmar"]),
        CountryEntry("Cambodia", .eap, "Asia/Phnom_Penh"),
        CountryEntry("China", .eap, "Asia/Shanghai", aliases: ["People's Republic of China", "PRC"]),
        CountryEntry("Fiji", .eap, "Pacific/Fiji"),
        CountryEntry("Hong Kong", .eap, "Asia/Hong_Kong"),
        CountryEntry("Indonesia", .eap, "Asia/Jakarta"),
        CountryEntry("Japan", .eap, "Asia/Tokyo"),
        CountryEntry("Kiribati", .eap, "Pacific/Tarawa"),
        CountryEntry(
            "North Korea", .eap, "Asia/Pyongyang", aliases: ["Korea, North", "Democratic People's Republic of Korea"]),
        CountryEntry("South Korea", .eap, "Asia/Seoul", aliases: ["Korea, South", "Republic of Korea"]),
        CountryEntry("Laos", .eap, "Asia/Vientiane"),
        CountryEntry("Macau", .eap, "Asia/Macau"),
        CountryEntry("Malaysia", .eap, "Asia/Kuala_Lumpur"),
        CountryEntry("Marshall Islands", .eap, "Pacific/Majuro"),
        CountryEntry("Micronesia", .eap, "Pacific/Pohnpei", aliases: ["Federated States of Micronesia"]),
        CountryEntry("Mongolia", .eap, "Asia/Ulaanbaatar"),
        CountryEntry("Nauru", .eap, "Pacific/Nauru"),
        CountryEntry("New Zealand", .eap, "Pacific/Auckland"),
        CountryEntry("Palau", .eap, "Pacific/Palau"),
        CountryEntry("Papua New Guinea", .eap, "Pacific/Port_Moresby"),
        CountryEntry("Philippines", .eap, "Asia/Manila"),
        CountryEntry("Samoa", .eap, "Pacific/Apia"),
        CountryEntry("Singapore", .eap, "Asia/Singapore"),
        CountryEntry("Solomon Islands", .eap, "Pacific/Guadalcanal"),
        CountryEntry("Taiwan", .eap, "Asia/Taipei"),
        CountryEntry("Thailand", .eap, "Asia/Bangkok"),
        CountryEntry("Timor-Leste", .eap, "Asia/Dili", aliases: ["East Timor"]),
        CountryEntry("Tonga", .eap, "Pacific/Tongatapu"),
        CountryEntry("Tuvalu", .eap, "Pacific/Funafuti"),
        CountryEntry("Vanuatu", .eap, "Pacific/Efate"),
        CountryEntry("Vietnam", .eap, "Asia/Ho_Chi_Minh", aliases: ["Viet Nam"]),
        // EUR
        CountryEntry("Albania", .eur, "Europe/Tirane"),
        CountryEntry("Andorra", .eur, "Europe/Andorra"),
        CountryEntry("Armenia", .eur, "Asia/Yerevan"),
        CountryEntry("Austria", .eur, "Europe/Vienna"),
        CountryEntry("Azerbaijan", .eur, "Asia/Baku"),
        CountryEntry("Belarus", .eur, "Europe/Minsk"),
        CountryEntry("Belgium", .eur, "Europe/Brussels"),
        CountryEntry("Bosnia and Herzegovina", .eur, "Europe/Sarajevo", aliases: ["Bosnia"]),
        CountryEntry("Bulgaria", .eur, "Europe/Sofia"),
        CountryEntry("Croatia", .eur, "Europe/Zagreb"),
        CountryEntry("Cyprus", .eur, "Asia/Nicosia"),
        CountryEntry("Czech Republic", .eur, "Europe/Prague", aliases: ["Czechia"]),
        CountryEntry("Denmark", .eur, "Europe/Copenhagen"),
        CountryEntry("Estonia", .eur, "Europe/Tallinn"),
        CountryEntry("Finland", .eur, "Europe/Helsinki"),
        CountryEntry("France", .eur, "Europe/Paris"),
        CountryEntry("Georgia", .eur, "Asia/Tbilisi"),
        CountryEntry("Germany", .eur, "Europe/Berlin"),
        CountryEntry("Greece", .eur, "Europe/Athens"),
        CountryEntry("Holy See", .eur, "Europe/Vatican"),
        CountryEntry("Hungary", .eur, "Europe/Budapest"),
        CountryEntry("Iceland", .eur, "Atlantic/Reykjavik"),
        CountryEntry("Ireland", .eur, "Europe/Dublin"),
        CountryEntry("Italy", .eur, "Europe/Rome"),
        CountryEntry("Kosovo", .eur, "Europe/Belgrade"),
        CountryEntry("Latvia", .eur, "Europe/Riga"),
        CountryEntry("Liechtenstein", .eur, "Europe/Vaduz"),
        CountryEntry("Lithuania", .eur, "Europe/Vilnius"),
        CountryEntry("Luxembourg", .eur, "Europe/Luxembourg"),
        CountryEntry("North Macedonia", .eur, "Europe/Skopje", aliases: ["Macedonia"]),
        CountryEntry("Malta", .eur, "Europe/Malta"),
        CountryEntry("Moldova", .eur, "Europe/Chisinau"),
        CountryEntry("Monaco", .eur, "Europe/Monaco"),
        CountryEntry("Montenegro", .eur, "Europe/Podgorica"),
        CountryEntry("Netherlands", .eur, "Europe/Amsterdam", aliases: ["The Netherlands"]),
        CountryEntry("Norway", .eur, "Europe/Oslo"),
        CountryEntry("Poland", .eur, "Europe/Warsaw"),
        CountryEntry("Portugal", .eur, "Europe/Lisbon"),
        CountryEntry("Romania", .eur, "Europe/Bucharest"),
        CountryEntry("Russia", .eur, "Europe/Moscow", aliases: ["Russian Federation"]),
        CountryEntry("San Marino", .eur, "Europe/San_Marino"),
        CountryEntry("Serbia", .eur, "Europe/Belgrade"),
        CountryEntry("Slovakia", .eur, "Europe/Bratislava", aliases: ["Slovak Republic"]),
        CountryEntry("Slovenia", .eur, "Europe/Ljubljana"),
        CountryEntry("Spain", .eur, "Europe/Madrid"),
        CountryEntry("Sweden", .eur, "Europe/Stockholm"),
        CountryEntry("Switzerland", .eur, "Europe/Zurich"),
        CountryEntry("Turkey", .eur, "Europe/Istanbul", aliases: ["Türkiye"]),
        CountryEntry("Ukraine", .eur, "Europe/Kiev"),
        CountryEntry("United Kingdom", .eur, "Europe/London"),
        // NEA
        CountryEntry("Algeria", .nea, "Africa/Algiers"),
        CountryEntry("Bahrain", .nea, "Asia/Bahrain"),
        CountryEntry("Egypt", .nea, "Africa/Cairo"),
        CountryEntry("Iran", .nea, "Asia/Tehran"),
        CountryEntry("Iraq", .nea, "Asia/Baghdad"),
        CountryEntry("Israel", .nea, "Asia/Jerusalem"),
        CountryEntry("Jordan", .nea, "Asia/Amman"),
        CountryEntry("Kuwait", .nea, "Asia/Kuwait"),
        CountryEntry("Lebanon", .nea, "Asia/Beirut"),
        CountryEntry("Libya", .nea, "Africa/Tripoli"),
        CountryEntry("Morocco", .nea, "Africa/Casablanca"),
        CountryEntry("Oman", .nea, "Asia/Muscat"),
        CountryEntry("Qatar", .nea, "Asia/Qatar"),
        CountryEntry("Saudi Arabia", .nea, "Asia/Riyadh"),
        CountryEntry("Syria", .nea, "Asia/Damascus"),
        CountryEntry("Tunisia", .nea, "Africa/Tunis"),
        CountryEntry("United Arab Emirates", .nea, "Asia/Dubai", aliases: ["UAE"]),
        CountryEntry("Yemen", .nea, "Asia/Aden"),
        // SCA
        CountryEntry("Afghanistan", .sca, "Asia/Kabul"),
        CountryEntry("Bangladesh", .sca, "Asia/Dhaka"),
        CountryEntry("Bhutan", .sca, "Asia/Thimphu"),
        CountryEntry("India", .sca, "Asia/Kolkata"),
        CountryEntry("Kazakhstan", .sca, "Asia/Almaty"),
        CountryEntry("Kyrgyzstan", .sca, "Asia/Bishkek", aliases: ["Kyrgyz Republic"]),
        CountryEntry("Maldives", .sca, "Indian/Maldives"),
        CountryEntry("Nepal", .sca, "Asia/Kathmandu"),
        CountryEntry("Pakistan", .sca, "Asia/Karachi"),
        CountryEntry("Sri Lanka", .sca, "Asia/Colombo"),
        CountryEntry("Tajikistan", .sca, "Asia/Dushanbe"),
        CountryEntry("Turkmenistan", .sca, "Asia/Ashgabat"),
        CountryEntry("Uzbekistan", .sca, "Asia/Tashkent"),
        // WHA
        CountryEntry("Antigua and Barbuda", .wha, "America/Antigua"),
        CountryEntry("Argentina", .wha, "America/Argentina/Buenos_Aires"),
        CountryEntry("Aruba", .wha, "America/Aruba"),
        CountryEntry("The Bahamas", .wha, "America/Nassau", aliases: ["Bahamas", "Bahamas, The"]),
        CountryEntry("Barbados", .wha, "America/Barbados"),
        CountryEntry("Belize", .wha, "America/Belize"),
        CountryEntry("Bolivia", .wha, "America/La_Paz"),
        CountryEntry("Brazil", .wha, "America/Sao_Paulo"),
        CountryEntry("Canada", .wha, "America/Toronto"),
        CountryEntry("Chile", .wha, "America/Santiago"),
        CountryEntry("Colombia", .wha, "America/Bogota"),
        CountryEntry("Costa Rica", .wha, "America/Costa_Rica"),
        CountryEntry("Cuba", .wha, "America/Havana"),
        CountryEntry("Curacao", .wha, "America/Curacao", aliases: ["Curaçao", "Netherlands Antilles"]),
        CountryEntry("Dominica", .wha, "America/Dominica"),
        CountryEntry("Dominican Republic", .wha, "America/Santo_Domingo"),
        CountryEntry("Ecuador", .wha, "America/Guayaquil"),
        CountryEntry("El Salvador", .wha, "America/El_Salvador"),
        CountryEntry("Grenada", .wha, "America/Grenada"),
        CountryEntry("Guatemala", .wha, "America/Guatemala"),
        CountryEntry("Guyana", .wha, "America/Guyana"),
        CountryEntry("Haiti", .wha, "America/Port-au-Prince"),
        CountryEntry("Honduras", .wha, "America/Tegucigalpa"),
        CountryEntry("Jamaica", .wha, "America/Jamaica"),
        CountryEntry("Mexico", .wha, "America/Mexico_City"),
        CountryEntry("Nicaragua", .wha, "America/Managua"),
        CountryEntry("Panama", .wha, "America/Panama"),
        CountryEntry("Paraguay", .wha, "America/Asuncion"),
        CountryEntry("Peru", .wha, "America/Lima"),
        CountryEntry("Sint Maarten", .wha, "America/Lower_Princes"),
        CountryEntry("St. Kitts and Nevis", .wha, "America/St_Kitts", aliases: ["Saint Kitts and Nevis"]),
        CountryEntry("St. Lucia", .wha, "America/St_Lucia", aliases: ["Saint Lucia"]),
        CountryEntry(
            "St. Vincent and the Grenadines", .wha, "America/St_Vincent", aliases: ["Saint Vincent and the Grenadines"]),
        CountryEntry("Suriname", .wha, "America/Paramaribo"),
        CountryEntry("Trinidad and Tobago", .wha, "America/Port_of_Spain"),
        CountryEntry("Uruguay", .wha, "America/Montevideo"),
        CountryEntry("Venezuela", .wha, "America/Caracas"),
    ]
}
