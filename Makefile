# chosa — the two commands a newcomer runs are `make demo` and `make test`.
SWIFT ?= swift
SURVEY ?= surveys/cao-research-integrity-2023
CHOSA = .build/debug/chosa

.PHONY: build release test demo bench bench-server browser-check durability attack fuzz-api fuzz clean

build:
	$(SWIFT) build --product chosa

release:
	$(SWIFT) build -c release

test:
	$(SWIFT) test

demo: build
	$(CHOSA) survey check --survey $(SURVEY)
	$(CHOSA) responses validate --survey $(SURVEY) $(SURVEY)/examples
	@mkdir -p reports
	$(CHOSA) survey show --survey $(SURVEY) --lang ja > reports/questionnaire-ja.md
	$(CHOSA) survey show --survey $(SURVEY) --lang en > reports/questionnaire-en.md
	@echo "Paper questionnaire written to reports/questionnaire-ja.md and reports/questionnaire-en.md"
	$(CHOSA) survey export-xlsform --survey $(SURVEY) --out reports/questionnaire-xlsform.xlsx
	$(CHOSA) demo --survey $(SURVEY) --out reports/demo --seed 2023
	$(CHOSA) status --db reports/demo/chosa.sqlite
	@echo "Demo database, scores and summary are in reports/demo/ (chosa.sqlite, scores.csv, summary.md)"
	$(CHOSA) report --db reports/demo/chosa.sqlite --out reports/demo --lang both
	@echo "The March summary report is reports/demo/index.html (English: reports/demo/index.en.html)"

# Throughput figures on one core, release build; compare ratios within one run, the machines are shared. Then the
# report command itself on a demo database of 370 institutions (BENCH_LARGE=1 adds 100,000; the demo takes minutes).
bench:
	$(SWIFT) build -c release --product chosa-bench
	$(SWIFT) build -c release --product chosa
	.build/release/chosa-bench --survey $(SURVEY)
	CHOSA=.build/release/chosa SURVEY=$(SURVEY) scripts/bench-report.sh

# The portal's JSON API over loopback with wrk (apt-get install wrk): draft saves and submissions at 32 connections.
bench-server:
	SWIFT=$(SWIFT) SURVEY=$(SURVEY) scripts/bench-server.sh

# The portal and its script, the March report (layout at 390 and 928 px, charts, accessibility, A4 page count), and
# the analyst workspace (set-up link, log in, filter, open an institution, verify, audit log, log out; axe at 1366/390 px)
# in headless Chromium (apt-get install chromium poppler-utils; pip install --no-deps axe-playwright-python for
# axe-core); not part of `make test`. The report check reads reports/demo, which `make demo` writes.
browser-check:
	SWIFT=$(SWIFT) SURVEY=$(SURVEY) python3 scripts/browser-check.py
	python3 scripts/report-check.py
	SKIP_BUILD=1 SURVEY=$(SURVEY) python3 scripts/workspace-check.py

# The reliability harness (issue 16); each runs in under ten minutes, outside `make test`, on a scratch database.
# kill -9 during concurrent saves and submissions; every acknowledged revision and receipt must survive.
durability: build
	SWIFT=$(SWIFT) python3 scripts/durability.py

# The hostile corpus and the cross-institution matrix against a live server; prints attempts and failures.
attack: build
	SWIFT=$(SWIFT) python3 scripts/attack.py

# schemathesis (PyPI, installed into .build/harness-venv) against docs/openapi.yaml with a valid token.
fuzz-api: build
	SWIFT=$(SWIFT) python3 scripts/fuzz_api.py

# libFuzzer on the YAML, expression, JSON, multipart and CSV roster parsers, FUZZ_SECONDS (default 60) each.
fuzz:
	SWIFT=$(SWIFT) scripts/fuzz.sh

clean:
	rm -rf .build .build-fuzz reports
