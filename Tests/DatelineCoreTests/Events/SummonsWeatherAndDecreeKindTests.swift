import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A passive `call` that sends someone somewhere summons, and tells no statement; a decree of
/// mourning or an amnesty is an act, not a statement; weather that burns, kills or strikes is a
/// disaster.
@Suite struct SummonsWeatherAndDecreeKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test(arguments: [
    ("Officers were called to a house in Mill Lane on Saturday evening.", "called"),
    ("Firefighters were called to the warehouse at about 02:00 on Sunday.", "called"),
    ("Paramedics were called out to the harbour on Tuesday.", "called"),
  ])
  func aPassiveCallToAPlaceSummons(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) != "statement")
  }

  @Test(arguments: [
    ("The new ferry service is called Tidewave.", "called"),
    ("A snap election must be called within three months of the vote.", "called"),
    ("These hooks are called directly by the engine.", "called"),
  ])
  func aPassiveCallNamesOrSummonsAndSaysNothing(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) != "statement")
  }

  @Test func aPassiveCallThatNamesOrAsksStaysAsItWas() throws {
    #expect(try kind(of: "called", in: "The minister called for calm on Tuesday.") == "statement")
    #expect(try kind(of: "called", in: "Rescue teams called the police on Tuesday.") != "statement")
  }

  @Test(arguments: [
    ("The president declared three days of national mourning on Monday.", "declared"),
    ("The king declared a day of mourning on Friday.", "declared"),
    ("The new government declared an amnesty for deserters in March.", "declared"),
  ])
  func aDecreeOfMourningIsAnAct(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) != "statement")
  }

  @Test(arguments: [
    ("In 1982, acid rain burned forests across the valley.", "burned"),
    ("Heavy snow killed two climbers on the ridge on Sunday.", "killed"),
    ("Torrential rain killed 12 people in the delta in May.", "killed"),
    ("A hailstorm injured 30 people at the fair on Saturday.", "injured"),
  ])
  func harmByWeatherIsADisaster(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) == "disaster")
  }
}

/// A verb that founds only what its object or subject is (`formed`) founds nothing when the
/// subject of a clause opened by `after`, `before` or `since` is of no such class.
@Suite struct ClauseAfterPrepositionSubjectKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test(arguments: [
    ("Voters waited for hours on Sunday after long queues formed outside polling stations.", "formed"),
    ("Traffic stopped on Friday after deep puddles formed across the motorway.", "formed"),
    ("Shoppers left the store on Monday before huge crowds formed at the tills.", "formed"),
  ])
  func aClauseSubjectOfNoClassFoundsNothing(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) != "founding")
  }

  @Test func aPartyFormedAfterAVoteStillFounds() throws {
    #expect(try kind(of: "formed", in: "Protests grew in 2019 after a new party formed in the north.") == "founding")
  }
}

/// A stabbing is an attack, as a shooting is.
@Suite struct StabbingKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test(arguments: [
    ("A man was stabbed outside a bar in Carrow on Saturday night.", "stabbed"),
    ("Two teenagers were stabbed near the station on Friday.", "stabbed"),
    ("A guard stabbed a prisoner in the exercise yard in 2019.", "stabbed"),
    ("The stabbing happened near the market on Tuesday evening.", "stabbing"),
  ])
  func aStabbingIsAnAttack(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) == "attack")
  }
}
