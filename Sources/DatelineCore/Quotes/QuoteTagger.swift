/// Finds the quotations of one document and their speakers: direct quotes with an attribution,
/// pronoun speakers resolved, quotes that continue the last speaker (a later quote in the same
/// paragraph, or a paragraph that opens with a quotation mark), and reported speech.
struct QuoteTagger {
  let tagged: TaggedText
  let actors: DocumentActors
  let scan: QuoteScan
  /// Who the pronouns of the document stand for, over the same actors and quotation marks.
  let pronouns: PronounResolver

  /// Quotations of at most this many words that are not whole sentences need an attribution right
  /// after them; without one they are scare quotes (`the “fraudulent” election results`).
  private static let scareQuoteWords = 3
  /// How many paragraphs back a continuing quotation may find its speaker.
  private static let continuationReach = 2

  /// The quotes of the document, in text order.
  func tag() -> DocumentQuotes {
    let phrase = SpeakerPhrase(tagged: tagged, actors: actors, quotes: scan)
    let finder = AttributionFinder(tagged: tagged, actors: actors, quotes: scan, phrase: phrase)
    let lead = LeadSpeaker(tagged: tagged, actors: actors, quotes: scan, phrase: phrase)
    let roles = RoleSpeakers(tagged: tagged, actors: actors, pronouns: pronouns)
    var quotes: [Quote] = []
    var tokens: [Range<Int>] = []
    var findings: [Finding] = []
    var last: (speaker: Int?, paragraph: Int, sentence: Int)?
    let statements = IndirectSpeechFinder(
      tagged: tagged, actors: actors, quotes: scan, pronouns: pronouns, phrase: phrase, roles: roles
    ).statements()
    for (position, region) in scan.regions.enumerated() {
      let short = region.wordCount <= Self.scareQuoteWords && !endsSentence(region)
      var attribution = finder.attribution(of: region, tight: short)
      // A few lowercase words in a reported clause are its speaker's own words (`said the sentence
      // was “not nearly enough”.`, `said the offer “badly undervalued” the firm`, `called it “a
      // warning shot” for …`); a title there opens with a capital (`“Vertigo”`), and words right
      // before a noun describe it (`ran “harm reduction” programs`).
      // Inside its sentence such a phrase needs a verb that only ever reports words (`said`,
      // `called`; not `continues`, `responded`), and a speaker who is found.
      let reported = short && attribution == nil && tagged.isLowercaseWord(region.open + 1) && !describes(position)
      if reported, let found = finder.attribution(of: region, tight: false),
        closesSentence(region) || reportsWords(found.cue)
      {
        attribution = found
      }
      // A later phrase of the same sentence goes on with its speaker: `said the door “remains open”
      // but that the strike was “disproportionate”`.
      let carried =
        reported && attribution == nil && last?.speaker != nil && last?.sentence == Int(tagged.sentenceOf[region.open])
      // A few words in the run of a sentence whose speaker names no one are no quotation (`wrote a
      // comic about “The Oatmeal”`), unless they open it: `“So cold,” one woman said`.
      if short && !carried && (attribution == nil || namesNoOne(attribution) && !opensSentence(region)) {
        continue
      }
      if attribution == nil, !short { attribution = lead.attribution(of: region) }
      let span = tagged.span(region.content)
      let paragraph = tagged.span(tagged.byteRange(region.close..<(region.close + 1))).paragraph
      var speaker: Int?
      if let attribution {
        switch attribution.speaker {
        case .mention(let index): speaker = actors.mentions[index].actor
        case .pronoun(let token):
          speaker = tagged.isWord(token, "they") ? pronouns.group(before: token) : pronouns.person(before: token)
          if speaker == nil, let unnamed = pronouns.unnamedPerson(before: token) {
            speaker = roles.actor(for: unnamed.tokens, head: unnamed.head)
          }
          if speaker == nil, let previous = last?.speaker, fits(previous, pronoun: token, roles: roles.actors) {
            speaker = previous
          }
          let lastDirect = tokens.last.map { ($0, quotes[quotes.count - 1].speaker) }
          speaker = roleSpeaker(of: token, lastDirect: lastDirect, reported: statements, roles: roles.actors) ?? speaker
        case .role(let tokens, let head): speaker = roles.actor(for: tokens, head: head)
        case .unnamed: break
        }
      } else if let last, continues(region, span.paragraph, after: last.paragraph) {
        speaker = last.speaker
      }
      if reported, speaker == nil { continue }
      if speaker == nil {
        findings.append(
          Finding(
            .unattributedQuote, span: span,
            message:
              "\(tagged.document.name): a quotation in paragraph \(span.paragraph + 1) has no identifiable speaker"))
      }
      let cue = attribution.map { tagged.span(tokens: trimmed($0.cue)) }
      quotes.append(Quote(id: quotes.count, span: span, speaker: speaker, cue: cue))
      tokens.append(region.inner)
      last = (speaker, paragraph, Int(tagged.sentenceOf[region.close]))
    }
    // A reported clause that holds a quoted fragment taken as a direct quote is told by that quote.
    let direct = tokens
    for quote in statements {
      let next = direct.partitioningIndex { $0.upperBound > quote.tokens.lowerBound }
      if next < direct.count, direct[next].overlaps(quote.tokens) { continue }
      quotes.append(
        Quote(
          id: quotes.count, span: tagged.span(tagged.byteRange(quote.tokens)), speaker: quote.speaker,
          cue: tagged.span(tokens: quote.cue), isIndirect: true))
      tokens.append(quote.tokens)
    }
    let order = quotes.indices.sorted { quotes[$0].span < quotes[$1].span }
    let sorted = order.enumerated().map { position, index in
      var quote = quotes[index]
      quote.id = position
      return quote
    }
    return DocumentQuotes(quotes: sorted, tokens: order.map { tokens[$0] }, findings: findings,
      roleSpeakers: roles.actors, roleMentions: roles.mentions)
  }

  /// The speaker named by a role alone whom `he` or `she` at `pronoun` stands for: the last
  /// speaker before it (of the last direct quotation or a reported statement), at most two
  /// sentences back, when a role of the pronoun's sex, or of none, names them and no name stands
  /// between (`A nurse said staff were exhausted.` ¶ `She added: “…”`). The pronoun resolver
  /// knows names only.
  private func roleSpeaker(
    of pronoun: Int, lastDirect: (Range<Int>, Int?)?, reported: [IndirectSpeechFinder.Reported], roles: [Actor]
  ) -> Int? {
    let female = tagged.isWord(pronoun, "she")
    guard female || tagged.isWord(pronoun, "he") else { return nil }
    let next = reported.partitioningIndex { $0.tokens.upperBound > pronoun }
    var found = next > 0 ? (reported[next - 1].tokens, reported[next - 1].speaker) : nil
    if let lastDirect, lastDirect.0.upperBound <= pronoun, lastDirect.0.upperBound > found?.0.upperBound ?? -1 {
      found = lastDirect
    }
    guard let (tokens, speaker) = found, let speaker, speaker >= actors.actors.count,
      Int(tagged.sentenceOf[pronoun]) - Int(tagged.sentenceOf[tokens.upperBound - 1]) <= 2
    else { return nil }
    let role = roles[speaker - actors.actors.count]
    let sex = Self.isFemale(role: role.name)
    guard role.kind == .person, sex == nil || sex == female,
      !actors.mentions(in: tokens.upperBound..<pronoun).contains(where: { !scan.isQuoted($0.tokens.lowerBound) })
    else { return nil }
    return speaker
  }

  /// Whether the speaker `speaker` can be who the pronoun at `pronoun` stands for: `he` and `she`
  /// never stand for an organization, a place, a product or a group, nor for a person of the
  /// other sex, by a given name or a role's word (`a spokeswoman for the union` is no `he`).
  private func fits(_ speaker: Int, pronoun: Int, roles: [Actor]) -> Bool {
    let female = tagged.isWord(pronoun, "she")
    guard female || tagged.isWord(pronoun, "he") else { return true }
    guard speaker < actors.actors.count else {
      let role = roles[speaker - actors.actors.count]
      return [.person, .unknown].contains(role.kind) && (Self.isFemale(role: role.name) ?? female) == female
    }
    return [.person, .unknown].contains(actors.actors[speaker].kind)
      && pronouns.agrees(speaker, pronouns.pronounGender(pronoun), before: pronoun)
  }

  /// Whether a role's words name a woman (`a spokeswoman for the union`) or a man (`a
  /// spokesman`); nil when they name neither.
  private static func isFemale(role name: String) -> Bool? {
    let words = name.lowercased().split(separator: " ")
    return words.contains { $0.hasSuffix("woman") } ? true : words.contains { $0.hasSuffix("man") } ? false : nil
  }

  /// Whether the attribution names no one by name: no one at all, or a role alone.
  private func namesNoOne(_ attribution: Attribution?) -> Bool {
    switch attribution?.speaker {
    case .unnamed, .role: true
    default: false
    }
  }

  /// Whether a quotation with no attribution of its own continues the last speaker: it follows a
  /// quotation in the same paragraph, or opens its paragraph soon after the last quotation.
  private func continues(_ region: QuotedRegion, _ paragraph: Int, after lastParagraph: Int) -> Bool {
    if paragraph == lastParagraph { return true }
    let opensParagraph = tagged.document.paragraphs[paragraph].lowerBound == Int(tagged.tokens[region.open].start)
    return opensParagraph && paragraph - lastParagraph <= Self.continuationReach
  }

  /// Whether the opening mark starts its sentence.
  private func opensSentence(_ region: QuotedRegion) -> Bool {
    tagged.sentences[Int(tagged.sentenceOf[region.open])].tokens.lowerBound == region.open
  }

  /// Whether the quoted words describe the noun right after them (`“harm reduction” programs`,
  /// `“session” and “scope” fields`) rather than stand for words of their own.
  private func describes(_ position: Int) -> Bool {
    let region = scan.regions[position]
    let next = region.close + 1
    guard next < tagged.tokens.count, tagged.sentenceOf[next] == tagged.sentenceOf[region.close] else { return false }
    if tagged.upos(next) == .cconj, position + 1 < scan.regions.count, scan.regions[position + 1].open == next + 1 {
      return describes(position + 1)
    }
    return tagged.tokens[next].kind == .word && [.noun, .propn].contains(tagged.upos(next))
  }

  /// Whether only the sentence's final stop follows the closing mark.
  private func closesSentence(_ region: QuotedRegion) -> Bool {
    let end = tagged.sentences[Int(tagged.sentenceOf[region.close])].tokens.upperBound
    return ((region.close + 1)..<end).allSatisfy { tagged.has($0, [.period, .terminal]) }
  }

  /// Whether `cue` holds a verb that only ever reports words.
  private func reportsWords(_ cue: Range<Int>) -> Bool {
    cue.contains {
      tagged.has($0, .speechVerb) && !tagged.has($0, .speechWithOtherSenses) && tagged.isLowercaseWord($0)
        && !scan.isQuoted($0)
    }
  }

  /// Whether the quoted words end with the mark of a sentence's end (`I signed nothing.`).
  private func endsSentence(_ region: QuotedRegion) -> Bool {
    var last = region.close - 1
    while last > region.open, tagged.has(last, WordFlags.quoteMark) { last -= 1 }
    return last > region.open && tagged.has(last, [.period, .terminal])
  }

  /// The cue without punctuation at its ends.
  private func trimmed(_ cue: Range<Int>) -> Range<Int> {
    var lower = cue.lowerBound
    var upper = cue.upperBound
    while lower < upper, tagged.tokens[lower].kind == .punctuation { lower += 1 }
    while upper > lower, tagged.tokens[upper - 1].kind == .punctuation { upper -= 1 }
    return lower < upper ? lower..<upper : cue
  }
}
