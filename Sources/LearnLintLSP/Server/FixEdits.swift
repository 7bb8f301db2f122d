import LearnLintCore
import LearnLintEngine

/// Code actions built from the fixes findings carry. Nothing here knows a rule: any finding with a
/// `Fix` (canonical spellings today, other safe fixes tomorrow) gets a quick fix, and "fix all" is the
/// library's `Fixer` run over the buffer.
enum FixEdits {
    /// Whether a client that asked only for `only` kinds wants actions of `kind` (kinds are
    /// hierarchical: asking for `source.fixAll` includes `source.fixAll.learnlint`).
    static func wants(_ kind: String, only: [String]?) -> Bool {
        guard let only else { return true }
        return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
    }

    /// The quick fix of one finding: its fix's range replaced by its replacement.
    static func quickFix(_ fix: Fix, for diagnostic: Diagnostic, uri: String, mapper: DiagnosticMapper) -> CodeAction {
        let range = mapper.range(ofFix: fix)
        let start = mapper.buffer.offset(of: range.start)
        let end = mapper.buffer.offset(of: range.end)
        let old = String(decoding: mapper.buffer.bytes[start..<max(start, end)], as: UTF8.self)
        let title =
            old.isEmpty
            ? "Insert '\(shortened(fix.replacement))' (\(diagnostic.code ?? "learnlint"))"
            : "Replace '\(shortened(old))' with '\(shortened(fix.replacement))' (\(diagnostic.code ?? "learnlint"))"
        return CodeAction(
            title: title, kind: CodeActionKind.quickFix, diagnostics: [diagnostic], isPreferred: true,
            edit: WorkspaceEdit(changes: [uri: [TextEdit(range: range, newText: fix.replacement)]]))
    }

    /// "Fix all": one edit over the lines the fixes change (not the whole text, so the editor keeps
    /// the cursor and folds elsewhere).
    static func fixAll(_ change: Fixer.Change, uri: String, buffer: TextBuffer) -> CodeAction {
        let edit = smallestLineEdit(from: buffer.bytes, to: change.fixed, buffer: buffer)
        let count = change.applied
        return CodeAction(
            title: "Fix all learnlint problems in this document (\(count) fix\(count == 1 ? "" : "es"))",
            kind: CodeActionKind.fixAll, diagnostics: nil, isPreferred: nil,
            edit: WorkspaceEdit(changes: [uri: [edit]]))
    }

    /// One edit turning `old` into `new`: the lines between their common first and last lines.
    static func smallestLineEdit(from old: [UInt8], to new: [UInt8], buffer: TextBuffer) -> TextEdit {
        var prefix = 0
        let shorter = min(old.count, new.count)
        while prefix < shorter, old[prefix] == new[prefix] { prefix += 1 }
        // Back to the start of the line the first difference is on (a line break is one ASCII byte,
        // so the cut never splits a character).
        while prefix > 0, old[prefix - 1] != UInt8(ascii: "\n") { prefix -= 1 }
        var suffix = 0
        while suffix < shorter - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        // Shorten the kept tail until it starts a line (right after a line break, or at the text's start).
        while suffix > 0, old.count - suffix - 1 >= 0, old[old.count - suffix - 1] != UInt8(ascii: "\n") { suffix -= 1 }
        let oldEnd = old.count - suffix
        let newEnd = new.count - suffix
        return TextEdit(
            range: buffer.range(fromOffset: prefix, to: oldEnd),
            newText: String(decoding: new[prefix..<max(prefix, newEnd)], as: UTF8.self))
    }

    private static func shortened(_ text: String) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return line.count > 40 ? String(line.prefix(39)) + "…" : line
    }
}
