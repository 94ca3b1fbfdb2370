import Foundation

// The libFuzzer entry point, compiled only by Tests/fuzz/libfuzzer.sh (with -parse-as-library,
// so libFuzzer's own main runs).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let problems = FuzzCheck.problems(bytes)
  if !problems.isEmpty {
    FileManager.default.createFile(atPath: "fuzz-failure.txt", contents: Data(bytes))
    for problem in problems { print("invariant broken: \(problem)") }
    abort()
  }
  return 0
}
