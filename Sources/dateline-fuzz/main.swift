import DatelineCore
import DatelineTestSupport
import Foundation

// Fuzzes the extraction core with a built-in mutation fuzzer (used in CI):
//   swift run dateline-fuzz [ITERATIONS] [SEED]
// Tests/fuzz/libfuzzer.sh builds the same check for coverage-guided libFuzzer (by hand), seeded
// with the same inputs: `dateline-fuzz --write-seeds DIR` writes them as files.
// A failing input is written to fuzz-failure.txt.

func report(_ bytes: [UInt8], _ problems: [String]) {
  _ = FileManager.default.createFile(atPath: "fuzz-failure.txt", contents: Data(bytes))
  for problem in problems { print("invariant broken: \(problem)") }
  print("the input is in fuzz-failure.txt")
}

let arguments = CommandLine.arguments
let iterations = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : 1
let sample = Array((BundledResources.text(BundledResources.samplePath) ?? "").utf8)
let feed = """
  <?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
  <item><title>Pier</title><author>Ida Vell</author><pubDate>Sat, 04 Mar 2023 09:00:00 GMT</pubDate>
  <description><![CDATA[<p>“Yes,” he said on Nov. 7.</p>]]></description></item>
  <item><title>March</title><description>Workers marched on Sunday.</description></item></channel></rss>
  """
let hostile = HostileInput.allCases.map { Array($0.text(bytes: 4096).utf8) }
let seeds = [sample, Array(sample.prefix(600)), Array("“Yes,” he said on Nov. 7.".utf8), Array(feed.utf8), []] + hostile
if arguments.count > 2, arguments[1] == "--write-seeds" {
  let directory = URL(fileURLWithPath: arguments[2], isDirectory: true)
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  for (index, bytes) in seeds.enumerated() where !bytes.isEmpty {
    try Data(bytes).write(to: directory.appendingPathComponent("seed-\(index)"))
  }
  print("\(seeds.count(where: { !$0.isEmpty })) seeds in \(directory.path)")
  exit(0)
}
var mutator = Mutator(seed: seed, seeds: seeds)
let started = Date()
for iteration in 1...max(1, iterations) {
  let input = mutator.next()
  let problems = FuzzCheck.problems(input)
  if !problems.isEmpty {
    print("iteration \(iteration) of seed \(seed):")
    report(input, problems)
    exit(1)
  }
}
print("\(iterations) inputs (seed \(seed)) in \(Int(Date().timeIntervalSince(started))) s: no crash, invariants held, output deterministic, streamed JSON as the schema encodes it")
