import Foundation

extension ProjectFile {
    /// The file as commented YAML, every key written (defaults included) so a user sees what
    /// can be set; ``parse(_:path:)`` reads it back to an equal value.
    public var yaml: String {
        var lines = [
            "# tipl10n project: one post's TIP Report season with one rollout cable.",
            "# Every command finds this file from any subfolder. Paths are relative to this file.",
            "# Keys and values: Docs/Project.md.",
            "version: \(version)",
            "",
            "# The rollout cable, its ID (checked on every read) and the parts translated and published",
            "# (narrative, press, nonpaper).",
            "cable:",
            "  path: \(Self.scalar(cable.path))",
        ]
        if let id = cable.id { lines.append("  id: \(Self.scalar(id))") }
        lines.append("  parts: [\(cable.parts.map(\.rawValue).joined(separator: ", "))]")
        lines += [
            "",
            "# The post, its regional bureau and the bureau's Executive office (EX), which funds",
            "# translations; the time zone gives the post's calendar day and local embargo times.",
            "post:",
            "  name: \(Self.scalar(post.name))",
            "  country: \(Self.scalar(post.country))",
            "  bureau: \(post.bureau.rawValue)",
            "  executiveOffice: \(post.bureau.executiveOffice)",
            "  timeZone: \(Self.scalar(post.timeZone))",
            "",
            "# Target locales (BCP 47). A locale with `from` is made from another by script conversion",
            "# and not sent to a translator; remove `from` to have it translated separately.",
            "locales:",
        ]
        for locale in locales {
            if let from = locale.convertedFrom {
                lines += ["  - tag: \(locale.tag)", "    from: \(from)"]
            } else {
                lines.append("  - \(locale.tag)")
            }
        }
        lines += [
            "",
            "# Translation costs (Docs/Costs.md): currency (ISO 4217), rate per English source word",
            "# for each locale, the share of the rate paid for each match band (fuzzy matches from the",
            "# translation memory by how close they are), and the rate of a locale made by script",
            "# conversion (see `from` above).",
            "costs:",
            "  currency: \(costs.currency)",
            "  rates:",
        ]
        for (locale, rate) in costs.rates { lines.append("    \(locale): \(DecimalText.text(rate))") }
        lines.append("  weights:")
        for band in MatchCategory.allCases {
            lines.append("    \(band.rawValue): \(Self.weight(costs.weights[band]))")
        }
        lines += [
            "  script-conversion:",
            "    rate: \(Self.weight(costs.conversionRate))",
        ]
        if !costs.translatedSeparately.isEmpty {
            lines.append("    translated-separately: [\(costs.translatedSeparately.joined(separator: ", "))]")
        }
        lines += [
            "",
            "# Translation memory: the lowest word-level similarity, in percent, offered as a fuzzy match.",
            "memory:",
            "  fuzzyThreshold: \(fuzzyThreshold)",
            "",
            "# The translation store (SQLite), and your own SRX 2.0 segmentation rules (null: tipl10n's",
            "# English rules, segmentation/tipl10n-en.srx in tipl10n's repository).",
            "store: \(Self.scalar(store))",
            "segmentation: \(segmentation.map(Self.scalar) ?? "null")",
            "",
            "# Folders: exchange files, built pages, TMX files, and the host-government package (kept",
            "# out of the public folder). Locale profile overrides live in locales/<tag>.yaml.",
            "folders:",
            "  xliff: \(Self.scalar(folders.xliff))",
            "  publish: \(Self.scalar(folders.publish))",
            "  tmx: \(Self.scalar(folders.tmx))",
            "  hostGovernment: \(Self.scalar(folders.hostGovernment))",
            "",
            "# What `tipl10n build` writes (Docs/Publishing.md): formats html, fragment (one <article>",
            "# for the Mission's content management system), md, txt; parts added to the public pages",
            "# after the narrative (press: the press guidance); the prefix of the language links",
            "# (null: links between the files side by side, or e.g. https://xk.usembassy.gov/tip/); the",
            "# disclaimer per locale (default: the locale profile's, e.g. sq: \"Ky është përkthim jozyrtar…\").",
            "publish:",
            "  formats: [\(publish.formats.joined(separator: ", "))]",
            "  include: [\(publish.include.map(\.rawValue).joined(separator: ", "))]",
            "  linksBase: \(publish.linksBase.map(Self.scalar) ?? "null")",
        ]
        if publish.disclaimers.isEmpty {
            lines.append("  disclaimer: {}")
        } else {
            lines.append("  disclaimer:")
            for (tag, text) in publish.disclaimers.sorted(by: { $0.key < $1.key }) {
                lines.append("    \(tag): \(Self.scalar(text))")
            }
        }
        lines += [
            "",
            "# The project's glossary (TBX; tipl10n glossary import/export): its terms are layered over",
            "# the built-in ones of each locale profile (Docs/Glossary.md).",
            "glossary: \(Self.scalar(glossary))",
            "",
            "# Verification (Docs/Verification.md): the checks to run (all, or a list of check IDs),",
            "# checks left out, severities that replace a check's own (error, warning, note), and the",
            "# file of accepted findings (tipl10n verify --ignore; keep it under version control).",
            "verification:",
            "  checks: \(verification.checks.isEmpty ? "all" : "[" + verification.checks.joined(separator: ", ") + "]")",
            "  exclude: [\(verification.exclude.joined(separator: ", "))]",
        ]
        if verification.severities.isEmpty {
            lines.append("  severity: {}")
        } else {
            lines.append("  severity:")
            for (check, severity) in verification.severities { lines.append("    \(check): \(severity.rawValue)") }
        }
        lines.append("  ignore: \(Self.scalar(verification.ignoreFile))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A weight with two decimals at least: `1.00`, `0.30`, `0.125`.
    private static func weight(_ value: Decimal) -> String {
        DecimalText.text(value, minimumFractionDigits: 2)
    }

    /// `text` as a YAML scalar: plain when that reads back as the same string, double-quoted
    /// (JSON escapes, which YAML reads) otherwise.
    static func scalar(_ text: String) -> String {
        let reserved: Set<String> = ["", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"]
        let plain =
            !reserved.contains(text.lowercased()) && Double(text) == nil
            && text.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "._/+-'() ".unicodeScalars.contains(scalar)
            } && !text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.hasPrefix("-") && !text.hasPrefix("'")
        return plain ? text : doubleQuoted(text)
    }

    /// `text` double-quoted with JSON escapes, which YAML reads back as the same string
    /// (`"`, `\`, line breaks, tabs and other control characters escaped). Every scalar YAML
    /// may not hold as it is (YAML 1.2 §5.1: C0 and C1 controls, DEL, U+FFFE, U+FFFF) or reads
    /// as a line break (U+0085, U+2028, U+2029), and the byte order mark, is written `\uXXXX`.
    static func doubleQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                switch scalar.value {
                case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                    quoted += String(format: "\\u%04X", scalar.value)
                default:
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
