/// The Mustache templates of `index.html`, kept as Swift strings rather than bundle resources so the `chosa`
/// binary works wherever it is copied (a missing resource bundle would stop it at run time).
/// The markup is XHTML-compatible (every element closed, attributes quoted, no named entities) so tests can parse
/// it with an XML parser; the CSS holds neither `<` nor `&`.
enum ReportTemplate {
    /// The partial for one table.
    static let table = """
    <div class="table-wrap"><table>
    <caption>{{caption}}</caption>
    <thead><tr>{{#headers}}<th scope="col">{{text}}</th>{{/headers}}</tr></thead>
    <tbody>{{#rows}}<tr><th scope="row">{{label}}</th>{{#cells}}<td>{{text}}{{#mark}}<sup><a href="#note-{{mark}}">{{mark}}</a></sup>{{/mark}}</td>{{/cells}}</tr>
    {{/rows}}</tbody>
    </table></div>
    """

    /// The whole document.
    static let document = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="generator" content="chosa {{chosaVersion}}"/>
    <title>{{title}}</title>
    <style>
    {{{css}}}
    </style>
    </head>
    <body>
    <a class="skip" href="#contents">{{skipToContents}}</a>
    <header class="cover">
    <p class="kicker">{{surveyTitle}}</p>
    <h1>{{title}}</h1>
    <p class="cover-note">{{coverNote}}</p>
    <dl class="cover-facts">{{#coverFacts}}<dt>{{term}}</dt><dd>{{value}}</dd>{{/coverFacts}}</dl>
    {{#otherEdition}}<p class="edition"><a href="{{href}}" hreflang="{{lang}}">{{label}}</a></p>{{/otherEdition}}
    </header>
    <nav class="toc" id="contents" aria-labelledby="contents-title">
    <h2 id="contents-title">{{contentsTitle}}</h2>
    <ol>{{#toc}}<li><a href="#{{id}}">{{label}}</a>{{#hasChildren}}<ol>{{#children}}<li><a href="#{{id}}">{{label}}</a></li>{{/children}}</ol>{{/hasChildren}}</li>{{/toc}}</ol>
    </nav>
    <main>
    {{#chapters}}
    <section class="chapter" id="{{id}}" aria-labelledby="{{id}}-h">
    <h2 id="{{id}}-h">{{number}}. {{title}}</h2>
    {{#note}}<p class="note">{{note}}</p>{{/note}}
    {{#figures}}
    <figure class="figure" id="{{id}}">
    {{#heading}}<h3>{{heading}}</h3>{{/heading}}
    {{#detail}}<p class="detail">{{detail}}</p>{{/detail}}
    {{{svg}}}
    <figcaption class="alt">{{alt}}</figcaption>
    {{#table}}{{> table}}{{/table}}
    </figure>
    {{/figures}}
    {{#tables}}{{> table}}{{/tables}}
    {{#parts}}
    <h3 id="{{id}}">{{title}}</h3>
    {{#paragraphs}}<p>{{text}}</p>{{/paragraphs}}
    {{#hasItems}}<ul>{{#items}}<li{{#id}} id="{{id}}"{{/id}}>{{text}}</li>{{/items}}</ul>{{/hasItems}}
    {{/parts}}
    {{#tableNote}}<p class="note">{{tableNote}}</p>{{/tableNote}}
    </section>
    {{/chapters}}
    </main>
    <footer class="footer" id="reproducibility">
    <h2>{{reproducibilityTitle}}</h2>
    <dl>{{#footer}}<dt>{{term}}</dt><dd><code>{{value}}</code></dd>{{/footer}}</dl>
    </footer>
    </body>
    </html>

    """

    /// The style sheet: readable on a phone, printable on A4 with a cover page, a contents page and chapters that
    /// start on a new page. The font stack renders Japanese on Windows, macOS and Linux.
    static let css = """
    :root { --ink: #1a1a1a; --muted: #555555; --rule: #d0d0d0; --accent: #0072B2; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 3rem; color: var(--ink); background: #ffffff; line-height: 1.7;
      font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", "Meiryo", "Noto Sans CJK JP", "Noto Sans JP", sans-serif; }
    html[lang="en"] body { line-height: 1.55; }
    a { color: var(--accent); }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: 1rem; background: #ffffff; padding: .5rem; }
    .cover { padding: 3rem 0 2rem; border-bottom: 4px solid var(--accent); }
    .cover h1 { font-size: 1.9rem; line-height: 1.3; margin: .5rem 0 1rem; }
    .kicker { color: var(--muted); margin: 0; }
    .cover-facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    .cover-facts dt { color: var(--muted); }
    .cover-facts dd { margin: 0; }
    .toc ol { padding-left: 1.4rem; }
    .toc li { margin: .15rem 0; }
    h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2.5rem; }
    h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
    .note, .detail, .alt { color: var(--muted); font-size: .92rem; }
    .figure { margin: 1.2rem 0 2rem; }
    svg.chart { display: block; width: 100%; max-width: 40rem; height: auto; }
    svg.chart text { fill: var(--ink); font-family: inherit; }
    .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
    table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
    th, td { border-bottom: 1px solid var(--rule); padding: .3rem .55rem; vertical-align: top; }
    thead th { border-bottom: 2px solid var(--ink); text-align: right; font-weight: bold; }
    thead th:first-child, tbody th { text-align: left; font-weight: normal; }
    td { text-align: right; white-space: nowrap; }
    td.text { text-align: left; white-space: normal; }
    sup a { text-decoration: none; }
    .footer { margin-top: 3rem; border-top: 1px solid var(--rule); font-size: .85rem; color: var(--muted); }
    .footer dd { margin: 0 0 .4rem; overflow-wrap: anywhere; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
    @media (max-width: 40rem) {
      body { padding: 0 .7rem 2rem; }
      .cover h1 { font-size: 1.45rem; }
      table { font-size: .8rem; }
      th, td { padding: .25rem .35rem; }
    }
    @page { size: A4; margin: 16mm 14mm 18mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      a { color: inherit; text-decoration: none; }
      .skip, .edition { display: none; }
      .cover { min-height: 240mm; border-bottom: none; padding-top: 60mm; break-after: page; }
      .toc { break-after: page; }
      .chapter { break-before: page; }
      h2, h3 { break-after: avoid; }
      .figure, table, tr { break-inside: avoid; }
      thead { display: table-header-group; }
      .table-wrap { overflow: visible; }
      svg.chart { max-width: 150mm; }
      .footer { break-before: page; }
    }
    """
}
