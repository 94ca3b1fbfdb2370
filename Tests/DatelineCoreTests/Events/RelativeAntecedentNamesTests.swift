import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Names set off after a relative clause inside the subject, right before the main clause's verb,
/// name the noun the clause is about when they cannot name the noun it ends on: names joined by
/// `and` after one thing, a person's name after a noun that is no person's role.
@Suite struct RelativeAntecedentNamesTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-10-21").events.map(\.summary)
  }

  @Test func joinedNamesAfterOneThingNameTheSubject() {
    let found = summaries("Three builders who paid the mayor, Ray Stanes and Keith Dorran, were given suspended sentences in September.")
    #expect(found.contains("Ray Stanes and Keith Dorran were given suspended sentences in September"), "\(found)")
    #expect(!found.contains { $0.contains("mayor, Ray Stanes") }, "\(found)")
  }

  @Test func aPersonsNameAfterAHappeningNamesTheSubject() {
    let found = summaries("A nurse who was hurt during the riot, Rosa Tallis, said she had been kicked in the back.")
    #expect(found.contains("Rosa Tallis said she had been kicked in the back"), "\(found)")
    #expect(found.contains("A nurse was hurt during the riot"), "\(found)")
  }

  @Test func oneNameAfterARoleNounStaysWithIt() {
    let found = summaries("Two men who attacked the mayor, John Holt, were jailed in May.")
    #expect(!found.contains { $0.hasPrefix("John Holt were") }, "\(found)")
  }

  @Test func aNameThatNamesNoPersonStaysWithTheNounBeforeIt() {
    let found = summaries("The firm that bought the mill, Ostra Works, said it would hire 40 workers.")
    #expect(!found.contains { $0.hasPrefix("Ostra Works said") }, "\(found)")
  }
}
