import Foundation
import Testing

@testable import DatelineCore

/// A feed file is one input that the reader layer opens into its items, in a directory walk as
/// well as on its own; its documents take consecutive ids among the others'.
@Suite struct FeedInputTests {
  static let feed = """
    <?xml version="1.0"?>
    <rss version="2.0"><channel><title>Elwin Gazette</title>
    <item><title>Pier closes</title><link>https://elwin.example/pier</link><pubDate>Sat, 04 Mar 2023 09:00:00 GMT</pubDate>
    <description>The harbor council voted on Friday to close the old pier.</description></item>
    <item><title>Workers march</title><link>https://elwin.example/march</link><pubDate>Mon, 06 Mar 2023 09:00:00 GMT</pubDate>
    <description>Dock workers marched through the town center on Sunday.</description></item>
    </channel></rss>
    """

  /// A directory holding `a-news.xml` (the feed) and `b-notes.txt`, removed after `body`.
  private func withDirectory(_ body: (String) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-feed-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Self.feed.utf8).write(to: directory.appendingPathComponent("a-news.xml"))
    try Data("On March 8, 2023, the mayor met the union leaders.".utf8).write(to: directory.appendingPathComponent("b-notes.txt"))
    try body(directory.path)
  }

  @Test(arguments: [1, 3])
  func aDirectoryGivesTheFeedsItemsAndTheTextArticle(jobs: Int) throws {
    try withDirectory { directory in
      let pipeline = Pipeline(jobs: jobs)
      let inputs = pipeline.inputs(for: [directory])
      #expect(inputs.inputs.count == 2 && inputs.failures.isEmpty)
      let (documents, failures) = pipeline.documents(inputs)
      #expect(failures.isEmpty)
      #expect(documents.map(\.id) == [0, 1, 2])
      #expect(documents.map(\.name) == ["https://elwin.example/pier", "https://elwin.example/march", directory + "/b-notes.txt"])
      #expect(documents.map(\.metadata.title) == ["Pier closes", "Workers march", nil])
      #expect(documents[1].metadata.source == "Elwin Gazette" && documents[1].metadata.published?.timex == "2023-03-06")
    }
  }

  @Test func theTimelineTellsEveryItemAndTheArticle() throws {
    try withDirectory { directory in
      let pipeline = Pipeline(jobs: 2)
      let result = pipeline.run(pipeline.inputs(for: [directory]))
      #expect(result.failures.isEmpty)
      #expect(result.timeline.documents.count == 3)
      let told = Set(result.timeline.events.flatMap(\.sources))
      #expect(told == [0, 1, 2], "\(result.timeline.events.map(\.summary))")
    }
  }

  @Test func anUnreadableInputLeavesNoGapAfterAFeed() throws {
    try withDirectory { directory in
      try Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 3]).write(to: URL(fileURLWithPath: directory + "/a-binary.txt"))
      let pipeline = Pipeline(jobs: 2)
      let (documents, failures) = pipeline.documents(pipeline.inputs(for: [directory]))
      #expect(failures == [.binary(path: directory + "/a-binary.txt")])
      #expect(documents.map(\.id) == [0, 1, 2])
    }
  }
}
