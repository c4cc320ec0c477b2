import Mustache

/// The portal's Mustache templates, compiled once. They live in Swift source rather than resource files so the
/// `chosa` binary carries them wherever it is copied.
enum PortalTemplates {
    /// Template name to text.
    static let sources: [String: String] = [
        "layout": layout, "login": login, "error": error, "item": item, "label": label, "help": help,
        "sectionNav": sectionNav, "dashboard": dashboard, "section": section, "answers": answers, "review": review,
        "receipt": receipt, "print": print, "requests": requests,
    ]

    /// Every template compiled, and the first one that failed to parse (a test asserts there is none).
    static let compiled = compile(sources)

    /// A library of `sources` (name to text), and the first template that failed to parse.
    static func compile(_ sources: [String: String]) -> (library: MustacheLibrary, failure: String?) {
        var library = MustacheLibrary()
        var failure: String?
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch {
                failure = failure ?? "\(name): \(error)"
            }
        }
        return (library, failure)
    }

    /// The compiled library.
    static var library: MustacheLibrary { compiled.library }
}
