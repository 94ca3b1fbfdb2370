import DatelineCore

/// Inputs written to find super-linear time or memory: each repeats one awkward shape until it
/// reaches a size, so a benchmark can report time and memory per MB for each and the fuzzer can
/// start from small ones. The sentences are our own.
public enum HostileInput: String, CaseIterable, Sendable {
  /// A dated sentence followed by one clause of many separators: `a;a;a;…`.
  case separators
  /// An HTML page whose paragraphs are chains of escaped entities: `&amp;amp;amp;…`.
  case entityBomb = "entity-bomb"
  /// One event told again and again on a single line, with no line break at all.
  case singleLine = "single-line"
  /// The same date, and nothing else, over and over.
  case repeatedDate = "repeated-date"
  /// Very many short paragraphs, every other one dated.
  case manyParagraphs = "many-paragraphs"
  /// A dated list of meetings between very many different people.
  case manyNames = "many-names"
  /// A few companies and a regulator told of again and again as `the company` and `the regulator`.
  case definiteNouns = "definite-nouns"
  /// One sentence of very many clauses, each with a date, joined by `and`.
  case joinedClauses = "joined-clauses"
  /// One sentence of very many relative clauses in a row.
  case relativeClauses = "relative-clauses"
  /// A day of very many meetings told alike, each between two new people of two family names.
  case sharedFamilyNames = "shared-family-names"
  /// One sentence of very many clauses, each a pronoun meeting a new person: `he met Anna Kobari, and …`.
  case pronounClauses = "pronoun-clauses"
  /// One sentence listing very many names of no known kind, a person's last: `went to Kobari
  /// Senlu, Rivi Dantor, … and Tom Reed`.
  case nameList = "name-list"
  /// One sentence of very many reported plans for a weekday, each with an object pronoun: `His
  /// wife said she would meet him on Wednesday and would meet him on Wednesday and …`.
  case reportedWeekdays = "reported-weekdays"

  /// The file name extension the input is read by.
  public var fileExtension: String { self == .entityBomb ? "html" : "txt" }

  /// The input, about `bytes` long (never shorter, at most one unit longer).
  public func text(bytes: Int) -> String {
    var text = prefix
    var unit = 0
    var random = SplitMix64(seed: 11)
    while text.utf8.count < bytes {
      text += piece(unit, &random)
      unit += 1
    }
    return text + suffix
  }

  private var prefix: String {
    switch self {
    case .separators: "On Nov. 7, 2021 John Smith said "
    case .entityBomb: "<!DOCTYPE html><html><head><title>Harbor</title></head><body><article>\n"
    case .manyNames: "On Nov. 7, 2021 the council held its meetings.\n"
    case .joinedClauses, .relativeClauses: "On Nov. 7, 2021 "
    case .pronounClauses: "He arrived on Nov. 7, 2021, and "
    case .nameList: "On Nov. 7, 2021 the prize went to "
    case .reportedWeekdays: "A court freed him on Tuesday.\n\nHis wife said she "
    default: ""
    }
  }

  private var suffix: String {
    switch self {
    case .entityBomb: "</article></body></html>\n"
    case .joinedClauses, .relativeClauses: ".\n"
    case .pronounClauses: "he left.\n"
    case .nameList: "Vell Dorn and Tom Reed.\n"
    case .reportedWeekdays: "would rest.\n"
    default: ""
    }
  }

  private func piece(_ unit: Int, _ random: inout SplitMix64) -> String {
    switch self {
    case .separators: return "a;"
    case .entityBomb: return "<p>On Nov. 7, 2021 the &amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp; council met.</p>\n"
    case .singleLine: return "On Nov. 7, 2021 John Smith met Jane Doe in Paris. "
    case .repeatedDate: return "On Nov. 7, 2021. "
    case .manyParagraphs: return unit % 2 == 0 ? "On Nov. 7, 2021 X arrived.\n\n" : "Y left.\n\n"
    case .manyNames: return "\(Self.name(&random)) met \(Self.name(&random)).\n"
    case .definiteNouns:
      return "\(Self.companies[unit % Self.companies.count]) cut jobs on Monday. The company said the cuts were needed, "
        + "and the regulator said it would review them.\n"
    case .joinedClauses: return "the mayor ran in May and the council met in June and "
    case .relativeClauses: return "the men who ran the firm that makes cars "
    case .pronounClauses: return "he met \(Self.name(&random)), and "
    case .nameList: return "\(Self.word(&random)) \(Self.word(&random)), "
    case .reportedWeekdays: return "would meet him on Wednesday and "
    case .sharedFamilyNames:
      return "On Nov. 7, 2021 \(Self.word(&random)) Vell met \(Self.word(&random)) Dorn at the harbour.\n\n"
    }
  }

  private static let companies = [
    "Norbridge Motors", "Halvard Foods", "Corbel Bank", "Office for Rail", "Brenmoor Appliances", "Tessel Partners",
  ]
  private static let givenNames = [
    "Anna", "Boris", "Carla", "David", "Elena", "Frank", "Greta", "Hugo", "Irene", "Jonas", "Karin", "Lukas",
  ]
  private static let syllables = ["ba", "ko", "ri", "mel", "dan", "tor", "vi", "sen", "lu", "gar", "pe", "nor"]

  /// A given name and a family name made of three to five syllables: about 250,000 of them.
  private static func name(_ random: inout SplitMix64) -> String {
    let family = word(&random)
    return givenNames[Int(random.next() % UInt64(givenNames.count))] + " " + family
  }

  /// A capitalized word of three to five syllables.
  private static func word(_ random: inout SplitMix64) -> String {
    var word = ""
    for _ in 0..<(3 + Int(random.next() % 3)) { word += syllables[Int(random.next() % UInt64(syllables.count))] }
    return word.prefix(1).uppercased() + word.dropFirst()
  }
}
