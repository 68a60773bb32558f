/// A value that starts with `-` where a positional argument belongs (`retract -5`,
/// `review -1`): ArgumentParser reads it as an option and then reports the argument as missing,
/// which hides what was wrong. This names the value instead.
enum NegativeArgument {
  /// `message`, with a first line naming the negative value when the message reports a
  /// missing argument and the command line holds a token such as `-5`; otherwise unchanged.
  static func explain(_ message: String, arguments: [String]) -> String {
    guard let range = message.range(of: "Missing expected argument '"),
      let end = message[range.upperBound...].firstIndex(of: "'"),
      let token = arguments.dropFirst().first(where: isNegativeNumber)
    else { return message }
    let name = message[range.upperBound..<end]
    return
      "Error: '\(token)' cannot be \(name): a value that starts with '-' is read as an option, and no \(name) is negative.\n"
      + message
  }

  private static func isNegativeNumber(_ token: String) -> Bool {
    token.count > 1 && token.first == "-" && token.dropFirst().allSatisfy(\.isNumber)
  }
}
