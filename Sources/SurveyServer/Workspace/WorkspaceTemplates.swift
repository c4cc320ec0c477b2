import Mustache

/// The workspace's Mustache templates, compiled once. Like the portal's they live in Swift source, so the single
/// `chosa` binary carries them wherever it is copied (no resource bundle to install beside it); each template is
/// one multi-line literal of plain Mustache, edited as such. Mustache escapes every `{{value}}` and no template
/// uses triple mustaches, so nothing an institution or analyst typed can become markup.
enum WorkspaceTemplates {
    /// Template name to text.
    static let sources: [String: String] = [
        "layout": layout, "login": login, "setup": setup, "error": error, "dashboard": dashboard, "institutions": institutions,
        "institution": institution, "queue": queue, "requests": requests, "audit": audit, "exports": exports, "report": report,
        "accounts": accounts,
    ]

    /// Every template compiled, and the first one that failed to parse (a test asserts there is none).
    static let compiled = PortalTemplates.compile(sources)

    /// The compiled library.
    static var library: MustacheLibrary { compiled.library }

    static let layout = """
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} — {{t.app}}</title>
    <link rel="stylesheet" href="/static/workspace.css">
    </head>
    <body>
    <a class="skip" href="#main">{{t.skip}}</a>
    <header class="top">
    <p class="brand">{{t.app}}</p>
    \(PageFrame.languageSwitch)
    {{#loggedIn}}
    <p class="who">{{t.signedInAs}}: <strong>{{analystName}}</strong> ({{roleLabel}})</p>
    \(PageFrame.logout)
    {{/loggedIn}}
    </header>
    {{#loggedIn}}
    <nav class="menu" aria-label="{{t.menu}}"><ul>
    {{#menu}}<li><a href="{{href}}{{surveyQuery}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/menu}}
    </ul></nav>
    {{/loggedIn}}
    <main id="main">
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    {{$body}}{{/body}}
    </main>
    </body>
    </html>
    """

    static let login = """
    {{<layout}}{{$body}}
    <h1>{{t.loginTitle}}</h1>
    <p>{{t.loginIntro}}</p>
    {{#error}}<p class="error-summary" id="login-error" role="alert">{{error}}</p>{{/error}}
    <form method="post" action="/login" class="narrow">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p><label for="username">{{t.username}}</label>
    <input type="text" id="username" name="username" value="{{username}}" autocomplete="username" autocapitalize="none" spellcheck="false" required{{#error}} aria-describedby="login-error" aria-invalid="true"{{/error}}></p>
    <p><label for="password">{{t.password}}</label>
    <input type="password" id="password" name="password" autocomplete="current-password" required{{#error}} aria-describedby="login-error" aria-invalid="true"{{/error}}></p>
    <button type="submit" class="primary">{{t.loginButton}}</button>
    </form>
    {{/body}}{{/layout}}
    """

    static let setup = """
    {{<layout}}{{$body}}
    <h1>{{t.setupTitle}}</h1>
    {{#invalid}}<p class="error-summary" role="alert">{{t.setupInvalid}}</p>{{/invalid}}
    {{^invalid}}
    <p>{{t.setupIntro}} <strong>{{account}}</strong></p>
    {{#error}}<p class="error-summary" id="setup-error" role="alert">{{error}}</p>{{/error}}
    <form method="post" action="/setup" class="narrow">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <input type="hidden" name="token" value="{{token}}">
    <input type="text" name="username" value="{{account}}" autocomplete="username" hidden>
    <p><label for="password">{{t.newPassword}}</label>
    <input type="password" id="password" name="password" autocomplete="new-password" minlength="12" required{{#error}} aria-describedby="setup-error" aria-invalid="true"{{/error}}></p>
    <p><label for="repeat">{{t.repeatPassword}}</label>
    <input type="password" id="repeat" name="repeat" autocomplete="new-password" minlength="12" required></p>
    <button type="submit" class="primary">{{t.setButton}}</button>
    </form>
    {{/invalid}}
    {{/body}}{{/layout}}
    """

    static let error = """
    {{<layout}}{{$body}}
    <h1>{{heading}}</h1>
    <p role="alert">{{message}}</p>
    <p><a href="/">{{t.back}}</a></p>
    {{/body}}{{/layout}}
    """

    static let stylesheet = """
    :root { --ink: #1b1b1b; --muted: #505a5f; --line: #b1b4b6; --accent: #1d4f91; --error: #b00020; --bg-note: #f3f2f1; --warn: #8a4b00; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic", sans-serif; color: var(--ink); }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; }
    header.top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .5rem 1rem; background: #0b2545; color: #fff; }
    header.top a, header.top button { color: #fff; }
    header.top .brand { font-weight: 700; margin: 0; flex: 1; }
    header.top .lang a { margin-right: .5rem; padding: .2rem; } header.top .lang a[aria-current] { font-weight: 700; text-decoration: none; }
    header.top form, header.top p { margin: 0; }
    header.top button { background: transparent; border-color: #fff; }
    nav.menu { border-bottom: 1px solid var(--line); background: #f7f7f5; }
    nav.menu ul { display: flex; flex-wrap: wrap; list-style: none; margin: 0 auto; padding: 0 1rem; max-width: 80rem; }
    nav.menu a { display: block; padding: .6rem .8rem; text-decoration: none; }
    nav.menu a[aria-current] { font-weight: 700; color: var(--ink); border-bottom: 4px solid var(--accent); }
    main { max-width: 80rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.6rem; margin: .5rem 0 1rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
    .hint, .muted { color: var(--muted); font-size: .9rem; }
    .notice { background: var(--bg-note); padding: .5rem 1rem; border-left: 4px solid var(--accent); }
    .error-summary { color: var(--error); border: 3px solid var(--error); padding: .5rem 1rem; }
    .error { color: var(--error); }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; }
    .card { border: 1px solid var(--line); padding: .8rem 1rem; }
    .card .figure { font-size: 1.8rem; font-weight: 700; margin: 0; }
    .card p { margin: .2rem 0; } .card h2 { font-size: 1rem; margin: 0; border: none; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    fieldset { border: none; padding: 0; margin: 0 0 .5rem; } label.option { font-weight: 400; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border-bottom: 1px solid var(--line); text-align: left; padding: .35rem .5rem; vertical-align: top; }
    th { background: #f3f2f1; } tr.total th, tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .verdict-substandard { color: var(--error); font-weight: 700; } .verdict-needs_improvement { color: var(--warn); font-weight: 700; }
    form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; background: #f7f7f5; padding: .8rem; }
    form.filters p { margin: 0; }
    label { font-weight: 600; display: block; }
    input[type=text], input[type=password], input[type=date], select, textarea { padding: .35rem; border: 2px solid var(--ink); font: inherit; max-width: 100%; }
    textarea { width: 100%; min-height: 4rem; }
    form.narrow input { width: 100%; max-width: 24rem; }
    button { font: inherit; padding: .35rem 1rem; border: 2px solid var(--ink); background: #fff; cursor: pointer; min-height: 2.2rem; }
    button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
    form.inline { display: inline-flex; gap: .4rem; align-items: center; margin: .2rem 0; flex-wrap: wrap; }
    form.inline label { font-weight: 400; }
    .forms { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr)); gap: 1rem; margin: 1rem 0 1.5rem; }
    .forms h3 { margin-top: 0; }
    .forms form { border: 1px solid var(--line); padding: .8rem 1rem; }
    .forms form p { margin: .5rem 0; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
    dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
    ul.lines { margin: 0; padding-left: 1.2rem; } ul.lines li { white-space: pre-wrap; }
    .previous { color: var(--muted); }
    code { word-break: break-all; }
    .tag { display: inline-block; border: 1px solid var(--line); padding: 0 .4rem; margin: .1rem .2rem .1rem 0; font-size: .85rem; }
    .tag.alert { border-color: var(--error); color: var(--error); }
    nav.jump { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin: .5rem 0 1rem; }
    @media (max-width: 40rem) {
      header.top .brand { flex-basis: 100%; }
      dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .4rem; }
      table.stack thead { display: none; }
      table.stack tr, table.stack th, table.stack td { display: block; border: none; }
      table.stack tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
      th, td { padding: .3rem; font-size: .9rem; }
      .hide-narrow { display: none; }
    }
    @media print {
      header.top, nav.menu, .skip, form, .no-print { display: none; }
      main { max-width: none; } a { color: inherit; text-decoration: none; }
    }
    """
}
