import ArgumentParser
import Foundation
import HindsightCore
import HindsightReports

extension HindsightCommand {
  /// `hindsight score-summary`: every speaker's scores as JSON, for the benchmark.
  struct ScoreSummary: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "score-summary",
      abstract: "Print every speaker's tally and scores at the cut as JSON (a benchmarking tool).",
      shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    func run() async throws {
      let card = try Workspace.open(global).scorecard()
      let lines = ([card.overall] + card.speakers).map {
        SummaryLine(
          speaker: $0.speaker, forecasts: $0.tally.forecasts, resolved: $0.tally.resolved,
          open: $0.tally.open, due: $0.tally.due, annulled: $0.tally.annulled, scores: $0.scores)
      }
      var output = BufferedOutput()
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      output.append { $0.append(UInt8(ascii: "[")) }
      for (index, line) in lines.enumerated() {
        let data = try encoder.encode(line)
        output.append {
          if index > 0 { $0.append(contentsOf: ",\n".utf8) }
          $0.append(contentsOf: data)
        }
      }
      output.append { $0.append(contentsOf: "]\n".utf8) }
      output.flush()
    }
  }
}

/// One line of `score-summary`.
private struct SummaryLine: Encodable {
  var speaker: String?
  var forecasts, resolved, open, due, annulled: Int
  var scores: Scores
}
