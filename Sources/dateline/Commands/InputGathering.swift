import DatelineCore
import DatelineNetwork

/// The inputs of a command line in the order given: `http(s)` URLs fetched now, everything else
/// found by the loader (the bundled sample when nothing is given). Pages that cannot be fetched
/// are warned about, or thrown when nothing else is left.
enum InputGathering {
  /// The inputs of `arguments`; `find` turns paths into inputs.
  static func inputs(
    _ arguments: [String], fetcher: URLFetcher = URLFetcher(),
    find: ([String]) -> (inputs: [ArticleInput], failures: [CoreError])
  ) throws -> PipelineInputs {
    guard arguments.contains(where: URLFetcher.isURL) else {
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
          inputs.append(ArticleInput(.fetched(name: page.requested, bytes: page.body), size: page.body.count))
        } catch {
          fetchFailures.append(error)
        }
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
}
