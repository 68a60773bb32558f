import Foundation
import HindsightCore
import HindsightStore

/// The catalog and the ledger a command works on, opened and synced, and the cut it reads
/// at: the one value a command asks for what it shows (options → workspace → renderer).
///
/// Opening a workspace validates the catalog file (an invalid one stops the command before
/// anything is written), opens the ledger and records any change of the catalog in it; a file
/// whose bytes the ledger last synced is neither parsed nor synced again.
public struct Workspace: Sendable {
  /// The catalog file's version and confidence scale, which the ledger's entries do not hold:
  /// parsed from the file, or, its bytes being the ones the ledger last synced, kept by the
  /// ledger (`open(catalogFile:…)`).
  public let header: CatalogHeader
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
  /// Commands that write check their own input against the parsed catalog first and pass it
  /// in, so that bad input stops them before the sync writes anything.
  ///
  /// - Parameters:
  ///   - fileSHA256: the SHA-256 of the catalog file's bytes (`CatalogFile`), which the sync
  ///     keeps so that the next command reading the same bytes need not parse them.
  ///   - check: runs on the opened ledger before the sync, to refuse input that the ledger
  ///     must judge (an id only an import holds, an entry that cannot be retracted) before
  ///     anything is written.
  public static func open(
    catalog: Catalog, fileSHA256: String? = nil, ledger openLedger: () throws -> Ledger,
    asOf: Day, knownBy: Date, author: String? = nil, now: Date = Date(),
    check: (Ledger) throws -> Void = { _ in }
  ) throws -> Workspace {
    let ledger = try openLedger()
    try check(ledger)
    return try Workspace(
      syncing: catalog, fileSHA256: fileSHA256, into: ledger, asOf: asOf, knownBy: knownBy,
      author: author, now: now)
  }

  /// Opens the workspace of a catalog file read but not parsed. When the ledger at
  /// `ledgerPath` last synced these very bytes, syncing them again would change nothing: the
  /// file is neither parsed nor validated again, nothing is synced, and the header comes from
  /// the ledger. Otherwise the file is parsed and validated before the ledger is opened, as
  /// `open(catalog:…)` does.
  ///
  /// - Parameter check: for a command that writes, runs on the opened ledger before any sync,
  ///   with the ids of the file to look its input up in (`CatalogLookup`: the ledger's items
  ///   when the file need not be parsed), to refuse bad input before anything is written.
  public static func open(
    catalogFile file: CatalogFile, ledgerPath: String, ledger openLedger: () throws -> Ledger,
    asOf: Day, knownBy: Date, author: String? = nil, now: Date = Date(),
    check: ((Ledger, CatalogLookup) throws -> Void)? = nil
  ) throws -> Workspace {
    guard Ledger.syncedCatalogSHA256(at: ledgerPath) == file.sha256 else {
      let catalog = try load(file)
      return try open(
        catalog: catalog, fileSHA256: file.sha256, ledger: openLedger, asOf: asOf,
        knownBy: knownBy, author: author, now: now, check: { try check?($0, .catalog(catalog)) })
    }
    let ledger = try openLedger()
    // A record kept before the dropped questions were cannot answer a write's look-ups: the
    // file is then parsed and synced again, which keeps them.
    if let synced = try ledger.syncedCatalogFile(sha256: file.sha256),
      check == nil || synced.droppedQuestions != nil
    {
      try check?(ledger, .ledger(ledger, dropped: synced.droppedQuestions ?? []))
      return Workspace(
        header: synced.header, ledger: ledger, asOf: asOf, knownBy: knownBy, synced: [])
    }
    // The ledger changed since it was peeked at (the bytes were valid when it synced them), or
    // its record is an older one.
    let catalog = try load(file)
    try check?(ledger, .catalog(catalog))
    return try Workspace(
      syncing: catalog, fileSHA256: file.sha256, into: ledger, asOf: asOf, knownBy: knownBy,
      author: author, now: now)
  }

  /// Reads a catalog file, or throws the problem that keeps it from being read
  /// (`WorkspaceError.invalidCatalog`).
  public static func catalogFile(path: String) throws -> CatalogFile {
    switch CatalogFile.read(path: path) {
    case .success(let file): return file
    case .failure(let problem):
      throw WorkspaceError.invalidCatalog(path: path, problems: [problem.description])
    }
  }

  /// Parses and validates a catalog file, or throws every problem at once
  /// (`WorkspaceError.invalidCatalog`).
  public static func load(_ file: CatalogFile) throws -> Catalog {
    let result = file.load()
    guard let catalog = result.catalog, result.problems.isEmpty else {
      throw WorkspaceError.invalidCatalog(
        path: file.path, problems: result.problems.map(\.description))
    }
    return catalog
  }

  /// The catalog folded from entries already read (imports left out), with the file's
  /// header.
  public func ledgerCatalog(from entries: [LedgerEntry]) -> Catalog {
    CatalogSnapshot.fold(entries).catalog(header)
  }
}

extension Workspace {
  /// Syncs `catalog` into the opened `ledger` (`Ledger.sync`) and fixes the cut.
  fileprivate init(
    syncing catalog: Catalog, fileSHA256: String?, into ledger: Ledger, asOf: Day,
    knownBy: Date, author: String?, now: Date
  ) throws {
    let synced = try ledger.sync(
      catalog, fileSHA256: fileSHA256, author: author ?? Author.current, at: now)
    self.init(
      header: CatalogHeader(of: catalog), ledger: ledger, asOf: asOf, knownBy: knownBy,
      synced: synced)
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
