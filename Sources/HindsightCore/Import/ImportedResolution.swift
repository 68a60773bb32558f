import Foundation

/// An outcome a later bulk import recorded for a forecast an earlier import brought without
/// one (docs/import.md, "Importing an updated export"): a forecast-level verdict, a fact of the
/// later import's entry, as an imported row's own outcome is of its import's.
public struct ImportedResolution: Hashable, Sendable {
  /// The forecast's id.
  public var forecast: String
  /// Its question's id.
  public var question: String
  /// The outcome.
  public var outcome: VerdictOutcome
  /// The day it was settled.
  public var resolvedOn: Day

  /// Creates a resolution.
  public init(forecast: String, question: String, outcome: VerdictOutcome, resolvedOn: Day) {
    self.forecast = forecast
    self.question = question
    self.outcome = outcome
    self.resolvedOn = resolvedOn
  }

  /// The resolution as the verdict fact of the import entry `seq`, recorded at `recordedAt`
  /// from `file`.
  public func verdict(importSeq seq: Int64, recordedAt: Date, file: String) -> Recorded<Verdict> {
    Recorded(
      seq: seq, recordedAt: recordedAt,
      value: Verdict(
        question: question, forecast: forecast, outcome: outcome,
        reason: "Outcome recorded by the bulk import.", source: file, observed: resolvedOn))
  }

  /// The header line of the resolutions' canonical text (docs/ledger.md, "Bulk imports").
  public static let headerLine = "forecast,outcome,resolved_on\n"

  /// Appends the resolution's canonical line, ended by LF.
  public func appendLine(to line: inout [UInt8]) {
    FlatCSV.appendField(forecast, to: &line)
    line.append(UInt8(ascii: ","))
    line.append(contentsOf: outcome.rawValue.utf8)
    line.append(UInt8(ascii: ","))
    line.append(contentsOf: resolvedOn.description.utf8)
    line.append(10)
  }
}
