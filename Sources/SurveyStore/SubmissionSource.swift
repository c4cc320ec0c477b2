/// How a submission reached chosa.
public enum SubmissionSource: String, Sendable, Codable {
    /// Through the institution portal in a browser.
    case portal
    /// Through the JSON API with an invitation token.
    case api
    /// From a file, by an analyst (`chosa responses import`).
    case `import`
}
