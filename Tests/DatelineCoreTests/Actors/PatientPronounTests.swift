import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A subject pronoun whose clause tells what others will do to it (`he would be sentenced`, `they
/// will appear in court`) stands for the object of the predicate before it, not for its subject;
/// when that object has no name, the pronoun is left as it is.
@Suite struct PatientPronounTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-11-08").events.map(\.summary)
  }

  @Test func aPassiveAfterAPersonObjectIsAboutTheObject() {
    let text = "Judge Simon Pryce remanded Graham Ashby in custody and said he would be sentenced on 20 December."
    #expect(summaries(text).contains("Graham Ashby would be sentenced on 20 December"), "\(summaries(text))")
    #expect(!summaries(text).contains { $0.contains("Simon Pryce would be sentenced") })
  }

  @Test func standingTrialIsAboutTheObject() {
    let text = "Judge Alan Moss refused bail to Carl Venn on Monday. He will stand trial in March."
    #expect(!summaries(text).contains { $0.contains("Alan Moss will stand trial") }, "\(summaries(text))")
  }

  @Test func aPersonObjectInTheSentenceBeforeIsTaken() {
    let text = "Judge Simon Pryce remanded Graham Ashby in custody on Monday. He will be sentenced on 20 December."
    #expect(summaries(text).contains("Graham Ashby will be sentenced on 20 December"), "\(summaries(text))")
  }

  @Test func anObjectOfTheOtherSexIsNotTaken() {
    let text = "Judge Simon Pryce fined Helen Marsh £500 on Monday and said he would be replaced in May."
    #expect(!summaries(text).contains { $0.contains("Helen Marsh would be replaced") }, "\(summaries(text))")
  }

  @Test func anActiveClauseKeepsTheSubject() {
    let text = "Judge Simon Pryce remanded Graham Ashby in custody and said he would sentence him on 20 December."
    #expect(!summaries(text).contains { $0.hasPrefix("Graham Ashby would sentence") }, "\(summaries(text))")
  }
}
