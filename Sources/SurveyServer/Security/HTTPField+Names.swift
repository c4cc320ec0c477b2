import HTTPTypes

extension HTTPField.Name {
    /// `X-Forwarded-For`.
    static var xForwardedFor: Self { known("X-Forwarded-For") }
    /// `Referrer-Policy`.
    static var referrerPolicy: Self { known("Referrer-Policy") }
    /// `X-Frame-Options`, for browsers that predate `frame-ancestors`.
    static var xFrameOptions: Self { known("X-Frame-Options") }
    /// `Sec-Fetch-Site`: whether a request came from this origin (`same-origin`), a sibling site or elsewhere.
    static var secFetchSite: Self { known("Sec-Fetch-Site") }
    /// `Idempotent-Replayed`, set when a submission request repeats an earlier one.
    static var idempotentReplayed: Self { known("Idempotent-Replayed") }

    /// A header name written in this file: literal token characters, so parsing cannot fail.
    private static func known(_ name: String) -> Self {
        guard let parsed = Self(name) else { preconditionFailure("'\(name)' is not a valid header name") }
        return parsed
    }
}
