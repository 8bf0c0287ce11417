import Foundation
import Yams

/// Translation rates per source word and match-band weights: `locales/rates.yaml`.
///
/// Shape (YAML, `version: 1`):
///
///     version: 1
///     currency: USD          # ISO 4217, three capital letters
///     rates:                 # per English source word; up to four decimals
///       sq: 0.13
///       sr-Latn: 0.13
///       sr-Cyrl: 0.13
///     weights:               # optional; share of the rate per match band, 0…1
///       new: 1.00
///       fuzzy-95-99: 0.60
///       fuzzy-85-94: 0.70
///       fuzzy-75-84: 0.80
///       exact: 0.30
///       repetition: 0.30
///     script-conversion:     # optional; locales made by converting another's script
///       rate: 0.00           # per source word (default 0)
///       translated-separately: []   # locales priced as translations instead, e.g. [sr-Cyrl]
///
/// Locale keys are read like `--lang` (`sr` is `sr-Latn`); rates keep the file's order,
/// which is the default locale list of `cost estimate`. Missing weights are new 1, fuzzy
/// 0.60 / 0.70 / 0.80, exact 0.30, repetition 0.30. A locale made by script conversion
/// (``ScriptConversion``) needs no entry under `rates` unless it is translated separately. The
/// copy tipl10n ships is built in (`Generated/EmbeddedData+Rates.swift`); a project's file
/// replaces it.
public struct RateTable: Sendable, Equatable {
    /// Where the file lives in a project folder: `locales/rates.yaml`.
    public static let relativePath = "locales/rates.yaml"
    /// The format version this tipl10n reads.
    public static let currentVersion = 1
    /// Weights used when the file gives none.
    public static let defaultWeights = MatchWeights(
        new: 1, fuzzy95: Decimal(string: "0.6") ?? 1, fuzzy85: Decimal(string: "0.7") ?? 1,
        fuzzy75: Decimal(string: "0.8") ?? 1, exact: Decimal(string: "0.3") ?? 0,
        repetition: Decimal(string: "0.3") ?? 0)

    /// The file's `version`.
    public var version: Int
    /// ISO 4217 code of every rate: `USD`.
    public var currency: String
    /// Locale tag and rate per word, in the file's order.
    public var rates: [(locale: String, rate: Decimal)]
    /// Weights per match band.
    public var weights: MatchWeights
    /// The rate per source word of a script-conversion line (`script-conversion: rate:`, default 0).
    public var conversionRate: Decimal
    /// Locales priced as translations although they could be converted (`script-conversion:
    /// translated-separately:`), in the file's order.
    public var translatedSeparately: [String]

    /// Creates a table.
    public init(
        version: Int = currentVersion, currency: String, rates: [(locale: String, rate: Decimal)],
        weights: MatchWeights,
        conversionRate: Decimal = 0, translatedSeparately: [String] = []
    ) {
        self.version = version
        self.currency = currency
        self.rates = rates
        self.weights = weights
        self.conversionRate = conversionRate
        self.translatedSeparately = translatedSeparately
    }

    /// The locales in the file's order.
    public var locales: [String] { rates.map(\.locale) }

    /// The rate per word for `locale`, or `nil`.
    public func rate(for locale: String) -> Money? {
        rates.first { $0.locale == locale }.map { Money($0.rate, currency: currency) }
    }

    /// Equal when version, currency, rates (in order) and weights are equal.
    public static func == (left: RateTable, right: RateTable) -> Bool {
        left.version == right.version && left.currency == right.currency && left.weights == right.weights
            && left.rates.map(\.locale) == right.rates.map(\.locale)
            && left.rates.map(\.rate) == right.rates.map(\.rate) && left.conversionRate == right.conversionRate
            && left.translatedSeparately == right.translatedSeparately
    }

    /// The table shipped with tipl10n (`locales/rates.yaml` of the repository).
    /// - Throws: only if the built-in text were broken (a build defect, covered by tests).
    public static func builtIn() throws -> RateTable {
        try parse(EmbeddedData.rates, path: relativePath)
    }

    /// Reads a rates file.
    ///
    /// - Parameters:
    ///   - text: the YAML text.
    ///   - path: the file as the user named it, for messages.
    /// - Throws: ``CostError`` with the 1-based line: `locales/rates.yaml:9: error: the rate for
    ///   sq must be a decimal with at most four decimals, not 'cheap'`, `… unsupported rates
    ///   file version 2 (this tipl10n reads version 1)`, `… not YAML: …`.
    public static func parse(_ text: String, path: String) throws -> RateTable {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CostError(path: path, line: line(of: error), message: "not YAML: \(problem(of: error))")
        }
        guard let root, root.mapping != nil else {
            throw CostError(
                path: path, line: root?.mark?.line, message: "expected a mapping with version, currency and rates")
        }
        return try read(root, path: path, isFile: true)
    }

    /// Reads the rates from a YAML mapping: a rates file's root (`isFile`: with `version`), or
    /// the `costs` section of a project file (currency, rates, weights; no version).
    ///
    /// - Throws: ``CostError`` with the 1-based line and column of the offending node.
    static func read(_ root: Node, path: String, isFile: Bool) throws -> RateTable {
        let mapping = root.mapping ?? [:]
        func value(_ key: String) -> Node? { mapping[Node(key)] }
        func fail(_ node: Node?, _ message: String) -> CostError {
            let mark = node?.mark ?? root.mark
            return CostError(path: path, line: mark?.line, column: isFile ? nil : mark?.column, message: message)
        }
        let keys =
            isFile
            ? ["version", "currency", "rates", "weights", "script-conversion"]
            : ["currency", "rates", "weights", "script-conversion"]
        for (key, _) in mapping {
            let name = key.scalar?.string ?? ""
            guard keys.contains(name) else {
                throw fail(
                    key,
                    isFile
                        ? "unknown key '\(name)': a rates file has version, currency, rates, weights and script-conversion"
                        : "unknown key '\(name)' in 'costs': expected one of currency, rates, weights, script-conversion"
                )
            }
        }

        let version: Int
        if isFile {
            guard let versionNode = value("version"), let number = versionNode.scalar.flatMap({ Int($0.string) })
            else {
                throw fail(value("version"), "missing or malformed 'version' (expected version: \(currentVersion))")
            }
            guard number == currentVersion else {
                throw fail(
                    versionNode,
                    "unsupported rates file version \(number) (this tipl10n reads version \(currentVersion))")
            }
            version = number
        } else {
            version = currentVersion
        }
        guard let currencyNode = value("currency"), let currency = currencyNode.scalar?.string,
            currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase })
        else {
            throw fail(value("currency"), "'currency' must be an ISO 4217 code such as USD")
        }
        guard let ratesNode = value("rates"), let rateMapping = ratesNode.mapping, !rateMapping.isEmpty else {
            throw fail(value("rates"), "'rates' must map locale tags to rates per word, e.g. sq: 0.13")
        }
        var rates: [(locale: String, rate: Decimal)] = []
        for (key, node) in rateMapping {
            let typed = key.scalar?.string ?? ""
            let locale: String
            do {
                locale = try TargetLocale.resolve(typed).locale.tag
            } catch {
                throw fail(key, Diagnostic.from(error).message)
            }
            guard !rates.contains(where: { $0.locale == locale }) else {
                throw fail(key, "the rate for \(locale) is given twice")
            }
            let text = node.scalar?.string ?? ""
            guard let rate = DecimalText.parse(text, maximumFractionDigits: 4) else {
                throw fail(node, "the rate for \(locale) must be a decimal with at most four decimals, not '\(text)'")
            }
            rates.append((locale, rate))
        }
        var weights = defaultWeights
        if let weightsNode = value("weights") {
            guard let weightMapping = weightsNode.mapping else {
                throw fail(
                    weightsNode,
                    "'weights' must map new, fuzzy-95-99, fuzzy-85-94, fuzzy-75-84, exact and repetition to weights "
                        + "from 0 to 1")
            }
            for (key, node) in weightMapping {
                let name = key.scalar?.string ?? ""
                let pair = "\(name)=\(node.scalar?.string ?? "")"
                do {
                    weights = try weights.overridden(by: pair)
                } catch let error as CostError {
                    throw fail(node, error.message)
                }
            }
        }
        var conversionRate: Decimal = 0
        var translatedSeparately: [String] = []
        if let conversionNode = value("script-conversion") {
            guard let conversion = conversionNode.mapping else {
                throw fail(conversionNode, "'script-conversion' must map rate and translated-separately")
            }
            for (key, node) in conversion {
                switch key.scalar?.string ?? "" {
                case "rate":
                    let text = node.scalar?.string ?? ""
                    guard let rate = DecimalText.parse(text, maximumFractionDigits: 4) else {
                        throw fail(
                            node,
                            "the script conversion rate must be a decimal with at most four decimals, not '\(text)'")
                    }
                    conversionRate = rate
                case "translated-separately":
                    guard let list = node.sequence else {
                        throw fail(node, "'translated-separately' must list locales, e.g. [sr-Cyrl]")
                    }
                    for item in list {
                        let typed = item.scalar?.string ?? ""
                        do {
                            translatedSeparately.append(try TargetLocale.resolve(typed).locale.tag)
                        } catch {
                            throw fail(item, "\(error)".replacingOccurrences(of: "error: ", with: ""))
                        }
                    }
                default:
                    throw fail(
                        key,
                        "unknown key '\(key.scalar?.string ?? "")': script-conversion has rate and translated-separately"
                    )
                }
            }
        }
        return RateTable(
            version: version, currency: currency, rates: rates, weights: weights, conversionRate: conversionRate,
            translatedSeparately: translatedSeparately)
    }

    /// The 1-based line a Yams error points at, if any.
    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    /// A Yams error's problem without its snippet.
    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}
