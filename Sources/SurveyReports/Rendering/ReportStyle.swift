/// The report's style sheet: readable on a 390 px phone and a 928 px window, printable on A4 with the cover and
/// contents on the first page and the main chapters each on a new page. The font stack renders Japanese on
/// Windows, macOS and Linux. Chart text is 13 units in a 380-unit-wide SVG shown at most 30rem wide, so it is never
/// under 12 CSS px on a phone nor over 17 px on a desktop.
enum ReportStyle {
    static let css = """
    :root { --ink: #1a1a1a; --muted: #505050; --rule: #c8c8c8; --accent: #005a8c; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 3rem; color: var(--ink); background: #ffffff; line-height: 1.7;
      font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP", sans-serif; }
    html[lang="en"] body { line-height: 1.55; }
    a { color: var(--accent); }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: 1rem; background: #ffffff; padding: .5rem; }
    .cover { padding: 2.5rem 0 1.5rem; border-bottom: 4px solid var(--accent); }
    .cover h1 { font-size: 1.8rem; line-height: 1.35; margin: .4rem 0 .2rem; }
    .publisher { margin: 0; font-weight: bold; }
    .subtitle { font-size: 1.3rem; margin: 0 0 .8rem; }
    .date { margin: 0 0 1rem; }
    .cover-facts, .facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
    .cover-facts dt, .facts dt { color: var(--muted); }
    .facts dt { font-weight: bold; color: var(--ink); }
    .cover-facts dd, .facts dd { margin: 0; }
    .toc ol { padding-left: 1.4rem; }
    .toc li { margin: .1rem 0; }
    h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2.5rem; }
    h3 { font-size: 1.15rem; margin: 1.6rem 0 .4rem; }
    h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
    .note, .alt { color: var(--muted); font-size: .9rem; }
    .figure { margin: 1rem 0 1.5rem; }
    svg.chart { display: block; width: 100%; max-width: 30rem; height: auto; }
    svg.chart text { fill: var(--ink); font-family: inherit; }
    .table-wrap { overflow-x: auto; max-width: 100%; }
    table { border-collapse: collapse; margin: .6rem 0 .2rem; font-size: .9rem; font-variant-numeric: tabular-nums; }
    caption, .caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
    .caption { margin: .8rem 0 0; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
    th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; vertical-align: top; }
    thead th { border-bottom: 2px solid var(--ink); text-align: right; font-weight: bold; }
    thead th:first-child, thead th.text, tbody th { text-align: left; font-weight: normal; }
    td { text-align: right; white-space: nowrap; }
    td.text { text-align: left; white-space: normal; min-width: 8em; }
    .table-note { margin-top: 0; }
    @media (min-width: 40rem) { tbody th { min-width: 11em; } #gaps ~ .table-block tbody th { min-width: 0; } }
    #gaps ~ .table-block table { width: 100%; }
    sup a { text-decoration: none; }
    .annex .question { margin: .9rem 0 .2rem; }
    .annex p { margin: .15rem 0; }
    .annex .hint, .annex .form-note { color: var(--muted); font-size: .92em; }
    .choices { list-style: none; padding-left: 1rem; margin: .2rem 0; }
    .choices li { display: inline-block; margin-right: 1.2rem; }
    .form-table td { min-width: 5em; height: 1.6em; }
    .footer { margin-top: 3rem; border-top: 1px solid var(--rule); font-size: .85rem; color: var(--muted); }
    .footer dd { margin: 0 0 .4rem; overflow-wrap: anywhere; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
    @media (max-width: 40rem) {
      body { padding: 0 .7rem 2rem; }
      .cover h1 { font-size: 1.4rem; }
      .cover-facts, .facts { grid-template-columns: 1fr; }
      .facts dd { margin-bottom: .4rem; }
      table { font-size: .8rem; }
      th, td { padding: .25rem .3rem; }
      td { white-space: normal; }
      td.text { min-width: 6em; }
    }
    @page { size: A4; margin: 14mm 13mm 15mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9pt; line-height: 1.45; }
      a { color: inherit; text-decoration: none; }
      .skip, .edition { display: none; }
      .cover { padding-top: 25mm; border-bottom: none; }
      .cover h1 { font-size: 20pt; }
      .toc { font-size: 9pt; }
      .toc ol ol { columns: 2; }
      .chapter.page { break-before: page; }
      h2 { margin-top: 0; font-size: 14pt; }
      h3 { font-size: 11pt; margin: .8rem 0 .3rem; }
      h2, h3, h4, caption, .caption { break-after: avoid; }
      .figure, table, tr { break-inside: avoid; }
      table { font-size: 8pt; margin-top: .3rem; }
      th, td { padding: .1rem .35rem; }
      .note { font-size: 8pt; }
      .table-wrap { overflow: visible; }
      svg.chart { max-width: 95mm; }
      .figure { margin: .4rem 0 .8rem; }
      #questions .table-block { display: inline-block; vertical-align: top; margin-right: 4mm; break-inside: avoid; }
      #questions table { font-size: 7.5pt; }
      .caption { font-size: 8.5pt; margin: .4rem 0 0; padding-bottom: .1rem; }
      p { margin: .4rem 0; }
      #questions .table-note { display: none; }
      .annex { columns: 2; column-gap: 7mm; font-size: 7.5pt; line-height: 1.35; }
      .annex h3 { column-span: none; }
      .footer { break-before: avoid; }
    }
    """
}
