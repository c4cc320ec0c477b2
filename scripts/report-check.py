#!/usr/bin/env python3
"""make browser-check, part 2: the March report (reports/demo/index.html and index.en.html) in headless Chromium.

For each edition, at a 390 px phone and a 928 px window: no horizontal overflow of the page, the gaps table fits its
box, chart text at least 12 CSS px, no two chart labels overlapping, unique ids, and scripted versions of the main
axe-core rules at level serious and above (no axe-core package is installable here: html-has-lang, document-title,
svg-img-alt, image/figure names, table captions and header scope, link-name, heading order, duplicate-id-aria,
scrollable-region-focusable; colour contrast is not checked). Then prints each edition to A4 and checks the Japanese
one has at most 32 pages and that its first page is not near empty.

When axe-core itself is at hand — AXE_JS naming axe.min.js, or the PyPI package that ships it installed
(`pip install --no-deps axe-playwright-python`) — it is injected too and every violation of impact serious or
critical fails the check.

Environment: CHROMIUM (default /usr/bin/chromium), REPORT_DIR (default reports/demo; `make demo` writes it),
MAX_PAGES (default 32), AXE_JS. Prints one PASS/FAIL line per check and exits 1 if any fails.
"""
import base64
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("browser_check", os.path.join(ROOT, "scripts", "browser-check.py"))
bc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bc)

REPORT_DIR = os.path.join(ROOT, os.environ.get("REPORT_DIR", "reports/demo"))
MAX_PAGES = int(os.environ.get("MAX_PAGES", "32"))

CHECKS = r"""
(() => {
  const problems = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 1) problems.push('page overflows: ' + document.documentElement.scrollWidth + ' > ' + vw);
  const ids = {};
  for (const el of document.querySelectorAll('[id]')) ids[el.id] = (ids[el.id] || 0) + 1;
  const dups = Object.keys(ids).filter(k => ids[k] > 1);
  if (dups.length) problems.push('duplicate ids: ' + dups.slice(0, 5).join(', '));
  if (!document.documentElement.lang) problems.push('html-has-lang');
  if (!document.title.trim()) problems.push('document-title');
  for (const svg of document.querySelectorAll('svg[role=img]')) {
    const ref = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    if (!ref.length || !ref.every(id => document.getElementById(id) && document.getElementById(id).textContent.trim())) problems.push('svg-img-alt: ' + svg.id);
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const boxes = [];
    for (const text of svg.querySelectorAll('text')) {
      const size = parseFloat(text.getAttribute('font-size')) * scale;
      if (size < 12) { problems.push('chart text ' + size.toFixed(1) + ' px < 12 in ' + svg.id); break; }
      const r = text.getBoundingClientRect();
      if (r.right > box.right + 1 || r.left < box.left - 1) problems.push('chart text outside the chart in ' + svg.id + ': ' + text.textContent);
      boxes.push([r, text.textContent]);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i][0], b = boxes[j][0];
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
        problems.push('overlapping chart labels in ' + svg.id + ': ' + boxes[i][1] + ' / ' + boxes[j][1]);
    }
  }
  for (const table of document.querySelectorAll('table')) {
    if (!table.querySelector('caption') || !table.querySelector('caption').textContent.trim()) problems.push('table without caption');
    for (const th of table.querySelectorAll('th')) if (!th.getAttribute('scope')) { problems.push('th without scope'); break; }
  }
  const gaps = document.querySelector('#gaps ~ .table-block table');
  if (gaps && gaps.getBoundingClientRect().width > gaps.parentElement.clientWidth + 1) problems.push('gaps table ' + gaps.getBoundingClientRect().width + ' px in a ' + gaps.parentElement.clientWidth + ' px box');
  if (gaps) for (const td of gaps.querySelectorAll('td.text')) if (getComputedStyle(td).textAlign !== 'left' && getComputedStyle(td).textAlign !== 'start') { problems.push('gaps text not left-aligned'); break; }
  for (const wrap of document.querySelectorAll('.table-wrap')) {
    if (wrap.scrollWidth > wrap.clientWidth + 1 && wrap.tabIndex < 0) problems.push('scrollable-region-focusable');
  }
  for (const a of document.querySelectorAll('a')) if (!a.textContent.trim()) problems.push('link-name: ' + a.outerHTML.slice(0, 60));
  let last = 1;
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = +h.tagName[1];
    if (level > last + 1) problems.push('heading order: h' + last + ' then h' + level + ' ' + h.textContent.slice(0, 30));
    last = level;
  }
  for (const el of document.querySelectorAll('[aria-labelledby]')) for (const id of el.getAttribute('aria-labelledby').split(/\s+/)) {
    if (!document.getElementById(id)) problems.push('aria-labelledby to a missing id ' + id);
  }
  return [...new Set(problems)].slice(0, 20);
})()
"""


def axe_source():
    path = os.environ.get("AXE_JS")
    if not path:
        found = importlib.util.find_spec("axe_playwright_python")
        if found and found.origin:
            path = os.path.join(os.path.dirname(found.origin), "axe.min.js")
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    return None


AXE_RUN = """
axe.run(document, {resultTypes: ['violations']}).then(r => r.violations
  .filter(v => v.impact === 'serious' || v.impact === 'critical')
  .map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | ')))
"""


def pdf_pages(data):
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def first_page_text(path):
    if not shutil.which("pdftotext"):
        return None
    return subprocess.run(["pdftotext", "-f", "1", "-l", "1", path, "-"], capture_output=True, text=True).stdout


def main():
    editions = [name for name in ("index.html", "index.en.html") if os.path.exists(os.path.join(REPORT_DIR, name))]
    if not editions:
        print(f"no report in {REPORT_DIR}; run `make demo` first", file=sys.stderr)
        return 1
    scratch = tempfile.mkdtemp(prefix="chosa-report-check-")
    profile = os.path.join(scratch, "profile")
    os.makedirs(profile)
    axe = axe_source()
    if axe is None:
        print("SKIP axe-core — not installed (pip install --no-deps axe-playwright-python, or set AXE_JS); scripted rules only")
    tools = bc.DevTools(bc.CHROMIUM, profile)
    try:
        page = bc.Page(tools)
        for name in editions:
            url = "file://" + os.path.join(REPORT_DIR, name)
            for width in (390, 928):
                page.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1,
                                                                 "mobile": width < 600})
                page.call("Page.navigate", {"url": url})
                page.wait_for("document.readyState === 'complete' && document.querySelector('footer') !== null")
                problems = page.evaluate(CHECKS)
                bc.report(not problems, f"{name} at {width} px: layout, charts and accessibility", "; ".join(problems or []))
                if axe is not None:
                    page.evaluate(axe + "\n;true", timeout=60)
                    violations = page.evaluate(AXE_RUN, timeout=120)
                    bc.report(not violations, f"{name} at {width} px: axe-core, serious and critical", "; ".join(violations or []))
            page.call("Emulation.clearDeviceMetricsOverride")
            page.call("Page.navigate", {"url": url})
            page.wait_for("document.readyState === 'complete' && document.querySelector('footer') !== null")
            result = page.call("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True,
                                                   "printBackground": True}, timeout=120)
            data = base64.b64decode(result["data"])
            pdf = os.path.join(scratch, name + ".pdf")
            with open(pdf, "wb") as handle:
                handle.write(data)
            pages = pdf_pages(data)
            if name == "index.html":
                bc.report(0 < pages <= MAX_PAGES, f"{name} prints to A4 in {pages} pages", f"at most {MAX_PAGES}")
                text = first_page_text(pdf)
                if text is None:
                    print("SKIP first page check — pdftotext (poppler-utils) is not installed")
                else:
                    bc.report(len(text.strip()) >= 300, "the first printed page is not near empty", f"{len(text.strip())} characters")
            else:
                print(f"INFO {name} prints to A4 in {pages} pages")
    except bc.CheckFailed as error:
        bc.report(False, "report check", str(error))
    finally:
        tools.close()
        if os.environ.get("KEEP"):
            print("scratch kept in " + scratch)
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print(("FAILED: " + ", ".join(bc.failures)) if bc.failures else "all report checks passed")
    return 1 if bc.failures else 0


if __name__ == "__main__":
    sys.exit(main())
