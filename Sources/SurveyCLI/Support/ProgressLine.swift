import Foundation
import SurveyCore

/// Progress of a long run on standard error: silent for the first `interval` (a short run prints nothing), then
/// one line at most every `interval` (five seconds), e.g. `scoring: 42,000 of 100,000 submissions (42%)`. The clock
/// and the output are injected so tests never wait.
final class ProgressLine {
    private let interval: Duration
    private let now: () -> ContinuousClock.Instant
    private let write: (String) -> Void
    private let language: Language
    private var last: ContinuousClock.Instant

    /// A progress line that starts counting now.
    init(language: Language, interval: Duration = .seconds(5), now: @escaping () -> ContinuousClock.Instant = { ContinuousClock.now },
         write: @escaping (String) -> Void = { Terminal.err($0) }) {
        self.language = language
        self.interval = interval
        self.now = now
        self.write = write
        self.last = now()
    }

    /// Reports `done` of `total` units of `step` when `interval` has passed since the start or the last line.
    func update(_ step: Message, done: Int, total: Int, unit: Message) {
        let instant = now()
        guard instant - last >= interval else { return }
        last = instant
        let percent = total > 0 ? " (\(100 * done / total)%)" : ""
        write(step.text(language) + ": " + Message(en: "\(Self.grouped(done)) of \(Self.grouped(total)) \(unit.en)\(percent)",
                                                  ja: "\(Self.grouped(total)) \(unit.ja)中 \(Self.grouped(done))\(percent)").text(language))
    }

    /// Says that `step` is under way when `interval` has passed since the start or the last line (for a step with
    /// no count, such as rendering).
    func update(_ step: Message) {
        let instant = now()
        guard instant - last >= interval else { return }
        last = instant
        write(step.text(language) + " …")
    }

    /// `100000` → `100,000`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }
}
