import LearnLintCore

/// Walks a challenges section — its paragraphs, lists at any depth, tables and subsections — and
/// lists the challenges and solutions it states, in document order (see docs/pairing.md).
///
/// Labels (`**Challenge:**`, `Fix -`, `✅`, `### Challenge 2: …`) make units wherever they stand.
/// Unlabelled content means what its place says: an unlabelled bullet in a challenges list is a
/// challenge, one in a solutions list a solution, and text under a challenge tells its story (and
/// solves it when it reports a solution). Beside labelled siblings, unlabelled ones are commentary.
struct ChallengeExtractor {
    /// What unlabelled content means where it stands.
    enum Context: Equatable {
        case challenges
        case solutions
        /// Inside a unit: unlabelled text tells the story of `owner` (a challenge), if any.
        case story(owner: Int?)
        /// Beside labelled units: only labels make units.
        case labelsOnly
    }

    /// A sibling in a group: a block, or a subsection under a heading.
    enum Node {
        case block(Block)
        case section(Int)
    }

    let document: Document
    let vocabulary: PairingVocabulary
    /// Subsections that belong to another configured section (say, best practices nested under challenges).
    let isForeign: @Sendable (Section) -> Bool
    /// What was found so far (the helpers in ChallengeExtractor+Helpers.swift add to it).
    var result = PairingExtraction()
    /// Every paragraph of the section, read once before the walk, by the byte it starts at.
    var paragraphs: [Int: PairingParagraph] = [:]
    private var depth = 0
    /// The section's title names solutions as well as challenges, so its bullets should hold both.
    var solutionsPromised = false

    init(document: Document, vocabulary: PairingVocabulary, isForeign: @escaping @Sendable (Section) -> Bool) {
        self.document = document
        self.vocabulary = vocabulary
        self.isForeign = isForeign
    }

    /// Reads one section. `titleMayBeUnit`: a title such as "Challenge 1: Docker" is itself a challenge.
    mutating func read(section index: Int, context: Context, titleMayBeUnit: Bool) {
        guard document.sections.indices.contains(index) else { return }
        let section = document.sections[index]
        let roles = vocabulary.titleRoles(section.title)
        solutionsPromised = roles.challenge && roles.solution
        readParagraphs(in: nodes(of: index))
        if titleMayBeUnit, let label = vocabulary.label(atStartOf: EmphasizedText(section.title)), !label.isContainer {
            let owner = addUnit(label, format: .heading, range: section.titleRange, fallback: EmphasizedText(section.title))
            readStory(nodes(of: index), of: owner)
        } else {
            processGroup(nodes(of: index), context)
        }
    }

    // MARK: - Groups of siblings

    mutating func processGroup(_ nodes: [Node], _ context: Context) {
        guard depth < 40 else { return }
        depth += 1
        defer { depth -= 1 }
        let labels = nodes.map(label(of:))
        let labelled = labels.contains { $0.map { !$0.isContainer } ?? false }
        // Beside lists or tables, an unlabelled sub-heading ("### Conclusion") is not a challenge.
        let besideStructure = labelled || nodes.contains { node in
            if case .block(let block) = node { return block.isList || block.kind == .table }
            return false
        }
        let start = result.units.count
        var prose: [Int] = []
        var lastUnit: Int?
        var nextListContext: Context?
        // A label paragraph standing alone (`**Challenge:**`, `**Solution:**`) whose next sibling is
        // a list or a paragraph: that sibling elaborates the one unit.
        var elaborated: Int?
        for (position, (node, label)) in zip(nodes, labels).enumerated() {
            let before = result.units.count
            let elaborating = elaborated
            elaborated = nil
            if let owner = elaborating, case .block(let block) = node, label == nil,
                block.isList || block.kind == .paragraph
            {
                elaborate(owner, with: block)
                continue
            }
            switch node {
            case .section(let index):
                readSubsection(index, label: label, context: context, besideLabels: besideStructure)
            case .block(let block):
                switch block.kind {
                case .paragraph:
                    if let label, label.isContainer {
                        nextListContext = roleContext(label.role)
                        continue
                    }
                    if label != nil, isLabelLine(block) {
                        let next = nodes.indices.contains(position + 1) ? nodes[position + 1] : nil
                        elaborated = readLabelLine(block, next: next, nextLabel: labels.indices.contains(position + 1) ? labels[position + 1] : nil)
                    } else {
                        readParagraph(block, label: label, context: context, besideLabels: labelled, lastUnit: lastUnit, prose: &prose)
                    }
                case .list:
                    processGroup(block.children.map(Node.block), nextListContext ?? context)
                case .item:
                    readItem(block, label: label, context: context, besideLabels: labelled, lastUnit: lastUnit)
                case .table:
                    if let rows = ChallengeTable.units(in: block, vocabulary: vocabulary, document: document) {
                        result.units += rows
                    } else {
                        result.hasUnreadContent = true
                    }
                case .blockQuote:
                    processGroup(block.children.map(Node.block), context)
                case .thematicBreak, .heading:
                    break
                case .htmlBlock:
                    if !block.literal.trimmed.hasPrefix("<!--") { result.hasUnreadContent = true }
                default:
                    result.hasUnreadContent = true
                    // Code under a challenge usually shows the fix (or the error): never report that challenge.
                    if case .story(let owner?) = context { result.units[owner].evidence.append(.code) }
                }
            }
            nextListContext = nil
            if let made = result.units[before...].lastIndex(where: { $0.kind == .challenge || $0.kind == .solution }) {
                lastUnit = made
            }
        }
        let structured = result.units.indices.dropFirst(start).contains { index in
            !prose.contains(index) && (result.units[index].kind == .challenge || result.units[index].kind == .solution)
        }
        resolveProse(prose, structured: structured, context: context)
    }

    mutating func readSubsection(_ index: Int, label: PairingLabel?, context: Context, besideLabels: Bool) {
        guard document.sections.indices.contains(index) else { return }
        let section = document.sections[index]
        guard !isForeign(section) else { return }
        let children = nodes(of: index)
        if let label {
            if label.isContainer { return processGroup(children, roleContext(label.role)) }
            let owner = addUnit(label, format: .heading, range: section.titleRange, fallback: EmphasizedText(section.title))
            return readStory(children, of: owner)
        }
        let roles = vocabulary.titleRoles(section.title)
        if roles.solution && !roles.challenge { return processGroup(children, .solutions) }
        if vocabulary.isClosingTitle(section.normalizedTitle) { return }
        if roles.challenge { return processGroup(children, .challenges) }
        switch context {
        case .story:
            processGroup(children, context)
        case .labelsOnly:
            processGroup(children, .labelsOnly)
        case _ where besideLabels:
            processGroup(children, .labelsOnly)
        case .solutions:
            append(PairingUnit(kind: .solution, format: .heading, range: section.titleRange, text: EmphasizedText(section.title)))
        case .challenges:
            if containsLabel(.challenge, in: children) { return processGroup(children, .challenges) }
            // An unlabelled sub-heading may be an overview rather than a challenge: counted, never reported.
            let owner = append(
                PairingUnit(
                    kind: .challenge, format: .heading, range: section.titleRange, text: EmphasizedText(section.title),
                    evidence: [.unlabelledHeading]))
            processGroup(children, .story(owner: owner))
        }
    }

    mutating func readParagraph(
        _ block: Block, label: PairingLabel?, context: Context, besideLabels: Bool, lastUnit: Int?, prose: inout [Int]
    ) {
        if label != nil {
            let (unit, empty) = readLabelledParagraph(block)
            if let unit, empty { dropEmpty(unit) }
            return
        }
        let text = paragraph(block).text
        if vocabulary.isPlaceholder(text.text) || PairingText.isIntroduction(text.text) { return }
        result.hasUnreadContent = true
        switch context {
        case .story(let owner):
            if let owner { tell(text, about: owner) }
        case .labelsOnly:
            continueStory(of: lastUnit, with: text)
        case .challenges, .solutions:
            if besideLabels {
                continueStory(of: lastUnit, with: text)
            } else {
                prose.append(append(PairingUnit(kind: .pendingProse, format: .prose, range: firstLine(of: block), text: text)))
            }
        }
    }

    mutating func readItem(_ item: Block, label: PairingLabel?, context: Context, besideLabels: Bool, lastUnit: Int?) {
        guard let first = item.children.first else { return }
        let rest = Array(item.children.dropFirst()).map(Node.block)
        guard first.kind == .paragraph else { return processGroup(item.children.map(Node.block), context) }
        let read = paragraph(first)
        if let title = read.boldTitle.map(EmphasizedText.init), !rest.isEmpty,
            let titleLabel = vocabulary.label(atStartOf: title)
        {
            if titleLabel.isContainer { return processGroup(rest, roleContext(titleLabel.role)) }
            let owner = addUnit(titleLabel, format: .label, range: firstLine(of: first), fallback: title)
            return readStory(rest, of: owner)
        }
        if let label {
            if label.isContainer { return processGroup(rest, roleContext(label.role)) }
            let (owner, empty) = readLabelledParagraph(first)
            guard let owner else { return processGroup(rest, .story(owner: nil)) }
            if empty && rest.isEmpty { return dropEmpty(owner) }
            readStory(rest, of: owner)
            // A template field whose story held only template fields is no challenge either.
            if empty, result.units.indices.contains(owner), !result.units[owner].evidence.contains(where: \.isStory),
                !result.units[(owner + 1)...].contains(where: { $0.kind == .challenge || $0.kind == .solution })
            {
                dropEmpty(owner)
            }
            return
        }
        let text = read.text
        if vocabulary.isPlaceholder(text.text) && rest.isEmpty { return }
        switch context {
        case .story(let owner):
            if let owner { tell(text, about: owner) }
            processGroup(rest, context)
        case .labelsOnly:
            continueStory(of: lastUnit, with: text)
            processGroup(rest, .labelsOnly)
        case _ where besideLabels:
            continueStory(of: lastUnit, with: text)
            processGroup(rest, .labelsOnly)
        case .solutions:
            let title = InlineText.splitTitle(text).title
            append(PairingUnit(kind: .solution, format: .item, range: firstLine(of: first), text: title.map(EmphasizedText.init) ?? text))
        case .challenges:
            if containsLabel(.challenge, in: rest) { return processGroup(rest, .challenges) }
            // A bare statement ("1. Imposter syndrome.") or a bold title and its body: the scorer
            // judges whether the body solves it or is too terse to report.
            let (title, body) = InlineText.splitTitle(text)
            let owner = append(
                PairingUnit(
                    kind: .challenge, format: .item, range: firstLine(of: first), text: title.map(EmphasizedText.init) ?? text,
                    evidence: [.titledBody(title: title.map { PairingPassage($0) }, body: PairingPassage(body, sentences: true))]))
            processGroup(rest, .story(owner: owner))
        }
    }

    /// Makes a unit of each labelled line of a paragraph; unlabelled lines continue the unit above.
    /// Returns the last unit made.
    /// Returns the last unit made, and whether it says nothing (an empty or placeholder label).
    @discardableResult
    mutating func readLabelledParagraph(_ block: Block) -> (unit: Int?, empty: Bool) {
        var current: Int?
        var statement = EmphasizedText.empty
        func close() {
            guard let current, result.units[current].kind == .challenge, !statement.isEmpty else { return }
            result.units[current].evidence.append(.statement(PairingPassage(statement)))
        }
        let read = paragraph(block)
        for (position, line) in read.lines.enumerated() {
            let label = position == 0 ? read.firstLineLabel : vocabulary.label(atStartOf: line.text)
            if let label, !label.isContainer {
                close()
                let range = lineRange(from: line.start)
                current = addUnit(label, format: label.isSymbol ? .symbol : .label, range: range, fallback: line.text, stating: false)
                statement = label.remainder
            } else if let current {
                result.units[current].text = result.units[current].text.appending(line.text, separator: " ")
                statement = statement.isEmpty ? line.text : statement.appending(line.text, separator: " ")
            }
        }
        close()
        return (current, vocabulary.isPlaceholder(statement.text))
    }

    // MARK: - Prose

    /// Judges a group's paragraphs once the group is complete. Beside lists or tables, prose is
    /// commentary; only a paragraph that names a solution counts (it solves the challenges above
    /// it). In a prose-only group, each paragraph naming a challenge (or the first paragraph)
    /// is a challenge, and later paragraphs continue it or, naming a solution, solve it.
    mutating func resolveProse(_ prose: [Int], structured: Bool, context: Context) {
        var current: Int?
        for index in prose {
            // The paragraph is derived once here; every cue below and the scorer read it.
            let text = PairingPassage(result.units[index].text, sentences: true)
            if structured {
                let summary = vocabulary.mentionsSolution(text) && !vocabulary.pointsElsewhere(text)
                result.units[index].kind = summary ? .summary : .ignored
                continue
            }
            if context == .solutions {
                result.units[index].kind = .solution
                continue
            }
            let namesChallenge = vocabulary.mentionsDifficulty(text)
            if vocabulary.mentionsChallenge(text) && !namesChallenge {
                // "No major challenges — it went smoothly." denies having any.
                result.units[index].kind = .ignored
            } else if namesChallenge || current == nil {
                result.units[index].kind = .challenge
                result.units[index].evidence.append(.prose(text))
                current = index
            } else if vocabulary.mentionsSolution(text), !vocabulary.pointsElsewhere(text) {
                result.units[index].kind = .summary
            } else {
                if let current { result.units[current].evidence.append(.proseFollowUp(text)) }
                result.units[index].kind = .ignored
            }
        }
    }

}
