extension TaggedText {
  /// How far before an event word a context noun is looked for.
  static let contextReach = 8

  /// The kind of the event word at `index` in its sentence: its lexicon kind, or the kind it
  /// takes beside the nearest noun of a context class it names (`27,000 miners went on strike`
  /// is a protest, `an earthquake struck` a disaster); nil for no event word.
  func eventKind(at index: Int) -> Event.Kind? {
    kind(of: infos[index], at: index)
  }

  /// The kind that `info`, the lexicon's entry for the word at `index` or for its lemma, gives
  /// there, by the context nouns around it (see `event-contexts.txt`).
  /// A vote with no class word beside it that decides to take an action (`voted to strike`)
  /// takes the action's kind; a jailing for a term is a sentence (`jailed for 12 years`); a
  /// country's force on a target is an attack (`Israeli strikes on the port`); a harm takes its
  /// cause's kind (`a gas explosion killed`), unless `seekingCause` is false. A word told as not
  /// happening (`No one died`) is of no kind.
  func kind(of info: WordInfo, at index: Int, seekingCause: Bool = true) -> Event.Kind? {
    guard let kind = info.eventKind else { return nil }
    if kind != .other, isNegatedHappening(index) { return .other }
    guard !info.contextKinds.isEmpty else { return kind }
    let classes = info.contextKinds.classes
    if info.flags.contains(.objectSense) {
      // With no object the subject decides: any of its classes when passive (`the charity was set
      // up`), a class noun when not (`the party formed`; `long queues formed`, `Jobs started by`).
      if upos(index) == .verb, !hasComplement(afterVerb: index), let (subject, passive) = subjectHead(of: index) {
        let found = contextClasses(subject, passive ? classes : classes & ~ContextKinds.nameClass)
        return found.flatMap { info.contextKinds.kind(beside: $0) } ?? (passive ? kind : .other)
      }
      return objectClasses(of: index, classes: classes).flatMap { info.contextKinds.kind(beside: $0) } ?? kind
    }
    if let found = nearestContext(of: index, classes: classes) { return info.contextKinds.kind(beside: found) ?? kind }
    if info.contextKinds.gives(.court), hasTerm(after: index) { return .court }
    if info.flags.contains(.ballot), let action = ballotKind(after: index) { return action }
    if info.contextKinds.gives(.attack), isStateForce(index) { return .attack }
    if seekingCause, isHarm(info), let cause = causeKind(of: index) { return cause }
    let earlier = earlierContext(of: info, before: index, classes: classes)
      ?? (isHarm(info) ? previousSentenceContext(before: index, classes: classes) : nil)
    return earlier.flatMap { info.contextKinds.kind(beside: $0) } ?? kind
  }

  /// The kind the lowercase word at `index` names when it only names one in the lexicon, with no
  /// event verb or noun of its own (`guilty`, `charged`); nil otherwise, or when that is `other`.
  func namedKind(_ index: Int) -> Event.Kind? {
    guard isLowercaseWord(index), !has(index, [.triggerVerb, .triggerNoun, .lightVerb]),
      let kind = eventKind(at: index), kind != .other
    else { return nil }
    return kind
  }

  /// How many words of the infinitive after a vote are read for the action it decides (`to go
  /// on strike`, `to stage a walkout`).
  static let actionReach = 4

  /// The kind of the action that the vote or ballot at `index` decides to take, told by the
  /// infinitive right after it (past adverbs and times: `voted unanimously on Monday to strike`):
  /// the kind of the first event word there, read beside the class words around it or else
  /// around the vote (`Teachers at 60 schools have voted to strike` is a labour protest),
  /// `other` when it names none (`voted to close the depot`); with no infinitive, `other` for a
  /// vote for or against a measure (`voted for a cut`), else nil.
  private func ballotKind(after index: Int) -> Event.Kind? {
    let sentence = sentences[Int(sentenceOf[index])].tokens
    var next = index + 1
    while next < sentence.upperBound,
      upos(next) == .adv || timeOf[next] >= 0 || has(next, .preposition) && !isWord(next, "to") && next + 1 < sentence.upperBound && timeOf[next + 1] >= 0
    {
      next += 1
    }
    guard isWord(next, "to"), next + 1 < sentence.upperBound, upos(next + 1) == .verb else { return measureKind(at: next) }
    for word in (next + 1)..<min(sentence.upperBound, next + 1 + Self.actionReach) {
      guard tokens[word].kind == .word else { break }
      let own = infos[word].eventKind != nil ? infos[word] : lexicon.words.value(forWord: lemma(word))
      guard let info = own, let kind = info.eventKind else { continue }
      guard !info.contextKinds.isEmpty else { return kind }
      let classes = info.contextKinds.classes
      let found =
        nearestContext(of: word, classes: classes) ?? nearestContext(of: index, classes: classes)
        ?? earlierContext(of: info, before: word, classes: classes)
      return found.flatMap { info.contextKinds.kind(beside: $0) } ?? kind
    }
    return .other
  }

  /// Whether a term follows the event word at `index`, past adverbs and a pronoun object: `for`
  /// and a length of time or `life` (`jailed for 12 years`, `jailed him for life`), which a
  /// court gives.
  private func hasTerm(after index: Int) -> Bool {
    let sentence = sentences[Int(sentenceOf[index])].tokens
    var next = index + 1
    while next < sentence.upperBound, upos(next) == .adv || upos(next) == .pron { next += 1 }
    guard next + 1 < sentence.upperBound, isWord(next, "for") else { return false }
    if isWord(next + 1, "life") { return true }
    guard timeOf[next + 1] >= 0, case .duration = times[Int(timeOf[next + 1])].value else { return false }
    return true
  }

  /// How far back an event word with no context noun around it looks for an earlier one of the
  /// same senses that has one.
  static let discourseReach = 400

  /// The classes found around the nearest earlier word, within `discourseReach` tokens, that has
  /// the kinds and the lemma of the word at `index` and a context noun other than a name: a word
  /// keeps one sense in a story (`the strike` after `27,000 miners went on strike` is the same
  /// labour strike), but names abound, and another word of the same senses tells of another
  /// thing (`opened` after `launched the bar`).
  private func earlierContext(of info: WordInfo, before index: Int, classes: UInt16) -> UInt16? {
    var other = index - 1
    var word: String?
    while other >= max(0, index - Self.discourseReach) {
      let earlier = infos[other]
      // Equal context kinds give equal classes: what `other` finds is the same for every later use.
      if earlier.eventKind == info.eventKind, earlier.contextKinds == info.contextKinds,
        let found = senseContexts.classes(
          at: other, read: { nearestContext(of: other, classes: classes & ~ContextKinds.nameClass) })
      {
        if word == nil { word = lemma(index) }
        if lemma(other) == word { return found }
      }
      other -= 1
    }
    return nil
  }

  /// The classes of the context noun nearest to the event word at `index` among `classes`: the
  /// word itself when it is such a noun (`the storm`), a noun, name or adjective up to
  /// `contextReach` words before it, the head of its direct object, or one after it behind a
  /// preposition that names a cause, agent or occasion (`a strike over pay`, `killed in the
  /// earthquake`) or as the subject of a `when` clause (`killed when an earthquake struck`), the
  /// nearest deciding; on a tie the object decides before a word before the
  /// verb (`union leaders struck a deal`).
  private func nearestContext(of index: Int, classes: UInt16) -> UInt16? {
    let sentence = sentences[Int(sentenceOf[index])].tokens
    let own = infos[index].contextClasses & classes
    if own != 0, upos(index) == .noun || upos(index) == .propn { return own }
    var best: (distance: Int, bits: UInt16)?
    // A time right after the verb is no object: `An iOS update released Thursday`. An event noun's
    // `of` phrase is what it acts on: `the release of the journalist Samir Haddad`. A span of time
    // that counts out an `of` phrase is no head: `declared three days of mourning`.
    let object = (objectHead(of: index) ?? (upos(index) == .noun ? ofHead(after: index) : nil))
      .flatMap { timeOf[$0] < 0 ? $0 : ofHead(after: $0).flatMap { timeOf[$0] < 0 ? $0 : nil } }
    // A name before a verb with an object is its agent (`Apple released its results`); with none,
    // what the verb tells of (`the iPhone was released`). A noun that modifies the common noun
    // after it shares its names with that head: `the Skerry launch site` launches nothing.
    let modifies = upos(index) == .noun && index + 1 < sentence.upperBound && upos(index + 1) == .noun && isLowercaseWord(index + 1)
    let namesBefore = object == nil && !modifies ? classes : classes & ~ContextKinds.nameClass
    for before in stride(from: index - 1, through: max(sentence.lowerBound, index - Self.contextReach), by: -1) {
      if let bits = contextClasses(before, namesBefore) {
        best = (index - before, bits)
        break
      }
    }
    if let object, object - index <= best?.distance ?? Int.max,
      let bits = contextClasses(object, classes) ?? ofHead(after: object).flatMap({ contextClasses($0, classes & ~ContextKinds.nameClass) })
    {
      best = (object - index, bits)
    }
    var opened = false
    for after in (index + 1)..<max(index + 1, min(sentence.upperBound, index + Self.contextReach + 1)) {
      if after - index >= best?.distance ?? Int.max { break }
      if opensCause(after) {
        opened = true
      } else if opened, let bits = contextClasses(after, classes & ~ContextKinds.nameClass) {
        return bits
      } else if ![.det, .adj, .noun, .propn, .num].contains(upos(after)) {
        opened = false
      }
    }
    return best?.bits
  }

  /// The classes among `classes` of the head of the direct object of the verb at `index`, past
  /// the particle `up` (`set up a charity`), when it is a noun or a name and no time (`started
  /// Monday's game` acts on no name).
  private func objectClasses(of index: Int, classes: UInt16) -> UInt16? {
    guard upos(index) == .verb, let head = directObjectHead(ofVerb: index) else { return nil }
    return contextClasses(head, classes)
  }

  /// The head of the direct object of the verb at `index`, past the particle `up`, when it is no
  /// time (`the game started Monday` has none).
  private func directObjectHead(ofVerb index: Int) -> Int? {
    phraseHead(from: isWord(index + 1, "up") ? index + 2 : index + 1).flatMap { timeOf[$0] < 0 ? $0 : nil }
  }

  /// Whether the verb at `index` has a direct object (`directObjectHead`), or an infinitive or
  /// another verb after it (`started to broadcast`).
  private func hasComplement(afterVerb index: Int) -> Bool {
    let start = isWord(index + 1, "up") ? index + 2 : index + 1
    if start < tokens.count, isWord(start, "to") || upos(start) == .verb { return true }
    return directObjectHead(ofVerb: index) != nil
  }

  /// How many auxiliaries and adverbs a subject may stand before its verb (`had already been`).
  static let subjectReach = 4

  /// The forms of `be` that make a participle after them passive.
  private static let beForms: [StaticString] = ["be", "been", "being", "is", "are", "was", "were"]

  /// The head of the subject right before the verb at `index`, past auxiliaries and adverbs
  /// (`the party was formed`), and whether a form of `be` among them makes the verb passive; nil
  /// when that noun ends a prepositional phrase, whose head is further back (`work on the bridge
  /// started`), unless its preposition may open a clause (`after queues formed`), or when none
  /// stands there.
  private func subjectHead(of index: Int) -> (head: Int, passive: Bool)? {
    let sentence = sentences[Int(sentenceOf[index])].tokens
    var head = index - 1
    var passive = false
    while head > max(sentence.lowerBound, index - Self.subjectReach), upos(head) == .aux || upos(head) == .adv {
      passive = passive || Self.beForms.contains { isWord(head, $0) }
      head -= 1
    }
    guard head >= sentence.lowerBound, upos(head) == .noun || upos(head) == .propn else { return nil }
    var first = head
    while first > max(sentence.lowerBound, head - Self.contextReach), [.det, .adj, .num, .noun, .propn].contains(upos(first - 1)) {
      first -= 1
    }
    // After a preposition that may open a clause the phrase is that clause's subject: `after long
    // queues formed`.
    return first > sentence.lowerBound && has(first - 1, .preposition) && !has(first - 1, .subordinator) ? nil : (head, passive)
  }

  /// The last noun or name of the noun phrase right after the verb at `index`, its direct object:
  /// what `opened a battery plant`, `launched the Zap Store` or `launched a rocket` acts on
  /// decides the sense as a cause does.
  private func objectHead(of index: Int) -> Int? {
    guard upos(index) == .verb else { return nil }
    return phraseHead(from: index + 1)
  }

  /// The last noun or name of the noun phrase that starts at `start`, past its determiners,
  /// numbers and adjectives.
  private func phraseHead(from start: Int) -> Int? {
    guard start > 0, start < tokens.count, sentenceOf[start] == sentenceOf[start - 1] else { return nil }
    let sentence = sentences[Int(sentenceOf[start])].tokens
    var next = start
    while next < sentence.upperBound, [.det, .adj, .num].contains(upos(next)) || isPossessiveDeterminer(next) {
      next += 1
    }
    var head: Int?
    while next < sentence.upperBound, upos(next) == .noun || upos(next) == .propn {
      head = next
      next += 1
    }
    return head
  }

  /// The head of the noun phrase after `of` behind the noun at `head`, what a collection is of
  /// (`a new lineup of laptops`); a name there is an owner (`the text of Jobs's email`).
  private func ofHead(after head: Int) -> Int? {
    guard isWord(head + 1, "of"), isLowercaseWord(head + 1) else { return nil }
    return phraseHead(from: head + 2)
  }

  /// The classes among `classes` of the word at `index`, when it is a noun, name or adjective; a
  /// name (`iPod` too) is of `ContextKinds.nameClass`, unless a person's (`Marcus Delaine was
  /// released`); a word of a time is of none (`arrested in January and released`), nor a
  /// shooting's `fire`.
  func contextClasses(_ index: Int, _ classes: UInt16) -> UInt16? {
    guard timeOf[index] < 0, !isGunfire(index) else { return nil }
    // The tagger reads a word in camel case as a common noun as often as a name.
    let camel = isCamelCase(index)
    let name = (upos(index) == .propn || camel) && !isPersonName(index) ? ContextKinds.nameClass : 0
    let bits = (infos[index].contextClasses | name) & classes
    guard bits != 0, camel || [.noun, .propn, .adj].contains(upos(index)) else { return nil }
    return bits
  }

  /// Whether the word at `index` opens a noun phrase that tells what an event is about: a
  /// preposition of cause, agent or occasion (`by`, `over`, `in`, `during`, `from`, `for`), or
  /// `when`, whose clause's subject is the cause (`killed when a bomb exploded`).
  func opensCause(_ index: Int) -> Bool {
    isWord(index, "by") || isWord(index, "over") || isWord(index, "in") || isWord(index, "during")
      || isWord(index, "from") || isWord(index, "for") || isWord(index, "when")
  }

  /// The verbs whose bare object `fire` is shooting, not a blaze: `opened fire`, `returned fire`.
  private static let shootingVerbs: [StaticString] = [
    "open", "opened", "opens", "opening", "return", "returned", "exchanged", "hold", "held", "cease", "draw", "drew",
  ]

  /// Whether the word at `index` is `fire` told as shooting: the bare object of a verb of
  /// shooting or after `under` (`police opened fire on looters`, `came under fire`).
  func isGunfire(_ index: Int) -> Bool {
    guard isWord(index, "fire"), index > 0 else { return false }
    return isWord(index - 1, "under") || Self.shootingVerbs.contains { isWord(index - 1, $0) }
  }

  /// Whether the name the word at `index` ends or stands in opens with a given name or an
  /// honorific: a person's (`Marcus Delaine`, `Mr Delaine`).
  private func isPersonName(_ index: Int) -> Bool {
    var first = index
    while first > 0, sentenceOf[first - 1] == sentenceOf[index], upos(first - 1) == .propn || has(first - 1, .honorific) {
      first -= 1
    }
    return has(first, [.givenName, .honorific])
  }
}
