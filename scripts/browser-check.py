#!/usr/bin/env python3
"""make browser-check: the portal and its script (/static/portal.js) in a real browser, end to end.

Builds chosa (debug), creates a scratch database with two institutions, starts `chosa serve` on a free port
and drives headless Chromium (Debian package `chromium`) through the DevTools protocol over
--remote-debugging-pipe (NUL-terminated JSON on fds 3 and 4), so nothing beyond the Python standard library
is needed. Prints one PASS/FAIL line per check and exits 1 if any fails.

Environment: SWIFT (default swift), CHROMIUM (default /usr/bin/chromium), SURVEY, SKIP_BUILD=1,
KEEP=1 (keep the scratch directory and print where it is).
"""
import csv
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWIFT = os.environ.get("SWIFT", "swift")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SURVEY = os.environ.get("SURVEY", "surveys/cao-research-integrity-2023")
CHOSA = os.path.join(ROOT, ".build", "debug", "chosa")
NOW = "2023-10-20T10:00:00+09:00"

# The section and questions used: `foreign_funding` is asked only when `received_foreign_funding` is yes.
SECTION = "profile"
CONTROL = "received_foreign_funding"
FOLLOW_UP = "foreign_funding"
TYPED = "researchers_total"

failures = []


def report(ok, name, detail=""):
    print(("PASS " if ok else "FAIL ") + name + (f" — {detail}" if detail else ""), flush=True)
    if not ok:
        failures.append(name)
    return ok


class CheckFailed(Exception):
    pass


# --------------------------------------------------------------------------------------------------------------
# The DevTools protocol over a pipe.

class DevTools:
    """Chromium reads commands from its fd 3 and writes replies and events to its fd 4, each a JSON text
    followed by a NUL byte."""

    def __init__(self, chromium, profile):
        to_child_r, self._out = os.pipe()
        self._in, from_child_w = os.pipe()

        def arrange_fds():  # in the child: put the pipe ends at 3 and 4 whatever numbers they had
            high_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD_CLOEXEC, 100)
            high_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD_CLOEXEC, 100)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        args = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--remote-debugging-pipe", f"--user-data-dir={profile}", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-sync", "--lang=en-US", "--accept-lang=en-US", "about:blank"]
        # os.pipe() ends are close-on-exec; only the dup2'd 3 and 4 reach chromium (close_fds=False so that
        # subprocess does not close them again after arrange_fds).
        with open(os.path.join(os.path.dirname(profile), "chromium.err"), "wb") as log:
            self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                                            preexec_fn=arrange_fds, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self._next = 0
        self._replies = {}
        self.events = []
        self._lock = threading.Condition()
        self._closed = False
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buffer = b""
        while True:
            try:
                chunk = os.read(self._in, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._lock:
                    self._closed = True
                    self._lock.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                text, buffer = buffer.split(b"\0", 1)
                message = json.loads(text)
                with self._lock:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                    self._lock.notify_all()

    def call(self, method, params=None, session=None, timeout=30):
        with self._lock:
            self._next += 1
            ident = self._next
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        try:
            while data:
                data = data[os.write(self._out, data):]
        except OSError as error:
            raise CheckFailed(f"chromium is not listening ({error}); see its exit status {self.process.poll()}")
        deadline = time.monotonic() + timeout
        with self._lock:
            while ident not in self._replies:
                if self._closed:
                    raise CheckFailed(f"chromium closed the pipe during {method}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise CheckFailed(f"no reply to {method} within {timeout} s")
                self._lock.wait(remaining)
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise CheckFailed(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def events_named(self, method):
        with self._lock:
            return [event for event in self.events if event.get("method") == method]

    def close(self):
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._out, self._in):
            try:
                os.close(fd)
            except OSError:
                pass


class Page:
    """One tab, attached with flatten=true so commands carry its sessionId."""

    def __init__(self, tools, isolated=False):
        self.tools = tools
        params = {"url": "about:blank"}
        if isolated:  # a separate cookie jar: a visitor who is not logged in
            params["browserContextId"] = tools.call("Target.createBrowserContext")["browserContextId"]
        target = tools.call("Target.createTarget", params)["targetId"]
        self.session = tools.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network", "DOM"):
            self.call(f"{domain}.enable")
        # Records Content-Security-Policy violations in the page (this bootstrap is not subject to the CSP).
        self.call("Page.addScriptToEvaluateOnNewDocument", {"source": """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', function (e) {
              window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
            });"""})

    def call(self, method, params=None, timeout=30):
        return self.tools.call(method, params, session=self.session, timeout=timeout)

    def evaluate(self, expression, timeout=30):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise CheckFailed("in the page: " + details.get("exception", {}).get("description", details.get("text", "")))
        return result["result"].get("value")

    def wait_for(self, expression, timeout=10, interval=0.1):
        """Polls a page expression until it is truthy; survives navigations in between. Returns its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression, timeout=5)
                if value:
                    return value
            except CheckFailed:  # e.g. the execution context was destroyed by a navigation
                pass
            time.sleep(interval)
        return None

    def navigate(self, url, path_pattern, timeout=15):
        self.call("Page.navigate", {"url": url})
        return self.wait_loaded(path_pattern, timeout)

    def wait_loaded(self, path_pattern, timeout=15):
        expression = ("document.readyState === 'complete' && new RegExp(%s).test(location.pathname + location.search)"
                      " && location.href") % json.dumps(path_pattern)
        return self.wait_for(expression, timeout)

    def session_events(self, method):
        return [e for e in self.tools.events_named(method) if e.get("sessionId") == self.session]


# --------------------------------------------------------------------------------------------------------------
# The server and its JSON API.

def run(args, **kwargs):
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def api(base, token, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        text = error.read()
        try:
            return error.code, json.loads(text)
        except ValueError:
            return error.code, text.decode(errors="replace")


def start_server(work, env):
    out = open(os.path.join(work, "serve.out"), "w")
    err = open(os.path.join(work, "serve.err"), "w")
    server = subprocess.Popen([CHOSA, "serve", "--port", "0", "--now", NOW], cwd=ROOT, env=env,
                              stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with open(os.path.join(work, "serve.out")) as handle:
            match = re.search(r"listening on (http://[^/\s]+)/", handle.read())
        if match:
            return server, match.group(1).replace("://0.0.0.0:", "://127.0.0.1:")
        if server.poll() is not None:
            break
        time.sleep(0.1)
    with open(os.path.join(work, "serve.err")) as handle:
        raise CheckFailed("the server did not start:\n" + handle.read())


# --------------------------------------------------------------------------------------------------------------
# The checks.

SAVED = r"Saved automatically|自動保存しました"
CONFLICT = r"someone else at your institution saved meanwhile|他の担当者が先に保存しています"


def set_choice(name, value):
    """JS that checks (or, with value None, clears) a radio/checkbox group and fires change like a click."""
    return """(function () {
      var inputs = Array.prototype.slice.call(document.querySelectorAll('form.section-form input[name="a:%s"]'));
      if (!inputs.length) { throw new Error('no input named a:%s'); }
      var target = null;
      inputs.forEach(function (input) {
        var on = %s !== null && input.value === %s;
        if (on) { target = input; }
        if (input.checked !== on) { input.checked = on; input.dispatchEvent(new Event('input', {bubbles: true}));
          input.dispatchEvent(new Event('change', {bubbles: true})); }
      });
      return inputs.map(function (input) { return input.value + (input.checked ? '*' : ''); }).join(',');
    })()""" % (name, name, json.dumps(value), json.dumps(value))


def type_into(name, value):
    return """(function () {
      var input = document.querySelector('form.section-form [name="a:%s"]');
      if (!input) { throw new Error('no input named a:%s'); }
      input.focus(); input.value = %s;
      input.dispatchEvent(new Event('input', {bubbles: true}));
      input.dispatchEvent(new Event('change', {bubbles: true}));
      return input.value;
    })()""" % (name, name, json.dumps(value))


STATUS = "(document.querySelector('.autosave') || {}).textContent || ''"
BASE_REVISION = "document.querySelector('form.section-form input[name=base_revision]').value"


def hidden_state(item):
    """The item's wrapper (`<div data-item id="item-q-ID">`, q- for a top-level item) is shown or hidden."""
    return "(function () { var e = document.getElementById(%s); return e ? (e.hidden ? 'hidden' : 'shown') : 'missing'; })()" \
        % json.dumps("item-q-" + item)


def complete_draft(base, token):
    """Saves the example response as the institution's draft, with a document for each of its evidence items (the
    questionnaire requires the documents its claims rest on); returns the save's JSON."""
    example = json.load(open(os.path.join(ROOT, SURVEY, "examples", "NU-001.json")))
    for item in sorted(example.get("evidence", {})):
        upload = urllib.request.Request(f"{base}/api/v1/evidence/{item}?name={item}.pdf", method="POST",
                                        data=b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
        upload.add_header("Authorization", f"Bearer {token}")
        upload.add_header("Content-Type", "application/octet-stream")
        urllib.request.urlopen(upload, timeout=10).read()
    status, current = api(base, token, "GET", "/api/v1/response")
    status, saved = api(base, token, "PUT", "/api/v1/response", {"base_revision": current.get("revision", 0), "answers": example["answers"]})
    return saved


def checks(page, base, token1, token2, login_url, inst1, inst2):
    """inst1 and inst2 are (id, name_ja, name_en)."""
    # a. Login through the invitation link.
    page.navigate(login_url, r"^/login")
    form_state = page.evaluate("""(function () {
      var f = document.querySelector('form.login'); var t = document.getElementById('token');
      return f ? {filled: !!(t && t.value), action: f.getAttribute('action')} : null; })()""")
    if form_state:  # the letter's link fills the field; the user presses the button
        page.evaluate("document.querySelector('form.login button[type=submit]').click(); true")
    landed = page.wait_loaded(r"^/portal/?$", timeout=10)
    if not report(bool(landed), "a1 login with the invitation link reaches the overview",
                  "" if landed else f"still at {page.evaluate('location.href')}: "
                  + (page.evaluate("(document.querySelector('main') || document.body).innerText") or "")[:300]):
        raise CheckFailed("cannot continue without a session")
    page.navigate(f"{base}/portal/sections/{SECTION}", rf"^/portal/sections/{SECTION}")
    has_form = page.wait_for("!!document.querySelector('form.section-form')", timeout=5)
    if not report(bool(has_form), f"a2 section page /portal/sections/{SECTION} has form.section-form"):
        raise CheckFailed("no section form")

    # b. The script loaded under the CSP.
    script_responses = [e["params"]["response"] for e in page.session_events("Network.responseReceived")
                        if e["params"]["response"]["url"].endswith("/static/portal.js")]
    statuses = sorted({r["status"] for r in script_responses})
    report(statuses == [200], "b1 /static/portal.js answered 200", f"statuses {statuses}")
    violations = page.evaluate("window.__violations") or []
    console = [e["params"]["entry"]["text"] for e in page.session_events("Log.entryAdded")
               if "Content Security Policy" in e["params"]["entry"].get("text", "")]
    exceptions = [e["params"]["exceptionDetails"].get("exception", {}).get("description", e["params"]["exceptionDetails"].get("text"))
                  for e in page.session_events("Runtime.exceptionThrown")]
    report(not violations and not console and not exceptions, "b2 no CSP violation and no script error",
           "; ".join(map(str, violations + console + exceptions))[:400])

    # c. Live relevance.
    before = page.evaluate(hidden_state(FOLLOW_UP))
    if before != "hidden":
        report(False, f"c1 {FOLLOW_UP} is hidden before {CONTROL} is answered", before)
    else:
        page.evaluate(set_choice(CONTROL, "yes"))
        shown = page.wait_for(f"{hidden_state(FOLLOW_UP)} === 'shown'", timeout=3)
        report(bool(shown), f"c1 answering {CONTROL}=yes shows {FOLLOW_UP} without saving")
        page.evaluate(set_choice(CONTROL, None))
        hidden = page.wait_for(f"{hidden_state(FOLLOW_UP)} === 'hidden'", timeout=3)
        report(bool(hidden), f"c2 clearing {CONTROL} hides {FOLLOW_UP} again")

    # d. Autosave.
    status, draft = api(base, token1, "GET", "/api/v1/response")
    revision0 = draft["revision"]
    page.evaluate(type_into(TYPED, "120"))
    started = time.monotonic()
    said = page.wait_for(f"new RegExp({json.dumps(SAVED)}).test({STATUS}) && {STATUS}", timeout=25, interval=0.5)
    report(bool(said), "d1 the status says the draft was saved automatically",
           f"after {time.monotonic() - started:.1f} s: {said!r}" if said else f"status {page.evaluate(STATUS)!r}")
    status, draft = api(base, token1, "GET", "/api/v1/response")
    revision1 = draft["revision"]
    report(revision1 > revision0 and draft["answers"].get(TYPED) == 120,
           "d2 the API shows a new revision with the typed answer",
           f"revision {revision0} -> {revision1}, {TYPED}={draft['answers'].get(TYPED)!r}")
    page_revision = page.evaluate(BASE_REVISION)
    report(page_revision == str(revision1), "d3 the page's base_revision is the new revision",
           f"page {page_revision}, API {revision1}")

    # e. Someone else saves through the API; the page's next autosave must not overwrite it.
    theirs = dict(draft["answers"], students_total=5000)
    status, saved = api(base, token1, "PUT", "/api/v1/response", {"base_revision": revision1, "answers": theirs})
    if not report(status == 200, "e1 another staff member saves through the API", f"status {status} {saved}"):
        return
    revision2 = saved["revision"]
    page.evaluate(type_into(TYPED, "130"))
    said = page.wait_for(f"new RegExp({json.dumps(CONFLICT)}).test({STATUS}) && {STATUS}", timeout=25, interval=0.5)
    report(bool(said), "e2 the status shows the conflict", repr(said or page.evaluate(STATUS)))
    status, draft = api(base, token1, "GET", "/api/v1/response")
    report(draft["revision"] == revision2 and draft["answers"].get(TYPED) == 120
           and draft["answers"].get("students_total") == 5000,
           "e3 nothing was overwritten: the API still has the other staff member's revision",
           f"revision {draft['revision']} (theirs {revision2}), {TYPED}={draft['answers'].get(TYPED)!r}, "
           f"students_total={draft['answers'].get('students_total')!r}")

    # The status tells the user to press Save draft: the page then lists the other person's changes and keeps
    # what was typed, and nothing is saved until they press it again.
    page.evaluate("document.querySelector('form.section-form button[value=save]').click(); true")
    shown = page.wait_for("document.readyState === 'complete' && !!document.querySelector('.conflict') && "
                          "[document.querySelector('.conflict').innerText, "
                          "document.querySelector('[name=\"a:%s\"]').value]" % TYPED, timeout=10)
    status, draft = api(base, token1, "GET", "/api/v1/response")
    report(bool(shown) and shown[1] == "130" and re.search(r"students|学生", shown[0]) is not None
           and draft["revision"] == revision2,
           "e4 Save draft then lists the other person's change and keeps the typed answer",
           repr(shown)[:300] if shown else "no .conflict on the page")

    # f. The language switch in the header; the script's messages follow the page's language.
    lang = page.evaluate("document.documentElement.lang")
    other = "ja" if lang == "en" else "en"
    page.evaluate("document.querySelector('nav.lang a[hreflang=%s]').click(); true" % other)
    switched = page.wait_for(f"document.readyState === 'complete' && document.documentElement.lang === '{other}'"
                             f" && !!document.querySelector('form.section-form')", timeout=10)
    report(bool(switched), f"f1 the language switch turns the section page from {lang} to {other}",
           page.evaluate("location.pathname + ' lang=' + document.documentElement.lang"))
    page.evaluate(type_into(TYPED, "140"))
    expected = r"^自動保存しました" if other == "ja" else r"^Saved automatically"
    said = page.wait_for(f"new RegExp({json.dumps(expected)}).test({STATUS}) && {STATUS}", timeout=25, interval=0.5)
    report(bool(said), f"f2 the autosave status is in the new language ({other})", repr(said or page.evaluate(STATUS)))

    # g. Isolation: institution 2 submits; nothing of it is reachable with institution 1's session or token.
    saved = complete_draft(base, token2)
    status, receipt = api(base, token2, "POST", "/api/v1/submissions",
                          {"submission_id": str(uuid.uuid4()), "attested_by": "Browser Check", "revision": saved.get("revision")})
    if not report(status == 201, "g1 institution 2 submits through the API", f"status {status}"):
        return
    other_id = receipt["submission_id"]
    status, me = api(base, token1, "GET", "/api/v1/me")
    status_list, listed = api(base, token1, "GET", "/api/v1/submissions")
    status_one, _ = api(base, token1, "GET", f"/api/v1/submissions/{other_id}")
    report(me.get("institution") == inst1[0] and not any(r.get("submission_id") == other_id for r in listed)
           and status_one == 404, "g2 institution 1's token sees only institution 1",
           f"me={me.get('institution')}, submissions {len(listed)}, other's receipt {status_one}")
    statuses = page.evaluate("""Promise.all(%s.map(function (path) {
        return fetch(path, {credentials: 'same-origin', redirect: 'manual'}).then(function (r) { return path + ' ' + r.status; });
      }))""" % json.dumps([f"/portal/receipts/{other_id}", f"/portal/receipts/{other_id}/print",
                           f"/portal/receipts/{other_id}/content.json"]))
    report(all(s.endswith(" 404") for s in statuses), "g3 institution 2's receipt is 404 with institution 1's session",
           ", ".join(statuses))
    shown = page.evaluate("document.querySelector('.who') && document.querySelector('.who').textContent") or ""
    report(any(name in shown for name in inst1[1:]) and not any(name in shown for name in inst2[1:]),
           "g4 the portal names only institution 1", repr(shown))


# --------------------------------------------------------------------------------------------------------------
# Issue 15: the defects found by walking two clerks through the portal, and axe at desktop and phone widths.

DESKTOP = (1366, 900)
PHONE = (390, 844)
EVIDENCE_SECTION = "governance"
EVIDENCE_ITEM = "integrity_regulation_doc"


def axe_source():
    """axe-core as bundled by the PyPI package axe-playwright-python (pip install --no-deps), or None."""
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(folder, "axe.min.js")
        if os.path.exists(path):
            with open(path) as handle:
                return handle.read()
    return None


def set_width(page, size):
    width, height = size
    page.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1,
                                                     "mobile": width < 600})


def screenshot(page, name):
    folder = os.environ.get("SHOTS")
    if not folder:
        return
    import base64
    os.makedirs(folder, exist_ok=True)
    data = page.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
    with open(os.path.join(folder, name + ".png"), "wb") as handle:
        handle.write(base64.b64decode(data))


def run_axe(page, source, label):
    """Reports axe violations of impact serious or critical on the current page."""
    if source is None:
        report(False, f"axe {label}", "axe-core not found: pip install --no-deps axe-playwright-python")
        return
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(source + "; true", timeout=30)
    found = page.evaluate("""axe.run(document, {resultTypes: ['violations']}).then(function (r) {
        return r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
          .map(function (v) { return v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.nodes[0].target.join(' '); }); })""",
                          timeout=60)
    report(not found, f"axe {label}: no violation at serious or above", "; ".join(found or [])[:500])


def fits(page):
    """The page is no wider than the viewport (nothing to scroll sideways)."""
    return page.evaluate("""(function () { var w = window.innerWidth; var worst = 0;
      document.querySelectorAll('main *').forEach(function (e) { var r = e.getBoundingClientRect();
        if (r.width > 0 && r.right > worst) { worst = r.right; } });
      return {viewport: w, scroll: document.documentElement.scrollWidth, right: Math.round(worst)}; })()""")


def choose_file(page, selector, path):
    node = page.call("Runtime.evaluate", {"expression": "document.querySelector(%s)" % json.dumps(selector)})["result"]
    if "objectId" not in node:
        raise CheckFailed(f"no element {selector}")
    page.call("DOM.setFileInputFiles", {"files": [path], "objectId": node["objectId"]})


def click_and_load(page, selector, path_pattern, timeout=15):
    page.evaluate("window.__left = true; document.querySelector(%s).click(); true" % json.dumps(selector))
    return page.wait_for("document.readyState === 'complete' && !window.__left && new RegExp(%s).test(location.pathname)"
                         " && location.pathname" % json.dumps(path_pattern), timeout)


def polish_checks(page, base, token1, work):
    """Issue 15 defects 1-5 in the browser, then axe and layout at both widths."""
    source = axe_source()
    status, draft = api(base, token1, "GET", "/api/v1/response")
    answers = dict(draft.get("answers", {}), integrity_regulation_status="in_force")
    status, saved = api(base, token1, "PUT", "/api/v1/response", {"base_revision": draft.get("revision", 0), "answers": answers})
    report(status == 200, "h0 institution 1 says its regulation is in force (the document is then asked for)", f"status {status}")
    set_width(page, DESKTOP)
    section = rf"^/portal/sections/{EVIDENCE_SECTION}"
    page.navigate(f"{base}/portal/sections/{EVIDENCE_SECTION}", section)
    limit = page.evaluate("(document.getElementById('accept-q-%s') || {}).textContent || ''" % EVIDENCE_ITEM)
    report(re.search(r"MB", limit or "") is not None, "h1 the size limit is stated beside the file input", repr(limit))

    # Defect 1: an .exe named .pdf is refused at its input; the answers are saved and the next save is no conflict.
    fake = os.path.join(work, "setup.pdf")
    with open(fake, "wb") as handle:
        handle.write(b"MZ\x90\x00" + b"\x00" * 64)
    choose_file(page, f"input[name='file:{EVIDENCE_ITEM}']", fake)
    click_and_load(page, "form.section-form button[value=save]", section)
    shown = page.evaluate("""(function () { var e = document.getElementById('error-q-%s');
      return {error: e ? e.innerText : '', saved: !!document.querySelector('.notice[role=status]'),
              revision: document.querySelector('input[name=base_revision]').value}; })()""" % EVIDENCE_ITEM)
    status, draft = api(base, token1, "GET", "/api/v1/response")
    report(bool(shown and shown["error"]) and shown["saved"] and shown["revision"] == str(draft["revision"]),
           "h2 a refused file: error at its input, 'saved' shown, the page at the saved revision", repr(shown)[:300])
    real = os.path.join(work, "regulation.pdf")
    with open(real, "wb") as handle:
        handle.write(b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    choose_file(page, f"input[name='file:{EVIDENCE_ITEM}']", real)
    click_and_load(page, "form.section-form button[value=save]", section)
    status, draft = api(base, token1, "GET", "/api/v1/response")
    conflict = page.evaluate("!!document.querySelector('.conflict')")
    names = [f.get("name") for f in draft.get("evidence", {}).get(EVIDENCE_ITEM, [])]
    report(not conflict and "regulation.pdf" in names, "h3 the next save with a real PDF is no conflict and keeps the PDF",
           f"conflict={conflict}, files={names}")

    # Defect 2: the script refuses a file over the limit before sending anything.
    big = os.path.join(work, "big.pdf")
    with open(big, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(21 * 1024 * 1024)
    choose_file(page, f"input[name='file:{EVIDENCE_ITEM}']", big)
    page.evaluate("document.querySelector(\"input[name='file:%s']\").dispatchEvent(new Event('change', {bubbles: true})); true" % EVIDENCE_ITEM)
    page.evaluate("window.__stayed = true; document.querySelector('form.section-form button[value=save]').click(); true")
    time.sleep(1)
    stayed = page.evaluate("""[!!window.__stayed, (document.querySelector('.file-size-error') || {}).textContent || '',
                              document.activeElement && document.activeElement.name]""")
    report(bool(stayed and stayed[0] and "MB" in stayed[1] and stayed[2] == f"file:{EVIDENCE_ITEM}"),
           "h4 a file over the limit is refused by the script before sending, with the limit in MB", repr(stayed)[:300])
    page.navigate(f"{base}/portal/sections/{EVIDENCE_SECTION}", section)

    # Defect 3: once a follow-up is shown, its "not asked" note is gone.
    page.navigate(f"{base}/portal/sections/{SECTION}", rf"^/portal/sections/{SECTION}")
    page.evaluate(set_choice(CONTROL, "yes"))
    page.wait_for(f"{hidden_state(FOLLOW_UP)} === 'shown'", timeout=3)
    visible = page.evaluate("""Array.prototype.filter.call(document.querySelectorAll('.not-asked-note'),
                               function (e) { return e.offsetParent !== null; }).length""")
    report(visible == 0, "h5 no 'not asked' note under a question that is shown", f"{visible} visible")

    complete_draft(base, token1)
    # Defect 5: a refused submission keeps the review page's address, focuses the error; the language switch works.
    page.navigate(f"{base}/portal/review", r"^/portal/review")
    if page.evaluate("!!document.querySelector('form[action^=\"/portal/review\"] button[type=submit]')"):
        click_and_load(page, "form[action^='/portal/review'] button[type=submit]", r"^/portal/review")
        focused = page.wait_for("document.activeElement && document.activeElement.id", timeout=3)
        where = page.evaluate("[location.pathname, document.activeElement && document.activeElement.outerHTML.slice(0, 80),"
                              " !!document.getElementById('submit-error')]")
        report(focused == "submit-error" and where and where[0] == "/portal/review",
               "h6 a refused submission stays at /portal/review with the error focused", repr(where))
        page.evaluate("document.querySelector('nav.lang a:not([aria-current])').click(); true")
        switched = page.wait_for("document.readyState === 'complete' && location.pathname === '/portal/review' && "
                                 "!!document.querySelector('h1') && document.title", timeout=10)
        report(bool(switched) and "404" not in (switched or ""), "h7 switching language after it shows the review page", repr(switched))
    else:
        report(True, "h6 (skipped: the review page has no submit form for this draft)")

    # Axe and layout at both widths on login, a section, review and a receipt (defects 4 and 9).
    visitor = Page(page.tools, isolated=True)
    status, listed = api(base, token1, "GET", "/api/v1/submissions")
    if not listed:
        status, current = api(base, token1, "GET", "/api/v1/response")
        status, receipt = api(base, token1, "POST", "/api/v1/submissions",
                              {"submission_id": str(uuid.uuid4()), "attested_by": "Browser Check", "revision": current.get("revision")})
        listed = [receipt] if status == 201 else []
    pages = [("login", visitor, "/login", r"^/login"), ("overview", page, "/portal", r"^/portal/?$"),
             ("section", page, f"/portal/sections/{SECTION}", r"^/portal/sections/"),
             ("review", page, "/portal/review", r"^/portal/review")]
    if listed:
        pages.append(("receipt", page, f"/portal/receipts/{listed[0]['submission_id']}", r"^/portal/receipts/"))
        pages.append(("copy", page, f"/portal/receipts/{listed[0]['submission_id']}/print", r"/print$"))
    for width_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
        for name, tab, path, pattern in pages:
            set_width(tab, size)
            tab.navigate(base + path, pattern)
            screenshot(tab, f"{name}-{width_name}")
            run_axe(tab, source, f"{name} at {size[0]} px")
            box = fits(tab)
            report(box and box["scroll"] <= box["viewport"] and box["right"] <= box["viewport"] + 1,
                   f"i {name} at {size[0]} px: nothing wider than the screen", repr(box))
        if width_name == "phone":
            set_width(page, size)
            page.navigate(f"{base}/portal/sections/{SECTION}", r"^/portal/sections/")
            top = page.evaluate("Math.round(document.querySelector('h1').getBoundingClientRect().top)")
            report(top is not None and top < 200, "i the section's heading is near the top on a phone (the list is folded)", f"h1 at {top} px")
            small = page.evaluate("""Array.prototype.filter.call(document.querySelectorAll('main a, main input[type=radio], main input[type=checkbox], main button'),
              function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.height < 24 && !e.closest('p, li, dd'); })
              .map(function (e) { return e.outerHTML.slice(0, 60); })""")
            report(not small, "i targets on a phone section page are at least 24 px tall", "; ".join(small or [])[:300])
    set_width(page, DESKTOP)
    if listed:
        check_printed_copy(page, base, listed[0]["submission_id"], work)


def check_printed_copy(page, base, submission, work):
    """Defect 4: the printed copy names the institution and its first page is not near-blank."""
    import base64
    page.navigate(f"{base}/portal/receipts/{submission}/print", r"/print$")
    data = page.call("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False}, timeout=60)["data"]
    path = os.path.join(work, "copy.pdf")
    with open(path, "wb") as handle:
        handle.write(base64.b64decode(data))
    if not shutil.which("pdftotext"):
        report(False, "j printed copy", "pdftotext not found: apt-get install poppler-utils")
        return
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", path, "-"], capture_output=True, text=True).stdout
    lines = [line for line in first.splitlines() if line.strip()]
    name = page.evaluate("(document.querySelector('dl.receipt dd') || {}).textContent || ''")
    report(len(lines) >= 20 and bool(name) and name in first,
           "j the printed copy's first page is full and names the institution", f"{len(lines)} lines on page 1, institution {name!r}")


def main():
    if not os.path.exists(CHROMIUM):
        print(f"browser-check needs chromium at {CHROMIUM}: apt-get install chromium", file=sys.stderr)
        return 2
    if os.environ.get("SKIP_BUILD") != "1":
        run([SWIFT, "build", "--product", "chosa"])
    work = tempfile.mkdtemp(prefix="chosa-browser-check-")
    server = None
    tools = None
    try:
        env = dict(os.environ, CHOSA_DB=os.path.join(work, "chosa.sqlite"))
        roster = os.path.join(work, "roster.csv")
        with open(roster, "w") as handle:
            handle.write("id,name_ja,name_en,category,contact\n"
                         "BC-001,ブラウザ検査大学,Browser Check University,national_university,\n"
                         "BC-002,別機関大学,Other Institution University,national_university,\n")
        tokens_csv = os.path.join(work, "tokens.csv")
        run([CHOSA, "db", "init"], env=env)
        run([CHOSA, "survey", "load", "--survey", SURVEY], env=env)
        run([CHOSA, "institutions", "import", roster], env=env)
        run([CHOSA, "invite", "--all", "--out", tokens_csv, "--expires", "2099-12-31"], env=env)
        with open(tokens_csv, newline="") as handle:
            rows = {row["institution"]: row for row in csv.DictReader(handle)}
        first, second = rows["BC-001"], rows["BC-002"]
        server, base = start_server(work, env)
        # The invitation link names the site it was written for; the path and query are what matter here.
        link = re.sub(r"^https?://[^/]+", "", first["login_url"])
        profile = os.path.join(work, "profile")
        os.mkdir(profile)
        tools = DevTools(CHROMIUM, profile)
        page = Page(tools)
        checks(page, base, first["token"], second["token"], base + link,
               (first["institution"], first["name_ja"], first["name_en"]),
               (second["institution"], second["name_ja"], second["name_en"]))
        polish_checks(page, base, first["token"], work)
    except CheckFailed as error:
        report(False, "the check could not go on", str(error))
    except Exception as error:  # a surprise in the check itself still cleans up and fails
        report(False, "the check could not go on", f"{type(error).__name__}: {error}")
    finally:
        if tools:
            tools.close()
        if server:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        for log in ("serve.err", "chromium.err") if failures else ():
            if os.path.exists(os.path.join(work, log)):
                with open(os.path.join(work, log), errors="replace") as handle:
                    print(f"{log} (last lines):\n" + "".join(handle.readlines()[-15:]), file=sys.stderr)
        if os.environ.get("KEEP") == "1":
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} check(s) failed" if failures else "all browser checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
