extension Filter {
  /// Why a filter query could not be read.
  public struct ParseError: Error, Hashable, Sendable {
    /// A sentence for people.
    public var message: String
  }

  /// Reads a filter query: `actor:NAME` (any actor whose name or alias contains NAME), `kind:KIND`,
  /// `source:TEXT` (articles whose title, outlet or file name contains TEXT), `from:DATE`,
  /// `to:DATE` (TIMEX3 dates such as `2020`, `2021-10`), and plain words. Quoted values keep their
  /// spaces: `actor:"Kyle Orton"`.
  public static func parse(_ query: String, actors: [Actor], documents: [Document] = []) throws(ParseError) -> Filter {
    var filter = Filter()
    for term in terms(query) {
      guard let colon = term.firstIndex(of: ":") else {
        filter.words.append(term.lowercased())
        continue
      }
      let field = term[..<colon].lowercased()
      let value = String(term[term.index(after: colon)...])
      switch field {
      case "actor":
        let needle = value.lowercased()
        let matching = actors.filter { actor in
          ([actor.name] + actor.aliases).contains { $0.lowercased().contains(needle) }
        }
        guard !needle.isEmpty, !matching.isEmpty else { throw ParseError(message: "no actor matches “\(value)”") }
        filter.actors.formUnion(matching.map(\.id))
      case "source":
        let needle = value.lowercased()
        let matching = documents.filter { document in
          [document.metadata.title, document.metadata.source, document.name].contains { $0?.lowercased().contains(needle) == true }
        }
        guard !needle.isEmpty, !matching.isEmpty else { throw ParseError(message: "no article matches “\(value)”") }
        filter.sources.formUnion(matching.map(\.id))
      case "kind":
        guard let kind = Event.Kind(rawValue: value.lowercased()) else {
          let known = Event.Kind.allCases.map(\.rawValue).joined(separator: ", ")
          throw ParseError(message: "unknown kind “\(value)” (known: \(known))")
        }
        filter.kinds.insert(kind)
      case "from", "to":
        guard let point = TimeValue(timex: value)?.point, point.year != nil else {
          throw ParseError(message: "cannot read the date “\(value)” (e.g. 2020 or 2021-10-10)")
        }
        if field == "from" { filter.from = point } else { filter.to = point }
      default:
        filter.words.append(term.lowercased())
      }
    }
    return filter
  }

  private static func terms(_ query: String) -> [String] {
    var terms: [String] = []
    var current = ""
    var quoted = false
    for character in query {
      if character == "\"" {
        quoted.toggle()
      } else if character == " " && !quoted {
        if !current.isEmpty { terms.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { terms.append(current) }
    return terms
  }
}
