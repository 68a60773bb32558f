import Foundation
import HindsightCore
import HindsightStore

/// Appends one entry for a command and tells the user what it changed.
struct Recorder {
  let workspace: Workspace
  let author: String?
  let now: Date

  /// Appends `payload`, prints its seq and hash, and every resolution it changes (old → new).
  func record(_ payload: EntryPayload) throws {
    let before = try resolutionsNow()
    let entry = try workspace.ledger.append(payload, author: author ?? Author.current, at: now)
    let after = try resolutionsNow()
    print("Recorded \(payload.kindDescription) as entry \(entry.seq) (hash \(entry.hash)).")
    let changes = ResolutionChange.between(before, after)
    if changes.isEmpty {
      print("No forecast's resolution changed.")
    } else {
      print("Resolutions changed:")
      for change in changes { print("  " + change.description) }
    }
  }

  /// Resolutions as of today with everything recorded so far (the view that a new entry changes).
  private func resolutionsNow() throws -> [Resolution] {
    try workspace.view(asOf: Day(containing: now), knownBy: .distantFuture).resolutions()
  }

}

extension EntryPayload {
  /// A short name for messages: "evidence", "a verdict", …
  var kindDescription: String {
    switch self {
    case .catalogAdd: "a catalog item"
    case .amendment: "an amendment"
    case .withdrawal: "a withdrawal"
    case .evidence: "the evidence"
    case .verdict: "the verdict"
    case .retraction: "the retraction"
    case .note: "the note"
    case .void: "the void"
    case .bulkImport: "the import"
    }
  }
}
