"""Phone voting end to end: the workshop view serves the round on loopback, a real headless Chromium
(Debian's chromium + chromium-driver, through selenium) opens the QR's URL, votes as two people, and
the tally in the app changes; the UI stays responsive meanwhile."""
from __future__ import annotations

import shutil
import urllib.request

import pytest
from PySide6.QtCore import Qt

from journeymap.analysis.votes import tally
from journeymap.ui.session import Session
from journeymap.ui.workshop.view import WorkshopView

from test_workshop_voting import build_project, open_round

CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844",
                "--disable-dev-shm-usage"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


@pytest.fixture
def view(qtbot):
    session = Session(build_project())
    widget = WorkshopView(session)
    widget.controller.phone_host = "127.0.0.1"     # tests stay on loopback
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.controller.stop_phones()


def submit(driver, button) -> None:
    """Click a button that sends a form, and wait until the page it leads to has loaded (a mark left
    on the old page is gone). Errors while the browser is between pages are retried, not failures."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("window.journeymapOldPage = true")
    button.click()
    WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return window.journeymapOldPage === undefined "
                                   "&& document.readyState === 'complete'"))


def tap(driver, title: str, op: str = "add") -> None:
    from selenium.webdriver.common.by import By

    row = next(li for li in driver.find_elements(By.CSS_SELECTOR, "li")
               if li.find_element(By.CSS_SELECTOR, ".t").text == title)
    submit(driver, row.find_element(By.CSS_SELECTOR, f"button[value={op}]"))


def use_name(driver, name: str) -> None:
    from selenium.webdriver.common.by import By

    field = driver.find_element(By.ID, "nick")
    field.clear()
    field.send_keys(name)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.who button"))


def test_two_people_vote_from_a_real_browser_and_the_tally_changes(qtbot, view, browser, out):
    from selenium.webdriver.common.by import By

    open_round(qtbot, view, people="", dots=2)
    view.panel.phones.setChecked(True)
    url = view.panel.url.text()
    assert url.startswith("http://127.0.0.1:") and view.panel.qr.isVisible()
    rnd = view.controller.round
    browser.get(url)
    assert "guest-" in browser.find_element(By.ID, "nick").get_attribute("value")   # an anonymous id
    use_name(browser, "Ann")
    assert browser.current_url.endswith("?p=Ann")
    titles = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "li .t")]
    assert titles == ["On hold too long", "Form asks twice", "Payment late"]
    tap(browser, "Payment late")
    tap(browser, "Payment late")
    assert "0 of 2 dots left" in browser.find_element(By.CSS_SELECTOR, ".left").text
    qtbot.waitUntil(lambda: tally(view.session.project, view.controller.round)[0] == ("pp-c", 2), timeout=5000)
    out.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(out / "workshop-phone-390x844.png"))
    use_name(browser, "<script>alert(1)</script>")
    assert browser.find_elements(By.CSS_SELECTOR, "li")     # the page still renders; no alert opened
    use_name(browser, "Bo")
    tap(browser, "Form asks twice")
    qtbot.waitUntil(lambda: ("pp-b", 1) in tally(view.session.project, view.controller.round), timeout=5000)
    assert view.panel.tally.item(0).text().split()[0] == "2"
    people = {v.participant for v in view.session.project.all("votes") if v.round == rnd.number}
    assert people == {"Ann", "Bo"}
    # the round closes: the server stops, nothing is served any more
    qtbot.mouseClick(view.panel.close_button, Qt.MouseButton.LeftButton)
    assert view.controller.server is None and not view.panel.qr.isVisible()
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "?p=Bo", timeout=5)
    assert len(view.session.project.all("votes")) == 2


def test_a_burst_at_the_phone_server_leaves_the_app_responsive_and_the_project_unchanged(qtbot, view):
    import http.client
    import threading
    from urllib.parse import urlsplit

    from test_workshop_voting import click_sticky

    open_round(qtbot, view, people="Ann", dots=2)
    view.panel.phones.setChecked(True)
    parts = urlsplit(view.panel.url.text())
    statuses: list[int] = []

    def burst() -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        for i in range(1000):
            path = f"/v/wrongtoken{i % 10}/vote" if i % 2 else "/v/" + "x" * 12
            conn.request("POST", path, body="p=bot&pp=pp-a&op=add",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
            response = conn.getresponse()
            response.read()
            statuses.append(response.status)
        conn.close()
    attacker = threading.Thread(target=burst)
    attacker.start()
    qtbot.waitUntil(lambda: len(statuses) >= 100, timeout=10000)
    view.canvas.scene().flush()
    click_sticky(qtbot, view, "pp-c")            # the room goes on voting at the screen meanwhile
    qtbot.waitUntil(lambda: not attacker.is_alive(), timeout=30000)
    assert set(statuses) <= {404, 429} and len(statuses) == 1000
    assert [(v.participant, v.pain_point) for v in view.session.project.all("votes")] == [("Ann", "pp-c")]
