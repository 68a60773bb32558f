import Crypto
import HindsightCore

/// The SHA-256 of an import's rows (docs/ledger.md, "Bulk imports"): the canonical header line,
/// then each row's canonical line, in file order.
public struct RowDigest: Sendable {
  private var hasher = SHA256()
  private var pending: [UInt8] = []
  /// How many rows were added.
  public private(set) var count = 0

  /// Starts a digest with the header line.
  public init() {
    pending.reserveCapacity(1 << 16)
    pending.append(contentsOf: FlatCSV.headerLine.utf8)
  }

  /// Adds a row's canonical line.
  public mutating func add(_ row: some FlatRecord) {
    FlatCSV.appendLine(row, to: &pending)
    count += 1
    if pending.count >= 1 << 16 { flush() }
  }

  /// The digest of the rows added, lowercase hex.
  public func finalize() -> String {
    var copy = self
    copy.flush()
    return HexDigest.hex(copy.hasher.finalize())
  }

  private mutating func flush() {
    hasher.update(data: pending)
    pending.removeAll(keepingCapacity: true)
  }
}
