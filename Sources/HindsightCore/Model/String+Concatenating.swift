extension String {
  /// `parts` joined, written into one buffer of their size: for texts made once per forecast
  /// of a large ledger, where appending part after part (each append checking where its
  /// characters join) cost several hundred instructions a part.
  public static func concatenating(_ parts: String...) -> String {
    var total = 0
    for part in parts { total += part.utf8.count }
    return String(unsafeUninitializedCapacity: total) { buffer in
      var offset = 0
      for var part in parts {
        part.withUTF8 { bytes in
          guard let source = bytes.baseAddress else { return }
          (buffer.baseAddress! + offset).update(from: source, count: bytes.count)
          offset += bytes.count
        }
      }
      return offset
    }
  }
}
