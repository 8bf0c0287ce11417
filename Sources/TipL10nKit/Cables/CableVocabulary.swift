import Foundation

/// The words a cable uses, counted, and the closed classes of English: what the reader knows
/// about English when it decides whether a line-end hyphen belongs to a word and whether a
/// long token is two words run together.
///
/// The cable is its own dictionary: a TIP Report cable prints its vocabulary (`trafficking`,
/// `however`, `anti-trafficking`) many times, so a damaged spelling is checked against the
/// spellings of the same cable. The only list compiled in is the **closed classes** of English
/// grammar: articles, pronouns, prepositions, conjunctions, auxiliary and modal verbs, negation
/// and sentence adverbs, and their fixed compounds (`into`, `within`, `whereas`, `cannot`).
/// These classes are finite and any grammar of English lists them; they are what a lost space
/// or lost punctuation most often runs into the word before (`additionto`,
/// `traffickinghowever`). See `Docs/Cables.md` ("Words run together").
struct CableVocabulary: Sendable {
    /// Lower-cased words (letters only, hyphenated compounds split into their parts too) and how
    /// often each is printed.
    private(set) var counts: [String: Int] = [:]
    /// Lower-cased hyphenated compounds printed on one line (`anti-trafficking`) and how often.
    private(set) var compounds: [String: Int] = [:]

    /// Counts the words of `lines`. A word broken by a hyphen at a line end is counted as its two
    /// parts, never as a compound: only compounds printed whole on one line count.
    init(lines: [String]) {
        for line in lines {
            for token in CableText.words(line) {
                if token.utf8.allSatisfy({ $0 < 0x80 }) {
                    addASCII(token)
                    continue
                }
                let word = Self.core(token)
                guard !word.isEmpty else { continue }
                let lower = word.lowercased()
                if lower.contains("-") {
                    let parts = lower.split(separator: "-").filter { !$0.isEmpty }
                    if parts.count >= 2, parts.allSatisfy({ $0.allSatisfy(\.isLetter) }) {
                        compounds[lower, default: 0] += 1
                    }
                    for part in parts where part.allSatisfy(\.isLetter) { counts[String(part), default: 0] += 1 }
                } else if lower.allSatisfy(\.isLetter) {
                    counts[lower, default: 0] += 1
                }
            }
        }
    }

    /// What `init(lines:)` does with a token, by byte for an ASCII token: its ``core(_:)``, lower
    /// case, counted as a word, or as a compound of words and each of its words.
    private mutating func addASCII(_ token: String) {
        var bytes = Array(token.utf8)[...]
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            VerificationText.isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        while let first = bytes.first, !isAlphanumeric(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, !isAlphanumeric(last) { bytes = bytes.dropLast() }
        if bytes.count >= 2, bytes[bytes.endIndex - 2] == UInt8(ascii: "'"), bytes.last == UInt8(ascii: "s") {
            bytes = bytes.dropLast(2)
        }
        guard !bytes.isEmpty else { return }
        let lower = bytes.map(VerificationText.asciiLowercased)
        if lower.contains(UInt8(ascii: "-")) {
            let parts = lower.split(separator: UInt8(ascii: "-"))
            let wordParts = parts.filter { $0.allSatisfy(VerificationText.isASCIILetter) }
            if parts.count >= 2, wordParts.count == parts.count {
                compounds[String(decoding: lower, as: UTF8.self), default: 0] += 1
            }
            for part in wordParts { counts[String(decoding: part, as: UTF8.self), default: 0] += 1 }
        } else if lower.allSatisfy(VerificationText.isASCIILetter) {
            counts[String(decoding: lower, as: UTF8.self), default: 0] += 1
        }
    }

    /// How often the cable prints `word` (case-insensitive), as a word or as part of a compound.
    func count(_ word: String) -> Int { counts[word.lowercased()] ?? 0 }

    /// How often the cable prints the compound `word` (`anti-trafficking`) on one line.
    func compoundCount(_ word: String) -> Int { compounds[word.lowercased()] ?? 0 }

    /// Whether `word` is an English word as far as the reader can tell: printed elsewhere in the
    /// cable (more than `besides` times) or a closed-class word.
    func isWord(_ word: String, besides: Int = 0) -> Bool {
        let lower = word.lowercased()
        return Self.closedClass.contains(lower) || count(lower) > besides
    }

    /// The token without surrounding punctuation and quotes (`"trafficking,` → `trafficking`).
    static func core(_ token: String) -> String {
        var text = Substring(token)
        while let first = text.first, !first.isLetter && !first.isNumber { text = text.dropFirst() }
        while let last = text.last, !last.isLetter && !last.isNumber { text = text.dropLast() }
        // `Kosovo's`, `posts'` count as `kosovo`, `posts`.
        if text.hasSuffix("'s") || text.hasSuffix("’s") { text = text.dropLast(2) }
        return String(text)
    }

    /// The closed classes of English: articles and determiners, pronouns, prepositions,
    /// conjunctions, auxiliary and modal verbs, negation, sentence adverbs, and their fixed
    /// compounds.
    static let closedClass: Set<String> = [
        // articles, determiners, quantifiers
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "either",
        "neither", "both", "all", "many", "much", "more", "most", "few", "fewer", "less", "least", "several",
        "such", "other", "another", "own", "same",
        // pronouns
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
        "her", "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "which", "what",
        "myself", "ourselves", "yourself", "yourselves", "himself", "herself", "itself", "themselves", "one",
        "anyone", "anything", "anybody", "everyone", "everything", "everybody", "someone", "something",
        "somebody", "nobody", "nothing", "none", "whoever", "whatever", "whichever",
        // prepositions
        "about", "above", "across", "after", "against", "along", "amid", "among", "amongst", "around", "as",
        "at", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by",
        "concerning", "despite", "down", "during", "except", "for", "from", "in", "inside", "into", "like",
        "near", "of", "off", "on", "onto", "opposite", "out", "outside", "over", "past", "per", "regarding",
        "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under", "underneath",
        "unlike", "until", "up", "upon", "via", "with", "within", "without",
        // conjunctions
        "and", "or", "nor", "so", "yet", "because", "although", "though", "while", "whilst", "whereas", "if",
        "unless", "whether", "when", "whenever", "where", "wherever", "whereby", "once", "lest",
        // auxiliary and modal verbs
        "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having", "do", "does",
        "did", "done", "will", "would", "shall", "should", "can", "could", "cannot", "may", "might", "must",
        "ought",
        // negation and sentence adverbs
        "not", "also", "however", "therefore", "thus", "hence", "moreover", "furthermore", "nevertheless",
        "nonetheless", "meanwhile", "otherwise", "instead", "indeed", "still", "then", "there", "here",
        "thereby", "therein", "thereof", "thereafter", "hereby", "herein", "hereafter", "whereof", "wherein",
        "accordingly", "consequently", "additionally", "finally", "again", "already", "always", "never",
        "often", "only", "even", "just", "too", "very", "including", "especially", "particularly", "namely",
        "notably", "rather", "somewhat", "somehow", "sometimes", "somewhere", "anywhere", "everywhere",
        "nowhere", "altogether", "together", "ever", "now",
    ]

    /// Closed-class words that a lost space or lost punctuation runs into the word before:
    /// `additionto`, `traffickinghowever`, `victimsand`. Endings that are common in ordinary
    /// words (`or` in `visitor`, `at` in `format`, `an` in `human`, `by` in `standby`, `all` in
    /// `shortfall`, `is`, `as`) are left out, so that such words are never flagged.
    static let runTogetherEndings: Set<String> = [
        "and", "the", "of", "to", "in", "on", "for", "with", "from", "that", "which", "who", "whom", "whose",
        "while", "however", "although", "though", "therefore", "thus", "moreover", "furthermore",
        "nevertheless", "including", "especially", "particularly", "also", "but", "not", "nor", "was", "were",
        "are", "has", "had", "have", "will", "would", "should", "could", "can", "must", "this", "these",
        "those", "their", "there", "its", "it", "into", "through", "during", "against", "between", "among",
        "without", "within", "such", "other", "both", "each",
    ]

    /// Sentence adverbs that join two clauses: a lost `;` before them is the likely reading
    /// (`traffickinghowever,` → `trafficking; however,`).
    static let conjunctiveAdverbs: Set<String> = [
        "however", "therefore", "thus", "moreover", "furthermore", "nevertheless", "nonetheless", "consequently",
        "meanwhile", "otherwise", "instead",
    ]

    /// Prefixes that keep their hyphen before another word (`anti-trafficking`,
    /// `non-governmental`, `co-operation`, `self-reliance`, `well-paying`, `so-called`); used only
    /// when the cable prints neither the compound nor the joined word elsewhere.
    static let hyphenatedPrefixes: Set<String> = [
        "anti", "non", "pre", "post", "co", "ex", "self", "cross", "counter", "multi", "inter", "intra", "semi",
        "quasi", "pro", "mid", "pan", "neo", "ultra", "socio", "macro", "micro", "well", "so", "long", "short",
        "high", "low", "full", "half", "part", "all", "first", "second", "third",
    ]
}
