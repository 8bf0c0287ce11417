// The rates file tipl10n ships: a copy of locales/rates.yaml, byte for byte (a test checks it).
// Edit both together.

// swift-format-ignore-file

extension RateTable {
    /// `locales/rates.yaml` as shipped: the post's contract rates, USD 0.13 per word for
    /// `sq`, `sr-Latn` and `sr-Cyrl`; weights new 1.00, exact 0.30, repetition 0.30.
    public static let builtInText = #"""
# Translation rates for `tipl10n cost` (see Docs/Costs.md).
#
# These are the post's contract rates: US dollars per English source word, counted by
# tipl10n's word count rule (Docs/WordCount.md). Override them for one estimate or request
# with --rate (--rate 0.15 for every locale, --rate sq=0.12,sr-Latn=0.14 per locale), and
# the match-band weights with --weights (--weights exact=0.5).
version: 1
currency: USD
rates:
  sq: 0.13
  sr-Latn: 0.13
  sr-Cyrl: 0.13
# Share of the rate paid per match band: new words in full; exact matches from the
# translation store and repetitions within the job at 30%, the usual vendor grid.
weights:
  new: 1.00
  exact: 0.30
  repetition: 0.30

"""#
}
