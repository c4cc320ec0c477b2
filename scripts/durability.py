#!/usr/bin/env python3
"""make durability: concurrent draft saves and submissions against `chosa serve` (synchronous=FULL) while the
server is killed with SIGKILL at random moments and restarted. Afterwards every acknowledged draft revision and
receipt must be in the database with its hash, and `PRAGMA integrity_check` must say ok. Prints attempts, kills
and losses; exits 1 on any loss. Bounded: KILLS kills (default 12), WORKERS institutions (default 8)."""
import hashlib
import http.client
import json
import os
import random
import sqlite3
import sys
import threading
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "harness"))
from scratch import SURVEY_ID, Scratch  # noqa: E402

KILLS = int(os.environ.get("KILLS", "12"))
WORKERS = int(os.environ.get("WORKERS", "8"))
SEED = int(os.environ.get("SEED", "16"))


class Worker(threading.Thread):
    """One institution saving and now and then submitting, remembering what the server acknowledged."""

    def __init__(self, scratch, institution, stop):
        super().__init__(daemon=True)
        self.scratch, self.institution, self.stop = scratch, institution, stop
        self.token = scratch.tokens[institution]
        self.revision = 0
        self.acked_revisions = []
        self.receipts = []  # (submission_id, sha256)
        self.attempts = 0
        self.errors = 0

    def call(self, method, path, body=None):
        self.attempts += 1
        return self.scratch.request(method, path, token=self.token, body=body, timeout=15)

    def run(self):
        counter = 0
        self.revision = self.scratch.attach_evidence(self.token)
        while not self.stop.is_set():
            try:
                counter += 1
                answers = dict(self.scratch.answers)
                answers["researchers_total"] = 2150 + counter
                status, _, body = self.call("PUT", "/api/v1/response", {"base_revision": self.revision, "answers": answers})
                if status == 200:
                    self.revision = json.loads(body)["revision"]
                    self.acked_revisions.append(self.revision)
                elif status == 409:
                    self.revision = json.loads(body)["current_revision"]
                if counter % 4 == 0:
                    submission = str(uuid.uuid4())
                    status, _, body = self.call("POST", "/api/v1/submissions", {"submission_id": submission, "attested_by": "Harness officer"})
                    if status == 201:
                        receipt = json.loads(body)
                        self.receipts.append((receipt["submission_id"], receipt["sha256"]))
            except (OSError, http.client.HTTPException):
                # The server is down (killed); whatever was not acknowledged may or may not have been written.
                self.errors += 1
                time.sleep(0.2)
                try:
                    status, _, body = self.call("GET", "/api/v1/response")
                    if status == 200:
                        self.revision = json.loads(body)["revision"]
                except (OSError, http.client.HTTPException):
                    time.sleep(0.3)


def check(scratch, workers):
    """Losses: acknowledged revisions or receipts missing or with a wrong hash; and the integrity check."""
    losses = []
    db = sqlite3.connect(scratch.db)
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    for worker in workers:
        entity = "%s/%s" % (worker.institution, SURVEY_ID)
        audited = {}
        for (after,) in db.execute("SELECT after FROM audit_log WHERE action = 'draft.save' AND entity_id = ?", (entity,)):
            fields = json.loads(after)
            audited[int(fields["revision"])] = fields["sha256"]
        row = db.execute("SELECT revision, content, content_sha256 FROM draft WHERE institution_id = ? AND survey_id = ?",
                         (worker.institution, SURVEY_ID)).fetchone()
        for revision in worker.acked_revisions:
            if revision not in audited:
                losses.append("%s draft revision %d acknowledged but not recorded" % (worker.institution, revision))
        if worker.acked_revisions:
            if row is None or row[0] < max(worker.acked_revisions):
                losses.append("%s draft is behind its acknowledged revision %d" % (worker.institution, max(worker.acked_revisions)))
            elif hashlib.sha256(row[1].encode()).hexdigest() != row[2] or audited.get(row[0]) != row[2]:
                losses.append("%s draft content does not match its hash" % worker.institution)
        for submission, sha in worker.receipts:
            stored = db.execute("SELECT content, content_sha256 FROM submission WHERE submission_id = ?", (submission,)).fetchone()
            if stored is None:
                losses.append("%s receipt %s acknowledged but not stored" % (worker.institution, submission))
            elif stored[1] != sha or hashlib.sha256(stored[0].encode()).hexdigest() != sha:
                losses.append("%s receipt %s stored with another hash" % (worker.institution, submission))
    db.close()
    return integrity, losses


def main():
    random.seed(SEED)
    started = time.time()
    scratch = Scratch(WORKERS, prefix="DU")
    try:
        scratch.start()
        stop = threading.Event()
        workers = [Worker(scratch, inst, stop) for inst in scratch.institutions]
        for worker in workers:
            worker.start()
        kills = 0
        for _ in range(KILLS):
            time.sleep(random.uniform(0.5, 2.5))
            scratch.kill()
            kills += 1
            time.sleep(random.uniform(0.0, 0.5))
            scratch.start()
        time.sleep(1.5)
        stop.set()
        for worker in workers:
            worker.join(timeout=30)
        scratch.kill()
        integrity, losses = check(scratch, workers)
        attempts = sum(w.attempts for w in workers)
        saves = sum(len(w.acked_revisions) for w in workers)
        receipts = sum(len(w.receipts) for w in workers)
        print("durability: %d requests by %d institutions, %d kill -9 and restarts, %.0f s" % (attempts, WORKERS, kills, time.time() - started))
        print("  acknowledged: %d draft saves, %d submissions; interrupted requests: %d" % (saves, receipts, sum(w.errors for w in workers)))
        print("  losses: %d; integrity_check: %s" % (len(losses), integrity))
        for loss in losses[:20]:
            print("  LOST " + loss)
        ok = not losses and integrity == "ok" and kills >= 10 and saves > 0 and receipts > 0
        print("durability: " + ("ok" if ok else "FAILED"))
        return 0 if ok else 1
    finally:
        scratch.close(keep=os.environ.get("KEEP") == "1")


if __name__ == "__main__":
    sys.exit(main())
