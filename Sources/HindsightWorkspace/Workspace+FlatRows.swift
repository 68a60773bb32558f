import Foundation
import HindsightCore
import HindsightStore

extension Workspace {
  /// Calls `body` with every forecast at the cut as a flat CSV row whose outcome and
  /// resolved-on date are its state at the cut: catalog forecasts first, then the imported
  /// ones (import and file order), streamed so a ledger of any size fits in memory.
  public func forEachFlatRow(_ body: (FlatRow) throws -> Void) throws {
    try ledger.forEachForecast(asOf: asOf, knownBy: knownBy) { try body($0.row) }
  }
}
