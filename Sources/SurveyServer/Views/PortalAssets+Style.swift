/// The portal's files: a plain, high-contrast stylesheet that also prints cleanly, and a small script.
enum PortalAssets {
    static let stylesheet = """
    :root { --ink: #1b1b1b; --muted: #505a5f; --line: #b1b4b6; --accent: #1d4f91; --error: #b00020; --bg-note: #f3f2f1; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.6 system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic", sans-serif; color: var(--ink); }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, textarea:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    header.top { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .5rem 1rem; border-bottom: 4px solid var(--accent); }
    header.top .brand { font-weight: 700; margin: 0; flex: 1; }
    header.top .lang a[aria-current] { font-weight: 700; text-decoration: none; color: var(--ink); }
    header.top form, header.top p { margin: 0; }
    main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
    nav.sections ol.plain { list-style: none; padding-left: 0; } nav.sections a[aria-current] { font-weight: 700; }
    nav.sections li { margin: .15rem 0; }
    /* Targets of at least 24 px (WCAG 2.2 target size): links in lists, radios and check boxes. */
    nav.sections a, ul.links a, .lang a, .error-summary a { display: inline-block; min-height: 24px; padding: .1rem 0; }
    input[type=radio], input[type=checkbox] { width: 1.5rem; height: 1.5rem; margin: 0 .45rem 0 0; vertical-align: -.35rem; }
    details.sections-menu { margin: .5rem 0 1rem; } details.sections-menu summary { cursor: pointer; min-height: 24px; padding: .2rem 0; color: var(--accent); }
    h1 { line-height: 1.35; } h2 { line-height: 1.4; }
    .group-box h2, .item > h2 { font-size: 1.1rem; margin: .6rem 0 .3rem; }
    .progress, .hint, .size { color: var(--muted); font-size: .9rem; }
    .item { margin: 1.2rem 0; } .item[hidden] { display: none; }
    .item > label, legend { font-weight: 600; display: block; }
    .num { font-weight: 700; margin-right: .3rem; }
    .req { color: var(--error); font-weight: 400; font-size: .9rem; }
    .condition { color: var(--muted); font-style: italic; margin: .2rem 0; }
    .previous { margin: .2rem 0; padding: .2rem .5rem; border-left: 3px solid var(--muted); background: #f6f6f2; }
    .previous-label { font-weight: 600; }
    fieldset { border: 1px solid var(--line); padding: .6rem 1rem; margin: 0; }
    fieldset.row { margin: .8rem 0; background: #fafafa; }
    label.option { display: block; font-weight: 400; padding: .3rem 0; min-height: 2rem; }
    input[type=text], input[type=password], input[type=date], textarea { width: 100%; max-width: 36rem; padding: .4rem; border: 2px solid var(--ink); font: inherit; }
    input[inputmode=numeric], input[inputmode=decimal] { max-width: 12rem; }
    .has-error { border-left: 4px solid var(--error); padding-left: .8rem; }
    .error, .error-summary { color: var(--error); }
    .error-summary, .conflict { border: 3px solid var(--error); padding: .5rem 1rem; margin: 1rem 0; }
    .conflict { border-color: #f47738; }
    .notice { background: var(--bg-note); padding: .5rem 1rem; border-left: 4px solid var(--accent); }
    .notice.closed { border-left-color: var(--error); }
    .group-box { border-left: 3px solid var(--line); padding-left: 1rem; }
    button { font: inherit; padding: .4rem 1rem; border: 2px solid var(--ink); background: #fff; cursor: pointer; }
    button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
    button.link { border: none; padding: 0; color: var(--accent); text-decoration: underline; background: none; }
    .actions { display: flex; gap: 1rem; flex-wrap: wrap; margin: 2rem 0 1rem; }
    dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; }
    dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
    code { overflow-wrap: anywhere; } code.hash { word-break: break-all; }
    dl.answers dt { font-weight: 600; margin-top: .8rem; } dl.answers dd { margin-left: 1.5rem; }
    dl.answers .missing { color: var(--error); }
    .line { display: block; white-space: pre-wrap; }
    table.receipts { border-collapse: collapse; width: 100%; } table.receipts th, table.receipts td { border-bottom: 1px solid var(--line); text-align: left; padding: .3rem; }
    /* A phone: facts stack, headings shrink, nothing is wider than the screen. */
    @media (max-width: 40rem) {
      main { padding: .75rem; }
      h1 { font-size: 1.3rem; } h2 { font-size: 1.15rem; }
      dl.facts { display: block; } dl.facts dd { margin: 0 0 .6rem; }
      dl.answers dd { margin-left: .5rem; }
      header.top { gap: .5rem; }
    }
    @media print {
      header.top, nav.sections, details.sections-menu, .actions, a.edit, ul.links, .skip { display: none; }
      main { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; }
      /* Keep a question with its answer and an entry whole, but let a long section flow from the first page. */
      dl.answers dt { break-after: avoid; } .entry { break-inside: avoid; }
    }
    """
}
