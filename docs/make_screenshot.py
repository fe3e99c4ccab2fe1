"""Regenerate docs/html-report.png: the HTML report of samples/ in headless Chromium.

python docs/make_screenshot.py   (needs chromium, chromium-driver and selenium)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Write the report of the samples, open it, select a finding and take the picture."""
    with tempfile.TemporaryDirectory() as work:
        report = Path(work) / "samples.html"
        subprocess.run([sys.executable, "-m", "fillcheck", "check", "-q", "--format", "html",
                        "-o", str(report), "samples"], cwd=ROOT, check=False)  # fmt: skip
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--window-size=1200,1400",
                     "--hide-scrollbars", f"--user-data-dir={work}/profile"):  # fmt: skip
            options.add_argument(flag)
        service = Service(executable_path="/usr/bin/chromedriver")
        driver = webdriver.Chrome(service=service, options=options)
        try:
            driver.get(report.as_uri())
            WebDriverWait(driver, 30).until(
                lambda d: d.execute_script("return document.body.dataset.rendered") == "all"
            )
            driver.find_element(By.ID, "f2").click()
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(ROOT / "docs" / "html-report.png"))
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
