import Foundation

/// Runs the built `hindsight` executable (`.build/debug/hindsight`) for end-to-end tests.
///
/// Build it first (`swift build`, as `scripts/test` does). Every run captures standard output,
/// standard error and the exit status.
struct HindsightBinary {
  /// What one run printed and how it ended.
  struct Output: Sendable {
    /// Everything written to standard output, as UTF-8 text.
    var stdout: String
    /// Everything written to standard error, as UTF-8 text.
    var stderr: String
    /// The exit status (the signal number for a process killed by a signal).
    var exitCode: Int32
  }

  /// A failure to start the executable.
  struct NotBuilt: Error, CustomStringConvertible {
    var path: String
    var description: String {
      "the hindsight executable is not at \(path); run 'swift build' before the tests"
    }
  }

  /// The package root: the directory that holds Package.swift, found by walking up from this file.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        return url
      }
      url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  }()

  /// The executable's path.
  static var executable: URL {
    packageRoot.appendingPathComponent(".build/debug/hindsight")
  }

  /// A fixture file under Tests/, e.g. `HindsightCoreTests/Fixtures/catalog-valid.yaml`.
  static func fixture(_ relativePath: String) -> URL {
    packageRoot.appendingPathComponent("Tests").appendingPathComponent(relativePath)
  }

  /// Runs `hindsight ARGUMENTS` and waits for it to finish.
  ///
  /// - Parameters:
  ///   - arguments: the command line after `hindsight`.
  ///   - environment: variables added to (or, with a nil value, removed from) this process's
  ///     environment; `HINDSIGHT_CATALOG`, `HINDSIGHT_LEDGER`, `HINDSIGHT_JOURNAL` and `NO_COLOR` are removed unless
  ///     given, so runs do not depend on the caller's shell.
  ///   - directory: the working directory (default: this process's).
  ///   - stdin: text fed to standard input (default: none, the input is empty).
  ///   - timeout: seconds after which the process is terminated (its exit code is then 15,
  ///     SIGTERM), so that a test of something that must not hang fails instead (default: none).
  static func run(
    _ arguments: [String], environment: [String: String?] = [:], directory: URL? = nil,
    stdin: String? = nil, timeout: TimeInterval? = nil
  ) throws -> Output {
    let path = executable.path
    guard FileManager.default.isExecutableFile(atPath: path) else { throw NotBuilt(path: path) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for name in ["HINDSIGHT_CATALOG", "HINDSIGHT_LEDGER", "HINDSIGHT_JOURNAL", "NO_COLOR"] {
      env[name] = nil
    }
    for (name, value) in environment { env[name] = value }
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    if let timeout {
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
        if process.isRunning { process.terminate() }
      }
    }
    // Read both pipes concurrently so a chatty process never blocks on a full pipe.
    let group = DispatchGroup()
    let collected = Collected()
    for (pipe, isError) in [(output, false), (error, true)] {
      group.enter()
      DispatchQueue.global().async {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        collected.set(data, isError: isError)
        group.leave()
      }
    }
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    group.wait()
    return Output(
      stdout: String(decoding: collected.stdout, as: UTF8.self),
      stderr: String(decoding: collected.stderr, as: UTF8.self),
      exitCode: process.terminationStatus)
  }

  /// Output gathered from two reader threads.
  private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()
    var stdout: Data { lock.withLock { out } }
    var stderr: Data { lock.withLock { err } }
    func set(_ data: Data, isError: Bool) {
      lock.withLock {
        if isError { err = data } else { out = data }
      }
    }
  }

  /// A fresh empty temporary directory (removed by the caller when done, if it likes).
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("hindsight-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
