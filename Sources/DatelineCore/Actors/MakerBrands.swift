/// The short names of the document's companies, which open the names of what they make: with
/// `Velora Motors` and `Velora` alone in the text, `Velora Astra` and `Velora Corsa Sport` are
/// models. A company's name is two words or more closed by a company's word or an organization's
/// kind noun, opening on a word the tagger knows as no common one, which the text also writes
/// alone. A name that opens on that word and closes on no kind noun is then a product; one that
/// goes on as the company's own name does is the company (`Velora Motors Europe`), and one closed
/// by a kind noun is a body of its own (`Velora Foundation`).
struct MakerBrands {
  let tagged: TaggedText
  /// The hashes of the short names of the companies.
  private let brands: Set<UInt32>
  /// The hashes of the first two words of the companies' names.
  private let makerOpenings: Set<UInt64>

  /// The brands of `tagged`, whose names are `candidates`.
  init(tagged: TaggedText, candidates: [NameCandidate]) {
    self.tagged = tagged
    var alone = Set<UInt32>()
    for candidate in candidates where candidate.tokens.count == 1 {
      alone.insert(tagged.tokens[candidate.tokens.lowerBound].hash)
    }
    var brands = Set<UInt32>()
    var makerOpenings = Set<UInt64>()
    for candidate in candidates where candidate.tokens.count >= 2 {
      let first = candidate.tokens.lowerBound
      let hash = tagged.tokens[first].hash
      guard alone.contains(hash), Self.isBrandWord(first, tagged), Self.isCompanyWord(candidate.tokens.upperBound - 1, tagged) else {
        continue
      }
      brands.insert(hash)
      makerOpenings.insert(Self.opening(first, tagged))
    }
    self.brands = brands
    self.makerOpenings = makerOpenings
  }

  /// Whether `range` names a product of a company of the document: its brand before capitalized
  /// words that are not the company's own, open on a coined word, no common one (`Velora Astra`,
  /// not `Pacific Community`), and close on no kind noun, no company's word and no place.
  func isModel(_ range: Range<Int>) -> Bool {
    let first = range.lowerBound
    let last = range.upperBound - 1
    guard !brands.isEmpty, range.count >= 2, brands.contains(tagged.tokens[first].hash),
      !makerOpenings.contains(Self.opening(first, tagged)), tagged.isCapitalizedWord(first + 1),
      [nil, .propn].contains(tagged.usualTag(first + 1)),
      !tagged.has(first + 1, .givenName), !tagged.has(last, [.kindNoun, .companyHead]),
      tagged.place((first + 1)..<range.upperBound) == nil
    else { return false }
    return true
  }

  /// A capitalized word, not in capitals, that the tagger knows as a name or not at all and that no
  /// lexicon holds as a given name, a place or a nationality.
  private static func isBrandWord(_ index: Int, _ tagged: TaggedText) -> Bool {
    tagged.isCapitalizedWord(index) && !tagged.tokens[index].flags.contains(.allUpper)
      && [nil, .propn].contains(tagged.usualTag(index))
      && !tagged.has(index, [.givenName, .demonymStart, .kindNoun, .titleStart])
      && tagged.place(index..<(index + 1)) == nil
  }

  /// A company's word or an organization's kind noun, capitalized: `Motors`, `Electronics`, `Group`.
  private static func isCompanyWord(_ index: Int, _ tagged: TaggedText) -> Bool {
    tagged.isCapitalizedWord(index)
      && (tagged.has(index, .companyHead) || tagged.has(index, .kindNoun) && tagged.infos[index].actorKind == .organization)
  }

  /// The hashes of the word at `index` and the one after it.
  private static func opening(_ index: Int, _ tagged: TaggedText) -> UInt64 {
    UInt64(tagged.tokens[index].hash) << 32 | UInt64(tagged.tokens[index + 1].hash)
  }
}
