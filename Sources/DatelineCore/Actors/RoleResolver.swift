/// Names the holder behind a role noun: when an article writes `Iraq’s prime minister, Mustafa
/// Al-Kadhimi` (or `Prime Minister Mustafa Al-Kadhimi`, or `Transport Minister Helen Vance`), a later
/// `the prime minister` (`the minister`) is that person — provided the article gives that office to
/// one person only and not as a former holder.
struct RoleResolver {
  /// A role noun that names an actor.
  struct RoleMention: Hashable {
    /// The tokens: `the prime minister`.
    var tokens: Range<Int>
    /// The actor.
    var actor: Int
    /// The alias to record: `the prime minister`.
    var alias: String
  }

  let tagged: TaggedText
  /// The titles the document shows without the lexicon's help (`the Taoiseach`).
  let roleWords: DefiniteRoleWords
  /// The nationalities the document makes of its places (`the Norvanian economy minister`).
  let demonyms: DocumentDemonyms

  /// The role mentions of the text, given its name candidates, their contexts and the actor of
  /// each.
  func mentions(candidates: [NameCandidate], contexts: [NameContext], actorOf: [Int]) -> [RoleMention] {
    let (holders, firstWords) = self.holders(candidates: candidates, contexts: contexts, actorOf: actorOf)
    guard !holders.isEmpty else { return [] }
    var found: [RoleMention] = []
    var next = 0
    for sentence in tagged.sentences {
      var index = sentence.tokens.lowerBound
      while index < sentence.tokens.upperBound {
        while next < candidates.count, candidates[next].tokens.upperBound <= index { next += 1 }
        let inName = next < candidates.count && candidates[next].tokens.contains(index)
        guard firstWords.contains(tagged.tokens[index].hash), !inName,
          let length = officeLength(at: index, limit: sentence.tokens.upperBound, holders: holders)
        else {
          index += 1
          continue
        }
        let end = index + length
        let office = ActorForm.key(of: tagged.string(tokens: index..<end))
        if let start = roleStart(index), !isAppositive(end), !isModifier(end), let named = holders[office],
          let actor = named.sole(before: index)
        {
          let hasArticle = tagged.has(start, .determiner)
          let alias = (hasArticle ? tagged.string(tokens: start..<(start + 1)).lowercased() + " " : "the ") + office
          found.append(RoleMention(tokens: start..<end, actor: actor, alias: alias))
        }
        index = end
      }
    }
    return found
  }

  /// How many words an office the text gives someone may have: `deputy chief medical officer`.
  private static let officeWords = 4

  /// The length of the office some holder has that starts at `index`: the longest the text gave
  /// a person before their name (`Deputy Mayor Tom Brandt` makes `the deputy mayor` his, though
  /// the lexicon's title at `deputy` is one word), else the title the lexicon holds there.
  private func officeLength(at index: Int, limit: Int, holders: [String: OfficeHolders]) -> Int? {
    let listed = titleLength(at: index, limit: limit)
    var length = min(Self.officeWords, limit - index)
    while length > (listed ?? 0) {
      let words = index..<(index + length)
      if words.allSatisfy({ tagged.tokens[$0].kind == .word }), holders[officeKey(words)] != nil { return length }
      length -= 1
    }
    guard let listed, holders[officeKey(index..<(index + listed))] != nil else { return nil }
    return listed
  }

  /// The length of the title the lexicon holds at `index`, or 1 for a title the document shows.
  private func titleLength(at index: Int, limit: Int) -> Int? {
    if tagged.infos[index].flags.contains(.titleStart),
      let match = tagged.match(tagged.lexicon.titles, at: index, limit: limit)
    {
      return match.length
    }
    return roleWords.contains(index, in: tagged) ? 1 : nil
  }

  /// Office → the actors the text names as its current holders; and the hashes of the first
  /// words of those offices, to pass over other words quickly.
  private func holders(
    candidates: [NameCandidate], contexts: [NameContext], actorOf: [Int]
  ) -> (holders: [String: OfficeHolders], firstWords: Set<UInt32>) {
    var holders: [String: OfficeHolders] = [:]
    var firstWords = Set<UInt32>()
    func file(_ office: Range<Int>, _ actor: Int) {
      holders[officeKey(office), default: OfficeHolders(actor: actor, at: office.lowerBound)].file(actor, at: office.lowerBound)
      firstWords.insert(tagged.tokens[office.lowerBound].hash)
    }
    for (index, candidate) in candidates.enumerated() {
      let actor = actorOf[index]
      if let title = candidate.title {
        if candidate.titleKind == .office {
          file(title, actor)
        } else if tagged.isCapitalizedWord(title.lowerBound - 1), tagged.isGlued(title.lowerBound) == false,
          let last = title.last(where: { tagged.tokens[$0].kind == .word }), !isSubordinate(before: last)
        {
          file(last..<(last + 1), actor)
        } else if title.count <= 2, !isFormer(before: title.lowerBound),
          let role = RoleNouns.noun(forTitle: tagged.string(tokens: title.lowerBound..<(title.lowerBound + 1)))
        {
          // `Justice Miriam Cole`, `Sen. Tom Price`: `the judge`, `the senator` name the bearer.
          holders[role.noun, default: OfficeHolders(actor: actor, at: title.lowerBound)].file(actor, at: title.lowerBound)
          firstWords.insert(role.hash)
        }
      }
      if let found = contexts[index].titleBefore, !found.isFormer {
        // A field before a role noun makes it a post (`Transport minister Lilian Hart`).
        if found.kind == .office || found.range.count == 1 && tagged.isCapitalizedWord(found.range.lowerBound - 1),
          !isSubordinate(before: found.range.lowerBound)
        {
          file(found.range, actor)
          if found.kind == .office, let noun = roleNounAfterField(found.range) { file(noun, actor) }
        }
      }
      if let found = contexts[index].titleAfter, found.kind == .office, !found.isFormer {
        file(found.range, actor)
        if let noun = roleNounAfterField(found.range) { file(noun, actor) }
      }
      for found in [contexts[index].titleBefore, contexts[index].titleAfter] {
        guard let found, found.kind != .rank, !found.isFormer, !isCompleted(found.range),
          tagged.isLowercaseWord(found.range.lowerBound),
          let post = ownedPost(found.range)
        else { continue }
        file(post, actor)
        if found.kind == .role, !isSubordinate(before: found.range.lowerBound) { file(found.range, actor) }
      }
      // A name set off after this one holds the office instead (`the Governor of the Bank of
      // Ruritania, Tomas Vail`).
      let end = candidate.tokens.upperBound
      if !(tagged.has(end, .comma) && tagged.isCapitalizedWord(end + 1)),
        let office = officeBeforeOfThe(candidate.title?.lowerBound ?? candidate.tokens.lowerBound)
      {
        file(office, actor)
      }
    }
    return (holders, firstWords)
  }

  /// The role noun closing an office of several words whose other words are nouns of its field
  /// (`health minister`, `finance minister`): `the minister` names the holder too. Not when an
  /// adjective makes the office another one (`prime minister`).
  private func roleNounAfterField(_ office: Range<Int>) -> Range<Int>? {
    let last = office.upperBound - 1
    guard office.count >= 2, office.count <= Self.officeWords, (office.lowerBound..<last).allSatisfy({ tagged.usualTag($0) == .noun }),
      tagged.match(tagged.lexicon.titles, at: last, limit: last + 1) != nil
    else { return nil }
    return last..<(last + 1)
  }

  /// The post a title next to a name gives its holder when an owner or `the` opens it, with the
  /// lower-case words of its field between (`its local director, Petr Novak`, `Petr Novak, Veltra's
  /// local director,`, `the Norvanian economy minister, Ivan Petrak`): `local director`, `economy
  /// minister`. A role noun with no owner (`an analyst, Jo Lee`) names no one post.
  private func ownedPost(_ title: Range<Int>) -> Range<Int>? {
    var start = title.lowerBound
    while title.upperBound - start < Self.officeWords, tagged.isLowercaseWord(start - 1),
      [.adj, .noun].contains(tagged.upos(start - 1)), !tagged.has(start - 1, [.determiner, .quantifier])
    {
      start -= 1
    }
    var opener = start - 1
    if tagged.isCapitalizedWord(opener), tagged.has(opener, .demonymStart) || demonyms.isDemonym(opener, in: tagged) {
      opener -= 1
    }
    let isOwned = tagged.isPossessiveDeterminer(opener) || tagged.isWord(opener, "the")
      || tagged.isWord(opener, "s") && tagged.has(opener - 1, [.closeSingle, .straightSingle])
    return isOwned ? start..<title.upperBound : nil
  }

  /// Whether `of` or `for` completes the title over `range` (`the head of the campaign group`,
  /// `its head of design`): the post is more than its words.
  private func isCompleted(_ range: Range<Int>) -> Bool {
    tagged.isWord(range.upperBound, "of") || tagged.isWord(range.upperBound, "for")
  }

  /// The office a title completes with `of the` before a name (`Chancellor` in `Chancellor of the
  /// Exchequer Rachel Reeves`), so that `the chancellor` names its holder.
  private func officeBeforeOfThe(_ start: Int) -> Range<Int>? {
    guard start >= 3, tagged.isWord(start - 1, "the"), tagged.isWord(start - 2, "of"),
      let match = tagged.match(tagged.lexicon.titles, at: start - 3, limit: start - 2), match.value.kind == .office
    else { return nil }
    return (start - 3)..<(start - 2)
  }

  /// Whether a word that makes a lower office of the one after it (`deputy`, `vice`, `assistant`)
  /// comes right before the title at `start`: `Deputy Mayor Tom Brandt` holds no office of
  /// `mayor`, and `the mayor` is someone else.
  private func isSubordinate(before start: Int) -> Bool {
    Self.subordinateWords.contains { tagged.isWord(start - 1, $0) }
  }

  private static let subordinateWords: [StaticString] = ["deputy", "vice", "assistant", "associate", "under", "junior"]

  /// Whether `former`, `late` or `retired` comes right before the title at `start`.
  private func isFormer(before start: Int) -> Bool {
    Self.formerWords.contains { tagged.isWord(start - 1, $0) }
  }

  private static let formerWords: [StaticString] = ["former", "late", "retired", "then"]

  /// The office named by the title tokens, without an abbreviation's period.
  private func officeKey(_ range: Range<Int>) -> String {
    ActorForm.key(of: tagged.string(tokens: range))
  }

  /// The first token of a role mention whose title starts at `index`: `the` before it (maybe with a
  /// nationality between: `the Iraqi prime minister`), or the title itself after a possessive.
  private func roleStart(_ index: Int) -> Int? {
    var before = index - 1
    if tagged.has(before, .demonymStart), tagged.isCapitalizedWord(before) { before -= 1 }
    if tagged.has(before, .determiner), tagged.isWord(before, "the") || tagged.isWord(before, "this") { return before }
    if tagged.isWord(before, "s"), tagged.has(before - 1, [.closeSingle, .straightSingle]) { return index }
    return nil
  }

  /// Whether a common noun in lower case follows the title, which then describes it rather than
  /// naming a holder: `the official language`, `the sheriff department`.
  private func isModifier(_ end: Int) -> Bool {
    tagged.isLowercaseWord(end) && tagged.upos(end) == .noun
  }

  /// Whether a name follows the title (`prime minister Mustafa …`, `prime minister, Mustafa …`),
  /// which makes it a title in apposition rather than a mention of its own.
  private func isAppositive(_ end: Int) -> Bool {
    if tagged.isCapitalizedWord(end) { return true }
    return tagged.has(end, .comma) && tagged.isCapitalizedWord(end + 1)
  }
}
