/// The version printed by `--version` and in report footers.
public enum ChosaVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
