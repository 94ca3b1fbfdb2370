/// Collects the word classes of every lexicon entry into one `WordTable<WordInfo>`.
struct WordInfoBuilder {
  private var infos: [String: WordInfo] = [:]
  private var order: [String] = []
  /// The numbers of the context classes of `event-contexts.txt`, in the order they first appear,
  /// after `name`, the class of every name (`ContextKinds.nameClass`).
  private var contextClassNumbers: [String: Int] = ["name": 0]

  /// Adds classes to a word (lower-cased).
  mutating func add(_ word: String, _ flags: WordFlags, eventKind: Event.Kind? = nil, actorKind: Actor.Kind? = nil) {
    let key = word.lowercased()
    if infos[key] == nil { order.append(key) }
    var info = infos[key] ?? .none
    info.flags.formUnion(flags)
    if info.eventKind == nil { info.eventKind = eventKind }
    if info.actorKind == nil { info.actorKind = actorKind }
    infos[key] = info
  }

  /// The table of everything added.
  func table() -> WordTable<WordInfo> {
    WordTable(order.map { ($0, infos[$0] ?? .none) })
  }

  mutating func addFunctionWords(_ entries: [(key: String, value: String)]) {
    let classes: [String: WordFlags] = [
      "det": .determiner, "quant": .quantifier, "pron-person": .personPronoun, "pron-group": .groupPronoun,
      "pron": .pronoun, "prep": .preposition, "prep-loc": .locativePreposition, "conj": .conjunction,
      "rel": .relative, "sub": .subordinator, "aux": .auxiliary, "modal": .modal, "neg": .negation,
      "adv": .adverb, "wh": .question, "interj": .interjection, "connector": .connector,
      "particle": .particle, "honorific": .honorific, "calendar": .calendar, "unit": .calendar, "other-event": .otherEvent,
      "descriptor": .descriptor,
    ]
    for entry in entries {
      let flags = entry.value.split(separator: " ").reduce(into: WordFlags()) { flags, name in
        flags.formUnion(classes[String(name)] ?? [])
      }
      add(entry.key, flags)
    }
  }

  mutating func addSpeechVerbs(_ entries: [(key: String, value: String)]) {
    for entry in entries {
      let parts = entry.value.split(separator: " ")
      var flags: WordFlags = parts.first == "indirect" ? .cognitionVerb : .speechVerb
      if parts.contains("senses") { flags.insert(.speechWithOtherSenses) }
      add(entry.key, flags)
    }
  }

  mutating func addKindNouns(_ entries: [(key: String, value: String)]) {
    for entry in entries {
      let parts = entry.value.split(separator: " ")
      guard let first = parts.first, let kind = Actor.Kind(rawValue: String(first)) else { continue }
      var flags: WordFlags = .kindNoun
      if parts.contains("of") || parts.contains("for") { flags.insert(.takesOf) }
      if parts.contains("company") { flags.insert(.companyHead) }
      if parts.contains("after") { flags.insert(.kindAfterName) }
      add(entry.key, flags, actorKind: kind)
    }
  }

  /// Adds the context classes of nouns (`miners = labour`); read before the event triggers,
  /// which name the classes.
  mutating func addEventContexts(_ entries: [(key: String, value: String)]) {
    for entry in entries {
      var bits: UInt16 = 0
      for name in entry.value.split(separator: " ").map(String.init) {
        let number = contextClassNumbers[name] ?? contextClassNumbers.count
        guard number < ContextKinds.classLimit else { continue }
        contextClassNumbers[name] = number
        bits |= 1 << number
      }
      add(entry.key, [])
      infos[entry.key.lowercased()]?.contextClasses |= bits
    }
  }

  mutating func addEventTriggers(_ entries: [(key: String, value: String)]) {
    for entry in entries {
      let parts = entry.value.split(separator: " ")
      guard let first = parts.first, let kind = Event.Kind(rawValue: String(first)) else { continue }
      var flags: WordFlags = []
      if parts.contains("verb") { flags.insert(.triggerVerb) }
      if parts.contains("noun") { flags.insert(.triggerNoun) }
      if parts.contains("light") { flags.insert(.lightVerb) }
      if parts.contains("ballot") { flags.insert(.ballot) }
      if parts.contains("object") { flags.insert(.objectSense) }
      add(entry.key, flags, eventKind: kind)
      let key = entry.key.lowercased()
      guard infos[key]?.eventKind == kind, infos[key]?.contextKinds.isEmpty == true else { continue }
      for part in parts {
        let pair = part.split(separator: ":")
        guard pair.count == 2, let number = contextClassNumbers[String(pair[0])],
          let other = Event.Kind(rawValue: String(pair[1]))
        else { continue }
        infos[key]?.contextKinds.add(class: number, kind: other)
      }
    }
  }

  mutating func addPunctuation() {
    let marks: [(String, WordFlags)] = [
      ("\u{201C}", .openDouble), ("\u{201D}", .closeDouble), ("\u{201E}", .openDouble),
      ("\"", .straightDouble), ("\u{2018}", .openSingle), ("\u{2019}", .closeSingle), ("'", .straightSingle),
      ("\u{00AB}", .openDouble), ("\u{00BB}", .closeDouble),
      ("-", .hyphen), ("\u{2010}", .hyphen), ("\u{2011}", .hyphen), (",", .comma), (".", .period),
      (":", .colon), (";", .semicolon), ("\u{2014}", .dash), ("\u{2013}", .dash), ("(", .openParen),
      (")", .closeParen), ("[", .openParen), ("]", .closeParen), ("&", .ampersand), ("!", .terminal),
      ("?", .terminal), ("\u{2026}", .terminal),
    ]
    for (mark, flags) in marks { add(mark, flags) }
  }
}
