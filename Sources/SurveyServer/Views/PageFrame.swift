/// The parts of the page frame the portal and the analyst workspace share, one copy of each: the language switch
/// (both apps serve `/language/{ja,en}?back=`) and the logout form. Their layouts interpolate them.
enum PageFrame {
    static let languageSwitch = """
    <nav class="lang" aria-label="{{t.language}}">
    <a href="/language/ja?back={{back}}" lang="ja" hreflang="ja"{{#isJa}} aria-current="true"{{/isJa}}>日本語</a>
    <a href="/language/en?back={{back}}" lang="en" hreflang="en"{{#isEn}} aria-current="true"{{/isEn}}>English</a>
    </nav>
    """

    static let logout = """
    <form method="post" action="/logout" class="logout"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.logout}}</button></form>
    """
}
