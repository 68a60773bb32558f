import Foundation

/// The form in which names are compared, so that one person is found however the text spells
/// the same characters: CJK radicals become their equivalent unified ideographs (⻩ → 黄, which
/// Unicode normalisation does not do), then NFKC folds compatibility forms (full-width letters,
/// Kangxi radicals), then case and surrounding white space are dropped.
public enum NameFold {
  /// The folded form of `text`.
  public static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let equivalent = equivalentIdeographs[scalar.value],
        let mapped = Unicode.Scalar(equivalent)
      {
        scalars.append(mapped)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars).precomposedStringWithCompatibilityMapping.lowercased()
      .trimmingCharacters(in: .whitespaces)
  }

  /// Whether two names are the same once folded.
  public static func matches(_ left: String, _ right: String) -> Bool {
    fold(left) == fold(right)
  }
}
