"""A scratch chosa world for the reliability harness: a database with the survey loaded, a roster, invitation
tokens, and `chosa serve` on a fixed loopback port that can be killed and restarted. Standard library only."""
import csv
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SURVEY = os.environ.get("SURVEY", os.path.join(ROOT, "surveys/cao-research-integrity-2023"))
SURVEY_ID = "cao-research-integrity-2023"
NOW = "2023-10-20T10:00:00+09:00"


def chosa_binary():
    """The chosa executable: CHOSA if set, else the debug build (built if missing)."""
    path = os.environ.get("CHOSA") or os.path.join(ROOT, ".build/debug/chosa")
    if not os.path.exists(path):
        subprocess.run([os.environ.get("SWIFT", "swift"), "build", "--product", "chosa"], cwd=ROOT, check=True)
    return path


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Scratch:
    """A database with `count` institutions and their tokens; `start()` serves it, `kill()` kills -9."""

    def __init__(self, count, prefix="HN", extra_args=(), log_level="warning"):
        self.chosa = chosa_binary()
        self.work = tempfile.mkdtemp(prefix="chosa-harness-")
        self.db = os.path.join(self.work, "chosa.sqlite")
        self.port = free_port()
        self.extra_args = list(extra_args)
        self.log_level = log_level
        self.process = None
        self.institutions = ["%s-%03d" % (prefix, i) for i in range(1, count + 1)]
        roster = os.path.join(self.work, "roster.csv")
        with open(roster, "w", encoding="utf-8") as out:
            out.write("id,name_ja,name_en,category,contact\n")
            for inst in self.institutions:
                out.write("%s,試験%s,Test %s,national_university,\n" % (inst, inst, inst))
        tokens = os.path.join(self.work, "tokens.csv")
        self.run("db", "init")
        self.run("survey", "load", "--survey", SURVEY)
        self.run("institutions", "import", roster)
        self.run("invite", "--all", "--out", tokens, "--expires", "2099-12-31")
        with open(tokens, encoding="utf-8") as source:
            rows = list(csv.DictReader(source))
        self.tokens = {row["institution"]: row["token"] for row in rows}
        with open(os.path.join(SURVEY, "examples/NU-001.json"), encoding="utf-8") as source:
            example = json.load(source)
        self.answers = example["answers"]
        # The example's evidence items: the questionnaire requires the documents its claims rest on, so a
        # submission needs files uploaded for them (see `attach_evidence`).
        self.evidence_items = sorted(example.get("evidence", {}).keys())

    def run(self, *args):
        subprocess.run([self.chosa, *args, "--db", self.db], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self):
        log = open(os.path.join(self.work, "serve.err"), "ab")
        self.process = subprocess.Popen([self.chosa, "serve", "--db", self.db, "--port", str(self.port), "--analyst-port", "0", "--now", NOW,
                                         "--log-level", self.log_level, *self.extra_args],
                                        stdout=subprocess.PIPE, stderr=log)
        deadline = time.time() + 60
        while time.time() < deadline:
            line = self.process.stdout.readline().decode()
            if "listening" in line:
                return
            if self.process.poll() is not None:
                break
        raise RuntimeError("chosa serve did not start; see " + os.path.join(self.work, "serve.err"))

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
        self.process = None

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None

    def close(self, keep=False):
        self.stop()
        if not keep:
            shutil.rmtree(self.work, ignore_errors=True)

    def attach_evidence(self, token):
        """Uploads a small PDF to each of the example's evidence items for the token's institution, so its
        submissions are complete. Returns the draft's revision afterwards."""
        pdf = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        for item in self.evidence_items:
            status, _, body = self.request("POST", "/api/v1/evidence/%s?name=%s.pdf" % (item, item), token=token, body=pdf,
                                           headers={"Content-Type": "application/octet-stream"})
            # 413 quota_exceeded: the item already holds files (an earlier check filled it); that is enough.
            if status != 201 and not (status == 413 and b"quota_exceeded" in body):
                raise RuntimeError("evidence upload to %s answered %d: %s" % (item, status, body[:200]))
        status, _, body = self.request("GET", "/api/v1/response", token=token)
        return json.loads(body)["revision"] if status == 200 else 0

    def connection(self, timeout=30):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, token=None, body=None, headers=None, timeout=30):
        """One request on a fresh connection: (status, headers, body bytes)."""
        conn = self.connection(timeout)
        try:
            all_headers = dict(headers or {})
            if token:
                all_headers["Authorization"] = "Bearer " + token
            if isinstance(body, (dict, list)):
                body = json.dumps(body, ensure_ascii=False).encode()
                all_headers.setdefault("Content-Type", "application/json")
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()
