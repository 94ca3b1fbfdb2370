import DatelineCore
import DatelineNetwork

/// The inputs of a command line in the order given: `http(s)` URLs fetched now (a feed's items
/// as their linked pages, fetched too, else as the items themselves), everything else found by
/// the loader (the bundled sample when nothing is given), whose readers open feed files into
/// their items. What cannot be fetched is warned about, or thrown when nothing else is left.
enum InputGathering {
  /// The inputs of `arguments`; `find` turns paths into inputs.
  static func inputs(
    _ arguments: [String], fetcher: URLFetcher = URLFetcher(), find: ([String]) -> (inputs: [ArticleInput], failures: [CoreError])
  ) throws -> PipelineInputs {
    guard arguments.contains(where: URLFetcher.isURL) else {
      let found = find(arguments)
      return PipelineInputs(found.inputs, failures: found.failures)
    }
    var inputs: [ArticleInput] = []
    var failures: [CoreError] = []
    var fetchFailures: [FetchError] = []
    for argument in arguments {
      guard URLFetcher.isURL(argument) else {
        let found = find([argument])
        inputs += found.inputs
        failures += found.failures
        continue
      }
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
    }
    if inputs.isEmpty, let first = fetchFailures.first { throw first }
    for failure in fetchFailures { ErrorReporter.warn(failure) }
    return PipelineInputs(inputs, failures: failures)
  }

  /// The items of a fetched feed as inputs: the linked page when it can be fetched, else the
  /// item itself (its content under its title and date).
  private static func feedInputs(_ bytes: [UInt8], name: String, fetcher: URLFetcher) -> [ArticleInput] {
    let feed = FeedReader.read(bytes)
    return feed.items.prefix(FeedReader.itemLimit).enumerated().map { index, item in
      if let link = item.link, URLFetcher.isURL(link), let page = try? fetcher.fetch(link), !FeedReader.looksLikeFeed(page.body) {
        return ArticleInput(.fetched(name: link, bytes: page.body), size: page.body.count)
      }
      let itemName = item.name(inFeed: name, number: index + 1)
      return ArticleInput(.feedItem(name: itemName, item: item, outlet: feed.title), size: item.text.count)
    }
  }
}
