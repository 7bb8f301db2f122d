import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Parallel checking changes nothing a reader can see: every format is byte-identical with `--jobs 1`,
/// `2` and `8`, and from one run to the next.
@Suite struct JobsDeterminismTests {
    @Test(arguments: ["json", "text", "sarif", "junit"])
    func reportsAreTheSameWhateverTheJobs(format: String) throws {
        var outputs: [String: String] = [:]
        for jobs in ["1", "2", "8", "8"] {
            let result = try runLearnLint(
                ["check", "fixtures/", "--config", "rules.yaml", "--format", format, "--jobs", jobs],
                environment: ["SOURCE_DATE_EPOCH": "0"])
            #expect(result.status == 1, "\(result.stderr)")
            if let earlier = outputs.values.first { #expect(result.stdout == earlier, "--jobs \(jobs) differs") }
            outputs[jobs] = result.stdout
        }
        #expect(outputs["1"]?.isEmpty == false)
    }

    @Test func coverageIsTheSameWhateverTheJobs() throws {
        let runs = try ["1", "2", "8"].map { jobs in
            try runLearnLint(["coverage", "fixtures/coverage", "--config", "rules.yaml", "--format", "json", "--jobs", jobs]).stdout
        }
        #expect(Set(runs).count == 1)
        #expect(runs[0].contains("\"schema\": \"learnlint/coverage@"))
    }
}
