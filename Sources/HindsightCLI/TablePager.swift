import HindsightReports

/// Collects a listing's rows into pages of `ForecastListing.pageSize` and hands each full page to `print`,
/// so a table of any length is laid out in bounded memory: each page is measured and printed
/// on its own, with its header.
struct TablePager<Row> {
  private var rows: [Row] = []
  private var printed = 0
  private let print: ([Row], _ first: Bool) -> Void

  /// Creates a pager; `print` receives each page and whether it is the first.
  init(print: @escaping ([Row], _ first: Bool) -> Void) {
    self.print = print
  }

  /// Adds a row, printing the page it completes.
  mutating func add(_ row: Row) {
    rows.append(row)
    if rows.count == ForecastListing.pageSize { flush() }
  }

  /// Prints the last page; an empty listing prints one page without rows (its header).
  mutating func finish() {
    if !rows.isEmpty || printed == 0 { flush() }
  }

  private mutating func flush() {
    print(rows, printed == 0)
    printed += 1
    rows.removeAll(keepingCapacity: true)
  }
}
