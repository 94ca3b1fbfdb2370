import Testing

@testable import DatelineCore

/// A short name joins the one person whose full name ends in it, and a full name the one person
/// named by its end, however many others share the family name, and after a rename.
@Suite struct ActorMergerFamilyNameTests {
  private let span = SourceSpan(document: 0, start: 0, end: 4, paragraph: 0)

  private func person(_ name: String) -> Actor {
    Actor(id: 0, name: name, kind: .person, mentions: [span])
  }

  /// A merger holding 300 people of the family name Vell, ids 0 to 299.
  private func manyVells() -> ActorMerger {
    var merger = ActorMerger()
    #expect(merger.add((0..<300).map { person("Orsk\($0) Vell") }) == Array(0..<300))
    return merger
  }

  @Test func aFullNameJoinsTheOnePersonNamedByItsLastTwoWords() {
    var merger = manyVells()
    #expect(merger.add([person("Anna Orsk7 Vell")]) == [7])
    #expect(merger.takeActors()[7].name == "Anna Orsk7 Vell")
  }

  @Test func theFamilyNameAloneJoinsNoneOfMany() {
    var merger = manyVells()
    #expect(merger.add([person("Vell")]) == [300])
  }

  @Test func aFullNameJoinsTheOnlyOneNamedByTheFamilyNameAlone() {
    var merger = manyVells()
    #expect(merger.add([person("Dorn")]) == [300])
    #expect(merger.add([person("Lena Dorn")]) == [300])
    #expect(merger.takeActors()[300].aliases == ["Dorn"])
  }

  @Test func aRenamedPersonIsFoundUnderItsNewNumberOfWords() {
    var merger = manyVells()
    #expect(merger.add([person("Mira Dorn")]) == [300])
    #expect(merger.add([person("Ada Mira Dorn")]) == [300])
    #expect(merger.add([person("Dorn")]) == [300])
    #expect(merger.add([person("Ada Orsk5 Vell")]) == [5])
    #expect(merger.add([person("Jo Ada Orsk5 Vell")]) == [5])
    let actors = merger.takeActors()
    #expect(actors[300].name == "Ada Mira Dorn")
    #expect(actors[5].name == "Jo Ada Orsk5 Vell")
  }

  @Test func twoLongerNamesEndingInAShortOneLeaveItAlone() {
    var merger = manyVells()
    #expect(merger.add([person("Ada Mira Dorn"), person("Eli Mira Dorn")]) == [300, 301])
    #expect(merger.add([person("Mira Dorn")]) == [302])
  }

  @Test func aNameOfMoreWordsThanAreCountedApartStillJoins() {
    var merger = ActorMerger()
    let long = "Una Bea Cai Dag Eir Fen Gro Dorn"
    #expect(merger.add([person(long)]) == [0])
    #expect(merger.add([person("Cai Dag Eir Fen Gro Dorn")]) == [0])
    #expect(merger.add([person("Zed Una Bea Cai Dag Eir Fen Gro Dorn")]) == [0])
    #expect(merger.takeActors()[0].name == "Zed Una Bea Cai Dag Eir Fen Gro Dorn")
  }
}
