import FoundationEssentials
import LearnLintCore
import LearnLintIO
import LearnLintConfiguration

/// Applies the fixes findings carry (canonical spellings) to documents, changing nothing else: every
/// byte outside a fixed range, line endings, a byte-order mark and trailing spaces included, stays.
///
/// Fixes are applied in passes: each pass re-checks the text and applies the fixes that do not overlap
/// an earlier one, until none is left, so one run converges and a second run changes nothing.
public struct Fixer: Sendable {
    /// A document whose text the fixes change.
    public struct Change: Sendable {
        public var source: DocumentSource
        /// The document's bytes before and after (a byte-order mark kept as it was).
        public var original: [UInt8]
        public var fixed: [UInt8]
        /// How many fixes were applied.
        public var applied: Int
    }

    /// What a fix run found: the documents it would change, and the paths that do not exist.
    public struct Outcome: Sendable {
        /// Every change the fixes make, in the order documents were found (written or not).
        public var changes: [Change] = []
        /// The changes written to disk (with `FixStage.write`).
        public var written: [Change] = []
        /// How many documents were candidates for fixing.
        public var documents: Int
        public var missingPaths: [String] = []

        public var applied: Int { changes.reduce(0) { $0 + $1.applied } }

        public init(changes: [Change] = [], documents: Int, missingPaths: [String] = []) {
            self.changes = changes
            self.documents = documents
            self.missingPaths = missingPaths
        }
    }

    /// Passes over one document before giving up on fixes that keep producing new fixes.
    public static let maximumPasses = 8

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public let linter: Linter

    public init(linter: Linter) {
        self.linter = linter
    }

    /// Works out the changes for the documents a request names; writes nothing. This is the pipeline
    /// with the fix stage and only the rules that may fix (`RuleScope.fixes`), without a corpus pass.
    public func changes(for request: LintRequest) -> Outcome {
        var request = request
        request.scope = .fixes
        request.fixing = FixStage(write: nil)
        let result = linter.lint(request)
        var outcome = result.fixes ?? Outcome(documents: 0)
        outcome.missingPaths = result.missingPaths
        return outcome
    }

    /// The change fixes make to one document's bytes, or nil when there is nothing to fix (or the
    /// bytes are not UTF-8: such a document is reported by `check`, never rewritten).
    public func change(for source: DocumentSource, bytes: [UInt8], resolver: ContributorResolver) -> Change? {
        guard case .success(let text) = DocumentReader.decode(bytes) else { return nil }
        return passes(source, bytes: bytes, text: text, resolver: resolver, scope: .fixes).change
    }

    /// What the passes over one document did.
    struct Passes {
        var change: Change?
        /// The check of the text as read.
        var first: (DocumentFacts, [Finding])
        /// The check of the text the passes leave (nil when the last allowed pass still fixed something).
        var last: (DocumentFacts, [Finding])?
        /// The text the passes leave.
        var text: String
    }

    /// Checks, applies the fixes, and checks again what changed, until no fix is left or
    /// `maximumPasses` is reached; the rules of `scope` run (`.fixes` for fixing alone).
    func passes(_ source: DocumentSource, bytes: [UInt8], text original: String, resolver: ContributorResolver, scope: RuleScope)
        -> Passes
    {
        var text = original
        let first = linter.check(source, text: text, resolver: resolver, scope: scope)
        var last: (DocumentFacts, [Finding])? = first
        var applied = 0
        var passes = 0
        while let checked = last {
            let (fixed, count) = Fixer.apply(checked.1, to: text)
            guard count > 0 else { break }
            text = fixed
            applied += count
            passes += 1
            last = passes < Fixer.maximumPasses ? linter.check(source, text: text, resolver: resolver, scope: scope) : nil
        }
        guard applied > 0 else { return Passes(change: nil, first: first, last: first, text: original) }
        let hasMark = bytes.starts(with: Fixer.byteOrderMark)
        let fixed = (hasMark ? Fixer.byteOrderMark : []) + Array(text.utf8)
        guard fixed != bytes else { return Passes(change: nil, first: first, last: first, text: original) }
        return Passes(change: Change(source: source, original: bytes, fixed: fixed, applied: applied), first: first, last: last, text: text)
    }

    /// Applies the fixes of `findings` that do not overlap each other; returns the text and how many applied.
    ///
    /// A finding that records the text it `found` is fixed only where that text still stands.
    public static func apply(_ findings: [Finding], to text: String) -> (text: String, applied: Int) {
        let lines = LineIndex(text)
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        for finding in findings {
            guard let fix = finding.fix else { continue }
            let start = lines.offset(of: fix.range.start)
            let end = lines.offset(of: fix.range.end)
            guard start <= end else { continue }
            if let found = finding.data.found,
                !lines.bytes[start..<end].elementsEqual(found.utf8)
            {
                continue
            }
            edits.append((start..<end, Array(fix.replacement.utf8)))
        }
        edits.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var bytes = lines.bytes
        var accepted: [(range: Range<Int>, replacement: [UInt8])] = []
        for edit in edits {
            if let last = accepted.last {
                if last.range == edit.range && last.replacement == edit.replacement { continue }
                // Overlapping (or touching an insertion point twice): left for the next pass.
                if edit.range.lowerBound < last.range.upperBound
                    || (edit.range.isEmpty && edit.range.lowerBound == last.range.upperBound)
                {
                    continue
                }
            }
            accepted.append(edit)
        }
        var applied = 0
        for edit in accepted.reversed() where !bytes[edit.range].elementsEqual(edit.replacement) {
            bytes.replaceSubrange(edit.range, with: edit.replacement)
            applied += 1
        }
        return (String(decoding: bytes, as: UTF8.self), applied)
    }
}

/// The fix stage of the pipeline (`check --fix`, `fix`): every fixable document is fixed in memory
/// during the document pass; the changes are then written one by one, in the order documents were found, before the
/// corpus pass, which sees each document as it then stands.
public struct FixStage: Sendable {
    /// Writes one change and says whether it was written; nil only collects the changes (`--dry-run`).
    public var write: (@Sendable (Fixer.Change) -> Bool)?

    public init(write: (@Sendable (Fixer.Change) -> Bool)?) {
        self.write = write
    }

    /// Collects the changes and writes them (unless a path named is missing: then nothing is written);
    /// a document whose change is not written is reported as it was read.
    func apply(to outcomes: inout [DocumentOutcome], outcome: inout Fixer.Outcome, writes: Bool) {
        for index in outcomes.indices {
            guard let change = outcomes[index].change else { continue }
            outcome.changes.append(change)
            if writes, let write, write(change) {
                outcome.written.append(change)
            } else if let unfixed = outcomes[index].unfixed {
                outcomes[index].checked = unfixed
            }
        }
    }
}
