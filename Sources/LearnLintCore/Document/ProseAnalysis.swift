import Synchronization

/// What rules read of a document's prose, derived once: the words of every prose run (`TextTokens`:
/// byte ranges, folded forms' hashes, sentence and clause gaps) and the prose segments, runs whose
/// source bytes touch joined into one text (`[`, `Your Name`, `]` are three runs but one `[Your Name]`).
///
/// Built on first use by `Document.prose` and shared by the vocabulary, duplicates and placeholders
/// rules, so no rule splits prose into words on its own.
public struct ProseAnalysis: Sendable {
    /// A stretch of prose searched as one text: bytes of the document when `exact`, else a run's
    /// literal (escapes and entities resolved) that starts near `origin`.
    public struct Segment: Sendable {
        public var bytes: ArraySlice<UInt8>
        public var exact: Bool
        /// Document byte offset of the segment's first byte (for an inexact one, its run's offset).
        public var origin: Int
    }

    /// The words of each prose run, in the order of `Document.proseRuns` (same indices).
    public let tokens: [TextTokens]
    public let segments: [Segment]

    init(runs: [ProseRun], lines: LineIndex) {
        let source = lines.bytes
        var tokens: [TextTokens] = []
        tokens.reserveCapacity(runs.count)
        var segments: [Segment] = []
        var current: Range<Int>?
        for run in runs {
            let length = run.length
            // An exact run's bytes are the document's: tokenized in place, nothing copied.
            guard run.isExact, run.offset >= 0, run.offset + length <= source.count else {
                let literal = Array(run.text.utf8)
                tokens.append(TextTokens(bytes: literal, base: 0, count: literal.count))
                if let range = current { segments.append(Segment(bytes: source[range], exact: true, origin: range.lowerBound)) }
                current = nil
                segments.append(Segment(bytes: ArraySlice(literal), exact: false, origin: run.offset))
                continue
            }
            tokens.append(TextTokens(bytes: source, base: run.offset, count: length))
            if let range = current, range.upperBound == run.offset {
                current = range.lowerBound..<(run.offset + length)
            } else {
                if let range = current { segments.append(Segment(bytes: source[range], exact: true, origin: range.lowerBound)) }
                current = run.offset..<(run.offset + length)
            }
        }
        if let range = current { segments.append(Segment(bytes: source[range], exact: true, origin: range.lowerBound)) }
        self.tokens = tokens
        self.segments = segments
    }
}

/// Per-document values computed on first use and kept for every later reader: a `Document` is a
/// value shared across threads, so the cache is a class behind a lock.
final class DocumentCache: Sendable {
    let prose = Mutex<ProseAnalysis?>(nil)
    /// Values rules derive from the document and share (`DocumentMemo`), by key.
    let memos = Mutex<[DocumentMemoKey: any Sendable]>([:])

    init() {}
}

/// A key of a value memoized per document, typed so readers agree on what it holds: a name, and the
/// byte range of the part of the document a value is kept for (an item), if any.
public struct DocumentMemo<Value: Sendable>: Sendable {
    let key: DocumentMemoKey

    public init(_ name: String, range: Range<Int> = 0..<0) { key = DocumentMemoKey(name: name, range: range) }
}

struct DocumentMemoKey: Hashable, Sendable {
    var name: String
    var range: Range<Int>
}

extension Document {
    /// The shared analysis of the prose runs (computed on the first call).
    public var prose: ProseAnalysis {
        cache.prose.withLock { stored in
            if let stored { return stored }
            let analysis = ProseAnalysis(runs: proseRuns, lines: lines)
            stored = analysis
            return analysis
        }
    }

    /// The value memoized under `key`, computing it with `make` on first use. `make` must not read
    /// another memo (the lock is held while it runs).
    public func memoized<Value: Sendable>(_ key: DocumentMemo<Value>, _ make: () -> Value) -> Value {
        cache.memos.withLock { memos in
            if let value = memos[key.key] as? Value { return value }
            let value = make()
            memos[key.key] = value
            return value
        }
    }
}
