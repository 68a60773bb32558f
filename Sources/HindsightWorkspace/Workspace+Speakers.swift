import HindsightCore
import HindsightStore

extension Workspace {
  /// The id of the speaker each value names: a catalog speaker by id or folded name, else an
  /// imported speaker by id (one indexed look-up) or, failing that, by name; or
  /// `LookupError.unknownSpeaker` for the first value that names none.
  ///
  /// The speakers the ledger knows now are looked at too (a name given with a past --known-by
  /// may be of a speaker added since); they are read only for a value that is not the id of
  /// a speaker of `atCut`, the catalog's speakers at the cut.
  public func speakerIDs(_ values: [String], known atCut: [Speaker]) throws -> [String] {
    var catalogSpeakers: [Speaker]?
    var imported: [Speaker]?
    return try values.map { value in
      if let speaker = atCut.first(where: { $0.id == value }) { return speaker.id }
      let known = try catalogSpeakers ?? (atCut + ledger.catalogSpeakers(knownBy: nil))
      catalogSpeakers = known
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
