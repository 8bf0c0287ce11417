/// The version of tipl10n: the one place it is written.
///
/// Shape: Semantic Versioning 2.0.0, `MAJOR.MINOR.PATCH` (e.g. `0.1.0`). It is what
/// `tipl10n --version` prints, the `tool-version` of the `<tool>` in every exported XLIFF 1.2
/// header, the `creationtoolversion` of a TMX header, and part of the store's
/// `meta.created_by` (`tipl10n 0.1.0`). Raise it when a release changes what users see.
public enum TipL10nVersion {
    /// The version of this build, `MAJOR.MINOR.PATCH`.
    public static let current = "0.1.0"
}
