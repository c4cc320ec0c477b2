#!/usr/bin/env python3
"""make browser-check, part 3: the analyst workspace in headless Chromium (issue 12).

Makes a small demo database (`chosa demo --institutions 40`), creates an analyst with a one-time set-up link and
an administrator with --password-stdin, starts `chosa serve` with both listeners on free ports, then walks the
analyst's day: set the password through the link, log in, filter the institution list, open an institution,
verify a measure, see the score card and the audit log change, log out. axe-core (when installed: pip install
--no-deps axe-playwright-python) must find no violation at level serious or above on each page, at 1366 and
390 px; the pages must not scroll sideways on a phone. Screenshots go to the scratch folder (KEEP=1 keeps it).
Reuses the DevTools driver of browser-check.py. Prints PASS/FAIL lines; exits 1 if any check fails.
"""
import base64
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("browser_check", os.path.join(ROOT, "scripts", "browser-check.py"))
bc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bc)
rc_spec = importlib.util.spec_from_file_location("report_check", os.path.join(ROOT, "scripts", "report-check.py"))
rc = importlib.util.module_from_spec(rc_spec)
rc_spec.loader.exec_module(rc)

report = bc.report
PASSWORD = "a long analyst password"


def start(work, env):
    out = open(os.path.join(work, "serve.out"), "w")
    err = open(os.path.join(work, "serve.err"), "w")
    server = subprocess.Popen([bc.CHOSA, "serve", "--port", "0", "--analyst-port", "0", "--now", "2023-11-20T10:00:00+09:00"],
                              cwd=ROOT, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with open(os.path.join(work, "serve.out")) as handle:
            match = re.search(r"analyst workspace at (http://[^/\s]+)/", handle.read())
        if match:
            return server, match.group(1)
        if server.poll() is not None:
            break
        time.sleep(0.1)
    with open(os.path.join(work, "serve.err")) as handle:
        raise bc.CheckFailed("the server did not start:\n" + handle.read())


def shot(page, work, name):
    data = page.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})["data"]
    with open(os.path.join(work, name + ".png"), "wb") as handle:
        handle.write(base64.b64decode(data))


def look(page, work, axe, name):
    """axe (serious and above) and sideways scrolling at desktop and phone widths; screenshots of both."""
    url = page.evaluate("location.href")
    for width, height in ((1366, 900), (390, 844)):
        page.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        page.call("Page.navigate", {"url": url})
        page.wait_for("document.readyState === 'complete' && !!document.querySelector('main')")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        report(overflow <= 1, f"{name} at {width} px does not scroll sideways", f"{overflow} px too wide" if overflow > 1 else "")
        if axe:
            page.evaluate(axe + "; true")
            violations = page.evaluate(rc.AXE_RUN, timeout=60) or []
            report(not violations, f"{name} at {width} px: axe finds nothing serious", "; ".join(violations[:3]))
        shot(page, work, f"{name}-{width}")
    page.call("Emulation.setDeviceMetricsOverride", {"width": 1366, "height": 900, "deviceScaleFactor": 1, "mobile": False})


def submit(page, form_selector):
    page.evaluate(f"document.querySelector({form_selector!r}).requestSubmit(); true")


def checks(page, base, link, work, axe):
    # 1. The set-up link sets the analyst's password.
    page.navigate(link, r"^/setup")
    page.evaluate(f"document.getElementById('password').value = {PASSWORD!r}; document.getElementById('repeat').value = {PASSWORD!r}; true")
    submit(page, "main form")
    report(bool(page.wait_loaded(r"^/login\?set=1")), "w1 the set-up link sets a password and leads to the login page")
    look(page, work, axe, "login")
    # 2. Log in.
    page.evaluate(f"document.getElementById('username').value = 'hanako'; document.getElementById('password').value = {PASSWORD!r}; true")
    submit(page, "main form")
    landed = page.wait_loaded(r"^/$")
    if not report(bool(landed), "w2 login reaches the season overview"):
        raise bc.CheckFailed("no session")
    # The office works in Japanese: switch, and the switch returns to the same page.
    page.navigate(base + "/language/ja?back=%2F", r"^/$")
    heading = page.evaluate("document.querySelector('h1').innerText")
    report("調査の状況" in heading or "Season overview" in heading, "w3 the overview names the survey", heading)
    look(page, work, axe, "dashboard")
    # 3. Filter the list: substandard verdicts only.
    page.navigate(base + "/institutions", r"^/institutions$")
    page.evaluate("document.getElementById('verdict').value = 'substandard'; true")
    submit(page, "form.filters")
    page.wait_loaded(r"verdict=substandard")
    verdicts = page.evaluate("[...document.querySelectorAll('tbody tr td:nth-child(6)')].map(td => td.innerText)") or []
    report(bool(verdicts) and all(v in ("不十分", "substandard") for v in verdicts), "w4 the verdict filter shows only substandard institutions",
           f"{len(verdicts)} rows")
    look(page, work, axe, "institutions")
    # 4. Open an institution that submitted.
    page.evaluate("document.querySelector('tbody tr a').click(); true")
    page.wait_loaded(r"^/institutions/[^/]+$")
    has_card = page.wait_for("!!document.querySelector('#verify-measure')", timeout=10)
    report(bool(has_card), "w5 the institution page has its score card and the verify form")
    look(page, work, axe, "institution")
    # 5. Verify the first measure at E3.
    measure = page.evaluate("document.getElementById('verify-measure').value")
    page.evaluate("document.getElementById('verify-level').value = 'E3'; document.getElementById('verify-note').value = 'Minutes of the board, 2023-06 (workspace check)'; true")
    submit(page, "form[action$='/verify']")
    page.wait_loaded(r"saved=1")
    text = page.evaluate("document.querySelector('main').innerText") or ""
    report("Minutes of the board, 2023-06 (workspace check)" in text, "w6 the verification appears in the history")
    evidence = page.evaluate(f"(document.querySelector('#measure-{measure} td:nth-child(3)') || {{}}).innerText")
    report(evidence == "E3", "w7 the score card now counts the measure's evidence as E3", f"shown {evidence!r}")
    # 6. The audit log names the analyst.
    page.navigate(base + "/audit?analyst=hanako", r"^/audit")
    rows = page.evaluate("document.querySelector('tbody').innerText") or ""
    report("verification.record" in rows, "w8 the audit log shows the verification by hanako")
    look(page, work, axe, "audit")
    # 7. The other pages read well too.
    for path, name in (("/queue", "queue"), ("/requests", "requests"), ("/exports", "exports"), ("/report", "report")):
        page.navigate(base + path, "^" + path)
        look(page, work, axe, name)
    # 8. Log out.
    submit(page, "form.logout")
    report(bool(page.wait_loaded(r"^/login\?bye=1")), "w9 logout returns to the login page")
    page.navigate(base + "/", r"^/login")
    report(bool(page.wait_loaded(r"^/login")), "w10 after logout the workspace asks for a login again")
    # 9. The administrator's accounts page.
    page.evaluate(f"document.getElementById('username').value = 'admin'; document.getElementById('password').value = {PASSWORD!r}; true")
    submit(page, "main form")
    page.wait_loaded(r"^/$")
    page.navigate(base + "/accounts", r"^/accounts")
    rows = page.evaluate("document.querySelector('tbody').innerText") or ""
    report("hanako" in rows and "admin" in rows, "w11 the administrator sees the accounts")
    look(page, work, axe, "accounts")


def main():
    if not os.path.exists(bc.CHROMIUM):
        print(f"workspace-check needs chromium at {bc.CHROMIUM}: apt-get install chromium", file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="chosa-workspace-check-")
    server = tools = None
    axe = rc.axe_source()
    if axe is None:
        print("SKIP axe-core — not installed (pip install --no-deps axe-playwright-python); layout checks only")
    try:
        db = os.path.join(work, "chosa.sqlite")
        env = dict(os.environ, CHOSA_DB=db)
        bc.run([bc.CHOSA, "demo", "--survey", bc.SURVEY, "--institutions", "40", "--seed", "7", "--out", os.path.join(work, "demo"), "--db", db], env=env)
        added = bc.run([bc.CHOSA, "analysts", "add", "hanako", "--role", "analyst"], env=env)
        subprocess.run([bc.CHOSA, "analysts", "add", "admin", "--role", "admin", "--password-stdin"], cwd=ROOT, env=env,
                       input=PASSWORD + "\n", text=True, check=True, capture_output=True)
        server, base = start(work, env)
        link = base + re.search(r"(/setup\?token=\S+)", added).group(1)
        profile = os.path.join(work, "profile")
        os.mkdir(profile)
        tools = bc.DevTools(bc.CHROMIUM, profile)
        checks(bc.Page(tools), base, link, work, axe)
    except bc.CheckFailed as error:
        report(False, "the workspace check could not go on", str(error))
    except Exception as error:  # a surprise in the check itself still cleans up and fails
        report(False, "the workspace check could not go on", f"{type(error).__name__}: {error}")
    finally:
        if tools:
            tools.close()
        if server:
            server.terminate()
            server.wait(timeout=10)
        if os.environ.get("KEEP") == "1":
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{len(bc.failures)} workspace check(s) failed" if bc.failures else "all workspace checks passed")
    return 1 if bc.failures else 0


if __name__ == "__main__":
    sys.exit(main())
