import SurveyCLI

/// The `chosa` executable: parses the command line in `SurveyCLI` and exits with its status.
@main
struct Chosa {
    static func main() async {
        await ChosaCommand.runAndExit()
    }
}
