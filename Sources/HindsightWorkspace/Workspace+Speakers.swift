import HindsightCore
import HindsightStore

extension Workspace {
  /// The id of the speaker each value names: a catalog speaker by id or folded name, else an
  /// imported speaker by id (one indexed look-up) or, failing that, by name; or
  /// `LookupError.unknownSpeaker` for the first value that names none.
  public func speakerIDs(_ values: [String], catalog snapshot: CatalogSnapshot) throws -> [String] {
    let known = snapshot.speakers + (try catalog().speakers)
    var imported: [Speaker]?
    return try values.map { value in
      if let speaker = known.named(value) { return speaker.id }
      if try ledger.hasImportedSpeaker(value) { return value }
      let all = try imported ?? ledger.importedSpeakers()
      imported = all
      if let speaker = all.named(value) { return speaker.id }
      throw LookupError.unknownSpeaker(
        value, closest: EditDistance.closest(to: value, in: (known + all).map(\.id)))
    }
  }
}
