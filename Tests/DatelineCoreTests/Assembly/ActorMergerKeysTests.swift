import Testing

@testable import DatelineCore

/// The actor merger keeps the keys of aliases only for the actors that have aliases (a long list
/// of names has none), and still finds an actor under an alias.
@Suite struct ActorMergerKeysTests {
  private let span = SourceSpan(document: 0, start: 0, end: 4, paragraph: 0)

  @Test func onlyActorsWithAliasesKeepOtherKeys() {
    var merger = ActorMerger()
    let people = (0..<500).map { Actor(id: $0, name: "Oren Valdt\($0)", kind: .person, mentions: [span]) }
    #expect(merger.add(people) == Array(0..<500))
    #expect(merger.actorsWithOtherKeys == 0)
    let regulator = Actor(
      id: 0, name: "Harbour Water Authority", kind: .organization, aliases: ["HWA"], mentions: [span])
    #expect(merger.add([regulator]) == [500])
    #expect(merger.actorsWithOtherKeys == 1)
    #expect(merger.add([Actor(id: 0, name: "HWA", kind: .organization, mentions: [span])]) == [500])
    #expect(merger.actorsWithOtherKeys == 1)
  }
}
