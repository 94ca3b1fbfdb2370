import DatelineCore

/// Generates news-like articles from sentence templates, for the extraction and memory benchmarks:
/// front matter with a publication date, then paragraphs with the density of dates (absolute,
/// year-less, relative), names (people with roles, organizations, places) and attributed quotes
/// of wire copy — about one date and two names per sentence, a quote every third paragraph.
struct SyntheticCorpus {
  private var random: SplitMix64
  private static let given = ["Amal", "Boris", "Chen", "Dina", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karim", "Lena"]
  private static let surnames = ["Haddad", "Novak", "Moreau", "Kaya", "Rahimi", "Berg", "Costa", "Silva", "Weber", "Al-Amin"]
  private static let organizations = ["the Harbor Council", "the Ministry of Transport", "Northline Rail", "the Dock Workers Union", "the Central Bank", "Reform Party"]
  private static let places = ["Port Elwin", "Baghdad", "Lisbon", "Ankara", "Tromsø", "Marseille"]
  private static let roles = ["spokeswoman", "chairman", "minister", "mayor", "analyst", "director"]
  private static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
  private static let short = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
  private static let verbs = ["announced new measures", "criticized the plan", "signed the agreement", "met union leaders", "called for calm", "resigned"]
  private static let relatives = ["Two days later", "Last week", "Earlier this year", "On Monday", "The next morning", "Three months ago"]
  private static let quotes = ["We will not accept this", "The decision was taken too quickly", "Nobody expected the talks to fail", "This is only the beginning"]

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
  private mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }

  /// One article of roughly `bytes` bytes.
  mutating func article(bytes: Int) -> String {
    let year = number(2005...2023)
    var text = "---\ntitle: Synthetic report \(number(1...99_999))\nsource: Bench Wire\npublished: \(year)-\(pad(number(1...12)))-\(pad(number(1...28)))\n---\n"
    while text.utf8.count < bytes {
      var paragraph: [String] = []
      for _ in 0..<number(2...4) { paragraph.append(sentence(year: year)) }
      if random.next() % 3 == 0 {
        let person = pick(Self.given) + " " + pick(Self.surnames)
        paragraph.append("“\(pick(Self.quotes)),” said \(person), \(pick(Self.organizations))’s \(pick(Self.roles)).")
      }
      text += paragraph.joined(separator: " ") + "\n"
    }
    return text
  }

  private mutating func sentence(year: Int) -> String {
    let person = pick(Self.given) + " " + pick(Self.surnames)
    switch random.next() % 6 {
    case 0: return "On \(pick(Self.short)) \(number(1...28)), \(person), the \(pick(Self.roles)) of \(pick(Self.organizations)), \(pick(Self.verbs))."
    case 1: return "In \(pick(Self.months)) \(year - number(0...5)), protesters gathered in \(pick(Self.places)) against \(pick(Self.organizations))."
    case 2: return "\(pick(Self.relatives)), \(person) \(pick(Self.verbs)) in \(pick(Self.places))."
    case 3: return "\(pick(Self.organizations).capitalizedFirst) said on \(pick(Self.months)) \(number(1...28)), \(year) that talks would resume within \(number(2...9)) weeks."
    case 4: return "The dispute has lasted since \(year - number(1...10)), according to \(person)."
    default: return "Analysts in \(pick(Self.places)) said the move was expected."
    }
  }

  private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
