import Testing

/// Tests of `Sources/TipL10nKit/Numbers/`: figure extraction and comparison
/// (`swift test --filter Numbers`).
@Suite enum Numbers {}
