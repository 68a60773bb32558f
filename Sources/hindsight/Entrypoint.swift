import HindsightCLI

@main
struct Entrypoint {
  static func main() async {
    await HindsightCommand.main()
  }
}
