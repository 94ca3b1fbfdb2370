import CNcursesw
import Foundation

/// Runs this same binary as a child process, for measurements that need a fresh process: wall
/// time to the first frame (on a pseudo-terminal) and peak memory.
public enum ChildProcess {
  /// The path of the running executable.
  public static var executable: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
  }

  /// What a child run measured.
  public struct Outcome: Sendable {
    /// Wall time from spawn to exit.
    public var seconds: Double
    /// Peak resident memory.
    public var peakKilobytes: Int
    /// Exit status.
    public var status: Int32
  }

  /// Runs `arguments` with standard input, output and error on a new pseudo-terminal of
  /// 120×40 (when `terminal` is true) or on /dev/null, and waits for it.
  public static func run(_ arguments: [String], terminal: Bool) -> Outcome? {
    var master: Int32 = -1
    var slave: Int32 = -1
    if terminal {
      var name = [CChar](repeating: 0, count: 128)
      slave = dateline_open_pty(&master, 40, 120, &name, 128)
      guard slave >= 0 else { return nil }
    } else {
      slave = open("/dev/null", O_RDWR)
    }
    defer {
      if master >= 0 { close(master) }
    }
    let drain = terminal ? startDraining(master) : nil
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
      posix_spawn_file_actions_adddup2(&actions, slave, target)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["LANG"] = "C.UTF-8"
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return nil }
    close(slave)
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    drain?.cancel()
    return Outcome(seconds: seconds, peakKilobytes: Int(usage.ru_maxrss), status: (status >> 8) & 0xFF)
  }

  /// Reads and discards what the child writes to the terminal, so it never blocks.
  private static func startDraining(_ master: Int32) -> DispatchWorkItem {
    let work = DispatchWorkItem {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while buffer.withUnsafeMutableBytes({ read(master, $0.baseAddress, 65_536) }) > 0 {}
    }
    DispatchQueue.global().async(execute: work)
    return work
  }
}
