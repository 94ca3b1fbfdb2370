import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Events from one document: kinds, dates, actors, summaries and all their mentions.
@Suite struct EventTests {
  private func timeline(_ text: String, published: String? = "2021-11") -> Timeline {
    Fixture.timeline([text], published: published)
  }

  @Test func theSameEventToldSeveralTimesIsOneEvent() throws {
    let input = MarkedText(
      """
      [[On March 3, gunmen attacked the embassy in Amman]].
      Nobody claimed [[the attack]]. Guards said [[the March 3 attack]] lasted minutes.
      Dana Whitfield visited the embassy later. Officials linked [[the attack]] to a feud.
      """)
    let events = timeline(input.text).events
    let attack = try #require(events.first { $0.kind == .attack })
    #expect(events.filter { $0.kind == .attack }.count == 1)
    #expect(attack.date?.value.timex == "2021-03-03")
    #expect(attack.mentions.map(\.range) == input.spans)
    #expect(attack.summary == "Gunmen attacked the embassy in Amman")
  }

  @Test func aMonthAndADayOfOneElectionAreOneEvent() throws {
    let events = timeline(
      "In October, Norland held parliamentary elections. Later, the Oct. 10 ballot saw a record low turnout."
    ).events
    #expect(events.count == 1)
    let election = try #require(events.first)
    #expect(election.kind == .election)
    #expect(election.date?.value.timex == "2021-10-10")
    #expect(election.summary == "Norland held parliamentary elections")
    #expect(election.mentions.count == 2)
  }

  @Test func twoElectionsInDifferentYearsStayApart() {
    let events = timeline("Voters went to the polls in 2018. In October 2021, Norland held elections again.").events
    #expect(events.map { $0.date?.value.timex } == ["2018", "2021-10"])
  }

  @Test func anEventAnchoredTimeTakesItsDateFromTheEvent() throws {
    let timeline = timeline(
      """
      On Nov. 7, drones struck the residence of the prime minister.
      Omar Saleh joined the protests the night before the drone attack, his aides said.
      """)
    let protest = try #require(timeline.events.first { $0.kind == .protest })
    let attack = try #require(timeline.events.first { $0.kind == .attack })
    #expect(!timeline.events.contains { $0.kind == .statement })
    #expect(protest.date?.value.timex == "2021-11-06TNI")
    #expect(protest.date?.anchorEvent == attack.id)
    #expect(protest.date?.expression.map(timeline.text) == "the night before the drone attack")
    #expect(protest.summary == "Omar Saleh joined the protests the night before the drone attack, his aides said")
    #expect(timeline.events.map(\.id) == [protest.id, attack.id])
    #expect(attack.mentions.count == 2)
  }

  @Test func anAmountOfDaysAnchoredToAnEvent() throws {
    let timeline = timeline(
      "On Oct. 10, Norland held elections. Two days after the vote, protesters marched in the capital.")
    let protest = try #require(timeline.events.first { $0.kind == .protest })
    #expect(protest.date?.value.timex == "2021-10-12")
    #expect(protest.date?.anchorEvent == timeline.events.first { $0.kind == .election }?.id)
  }

  @Test func withoutItsEventAnAnchoredTimeLeavesTheEventUndated() throws {
    let timeline = timeline("On Oct. 10, the court met. Guards joined the protests the night before the attack.")
    let protest = try #require(timeline.events.first { $0.kind == .protest })
    #expect(protest.date == nil)
  }

  @Test func otherEventsOfTheSameDateAndWordAreOneEvent() throws {
    let timeline = timeline(
      "The firms signed a deal in 1991. Critics say the 1991 deal was unfair. The court read the 1991 deal again.")
    let deals = timeline.events.filter { $0.date?.value.timex == "1991" }
    #expect(deals.count == 1)
    #expect(deals.first?.mentions.count == 3)
  }

  @Test func aDatedClauseWithoutAPastVerbIsNoEvent() {
    #expect(timeline("Sales are up 82 percent from 2019 levels.").events.isEmpty)
  }

  @Test func undatedEventsKeepTheirPlaceBetweenDatedNeighbours() {
    let timeline = timeline(
      """
      In 2019, rebels seized the port. The army arrested dozens of smugglers.
      In 2015, the rebels founded a party. Fighters torched the governor’s house.
      """)
    #expect(timeline.events.map { $0.date?.value.timex ?? "-" } == ["2015", "-", "2019", "-"])
    #expect(timeline.events.map(\.kind) == [.founding, .attack, .other, .arrest])
  }

  @Test func summariesAreClausesNotSentences() throws {
    let timeline = timeline(
      "In May 2020, militiamen encircled the residence of Omar Saleh, injuring two guards. "
        + "Laila Haddad, leader of the Green Bloc, joined the protests on June 2, 2020, according to witnesses.")
    #expect(
      timeline.events.map(\.summary) == [
        "Militiamen encircled the residence of Omar Saleh",
        "Laila Haddad, leader of the Green Bloc, joined the protests on June 2, 2020",
      ])
  }

  @Test func eventsCarryTheirActorsMainActorFirst() throws {
    let timeline = timeline("On June 2, 2020, Laila Haddad, leader of the Green Bloc, met Omar Saleh in Cairo.")
    let meeting = try #require(timeline.events.first)
    #expect(meeting.kind == .meeting)
    #expect(meeting.actors.map { timeline.actors[$0].name } == ["Laila Haddad", "Green Bloc", "Omar Saleh", "Cairo"])
  }

  /// A subject a few words before its clause is kept with those words, as the article wrote them.
  @Test func theSubjectOfAClauseIsFoundEarlierInTheSentence() throws {
    let timeline = timeline("Omar Saleh, who escaped unhurt, promptly released a statement calling for calm.")
    let statement = try #require(timeline.events.first)
    #expect(statement.kind == .statement)
    #expect(statement.summary == "Omar Saleh, who escaped unhurt, promptly released a statement calling for calm")
    #expect(statement.actors.map { timeline.actors[$0].name } == ["Omar Saleh"])
  }

  @Test func aRelativeClauseIsLedByWhatItIsAbout() throws {
    let timeline = timeline("Voters backed the reform movement that began in March 2019 in the capital.")
    #expect(timeline.events.map(\.summary).contains("Voters backed the reform movement"))
    #expect(timeline.events.count == 2)
    let event = try #require(timeline.events.first { $0.date != nil })
    #expect(event.summary == "The reform movement began in March 2019 in the capital")
    #expect(event.date?.value.timex == "2019-03")
  }

  @Test func theyStandsForTheGroupNamedBefore() throws {
    let timeline = timeline(
      "The Saraya Al-Fajr militia grew fast. They have carried out raids in 2020, officials said.")
    let raids = try #require(timeline.events.first)
    #expect(raids.actors.map { timeline.actors[$0].name } == ["Saraya Al-Fajr"])
  }

  @Test func theLastOrAPreviousEventIsNotTheOneToldBefore() throws {
    let timeline = timeline("Dockers began a strike on March 3. The last strike, in 2019, lasted weeks. A previous strike failed.")
    let strike = try #require(timeline.events.first)
    #expect(strike.mentions.count == 1)
  }

  @Test func infinitivesAndModalsTellOfNoEvent() {
    let timeline = timeline("The militias want to attack the base. They could storm the town. Nobody will vote.")
    #expect(timeline.events.isEmpty)
  }

  @Test func quotesThatMentionAnEventBackIt() throws {
    let timeline = timeline(
      """
      On Nov. 7, drones attacked the residence.
      “The attack was a warning,” Dana Whitfield said.
      """)
    let attack = try #require(timeline.events.first)
    #expect(attack.quotes == [0])
  }

  @Test func aRelativeClauseAboutAPossessedNounKeepsItsPossessor() throws {
    let timeline = Fixture.timeline(["Shops were torched by Lorvania’s young protesters, who have come to view the council as a foe."])
    let summaries = timeline.events.map(\.summary)
    #expect(summaries.contains { $0.hasPrefix("Lorvania’s young protesters have come") }, "\(summaries)")
    #expect(!summaries.contains { $0.hasPrefix("S young") }, "\(summaries)")
  }
}
