"""rapport.html in a real headless browser: Debian's Chromium driven by selenium through chromedriver (installed by
scripts/browser-setup.sh, which scripts/test.sh runs). The verdict renders, every link resolves inside the page,
nothing is fetched, the console stays clean, candidate text cannot add markup, and the page prints to PDF.

Chromium runs with --headless --no-sandbox --disable-gpu and without background networking, component updates,
sync or first-run pages, in a fresh profile per test (tmp_path)."""
from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from harness.golden.store import GOLDEN_DIR
from harness.runner import RunConfig, execute
from tests.candidates.hostile_text import MARKUP

CHROMIUM = Path(os.environ.get("YDELSESTJEK_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("YDELSESTJEK_CHROMEDRIVER", "/usr/bin/chromedriver"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--window-size=1280,1600"]


@pytest.fixture
def browser(tmp_path):
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.fail(f"{CHROMIUM} or {CHROMEDRIVER} is missing: run scripts/browser-setup.sh (as root it installs "
                    "Debian's chromium and chromium-driver)")
    os.environ.setdefault("SE_OFFLINE", "true")      # selenium must not look for drivers on the network
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'profil'}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER), log_output=str(tmp_path / "chromedriver.log")),
                              options=options)
    # chromedriver waits for the renderer as long as the page-load timeout: printing a report of a thousand goldens
    # on a busy machine can outlast the default; a bound, not a timing assertion
    driver.set_page_load_timeout(900)
    driver.set_script_timeout(900)
    try:
        yield driver
    finally:
        driver.quit()


def _open(driver, page: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait
    driver.get(page.resolve().as_uri())
    # a large page on a busy machine may still be parsing when get() returns: wait for it (not a timing assertion)
    WebDriverWait(driver, 120).until(lambda d: d.execute_script("return document.readyState") == "complete")


def _check_page(driver, page: Path, verdict: str) -> None:
    _open(driver, page)
    shown = driver.find_element("id", "verdict")
    assert shown.is_displayed() and shown.text.startswith(f"Afgørelse: {verdict} af ")   # ... and the benefits judged
    hrefs = driver.execute_script("return Array.from(document.querySelectorAll('[href]'), a => a.getAttribute('href'))")
    assert hrefs, "the page has links"
    missing = driver.execute_script(
        "return Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'))"
        ".filter(h => !h.startsWith('#') || !document.getElementById(decodeURIComponent(h.slice(1))))")
    assert missing == [], f"links that do not resolve inside the page: {missing[:10]}"
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0, "nothing is fetched"
    outside = driver.execute_script(
        "return Array.from(document.querySelectorAll('[src],link,object,embed,iframe,script')).length")
    assert outside == 0
    errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert errors == [], errors
    pdf = base64.b64decode(_printed(driver))
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 2


def _printed(driver) -> str:
    """The page printed to PDF, through the DevTools protocol: WebDriver's print command gives the renderer a fixed
    10 s, and laying out a report of a thousand goldens for print on a machine whose cores run the rest of the suite
    takes longer; the protocol's call waits as long as the driver's command timeout (a bound, not a timing
    assertion)."""
    return str(driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})["data"])


@pytest.mark.skipif(not (GOLDEN_DIR / "MANIFEST.json").exists(), reason="no approved golden set")
def test_the_demos_report_renders_its_verdict_links_resolve_and_it_prints(browser, tmp_path):
    outcome = execute(RunConfig(candidate="demo", out=tmp_path / "reports", run_id="demo"))
    page = outcome.run_dir / "rapport.html"
    _check_page(browser, page, "NO-GO — ikke godkendt til udrulning")
    # navigation: defect -> its scenarios -> the field diff -> the explanation with its §
    first = outcome.results["defects"][0]
    browser.find_element("css selector", f'#fejl a[href="#fejl-{first["id"].lower()}"]').click()
    section = browser.find_element("id", f"fejl-{first['id'].lower()}")
    link = section.find_element("css selector", "ul.ids a")
    target = link.get_attribute("href").split("#", 1)[1]
    link.click()
    article = browser.find_element("id", target)
    assert article.find_elements("css selector", "table td code"), "the deviation shows its field diff"
    assert "§" in article.text and "Referencens begrundelse" in article.text
    charts = browser.find_elements("css selector", "figure.chart svg")
    assert len(charts) >= 4 and all(c.size["height"] > 0 for c in charts)   # per defect and per area: scenarios, kroner


def test_candidate_text_cannot_add_markup_and_the_go_page_renders(browser, tmp_path, golden_dir):
    hostile = execute(RunConfig(candidate="python:tests.candidates.hostile_text", golden_dir=golden_dir,
                                out=tmp_path / "reports", run_id="ond"))
    page = hostile.run_dir / "rapport.html"
    _check_page(browser, page, "NO-GO — ikke godkendt til udrulning")
    counts = browser.execute_script(
        "return [document.scripts.length, document.images.length, document.querySelectorAll('iframe,b,i').length,"
        " Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length,"
        " Array.from(document.querySelectorAll('a[href]')).filter(a => !a.getAttribute('href').startsWith('#')).length]")
    assert counts == [0, 0, 0, 0, 0]
    text = browser.find_element("tag name", "body").text
    assert 'Ond<b>KSD</b><script>alert("x")</script>' in text          # shown as the text it is
    assert MARKUP in text and "https://evil.example/" in text
    assert browser.execute_script("return document.title").startswith("Udrulningsgodkendelse")

    good = execute(RunConfig(candidate="python:tests.fakes.fake_reference", golden_dir=golden_dir,
                             out=tmp_path / "reports", run_id="god"))
    _check_page(browser, good.run_dir / "rapport.html", "GO — godkendt til udrulning")
    assert browser.find_element("id", "afgoerelse").get_attribute("class") == "verdict go"
