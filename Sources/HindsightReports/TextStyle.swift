import HindsightCore

/// What a piece of rendered text is, so the terminal can colour it; renderers stay plain.
public enum TextRole: Hashable, Sendable {
  /// A section heading.
  case heading
  /// A field label.
  case label
  /// A forecast status.
  case status(ForecastStatus)
  /// Secondary text, e.g. "none recorded yet".
  case dim
}

/// Decorates text of a role (e.g. with ANSI colour). `plain` leaves text unchanged.
public struct TextStyle: Sendable {
  /// Returns `text` decorated for `role`; must not change its display width.
  public let apply: @Sendable (TextRole, String) -> String

  /// Creates a style from a decorating function.
  public init(apply: @escaping @Sendable (TextRole, String) -> String) {
    self.apply = apply
  }

  /// No decoration.
  public static let plain = TextStyle { _, text in text }
}

extension TextStyle {
  /// A cell style for tables with a status column: headings styled as headings, the cells of
  /// `column` coloured by the status of their row.
  public func tableCells(statusColumn column: Int, statuses: [ForecastStatus])
    -> TextTable.CellStyle
  {
    let apply = self.apply
    return { row, index, text in
      guard let row else { return apply(.heading, text) }
      guard index == column, statuses.indices.contains(row) else { return text }
      return apply(.status(statuses[row]), text)
    }
  }
}
