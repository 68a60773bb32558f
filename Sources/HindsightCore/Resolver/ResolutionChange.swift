/// How one forecast's resolution differs between two runs of the resolver.
public struct ResolutionChange: Hashable, Sendable, CustomStringConvertible {
  /// The forecast's id.
  public var forecast: String
  /// Before.
  public var old: Resolution?
  /// After.
  public var new: Resolution?

  /// Every forecast whose status, outcome, resolved-on date, rule or flags differ, in the order
  /// of `after`. A resolution that only cites one more entry (a second report of the same
  /// occurrence) has not changed.
  public static func between(_ before: [Resolution], _ after: [Resolution]) -> [ResolutionChange] {
    let old = Dictionary(before.map { ($0.forecast, $0) }, uniquingKeysWith: { first, _ in first })
    var changes: [ResolutionChange] = []
    for resolution in after {
      let previous = old[resolution.forecast]
      if previous?.status != resolution.status || previous?.outcome != resolution.outcome
        || previous?.resolvedOn != resolution.resolvedOn || previous?.rule != resolution.rule
        || previous?.flags != resolution.flags
      {
        changes.append(
          ResolutionChange(forecast: resolution.forecast, old: previous, new: resolution))
      }
    }
    return changes
  }

  /// E.g. `liao-ruoxue-2025: due → true (occurred-in-window)`.
  public var description: String {
    let from = old?.status.rawValue ?? "(new)"
    let to = new?.status.rawValue ?? "(gone)"
    let rule =
      new.map { resolution in
        let flags = resolution.flags.map(\.rawValue).filter { $0 != resolution.rule.rawValue }
        return " (\(([resolution.rule.rawValue] + flags).joined(separator: "; ")))"
      } ?? ""
    return "\(forecast): \(from) → \(to)\(rule)"
  }
}
