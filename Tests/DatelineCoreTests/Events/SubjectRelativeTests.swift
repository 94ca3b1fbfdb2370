import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A relative clause inside a sentence's subject ends before the main clause's verb comes back,
/// also when it ends on an object pronoun (`Two builders who paid him | were jailed in March`):
/// the main clause keeps its subject and its relative word.
@Suite struct SubjectRelativeTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-21").events.map(\.summary)
  }

  @Test func aRelativeClauseEndingOnHimGivesBackItsMainClause() {
    let found = summaries("Two builders who paid him were jailed in March.")
    #expect(found.contains("Two builders who paid him were jailed in March"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Two builders paid him were") }, "\(found)")
  }

  @Test func aRelativeClauseEndingOnThemOrUsDoesToo() {
    let them = summaries("The gang that robbed them was caught in Tarnby on Monday.")
    #expect(them.contains("The gang that robbed them was caught in Tarnby on Monday"), "\(them)")
    let us = summaries("A driver who followed us crashed into a wall on Friday.")
    #expect(us.contains("A driver who followed us crashed into a wall on Friday"), "\(us)")
  }

  @Test func aRelativeClauseEndingOnItAfterItsVerbDoesToo() {
    let it = summaries("The agency that runs it said on Monday it had approved more hours.")
    #expect(it.contains { $0.hasPrefix("The agency that runs it said") }, "\(it)")
    let her = summaries("A man who attacked her was jailed in Tarnby on Monday.")
    #expect(her.contains("A man who attacked her was jailed in Tarnby on Monday"), "\(her)")
  }

  @Test func aRelativeClauseAfterABarePluralOpeningTheSentenceKeepsItsDateToItself() {
    let all = Fixture.timeline(
      ["Floods hit the valley on Tuesday.\n\nFarmers who lost their homes in 2014 said they felt abandoned."],
      published: "2024-06-21"
    ).events.map { ($0.summary, $0.date?.value.timex ?? "-") }
    #expect(all.contains { $0.0.hasPrefix("Farmers lost their homes") && $0.1 == "2014" }, "\(all)")
    #expect(all.contains { $0.0.contains("said they felt abandoned") && $0.1 != "2014" }, "\(all)")
  }

  @Test func whichAfterPeopleInAPlaceIsAboutThePlace() {
    let found = summaries("Workers at the Tarnby plant, which opened in 1990, walked out on Monday.")
    #expect(found.contains("The Tarnby plant opened in 1990"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Workers at the Tarnby plant opened") }, "\(found)")
  }
}
