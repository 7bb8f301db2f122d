/// Read-only views of a document's sections that several rules share.
extension Document {
    /// The section's own blocks followed by those of its heading subsections, in document order.
    public func allBlocks(of index: Int) -> [Block] {
        guard sections.indices.contains(index) else { return [] }
        var result = sections[index].blocks
        for child in sections[index].children where sections[child].style != .boldItem {
            result += allBlocks(of: child)
        }
        return result
    }

    /// The entries a section lists: the top-level items of its lists and the body rows of its
    /// tables, subsections included.
    public func items(of index: Int) -> [Block] {
        var result: [Block] = []
        for block in allBlocks(of: index) {
            switch block.kind {
            case .list: result += block.children
            case .table: result += block.children.filter { $0.kind == .tableRow(header: false) }
            default: break
            }
        }
        return result
    }

    /// Whether a section has nothing in it but breaks (and no subsection with content).
    public func isEmpty(section index: Int) -> Bool {
        allBlocks(of: index).allSatisfy { block in
            switch block.kind {
            case .thematicBreak: return true
            case .htmlBlock: return block.literal.trimmed.hasPrefix("<!--")
            default: return false
            }
        }
    }

    /// The index of the innermost section that contains a line, if any.
    public func sectionIndex(containing line: Int) -> Int? {
        var found: Int?
        for (index, section) in sections.enumerated() where section.line <= line && line <= section.endLine {
            found = index
        }
        return found
    }
}
