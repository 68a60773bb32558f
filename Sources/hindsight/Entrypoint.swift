import HindsightCLI

@main
struct Entrypoint {
  static func main() {
    HindsightCommand.main()
  }
}
