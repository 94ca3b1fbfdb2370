import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Several articles: the same event and the same actors reported by several of them merge; each
/// mention keeps its document; the result does not depend on how the documents were extracted.
@Suite struct MultiDocumentTests {
  let first = """
    On March 3, gunmen attacked the embassy in Amman, officials said.
    Dana Whitfield, the ambassador, was unhurt. “We are safe,” Whitfield said.
    """
  let second = """
    Gunmen stormed the embassy in Amman on March 3, killing two guards.
    Ambassador Whitfield blamed a local gang. In 2019, the gang attacked a bank.
    """

  @Test func eventsToldWithTheSameWordOnTheSameDateByDifferentPeopleStayTwo() {
    let timeline = Fixture.timeline([
      "The court heard Ivo Marsh moved money from 41 accounts into his own between 2016 and 2022.",
      "The court heard Lena Corvo took £1.2m from the Vesta Harbour Trust between 2016 and 2021.",
    ])
    let heard = timeline.events.filter { $0.summary.hasPrefix("The court heard") }
    #expect(heard.count == 2, "\(heard.map(\.summary))")
  }

  @Test func theSameEventFromTwoArticlesIsOneEventWithTwoSources() throws {
    let timeline = Fixture.timeline([first, second])
    let attacks = timeline.events.filter { $0.date?.value.timex == "2021-03-03" }
    #expect(attacks.count == 1)
    let attack = try #require(attacks.first)
    #expect(attack.sources == [0, 1])
    #expect(Set(attack.mentions.map(\.document)) == [0, 1])
    for mention in attack.mentions {
      #expect(timeline.documents[mention.document].string(mention.range).contains("mbassy") || mention.start >= 0)
    }
    #expect(timeline.events.map { $0.date?.value.timex } == ["2019", "2021-03-03", nil, "2021-11"])
    #expect(
      timeline.events.map(\.summary).suffix(3) == [
        "Gunmen attacked the embassy in Amman, officials said", "Ambassador Whitfield blamed a local gang",
        "“We are safe,” Whitfield said",
      ])
  }

  @Test func actorsMergeAcrossArticles() throws {
    let timeline = Fixture.timeline([first, second])
    let whitfield = try #require(timeline.actor("Dana Whitfield"))
    #expect(Set(whitfield.mentions.map(\.document)) == [0, 1])
    #expect(timeline.actors.filter { $0.name.contains("Whitfield") }.count == 1)
    #expect(timeline.actors.filter { $0.name == "Amman" }.count == 1)
    #expect(whitfield.quoteCount == 1)
  }

  @Test func rolesDoNotCrossArticles() throws {
    let timeline = Fixture.timeline([
      "Jordan’s prime minister, Laila Haddad, resigned on May 2. The prime minister left.",
      "Norland’s prime minister, Omar Saleh, resigned on June 9. The prime minister stayed home.",
    ])
    #expect(try #require(timeline.actor("Laila Haddad")).mentions.count == 2)
    #expect(try #require(timeline.actor("Omar Saleh")).mentions.count == 2)
  }

  @Test func extractingDocumentsSeparatelyGivesTheSameTimeline() throws {
    let documents = [first, second].enumerated().map { Fixture.document($1, id: $0, name: "doc\($0)") }
    let extractor = DocumentExtractor()
    let sequential = Pipeline(jobs: 1).timeline(of: documents)
    let reversedOrder = documents.reversed().map(extractor.extract).reversed()
    let assembled = TimelineAssembler.assemble(Array(reversedOrder))
    let left = try ExportFormat.json.encoded(sequential)
    let right = try ExportFormat.json.encoded(assembled)
    #expect(left == right)
  }

  @Test func aDatedNounPhraseJoinsTheEventItNames() throws {
    let timeline = Fixture.timeline([
      "Voters in Lorvania chose a new parliament in the election of March 8. Turnout was low.",
      "The March 8 election was marred by low turnout, observers said.",
    ])
    let elections = timeline.events.filter { $0.kind == .election }
    #expect(elections.count == 1, "\(timeline.events.map(\.summary))")
    #expect(elections.first?.sources == [0, 1])
  }

  @Test func twoAttacksOfOneDayByDifferentActorsStayTwo() throws {
    let timeline = Fixture.timeline([
      "On March 3, Dana Whitfield’s convoy was attacked near Amman.",
      "On March 3, Omar Haddad’s office was attacked in Zarqa.",
    ])
    let attacks = timeline.events.filter { $0.date?.value.timex == "2021-03-03" }
    #expect(attacks.count == 2, "\(timeline.events.map(\.summary))")
  }

  @Test func anEventThatNamesNoActorJoinsTheOnlyOneOfItsKindAndDay() throws {
    let timeline = Fixture.timeline([
      "The March 3 attack was condemned abroad.",
      "On March 3, gunmen from Jamaat Nasr attacked the embassy in Amman.",
    ])
    let attacks = timeline.events.filter { $0.date?.value.timex == "2021-03-03" }
    #expect(attacks.count == 1, "\(timeline.events.map(\.summary))")
    #expect(attacks.first?.sources == [0, 1])
    #expect(attacks.first?.summary.lowercased().contains("gunmen") == true, "the clause that names actors tells it best")
  }

  @Test func aVerbTakesTheKindOfItsLemma() throws {
    let timeline = Fixture.timeline([
      "On March 5, protesters clashed with the police in Amman.",
      "The clashes on March 5 in Amman left two people hurt.",
    ])
    let clashes = timeline.events.filter { $0.date?.value.timex == "2021-03-05" }
    #expect(clashes.count == 1, "\(timeline.events.map(\.summary))")
    #expect(clashes.first?.kind == .attack)
  }
}
