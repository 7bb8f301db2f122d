import LearnLintCore

/// Helpers of `ChallengeExtractor`: stories under a unit, appending units, labels and positions.
extension ChallengeExtractor {
    /// Reads what stands under a labelled unit. When a challenge's story holds its own labelled
    /// units (`### Challenge 2: Auth` over `**Problem:** … **Resolution:** …`), the title was a
    /// container: its inner units are what count, so it is neither counted nor reported itself.
    mutating func readStory(_ nodes: [Node], of owner: Int) {
        let isChallenge = result.units.indices.contains(owner) && result.units[owner].kind == .challenge
        let start = result.units.count
        processGroup(nodes, .story(owner: isChallenge ? owner : nil))
        guard isChallenge else { return }
        let inner = result.units[start...]
        if inner.contains(where: { $0.kind == .challenge }) {
            result.units[owner].kind = .ignored
        } else if inner.contains(where: { $0.kind == .solution }) {
            result.units[owner].evidence.append(.nestedSolution)
            for index in inner.indices where result.units[index].kind == .solution { result.units[index].kind = .ignored }
        }
    }

    /// A line of a challenge's story: the scorer judges whether it solves the challenge or, naming
    /// neither a difficulty nor a solution, is a terse answer that makes it unreportable.
    mutating func tell(_ text: EmphasizedText, about owner: Int) {
        guard result.units.indices.contains(owner) else { return }
        result.units[owner].evidence.append(.story(PairingPassage(text)))
    }

    /// An unlabelled sibling after a labelled challenge: it may tell the solution.
    mutating func continueStory(of unit: Int?, with text: EmphasizedText) {
        guard let unit, result.units.indices.contains(unit), result.units[unit].kind == .challenge else { return }
        result.units[unit].evidence.append(.commentary(PairingPassage(text)))
    }

    // MARK: - Label lines

    /// A paragraph that is one label line: `**Challenge:**`, `**Solution**`, `**Challenge: Search**`.
    func isLabelLine(_ block: Block) -> Bool {
        let read = paragraph(block)
        guard read.lines.count == 1, let label = read.firstLineLabel else { return false }
        return label.remainder.isEmpty || read.boldTitle != nil
    }

    /// Reads a label line (heuristic `label-with-list`): when an unlabelled list or paragraph
    /// follows, it elaborates this one unit (returned); an empty label with nothing to elaborate
    /// it is no unit (`placeholder`, `empty-solution-label`).
    mutating func readLabelLine(_ block: Block, next: Node?, nextLabel: PairingLabel?) -> Int? {
        let (unit, empty) = readLabelledParagraph(block)
        guard let unit else { return nil }
        var elaborates = false
        if let next, case .block(let following) = next, nextLabel == nil {
            elaborates = following.isList || following.kind == .paragraph
        }
        guard elaborates, vocabulary.heuristics.isOn(.labelWithList) else {
            if empty { dropEmpty(unit) }
            return nil
        }
        return unit
    }

    /// The list or paragraph under a label line: what it says belongs to that unit.
    mutating func elaborate(_ owner: Int, with block: Block) {
        guard result.units.indices.contains(owner) else { return }
        if block.isList, containsLabel(.solution, in: [.block(block)]) || containsLabel(.challenge, in: [.block(block)]) {
            return processGroup(block.children.map(Node.block), .story(owner: result.units[owner].kind == .challenge ? owner : nil))
        }
        let texts = flattenedTexts(of: block, depth: 0).filter { !vocabulary.isPlaceholder($0.text) }
        // A bare `**Challenge:**` is named, in messages, by the first thing its list says.
        if let first = texts.first, vocabulary.label(atStartOf: result.units[owner].text).map(\.remainder.isEmpty) == true {
            result.units[owner].text = first
        }
        guard result.units[owner].kind == .challenge else { return }
        for text in texts { result.units[owner].evidence.append(.elaboration(PairingPassage(text))) }
    }

    /// A label that says nothing and has nothing under it is no unit.
    mutating func dropEmpty(_ unit: Int) {
        guard result.units.indices.contains(unit) else { return }
        let heuristic: PairingHeuristic = result.units[unit].kind == .solution ? .emptySolutionLabel : .placeholder
        guard vocabulary.heuristics.isOn(heuristic) else { return }
        let start = result.units[unit].range.start
        result.dropped.append((start.line, start.column, heuristic, result.units[unit].text))
        result.units[unit].kind = .ignored
    }

    private func flattenedTexts(of block: Block, depth: Int) -> [EmphasizedText] {
        guard depth < 20 else { return [] }
        if block.kind == .paragraph { return [paragraph(block).text] }
        return block.children.flatMap { flattenedTexts(of: $0, depth: depth + 1) }
    }

    @discardableResult
    mutating func append(_ unit: PairingUnit) -> Int {
        result.units.append(unit)
        return result.units.count - 1
    }

    /// A unit for a label; `stating`: its remainder is the challenge's statement (a paragraph of
    /// several lines states its own once all are read).
    mutating func addUnit(
        _ label: PairingLabel, format: PairingUnit.Format, range: SourceRange, fallback: EmphasizedText, stating: Bool = true
    ) -> Int {
        let text = label.remainder.isEmpty ? fallback : label.remainder
        var unit = PairingUnit(kind: label.role == .challenge ? .challenge : .solution, format: format, range: range, text: text)
        if stating, label.role == .challenge, !label.remainder.isEmpty { unit.evidence.append(.statement(PairingPassage(label.remainder))) }
        return append(unit)
    }

    func roleContext(_ role: PairingRole) -> Context {
        role == .challenge ? .challenges : .solutions
    }

    func nodes(of index: Int) -> [Node] {
        guard document.sections.indices.contains(index) else { return [] }
        let section = document.sections[index]
        let children = section.children.filter { document.sections.indices.contains($0) && document.sections[$0].style != .boldItem }
        return section.blocks.map(Node.block) + children.map(Node.section)
    }

    /// The label a node opens with: a subsection's title, a paragraph's or an item's first line.
    func label(of node: Node) -> PairingLabel? {
        switch node {
        case .section(let index):
            guard document.sections.indices.contains(index), !isForeign(document.sections[index]) else { return nil }
            return vocabulary.label(atStartOf: EmphasizedText(document.sections[index].title))
        case .block(let block):
            switch block.kind {
            case .paragraph:
                return paragraph(block).label
            case .item:
                guard let first = block.children.first, first.kind == .paragraph else { return nil }
                return paragraph(first).label
            default:
                return nil
            }
        }
    }

    /// The paragraph as read before the walk (or now, for one outside the section's tree).
    func paragraph(_ block: Block) -> PairingParagraph {
        paragraphs[block.byteRange.lowerBound] ?? PairingParagraph(block, in: document, vocabulary: vocabulary)
    }

    /// Reads every paragraph under the nodes once, so the walk never derives one twice.
    mutating func readParagraphs(in nodes: [Node], depth: Int = 0) {
        guard depth < 40 else { return }
        for node in nodes {
            switch node {
            case .section(let index):
                readParagraphs(in: self.nodes(of: index), depth: depth + 1)
            case .block(let block):
                if block.kind == .paragraph {
                    paragraphs[block.byteRange.lowerBound] = PairingParagraph(block, in: document, vocabulary: vocabulary)
                } else {
                    readParagraphs(in: block.children.map(Node.block), depth: depth + 1)
                }
            }
        }
    }

    /// Whether any node (at any depth) opens with a label of `role`.
    func containsLabel(_ role: PairingRole, in nodes: [Node], depth: Int = 0) -> Bool {
        guard depth < 20 else { return false }
        for node in nodes {
            if let label = label(of: node), label.role == role, !label.isContainer { return true }
            switch node {
            case .section(let index):
                if containsLabel(role, in: self.nodes(of: index), depth: depth + 1) { return true }
            case .block(let block):
                if containsLabel(role, in: block.children.map(Node.block), depth: depth + 1) { return true }
            }
        }
        return false
    }

    func firstLine(of block: Block) -> SourceRange {
        lineRange(from: block.range.start)
    }

    /// From a position to the end of its line (the end column is that of the line's last code point).
    func lineRange(from start: SourcePosition) -> SourceRange {
        let bytes = document.lines.byteRange(ofLine: start.line)
        guard !bytes.isEmpty else { return SourceRange(at: start) }
        // Step back to the first byte of the line's last character.
        var last = bytes.upperBound - 1
        while last > bytes.lowerBound, document.lines.bytes[last] & 0xC0 == 0x80 { last -= 1 }
        return SourceRange(start: start, end: max(start, document.lines.position(ofOffset: last)))
    }
}
