import DatelineTestSupport
import Testing

@testable import DatelineCore

/// One name in several spellings: apostrophes and ʿayns inside words, the article `al-`/`el-`,
/// accents; datelines name the place of writing; ordinary phrases are not actors.
@Suite struct SpellingVariantTests {
  @Test func namesKeepAnApostropheInsideAWord() {
    let marked = MarkedText(
      "Fighters of [[Jama’at Nasr]] met [[Liam O’Rourke]] while [[Rabi'at al-Nur]] waited in [[Iraq]]’s north.")
    let extraction = Fixture.extraction(marked.text)
    let found = extraction.actors.flatMap(\.mentions).sorted().map(\.range)
    #expect(found == marked.spans, "found \(found.map { extraction.document.string($0) })")
  }

  @Test func contractionsAndPossessivesStayOutOfNames() {
    #expect(Fixture.extraction("Yusra Dalal’s car was found. Dalal'd left it.").names == ["Yusra Dalal"])
  }

  @Test func keysOfOneNameInSeveralSpellingsAreEqual() {
    let spellings = [
      ["Jama’at Nasr", "Jama'at Nasr", "Jamaat Nasr", "Jamaʿat Nasr"],
      ["Tariq al-Sabri", "Tariq Al-Sabri", "Tariq el-Sabri", "Tariq Sabri", "Tariq al Sabri"],
      ["José Peña", "Jose Pena", "JOSÉ PEÑA", "Jose\u{301} Pen\u{303}a"],
      ["Łukasz Żak", "Lukasz Zak"],
    ]
    for group in spellings {
      #expect(Set(group.map(ActorForm.key(of:))).count == 1, "\(group.map(ActorForm.key(of:)))")
    }
    #expect(ActorForm.key(of: "Al") == "al")
    #expect(ActorForm.key(of: "Al-Sabri") == "sabri")
    #expect(ActorForm.key(of: "Alma Sabri") == "alma sabri")
  }

  @Test func spellingsMeetAcrossArticles() throws {
    let timeline = Fixture.timeline([
      "Jama’at Nasr fighters entered Tal Afar on March 3. Tariq al-Sabri, their commander, spoke.",
      "On March 4, Jamaat Nasr withdrew. Its leader Tariq Sabri said the fighting was over.",
    ])
    #expect(timeline.actors.filter { ActorForm.key(of: $0.name) == "jamaat nasr" }.count == 1)
    let sabri = try #require(timeline.actors.first { ActorForm.key(of: $0.name) == "tariq sabri" })
    #expect(Set(sabri.mentions.map(\.document)) == [0, 1])
    #expect(!sabri.aliases.contains(sabri.name))
  }

  @Test func aDatelineIsTheCityNotAnotherNameOfItsCountry() throws {
    for opening in ["AMMAN —", "AMMAN (Wire) -", "AMMAN, March 3 —"] {
      let extraction = Fixture.extraction("\(opening) Gunmen attacked a bank in Jordan on Tuesday.")
      let city = try #require(extraction.actors.first { ActorForm.key(of: $0.name) == "amman" }, "\(opening): \(extraction.names)")
      #expect(city.kind == .place)
      #expect(extraction.actor("Jordan")?.aliases.contains { $0.uppercased() == "AMMAN" } != true)
    }
    #expect(Fixture.extraction("Amman wants calm, Jordan’s king said.").actor("Jordan")?.aliases == ["Amman"])
  }

  @Test func thankGodIsNoActor() {
    #expect(Fixture.extraction("“We are alive, thank God,” said Rana Haddad on Monday.").names == ["Rana Haddad"])
  }

  @Test func anInstitutionNamedByItsKindStaysApartBetweenCountries() {
    let britain = "Britain’s Treasury raised taxes on March 3. Critics in Britain said the Treasury had no choice."
    let france = "France’s Treasury cut spending on March 4. In France, the Treasury was praised."
    let apart = Fixture.timeline([britain, france])
    #expect(apart.actors.filter { $0.name == "Treasury" }.count == 2, "\(apart.actors.map(\.name))")
    let together = Fixture.timeline([britain, "Britain’s Treasury paid the debt on March 5."])
    #expect(together.actors.filter { $0.name == "Treasury" }.count == 1, "\(together.actors.map(\.name))")
  }

  @Test func whereWordsWereSaidIsNoActor() {
    #expect(Fixture.extraction("“We are safe,” Rana Haddad said on Twitter on Monday.").names == ["Rana Haddad"])
    #expect(Fixture.extraction("Omar Nasser told reporters via Zoom that talks had failed.").names == ["Omar Nasser"])
    #expect(Fixture.extraction("On Monday, analysts said Twitter would close the account.").names == ["Twitter"])
  }
}
