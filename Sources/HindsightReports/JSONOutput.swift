import Foundation

/// JSON as Hindsight prints it for scripts: pretty-printed, keys sorted, non-ASCII text and
/// slashes written as they are, ending with a newline.
public enum JSONOutput {
  /// Encodes `value` in the stable printed form.
  public static func text(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }
}
