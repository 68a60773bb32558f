import Foundation
import HindsightCore

/// The `resolve` report: every forecast's resolution, and the editor's to-do list.
public enum ResolutionListing {
  /// The terminal table: forecast, status, resolved-on, rule and rationale.
  ///
  /// When the terminal is too narrow the rationale narrows first, down to `whyMinWidth`
  /// cells; below that it goes onto a line of its own under its row, and then the rule does
  /// too. The forecast id, the status and the day are cut only when nothing else is left.
  public static func table(_ resolutions: [Resolution]) -> TextTable {
    TextTable(
      columns: [
        TextTable.Column("forecast", keepWhole: true),
        TextTable.Column("status", keepWhole: true),
        TextTable.Column("resolved", keepWhole: true),
        TextTable.Column("rule", below: .beforeNext),
        TextTable.Column("why", flexible: true, minWidth: whyMinWidth, below: .ownLine),
      ],
      rows: resolutions.map {
        [
          $0.forecast, $0.status.rawValue + ($0.flags.isEmpty ? "" : " !"),
          $0.resolvedOn?.description ?? "", $0.rule.rawValue, $0.rationale,
        ]
      })
  }

  /// The fewest cells the rationale gets on its row's line.
  public static let whyMinWidth = 30

  /// The index of the status column in `table(_:)`, for colouring.
  public static let statusColumn = 1

  /// The editor's to-do list: one item per `due` forecast saying what it needs, or a line
  /// saying nothing is due.
  ///
  /// With a `width`, lines are wrapped at spaces to fit it (an item's further lines indented
  /// under its first, ids never broken); with none, each item is one line.
  public static func todo(_ resolutions: [Resolution], asOf: Day, width: Int? = nil) -> [String] {
    let due = resolutions.filter { $0.status == .due }
    guard !due.isEmpty else {
      return DisplayWidth.wrap(
        "Nothing is due as of \(asOf): no forecast waits for evidence.", toWidth: width)
    }
    let count = due.count == 1 ? "1 forecast is" : "\(due.count) forecasts are"
    return DisplayWidth.wrap(
      "To do: \(count) due as of \(asOf); each needs evidence or a verdict:", toWidth: width)
      + due.flatMap { resolution in
        let flags =
          resolution.flags.isEmpty
          ? "" : " [\(resolution.flags.map(\.rawValue).joined(separator: ", "))]"
        let item = "\(resolution.forecast)\(flags): needs \(resolution.needs ?? "a verdict")"
        return DisplayWidth.wrap(item, toWidth: width.map { max(1, $0 - 4) }).enumerated().map {
          ($0.offset == 0 ? "  " : "    ") + $0.element
        }
      }
  }

  /// The resolutions as a pretty-printed JSON list with sorted keys: `id`, `status`,
  /// `outcome`, `resolved_on`, `rule`, `entries`, `rationale`, `flags`, `needs`. Ends with a newline.
  public static func json(_ resolutions: [Resolution]) throws -> String {
    try JSONOutput.text(resolutions.map(JSONResolution.init))
  }
}

/// Writes the `resolve --format json` document one resolution at a time: the same bytes as
/// `ResolutionListing.json` (the tests compare them), in bounded memory.
public struct ResolutionListingWriter: ~Copyable {
  private var json: JSONListWriter

  /// Opens the list; `output` receives its bytes in chunks of about 64 KiB.
  public init(output: @escaping (UnsafeRawBufferPointer) -> Void) {
    json = JSONListWriter(output: output)
  }

  /// Writes one resolution, its keys in sorted order.
  public mutating func add(_ resolution: Resolution) {
    json.add { json in
      json.openObject()
      json.key("entries")
      json.openArray()
      for seq in resolution.entries {
        json.element()
        json.number(Int(seq))
      }
      json.closeArray()
      json.key("flags")
      json.openArray()
      for flag in resolution.flags {
        json.element()
        json.string(flag.rawValue)
      }
      json.closeArray()
      json.member("id", resolution.forecast)
      json.key("needs")
      if let needs = resolution.needs { json.string(needs) } else { json.null() }
      json.key("outcome")
      if let outcome = resolution.outcome { json.bool(outcome) } else { json.null() }
      json.member("rationale", resolution.rationale)
      json.key("resolved_on")
      if let day = resolution.resolvedOn { json.string(day.description) } else { json.null() }
      json.member("rule", resolution.rule.rawValue)
      json.member("status", resolution.status.rawValue)
      json.closeObject()
    }
  }

  /// Ends the document.
  public consuming func finish() {
    json.finish()
  }
}

/// One resolution as JSON; absent values are `null`, never left out.
private struct JSONResolution: Encodable {
  let resolution: Resolution

  enum CodingKeys: String, CodingKey {
    case id, status, outcome, rule, entries, rationale, flags, needs
    case resolvedOn = "resolved_on"
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(resolution.forecast, forKey: .id)
    try container.encode(resolution.status.rawValue, forKey: .status)
    try container.encode(resolution.outcome, forKey: .outcome)
    try container.encode(resolution.resolvedOn?.description, forKey: .resolvedOn)
    try container.encode(resolution.rule.rawValue, forKey: .rule)
    try container.encode(resolution.entries, forKey: .entries)
    try container.encode(resolution.rationale, forKey: .rationale)
    try container.encode(resolution.flags.map(\.rawValue), forKey: .flags)
    try container.encode(resolution.needs, forKey: .needs)
  }
}
