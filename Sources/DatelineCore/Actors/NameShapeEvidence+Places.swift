/// The cues of a place in a name's shape: a word of direction or size with a place
/// (`Kisumu East`), a street's or a road's word (`Harrowgate Road`, `Highway 89`), a river's or a
/// mountain's (`River Severn`, `Mount Kenya`), and the place a member of a legislature serves
/// (`MP for Witney`).
extension NameShapeEvidence {
  /// A country, region or city the gazetteer holds with a word of direction or size before or
  /// after it, which names a part of it: `Kisumu East`, `Northern Lagos`; not a name the gazetteer
  /// holds whole, nor a town's (whose names are often common words: `Bank`, `Bay`).
  func isPartOfPlace(_ range: Range<Int>) -> Bool {
    guard range.count >= 2 else { return false }
    let first = range.lowerBound
    let last = range.upperBound - 1
    let rest: Range<Int>
    if Self.isAreaWord(first, tagged), tagged.isCapitalizedWord(first) {
      rest = (first + 1)..<range.upperBound
    } else if Self.isAreaWord(last, tagged), tagged.isCapitalizedWord(last) {
      rest = first..<last
    } else {
      return false
    }
    guard let place = tagged.place(rest), place != .town else { return false }
    return tagged.place(range) == nil
  }

  /// A name the gazetteer does not hold that opens with a saint's title, joined by a hyphen or
  /// followed by a capitalized word: `Saint-Lunaire`, `St Brelade`, `Santa Clara`; towns are
  /// named after saints far more often than people are called so.
  func isSaintsPlace(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    guard range.count >= 2, tagged.isCapitalizedWord(first), Self.saintWords.contains(first, in: tagged) else {
      return false
    }
    let next = tagged.has(first + 1, [.hyphen, .period]) ? first + 2 : first + 1
    return range.contains(next) && tagged.isCapitalizedWord(next) && !tagged.has(next, .givenName)
      && tagged.place(range) == nil
  }

  /// Whether token `index` is a saint's title written with a capital: `St`, `Saint`, `Santa`.
  static func isSaintWord(_ index: Int, _ tagged: TaggedText) -> Bool {
    tagged.isCapitalizedWord(index) && saintWords.contains(index, in: tagged)
  }

  /// Words for a saint that open the names of towns.
  private static let saintWords = WordList(["saint", "st", "ste", "sainte", "san", "santa", "santo", "sant"])

  /// `Road`, `Avenue`, `Boulevard`, `Quay`, `Park` closing a name: a street or a park, a venue
  /// (`Harrowgate Road`, `Kessel Park`).
  func isThoroughfareWord(_ index: Int) -> Bool {
    guard tagged.isCapitalizedWord(index) else { return false }
    return Self.thoroughfareWords.contains(index, in: tagged)
  }

  /// `River`, `Lake`, `Mount`, `Cape` opening a name: `River Severn`, `Mount Kenya`, `Cape Wrath`.
  func isWaterOrMountainWord(_ index: Int) -> Bool {
    guard tagged.isCapitalizedWord(index) else { return false }
    return Self.waterOrMountainWords.contains(index, in: tagged)
  }

  /// The place a member of a legislature or a minister serves, after `for`: `MP for Witney`, `the
  /// MP for Islington North`, `Minister for Europe`; or that an office of state governs, after
  /// `of`: `the health minister of Estmark`; not a field of common words (`Minister for Trade`,
  /// `Minister of Health`), nor whom a spokesperson or a lawyer speaks for.
  func isConstituency(_ range: Range<Int>) -> Bool {
    let start = range.lowerBound
    guard start >= 2,
      tagged.isWord(start - 1, "for") && Self.memberWords.contains(start - 2, in: tagged)
        || tagged.isWord(start - 1, "of") && Self.stateOfficeWords.contains(start - 2, in: tagged)
    else {
      return false
    }
    return range.allSatisfy { index in
      tagged.tokens[index].kind != .word || [nil, .propn].contains(tagged.usualTag(index)) || Self.isAreaWord(index, tagged)
    }
  }

  /// Offices of a state or a town, whose `of` names the place they govern or speak for: `the
  /// health minister of Estmark`, `Mayor of Lisvik`; not a president or a member, who may be of
  /// a company or a parliament.
  private static let stateOfficeWords = WordList([
    "minister", "ministers", "mayor", "governor", "premier", "ambassador", "king", "queen", "emir", "sultan",
  ])

  /// Words closing the name of a street.
  private static let thoroughfareWords = WordList(["road", "avenue", "boulevard", "quay", "park"])

  /// Words before the number of a road.
  private static let roadWords = WordList(["highway", "interstate", "route", "motorway", "freeway", "expressway"])

  /// Whether token `index` is a capitalized word for a road that a number names: `Highway` in
  /// `U.S. Highway 89`, `Interstate` in `Interstate 40`.
  static func isRoadWord(_ index: Int, _ tagged: TaggedText) -> Bool {
    index >= 0 && index + 1 < tagged.tokens.count && tagged.tokens[index + 1].kind == .number
      && !tagged.isGlued(index + 1) && tagged.isCapitalizedWord(index) && roadWords.contains(index, in: tagged)
  }

  /// A road written as one capital letter and its number (`M62`, `A66`, `I-95`) in a sentence
  /// about traffic (`drivers`, `junction`, `lanes`): a place, where the same shape elsewhere is a
  /// model (`A380`).
  func isRoadCode(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    let last = range.upperBound - 1
    guard range.count == 2 || range.count == 3 && tagged.has(first + 1, .hyphen), tagged.tokens[first].length == 1,
      tagged.isCapitalizedWord(first), tagged.tokens[last].kind == .number, tagged.tokens[last].length <= 4
    else { return false }
    let sentence = tagged.sentences[Int(tagged.sentenceOf[first])].tokens
    return sentence.contains { tagged.isLowercaseWord($0) && Self.trafficWords.contains($0, in: tagged) }
  }

  /// Words of a sentence about road traffic.
  private static let trafficWords = WordList([
    "drivers", "motorists", "traffic", "junction", "junctions", "lane", "lanes", "carriageway", "motorway",
    "motorways", "road", "roads", "northbound", "southbound", "eastbound", "westbound", "lorries", "gritters",
  ])

  /// Words opening the name of a river, lake, mountain or headland.
  private static let waterOrMountainWords = WordList(["river", "lake", "loch", "mount", "cape"])

  /// Whether `word`, lower-cased, opens the name of a river, lake, mountain or headland.
  static func isWaterOrMountainWord(_ word: Substring) -> Bool {
    waterOrMountainWords.contains(word)
  }

  /// Members of a legislature and ministers, who serve a place.
  private static let memberWords = WordList([
    "mp", "mep", "msp", "mla", "member", "senator", "councillor", "congressman", "congresswoman", "minister",
  ])

  /// Words of direction, size or setting that name a part of a place.
  private static let areaWords = WordList([
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
    "upper", "lower", "inner", "outer", "mid", "new", "old", "great", "little", "mainland", "downtown", "rural",
    "coastal", "metropolitan", "continental",
  ])

  /// Words of direction, size or setting before a place that name a part of it: `Northern`,
  /// `Greater`, `Central`, `Mainland`.
  static func isAreaWord(_ index: Int, _ tagged: TaggedText) -> Bool {
    return Self.areaWords.contains(index, in: tagged)
  }
}
