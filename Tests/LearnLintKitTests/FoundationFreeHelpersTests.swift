import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintReporters

/// The helpers that replaced full Foundation's string, path and date functions in Sources, held to
/// Foundation's own answers (the tests may import it; the binary may not): reports stay byte-identical.
@Suite struct FoundationFreeHelpersTests {
    /// Texts with every edge the helpers meet: white space of each class at either end, a combining
    /// mark after a space or a quote, CRLF, no-break and ideographic spaces, U+0085, empty and blank.
    static let texts = [
        "", " ", "\t\n", "plain", "  both ends  ", "\u{00A0}nbsp\u{3000}", "\r\nCRLF\r\n", " \u{301}mark after space",
        "trailing mark \u{301}", "\u{85}next line\u{2028}", "it's 'quoted'\u{301}", "tab\tinside", "\u{200B}zero width\u{200B}",
        "\u{FEFF}bom", "emoji 👩🏽‍💻 ", "\"csv\" \"\"", "a.b.c", "line\nbreaks\n", "|pipe|", "\u{1680}ogham\u{2009}",
    ]

    @Test func trimmingMatchesFoundationsCharacterSets() {
        for text in Self.texts + Self.texts.map({ " \($0) " }) {
            #expect(text.trimming(.whitespaceAndNewlines) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
            #expect(text.trimming(.whitespace) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(text.trimming(.newlines) == text.trimmingCharacters(in: .newlines), "\(text.debugDescription)")
        }
        // Every scalar up to past U+3000 (the last white space), and some beyond, alone at the ends.
        for value in Array(UInt32(0)...0x3100) + [0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)x\(scalar)"
            #expect(text.trimming(.whitespaceAndNewlines) == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
            #expect(text.trimming(.whitespace) == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
            #expect(text.trimming(.newlines) == text.trimmingCharacters(in: .newlines), "U+\(String(value, radix: 16))")
        }
    }

    /// Foundation's literal search, scalar by scalar. Its default search (what learnlint called before)
    /// skips a quote that a combining mark follows, which left such a quote unescaped in shell words
    /// and CSV fields; the one intended difference in output, never seen in a real path or name.
    @Test func replacingEachMatchesFoundation() {
        let cases: [(Unicode.Scalar, String)] = [("'", "'\\''"), ("\"", "\"\""), ("|", "\\|"), ("\n", " "), (".", "_"), ("\n", "⏎")]
        for text in Self.texts {
            for (scalar, replacement) in cases {
                #expect(text.replacingEach(scalar, with: replacement) == text.replacingOccurrences(of: String(scalar), with: replacement, options: .literal),
                    "\(text.debugDescription) \(scalar)")
            }
        }
        // The case Character-based replacing misses: a quote that a combining mark joins.
        #expect(ShellQuoting.quoted("it'\u{301}s") == "'it'\\''\u{301}s'")
        #expect(ShellQuoting.quoted("") == "''")
    }

    @Test func deletingLastComponentMatchesNSString() {
        let paths = [
            "", "/", "ab", "/a", "/a/", "/a/b", "/a/b/", "a/b", "a//b", "a//b//", "/a//b/c", "///a", "//a//",
            "./a", "../a/b", "..", "/tmp/x/rules.yaml", "rel/dir/README.md", "report.json", "a/b/../c", "名前/ファイル",
        ]
        for path in paths {
            #expect(PathText.deletingLastComponent(path) == (path as NSString).deletingLastPathComponent, "\(path.debugDescription)")
        }
        // Where NSString is no guide: Foundation 6.3 on Linux traps on a one-character path ("a", ".",
        // "a/"), and answers "" for "//" (whose parent is the root).
        #expect(PathText.deletingLastComponent("a") == "")
        #expect(PathText.deletingLastComponent(".") == "")
        #expect(PathText.deletingLastComponent("a/") == "")
        #expect(PathText.deletingLastComponent("//") == "/")
    }

    @Test func paddingMatchesStringFormatAndPadding() {
        for value in [0, 1, 9, 10, 0x1f, 0xff, 0x7ff, 0xffff, 0x10000, 123_456] {
            #expect(Padding.digits(UInt32(value), radix: 16, width: 4) == String(format: "%04x", value))
            #expect(Padding.digits(UInt32(value), radix: 16, uppercase: true, width: 4) == String(format: "%04X", value))
            #expect(Padding.digits(value, width: 2) == String(format: "%02d", value))
        }
        #expect(Padding.digits(UInt64(0xabc), radix: 16, width: 16) == "0000000000000abc")
        for text in ["", "ab", "placeholders", "consistency-long-kind", "warning"] {
            for width in [0, 2, 8, 12] {
                #expect(Padding.column(text, width: width) == text.padding(toLength: width, withPad: " ", startingAt: 0))
            }
        }
        #expect(Padding.fill("7", to: 3, alignRight: true) == "  7")
        #expect(Padding.fill("toolong", to: 3) == "toolong")
    }

    @Test func utcDateTimeMatchesTheGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        // Leap days, century years, the epoch, before it, and far ahead.
        var moments: [Double] = [0, -1, 59, 86_399, 86_400, 951_782_400, 951_868_799, 1_709_164_800, 4_107_542_400, -2_208_988_800, 1764577200.75]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            moments.append(Double(Int64(bitPattern: seed >> 1) % 8_000_000_000) - 2_000_000_000)
        }
        for seconds in moments {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let ours = UTCDateTime(date)
            #expect([ours.year, ours.month, ours.day, ours.hour, ours.minute, ours.second]
                == [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map { $0 ?? -1 }, "\(seconds)")
        }
        #expect(JUnitReporter.timestamp(Date(timeIntervalSince1970: 1_764_577_200)) == "2025-12-01T08:20:00")
    }

    /// `NSString.deletingLastPathComponent` trapped on a one-character path, so `--output x` (a new
    /// file with a one-letter name) killed learnlint with SIGILL before the report was written.
    @Test func aOneLetterOutputFileIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("learnlint-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = Repo.root.appendingPathComponent("fixtures/corpus").path
        let result = try runLearnLint(["check", corpus, "--fail-on", "never", "--format", "json", "--output", "x"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("x"), encoding: .utf8)
        #expect(written.hasPrefix("{") && written.contains("\"schema\": \"learnlint/report@1\""))
    }
}
