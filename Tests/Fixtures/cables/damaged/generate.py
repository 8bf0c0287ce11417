#!/usr/bin/env python3
"""Writes the damaged variants of the real 2009 rollout cables used by
Tests/TipL10nKitTests/Cables/DamagedCableTests.swift.

Each variant applies one kind of damage that renderers (web pages, archives, OCR, word
processors, old encodings) do to a cable, to a real cable in cables/, so that the reader is
tested on the structure that remains, not on the clean text. Run from anywhere:

    python3 Tests/Fixtures/cables/damaged/generate.py

The files are committed; the tests read them, not this script. Docs/Cables.md ("Damaged
cables") lists each variant and the damage it carries.
"""

import os
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))


def read(name):
    with open(os.path.join(ROOT, "cables", name), encoding="utf-8") as f:
        return f.read()


def write(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def html_pre_text(page):
    """The telegram text of the HTML page: its <pre> blocks, tags removed, references decoded."""
    import html
    blocks = re.findall(r"<pre>(.*?)</pre>", page, re.S)
    text = "\n".join(blocks)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text)


KOSOVO = read("09STATE61188.txt")
SURINAME = read("09STATE60550.txt")
ICELAND_PAGE = read("09STATE60608.html")
ICELAND = html_pre_text(ICELAND_PAGE)

MARK = re.compile(r"^(\s*¶?)(\d{1,2})\.( +|$)")


def paragraph_marks(text):
    """Line indices of the real paragraph marks 1..12 (in order, the next expected number)."""
    lines = text.split("\n")
    found = {}
    expected = 1
    for index, line in enumerate(lines):
        m = MARK.match(line)
        if m and int(m.group(2)) == expected:
            found[expected] = index
            expected += 1
    return lines, found


def edit_marks(text, edit):
    """Applies edit(number, line) -> new line (or list of lines) to each real paragraph mark."""
    lines, found = paragraph_marks(text)
    out = []
    for index, line in enumerate(lines):
        numbers = [n for n, i in found.items() if i == index]
        if numbers:
            new = edit(numbers[0], line)
            out.extend(new if isinstance(new, list) else [new])
        else:
            out.append(line)
    return "\n".join(out)


def body_range(text):
    """(start, end) line indices of the body: paragraph 1 to the signature line."""
    lines, found = paragraph_marks(text)
    start = found[1]
    end = max(i for i, line in enumerate(lines) if line.strip() in ("CLINTON",))
    return lines, start, end


def unwrap(text):
    """Joins the lines of every block of the body (runs of non-blank lines) with single spaces,
    as archive renderings print each paragraph on one line."""
    lines, start, end = body_range(text)
    out = lines[:start]
    block = []
    for line in lines[start:end + 1]:
        if line.strip():
            block.append(line.strip())
        else:
            if block:
                out.append(" ".join(block))
                block = []
            out.append("")
    if block:
        out.append(" ".join(block))
    out.extend(lines[end + 1:])
    return "\n".join(out)


def rewrap(text, width):
    """Re-wraps every block of the body at `width` columns (lines starting with a label or a
    bullet keep their start)."""
    lines, start, end = body_range(text)
    out = lines[:start]
    block = []

    def flush():
        if block:
            out.extend(textwrap.wrap(" ".join(block), width=width, break_long_words=False,
                                     break_on_hyphens=False))
            block.clear()

    for line in lines[start:end]:
        stripped = line.strip()
        if not stripped:
            flush()
            out.append("")
        elif re.match(r"^-{3,}$", stripped) or stripped in ("Prosecution", "Protection", "Prevention") \
                or re.match(r"^.* \(TIER .*\)$", stripped):
            flush()
            out.append(stripped)
        else:
            block.append(stripped)
    flush()
    out.extend(lines[end:])
    return "\n".join(out)


def replace_once(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


def main():
    # --- Paragraph numbers -------------------------------------------------------------
    write("kosovo.glued-numbers.txt", edit_marks(KOSOVO, lambda n, line: MARK.sub(r"\1\2.", line)))
    write("kosovo.no-paragraph-1.txt", edit_marks(KOSOVO, lambda n, line: MARK.sub("", line) if n == 1 else line))
    write("suriname.garbled-paragraph-1.txt",
          edit_marks(SURINAME, lambda n, line: line.replace("¶1.", "¶l.", 1) if n == 1 else line))
    write("suriname.split-numbers.txt",
          edit_marks(SURINAME, lambda n, line: [MARK.match(line).group(1) + f"{n}.",
                                                MARK.sub("", line)]))
    write("kosovo.spaced-numbers.txt", edit_marks(KOSOVO, lambda n, line: MARK.sub(r"\1\2 .\3", line)))
    write("kosovo.no-numbers.txt", edit_marks(KOSOVO, lambda n, line: MARK.sub("", line)))
    write("suriname.no-numbers.txt", edit_marks(SURINAME, lambda n, line: MARK.sub("", line)))
    write("kosovo.missing-8-and-12.txt",
          edit_marks(KOSOVO, lambda n, line: MARK.sub("", line) if n in (8, 12) else line))
    write("kosovo.missing-9-and-11.txt",
          edit_marks(KOSOVO, lambda n, line: MARK.sub("", line) if n in (9, 11) else line))
    write("suriname.pilcrows-without-numbers.txt",
          edit_marks(SURINAME, lambda n, line: MARK.sub(r"\1 ", line)))
    write("kosovo.pilcrow-without-number.txt",
          edit_marks(KOSOVO, lambda n, line: MARK.sub("¶ ", line) if n == 5 else line))
    write("iceland.missing-9.txt",
          edit_marks(ICELAND, lambda n, line: MARK.sub("", line) if n == 9 else line))

    # --- Wrapping -----------------------------------------------------------------------
    write("kosovo.unwrapped.txt", unwrap(KOSOVO))
    write("suriname.unwrapped.txt", unwrap(SURINAME))
    write("iceland.unwrapped.txt", unwrap(ICELAND))
    write("kosovo.unwrapped-no-numbers.txt",
          edit_marks(unwrap(KOSOVO), lambda n, line: MARK.sub("", line)))
    write("kosovo.wrapped-70.txt", rewrap(KOSOVO, 70))
    write("suriname.wrapped-60.txt", rewrap(SURINAME, 60))

    # --- Title and headings -------------------------------------------------------------
    boxed = replace_once(KOSOVO, "--------------\nKosovo (TIER 2)\n",
                         "+-------------------+\n|  Kosovo (TIER 2)  |\n+-------------------+\n")
    write("kosovo.boxed-title.txt", boxed)
    starred = replace_once(SURINAME, "-------------------------------- \nSuriname (TIER 2) \n"
                                     "-------------------------------- \n",
                           "******************************** \n* SURINAME (TIER 2 WATCHLIST) * \n"
                           "******************************** \n")
    write("suriname.starred-title-watchlist.txt", starred)
    runin = KOSOVO
    runin = replace_once(runin, "Prosecution\nKosovo law", "PROSECUTION: Kosovo law")
    runin = replace_once(runin, "Protection\nThe Government", "Protection -- The Government")
    runin = replace_once(runin, "Prevention\nThe Government", "Prevention The Government")
    write("kosovo.run-in-headings.txt", runin)
    write("kosovo.tier-two.txt", replace_once(KOSOVO, "Kosovo (TIER 2)\n", "Kosovo (Tier Two)\n"))

    # --- Telegraphic and renderer damage ------------------------------------------------
    tabs = KOSOVO
    tabs = replace_once(tabs, "minimum standards for the elimination of trafficking;\nhowever, it is making",
                        "minimum standards for the elimination of trafficking\t however, it is making")
    tabs = replace_once(tabs, "employment contracts stamped by municipal\nauthorities; police reports",
                        "employment contracts stamped by municipal authorities\t police reports")
    write("kosovo.tabs.txt", tabs)

    runtogether = KOSOVO
    runtogether = replace_once(runtogether, "elimination of trafficking;\nhowever, it is making significant efforts to do so. The\n"
                                            "government helped",
                               "elimination of traffickinghowever,\nit is making significant efforts to do so. The\n"
                               "government helped")
    runtogether = replace_once(runtogether, "assisted 24 victims\nin 2008, a decline",
                               "assisted 24 victimsin\n2008, a decline")
    write("kosovo.run-together.txt", runtogether)

    write("kosovo.doubled-quotes.txt", re.sub(r'"', '""', KOSOVO))

    def mangle(text):
        # Straight double quotes in pairs: the opening becomes `&`, the closing `8`.
        out = []
        opening = True
        for ch in text:
            if ch == '"':
                out.append("&" if opening else "8")
                opening = not opening
            else:
                out.append(ch)
        return "".join(out)

    lines, start, end = body_range(KOSOVO)
    write("kosovo.mangled-quotes.txt",
          "\n".join(lines[:start] + mangle("\n".join(lines[start:end])).split("\n") + lines[end:]))

    stars = KOSOVO.replace(" ) ", " * ").replace("Report -- from", "Report--from")
    write("kosovo.star-dashes.txt", stars)

    lines, start, end = body_range(KOSOVO)
    web = "\n".join(lines[:start] + "\n".join(lines[start:end]).replace('"', "&quot;").split("\n") + lines[end:])
    web = edit_marks(web, lambda n, line: MARK.sub(rf"<a id='par{n}' href='#par{n}'>¶</a>{n}.\3", line))
    web = web.replace("Department's press briefing room", "Department&#39;s press briefing room")
    web = replace_once(web, "NGOs reported that child trafficking", "NGOs reported that child&nbsp;trafficking")
    web = replace_once(web, "trafficking prevention\nactivities", "trafficking prevention\nactivities<br>")
    write("kosovo.web-anchors.txt", web)

    # A web page that prints the telegram as HTML paragraphs and line breaks, not in <pre>.
    import html as htmlmodule
    telegram = KOSOVO[KOSOVO.index("VZCZCXYZ0005"):]
    telegram = telegram[:telegram.index("Share this cable")]
    blocks = [b for b in re.split(r"\n\s*\n", telegram) if b.strip()]
    page = ["<!DOCTYPE html>", "<html><head><title>Cable 09STATE61188</title>",
            "<style>p { margin: 0 }</style></head>", "<body>",
            "<div class='nav'><a href='/'>Home</a> <a href='/cables'>Browse cables</a></div>",
            "<h1>KOSOVO -- 2009 TIP REPORT: PRESS GUIDANCE AND DEMARCHE</h1>",
            "<div class='cable'>"]
    for block in blocks:
        lines = [htmlmodule.escape(line.strip(), quote=False) for line in block.split("\n")]
        page.append("<p>" + "<br>\n".join(lines) + "</p>")
    page += ["</div>", "<div class='footer'>Share this cable</div>", "</body></html>", ""]
    write("kosovo.html-paragraphs.html", "\n".join(page))

    pre = re.findall(r"<pre>(.*?)</pre>", ICELAND_PAGE, re.S)
    write("iceland.pre-source.txt", "\n".join(pre) + "\n")

    invisible = KOSOVO
    invisible = replace_once(invisible, "Kosovo is a source, transit, and destination", "Kosovo\u00a0is a source, transit, and\u00a0destination")
    invisible = replace_once(invisible, "government helped fund two NGO anti-trafficking", "government helped fund two NGO anti-traf\u00adficking")
    invisible = replace_once(invisible, "The government reported it assisted 24 victims", "The government re\u200bported it assisted 24\u00a0victims")
    invisible = replace_once(invisible, "appointed a new anti-trafficking national coordinator and in\nJuly",
                             "appointed a new anti-trafficking national coor\u00ad\ndinator and in\nJuly")
    write("kosovo.invisible.txt", invisible)

    hyphen = KOSOVO
    hyphen = replace_once(hyphen, "purpose. NGOs reported that child trafficking, particularly\n",
                          "purpose. NGOs reported that child traf-\nficking, particularly\n")
    hyphen = replace_once(hyphen, "2008 and began implementing a new National Action Plan. The\n",
                          "2008 and began implementing a new National Ac-\ntion Plan. The\n")
    hyphen = replace_once(hyphen, "IOM and the Ministry of Justice continued to\njointly sponsor anti-trafficking hotlines.",
                          "IOM and the Ministry of Justice continued to\njointly sponsor anti-\ntrafficking hotlines.")
    hyphen = replace_once(hyphen, "The government continued\nto provide anti-trafficking training",
                          "The government continued\nto provide anti- trafficking training")
    write("kosovo.hyphenated.txt", hyphen)


if __name__ == "__main__":
    main()
