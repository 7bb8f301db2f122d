import LearnLintCore

/// Emoji and punctuation mangled by a UTF-8 → Windows-1252 → UTF-8 round trip (`ðŸ“š`, `â€™`, `Ã©`),
/// repaired where every mangled sequence decodes back to one character (see `Mojibake.damage`).
enum MojibakeCheck {
    static func pitfalls(_ lines: RenderingLines) -> [RenderingPitfall] {
        var found: [RenderingPitfall] = []
        guard lines.lastLine >= 1 else { return [] }
        for line in 1...lines.lastLine where lines.isTextLine(line) {
            let range = lines.range(ofLine: line)
            let damage = Mojibake.damage(in: lines.bytes[range]).filter { !lines.inCodeSpan($0.range) }
            guard let first = damage.first, let last = damage.last else { continue }
            let span = first.range.lowerBound..<last.range.upperBound
            let more = damage.count > 1 ? " (and \(damage.count - 1) more on this line)" : ""
            let written = lines.text(first.range)
            guard damage.allSatisfy({ $0.original != nil }) else {
                let message =
                    "mojibake “\(written)”\(more): UTF-8 text was read as Windows-1252 and a byte was lost, so the original character cannot be recovered; retype it"
                found.append(RenderingPitfall(.mojibake, span, message))
                continue
            }
            var replacement = ""
            var index = span.lowerBound
            for piece in damage {
                replacement += lines.text(index..<piece.range.lowerBound) + (piece.original ?? "")
                index = piece.range.upperBound
            }
            let message =
                "mojibake “\(written)”\(more): UTF-8 text was read as Windows-1252; it should read “\(first.original ?? "")”"
            found.append(RenderingPitfall(.mojibake, span, message, fix: (span, replacement)))
        }
        return found
    }
}
