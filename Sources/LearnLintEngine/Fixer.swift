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
        public var changes: [Change]
        public var documents: Int
        public var missingPaths: [String]

        public var applied: Int { changes.reduce(0) { $0 + $1.applied } }
    }

    /// Passes over one document before giving up on fixes that keep producing new fixes.
    public static let maximumPasses = 8

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public let linter: Linter

    public init(linter: Linter) {
        self.linter = linter
    }

    /// Works out the changes for the documents a request names; writes nothing.
    public func changes(for request: LintRequest) -> Outcome {
        let configuration = linter.ruleSet.configuration
        let discovery = DocumentDiscovery(
            selection: configuration.documents, workingDirectory: request.workingDirectory,
            followsLinksOut: request.followsLinksOut)
        let resolver = ContributorResolver(sources: configuration.contributors)
        let found = discovery.documents(in: request.paths, forceExclude: request.forceExclude)
        let selected = found.documents.filter {
            (request.shard?.contains($0.displayPath) ?? true) && (request.onlyPaths?.contains($0.displayPath) ?? true)
        }
        let results = parallelMap(selected, jobs: request.jobs) { source -> Change? in
            guard source.problem == nil,
                case .success = DocumentReader.read(source.absolutePath, maxBytes: configuration.documents.maxBytes),
                let data = FileManager.default.contents(atPath: source.absolutePath)
            else { return nil }
            return change(for: source, bytes: Array(data), resolver: resolver)
        }
        return Outcome(changes: results.compactMap { $0 }, documents: selected.count, missingPaths: found.missing)
    }

    /// The change fixes make to one document's bytes, or nil when there is nothing to fix (or the
    /// bytes are not UTF-8: such a document is reported by `check`, never rewritten).
    public func change(for source: DocumentSource, bytes: [UInt8], resolver: ContributorResolver) -> Change? {
        let hasMark = bytes.starts(with: Fixer.byteOrderMark)
        guard case .success(var text) = DocumentReader.decode(bytes) else { return nil }
        var applied = 0
        for _ in 0..<Fixer.maximumPasses {
            let (_, findings) = linter.check(source, text: text, resolver: resolver)
            let (fixed, count) = Fixer.apply(findings, to: text)
            guard count > 0 else { break }
            text = fixed
            applied += count
        }
        guard applied > 0 else { return nil }
        let fixed = (hasMark ? Fixer.byteOrderMark : []) + Array(text.utf8)
        guard fixed != bytes else { return nil }
        return Change(source: source, original: bytes, fixed: fixed, applied: applied)
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
