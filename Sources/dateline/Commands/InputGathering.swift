import DatelineCore
import DatelineNetwork

/// The inputs of a command line in the order given: `http(s)` URLs fetched now, feeds (RSS or
/// Atom, from a URL or a `.rss`, `.atom` or `.xml` file) opened into their items, everything else
/// found by the loader (the bundled sample when nothing is given). What cannot be fetched is
/// warned about, or thrown when nothing else is left.
enum InputGathering {
  /// The most items read from one feed.
  static let itemLimit = 100

  /// The inputs of `arguments`; `loader` reads feed files, `find` turns paths into inputs.
  static func inputs(
    _ arguments: [String], fetcher: URLFetcher = URLFetcher(), loader: DocumentLoader,
    find: ([String]) -> (inputs: [ArticleInput], failures: [CoreError])
  ) throws -> PipelineInputs {
    guard arguments.contains(where: { URLFetcher.isURL($0) || isFeedFile($0) }) else {
      let found = find(arguments)
      return PipelineInputs(found.inputs, failures: found.failures)
    }
    var inputs: [ArticleInput] = []
    var failures: [CoreError] = []
    var fetchFailures: [FetchError] = []
    for argument in arguments {
      if URLFetcher.isURL(argument) {
        do {
          let page = try fetcher.fetch(argument)
          if FeedReader.looksLikeFeed(page.body) {
            inputs += feedInputs(page.body, name: argument, fetcher: fetcher)
          } else {
            inputs.append(ArticleInput(.fetched(name: page.requested, bytes: page.body), size: page.body.count))
          }
        } catch {
          fetchFailures.append(error)
        }
      } else if isFeedFile(argument), let bytes = try? loader.bytes(ofFile: argument), FeedReader.looksLikeFeed(bytes) {
        inputs += feedInputs(bytes, name: argument, fetcher: nil)
      } else {
        let found = find([argument])
        inputs += found.inputs
        failures += found.failures
      }
    }
    if inputs.isEmpty, let first = fetchFailures.first { throw first }
    for failure in fetchFailures { ErrorReporter.warn(failure) }
    return PipelineInputs(inputs, failures: failures)
  }

  /// The items of a feed as inputs: the linked page when `fetcher` is given and the page can be
  /// fetched, else the item's own content under its title and date.
  private static func feedInputs(_ bytes: [UInt8], name: String, fetcher: URLFetcher?) -> [ArticleInput] {
    let feed = FeedReader.read(bytes)
    return feed.items.prefix(itemLimit).enumerated().map { index, item in
      if let fetcher, let link = item.link, URLFetcher.isURL(link), let page = try? fetcher.fetch(link),
        !FeedReader.looksLikeFeed(page.body)
      {
        return ArticleInput(.fetched(name: link, bytes: page.body), size: page.body.count)
      }
      let article = item.article(outlet: feed.title)
      return ArticleInput(.fetched(name: item.link ?? "\(name)#\(index + 1)", bytes: article), size: article.count)
    }
  }

  /// Whether a path names a file that may hold a feed.
  private static func isFeedFile(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".rss") || lower.hasSuffix(".atom") || lower.hasSuffix(".xml")
  }
}
