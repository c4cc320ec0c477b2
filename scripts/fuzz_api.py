#!/usr/bin/env python3
"""make fuzz-api: schemathesis (from PyPI, installed into .build/harness-venv) generates requests from
docs/openapi.yaml against a live `chosa serve` with a valid token; every response must be free of server errors
and conform to the schema. Bounded by MAX_EXAMPLES per operation (default 60)."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "harness"))
from scratch import ROOT, Scratch  # noqa: E402

VENV = os.path.join(ROOT, ".build/harness-venv")
MAX_EXAMPLES = os.environ.get("MAX_EXAMPLES", "60")


def schemathesis():
    binary = os.path.join(VENV, "bin", "schemathesis")
    if not os.path.exists(binary):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "--quiet", "schemathesis>=3.30"], check=True)
    return binary


def main():
    binary = schemathesis()
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    scratch = Scratch(2, prefix="FZ", log_level="info")
    try:
        scratch.start()
        token = scratch.tokens[scratch.institutions[0]]
        url = "http://127.0.0.1:%d" % scratch.port
        major = int((version.split()[-1] if version else "4").split(".")[0] or 4)
        checks = "not_a_server_error,response_schema_conformance,content_type_conformance,status_code_conformance"
        command = [binary, "run", os.path.join(ROOT, "docs/openapi.yaml"), "--url", url, "-H", "Authorization: Bearer " + token,
                   "--checks", checks]
        command += ["--hypothesis-max-examples", MAX_EXAMPLES, "--hypothesis-derandomize"] if major < 4 else ["--max-examples", MAX_EXAMPLES, "--seed", "16"]
        # schemathesis cannot generate an Excel workbook body; the workbook upload is tested with real workbooks
        # (WorkbookAPITests: every item type, stale revisions, bad cells, hostile files).
        command += ["--exclude-name", "PUT /api/v1/response.xlsx"] if major >= 4 else []
        print("fuzz-api: %s against %s" % (version, url), flush=True)
        result = subprocess.run(command, cwd=scratch.work)  # schemathesis keeps its state there, not in the clone
        with open(os.path.join(scratch.work, "serve.err"), encoding="utf-8", errors="replace") as log:
            errors = [line for line in log if "status=5" in line]
        print("fuzz-api: schemathesis exit %d; %d server errors in the log" % (result.returncode, len(errors)))
        for line in errors[:10]:
            print("  " + line.rstrip())
        return 0 if result.returncode == 0 and not errors else 1
    finally:
        scratch.close(keep=os.environ.get("KEEP") == "1")


if __name__ == "__main__":
    sys.exit(main())
