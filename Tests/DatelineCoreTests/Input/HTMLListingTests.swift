import Testing

@testable import DatelineCore

/// What a page's `<pre>` holds (a code listing, a program's output) stays in the article text
/// but tells no events: it is no narrative.
@Suite struct HTMLListingTests {
  private let page = """
    <html><head><title>Caches</title></head><body><article>
    <p>The team moved its build servers to a new data centre in Oslo on March 3, 2024, after two outages in February.</p>
    <pre>$ cache clear --all
    The cache was cleared in 12 seconds.
    The server restarted on port 8080.</pre>
    <p>Engineers said on March 5, 2024 that the new servers had cut the build time by half.</p>
    <pre><code>deploy.start(); // the release began at noon</code></pre>
    </article></body></html>
    """

  private func read() -> (text: String, listings: [String]) {
    let read = HTMLReader.read(Array(page.utf8))
    return (String(decoding: read.text, as: UTF8.self), read.listings.map { String(decoding: read.text[$0], as: UTF8.self) })
  }

  @Test func aListingStaysInTheText() {
    let (text, _) = read()
    #expect(text.contains("The server restarted on port 8080."), "\(text)")
    #expect(text.contains("deploy.start();"), "\(text)")
  }

  @Test func eachPreformattedBlockIsAListingAndNoParagraphOfProseIs() {
    let (_, listings) = read()
    #expect(listings.count == 2, "\(listings)")
    #expect(listings.first?.hasPrefix("$ cache clear") == true, "\(listings)")
    #expect(listings.last == "deploy.start(); // the release began at noon", "\(listings)")
    #expect(!listings.contains { $0.contains("Oslo") || $0.contains("Engineers") }, "\(listings)")
  }

  @Test func aPageMostlyPreformattedIsADocumentLaidOutAsPlainText() {
    let draft = """
      <html><head><title>Draft</title></head><body><article><p>Draft 4</p>
      <pre>The working group adopted the draft on March 3, 2024. It replaces the older protocol, which
      was published in 2019, and the editors expect to finish the last review before the end of the year.</pre>
      </article></body></html>
      """
    #expect(HTMLReader.read(Array(draft.utf8)).listings.isEmpty)
  }

  @Test func aListingTellsNoEvents() {
    let read = HTMLReader.read(Array(page.utf8))
    var document = Document(
      id: 0, name: "page", metadata: DocumentMetadata(published: TimeValue(timex: "2024-03-06")), text: read.text)
    document.listings = read.listings
    let summaries = DocumentExtractor().extract(document).events.map(\.event.summary)
    #expect(summaries.contains { $0.contains("moved its build servers") }, "\(summaries)")
    #expect(summaries.contains { $0.contains("cut the build time") }, "\(summaries)")
    #expect(!summaries.contains { $0.contains("cache") || $0.contains("server restarted") || $0.contains("release began") }, "\(summaries)")
  }
}
