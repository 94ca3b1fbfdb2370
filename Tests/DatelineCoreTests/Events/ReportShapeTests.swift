import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Reports read on their own: a speaker named in apposition keeps the noun phrase it names or
/// loses its commas, a report before a colon is told with the quotation it opens, and what a
/// speech verb says past its listener or place stays with it.
@Suite struct ReportShapeTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2025-10-21").events.map(\.summary)
  }

  @Test func aSpeakerInAppositionKeepsTheNounPhraseItNames() {
    let found = summaries("Its chief executive, Martin Oyelaran, said the firm had invested heavily in security.")
    #expect(found.contains("Its chief executive, Martin Oyelaran, said the firm had invested heavily in security"), "\(found)")
  }

  @Test func aReportAfterAClauseThatCannotStandAloneIsToldWithTheSentence() {
    let found = summaries("Talks in Vell collapsed on Tuesday after the two parties failed to agree on the budget, negotiators said.")
    #expect(
      found.contains("Talks in Vell collapsed on Tuesday after the two parties failed to agree on the budget, negotiators said"),
      "\(found)")
    #expect(!found.contains { $0.hasPrefix("After the two parties") }, "\(found)")
    let listed = summaries("He used the money to buy a yacht, pay for holidays in Vell, and cover school fees, prosecutors said.")
    #expect(
      listed.contains("He used the money to buy a yacht, pay for holidays in Vell, and cover school fees, prosecutors said"),
      "\(listed)")
    #expect(!listed.contains { $0.hasPrefix("And cover") }, "\(listed)")
  }

  @Test func aFindingWhoseSourceHasAParticipleIsABareReport() {
    let found = summaries("Bread prices rose 4% in August, figures published last week showed.")
    #expect(found.contains("Bread prices rose 4% in August, figures published last week showed"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Figures published") }, "\(found)")
    let survey = summaries("Most renters in Vell spend half their income on rent, a survey carried out by the city found.")
    #expect(!survey.contains { $0.hasPrefix("A survey carried out") }, "\(survey)")
  }

  @Test func aReportLedByItsSpeakerKeepsTheCapitalOfANameOfSeveralWords() {
    let text = """
      Meridian Freight is recalling about 40,000 jars of peanut butter sold across the country because they may \
      hold shards of glass, the national food safety agency said on Monday.
      """
    let found = summaries(text)
    #expect(found.contains { $0.contains("said on Monday Meridian Freight is recalling") }, "\(found)")
  }

  @Test func aReportLedByItsSpeakerKeepsTheCapitalOfANationality() {
    let text = """
      Dutch rail workers will walk out for 24 hours from Thursday, cancelling most trains across the country and \
      stranding thousands of commuters, the national rail operator said on Monday.
      """
    let found = summaries(text)
    #expect(found.contains { $0.contains("said on Monday Dutch rail workers will walk out") }, "\(found)")
  }

  @Test(arguments: [
    ("Judge Ilse Varga said the treasurer had \"cheated the families who trusted him\".",
     "Judge Ilse Varga said the treasurer had \"cheated the families who trusted him\""),
    ("In a 2019 interview Tomas Brandt said he painted \"for the sailors that never came home\".",
     "In a 2019 interview Tomas Brandt said he painted \"for the sailors that never came home\""),
  ])
  func aRelativeWordInsideAQuotationOpensNoClause(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(found)")
    #expect(!found.contains { $0.hasSuffix("families") || $0.hasSuffix("sailors") }, "\(found)")
  }

  @Test func aReportTooLongToEndWithItsSpeakerLeadsWithIt() {
    let text = """
      VELL (Reuters) - Talks on forming a new coalition government in the republic of Vell collapsed on Tuesday \
      after the two largest parties in its parliament failed to agree on who should control the finance ministry, negotiators said.
      """
    let found = summaries(text)
    #expect(found.contains { $0.hasPrefix("Negotiators said talks on forming a new coalition government") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("On who should control") }, "\(found)")
  }

  @Test func aReportTooLongWhoseClauseOpensWithAnAmountLeadsWithItsSpeaker() {
    let text = """
      About 3,000 dock workers at the three largest container ports of the republic walked out on Monday after \
      a fourth round of pay talks with the port operators collapsed, the Union of Dock Workers said.
      """
    let found = summaries(text)
    #expect(found.contains { $0.hasPrefix("The Union of Dock Workers said about 3,000 dock workers") }, "\(found)")
  }

  @Test func aSpeakerInAppositionFurtherInLosesItsCommas() {
    let found = summaries("On Monday its chief executive, Martin Oyelaran, said the firm would appeal against the fine.")
    #expect(found.contains("Martin Oyelaran said the firm would appeal against the fine"), "\(found)")
    #expect(!found.contains { $0.contains("Oyelaran, said") }, "\(found)")
  }

  @Test func aReportBeforeAColonIsToldWithItsQuotation() {
    let found = summaries("Detective Tom Hardy said: \"This was a cruel fraud that went on for years. We are glad it is over.\"")
    #expect(found.contains { $0.hasSuffix("Tom Hardy said: \"This was a cruel fraud that went on for years.") }, "\(found)")
    #expect(!found.contains { $0.hasSuffix("Tom Hardy said") }, "\(found)")
  }

  @Test func whatATellerSaysPastTheListenerStaysWithTheReport() {
    let found = summaries("Herbert Kessler told reporters outside parliament that his party would push for a snap election.")
    #expect(
      found.contains("Herbert Kessler told reporters outside parliament that his party would push for a snap election"),
      "\(found)")
  }

  @Test func aTopicAfterTheSpeechVerbMayHaveARelativeClause() {
    let found = Fixture.timeline(["The survivors told of the storm that had destroyed their homes in 2019."], published: "2025-10-21")
      .events
    #expect(found.contains { $0.date?.value.timex == "2019" && $0.summary.hasPrefix("The storm") }, "\(found.map(\.summary))")
  }

  @Test(arguments: [
    "Dock workers walked out on Monday after talks failed, the Union of Dock Workers said.",
    "Dock workers walked out on Monday, the head of the port authority said.",
    "Dock workers walked out on Monday after talks failed, the Federation of Port Unions (FPU) said.",
  ])
  func aSpeakerWhoseNameHoldsOfIsToldAfterWhatWasSaid(text: String) {
    let found = summaries(text)
    #expect(found.contains { $0.hasPrefix("Dock workers walked out on Monday") && $0.hasSuffix(" said") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("The ") && $0.hasSuffix(" said") }, "\(found)")
  }

  @Test(arguments: [
    ("Lead author Ann Kay cautioned that the sample was small.", "Lead author Ann Kay cautioned that the sample was small"),
    ("The regulator cautions that prices may rise.", "The regulator cautions that prices may rise"),
  ])
  func aCautionKeepsWhatItSays(text: String, summary: String) {
    let found = summaries(text)
    #expect(found.contains(summary), "\(found)")
  }

  @Test(arguments: [
    ("Officials say the bridge is safe.", "Officials say the bridge is safe"),
    ("Forecasters warn that roads will be icy.", "Forecasters warn that roads will be icy"),
    ("Analysts say sales will fall.", "Analysts say sales will fall"),
  ])
  func aPluralSubjectsPresentReportIsAStatement(text: String, summary: String) {
    let found = Fixture.timeline([text], published: "2025-10-21").events
    #expect(found.contains { $0.kind == .statement && $0.summary == summary }, "\(found.map(\.summary))")
  }

  @Test(arguments: [
    "The results add up.", "Shares continue higher.", "The games tell us much about the city.",
    "The rules are clear, as they say in the guide.",
  ])
  func aPluralSubjectsVerbThatCarriesNoWordsIsNoStatement(text: String) {
    let found = Fixture.timeline([text], published: "2025-10-21").events
    #expect(!found.contains { $0.kind == .statement }, "\(found.map(\.summary))")
  }

  @Test func aQuotationOfSeveralSentencesIsToldFromItsOpening() {
    let found = summaries(
      "Farmers marched in Vell on Monday. \"We have written letters, we have held meetings. Now we bring tractors,\" said Ilda Sarmento.")
    #expect(
      found.contains("\"We have written letters, we have held meetings. Now we bring tractors,\" said Ilda Sarmento"), "\(found)")
    let long = summaries("""
      Farmers marched in Vell on Monday. “We have written letters to every minister, we have held meetings in every \
      district and we have waited through two harvests for an answer. Now we bring tractors,” said Ilda Sarmento.
      """)
    #expect(long.contains("“…Now we bring tractors,” said Ilda Sarmento"), "\(long)")
  }
}
