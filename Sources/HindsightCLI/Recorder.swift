import Foundation
import HindsightCore
import HindsightStore
import HindsightWorkspace

/// Appends one entry for a command and tells the user what it changed.
struct Recorder {
  let workspace: Workspace
  let author: String?
  let now: Date

  /// Appends `payload` (`Workspace.record`), prints its seq and hash, and every resolution
  /// it changes (old → new).
  func record(_ payload: EntryPayload) throws {
    let recording = try workspace.record(payload, author: author, now: now)
    let entry = recording.entry
    print("Recorded \(payload.kindDescription) as entry \(entry.seq) (hash \(entry.hash)).")
    if recording.changes.isEmpty {
      print("No forecast's resolution changed.")
    } else {
      print("Resolutions changed:")
      for change in recording.changes { print("  " + change.description) }
    }
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
