#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file named as input (the catalog, a CSV to import), opened only when it is a regular file
/// no larger than a limit, and read in chunks that never pass that limit.
///
/// The file is opened without blocking and then examined, so that a named pipe with no writer,
/// a device such as `/dev/zero` or a directory is refused at once instead of being read until
/// the process is killed.
public final class InputFile {
  /// The path as the user gave it.
  public let path: String
  /// The file's size when it was opened, in bytes.
  public let size: Int
  /// The most bytes that will be read from it.
  public let limit: Int
  /// The bytes read so far.
  public private(set) var bytesRead = 0
  private var descriptor: CInt

  /// Opens `path` for reading.
  ///
  /// - Throws: `InputFileError` when the file does not exist, cannot be read, is not a regular
  ///   file, or is larger than `limit` bytes.
  public init(path: String, limit: Int) throws(InputFileError) {
    self.path = path
    self.limit = limit
    let opened = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard opened >= 0 else {
      throw InputFileError(path: path, problem: errno == ENOENT ? .missing : .unreadable)
    }
    var status = stat()
    guard fstat(opened, &status) == 0 else {
      close(opened)
      throw InputFileError(path: path, problem: .unreadable)
    }
    let kind = status.st_mode & S_IFMT
    guard kind == S_IFREG else {
      close(opened)
      throw InputFileError(path: path, problem: .notRegular(Self.kindName(kind)))
    }
    guard Int(status.st_size) <= limit else {
      close(opened)
      throw InputFileError(path: path, problem: .tooLarge(size: Int(status.st_size), limit: limit))
    }
    descriptor = opened
    size = Int(status.st_size)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Reads the next chunk of at most `count` bytes; an empty array means the end of the file.
  ///
  /// - Throws: `InputFileError` when the file cannot be read, or has grown past the limit since
  ///   it was opened.
  public func read(upToCount count: Int) throws(InputFileError) -> [UInt8] {
    // One byte past the limit is asked for, so that a file that grew is noticed.
    let wanted = max(0, min(count, limit + 1 - bytesRead))
    guard wanted > 0 else {
      throw InputFileError(path: path, problem: .tooLarge(size: bytesRead, limit: limit))
    }
    var chunk = [UInt8](repeating: 0, count: wanted)
    let got = chunk.withUnsafeMutableBytes { buffer -> Int in
      while true {
        let result = systemRead(descriptor, buffer.baseAddress, buffer.count)
        if result < 0, errno == EINTR { continue }
        return result
      }
    }
    guard got >= 0 else { throw InputFileError(path: path, problem: .unreadable) }
    bytesRead += got
    guard bytesRead <= limit else {
      throw InputFileError(path: path, problem: .tooLarge(size: bytesRead, limit: limit))
    }
    chunk.removeLast(wanted - got)
    return chunk
  }

  /// Reads the rest of the file.
  ///
  /// - Throws: as `read(upToCount:)`.
  public func readAll() throws(InputFileError) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size)
    while true {
      let chunk = try read(upToCount: 1 << 20)
      if chunk.isEmpty { return bytes }
      bytes += chunk
    }
  }

  /// How messages name a kind of file that is not a regular one.
  static func kindName(_ kind: mode_t) -> String {
    switch kind {
    case S_IFDIR: "a directory"
    case S_IFIFO: "a named pipe"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    default: "not a regular file"
    }
  }
}

/// `read(2)`, which the method `InputFile.read(upToCount:)` hides by name.
private func systemRead(_ descriptor: CInt, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
{
  #if canImport(Darwin)
    Darwin.read(descriptor, buffer, count)
  #elseif canImport(Musl)
    Musl.read(descriptor, buffer, count)
  #else
    Glibc.read(descriptor, buffer, count)
  #endif
}

/// Why an input file was not read.
public struct InputFileError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong with the file.
  public enum Problem: Hashable, Sendable {
    /// Nothing exists at the path.
    case missing
    /// The file exists but could not be opened or read.
    case unreadable
    /// The path names a directory, a pipe, a device or a socket (e.g. `a directory`).
    case notRegular(String)
    /// The file holds more bytes than the limit.
    case tooLarge(size: Int, limit: Int)
  }

  /// The path as the user gave it.
  public var path: String
  /// What is wrong.
  public var problem: Problem

  /// Creates an error.
  public init(path: String, problem: Problem) {
    self.path = path
    self.problem = problem
  }

  /// `'PATH' is a directory, not a regular file`.
  public var description: String { "'\(path)' \(reason)" }

  /// Why, as the end of a sentence naming the file: `is a directory, not a regular file`.
  public var reason: String {
    switch problem {
    case .missing: "does not exist"
    case .unreadable: "could not be read"
    case .notRegular(let kind): "is \(kind), not a regular file"
    case .tooLarge(let size, let limit):
      "is \(InputFile.bytes(size)), more than the \(InputFile.bytes(limit)) it may hold"
    }
  }
}

extension InputFile {
  /// A byte count for messages: `4,194,304 bytes (4 MiB)`.
  public static func bytes(_ count: Int) -> String {
    let grouped = groupedDigits(count)
    let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
    for (size, name) in units where count >= size && count % size == 0 {
      return "\(grouped) bytes (\(count / size) \(name))"
    }
    return "\(grouped) bytes"
  }

  /// `1234567` as `1,234,567`.
  public static func groupedDigits(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return value < 0 ? "-" + out : out
  }
}
