#!/usr/bin/env python3
"""`check --format html` in a real browser: Debian's headless Chromium.

Renders the report of the shipped examples plus an application whose title
and applicant are markup (tests/data/html/hostile.yaml), then checks the DOM:
one overview row per application with the facts `--format json` gives, the
hostile values shown as text with no element or script of theirs, the filter
and a column sort changing the rows as they should, the timeline's rows; and
the same page with JavaScript off: the table complete, the controls hidden.

html_report_browser.py GRANTCHECK SOURCE_DIR [--screenshot PNG]
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

HOSTILE_TITLE = '<script>window.injected = 1</script>" & </td><td>Ond titel'
HOSTILE_APPLICANT = ('</td></tr><tr id="injected"><td>Ond & Co "AB" '
                     '<img src=x onerror="window.injected=2">')
TODAY = "2026-01-15"  # a fixed day, so the screenshot's overdue marks do not drift

failures = []


def check(ok, what):
    print(f"{'ok  ' if ok else 'FAIL'} {what}")
    if not ok:
        failures.append(what)


def run_grantcheck(binary, root, fmt, hostile=True):
    inputs = ["examples/"] + (["tests/data/html/hostile.yaml"] * hostile)
    env = dict(os.environ, GRANTCHECK_NO_CACHE="1")
    run = subprocess.run([str(binary), "check", "--rules", str(root / "rules"), "--today", TODAY,
                          "--format", fmt, *inputs], cwd=root, env=env, capture_output=True,
                         text=True, timeout=60)
    if run.returncode not in (0, 1):
        sys.exit(f"grantcheck check --format {fmt} exited {run.returncode}: {run.stderr[:400]}")
    return run.stdout


def browser(profile, scripts):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1500", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    if not scripts:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def rows(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#overview-table tbody tr")


def cell_texts(driver, column):
    return [r.find_elements(By.TAG_NAME, "td")[column].text for r in rows(driver)]


def check_with_scripts(driver, apps):
    body_rows = rows(driver)
    check(len(body_rows) == len(apps), f"{len(apps)} overview rows, got {len(body_rows)}")
    titles = cell_texts(driver, 1)
    expected = [a.get("facts", {}).get("title", "") for a in apps]
    check(titles == expected, "the titles are json's, in its order")
    hostile = [r for r in body_rows if r.find_elements(By.TAG_NAME, "td")[1].text == HOSTILE_TITLE]
    check(len(hostile) == 1, "the hostile title is shown as text")
    if hostile:
        applicant = hostile[0].find_elements(By.TAG_NAME, "td")[2].text
        check(applicant == HOSTILE_APPLICANT, "the hostile applicant is shown as text")
    check(driver.execute_script("return window.injected === undefined"), "no injected script ran")
    check(not driver.find_elements(By.ID, "injected"), "no injected element")
    check(not driver.find_elements(By.CSS_SELECTOR, "main img"), "no injected image")
    check(len(driver.find_elements(By.TAG_NAME, "script")) == 1, "only the page's own script")
    check(len(driver.find_elements(By.CSS_SELECTOR, "section.application")) == len(apps),
          "a section per application")

    # The filter: the hostile applicant's name leaves its row alone.
    controls = driver.find_element(By.ID, "overview-controls")
    check(controls.is_displayed(), "the script shows the filter")
    box = driver.find_element(By.ID, "overview-filter")
    box.send_keys("Ond & Co")
    visible = [r for r in rows(driver) if r.is_displayed()]
    check(len(visible) == 1 and HOSTILE_TITLE in visible[0].text, "the filter leaves one row")
    check(driver.find_element(By.ID, "overview-shown").text == "1", "the filter counts 1 shown")
    driver.execute_script("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'))",
                          box)
    check(all(r.is_displayed() for r in rows(driver)), "an empty filter shows every row")

    # Sorting by the amount requested, up then down; rows without one go first.
    header = driver.find_elements(By.CSS_SELECTOR, "#overview-table thead th")[5]
    header.find_element(By.TAG_NAME, "button").click()
    amounts = [float(r.find_elements(By.TAG_NAME, "td")[5].get_attribute("data-value") or "-1e30")
               for r in rows(driver)]
    check(amounts == sorted(amounts) and amounts != [amounts[0]] * len(amounts),
          "a click on the amount's header sorts up")
    check(header.get_attribute("aria-sort") == "ascending", "the header says ascending")
    header.find_element(By.TAG_NAME, "button").click()
    again = [float(r.find_elements(By.TAG_NAME, "td")[5].get_attribute("data-value") or "-1e30")
             for r in rows(driver)]
    check(again == sorted(amounts, reverse=True), "a second click sorts down")
    check(len(rows(driver)) == len(apps), "sorting keeps every row")

    readable = sum(1 for a in apps if a.get("status") != "input_error")
    timeline = driver.find_elements(By.CSS_SELECTOR, "svg.timeline g.row")
    check(len(timeline) == len(apps), f"a timeline row per application ({len(timeline)})")
    check(len(driver.find_elements(By.CSS_SELECTOR, "svg.timeline circle")) >= readable,
          "the timeline marks the deadlines")


def check_without_scripts(driver, apps):
    body_rows = rows(driver)
    check(len(body_rows) == len(apps), "without scripts: every row is there")
    check(all(len(r.find_elements(By.TAG_NAME, "td")) == 11 for r in body_rows),
          "without scripts: every row has its 11 cells")
    check(cell_texts(driver, 1) == [a.get("facts", {}).get("title", "") for a in apps],
          "without scripts: the titles in order")
    check(not driver.find_element(By.ID, "overview-controls").is_displayed(),
          "without scripts: no filter that would not work")
    check(not driver.find_elements(By.CSS_SELECTOR, "#overview-table th button"),
          "without scripts: plain headers")


def main():
    binary = pathlib.Path(sys.argv[1]).resolve()
    root = pathlib.Path(sys.argv[2]).resolve()
    screenshot = pathlib.Path(sys.argv[4]).resolve() if sys.argv[3:4] == ["--screenshot"] else None
    apps = json.loads(run_grantcheck(binary, root, "json"))["applications"]
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        page = work / "round.html"
        if screenshot:  # the example round alone, as docs/output-formats.md shows it
            page.write_text(run_grantcheck(binary, root, "html", False), encoding="utf-8")
            driver = browser(work / "screenshot", True)
            try:
                driver.get(page.as_uri())
                # Down to the end of the timeline: the overview, totals and deadlines.
                bottom = driver.execute_script(
                    "return document.querySelector('svg.timeline').getBoundingClientRect().bottom")
                driver.set_window_size(1280, int(bottom) + 190)
                driver.save_screenshot(str(screenshot))
            finally:
                driver.quit()
            return
        page.write_text(run_grantcheck(binary, root, "html"), encoding="utf-8")
        url = page.as_uri()
        driver = browser(work / "with-scripts", True)
        try:
            driver.get(url)
            check_with_scripts(driver, apps)
        finally:
            driver.quit()
        driver = browser(work / "without-scripts", False)
        try:
            driver.get(url)
            check_without_scripts(driver, apps)
        finally:
            driver.quit()
    if failures:
        sys.exit("html report in Chromium:\n  " + "\n  ".join(failures))


if __name__ == "__main__":
    main()
