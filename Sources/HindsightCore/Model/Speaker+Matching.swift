extension Speaker {
  /// Whether a command-line value names this speaker: the id exactly, or the name in the
  /// original script or in English, compared folded (`NameFold`).
  public func isNamed(_ value: String) -> Bool {
    if id == value { return true }
    let folded = NameFold.fold(value)
    return NameFold.fold(name) == folded || NameFold.fold(nameEn) == folded
  }
}

extension Collection<Speaker> {
  /// The speaker a command-line value names (see `Speaker.isNamed`): the one with that id if
  /// any, else the first whose folded name matches; nil when none does.
  public func named(_ value: String) -> Speaker? {
    first { $0.id == value } ?? first { $0.isNamed(value) }
  }
}
