import CNcursesw
import Foundation
import Synchronization

/// The last termination signal received (SIGINT, SIGTERM, SIGHUP), or 0.
let pendingSignal = Atomic<Int32>(0)

/// Installs the signal handlers the browser needs: termination signals are noted for the event
/// loop to end cleanly; crash signals restore the terminal before the process dies.
enum SignalGuard {
  static func install() {
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
      _ = Foundation.signal(signal) { number in pendingSignal.store(number, ordering: .relaxed) }
    }
    for signal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
      _ = Foundation.signal(signal) { number in
        endwin()
        Foundation.signal(number, SIG_DFL)
        raise(number)
      }
    }
  }

  /// Puts every handler back to the default.
  static func uninstall() {
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
      _ = Foundation.signal(signal, SIG_DFL)
    }
  }

  /// The signal that asked the process to end, if one came.
  static var received: Int32? {
    let value = pendingSignal.load(ordering: .relaxed)
    return value == 0 ? nil : value
  }
}
