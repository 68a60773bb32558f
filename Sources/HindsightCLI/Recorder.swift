import Foundation
import HindsightCore
import HindsightStore

/// Appends one entry for a command and tells the user what it changed.
struct Recorder {
  let workspace: Workspace
  let author: String?
  let now: Date

  /// Appends `payload`, prints its seq and hash, and every resolution it changes (old → new):
  /// the resolutions of the questions it is about, read through the index before and after.
  func record(_ payload: EntryPayload) throws {
    let questions = try questions(of: payload)
    let before = try resolutionsNow(questions)
    let entry = try workspace.ledger.append(payload, author: author ?? Author.current, at: now)
    let after = try resolutionsNow(questions)
    print("Recorded \(payload.kindDescription) as entry \(entry.seq) (hash \(entry.hash)).")
    let changes = ResolutionChange.between(before, after)
    if changes.isEmpty {
      print("No forecast's resolution changed.")
    } else {
      print("Resolutions changed:")
      for change in changes { print("  " + change.description) }
    }
  }

  /// The questions whose resolutions an entry can change.
  private func questions(of payload: EntryPayload) throws -> [String] {
    switch payload {
    case .evidence(let evidence): [evidence.question]
    case .verdict(let verdict): [verdict.question]
    case .note(let note): [note.question]
    case .retraction(let retraction): try workspace.ledger.questions(aboutEntry: retraction.seq)
    default: []
    }
  }

  /// The resolutions of `questions` as of today with everything recorded so far (what a new
  /// entry changes).
  private func resolutionsNow(_ questions: [String]) throws -> [Resolution] {
    try questions.flatMap { question in
      try workspace.ledger.slice(question: question)?
        .resolver(asOf: Day(containing: now), knownBy: .distantFuture).resolveAll() ?? []
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
