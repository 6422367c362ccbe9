import ArgumentParser

/// The `mingle` command: with no arguments it runs the bundled demo event.
@main
struct Mingle: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A full-screen terminal kiosk for networking events.",
    discussion: """
      With no subcommand, mingle runs the bundled demo event; its live state is kept in \
      $XDG_STATE_HOME/mingle/demo (else ~/.local/state/mingle/demo).
      """,
    subcommands: [
      DemoCommand.self, RunCommand.self, InitCommand.self, CheckCommand.self, ImportCommand.self, ExportCommand.self,
      SetPinCommand.self, ModerateCommand.self, QueueCommand.self, AnnounceCommand.self, PinsCommand.self,
      AuditCommand.self,
    ],
    defaultSubcommand: DemoCommand.self
  )
}
