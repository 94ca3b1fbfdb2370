import Foundation

/// Runs the `dateline` binary as a child process, for measurements that need a fresh process:
/// wall time to the first frame on a pseudo-terminal, and peak memory.
struct ChildProcess {
  /// The program to run.
  let executable: String

  /// What a child run to its end measured.
  struct Outcome {
    /// Wall time from spawn to exit.
    var seconds: Double
    /// Peak resident memory of the child (`ru_maxrss`).
    var peakKilobytes: Int
    /// Exit status; 128 plus the signal's number when a signal ended it.
    var status: Int32
  }

  /// Runs `arguments` with standard input, output and error on /dev/null and waits for it. The
  /// child's peak memory counts at least what this process holds when it spawns the child.
  func run(_ arguments: [String]) -> Outcome? {
    let null = open("/dev/null", O_RDWR)
    guard null >= 0 else { return nil }
    Self.resetOwnPeakMemory()
    let start = DispatchTime.now().uptimeNanoseconds
    let pid = spawn(arguments, on: null)
    close(null)
    guard let pid else { return nil }
    let (status, usage) = Self.wait(for: pid)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return Outcome(seconds: seconds, peakKilobytes: Int(usage.ru_maxrss), status: status)
  }

  /// Runs `arguments` on a new pseudo-terminal of 120×40 and returns the wall time from spawn
  /// until `marker` has been written to the terminal; then ends the child with SIGTERM. `nil`
  /// when the child could not start, or ended or took 10 s without writing `marker`.
  func secondsUntilOutput(_ arguments: [String], marker: String) -> Double? {
    guard let (master, slave) = Self.openTerminal(rows: 40, columns: 120) else { return nil }
    defer { close(master) }
    let start = DispatchTime.now().uptimeNanoseconds
    let pid = spawn(arguments, on: slave)
    close(slave)
    guard let pid else { return nil }
    let found = Self.read(master, until: Array(marker.utf8), seconds: 10)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    kill(pid, SIGTERM)
    let drain = Self.startDraining(master)
    _ = Self.wait(for: pid)
    drain.wait()
    return found ? seconds : nil
  }

  /// A new pseudo-terminal pair (controller, terminal) of `rows`×`columns`, through Linux's
  /// `/dev/ptmx` (glibc's `posix_openpt` family is hidden from Swift without `_XOPEN_SOURCE`).
  private static func openTerminal(rows: UInt16, columns: UInt16) -> (Int32, Int32)? {
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else { return nil }
    // TIOCSPTLCK and TIOCGPTN: Linux's _IOW('T', 0x31, int) and _IOR('T', 0x30, unsigned int),
    // macros that Swift does not import.
    let unlock: UInt = 0x4004_5431
    let getNumber: UInt = 0x8004_5430
    var locked: Int32 = 0
    var number: UInt32 = 0
    guard ioctl(master, unlock, &locked) == 0, ioctl(master, getNumber, &number) == 0 else {
      close(master)
      return nil
    }
    let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    guard slave >= 0 else {
      close(master)
      return nil
    }
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
    return (master, slave)
  }

  /// Starts `executable` with `arguments`, standard input, output and error on `descriptor`, a
  /// UTF-8 xterm, and no key configuration file (so the standard key hints show).
  private func spawn(_ arguments: [String], on descriptor: Int32) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
      posix_spawn_file_actions_adddup2(&actions, descriptor, target)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["LANG"] = "C.UTF-8"
    environment["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "dateline-bench-no-config"
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return nil }
    return pid
  }

  /// Waits for `pid` to end; its exit status (128 plus the signal's number for a child a signal
  /// ended, as a shell tells it: a crash is no success) and resource usage.
  private static func wait(for pid: pid_t) -> (status: Int32, usage: rusage) {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let signal = status & 0x7F
    return (signal != 0 ? 128 + signal : (status >> 8) & 0xFF, usage)
  }

  /// Reads the terminal until `marker` has come (true), the child closed it, or `seconds` passed.
  private static func read(_ master: Int32, until marker: [UInt8], seconds: Int) -> Bool {
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds) * 1_000_000_000
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while DispatchTime.now().uptimeNanoseconds < deadline {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 100) >= 0 || errno == EINTR else { return false }
      guard descriptor.revents != 0 else { continue }
      let count = buffer.withUnsafeMutableBytes { Foundation.read(master, $0.baseAddress, 65_536) }
      guard count > 0 else { return false }
      let searchFrom = max(0, received.count - marker.count)
      received += buffer[0..<count]
      if received[searchFrom...].firstRange(of: marker) != nil { return true }
    }
    return false
  }

  /// Reads and discards what the child writes to the terminal, so it never blocks; done once the
  /// child has closed the terminal.
  private static func startDraining(_ master: Int32) -> DispatchWorkItem {
    let work = DispatchWorkItem {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while buffer.withUnsafeMutableBytes({ Foundation.read(master, $0.baseAddress, 65_536) }) > 0 {}
    }
    DispatchQueue.global().async(execute: work)
    return work
  }

  /// Lowers this process's recorded peak memory to what it holds now (Linux `clear_refs` 5). A
  /// child started by `posix_spawn` shares this process's memory until it runs its own program,
  /// and the kernel counts this process's peak into the child's `ru_maxrss` at that moment.
  private static func resetOwnPeakMemory() {
    guard let file = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
    file.write(Data("5".utf8))
    try? file.close()
  }
}
