import Foundation

/// Bytes written to a file handle through a 64 KiB buffer.
struct BufferedOutput {
  let handle: FileHandle
  private(set) var buffer: [UInt8] = []

  /// Creates a buffer in front of `handle` (standard output by default).
  init(_ handle: FileHandle = .standardOutput) {
    self.handle = handle
    buffer.reserveCapacity(1 << 16)
  }

  /// Appends bytes with `write`, flushing when the buffer is full.
  mutating func append(_ write: (inout [UInt8]) -> Void) {
    write(&buffer)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Writes out what the buffer holds.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
