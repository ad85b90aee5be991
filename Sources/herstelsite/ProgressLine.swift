import Foundation
import HerstelSite
import Synchronization

/// Draws a build's progress on one line of the terminal, replaced in place (`\r` and clear
/// line). Made only when standard error is a terminal, so logs of CI stay clean.
final class ProgressLine: Sendable {
    private let last = Mutex<BuildProgress?>(nil)

    static func forStandardError() -> ProgressLine? {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb" ? ProgressLine() : nil
    }

    /// Nil clears the line, so what is printed next starts on a clean line.
    @Sendable func draw(_ progress: BuildProgress?) {
        last.withLock { last in
            // Reports from several threads may arrive out of order: never step back. Written
            // under the lock, so a late line can never land after the one that clears it.
            if let progress, let previous = last, previous.stage == progress.stage, previous.done > progress.done { return }
            last = progress
            let text = "\r\u{1B}[2K" + (progress.map { ProgressLine.fitted($0.description) } ?? "")
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// Cut to the terminal's width, so the line never wraps (a wrapped line is not replaced).
    static func fitted(_ text: String) -> String {
        var size = winsize()
        guard ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 1 else { return text }
        let width = Int(size.ws_col) - 1
        return text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
