import Foundation

/// One source–target pair of the translation memory: a translation the store holds, made
/// against the source text it carries.
///
/// Built by ``TranslationStore/memoryEntries(locale:)`` from the `translation` table joined
/// with `source_unit` (only translations that are not stale, so the source text is the one
/// they were made against).
public struct MemoryEntry: Sendable, Equatable {
    /// The English source text, as registered (no inline codes).
    public var sourceText: String
    /// `sha256:` + the SHA-256 of ``sourceText`` (``TranslationUnit/hash(of:)``).
    public var sourceHash: String
    /// BCP 47 tag of the target: `sq`, `sr-Latn`, …
    public var locale: String
    /// The target text with its inline codes.
    public var target: InlineContent
    /// The workflow state of the stored translation.
    public var state: TranslationState
    /// Where the pair comes from, written as `origin` of a match: `<cable ID>/<unit ID>`,
    /// e.g. `09STATE61188/narrative.intro.p1.s4`.
    public var origin: String
    /// When the translation was last written.
    public var updatedAt: Date
    /// The post whose translation or import it is, in a store shared by several posts
    /// (`PRISTINA`); empty in a SQLite file (one post's store).
    public var post: String

    /// Creates an entry.
    public init(
        sourceText: String, sourceHash: String, locale: String, target: InlineContent, state: TranslationState,
        origin: String, updatedAt: Date, post: String = ""
    ) {
        self.sourceText = sourceText
        self.sourceHash = sourceHash
        self.locale = locale
        self.target = target
        self.state = state
        self.origin = origin
        self.updatedAt = updatedAt
        self.post = post
    }
}

extension MemoryEntry {
    /// The origin as a translator reads it: `09STATE61188/narrative.intro.p1.s4`, with the
    /// post in a shared store: `09STATE61188/narrative.intro.p1.s4, PRISTINA`.
    public var originDescription: String { post.isEmpty ? origin : "\(origin), \(post)" }
}
