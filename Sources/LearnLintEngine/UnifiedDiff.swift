/// A unified diff (`diff -u`, what `patch` and `git apply` read) between two texts, line by line.
///
/// Lines keep their `\r`, so a diff of a CRLF document applies back to it; a last line without a
/// newline is marked `\ No newline at end of file`. The edit script is Myers' O((N+M)·D) one, run on
/// what lies between the common first and last lines, so a few fixes in a long document stay cheap.
public enum UnifiedDiff {
    /// The diff of `old` and `new` (empty when they are equal), with `context` lines around changes.
    public static func render(old: [UInt8], new: [UInt8], oldLabel: String, newLabel: String, context: Int = 3)
        -> String
    {
        let a = lines(old)
        let b = lines(new)
        guard a != b else { return "" }
        let operations = editScript(a, b)
        var output = "--- \(oldLabel)\n+++ \(newLabel)\n"
        for hunk in hunks(operations, context: context) {
            output += header(hunk, operations)
            for operation in operations[hunk] {
                switch operation {
                case .equal(let index, _): output += line(" ", a[index])
                case .delete(let index): output += line("-", a[index])
                case .insert(let index): output += line("+", b[index])
                }
            }
        }
        return output
    }

    // MARK: - Lines

    struct Line: Equatable {
        var text: String
        var newline: Bool
    }

    static func lines(_ bytes: [UInt8]) -> [Line] {
        var result: [Line] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            result.append(Line(text: String(decoding: bytes[start..<index], as: UTF8.self), newline: true))
            start = index + 1
        }
        if start < bytes.count {
            result.append(Line(text: String(decoding: bytes[start...], as: UTF8.self), newline: false))
        }
        return result
    }

    private static func line(_ prefix: String, _ line: Line) -> String {
        prefix + line.text + (line.newline ? "\n" : "\n\\ No newline at end of file\n")
    }

    // MARK: - Edit script

    enum Operation: Equatable {
        case equal(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The shortest edit script from `a` to `b`.
    static func editScript(_ a: [Line], _ b: [Line]) -> [Operation] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        var operations = (0..<prefix).map { Operation.equal($0, $0) }
        for operation in myers(middleA, middleB) {
            switch operation {
            case .equal(let i, let j): operations.append(.equal(i + prefix, j + prefix))
            case .delete(let i): operations.append(.delete(i + prefix))
            case .insert(let j): operations.append(.insert(j + prefix))
            }
        }
        for offset in 0..<suffix {
            operations.append(.equal(a.count - suffix + offset, b.count - suffix + offset))
        }
        return operations
    }

    /// Myers' greedy algorithm; the frontier of each step is kept only over the diagonals it can reach.
    private static func myers(_ a: [Line], _ b: [Line]) -> [Operation] {
        let n = a.count
        let m = b.count
        if n == 0 { return (0..<m).map { .insert($0) } }
        if m == 0 { return (0..<n).map { .delete($0) } }
        var frontier: [Int: Int] = [1: 0]
        var trace: [[Int: Int]] = []
        var last = 0
        search: for step in 0...(n + m) {
            trace.append(frontier)
            for k in stride(from: -step, through: step, by: 2) {
                let down = k == -step || (k != step && (frontier[k - 1] ?? -1) < (frontier[k + 1] ?? -1))
                var x = down ? (frontier[k + 1] ?? 0) : (frontier[k - 1] ?? 0) + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[k] = x
                if x >= n, y >= m {
                    last = step
                    break search
                }
            }
        }
        var operations: [Operation] = []
        var x = n
        var y = m
        for step in stride(from: last, to: 0, by: -1) {
            let previous = trace[step]
            let k = x - y
            let down = k == -step || (k != step && (previous[k - 1] ?? -1) < (previous[k + 1] ?? -1))
            let previousK = down ? k + 1 : k - 1
            let previousX = previous[previousK] ?? 0
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                operations.append(.equal(x - 1, y - 1))
                x -= 1
                y -= 1
            }
            operations.append(down ? .insert(previousY) : .delete(previousX))
            x = previousX
            y = previousY
        }
        while x > 0, y > 0 {
            operations.append(.equal(x - 1, y - 1))
            x -= 1
            y -= 1
        }
        return operations.reversed()
    }

    // MARK: - Hunks

    /// Ranges of operations to print: each change with `context` equal lines around it, merged when close.
    private static func hunks(_ operations: [Operation], context: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for (index, operation) in operations.enumerated() {
            if case .equal = operation { continue }
            let range = max(0, index - context)..<min(operations.count, index + context + 1)
            if let previous = result.last, range.lowerBound <= previous.upperBound {
                result[result.count - 1] = previous.lowerBound..<max(previous.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// `@@ -start,count +start,count @@` for a hunk (a count of 1 is left out, as diff does).
    private static func header(_ hunk: Range<Int>, _ operations: [Operation]) -> String {
        var oldStart: Int?
        var newStart: Int?
        var oldCount = 0
        var newCount = 0
        var oldBefore = 0
        var newBefore = 0
        for operation in operations[..<hunk.lowerBound] {
            switch operation {
            case .equal: oldBefore += 1; newBefore += 1
            case .delete: oldBefore += 1
            case .insert: newBefore += 1
            }
        }
        for operation in operations[hunk] {
            switch operation {
            case .equal(let i, let j):
                oldStart = oldStart ?? i + 1
                newStart = newStart ?? j + 1
                oldCount += 1
                newCount += 1
            case .delete(let i):
                oldStart = oldStart ?? i + 1
                oldCount += 1
            case .insert(let j):
                newStart = newStart ?? j + 1
                newCount += 1
            }
        }
        // An empty side starts at the line before the hunk (diff's convention).
        let old = oldCount == 0 ? "\(oldBefore),0" : range(oldStart ?? oldBefore + 1, oldCount)
        let new = newCount == 0 ? "\(newBefore),0" : range(newStart ?? newBefore + 1, newCount)
        return "@@ -\(old) +\(new) @@\n"
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(start),\(count)"
    }
}
