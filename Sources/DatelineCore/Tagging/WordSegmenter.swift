/// Turns Dateline `Token`s into words as UD English EWT splits them: numbers with separators
/// (`13,000`, `3.5`), letters and digits written together (`1990s`, `G8`), abbreviations
/// (`U.S.`, `Nov.`) and prefix hyphens (`co-workers`) make one word; contractions split before
/// the clitic (`do|n't`, `Smith|'s`, `they|'re`); other hyphens stay words of their own
/// (`Iran|-|backed`).
public enum WordSegmenter {
  /// The byte ranges of the words of `text`, whose tokens are `tokens`.
  public static func words(in text: [UInt8], tokens: [Token]) -> (starts: [Int32], ends: [Int32]) {
    var starts: [Int32] = []
    var ends: [Int32] = []
    starts.reserveCapacity(tokens.count)
    ends.reserveCapacity(tokens.count)
    var index = 0
    tokens: while index < tokens.count {
      let token = tokens[index]
      var end = token.end
      var next = index + 1
      if token.kind == .punctuation {
        while next < tokens.count, isAttached(tokens, next), tokens[next].hash == token.hash,
          Self.repeatable.contains(token.hash)
        {
          end = tokens[next].end
          next += 1
        }
      } else {
        var words = 1
        scan: while next < tokens.count, isAttached(tokens, next) {
          let following = tokens[next]
          switch following.kind {
          case .word, .number:
            end = following.end
            next += 1
            words += 1
          case .punctuation:
            let last = tokens[next - 1]
            if last.kind == .number, Self.numberSeparators.contains(following.hash), isAttached(tokens, next + 1),
              tokens[next + 1].kind == .number
            {
              end = tokens[next + 1].end
              next += 2
            } else if following.hash == Self.period, words == 1, last.kind == .word,
              Self.abbreviations.contains(last.hash) || (last.length == 1 && last.isCapitalized)
            {
              end = following.end
              next += 1
              while isAttached(tokens, next + 1), tokens[next].kind == .word, tokens[next].length <= 2,
                tokens[next + 1].hash == Self.period
              {
                end = tokens[next + 1].end
                next += 2
              }
              break scan
            } else if following.hash == Self.hyphen, words == 1, last.kind == .word,
              Self.hyphenPrefixes.contains(last.hash), isAttached(tokens, next + 1), tokens[next + 1].kind == .word
            {
              end = tokens[next + 1].end
              next += 2
            } else if Self.apostrophes.contains(following.hash), isAttached(tokens, next + 1),
              tokens[next + 1].kind == .word
            {
              let clitic = tokens[next + 1]
              if clitic.hash == Self.negation, last.kind == .word, last.length > 1,
                text[Int(last.end) - 1] | 0x20 == UInt8(ascii: "n")
              {
                starts.append(token.start)
                ends.append(end - 1)
                starts.append(end - 1)
                ends.append(clitic.end)
                index = next + 2
                continue tokens
              }
              if Self.clitics.contains(clitic.hash) {
                starts.append(token.start)
                ends.append(end)
                starts.append(following.start)
                ends.append(clitic.end)
                index = next + 2
                continue tokens
              }
              end = clitic.end
              next += 2
            } else {
              break scan
            }
          }
        }
      }
      starts.append(token.start)
      ends.append(end)
      index = next
    }
    return (starts, ends)
  }

  @inline(__always)
  private static func isAttached(_ tokens: [Token], _ index: Int) -> Bool {
    index < tokens.count && !tokens[index].isSpaced
  }

  private static func hash(_ word: String) -> UInt32 {
    word.utf8.reduce(FNV.offset) { FNV.step($0, $1) }
  }

  private static let period = hash(".")
  private static let hyphen = hash("-")
  private static let negation = hash("t")
  private static let numberSeparators: Set<UInt32> = [hash(","), hash("."), hash(":")]
  private static let repeatable: Set<UInt32> = [hash("."), hash("-"), hash("!"), hash("?")]
  private static let apostrophes: Set<UInt32> = [hash("'"), hash("’")]
  private static let clitics: Set<UInt32> = Set(["s", "re", "ve", "ll", "d", "m"].map(hash))
  private static let hyphenPrefixes: Set<UInt32> = Set(
    ["e", "co", "pre", "post", "non", "re", "semi", "pro", "multi", "anti", "mid", "sub", "inter"].map(hash))
  private static let abbreviations: Set<UInt32> = Set(BundledResources.lexicon("abbreviations").map { hash($0.key) })
}
