#!/usr/bin/env python3
"""Checks pages built by `tipl10n build` in a real browser: headless Chromium through Selenium.

Usage: check-pages.py MANIFEST.json

The manifest (written by Tests/tipl10nTests/BrowserCheckTests.swift) names an output folder for
screenshots and, for each page, what the rendered page must show:

    {"output": "/tmp/…", "pages": [{"name": "sq", "path": "/…/09STATE61188.sq.html", "lang": "sq",
      "disclaimer": true, "languageLinks": 3, "headings": ["h1 Raporti …", "h2 Ndjekja penale"],
      "draftBanner": null, "highlighted": 0, "embargo": null}]}

At 375 px and 1280 px wide, for every page: no horizontal overflow (the document is no wider
than the viewport and no element reaches past it); the root's `lang`; the disclaimer and the
language links shown on the first screen (or absent where the page has none); the headings in
the given order and no heading level skipped. A draft: its banner shown on the first screen with
the given text and still in view beside every highlighted unit; every highlighted unit shown,
coloured, and linked from the list at the top. With `"followLinks": true`, every language link
is followed: it must open a page whose `lang` is the link's `hreflang` and which links back. The host-government package: its embargo line on
the first screen. Drafts and packages are printed to PDF, and every printed page must carry the
banner or the embargo line (checked with pdftotext when poppler-utils is installed).

Saves a screenshot of the first screen and of the whole page at each width, and the PDFs, in the
output folder. Prints one line per check that failed and ends with `browser checks: N passed,
M failed`; exits 1 when a check failed, 2 when the browser cannot be started.
"""

import base64
import json
import os
import shutil
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTHS = [375, 1280]
HEIGHT = 860


def find(names, environment):
    if os.environ.get(environment):
        return os.environ[environment]
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def start_browser():
    browser = find(["chromium", "chromium-browser", "google-chrome"], "CHROMIUM")
    driver_path = find(["chromedriver"], "CHROMEDRIVER")
    if not browser or not driver_path:
        print("error: chromium or chromedriver not found (apt-get install chromium chromium-driver)")
        sys.exit(2)
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", f"--window-size=1280,{HEIGHT}"]:
        options.add_argument(argument)
    # Selenium is given the driver's path, so it never looks for one to download.
    return webdriver.Chrome(service=Service(driver_path), options=options)


class Checks:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def expect(self, condition, where, what):
        if condition:
            self.passed += 1
        else:
            self.failures.append(f"{where}: {what}")
            print(f"FAIL {where}: {what}", flush=True)


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600})


# The box of an element as the user sees it, or null when it is not rendered.
BOX = """
const box = (element) => {
  if (!element) return null;
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0
      || rect.width === 0 || rect.height === 0) return null;
  return {top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right,
          text: element.textContent.replace(/\\s+/g, ' ').trim(),
          background: style.backgroundColor, outline: style.outlineStyle};
};
"""


def page_facts(driver):
    return driver.execute_script(BOX + """
      window.scrollTo(0, 0);
      const root = document.documentElement;
      let widest = 0, widestName = '';
      for (const element of document.body.querySelectorAll('*')) {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        if (rect.right > widest) { widest = rect.right; widestName = element.tagName + '.' + element.className; }
      }
      return {
        lang: root.getAttribute('lang'), dir: root.getAttribute('dir'),
        scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, innerHeight: window.innerHeight,
        widest: widest, widestName: widestName,
        disclaimer: box(document.querySelector('.tipl10n-disclaimer')),
        links: [...document.querySelectorAll('nav.tipl10n-languages a')].map(box),
        current: box(document.querySelector('nav.tipl10n-languages [aria-current="page"]')),
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
          (h) => h.tagName.toLowerCase() + ' ' + h.textContent.replace(/\\s+/g, ' ').trim()),
        banner: box(document.querySelector('.tipl10n-draft-banner')),
        embargo: box(document.querySelector('.tipl10n-embargo-banner')),
        marks: document.querySelectorAll('mark.tipl10n-finding').length,
        listed: [...document.querySelectorAll('.tipl10n-findings a')].map((a) => a.getAttribute('href')),
      };
    """)


def check_marks(driver, checks, where):
    """Each highlighted unit shown and coloured, with the draft banner still in view beside it."""
    count = driver.execute_script("return document.querySelectorAll('mark.tipl10n-finding').length")
    for index in range(count):
        facts = driver.execute_script(BOX + """
          const mark = document.querySelectorAll('mark.tipl10n-finding')[arguments[0]];
          mark.scrollIntoView({block: 'center'});
          const note = mark.nextElementSibling;
          return {id: mark.id, mark: box(mark), banner: box(document.querySelector('.tipl10n-draft-banner')),
                  note: note && note.classList.contains('tipl10n-finding-note') ? box(note) : null,
                  innerHeight: window.innerHeight};
        """, index)
        name = f"{where}: highlighted unit {facts['id']}"
        mark = facts["mark"]
        checks.expect(mark is not None, name, "is not shown")
        if mark is None:
            continue
        checks.expect(mark["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), name,
                      f"has no highlight colour ({mark['background']})")
        checks.expect(facts["note"] is not None and facts["note"]["text"] != "", name, "shows no finding")
        banner = facts["banner"]
        checks.expect(banner is not None and banner["top"] >= -1 and banner["bottom"] <= facts["innerHeight"] + 1,
                      name, "the draft banner is not in view beside it")


def save_screenshots(driver, output, name, width):
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(os.path.join(output, f"{name}-{width}.png"))
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(size["height"], 16000), "scale": 1}})
    with open(os.path.join(output, f"{name}-{width}-full.png"), "wb") as file:
        file.write(base64.b64decode(shot["data"]))


def check_print(driver, checks, output, page):
    """Every printed page carries the draft banner or the embargo line."""
    expected = page.get("draftBanner") or page.get("embargo")
    if not expected:
        return
    pdf_path = os.path.join(output, f"{page['name']}.pdf")
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    with open(pdf_path, "wb") as file:
        file.write(base64.b64decode(pdf["data"]))
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        print(f"note: {page['name']}: pdftotext not installed (apt-get install poppler-utils): "
              "the printed banner is not checked")
        return
    text = subprocess.run([pdftotext, "-layout", pdf_path, "-"], capture_output=True, text=True).stdout
    printed = [sheet for sheet in text.split("\f") if sheet.strip()]
    words = " ".join(expected.split()[:4])
    where = f"{page['name']} print"
    checks.expect(len(printed) > 1, where, f"expected several printed pages, got {len(printed)}")
    for number, sheet in enumerate(printed, start=1):
        checks.expect(words in " ".join(sheet.split()), where, f"page {number} does not carry '{words}'")


def check_page(driver, checks, output, page):
    driver.get("file://" + page["path"])
    for width in WIDTHS:
        set_width(driver, width)
        driver.get("file://" + page["path"])
        where = f"{page['name']} at {width} px"
        facts = page_facts(driver)
        # A phone widens its layout viewport to fit content that overflows, so the checks are
        # against the width asked for, not the width the page ended up with.
        checks.expect(facts["innerWidth"] == width, where,
                      f"horizontal overflow: the page is laid out {facts['innerWidth']} px wide "
                      f"({facts['widestName']} reaches {facts['widest']:.1f} px)")
        checks.expect(facts["scrollWidth"] <= width, where,
                      f"horizontal overflow: the document is {facts['scrollWidth']} px wide")
        checks.expect(facts["widest"] <= width + 0.5, where,
                      f"horizontal overflow: {facts['widestName']} reaches {facts['widest']:.1f} px")
        checks.expect(facts["lang"] == page["lang"], where, f"lang is {facts['lang']!r}, expected {page['lang']!r}")
        checks.expect(facts["dir"] in ("ltr", "rtl"), where, f"dir is {facts['dir']!r}")

        first_screen = facts["innerHeight"]
        disclaimer = facts["disclaimer"]
        if page["disclaimer"]:
            checks.expect(disclaimer is not None and disclaimer["text"] != "", where, "the disclaimer is not shown")
            checks.expect(disclaimer is not None and disclaimer["bottom"] <= first_screen, where,
                          "the disclaimer is not on the first screen")
        else:
            checks.expect(disclaimer is None, where, "the English original carries a disclaimer")
        links = facts["links"]
        checks.expect(len(links) == page["languageLinks"], where,
                      f"{len(links)} language links, expected {page['languageLinks']}")
        checks.expect(all(link is not None and link["bottom"] <= first_screen for link in links), where,
                      "a language link is not shown on the first screen")
        if page["languageLinks"]:
            checks.expect(facts["current"] is not None, where, "the current language is not shown")

        headings = facts["headings"]
        checks.expect(headings == page["headings"], where, f"headings {headings}, expected {page['headings']}")
        levels = [int(heading[1]) for heading in headings]
        checks.expect(levels[:1] == [1] and all(b - a <= 1 for a, b in zip(levels, levels[1:])), where,
                      f"heading levels out of order: {levels}")

        banner = facts["banner"]
        if page.get("draftBanner"):
            checks.expect(banner is not None and banner["text"] == page["draftBanner"], where,
                          f"draft banner {banner and banner['text']!r}, expected {page['draftBanner']!r}")
            checks.expect(banner is not None and banner["top"] >= 0 and banner["bottom"] <= first_screen, where,
                          "the draft banner is not on the first screen")
            checks.expect(facts["marks"] == page["highlighted"], where,
                          f"{facts['marks']} highlighted units, expected {page['highlighted']}")
            checks.expect(len(facts["listed"]) == page["highlighted"], where,
                          f"the list at the top names {len(facts['listed'])} units")
            for href in facts["listed"]:
                found = driver.execute_script("return document.getElementById(arguments[0]) !== null", href[1:])
                checks.expect(found, where, f"the list links to {href}, which is not on the page")
            save_screenshots(driver, output, page["name"], width)
            check_marks(driver, checks, where)
        else:
            checks.expect(banner is None and facts["marks"] == 0, where, "a final page carries draft marks")
            save_screenshots(driver, output, page["name"], width)
        embargo = facts["embargo"]
        if page.get("embargo"):
            checks.expect(embargo is not None and page["embargo"] in embargo["text"], where,
                          f"embargo line {embargo and embargo['text']!r} lacks {page['embargo']!r}")
            checks.expect(embargo is not None and embargo["bottom"] <= first_screen, where,
                          "the embargo line is not on the first screen")
        else:
            checks.expect(embargo is None, where, "a public page carries an embargo line")
    check_print(driver, checks, output, page)
    if page.get("followLinks"):
        check_links(driver, checks, page)


def check_links(driver, checks, page):
    """Every language link opens the page in that language, which links back to this one."""
    driver.get("file://" + page["path"])
    targets = driver.execute_script("""
      return [...document.querySelectorAll('nav.tipl10n-languages a')].map(
        (a) => ({href: a.href, hreflang: a.getAttribute('hreflang')}));
    """)
    back = os.path.basename(page["path"])
    for target in targets:
        where = f"{page['name']}: the link to {target['hreflang']}"
        driver.get(target["href"])
        landed = driver.execute_script("""
          return {lang: document.documentElement.getAttribute('lang'),
                  hrefs: [...document.querySelectorAll('nav.tipl10n-languages a')].map(
                    (a) => a.getAttribute('href'))};
        """)
        checks.expect(landed["lang"] == target["hreflang"], where,
                      f"opens {target['href']} with lang {landed['lang']!r}")
        checks.expect(back in landed["hrefs"], where, f"the page it opens does not link back to {back}")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(64)
    with open(sys.argv[1], encoding="utf-8") as file:
        manifest = json.load(file)
    output = manifest["output"]
    os.makedirs(output, exist_ok=True)
    try:
        driver = start_browser()
    except Exception as error:  # the browser or its driver cannot start: not a page failure
        print(f"error: the browser could not be started: {error}")
        sys.exit(2)
    checks = Checks()
    try:
        for page in manifest["pages"]:
            check_page(driver, checks, output, page)
    finally:
        driver.quit()
    print(f"screenshots: {output}")
    print(f"browser checks: {checks.passed} passed, {len(checks.failures)} failed")
    sys.exit(1 if checks.failures else 0)


if __name__ == "__main__":
    main()
