/// The page frame and the small pages: login, errors. Mustache escapes every `{{value}}`; no template uses
/// triple mustaches, so nothing an institution typed can become markup.
extension PortalTemplates {
    static let layout = """
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} — {{t.app}}</title>
    <link rel="stylesheet" href="/static/portal.css">
    <script src="/static/portal.js" defer></script>
    </head>
    <body>
    <a class="skip" href="#main">{{t.skip}}</a>
    <header class="top">
    <p class="brand">{{t.app}}</p>
    \(PageFrame.languageSwitch)
    {{#loggedIn}}
    <p class="who">{{institutionName}}</p>
    \(PageFrame.logout)
    {{/loggedIn}}
    </header>
    <main id="main">
    {{$body}}{{/body}}
    </main>
    </body>
    </html>
    """

    static let login = """
    {{<layout}}{{$body}}
    <h1>{{t.loginTitle}}</h1>
    {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
    <p>{{t.loginIntro}}</p>
    <form method="post" action="/login" class="login" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <div class="item{{#error}} has-error{{/error}}">
    <label for="token">{{t.token}}</label>
    <p class="hint" id="token-hint">{{t.tokenHint}}</p>
    {{#error}}<p class="error" id="token-error" role="alert">{{error}}</p>{{/error}}
    <input type="password" id="token" name="token" value="{{token}}" autocomplete="current-password" spellcheck="false" aria-describedby="token-hint{{#error}} token-error{{/error}}"{{#error}} aria-invalid="true"{{/error}}>
    </div>
    <button type="submit" class="primary">{{t.loginButton}}</button>
    </form>
    {{/body}}{{/layout}}
    """

    static let error = """
    {{<layout}}{{$body}}
    <h1>{{heading}}</h1>
    <p role="alert">{{message}}</p>
    <p><a href="/portal">{{t.back}}</a></p>
    {{/body}}{{/layout}}
    """
}
