import Foundation

/// The stylesheet embedded in every HTML page `build` writes (the fragment carries none).
///
/// A readable measure (paragraphs at most 68 characters wide), responsive from a 320 px phone
/// up (fluid padding and title size, long words broken rather than overflowing), visible
/// keyboard focus, contrast of at least 4.5:1 for text, and a print stylesheet (no link pills,
/// no shadows, headings kept with what follows, highlights printed). Written as the text of a
/// `<style>` element, where HTML reads no character references, so it holds none of `<`, `>`,
/// `&` or `"` (libxml2's writer escapes them): strings are in single quotes. Class names: `Docs/Publishing.md`.
public enum PageStylesheet {
    /// The stylesheet.
    public static let css = """

        :root { color-scheme: light; --ink: #1b1f24; --muted: #4a535e; --navy: #0b2545; --red: #a3182b;
          --rule: #d5dae1; --wash: #f2f4f7; --paper: #fff; --alert: #8c1d18; --mark: #ffe08a;
          --sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif;
          --serif: Georgia, 'Noto Serif', 'DejaVu Serif', 'Times New Roman', serif; }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: var(--wash); color: var(--ink); font: 1.0625rem/1.65 var(--serif); }
        .tipl10n-main { max-width: 52rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
        .tipl10n-report { background: var(--paper); padding: 2rem clamp(1.25rem, 5vw, 3.5rem) 2.5rem;
          border-top: 0.375rem solid var(--navy); box-shadow: 0 1px 3px rgba(11, 37, 69, 0.15);
          overflow-wrap: break-word; }
        .tipl10n-report p, .tipl10n-report li, .tipl10n-report dt, .tipl10n-report dd { max-width: 68ch; }
        .tipl10n-header { border-bottom: 1px solid var(--rule); padding-bottom: 1.5rem; margin-bottom: 1.75rem; }
        .tipl10n-languages { display: flex; flex-wrap: wrap; align-items: center; gap: 0.375rem 0.75rem;
          margin: 0 0 1.75rem; font: 0.875rem/1.4 var(--sans); color: var(--muted); }
        .tipl10n-languages-label { font-weight: 600; }
        .tipl10n-languages ul { display: flex; flex-wrap: wrap; gap: 0.375rem; margin: 0; padding: 0; list-style: none; }
        .tipl10n-languages li { margin: 0; }
        .tipl10n-languages a, .tipl10n-current-language { display: inline-block; padding: 0.1875rem 0.75rem;
          border: 1px solid var(--rule); border-radius: 1rem; color: var(--navy); text-decoration: none; }
        .tipl10n-languages a:hover { border-color: var(--navy); text-decoration: underline; }
        .tipl10n-current-language { background: var(--navy); border-color: var(--navy); color: #fff; font-weight: 600; }
        .tipl10n-original { color: var(--muted); }
        .tipl10n-report a:focus-visible { outline: 3px solid #1d5fd1; outline-offset: 2px; }
        .tipl10n-title { margin: 0 0 1.25rem; font: 700 clamp(1.75rem, 1.25rem + 2.2vw, 2.5rem)/1.15 var(--sans);
          color: var(--navy); letter-spacing: -0.01em; }
        .tipl10n-report-name { display: block; margin-bottom: 0.625rem; font-size: 0.8125rem; line-height: 1.4;
          letter-spacing: 0.08em; text-transform: uppercase; color: var(--red); }
        .tipl10n-title-separator { position: absolute; width: 1px; height: 1px; overflow: hidden;
          clip-path: inset(50%); white-space: nowrap; }
        .tipl10n-disclaimer { margin: 0; padding: 0.75rem 1rem; border-inline-start: 0.25rem solid var(--navy);
          background: var(--wash); color: var(--muted); font: italic 0.9375rem/1.5 var(--serif); }
        .tipl10n-report h2 { margin: 2.25rem 0 0.875rem; padding-bottom: 0.375rem; border-bottom: 1px solid var(--rule);
          font: 700 1.375rem/1.3 var(--sans); color: var(--navy); }
        .tipl10n-report p { margin: 0 0 1.125rem; }
        .tipl10n-section-recommendations p { padding: 0.875rem 1.125rem; border-inline-start: 0.25rem solid var(--red);
          background: #faf7f2; }
        .tipl10n-qa { margin: 0; }
        .tipl10n-qa-pair { margin: 0 0 1.5rem; }
        .tipl10n-question { font-weight: 700; }
        .tipl10n-answer { margin: 0.375rem 0 0; }
        .tipl10n-label { font-family: var(--sans); color: var(--navy); }
        .tipl10n-non-paper ul { margin: 0; padding-inline-start: 1.25rem; }
        .tipl10n-non-paper li { margin: 0 0 1rem; }
        .tipl10n-banner { margin: 0 0 1.5rem; padding: 0.75rem 1rem; border-radius: 0.25rem;
          font: 0.9375rem/1.45 var(--sans); }
        .tipl10n-draft-banner { position: sticky; top: 0; z-index: 2; background: var(--alert); color: #fff;
          box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2); }
        .tipl10n-embargo-banner { border: 1px solid #c99a2e; background: #fff4d6; color: #4d3200; }
        .tipl10n-embargo-english { display: block; font-size: 0.875rem; }
        .tipl10n-findings { margin: 0 0 2rem; padding: 1rem 1.25rem; border: 1px solid #e3b1ac; border-radius: 0.25rem;
          background: #fdf2f1; font: 0.9375rem/1.5 var(--sans); }
        .tipl10n-report .tipl10n-findings h2 { margin: 0 0 0.5rem; padding: 0; border: 0; font-size: 1.0625rem;
          color: var(--alert); }
        .tipl10n-findings ol { margin: 0; padding-inline-start: 1.5rem; }
        .tipl10n-findings li { margin: 0.25rem 0; max-width: none; }
        .tipl10n-findings a { color: var(--alert); }
        .tipl10n-findings code { font-size: 0.875em; }
        mark.tipl10n-finding { unicode-bidi: isolate; padding: 0 0.125em; border-radius: 2px; background: var(--mark); color: inherit;
          outline: 2px solid #c98a00; outline-offset: 1px; -webkit-box-decoration-break: clone;
          box-decoration-break: clone; scroll-margin-top: 5rem; }
        mark.tipl10n-untranslated { background: #ffd9d4; outline-color: #c0392b; }
        .tipl10n-finding-note { font: 600 0.8125rem/1.4 var(--sans); color: var(--alert); }
        .tipl10n-watermark { display: none; }
        @media (max-width: 40rem) {
          body { font-size: 1rem; }
          .tipl10n-main { padding: 0 0 2rem; }
          .tipl10n-report { border-top-width: 0.25rem; box-shadow: none; }
          .tipl10n-report h2 { font-size: 1.25rem; }
        }
        @media print {
          @page { margin: 20mm 18mm; }
          body { background: #fff; color: #000; font-size: 10.5pt; line-height: 1.5; }
          .tipl10n-main { max-width: none; padding: 0; }
          .tipl10n-report { padding: 0; border: 0; box-shadow: none; background: transparent; }
          .tipl10n-report p, .tipl10n-report li, .tipl10n-report dt, .tipl10n-report dd { max-width: none;
            orphans: 3; widows: 3; }
          .tipl10n-languages { display: none; }
          .tipl10n-report h2 { break-after: avoid; }
          .tipl10n-qa-pair { break-inside: avoid; }
          .tipl10n-banner { position: static; border: 2pt solid #000; background: #fff; color: #000; box-shadow: none; }
          .tipl10n-disclaimer, .tipl10n-section-recommendations p { background: transparent; }
          mark.tipl10n-finding, .tipl10n-findings { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .tipl10n-watermark { display: block; position: fixed; top: 42%; left: 0; right: 0; z-index: -1;
            text-align: center; font: 700 84pt/1 var(--sans); color: rgba(0, 0, 0, 0.07); transform: rotate(-30deg); }
        }

        """

    /// A print rule putting `text` at the top of every printed page (a CSS page-margin box),
    /// for the draft banner and the embargo line. Every character but ASCII letters, digits and
    /// spaces is written as a CSS escape, so no text can end the string or the stylesheet.
    public static func printRunningHead(_ text: String) -> String {
        "\n@media print { @page { @top-center { content: '\(cssEscaped(text))'; "
            + "font: 700 9pt/1.2 system-ui, 'DejaVu Sans', sans-serif; color: #000; } } }\n"
    }

    /// `text` for a CSS string: ASCII letters, digits and spaces as they are, every other
    /// character as `\HEX ` (CSS Syntax §4.3.7).
    static func cssEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " ") {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return result
    }
}
