import ArgumentParser
import HindsightCore

/// `--strength weak|moderate|strong`: a value outside the list is a usage error (exit 64).
extension Strength: ExpressibleByArgument {}
