import ArgumentParser

/// How `forecasts` prints its list.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, csv
}
