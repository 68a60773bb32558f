import Foundation
import Synchronization
import Testing

@testable import HindsightCore

/// `BatchChannel.stream`: elements made on one thread reach the other in order, whatever the
/// batch size, and a failure on either side stops both.
@Suite struct BatchChannelTests {
  struct Stop: Error, Equatable {
    let side: String
  }

  @Test(arguments: [1, 7, 512, 5000])
  func everyElementComesInOrder(batch: Int) throws {
    var received: [Int] = []
    try BatchChannel.stream(
      batchesOf: batch, produce: { yield in for element in 0..<1000 { try yield(element) } },
      consume: { received.append($0) })
    #expect(received == Array(0..<1000))
  }

  @Test func aConsumerFailureStopsTheProducer() {
    let produced = Mutex(0)
    var received: [Int] = []
    #expect(throws: Stop(side: "consumer")) {
      try BatchChannel.stream(
        batchesOf: 7,
        produce: { yield in
          for element in 0..<100_000 {
            try yield(element)
            produced.withLock { $0 += 1 }
          }
        },
        consume: { element in
          guard element < 20 else { throw Stop(side: "consumer") }
          received.append(element)
        })
    }
    #expect(received == Array(0..<20))
    // At most two batches wait and one is being filled when the consumer stops.
    #expect(produced.withLock { $0 } < 20 + 7 * 4)
  }

  @Test func aProducerFailureComesAfterWhatWasYielded() {
    var received: [Int] = []
    #expect(throws: Stop(side: "producer")) {
      try BatchChannel.stream(
        batchesOf: 7,
        produce: { yield in
          for element in 0..<30 { try yield(element) }
          throw Stop(side: "producer")
        },
        consume: { received.append($0) })
    }
    // The last, partial batch is not pushed once the producer fails.
    #expect(received == Array(0..<28))
  }
}
