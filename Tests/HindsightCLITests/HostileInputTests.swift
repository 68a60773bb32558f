import Foundation
import Testing

/// A corpus of hostile and mistaken inputs — options, numbers, dates, ids, paths, ledger files,
/// terminal text — each run against a prepared ledger (BadInputTests.preparedSandbox: the
/// FICTIONAL catalog and three entries). Every case asserts the exit code, that the message
/// names what is wrong (a fragment written out by hand), that no raw control character reaches
/// the terminal, and that neither the ledger nor its journal changed.
@Suite struct HostileInputTests {
  /// One hostile run. `{dir}`, `{ledger}`, `{journal}` and `{catalog}` in the arguments are
  /// replaced by the sandbox's paths; `own` cases name their files themselves (no
  /// `--catalog`/`--ledger` added). `setup` prepares files in the sandbox first.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var code: Int32 = 1
    var message: String
    var own = false
    var setup: (@Sendable (LedgerSandbox) throws -> Void)? = nil
    var testDescription: String { name }
  }

  static let source = ["--source", "https://example.org/fictional/hostile"]
  static let revenue = ["evidence", "add", "demo-revenue", "--observed", "2024-12-31"]
  static let event = ["evidence", "add", "demo-event", "--observed", "2024-06-15", "--occurred"]
  static let header =
    "speaker,speaker_name,question,question_title,forecast,claim,said_on,p,window_from,window_to,outcome,resolved_on,tags\n"

  /// Writes `text` to `name` in the sandbox.
  static func file(_ name: String, _ text: String) -> @Sendable (LedgerSandbox) throws -> Void {
    { sandbox in
      try text.write(
        to: sandbox.directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
  }

  static let cases: [Case] = numbers + dates + ids + paths + texts + imports + catalogs + files

  static let numbers: [Case] = [
    Case(
      name: "hex value", arguments: revenue + ["--value", "0x10"] + source,
      message: "--value '0x10' is not valid: give a decimal number"),
    Case(
      name: "hex float value", arguments: revenue + ["--value", "0x1p-1"] + source,
      message: "--value '0x1p-1' is not valid"),
    Case(
      name: "minus infinity", arguments: revenue + ["--value", "-inf"] + source,
      message: "--value '-inf' is not valid"),
    Case(
      name: "plus sign", arguments: revenue + ["--value", "+5"] + source,
      message: "--value '+5' is not valid"),
    Case(
      name: "digit group space", arguments: revenue + ["--value", "1 000"] + source,
      message: "--value '1 000' is not valid"),
    Case(
      name: "decimal comma", arguments: revenue + ["--value", "1,5"] + source,
      message: "--value '1,5' is not valid"),
    Case(
      name: "strength outside the list",
      arguments: ["evidence", "add", "demo-event", "--supports", "--strength", "extreme"] + source,
      code: 64, message: "The value 'extreme' is invalid for '--strength <level>'"),
    Case(
      name: "negative seq", arguments: ["retract", "-5", "--reason", "Fictional."], code: 64,
      message: "'-5' cannot be <seq>"),
    Case(
      name: "zero seq", arguments: ["retract", "0", "--reason", "Fictional."],
      message: "SEQ '0' is not valid"),
    Case(
      name: "huge seq", arguments: ["retract", "99999999999999999999", "--reason", "Fictional."],
      message: "SEQ '99999999999999999999' is not valid"),
    Case(
      name: "seq past the head", arguments: ["retract", "999", "--reason", "Fictional."],
      message: "Entry 999 does not exist: the ledger's entries run from 1 to 12."),
    Case(
      name: "retract a catalog entry", arguments: ["retract", "1", "--reason", "Fictional."],
      message: "Entry 1 is a catalog_add entry and cannot be retracted"),
    Case(
      name: "negative year", arguments: ["review", "-1"], code: 64, message: "'-1' cannot be <year>"
    ),
    Case(
      name: "year with three digits", arguments: ["review", "999"],
      message: "YEAR '999' is not valid: write a four-digit year"),
    Case(
      name: "negative forecasts", arguments: ["generate", "--forecasts", "-1"], code: 1,
      message: "--forecasts '-1' is not valid: give a positive number.", own: true),
    Case(
      name: "zero forecasts", arguments: ["generate", "--forecasts", "0"], code: 1,
      message: "--forecasts '0' is not valid", own: true),
  ]

  static let dates: [Case] = [
    Case(
      name: "negative as-of", arguments: ["ls", "--as-of", "-2024-01-01"],
      message: "--as-of '-2024-01-01' is not valid: write a date as YYYY-MM-DD"),
    Case(
      name: "as-of in year 1", arguments: ["scorecard", "--as-of", "0001-01-01"],
      message: "--as-of '0001-01-01' is not valid: it is outside the years 1900–2200"),
    Case(
      name: "known-by in words", arguments: ["ls", "--known-by", "yesterday"],
      message: "--known-by 'yesterday' is not valid"),
    Case(
      name: "known-by far ahead", arguments: ["ls", "--known-by", "2999-01-01T00:00:00Z"],
      message: "--known-by '2999-01-01T00:00:00Z' is not valid: it is outside the years"),
    Case(
      name: "observed in 1066",
      arguments: ["evidence", "add", "demo-event", "--occurred", "--observed", "1066-10-14"]
        + source, message: "--observed '1066-10-14' is not valid: it is outside the years 1900–2200"
    ),
    Case(
      name: "published on 30 February", arguments: event + source + ["--published", "2024-02-30"],
      message: "--published '2024-02-30' is not valid"),
    Case(
      name: "published in the future", arguments: event + source + ["--published", "2199-01-01"],
      message: "--published '2199-01-01' is not valid"),
    Case(
      name: "import row dated year 1", arguments: ["import", "{dir}/old.csv"],
      message: "old.csv:2: said_on '0001-01-01' is outside the years 1900–2200",
      setup: file("old.csv", header + "zed,Zed,q1,Q1,f1,c,0001-01-01,0.5,,,,,\n")),
  ]

  static let ids: [Case] = [
    Case(
      name: "import forecast id is a catalog question", arguments: ["import", "{dir}/a.csv"],
      message: "a.csv:2: forecast id 'demo-event' is already a question of the catalog",
      setup: file("a.csv", header + "zed,Zed,q1,Q1,demo-event,c,2024-01-01,0.5,,,,,\n")),
    Case(
      name: "import question id is a catalog forecast", arguments: ["import", "{dir}/b.csv"],
      message: "b.csv:2: question id 'ada-demo-2024' is already a forecast of the catalog",
      setup: file("b.csv", header + "zed,Zed,ada-demo-2024,Q1,f1,c,2024-01-01,0.5,,,,,\n")),
    Case(
      name: "import speaker id is a catalog source", arguments: ["import", "{dir}/c.csv"],
      message: "c.csv:2: speaker id 'demo-conf' is already a source of the catalog",
      setup: file("c.csv", header + "demo-conf,Zed,q1,Q1,f1,c,2024-01-01,0.5,,,,,\n")),
    Case(
      name: "import forecast id is a question of the file", arguments: ["import", "{dir}/d.csv"],
      message: "d.csv:3: forecast id 'q1' is the id of a question on row 2",
      setup: file(
        "d.csv",
        header + "zed,Zed,q1,Q1,f1,c,2024-01-01,0.5,,,,,\nzed,Zed,q1,Q1,q1,c,2024-01-01,0.5,,,,,\n")
    ),
    Case(
      name: "unknown id",
      arguments: event.replacing(["demo-event"], with: ["nothing-here"]) + source,
      message: "No question or forecast has the id 'nothing-here'."),
    Case(
      name: "unknown speaker", arguments: ["ls", "--speaker", "nobody"],
      message: "No speaker has the id 'nobody'."),
    Case(
      name: "unknown speaker in scorecard", arguments: ["scorecard", "nobody"],
      message: "No speaker has the id 'nobody'."),
    Case(
      name: "value on an event question",
      arguments: ["evidence", "add", "demo-event", "--value", "5"] + source,
      message: "--value applies to numeric questions"),
    Case(
      name: "occurrence on a numeric question",
      arguments: ["evidence", "add", "demo-revenue", "--occurred"] + source,
      message: "--occurred applies to event questions"),
    Case(
      name: "note on an unknown id", arguments: ["note", "nothing-here", "--text", "Fictional."],
      message: "No question or forecast has the id 'nothing-here'."),
    Case(
      name: "note without text", arguments: ["note", "demo-event"], message: "--text is required"),
    Case(
      name: "format outside the list", arguments: ["ls", "--format", "xml"], code: 64,
      message: "The value 'xml' is invalid for '--format <format>'"),
    Case(
      name: "colour outside the list", arguments: ["ls", "--color", "sometimes"], code: 64,
      message: "The value 'sometimes' is invalid for '--color <when>'"),
  ]

  static let paths: [Case] = [
    Case(
      name: "review over the ledger",
      arguments: ["review", "2024", "--format", "html", "--output", "{ledger}"],
      message: "it is the ledger ("),
    Case(
      name: "review over the WAL", arguments: ["review", "2024", "--output", "{ledger}-wal"],
      message: "it is the ledger's WAL file"),
    Case(
      name: "review over the shared memory",
      arguments: ["review", "2024", "--output", "{ledger}-shm"],
      message: "it is the ledger's shared-memory file"),
    Case(
      name: "review over SQLite's rollback journal",
      arguments: ["review", "2024", "--output", "{ledger}-journal"],
      message: "it is the ledger's rollback-journal file"),
    Case(
      name: "review over the journal", arguments: ["review", "2024", "--output", "{journal}"],
      message: "it is the ledger's journal"),
    Case(
      name: "review over the catalog", arguments: ["review", "2024", "--output", "{catalog}"],
      message: "it is the catalog"),
    Case(
      name: "review into a missing folder",
      arguments: ["review", "2024", "--output", "{dir}/no/such/r.md"], message: "--output '"),
    Case(
      name: "empty ledger path", arguments: ["ls", "--catalog", "{catalog}", "--ledger", ""],
      message: "The ledger '' cannot be used: the path is empty.", own: true),
    Case(
      name: "ledger is a folder", arguments: ["ls", "--catalog", "{catalog}", "--ledger", "{dir}"],
      message: "cannot be used: it is a folder, not a ledger file.", own: true),
    Case(
      name: "ledger in a missing folder",
      arguments: ["ls", "--catalog", "{catalog}", "--ledger", "{dir}/nowhere/x.sqlite"],
      message: "cannot be used: its folder", own: true),
    Case(
      name: "ledger is a pipe",
      arguments: ["ls", "--catalog", "{catalog}", "--ledger", "{dir}/fifo"],
      message: "cannot be used: it is a pipe (FIFO)", own: true,
      setup: { sandbox in
        _ = try Shell.run(
          "/usr/bin/mkfifo", [sandbox.directory.appendingPathComponent("fifo").path])
      }),
    Case(
      name: "ledger is a symbolic link loop",
      arguments: ["ls", "--catalog", "{catalog}", "--ledger", "{dir}/loop1"],
      message: "cannot be used: it is a symbolic link that loops", own: true,
      setup: { sandbox in
        let fm = FileManager.default
        try fm.createSymbolicLink(
          atPath: sandbox.directory.appendingPathComponent("loop1").path,
          withDestinationPath: "loop2")
        try fm.createSymbolicLink(
          atPath: sandbox.directory.appendingPathComponent("loop2").path,
          withDestinationPath: "loop1")
      }),
    Case(
      name: "ledger is text",
      arguments: ["ls", "--catalog", "{catalog}", "--ledger", "{dir}/notes.txt"],
      message: "it is not a SQLite database, so not a Hindsight ledger", own: true,
      setup: file("notes.txt", "Fictional notes, not a database.\n")),
    Case(
      name: "ledger is another program's database",
      arguments: [
        "evidence", "add", "demo-event", "--occurred", "--catalog", "{catalog}", "--ledger",
        "{dir}/other.db",
      ] + source,
      message: "is a SQLite database but not a Hindsight ledger, so nothing was written to it",
      own: true,
      setup: { sandbox in
        _ = try Shell.run(
          try #require(Shell.which("sqlite3")),
          [
            sandbox.directory.appendingPathComponent("other.db").path,
            "CREATE TABLE notes (t TEXT);",
          ])
      }),
    Case(
      name: "verify a missing ledger", arguments: ["verify", "--ledger", "{dir}/none.sqlite"],
      message: "--ledger '", own: true),
    Case(
      name: "verify a malformed head",
      arguments: ["verify", "--ledger", "{ledger}", "--head", "abc"],
      message: "--head 'abc' is not valid", own: true),
    Case(
      name: "verify a head of another ledger",
      arguments: ["verify", "--ledger", "{ledger}", "--head", String(repeating: "ab", count: 32)],
      message: "is not in this chain of 12 entries", own: true),
    Case(
      name: "generate over the catalog", arguments: ["generate", "--output", "predictions.yaml"],
      message: "--output 'predictions.yaml' is not valid: it is the catalog", own: true),
  ]

  static let texts: [Case] = [
    Case(
      name: "escape sequence in an id", arguments: ["show", "ab\u{1B}]0;owned\u{07}\u{1B}[2Jc"],
      message: "No question or forecast has the id 'ab\u{241B}]0;owned\u{2407}\u{241B}[2Jc'."),
    Case(
      name: "escape in a summary", arguments: event + source + ["--summary", "a\u{1B}[2Jb"],
      message: "--summary 'a\\u{1B}[2Jb' is not valid: it contains the control character U+001B"),
    Case(
      name: "one-byte CSI in a summary", arguments: event + source + ["--summary", "a\u{9B}2Jb"],
      message: "it contains the control character U+009B"),
    Case(
      name: "bell in a source", arguments: event + ["--source", "https://example.org/\u{07}"],
      message: "it contains the control character U+0007"),
    Case(
      name: "line break in an excerpt", arguments: event + source + ["--excerpt", "one\ntwo"],
      message: "it contains the control character U+000A"),
    Case(
      name: "blank title", arguments: event + source + ["--title", "   "],
      message: "--title is required"),
    Case(
      name: "empty author", arguments: event + source + ["--author", ""],
      message: "The author '' is not usable"),
    Case(
      name: "author over two lines", arguments: event + source + ["--author", "Ada\nBo"],
      message: "The author 'Ada"),
    Case(
      name: "C1 control in a verdict reason",
      arguments: ["verdict", "ada-demo-2024", "--true", "--reason", "ok\u{85}"] + source,
      message: "it contains the control character U+0085"),
    Case(
      name: "escape in a note", arguments: ["note", "demo-event", "--text", "x\u{1B}[31m"],
      message: "it contains the control character U+001B"),
  ]

  static let imports: [Case] = [
    Case(
      name: "import question id is a forecast of an earlier row",
      arguments: ["import", "{dir}/q.csv"],
      message: "q.csv:3: question id 'q9' is the id of a forecast on row 2",
      setup: file(
        "q.csv",
        header + "zed,Zed,q1,Q1,q9,c,2024-01-01,0.5,,,,,\nzed,Zed,q9,Q9,f2,c,2024-01-01,0.5,,,,,\n")
    ),
    Case(
      name: "escape sequence in an imported name", arguments: ["import", "{dir}/e.csv"],
      message: "e.csv:2: speaker_name holds the control character U+001B",
      setup: file("e.csv", header + "zed,Zed\u{1B}]0;owned\u{07},q1,Q1,f1,c,2024-01-01,0.5,,,,,\n")),
    Case(
      name: "one-byte CSI in an imported title", arguments: ["import", "{dir}/c1.csv"],
      message: "c1.csv:2: question_title holds the control character U+009B",
      setup: file("c1.csv", header + "zed,Zed,q1,Q\u{9B}1,f1,c,2024-01-01,0.5,,,,,\n")),
    Case(
      name: "bidi override in an imported claim", arguments: ["import", "{dir}/bidi.csv"],
      message: "bidi.csv:2: claim holds the control character U+202E",
      setup: file("bidi.csv", header + "zed,Zed,q1,Q1,f1,c\u{202E}x,2024-01-01,0.5,,,,,\n")),
    Case(
      name: "hexadecimal probability", arguments: ["import", "{dir}/hex.csv"],
      message: "hex.csv:2: p '0x1p-1' is not a probability",
      setup: file("hex.csv", header + "zed,Zed,q1,Q1,f1,c,2024-01-01,0x1p-1,,,,,\n")),
  ]

  /// A copy of the sandbox's catalog with `old` replaced by `new`, written as `name`.
  static func catalog(_ name: String, replacing old: String, with new: String)
    -> @Sendable (LedgerSandbox) throws -> Void
  {
    { sandbox in
      let text = try String(contentsOf: sandbox.catalog, encoding: .utf8)
      try text.replacingOccurrences(of: old, with: new).write(
        to: sandbox.directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
  }

  static let catalogs: [Case] = [
    Case(
      name: "escape sequence in a catalog name", arguments: ["check", "{dir}/esc.yaml"],
      message:
        "esc.yaml:24:14: field 'name_en' of speaker 'ada-example' holds the control character U+001B",
      own: true,
      setup: catalog(
        "esc.yaml", replacing: "name_en: Ada Example", with: "name_en: \"Ada\\e]0;owned\\a\"")),
    Case(
      name: "catalog date in year 1", arguments: ["check", "{dir}/old.yaml"],
      message: "old.yaml:18:14: held_on '0001-12-14' is outside the years 1900–2200", own: true,
      setup: catalog("old.yaml", replacing: "held_on: 2023-12-14", with: "held_on: 0001-12-14")),
  ]

  static let files: [Case] = [
    Case(
      name: "journal is a pipe",
      arguments: [
        "ls", "--catalog", "{catalog}", "--ledger", "{dir}/p.sqlite", "--journal", "{dir}/jfifo",
      ],
      message: "jfifo cannot be read: it is not a regular file", own: true,
      setup: { sandbox in
        _ = try Shell.run(
          "/usr/bin/mkfifo", [sandbox.directory.appendingPathComponent("jfifo").path])
      }),
    Case(
      name: "journal edited by hand",
      arguments: [
        "ls", "--catalog", "{catalog}", "--ledger", "{dir}/copy.sqlite", "--journal",
        "{dir}/copy.jsonl",
      ], message: "copy.jsonl:10: stored hash does not match its contents", own: true,
      setup: { sandbox in
        let text = try String(contentsOf: sandbox.journal, encoding: .utf8)
        try text.replacingOccurrences(of: "Fictional: it happened.", with: "Fictional: it did not.")
          .write(
            to: sandbox.directory.appendingPathComponent("copy.jsonl"), atomically: true,
            encoding: .utf8)
      }),
    Case(
      name: "journal cut short",
      arguments: [
        "ls", "--catalog", "{catalog}", "--ledger", "{dir}/cut.sqlite", "--journal",
        "{dir}/cut.jsonl",
      ], message: "cut.jsonl:12: the last line does not end with a line feed", own: true,
      setup: { sandbox in
        let text = try String(contentsOf: sandbox.journal, encoding: .utf8)
        try String(text.dropLast(9))
          .write(
            to: sandbox.directory.appendingPathComponent("cut.jsonl"), atomically: true,
            encoding: .utf8)
      }),
    Case(
      name: "ledger from a newer hindsight",
      arguments: [
        "ls", "--catalog", "{catalog}", "--ledger", "{dir}/newer.sqlite", "--journal",
        "{dir}/newer.jsonl",
      ], message: "was written by a newer Hindsight (its schema has v9-future", own: true,
      setup: { sandbox in
        let copy = sandbox.directory.appendingPathComponent("newer.sqlite")
        try FileManager.default.copyItem(at: sandbox.ledger, to: copy)
        _ = try Shell.run(
          try #require(Shell.which("sqlite3")),
          [copy.path, "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future');"])
      }),
    Case(
      name: "catalog id taken by an import",
      arguments: ["ls", "--catalog", "{dir}/z.yaml", "--ledger", "{ledger}"],
      message: "The catalog's question id 'zed-q' is already a question of the import in entry 13",
      own: true,
      setup: { sandbox in
        try (header + "zed,Zed,zed-q,Q,zed-f,c,2024-01-01,0.5,,,,,\n").write(
          to: sandbox.directory.appendingPathComponent("z.csv"), atomically: true, encoding: .utf8)
        _ = try sandbox.succeed(["import", sandbox.directory.appendingPathComponent("z.csv").path])
        let catalog = try String(contentsOf: sandbox.catalog, encoding: .utf8)
          .replacingOccurrences(
            of: "questions:\n",
            with:
              "questions:\n  - id: zed-q\n    title: Fictional\n    kind: binary\n    criteria: Fictional.\n    tags: []\n"
          )
        try catalog.write(
          to: sandbox.directory.appendingPathComponent("z.yaml"), atomically: true, encoding: .utf8)
      }),
  ]

  func expand(_ argument: String, _ sandbox: LedgerSandbox) -> String {
    argument.replacingOccurrences(of: "{dir}", with: sandbox.directory.path)
      .replacingOccurrences(of: "{ledger}", with: sandbox.ledger.path)
      .replacingOccurrences(of: "{journal}", with: sandbox.journal.path)
      .replacingOccurrences(of: "{catalog}", with: sandbox.catalog.path)
  }

  @Test(arguments: cases)
  func hostileInputIsRefusedAndChangesNothing(_ input: Case) throws {
    let sandbox = try BadInputTests.preparedSandbox()
    defer { sandbox.remove() }
    try input.setup?(sandbox)
    let ledger = try sandbox.export()
    let journal = try Data(contentsOf: sandbox.journal)
    let arguments = input.arguments.map { expand($0, sandbox) }
    let output =
      input.own
      ? try HindsightBinary.run(
        arguments, environment: ["USER": LedgerSandbox.author, "COLUMNS": "200"],
        directory: sandbox.directory)
      : try sandbox.run(arguments)
    #expect(output.exitCode == input.code, "\(output.stderr)")
    #expect(output.stderr.contains(input.message), "\(output.stderr)")
    let acting = output.stderr.unicodeScalars.filter {
      $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value))
    }
    #expect(acting.isEmpty, "raw control characters reached stderr")
    #expect(try sandbox.export() == ledger, "the ledger changed")
    #expect(try Data(contentsOf: sandbox.journal) == journal, "the journal changed")
  }

  @Test func theCorpusIsLargeEnough() {
    #expect(Self.cases.count >= 60)
    #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
  }
}
