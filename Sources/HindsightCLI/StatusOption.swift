import ArgumentParser
import HindsightCore

/// A forecast status as a command-line value.
enum StatusOption: String, ExpressibleByArgument, CaseIterable {
  case open, due, `true`, `false`, annulled

  /// The status this value names.
  var status: ForecastStatus {
    switch self {
    case .open: .open
    case .due: .due
    case .true: .true
    case .false: .false
    case .annulled: .annulled
    }
  }
}
