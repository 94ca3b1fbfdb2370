/// The nationalities a document makes of names it also uses, which no lexicon holds: `Norvanian`
/// of `Norvania` (`the Norvanian government … in Norvania`), `Belmarkian` of `Belmark`, `Ostrian`
/// of `Ostria`. Such a word, written before a common noun, is a nationality as `Norwegian` is (no
/// actor of its own), and the name it is made of is a place. A word made of a person's name
/// (`Orwellian` of `George Orwell`) or of a given name is neither.
struct DocumentDemonyms {
  private let demonyms: Set<UInt32>
  private let places: Set<UInt32>

  /// The nationalities of `tagged` and the places they are made of.
  init(tagged: TaggedText) {
    // The hash of each stem a nationality may be made of → the hashes of the words made of it.
    var madeOf: [UInt32: [UInt32]] = [:]
    for index in tagged.tokens.indices where Self.isUnlistedAdjective(index, tagged) {
      for stem in Self.stems(of: index, tagged) { madeOf[stem, default: []].append(tagged.tokens[index].hash) }
    }
    var demonyms = Set<UInt32>()
    var places = Set<UInt32>()
    if !madeOf.isEmpty {
      var personal = Set<UInt32>()
      for index in tagged.tokens.indices where tagged.isCapitalizedWord(index) {
        let hash = tagged.tokens[index].hash
        guard madeOf[hash] != nil else { continue }
        if tagged.has(index, .givenName) || tagged.has(index - 1, .givenName) && tagged.isCapitalizedWord(index - 1) {
          personal.insert(hash)
        } else {
          places.insert(hash)
        }
      }
      places.subtract(personal)
      for place in places { demonyms.formUnion(madeOf[place] ?? []) }
    }
    self.demonyms = demonyms
    self.places = places
  }

  /// Whether the word at `index` is a nationality the document makes of one of its places.
  func isDemonym(_ index: Int, in tagged: TaggedText) -> Bool {
    !demonyms.isEmpty && tagged.tokens[index].kind == .word && demonyms.contains(tagged.tokens[index].hash)
  }

  /// Whether `range` is one word that the document makes a nationality of: a place.
  func isPlace(_ range: Range<Int>, in tagged: TaggedText) -> Bool {
    !places.isEmpty && range.count == 1 && tagged.isCapitalizedWord(range.lowerBound)
      && places.contains(tagged.tokens[range.lowerBound].hash)
  }

  /// Whether the word at `index` is capitalized, unknown to the lexicons as a nationality, a name
  /// or a title, ends as nationalities do, and stands before a common noun or adjective in lower
  /// case, or a trade: `Norvanian` in `the Norvanian government`, `the Belmarkian farming union`.
  private static func isUnlistedAdjective(_ index: Int, _ tagged: TaggedText) -> Bool {
    let token = tagged.tokens[index]
    guard token.kind == .word, token.isCapitalized, !token.flags.contains(.allUpper), token.length >= 5,
      endings.contains(where: { tagged.endsWith(index, $0) }),
      !tagged.has(index, [.demonymStart, .givenName, .knownStart, .titleStart, .calendar, .honorific]),
      tagged.isLowercaseWord(index + 1), [.noun, .adj].contains(tagged.upos(index + 1)) || isTrade(index + 1, tagged),
      tagged.sentenceOf[index] == tagged.sentenceOf[index + 1]
    else { return false }
    return tagged.place(index..<(index + 1)) == nil
  }

  /// A word in `-ing` before a noun, a trade: `farming` in `the Belmarkian farming union`.
  private static func isTrade(_ index: Int, _ tagged: TaggedText) -> Bool {
    tagged.endsWith(index, "ing") && tagged.isLowercaseWord(index + 1) && tagged.upos(index + 1) == .noun
  }

  private static let endings: [StaticString] = ["an", "ese", "i"]

  /// The hashes of the names the word at `index` may be made of: `Norvania` (`-n`), `Chile`
  /// (`-an`), `Belmark` (`-ian`), `Italy` (`-ian` for `-y`), `Mexico` (`-an` for `-o`), `Vietnam`
  /// and `China` (`-ese`), `Iraq` (`-i`); stems of four letters or more.
  private static func stems(of index: Int, _ tagged: TaggedText) -> [UInt32] {
    let token = tagged.tokens[index]
    let word = tagged.analysis.text[Int(token.start)..<Int(token.end)].map { $0.asciiLowercased }
    var stems: [[UInt8]] = []
    func add(_ drop: Int, _ ending: String = "") {
      guard word.count - drop + ending.utf8.count >= 4 else { return }
      stems.append(Array(word.dropLast(drop)) + Array(ending.utf8))
    }
    if tagged.endsWith(index, "ese") {
      add(3)
      add(3, "a")
    } else if tagged.endsWith(index, "an") {
      add(1)
      add(2)
      add(2, "o")
      if tagged.endsWith(index, "ian") {
        add(3)
        add(3, "y")
      }
    } else {
      add(1)
    }
    return stems.map { $0.reduce(FNV.offset, FNV.step) }
  }
}
