import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries keep a clause's frame with its content: a relative clause inside a subject gives the
/// main verb back to that subject, a report keeps what it says past such a clause, a report whose
/// speaker holds a phrase of its own is told with what it reports, and a short quotation is not
/// cut at its comma.
@Suite struct ClauseFrameSummaryTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-12").events.map(\.summary)
  }

  @Test func aRelativeClauseWithAPhraseAfterItsVerbGivesBackTheMainVerb() {
    let found = summaries("A walker who drowned after slipping from a jetty was unlawfully killed, an inquest heard.")
    #expect(!found.contains { $0.contains("jetty was unlawfully killed") && !$0.contains("who") }, "\(found)")
    #expect(found.contains { $0.hasPrefix("A walker") && $0.hasSuffix("was unlawfully killed") }, "\(found)")
    let reduced = summaries(
      "Tideline, a short film that follows a ferry crew during a storm through the eyes of a deckhand trapped in the hold, premiered in 2021.")
    #expect(!reduced.contains { $0.contains("film trapped") }, "\(reduced)")
  }

  @Test func aReportKeepsWhatItSaysPastARelativeClauseInItsSubject() {
    let found = summaries("The director said 14 branches that were already losing money would close in March.")
    #expect(!found.contains("The director said 14 branches"), "\(found)")
    #expect(found.contains { $0.hasPrefix("The director said 14 branches") && $0.hasSuffix("would close in March") }, "\(found)")
  }

  @Test func aReportKeepsWhatItSaysPastAParticipleSetOffInItsSubject() {
    let found = summaries(
      "The minister said a new bridge over the Tamsin River, approved by the council last year, would not open before 2031.")
    #expect(!found.contains("The minister said a new bridge over the Tamsin River"), "\(found)")
    #expect(found.contains { $0.hasPrefix("The minister said a new bridge") && $0.hasSuffix("would not open before 2031") }, "\(found)")
  }

  @Test(arguments: [
    ("Exports fell for a third month, data from the customs office showed.", "Data from the customs office showed"),
    ("The merger was approved, three people with knowledge of the talks said on Friday.", "Three people with knowledge of the talks said on Friday"),
  ])
  func aSpeakerWithAPhraseOfItsOwnIsToldWithWhatItReports(text: String, frame: String) {
    let found = summaries(text)
    #expect(!found.contains(frame), "\(found)")
    #expect(found.contains { $0.hasSuffix(frame.prefix(1).lowercased() + frame.dropFirst()) }, "\(found)")
  }

  @Test func aWordJoinedByAHyphenOpensNoClause() {
    let found = summaries("The curator told the museum board the coin was \"a once-in-a-generation discovery\".")
    #expect(found.contains("The curator told the museum board the coin was \"a once-in-a-generation discovery\""), "\(found)")
  }

  @Test func onceAfterItsVerbIsAnAdverbAndOpensNoClause() {
    let timeline = Fixture.timeline(
      ["The harbour board has met only once since August. The union called off the strike once the talks ended on Monday."],
      published: "2024-11-08")
    let found = timeline.events.map(\.summary)
    #expect(found.contains("The harbour board has met only once since August"), "\(found)")
    let met = timeline.events.first { $0.summary.hasPrefix("The harbour board") }
    #expect(met?.date?.value == TimeValue(timex: "2024-08"), "\(String(describing: met?.date))")
    #expect(found.contains("The union called off the strike"), "\(found)")
  }

  @Test func aCountOfNounsIsTheSubjectOfTheVerbAfterItsRelativeClause() {
    let found = summaries("Nine branches that were already losing money closed on Friday.")
    #expect(found.contains { $0.hasPrefix("Nine branches") && $0.hasSuffix("closed on Friday") }, "\(found)")
  }

  @Test func anAmountAfterANameInAppositionGoesOnWithTheClause() {
    let found = summaries("The trust said on Tuesday that it would give the farm's tenant, Harlow Dairies, £80,000 towards new fencing.")
    #expect(found.contains { $0.contains("Harlow Dairies, £80,000") }, "\(found)")
  }

  @Test func aLongReportIsToldFromAClauseNotFromAParticiple() {
    let found = summaries(
      "The carrier sold 30 narrow-body jets to a leasing group for $2.1 billion in a deal agreed late on Friday, keeping 12 older planes for its charter arm, and is set to close two bases in the spring, three people familiar with the plan said on Monday.")
    #expect(!found.contains { $0.hasPrefix("Keeping") }, "\(found)")
    #expect(found.contains { $0.hasPrefix("Three people familiar with the plan said on Monday") }, "\(found)")
  }

  @Test func aShortQuotationIsNotCutAtItsComma() {
    let found = summaries("Union leader Dana Holt said members deserved \"answers, not slogans\".")
    #expect(found.contains("Union leader Dana Holt said members deserved \"answers, not slogans\""), "\(found)")
  }
}
