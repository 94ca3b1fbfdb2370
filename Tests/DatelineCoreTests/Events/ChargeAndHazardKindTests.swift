import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A charge or an indictment is a court event whatever crime it names, and a fire, blaze,
/// drought or heatwave that kills is a disaster, not an attack; a verdict of guilty is a court
/// event.
@Suite struct ChargeAndHazardKindTests {
  private func kind(of words: String, in text: String) throws -> String {
    let events = Fixture.timeline([text], published: "2025-03-04").events
    return try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))").kind.rawValue
  }

  @Test(arguments: [
    ("A plumber was charged with assault on Wednesday.", "charged"),
    ("The brothers were charged with robbery and assault in 2019.", "charged"),
    ("The former minister was indicted on Tuesday.", "indicted"),
  ])
  func aChargeIsACourtEvent(text: String, words: String) throws {
    #expect(try kind(of: words, in: text) == "court")
  }

  @Test func aKillingFireOrDroughtIsADisasterAndGunmenStillAttack() throws {
    #expect(try kind(of: "killed", in: "Fires in the northern hills killed 14 people on Tuesday.") == "disaster")
    #expect(try kind(of: "killed", in: "A blaze at the market killed three traders on Sunday.") == "disaster")
    #expect(try kind(of: "killed", in: "The drought killed thousands of cattle in 2018.") == "disaster")
    #expect(try kind(of: "killed", in: "A heatwave killed 40 people in July.") == "disaster")
    #expect(try kind(of: "killed", in: "Gunmen killed 14 people in the northern hills on Tuesday.") == "attack")
  }

  @Test func aVerdictOfGuiltyIsACourtEventWhateverTheTaggerReadsItAs() throws {
    #expect(try kind(of: "guilty", in: "A jury found him guilty of arson.") == "court")
    #expect(try kind(of: "form", in: "The old charter had changed form.") == "other")
  }
}
