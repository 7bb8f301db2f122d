import FoundationEssentials
import LearnLintCore

/// The contributors a programme lead expects (`coverage.roster`, `--roster FILE`): a CSV file with a
/// header row and a `name` column, or a YAML list of names or of `{name: …, cohort: …}` mappings.
/// Other columns (cohort, mentor…) travel into every coverage format and can group and filter it.
public struct Roster: Sendable {
    public struct Entry: Sendable {
        public var name: String
        /// One value per `Roster.columns` entry (empty when the row left it out).
        public var values: [String]

        public init(name: String, values: [String]) {
            self.name = name
            self.values = values
        }
    }

    /// The path the roster was read from, as given.
    public var source: String
    /// The columns besides `name`, in file order.
    public var columns: [String]
    public var entries: [Entry]

    public init(source: String, columns: [String], entries: [Entry]) {
        self.source = source
        self.columns = columns
        self.entries = entries
    }

    /// The entry a contributor name belongs to: names compare case-insensitively, spaces collapsed.
    public func entry(for name: String) -> Entry? {
        let key = Roster.key(name)
        return entries.first { Roster.key($0.name) == key }
    }

    /// The value of `column` for an entry (nil for an unknown column).
    public func value(of entry: Entry, column: String) -> String? {
        guard let index = columns.firstIndex(of: column), entry.values.indices.contains(index) else { return nil }
        return entry.values[index]
    }

    /// How names are matched: lower-cased, trimmed, inner runs of spaces as one.
    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    // MARK: - Reading

    /// Reads a roster: `.yaml` / `.yml` as YAML, anything else as CSV. Mistakes are configuration errors.
    public static func load(_ path: String) throws(ConfigurationError) -> Roster {
        guard FileManager.default.fileExists(atPath: path) else {
            throw .unreadable(path, reason: "no roster file there")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path, reason: "not a readable UTF-8 file")
        }
        let lower = path.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") ? try parseYAML(text, source: path) : try parseCSV(text, source: path)
    }

    /// RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); the header names the columns.
    public static func parseCSV(_ text: String, source: String) throws(ConfigurationError) -> Roster {
        let records = CSVRecords.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let header = records.first else { throw .invalid(ConfigLocation(file: source, line: 1, column: 1), "the roster is empty: it needs a header row with a 'name' column") }
        let names = header.fields.map { $0.trimming(.whitespaceAndNewlines) }
        guard let nameIndex = names.firstIndex(where: { $0.lowercased() == "name" }) else {
            throw .missingKey(ConfigLocation(file: source, line: header.line, column: 1), "name", in: "the roster's header row")
        }
        let columns = names.indices.filter { $0 != nameIndex }.map { names[$0] }
        var entries: [Entry] = []
        var keys: Set<String> = []
        for record in records.dropFirst() {
            let fields = record.fields.map { $0.trimming(.whitespaceAndNewlines) }
            guard fields.indices.contains(nameIndex), !fields[nameIndex].isEmpty else { continue }
            let values = names.indices.filter { $0 != nameIndex }.map { fields.indices.contains($0) ? fields[$0] : "" }
            try append(Entry(name: fields[nameIndex], values: values), to: &entries, keys: &keys, at: ConfigLocation(file: source, line: record.line, column: 1))
        }
        return Roster(source: source, columns: columns, entries: entries)
    }

    /// A YAML list of names, or of mappings with a `name` key (other keys become columns).
    public static func parseYAML(_ text: String, source: String) throws(ConfigurationError) -> Roster {
        guard let root = try YAMLLoader.load(text, file: source) else { return Roster(source: source, columns: [], entries: []) }
        var columns: [String] = []
        var rows: [(name: String, values: [String: String], location: ConfigLocation)] = []
        for item in try root.list() {
            if item.scalar != nil {
                rows.append((try item.string(), [:], item.location))
                continue
            }
            let map = try item.anyMapping()
            var values: [String: String] = [:]
            for entry in map.entries where entry.key != "name" {
                if !columns.contains(entry.key) { columns.append(entry.key) }
                values[entry.key] = try entry.value.string()
            }
            rows.append((try map.require("name", in: "a roster entry").string(), values, item.location))
        }
        var entries: [Entry] = []
        var keys: Set<String> = []
        for row in rows where !row.name.trimming(.whitespaceAndNewlines).isEmpty {
            let entry = Entry(name: row.name.trimming(.whitespaceAndNewlines), values: columns.map { row.values[$0] ?? "" })
            try append(entry, to: &entries, keys: &keys, at: row.location)
        }
        return Roster(source: source, columns: columns, entries: entries)
    }

    // MARK: - Private helpers

    private static func append(
        _ entry: Entry, to entries: inout [Entry], keys: inout Set<String>, at location: ConfigLocation
    ) throws(ConfigurationError) {
        guard keys.insert(key(entry.name)).inserted else { throw .invalid(location, "'\(entry.name)' is on the roster twice") }
        entries.append(entry)
    }
}

/// The records of a CSV text, each with the line it starts on.
enum CSVRecords {
    static func parse(_ text: String) -> [(fields: [String], line: Int)] {
        var records: [(fields: [String], line: Int)] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var scalars = Array(text.unicodeScalars)[...]
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((fields, recordLine)) }
            fields = []
            field = ""
        }
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        scalars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\r": continue
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
