/// Where a piece of evidence comes from, beyond its URL: what a reader needs to judge the source
/// and find the passage again.
public struct Citation: Hashable, Sendable, Codable {
  /// The page's or document's title.
  public var title: String?
  /// Who published it (the real publisher, not a repost).
  public var publisher: String?
  /// The day it was published, as the source itself gives it.
  public var published: Day?
  /// The passage that holds the fact, verbatim and in its original language.
  public var excerpt: String?

  /// Creates a citation; every part is optional.
  public init(
    title: String? = nil, publisher: String? = nil, published: Day? = nil, excerpt: String? = nil
  ) {
    self.title = title
    self.publisher = publisher
    self.published = published
    self.excerpt = excerpt
  }

  /// Whether every part is given: title, publisher, publication day and excerpt.
  public var isComplete: Bool {
    title != nil && publisher != nil && published != nil && excerpt != nil
  }
}
