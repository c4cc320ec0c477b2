/// Okabe and Ito's colour-blind-safe palette ("Color Universal Design", 2008), readable with every common colour
/// vision deficiency; charts also label their figures in text, so colour never carries meaning alone.
public enum ChartPalette {
    /// Bluish green: met, adequate.
    public static let bluishGreen = "#009E73"
    /// Orange: partly met, needs improvement.
    public static let orange = "#E69F00"
    /// Vermillion: not met, substandard.
    public static let vermillion = "#D55E00"
    /// Blue: single-series bars and box outlines.
    public static let blue = "#0072B2"
    /// Sky blue: box fill.
    public static let skyBlue = "#56B4E9"
    /// Neutral grey: not applicable.
    public static let grey = "#999999"
    /// Light grey: withheld figures.
    public static let withheld = "#E4E4E4"
}
