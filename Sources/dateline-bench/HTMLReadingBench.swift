import DatelineCore
import Foundation

/// HTML reading throughput on one core: pages read into documents (tree, article scoring,
/// metadata), without extraction. Pages are generated (a synthetic article inside navigation,
/// a sidebar of links, scripts and a footer) or given with --html-pages.
enum HTMLReadingBench {
  /// Reads every page once and reports the rate, in MB of HTML per second.
  static func run(pages: [[UInt8]], report: (String) -> Void) {
    let bytes = pages.reduce(0) { $0 + $1.count }
    let megabytes = Double(bytes) / 1_048_576
    let loader = DocumentLoader()
    var best = Double.infinity
    var paragraphs = 0
    for _ in 0..<3 {
      let start = Clock.now
      paragraphs = 0
      for (id, page) in pages.enumerated() {
        paragraphs += (try? loader.document(bytes: page, name: "page.html", id: id).paragraphs.count) ?? 0
      }
      best = min(best, Clock.seconds(since: start))
    }
    report("  \(pages.count) pages, \(String(format: "%.1f", megabytes)) MB of HTML, \(paragraphs) paragraphs kept")
    report("  reading, one core: \(ExtractionBench.rate(megabytes, best)) (\(ExtractionBench.ms(best)), best of 3)")
  }

  /// The files under `paths` whose names end in `.html` or `.htm`.
  static func pages(at paths: [String]) -> [[UInt8]] {
    paths.flatMap { path -> [String] in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
        let walker = FileManager.default.enumerator(atPath: path)
      else { return [path] }
      return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
        .map { path + "/" + $0 }
    }.compactMap { FileManager.default.contents(atPath: $0).map { Array($0) } }
  }

  /// Generated pages, `megabytes` in all.
  static func syntheticPages(megabytes: Int) -> [[UInt8]] {
    var corpus = SyntheticCorpus(seed: 7)
    var pages: [[UInt8]] = []
    var total = 0
    while total < megabytes << 20 {
      let article = corpus.article(bytes: 6_000).split(separator: "\n").dropFirst(5)
      let page = wrap(article.map { "<p>\($0)</p>" }.joined(separator: "\n"), number: pages.count)
      pages.append(Array(page.utf8))
      total += page.utf8.count
    }
    return pages
  }

  private static func wrap(_ article: String, number: Int) -> String {
    let links = (1...40).map { "<li><a href=\"/section/\($0)\">Section \($0) &amp; more</a></li>" }.joined()
    let script = "<script>window.dataLayer = [{\"page\": \(number), \"html\": \"<p>not text</p>\"}];</script>"
    return """
      <!DOCTYPE html><html><head><title>Report \(number) - Bench Wire</title>
      <meta property="og:title" content="Report \(number)"><meta property="article:published_time" content="2021-11-09T10:00:00Z">
      \(script)<style>body { margin: 0 }</style></head><body>
      <nav class="site-nav"><ul>\(links)</ul></nav>
      <div class="layout"><article class="story-body"><h1>Report \(number)</h1>\(article)</article>
      <aside class="sidebar"><h2>Most read</h2><ul>\(links)</ul></aside></div>
      <footer class="footer"><p>&copy; Bench Wire. All rights reserved.</p>\(script)</footer></body></html>
      """
  }
}
