#!/usr/bin/env python3
"""make attack: hostile input against a live `chosa serve`, one row per kind (issue 16), and the cross-institution
matrix. A failure is a server error, a leak, hostile text shown unescaped, or something accepted that must be
refused. Prints a table of attempts and failures; exits 1 on any failure. Standard library only."""
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "harness"))
from portal import Browser  # noqa: E402
from scratch import SURVEY, Scratch  # noqa: E402

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
XSS = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "javascript:alert(1)//'\""]
MARKERS = ["<script>alert(1)", "<img src=x onerror", "<svg onload"]


class Table:
    def __init__(self):
        self.rows = []

    def kind(self, name):
        row = {"name": name, "attempts": 0, "failures": 0, "notes": []}
        self.rows.append(row)
        return row


def expect(row, ok, note=""):
    row["attempts"] += 1
    if not ok:
        row["failures"] += 1
        if note and len(row["notes"]) < 3:
            row["notes"].append(note)


def api(scratch, method, path, token, body=None, headers=None):
    return scratch.request(method, path, token=token, body=body, headers=headers)


def docx(extra_entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        for name, size in extra_entries:
            with archive.open(name, "w", force_zip64=True) as entry:
                chunk = bytes(1 << 20)
                for _ in range(size >> 20):
                    entry.write(chunk)
    return buffer.getvalue()


def hostile_answers(scratch, payload):
    answers = json.loads(json.dumps(scratch.answers))
    # The questionnaire's free text inside a repeat: the funder type "other", described in words.
    for row in answers.get("foreign_funding", []):
        row["funder_type"] = "other"
        row["funder_type_other"] = payload
    return answers


def run_inputs(scratch, table):
    a, b = scratch.institutions[0], scratch.institutions[1]
    ta, tb = scratch.tokens[a], scratch.tokens[b]
    no5xx = lambda status: status < 500  # noqa: E731

    row = table.kind("xss in text answers, on every portal page")
    browser = Browser(scratch)
    browser.log_in(ta)
    # The documents the questionnaire requires, so the hostile answers can be submitted and their receipt viewed.
    revision = scratch.attach_evidence(ta)
    for payload in XSS:
        status, _, body = api(scratch, "PUT", "/api/v1/response", ta, {"base_revision": revision, "answers": hostile_answers(scratch, payload)})
        expect(row, status == 200, "save %d" % status)
        if status == 200:
            revision = json.loads(body)["revision"]
    status, _, body = api(scratch, "POST", "/api/v1/submissions", ta, {"submission_id": str(uuid.uuid4()), "attested_by": XSS[0]})
    receipt = json.loads(body).get("submission_id", "") if status == 201 else ""
    pages = ["/portal", "/portal/review", "/portal/receipts/%s" % receipt, "/portal/receipts/%s/print" % receipt]
    _, _, overview = browser.get("/portal")
    pages += sorted(set("/portal/sections/" + s for s in __import__("re").findall(r'/portal/sections/([a-z_]+)', overview)))
    for page in pages:
        status, _, html = browser.get(page)
        expect(row, status == 200 and not any(marker in html for marker in MARKERS), "%s %d" % (page, status))

    row = table.kind("xss in letters and the public report")
    exported = os.path.join(scratch.work, "responses.json")
    subprocess.run([scratch.chosa, "responses", "export", "--format", "json", "--out", exported, "--db", scratch.db], capture_output=True)
    commands = [(["report", "--out", os.path.join(scratch.work, "report"), "--lang", "both", "--db", scratch.db], os.path.join(scratch.work, "report")),
                (["letters", "--survey", SURVEY, exported, "--out", os.path.join(scratch.work, "letters")], os.path.join(scratch.work, "letters"))]
    for command, folder in commands:
        result = subprocess.run([scratch.chosa, *command], capture_output=True)
        scanned = 0
        if result.returncode == 0 and os.path.isdir(folder):
            for root, _, files in os.walk(folder):
                for name in files:
                    with open(os.path.join(root, name), "rb") as source:
                        text = source.read().decode("utf-8", "replace")
                    scanned += 1
                    expect(row, not any(marker in text for marker in MARKERS), name)
        if scanned == 0:
            # Nothing to scan (e.g. too few institutions to publish) is not a failure, a crash is.
            expect(row, result.returncode in (0, 1), "%s exit %d" % (command[0], result.returncode))

    row = table.kind("SQL metacharacters read back unchanged")
    for payload in ["' OR 1=1 --", "\"; DROP TABLE draft; --", "1); DELETE FROM submission; --", "%' AND '%'='"]:
        status, _, body = api(scratch, "PUT", "/api/v1/response", tb, {"base_revision": 0 if row["attempts"] == 0 else revision_b,
                                                                      "answers": hostile_answers(scratch, payload)})
        revision_b = json.loads(body).get("revision", 0) if status == 200 else 0
        _, _, stored = api(scratch, "GET", "/api/v1/response", tb)
        expect(row, status == 200 and json.loads(stored)["answers"]["foreign_funding"][0]["funder_type_other"] == payload, "%d" % status)

    row = table.kind("NUL and control characters")
    for payload in ["a\u0000b", "\u0007bell", "x\u001bok"]:
        status, _, _ = api(scratch, "PUT", "/api/v1/response", tb, {"base_revision": revision_b, "answers": hostile_answers(scratch, payload)})
        expect(row, status == 422, "%d" % status)

    row = table.kind("invalid UTF-8")
    for body in [b"{\"base_revision\":0,\"answers\":{\"x\":\"\xff\xfe\"}}", b"\xc0\xaf", b"{\"a\":\"\xed\xa0\x80\"}"]:
        status, _, _ = api(scratch, "PUT", "/api/v1/response", ta, body, {"Content-Type": "application/json"})
        expect(row, status == 400, "%d" % status)

    row = table.kind("huge JSON body")
    status, _, _ = api(scratch, "PUT", "/api/v1/response", ta, b"{\"a\":\"" + b"x" * (3 << 20) + b"\"}", {"Content-Type": "application/json"})
    expect(row, status == 413, "%d" % status)

    row = table.kind("deeply nested JSON")
    for depth in [600, 100_000]:
        status, _, _ = api(scratch, "PUT", "/api/v1/response", ta, b"[" * depth + b"]" * depth, {"Content-Type": "application/json"})
        expect(row, status == 400, "%d" % status)

    row = table.kind("huge and odd numbers")
    for number in ["1e309", "-1e400", "123456789012345678901234567890", "1e308", "-0", "0.1e-400"]:
        body = ("{\"base_revision\":0,\"answers\":{\"researchers_total\":%s}}" % number).encode()
        status, _, _ = api(scratch, "PUT", "/api/v1/response", scratch.tokens[scratch.institutions[2]], body, {"Content-Type": "application/json"})
        must_refuse = number in ("1e309", "-1e400")
        expect(row, no5xx(status) and (status == 400 or not must_refuse), "%s %d" % (number, status))

    row = table.kind("duplicate JSON keys")
    status, _, _ = api(scratch, "PUT", "/api/v1/response", ta, b"{\"base_revision\":0,\"base_revision\":1,\"answers\":{}}", {"Content-Type": "application/json"})
    expect(row, status == 422, "%d" % status)

    row = table.kind("non-JSON content type on the API")
    for kind in ["text/plain", "application/x-www-form-urlencoded", ""]:
        status, _, _ = api(scratch, "PUT", "/api/v1/response", ta, b"{\"base_revision\":0,\"answers\":{}}", {"Content-Type": kind} if kind else {})
        expect(row, status == 415, "%r %d" % (kind, status))

    row = table.kind("unknown fields")
    status, _, _ = api(scratch, "POST", "/api/v1/submissions", ta, {"submission_id": str(uuid.uuid4()), "attested_by": "x", "is_admin": True})
    expect(row, status == 422, "%d" % status)
    status, _, _ = api(scratch, "PUT", "/api/v1/response", ta, {"base_revision": 0, "answers": {}, "institution": b})
    expect(row, status == 422, "%d" % status)

    row = table.kind("60,000 unknown answer keys")
    started = time.time()
    status, _, body = api(scratch, "PUT", "/api/v1/response", ta, {"base_revision": 0, "answers": {"k%d" % i: 1 for i in range(60_000)}})
    expect(row, status == 422 and len(body) < 200_000 and time.time() - started < 10, "%d, %d bytes" % (status, len(body)))

    row = table.kind("open redirect through the language switch")
    for back in ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example", "/%E2%80%AE/evil.example", "/%0d%0aSet-Cookie:x=1"]:
        status, headers, _ = Browser(scratch).get("/language/en?back=" + back)
        expect(row, status == 303 and headers.get("Location") == "/portal", "%s -> %s" % (back, headers.get("Location")))

    row = table.kind("cross-origin and forged form posts")
    port = scratch.port
    for origin in ["http://evil.example://127.0.0.1:%d" % port, "http://evil.example", "https://127.0.0.1:%d" % port, "http://127.0.0.1:%d.evil" % port]:
        fresh = Browser(scratch)
        _, _, page = fresh.get("/login")
        status, _, _ = fresh.post("/login", [("_csrf", fresh.hidden("_csrf", page)), ("token", ta)], origin=origin)
        expect(row, status == 403, "%s %d" % (origin, status))
    status, _, _ = Browser(scratch).post("/login", [("_csrf", "1." + "A" * 43), ("token", ta)])
    expect(row, status == 403, "forged login token %d" % status)
    status, _, _ = browser.post_multipart("/portal/sections/profile", [("base_revision", "1"), ("action", "save")])
    expect(row, status == 403, "section post without token %d" % status)

    row = table.kind("throttle: a valid token after others failed")
    wrong = "wrong-token-wrong-token-wrong-00"
    for _ in range(12):
        api(scratch, "GET", "/api/v1/me", wrong)
    status, _, _ = api(scratch, "GET", "/api/v1/me", wrong)
    expect(row, status == 429, "wrong token %d" % status)
    for _ in range(5):
        status, _, _ = api(scratch, "GET", "/api/v1/me", tb)
        expect(row, status == 200, "valid token %d" % status)

    row = table.kind("X-Forwarded-For rotation without a trusted proxy")
    for index in range(5):
        status, _, _ = api(scratch, "GET", "/api/v1/me", wrong, headers={"X-Forwarded-For": "198.51.100.%d" % index})
        expect(row, status == 429, "%d" % status)

    row = table.kind("file names: bidi, control, wrong extension")
    for name, data, expected in [("\u202egpj.exe", PDF, "gpj.pdf"), ("poly.html", PDF, "poly.pdf"), ("x.svg", PNG, "x.png"), ("a\u0000b\r\nc.pdf", PDF + b"1", "abc.pdf")]:
        status, _, body = api(scratch, "POST", "/api/v1/evidence/integrity_regulation_doc?name=" + __import__("urllib.parse").parse.quote(name), tb, data,
                              {"Content-Type": "application/octet-stream"})
        stored = json.loads(body).get("name") if status == 201 else None
        expect(row, status == 415 or stored == expected, "%r -> %s %r" % (name, status, stored))

    row = table.kind("executable and unknown uploads")
    for data in [b"MZ\x90\x00", b"#!/bin/sh\nrm -rf /\n", b"<html><script>alert(1)</script>"]:
        status, _, _ = api(scratch, "POST", "/api/v1/evidence/integrity_regulation_doc?name=x.pdf", tb, data, {"Content-Type": "application/octet-stream"})
        expect(row, status == 415, "%d" % status)

    row = table.kind("zip bomb and part-count bomb (docx)")
    bomb = docx([("word/media/zeros.bin", 210 << 20)])
    parts = docx([("word/p%d.xml" % i, 0) for i in range(2100)])
    for data in [bomb, parts]:
        status, _, _ = api(scratch, "POST", "/api/v1/evidence/integrity_regulation_doc?name=r.docx", tb, data, {"Content-Type": "application/octet-stream"})
        expect(row, status == 422, "%d (%d bytes)" % (status, len(data)))

    row = table.kind("evidence quota per item")
    statuses = []
    for index in range(12):
        status, _, _ = api(scratch, "POST", "/api/v1/evidence/sanction_rules_doc?name=f%d.pdf" % index, scratch.tokens[scratch.institutions[3]],
                           PDF + (b"%% %d\n" % index), {"Content-Type": "application/octet-stream"})
        statuses.append(status)
    expect(row, statuses[:10] == [201] * 10, "%s" % statuses)
    expect(row, statuses[10:] == [413, 413], "%s" % statuses)

    row = table.kind("oversized upload")
    status, _, _ = api(scratch, "POST", "/api/v1/evidence/integrity_regulation_doc?name=big.pdf", tb, PDF + bytes(21 << 20), {"Content-Type": "application/octet-stream"})
    expect(row, status == 413, "%d" % status)

    row = table.kind("path traversal and malformed ids")
    for path in ["/api/v1/files/..%2F..%2Fetc%2Fpasswd", "/api/v1/files/" + "0" * 64, "/api/v1/submissions/..%2F1", "/portal/files/%00",
                 "/static/..%2F..%2FPackage.swift", "/api/v1/evidence/..%2F..%2Fx"]:
        status, _, body = api(scratch, "GET", path, ta)
        expect(row, status in (302, 303, 400, 404, 405) and b"swift-tools-version" not in body and b"root:" not in body, "%s %d" % (path, status))

    row = table.kind("anonymous login page stores no session")
    set_cookies = 0
    for _ in range(300):
        _, headers, _ = Browser(scratch).get("/login")
        set_cookies += 1 if "Set-Cookie" in headers or "set-cookie" in headers else 0
    expect(row, set_cookies == 0, "%d cookies" % set_cookies)

    row = table.kind("longest repeat section view (the questionnaire's maximum, 200 entries)")
    rows = [{"funder_country": "china", "funder_type": "government", "agreement_count": 1, "funding_amount_jpy": i + 1, "agreements_reviewed": 1}
            for i in range(200)]
    heavy = scratch.tokens[scratch.institutions[4]]
    status, _, _ = api(scratch, "PUT", "/api/v1/response", heavy, {"base_revision": 0, "answers": {"received_foreign_funding": "yes", "foreign_funding": rows}})
    expect(row, status == 200, "save %d" % status)
    viewer = Browser(scratch)
    viewer.log_in(heavy)
    started = time.time()
    status, _, html = viewer.get("/portal/sections/profile")
    expect(row, status == 200 and len(html) < 1_000_000 and time.time() - started < 5, "%d, %d bytes, %.1f s" % (status, len(html), time.time() - started))

    row = table.kind("request smuggling (CL+TE, double CL)")
    for raw in [b"POST /api/v1/response HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
                b"POST /api/v1/response HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 40\r\n\r\nabcdGET /healthz HTTP/1.1\r\n\r\n"]:
        with socket.create_connection(("127.0.0.1", scratch.port), timeout=10) as sock:
            sock.sendall(raw)
            data = b""
            try:
                while True:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    data += chunk
            except socket.timeout:
                pass
        expect(row, data.count(b"HTTP/1.1 ") <= 1 and b"ok\n" not in data.split(b"\r\n\r\n", 1)[-1][:3], repr(data[:80]))

    row = table.kind("slow clients: half-open connections and /healthz")
    holders = []
    for _ in range(80):
        try:
            sock = socket.socket()
            sock.bind(("127.0.0.2", 0))
            sock.settimeout(5)
            sock.connect(("127.0.0.1", scratch.port))
            sock.sendall(b"PUT /api/v1/response HTTP/1.1\r\nHost: x\r\n")
            holders.append(sock)
        except OSError:
            pass
    time.sleep(0.5)
    closed = 0
    for sock in holders:
        sock.settimeout(0.05)
        try:
            closed += 1 if sock.recv(1) == b"" else 0
        except socket.timeout:
            pass
        except OSError:
            closed += 1
    expect(row, closed >= 80 - 64, "%d of %d refused beyond the per-client cap" % (closed, len(holders)))
    started = time.time()
    status, _, _ = scratch.request("GET", "/healthz", timeout=10)
    expect(row, status == 200 and time.time() - started < 2, "healthz %d in %.1f s" % (status, time.time() - started))
    time.sleep(21)
    still_open = 0
    for sock in holders:
        sock.settimeout(0.05)
        try:
            still_open += 0 if sock.recv(1) == b"" else 1
        except socket.timeout:
            still_open += 1
        except OSError:
            pass
        sock.close()
    expect(row, still_open == 0, "%d partial requests still open after the header timeout" % still_open)

    row = table.kind("slow body")
    with socket.create_connection(("127.0.0.1", scratch.port), timeout=45) as sock:
        sock.sendall(("PUT /api/v1/response HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{" % ta).encode())
        started = time.time()
        try:
            while sock.recv(65536):
                pass
        except (socket.timeout, OSError):
            pass
        expect(row, time.time() - started < 40, "held %.0f s" % (time.time() - started))

    row = table.kind("CSV export formula guard")
    guarded = ["=1+1", " =1+1", "\uff1d1+1", "\n=1+1", "\u200b=1+1", "\"=1+1", "@SUM(A1)", "+1", "-1+1"]
    token = scratch.tokens[scratch.institutions[5]]
    for index, payload in enumerate(guarded):
        answers = hostile_answers(scratch, payload)
        status, _, body = api(scratch, "PUT", "/api/v1/response", token, {"base_revision": index, "answers": answers})
        status, _, _ = api(scratch, "POST", "/api/v1/submissions", token, {"submission_id": str(uuid.uuid4()), "attested_by": payload})
    out = os.path.join(scratch.work, "export.csv")
    result = subprocess.run([scratch.chosa, "responses", "export", "--format", "csv", "--out", out, "--db", scratch.db], capture_output=True)
    if result.returncode == 0 and os.path.exists(out):
        import csv
        with open(out, encoding="utf-8-sig", newline="") as source:
            for record in csv.reader(source):
                for cell in record:
                    stripped = cell.lstrip(" \t\r\n\u200b\u3000\"")
                    if stripped[:1] in ("=", "+", "@", "\uff1d") or (stripped[:1] == "-" and not cell.replace(".", "", 1).lstrip("-").isdigit()):
                        expect(row, cell.startswith("'"), repr(cell))
                    else:
                        expect(row, True)
    else:
        expect(row, False, "export exit %d: %s" % (result.returncode, result.stderr[:200]))


def run_matrix(scratch, table):
    """Every institution tries every other institution's receipt, files and pages."""
    row = table.kind("cross-institution matrix")
    owned = {}
    for inst in scratch.institutions:
        token = scratch.tokens[inst]
        # The documents the questionnaire requires, then one file of the institution's own to attack.
        scratch.attach_evidence(token)
        _, _, body = api(scratch, "POST", "/api/v1/evidence/integrity_regulation_doc?name=own.pdf", token, PDF + inst.encode(), {"Content-Type": "application/octet-stream"})
        sha = json.loads(body).get("sha256", "")
        _, _, body = api(scratch, "GET", "/api/v1/response", token)
        revision = json.loads(body).get("revision", 0)
        answers = dict(scratch.answers)
        status, _, body = api(scratch, "PUT", "/api/v1/response", token, {"base_revision": revision, "answers": answers})
        status, _, body = api(scratch, "POST", "/api/v1/submissions", token, {"submission_id": str(uuid.uuid4()), "attested_by": "Officer " + inst})
        owned[inst] = (sha, json.loads(body).get("submission_id", "") if status == 201 else "")
    browsers = {}
    for inst in scratch.institutions:
        browsers[inst] = Browser(scratch)
        browsers[inst].log_in(scratch.tokens[inst])
    for attacker in scratch.institutions:
        token = scratch.tokens[attacker]
        for victim in scratch.institutions:
            if victim == attacker:
                continue
            sha, receipt = owned[victim]
            if not sha or not receipt:
                expect(row, False, "%s had no file or receipt to attack" % victim)
                continue
            for path in ["/api/v1/files/" + sha, "/api/v1/submissions/" + receipt]:
                status, _, body = api(scratch, "GET", path, token)
                expect(row, status == 404 and victim.encode() not in body, "%s -> %s %s %d" % (attacker, victim, path, status))
            for path in ["/portal/files/" + sha, "/portal/receipts/" + receipt, "/portal/receipts/%s/print" % receipt,
                         "/portal/receipts/%s/content.json" % receipt]:
                status, _, body = browsers[attacker].get(path)
                expect(row, status == 404 and "Officer " + victim not in body, "%s -> %s %s %d" % (attacker, victim, path, status))
            status, _, body = api(scratch, "PUT", "/api/v1/response", token, {"base_revision": 0, "answers": {},
                                                                              "evidence": {"integrity_regulation_doc": [{"sha256": sha, "name": "x.pdf"}]}})
            expect(row, status in (409, 422), "%s claims %s's file: %d" % (attacker, victim, status))


def main():
    started = time.time()
    scratch = Scratch(int(os.environ.get("INSTITUTIONS", "8")), prefix="AT", log_level="info")
    table = Table()
    errors = []
    try:
        scratch.start()
        run_inputs(scratch, table)
        run_matrix(scratch, table)
        # No request may have crashed or wedged the server.
        status, _, _ = scratch.request("GET", "/healthz")
        row = table.kind("server alive afterwards")
        expect(row, status == 200 and scratch.process.poll() is None)
        with open(os.path.join(scratch.work, "serve.err"), encoding="utf-8", errors="replace") as log:
            errors = [line for line in log if "status=5" in line or "store error" in line]
        row = table.kind("no server errors in the log")
        expect(row, not errors, errors[0][:120] if errors else "")
    finally:
        scratch.close(keep=os.environ.get("KEEP") == "1")
    width = max(len(row["name"]) for row in table.rows)
    print("%-*s %8s %8s" % (width, "kind", "attempts", "failures"))
    for row in table.rows:
        print("%-*s %8d %8d  %s" % (width, row["name"], row["attempts"], row["failures"], "; ".join(row["notes"])))
    attempts = sum(row["attempts"] for row in table.rows)
    failures = sum(row["failures"] for row in table.rows)
    print("attack: %d kinds, %d attempts, %d failures, %.0f s — %s" % (len(table.rows), attempts, failures, time.time() - started,
                                                                      "ok" if failures == 0 else "FAILED"))
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
