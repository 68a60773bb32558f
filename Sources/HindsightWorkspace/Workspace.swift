import Foundation
import HindsightCore
import HindsightStore

/// The catalog and the ledger a command works on, opened and synced, and the cut it reads
/// at: the one value a command asks for what it shows (options → workspace → renderer).
///
/// Opening a workspace validates the catalog file (an invalid one stops the command before
/// anything is written), opens the ledger and records any change of the catalog in it.
public struct Workspace: Sendable {
  /// The catalog file as it is now.
  public let catalog: Catalog
  /// The ledger.
  public let ledger: Ledger
  /// Valid time of the command.
  public let asOf: Day
  /// Transaction time of the command.
  public let knownBy: Date
  /// The catalog entries written by this command's sync (empty when the file was unchanged).
  public let synced: [LedgerEntry]

  /// Opens the ledger (`openLedger`), runs `check` on it, syncs `catalog` into it and fixes
  /// the cut.
  ///
  /// Commands that write check their own input against `loadCatalog` first and pass the
  /// catalog in, so that bad input stops them before the sync writes anything.
  ///
  /// - Parameter check: runs on the opened ledger before the sync, to refuse input that the
  ///   ledger must judge (an id only an import holds, an entry that cannot be retracted)
  ///   before anything is written.
  public static func open(
    catalog: Catalog, ledger openLedger: () throws -> Ledger, asOf: Day, knownBy: Date,
    author: String? = nil, now: Date = Date(), check: (Ledger) throws -> Void = { _ in }
  ) throws -> Workspace {
    let ledger = try openLedger()
    try check(ledger)
    let synced = try ledger.sync(catalog, author: author ?? Author.current, at: now)
    return Workspace(
      catalog: catalog, ledger: ledger, asOf: asOf, knownBy: knownBy, synced: synced)
  }

  /// Reads and validates a catalog file, or throws every problem at once
  /// (`WorkspaceError.invalidCatalog`).
  public static func loadCatalog(path: String) throws -> Catalog {
    let result = CatalogLoader.load(path: path)
    guard let catalog = result.catalog, result.problems.isEmpty else {
      throw WorkspaceError.invalidCatalog(
        path: path, problems: result.problems.map(\.description))
    }
    return catalog
  }

  /// The catalog folded from entries already read (imports left out), with the file's
  /// confidence scale.
  public func ledgerCatalog(from entries: [LedgerEntry]) -> Catalog {
    CatalogSnapshot.fold(entries).catalog(
      version: catalog.version, confidenceScale: catalog.confidenceScale)
  }
}

/// Who a write is recorded as.
public enum Author {
  /// The login name, else "unknown".
  public static var current: String {
    let env = ProcessInfo.processInfo.environment
    let name = env["USER"] ?? env["LOGNAME"] ?? NSUserName()
    return name.isEmpty ? "unknown" : name
  }
}

/// Why a workspace cannot be opened.
public enum WorkspaceError: LocalizedError, Equatable {
  /// The catalog has problems, so nothing was synced or done.
  case invalidCatalog(path: String, problems: [String])

  public var errorDescription: String? {
    switch self {
    case .invalidCatalog(let path, let problems):
      let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
      return
        (problems + [
          "\(path) has \(count), so nothing was read from it or written to the ledger; fix it and run `hindsight check` to confirm."
        ]).joined(separator: "\n")
    }
  }
}
