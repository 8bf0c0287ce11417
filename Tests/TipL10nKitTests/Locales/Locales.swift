import Testing

/// Tests of `Sources/TipL10nKit/Locales/`: locale profiles (`swift test --filter Locales`).
@Suite enum Locales {}
