import Testing

@testable import LearnLintLSP

/// "Fix all" sends one edit over the changed lines only; applying it must give the fixed text exactly.
@Suite struct FixEditsTests {
    /// Applies an edit the way a client does, through the buffer's own position conversion.
    private func applying(_ edit: TextEdit, to old: String) -> String {
        var buffer = TextBuffer(old)
        buffer.apply(edit.range, edit.newText)
        return buffer.text
    }

    @Test(arguments: [
        ("# T\n- Github\n- Docker\n", "# T\n- GitHub\n- Docker\n", [1, 0, 2, 0]),
        ("- Github\n", "- GitHub\n", [0, 0, 1, 0]),
        ("# T\n\n- k8s", "# T\n\n- Kubernetes", [2, 0, 2, 5]),
        ("a\nGithub 🚀\nb\nGithub\nc\n", "a\nGitHub 🚀\nb\nGitHub\nc\n", [1, 0, 4, 0]),
        ("same\n", "same\n", [1, 0, 1, 0]),
        ("x\r\nGithub\r\ny\r\n", "x\r\nGitHub\r\ny\r\n", [1, 0, 2, 0]),
    ])
    func theEditCoversWholeChangedLinesAndReproducesTheFix(old: String, new: String, range: [Int]) {
        let edit = FixEdits.smallestLineEdit(from: Array(old.utf8), to: Array(new.utf8), buffer: TextBuffer(old))
        #expect(
            [edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character] == range)
        #expect(applying(edit, to: old) == new)
    }

    @Test func kindsAreHierarchical() {
        #expect(FixEdits.wants(CodeActionKind.fixAll, only: nil))
        #expect(FixEdits.wants(CodeActionKind.fixAll, only: ["source.fixAll"]))
        #expect(FixEdits.wants(CodeActionKind.fixAll, only: ["source"]))
        #expect(!FixEdits.wants(CodeActionKind.fixAll, only: ["quickfix"]))
        #expect(!FixEdits.wants(CodeActionKind.quickFix, only: ["quick"]), "a prefix counts only at a dot")
        #expect(FixEdits.wants(CodeActionKind.quickFix, only: ["quickfix"]))
    }
}
