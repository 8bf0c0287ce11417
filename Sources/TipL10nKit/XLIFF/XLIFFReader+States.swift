import Foundation

extension XLIFFReader {
    /// Maps an XLIFF 1.2 `state` value (table in ``TranslationState``); `nil` for values the
    /// standard does not define (`x-…`).
    public static func state(xliff12 value: String) -> TranslationState? {
        switch value {
        case "new", "needs-translation", "needs-adaptation", "needs-l10n": .new
        case "translated", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n": .translated
        case "signed-off": .reviewed
        case "final": .final
        default: nil
        }
    }

    /// Maps an XLIFF 2.x `state` value: `initial` → new, `translated`, `reviewed`, `final`;
    /// `nil` otherwise.
    public static func state(xliff2 value: String) -> TranslationState? {
        switch value {
        case "initial": .new
        case "translated": .translated
        case "reviewed": .reviewed
        case "final": .final
        default: nil
        }
    }

    /// Maps a Trados Studio SDLXLIFF confirmation level (`<sdl:seg conf="…">`):
    /// `Draft` → new, `Translated` → translated, `ApprovedTranslation` → reviewed,
    /// `ApprovedSignOff` → final, `RejectedTranslation` / `RejectedSignOff` → new; `nil` otherwise
    /// (a segment with no `conf` is "Not Translated" in Studio and carries no state).
    public static func state(tradosConfirmation value: String) -> TranslationState? {
        switch value {
        case "Draft", "RejectedTranslation", "RejectedSignOff": .new
        case "Translated": .translated
        case "ApprovedTranslation": .reviewed
        case "ApprovedSignOff": .final
        default: nil
        }
    }

    /// Maps a memoQ segment status (`mq:status` on `<trans-unit>`): `NotStarted`, `Draft`,
    /// `PartiallyEdited`, `Pretranslated`, `MachineTranslated`, `Rejected` → new;
    /// `ManuallyConfirmed`, `Confirmed` → translated; `Proofread`, `Reviewer1Confirmed` →
    /// reviewed; `Reviewer2Confirmed` → final; `nil` otherwise.
    public static func state(memoQStatus value: String) -> TranslationState? {
        switch value {
        case "NotStarted", "Draft", "PartiallyEdited", "Pretranslated", "MachineTranslated", "Rejected": .new
        case "ManuallyConfirmed", "Confirmed": .translated
        case "Proofread", "Reviewer1Confirmed": .reviewed
        case "Reviewer2Confirmed": .final
        default: nil
        }
    }

    /// The state of one 1.x unit: the standard `state` when it is one XLIFF defines, else the
    /// tool marker; then at least reviewed when `approved="yes"`.
    static func resolvedState1(
        standard: String?, tradosConfirmation: String?, memoQStatus: String?, isApproved: Bool
    ) -> TranslationState? {
        var result = standard.flatMap { state(xliff12: $0) }
        if result == nil, let tradosConfirmation { result = state(tradosConfirmation: tradosConfirmation) }
        if result == nil, let memoQStatus { result = state(memoQStatus: memoQStatus) }
        if isApproved { result = max(result ?? .reviewed, .reviewed) }
        return result
    }
}
