/// One challenge or solution found in a document, in document order.
struct PairingUnit: Sendable {
    enum Kind: Sendable, Equatable {
        case challenge
        case solution
        /// A paragraph after structured challenges that solves them together ("I solved all of these by …").
        case summary
        /// A prose paragraph not yet judged (resolved when its group is complete).
        case pendingProse
        /// Dropped after judging.
        case ignored
    }

    /// How the unit was written; it decides how sure the rule may be.
    enum Format: String, Sendable {
        case label, symbol, item, heading, table, prose
    }

    var kind: Kind
    var format: Format
    /// Where a finding about the unit points: its first line.
    var range: SourceRange
    /// The unit's own words (after its label), for messages and cues.
    var text: String
    /// A challenge that carries its own solution (same bullet, row or paragraph, or its nested story).
    var solved = false
    /// Whether an unpaired challenge may be reported; prose and unlabelled headings are counted only.
    var reportable = true
    /// A solution from a separate solutions section (paired with the challenges by order).
    var separate = false

    var excerpt: String { PairingText.excerpt(text) }
}

/// What the extractor found in one challenges section (and the solutions section that follows it).
struct PairingExtraction: Sendable {
    var units: [PairingUnit] = []
    /// The section holds content the rule could not read as challenges (prose, code, unknown
    /// tables): then "no challenge in it" is never claimed.
    var hasUnreadContent = false
}
