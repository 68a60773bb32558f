import Foundation
import HindsightCore
import HindsightStore

extension Workspace {
  /// What recording an entry did: the entry as stored, and every resolution it changed.
  public struct Recording: Sendable {
    /// The entry as stored.
    public var entry: LedgerEntry
    /// The resolutions (as of the day it was recorded) that differ after it, old → new.
    public var changes: [ResolutionChange]
  }

  /// Appends `payload` and compares the resolutions of the questions it is about before and
  /// after, each read through the index as one question's slice (`QuestionSlice`).
  public func record(_ payload: EntryPayload, author: String?, now: Date) throws -> Recording {
    let questions = try questions(of: payload)
    let before = try resolutions(of: questions, on: Day(containing: now))
    let entry = try ledger.append(payload, author: author ?? Author.current, at: now)
    let after = try resolutions(of: questions, on: Day(containing: now))
    return Recording(entry: entry, changes: ResolutionChange.between(before, after))
  }

  /// The questions whose resolutions an entry can change.
  private func questions(of payload: EntryPayload) throws -> [String] {
    switch payload {
    case .evidence(let evidence): [evidence.question]
    case .verdict(let verdict): [verdict.question]
    case .note(let note): [note.question]
    case .retraction(let retraction): try ledger.questions(aboutEntry: retraction.seq)
    default: []
    }
  }

  /// The resolutions of `questions` as of `day` with everything recorded so far.
  private func resolutions(of questions: [String], on day: Day) throws -> [Resolution] {
    try questions.flatMap { question in
      try ledger.slice(question: question)?
        .resolver(asOf: day, knownBy: .distantFuture).resolveAll() ?? []
    }
  }
}
