import Foundation
import Testing

@testable import HindsightStore

/// `JSONValue.parse` reads what Foundation's `JSONDecoder` reads, to the same values, and
/// refuses what it refuses.
struct JSONParserTests {
  @Test(arguments: [
    #"{"item":{"id":"demo","tags":["a","b"],"p":0.75,"n":-40},"type":"catalog_add"}"#,
    #"[]"#, #"{}"#, #"[[],[{}],{"a":[]}]"#, " \t\n\r[1 , 2 ]\n ",
    #"true"#, #"false"#, #"null"#, #""text""#, #"12"#,
    #"[0,-0,1e-05,1E+20,2.5e3,-0.001,123456789012345678901234567890,5e-324,1.7976931348623157e308]"#,
    #"["a\"b\\c\/d\b\f\n\r\t","\u00e9\u4e2d\ud83d\ude00","\u0001\u001f","演示 ❤️"]"#,
    #"{"a":1,"b":{"c":[true,false,null]}}"#,
    "\u{FEFF} [1]", "[1,]", "[1 ,\n]", #"{"a":{"b":1,},}"#, #"{"a":1,"a":2}"#,
    "[3e-324,1e-310,0e500,-0.0]",
  ])
  func readsWhatJSONDecoderReads(text: String) throws {
    let expected = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    #expect(try JSONValue.parse(text) == expected)
  }

  @Test(arguments: [
    "", " ", "{", "[", #"{"a" 1}"#, #"{a:1}"#, "{'a':1}", "01", "1.",
    ".5", "+1", "-", "1e", "1e+", "0x10", "NaN", "Infinity", "1e400", "-1e400", "nul", "tru",
    "[1] x", "[1][2]", #""abc"#, #""\x""#, "\"a\u{01}b\"", "\"a\nb\"", #""\ud800""#,
    #""\udc00""#, #""\ud800\u0041""#, #""\u12""#, "/* c */ 1", "[1,2", #"{"a":1"#,
    "[1,,]", "[,]", "[,1]", "{,}", #"{"a":1,,}"#, "[1,]x", "\u{FEFF}\u{FEFF}[1]", " \u{FEFF}[1]",
    "[1e-324]", "[-2e-324]", "[1.8e308]",
  ])
  func refusesWhatJSONDecoderRefuses(text: String) {
    #expect((try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))) == nil)
    #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(text) }
  }

  @Test func nestsAtMostFiveHundredTwelveDeep() throws {
    let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(throws: Never.self) { try JSONValue.parse(deepest) }
    #expect(throws: JSONSyntaxError.self) { try JSONValue.parse("[" + deepest + "]") }
  }

  @Test func aRepeatedKeyKeepsItsFirstValue() throws {
    #expect(try JSONValue.parse(#"{"a":1,"a":2}"#) == .object(["a": .number(1)]))
  }

  @Test func saysWhereTheTextStoppedBeingJSON() {
    #expect(throws: JSONSyntaxError(offset: 4, reason: "expected a value")) {
      try JSONValue.parse("[1, ,2]")
    }
  }

  @Test func canonicalTextReadsBackToTheSameValue() throws {
    let value = JSONValue.object([
      "text": .string("quote \" backslash \\ line\nbreak \u{01} tab\t 演示"),
      "list": .array([.number(0.1), .number(-3), .bool(true), .null]),
    ])
    #expect(try JSONValue.parse(value.canonicalText) == value)
    #expect(
      value.canonicalText
        == #"{"list":[0.1,-3,true,null],"text":"quote \" backslash \\ line\nbreak \u0001 tab\t 演示"}"#
    )
  }
}
