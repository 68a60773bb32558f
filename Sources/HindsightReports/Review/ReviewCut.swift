import Foundation
import HindsightCore

/// The resolutions and scorecard at one year end, over the forecasts said by then.
struct Cut {
  /// The catalog restricted to forecasts said on or before `asOf`.
  let catalog: Catalog
  /// The resolver at the cut.
  let resolver: Resolver
  /// Every forecast's resolution, in catalog order.
  let resolutions: [Resolution]
  /// The scores at the cut.
  let scorecard: Scorecard

  init(
    catalog full: Catalog, entries: [LedgerEntry], imported: [Recorded<Verdict>], asOf: Day,
    knownBy: Date
  ) {
    var catalog = full
    catalog.forecasts = full.forecasts.filter { $0.saidOn <= asOf }
    self.catalog = catalog
    var facts = LedgerFacts(entries: entries, asOf: asOf, knownBy: knownBy)
    facts.addImported(imported)
    self.resolver = Resolver(catalog: catalog, facts: facts, asOf: asOf)
    self.resolutions = resolver.resolveAll()
    self.scorecard = Scorecard(
      catalog: catalog, resolutions: resolutions, asOf: asOf, knownBy: knownBy)
  }
}

/// Speakers' names as the review shows them: `name (name_en)`, or one of them when equal.
struct SpeakerNames {
  /// The label of the pooled row and series.
  static let pooled = "All speakers"

  private let labels: [String: String]

  init(catalog: Catalog) {
    labels = Dictionary(
      catalog.speakers.map { ($0.id, Self.label($0)) }, uniquingKeysWith: { first, _ in first })
  }

  /// `李开复 (Kai-Fu Lee)`; an English name that has parentheses of its own follows a comma
  /// instead (`祝铭明, Misa (Zhu Mingming)`), so parentheses never nest.
  static func label(_ speaker: Speaker) -> String {
    if speaker.name == speaker.nameEn { return speaker.name }
    return speaker.nameEn.contains("(")
      ? "\(speaker.name), \(speaker.nameEn)" : "\(speaker.name) (\(speaker.nameEn))"
  }

  subscript(id: String) -> String { labels[id] ?? id }
}
