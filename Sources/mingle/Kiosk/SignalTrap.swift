import Foundation
import Synchronization

/// Set by SIGTERM, SIGHUP or SIGINT; the kiosk loop checks it on every wake-up and leaves cleanly.
let terminationRequested = Atomic<Bool>(false)

/// Catches the signals that ask the kiosk to stop (installed before ncurses starts, so ncurses keeps
/// its hands off them) and ignores job-control stops.
enum SignalTrap {
  /// Seconds a stop may take before the process is ended anyway (a terminal that no longer reads
  /// could block the last write forever).
  static let graceSeconds: UInt32 = 5

  static func install() {
    let stops = [SIGTERM, SIGHUP, SIGINT]
    for number in stops {
      signal(number) { _ in
        terminationRequested.store(true, ordering: .relaxed)
        alarm(SignalTrap.graceSeconds)
      }
    }
    signal(SIGTSTP, SIG_IGN)
    signal(SIGPIPE, SIG_IGN)
    signal(SIGALRM, SIG_DFL)
    // A parent (tmux, a service manager) may have started us with these blocked: they must arrive.
    var set = sigset_t()
    sigemptyset(&set)
    for number in stops + [SIGALRM] { sigaddset(&set, number) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  /// Whether a stop was asked for.
  static var received: Bool { terminationRequested.load(ordering: .relaxed) }
}
