import LearnLintEngine

/// `learnlint compare A B`: one block per shared passage, longest run of the first document first
/// in reading order, with the line ranges in each document and the text as the first one writes it.
public struct ComparisonTextReporter: Sendable {
    /// Excerpts longer than this many characters are cut in the middle (`…`).
    static let excerptLimit = 160

    public init() {}

    public func render(_ comparison: DocumentComparison) -> String {
        let copied = comparison.copied
        let boilerplate = comparison.passages.filter(\.boilerplate)
        let words = copied.reduce(0) { $0 + $1.words }
        let firstPath = ControlCharacters.escape(comparison.first.path)
        let secondPath = ControlCharacters.escape(comparison.second.path)
        var output = "\(firstPath) and \(secondPath): "
        if copied.isEmpty {
            output += "no shared passage of \(comparison.minimumWords) words or more"
        } else {
            output += "\(copied.count) shared passage\(copied.count == 1 ? "" : "s"), \(words) words "
            output += "(\(CoverageReport.formatPercent(CoverageReport.percent(comparison.copiedShare(ofFirst: true)))) of the first, "
            output += "\(CoverageReport.formatPercent(CoverageReport.percent(comparison.copiedShare(ofFirst: false)))) of the second)"
        }
        if !boilerplate.isEmpty { output += "; \(boilerplate.count) boilerplate passage\(boilerplate.count == 1 ? "" : "s") the corpus shares" }
        output += "\n"
        for (number, passage) in comparison.passages.enumerated() {
            output += "\n" + line(number + 1, passage, comparison)
        }
        return output
    }

    // MARK: - Private helpers

    private func line(_ number: Int, _ passage: SharedPassage, _ comparison: DocumentComparison) -> String {
        let firstLines = DocumentComparison.lineLabel(comparison.first.lines(passage.first))
        let secondLines = DocumentComparison.lineLabel(comparison.second.lines(passage.second))
        var text = "\(number). \(passage.boilerplate ? "boilerplate" : "shared"), \(passage.words) words: "
        text += "\(ControlCharacters.escape(comparison.first.path)):\(firstLines) ↔ "
        text += "\(ControlCharacters.escape(comparison.second.path)):\(secondLines)\n"
        return text + "   “" + Self.oneLine(comparison.first.excerpt(passage.first)) + "”\n"
    }

    /// The excerpt on one line: line breaks and tabs as single spaces, cut to `excerptLimit`, then every
    /// other control or bidi character shown as `\u{…}` by the helper every text reporter uses (a raw
    /// ESC would drive the terminal, a U+202E would show the excerpt in another order than it is).
    static func oneLine(_ text: String) -> String {
        ControlCharacters.escape(shorten(collapsingWhitespace(text)))
    }

    private static func collapsingWhitespace(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let space = scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t"
            if space {
                if !lastWasSpace { result += " " }
                lastWasSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return result
    }

    static func shorten(_ text: String) -> String {
        guard text.count > excerptLimit else { return text }
        let half = excerptLimit / 2
        return String(text.prefix(half)) + " … " + String(text.suffix(half))
    }
}
