import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Events that name no date take one by news convention, shown as inferred with the reason: the
/// story's lead sets the story's day, a clause right after one dated to the day shares its day, a
/// report is of the publication date. Dates that modify a noun do not date their clause.
@Suite struct NarrativeDatingTests {
  private func events(_ text: String, published: String? = "2022-03-10") -> [Event] {
    Fixture.timeline([text], published: published).events
  }

  private func event(_ words: String, in events: [Event]) throws -> Event {
    try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test func anEventNamedInsideTheClausesOwnRelativeClauseDoesNotDateIt() throws {
    let all = events(
      """
      Dutch rider Ines Valk won the ninth stage of the Tour of Norland on Wednesday, attacking 4km from the summit.

      Ines Valk took the yellow jersey from Belgian rider Karel Hoste, who cracked on the final climb and lost four minutes.

      Hoste, who had worn yellow since the opening time trial in Ghent on March 1, said his legs "just went" on the last climb.
      """)
    // Not March 1: the report is of the story's time, the stage on Wednesday, as the relative
    // clause's older date tells of Hoste, not of when he spoke.
    let said = try event("said his legs", in: all)
    #expect(said.date?.value.timex == "2022-03-09", "\(String(describing: said.date))")
    #expect(said.date?.inference == .storyTime, "\(String(describing: said.date))")
  }

  @Test func aLeadInThePerfectTakesThePublicationDay() throws {
    let all = events("Norland has closed its border with Vesta. Officials blocked the main bridge.")
    let lead = try event("closed its border", in: all)
    #expect(lead.date?.value.timex == "2022-03-10")
    #expect(lead.date?.inference == .publication)
    #expect(lead.date?.isInferred == true)
  }

  @Test func laterPastClausesTakeTheDayOfTheLead() throws {
    let all = events(
      """
      On Tuesday, the Norland cabinet approved a new budget after a long debate.

      The finance minister defended the cuts in parliament.

      Opposition leaders walked out of the chamber.
      """)
    let lead = try event("approved a new budget", in: all)
    #expect(lead.date?.value.timex == "2022-03-08")
    #expect(lead.date?.inference == nil)
    for words in ["defended the cuts", "walked out"] {
      let later = try event(words, in: all)
      #expect(later.date?.value.timex == "2022-03-08", "\(words)")
      #expect(later.date?.inference == .storyTime)
      #expect(later.date?.anchorEvent == lead.id)
    }
  }

  @Test func aClauseAMeasuredStretchOpensIsMovedFromTheDayBeforeIt() throws {
    let all = events(
      """
      Tomas Lind died in hospital on March 2, four days after he was pushed from a balcony.

      The Halvorsen mill closed on Monday, two weeks after its lenders refused a new loan.

      The bridge reopened on March 1, a day before the inspectors filed their report.
      """)
    let push = try event("was pushed", in: all)
    #expect(push.date?.value.timex == "2022-02-26")
    #expect(push.date?.isInferred == true)
    #expect(try event("refused a new loan", in: all).date?.value.timex == "2022-02-21")
    #expect(try event("filed their report", in: all).date?.value.timex == "2022-03-02")
  }

  @Test func aMeasuredStretchAfterAStateIsMovedFromItsDayAndLeadsNoStory() throws {
    let all = events(
      "Thousands of homes in Vell were still without power on Tuesday, two days after a storm tore down the lines.")
    let storm = try event("tore down the lines", in: all)
    #expect(storm.date?.value.timex == "2022-03-06")
    #expect(storm.date?.isInferred == true)
  }

  @Test func theClauseAMeasuredStretchIsPlacedFromLeadsTheStory() throws {
    let all = events(
      """
      Thousands of homes in Vell were still without power on Thursday, two days after a storm tore down the lines.

      The storm made landfall on Monday night.

      The power company said it had restored supply to 9,000 homes.
      """)
    #expect(try event("tore down the lines", in: all).date?.value.timex == "2022-03-08")
    let said = try event("restored supply", in: all)
    #expect(said.date?.value.timex == "2022-03-10", "\(String(describing: said.date))")
  }

  @Test func aStatementInThePastPerfectIsNotOfThePublicationDay() throws {
    let all = events("A former mayor of Vell was jailed on Tuesday. He had denied all the charges.")
    let denied = try event("had denied", in: all)
    #expect(denied.date == nil, "\(String(describing: denied.date))")
  }

  @Test func aListInAReportedClauseStaysInItsClause() {
    let all = events("The court heard that Ilse Brandt took cash, holidays and a car from three builders between 2016 and 2019.")
    #expect(!all.contains { $0.summary.hasSuffix("took cash") }, "\(all.map(\.summary))")
    #expect(all.contains { $0.summary.contains("took cash, holidays and a car from three builders") }, "\(all.map(\.summary))")
  }

  @Test func aStoryLongBeforeItsPublicationSetsNoStoryTime() throws {
    let all = events(
      """
      On May 4, 1998, the old mill on the river burned down.

      Firefighters fought the flames for hours.
      """)
    #expect(try event("fought the flames", in: all).date == nil)
  }

  @Test func presentAndFutureClausesTakeNoStoryTime() throws {
    let all = events(
      """
      On Tuesday, the Norland cabinet approved a new budget.

      The minister is defending the cuts on television.
      """)
    #expect(try event("defending the cuts", in: all).date == nil)
  }

  @Test func aClauseRightAfterADayDatedOneSharesItsDay() throws {
    let all = events(
      """
      The harbour reopened on March 1, 2019. On Feb. 2, a tanker ran aground near the pier. The port authority closed the channel.
      """,
      published: nil)
    let closed = try event("closed the channel", in: all)
    #expect(closed.date?.value.timex.hasSuffix("-02-02") == true)
    #expect(closed.date?.inference == .narrative)
  }

  @Test func aClauseAfterACoarserDateOfItsSentenceTakesThatDate() throws {
    let all = events(
      """
      On Dec. 4 the river burst its banks and flooded the market. Then in January it rose again, and the town lost its ferry pier.
      """)
    let lost = try event("lost its ferry pier", in: all)
    #expect(lost.date?.value.timex == "2022-01", "\(String(describing: lost.date?.value.timex))")
    #expect(lost.date?.inference == .narrative)
  }

  @Test func aReportAfterACoarserDateOfItsSentenceTakesThatDate() throws {
    let all = events("In January the shop raised its prices, and customers complained that the bread was stale.")
    let complaint = try #require(all.first { $0.kind == .statement }, "\(all.map(\.summary))")
    #expect(complaint.date?.value.timex == "2022-01", "\(String(describing: complaint.date?.value.timex))")
  }

  @Test func aPastPerfectSetsNoStoryTime() throws {
    let all = events("Orla Finch had signed the lease on March 2. She said the shop was doing well.")
    let report = try #require(all.first { $0.kind == .statement }, "\(all.map(\.summary))")
    #expect(report.date?.value.timex == "2022-03-10", "\(String(describing: report.date?.value.timex))")
  }

  @Test func aYearDatesNoNeighbour() throws {
    let all = events("In 2014, the militia was founded. Its fighters joined the army later.", published: nil)
    #expect(try event("joined the army", in: all).date == nil)
  }

  @Test func aReportOutsideTheStoryTimeIsOfThePublicationDay() throws {
    let all = events("Officials said gunmen had attacked the embassy in Amman on March 3, 2019.")
    #expect(all.first { $0.kind == .attack }?.date?.value.timex == "2019-03-03")
    let report = try #require(all.first { $0.kind == .statement })
    #expect(report.date?.value.timex == "2022-03-10")
    #expect(report.date?.inference == .publication)
  }

  @Test func aReportSetAfterADatedHappeningIsThatHappening() throws {
    let all = events("On March 3, 2019, gunmen attacked the embassy in Amman, officials said.")
    #expect(all.map(\.summary) == ["Gunmen attacked the embassy in Amman, officials said"])
    #expect(all.first?.date?.value.timex == "2019-03-03")
  }

  @Test func whatMayComeDoesNotDateTheWarningOfIt() throws {
    let all = events("The weather service warned that river levels could keep rising until the end of the week.")
    let warning = try #require(all.first { $0.kind == .statement }, "\(all.map(\.summary))")
    #expect(warning.date?.value.timex == "2022-03-10", "\(String(describing: warning.date?.value.timex))")
  }

  @Test func aTimeThatCannotBeWorkedOutBlocksTheInference() throws {
    let all = events("On March 9, the court met. Guards joined the protests the night before the strike.")
    #expect(try #require(all.first { $0.kind == .protest }).date == nil)
  }

  @Test func aPossessiveYearDoesNotHideTheDayOfTheClause() throws {
    let all = events("Yesterday, at this year's trade fair, Orla Finch unveiled a folding tablet.")
    #expect(try event("unveiled a folding tablet", in: all).date?.value.timex == "2022-03-09")
  }

  @Test func aYearInsideANounPhraseGivesWayToTheOpeningAdverbial() throws {
    let all = events("At a Wednesday media event, Vantor released the 2023 version of its mapping suite.")
    #expect(try event("released the 2023 version", in: all).date?.value.timex == "2022-03-09")
  }

  @Test func anOpeningAfterAnEventDoesNotTakeItsDate() throws {
    let all = events("After the Feb. 2 strike, the union's leaders resigned.")
    #expect(try event("resigned", in: all).date?.value.timex != "2022-02-02")
  }

  @Test func theSecondHalfOfAHyphenatedWordIsNoVerb() {
    #expect(events("The Vesta-backed militia and the state-run radio are rivals.", published: nil).isEmpty)
  }

  @Test func aClauseAboutADatedNounTakesNoStoryTime() throws {
    let all = events(
      """
      On Tuesday, the Norland cabinet approved a new budget.

      Its critics, whose party lost heavily in the Oct. 10 election, walked out.
      """)
    let lost = try #require(all.first { $0.summary.hasPrefix("Its critics' party lost heavily") }, "\(all.map(\.summary))")
    #expect(lost.date?.inference == nil)
    #expect(try event("walked out", in: all).date?.value.timex == "2022-03-08")
  }

  @Test func aPastClauseThatNamesADatedEventTakesItsDay() throws {
    let all = events(
      """
      Norland voted in a general election on Oct. 10, 2021.

      On Tuesday, the new cabinet approved a budget.

      The election gave the Green Bloc only 14 seats.
      """)
    let seats = try event("only 14 seats", in: all)
    #expect(seats.date?.value.timex == "2021-10-10")
    #expect(seats.date?.inference == .narrative)
  }

  @Test func aReportGoesOnFromItsSpeakersReportOfADay() throws {
    let all = events(
      """
      In a Tuesday briefing, the Norland cabinet approved a new budget for the harbour.

      Finance minister Ada Brenner announced today that the tax on fuel will rise by two percent.

      Brenner said that the ferry fares will stay the same for another year.
      """)
    let report = try event("ferry fares", in: all)
    #expect(report.date?.value.timex == "2022-03-10")
    #expect(report.date?.inference == .narrative)
  }

  @Test func aReportGoesOnFromWhatItsSpeakerDidOnADay() throws {
    let all = events(
      """
      Floods cut off the village of Ardle on Saturday, leaving 300 homes without power.

      Energy minister Olga Berg visited the village on Tuesday. She said the families would receive emergency payments.

      Local officials said the roads would stay shut.
      """)
    // Not Saturday, the story's day: the minister speaks on the day of her visit.
    let report = try event("emergency payments", in: all)
    #expect(report.date?.value.timex == "2022-03-08", "\(String(describing: report.date))")
    #expect(report.date?.inference == .narrative)
    // Another speaker, in another paragraph, is of the story's time still.
    #expect(try event("roads would stay shut", in: all).date?.value.timex != "2022-03-08")
  }

  @Test func aReportAfterWhatItsSpeakerDidBeforeTheStoryIsOfTheStorysDays() throws {
    let all = events(
      """
      On Tuesday, the council opened a public contest to name the new bridge over the Tarn.

      Mayor Ines Lark backed the idea of a contest at a rally on January 12. She said, "Every vote will count the same."
      """)
    // Not January 12: what the mayor did long before the story is background to it.
    let report = try event("Every vote", in: all)
    #expect(report.date?.value.timex != "2022-01-12", "\(String(describing: report.date))")
  }

  @Test func aPastClauseRightAfterAnotherTimeTakesThatTime() throws {
    let all = events(
      "Delacroix said on Tuesday that his legs gave up. Kipsang won in Boston last October. Mutua finished 14 seconds behind.")
    #expect(try event("Mutua finished", in: all).date?.value.timex == "2021-10")
  }

  @Test func aClauseGoingOnFromAYearHeldByAnEarlierMonthTakesTheYear() throws {
    let all = events(
      "Kipsang won in Boston last October. Last year the tickets sold out in three hours, and fans complained that the site crashed.")
    #expect(try event("complained that the site", in: all).date?.value.timex == "2021")
  }

  @Test func aClauseGoingOnAfterButFromAMonthTakesTheMonth() throws {
    let all = events(
      """
      The snack maker has agreed to a takeover by a rival, the companies said on Friday.

      The bidder first approached the board in January, but its offer of 350p a share was rejected.
      """)
    #expect(try event("offer of 350p", in: all).date?.value.timex == "2022-01")
  }

  @Test func aPresentInsideWhatAPastClauseTellsHoldsAtItsTime() throws {
    let all = events(
      """
      The brewery lost its court case against the Tarrow Group on Monday.

      The judge agreed with the group's defence that, while the Tarrow logo is registered, the beer it sells is not.
      """)
    #expect(try event("logo is registered", in: all).date?.value.timex == "2022-03-07")
  }

  @Test func aFutureRightAfterAPlanForADayIsOfThatDay() throws {
    let all = events(
      """
      Yesterday Zapco unveiled the Zap 5 phone at a conference in Lisbon.

      The Zap 5 will be available on March 24 in Spain.

      It comes in two colours.

      The older Zap 4 will be discontinued.
      """)
    #expect(try event("Zap 4 will be discontinued", in: all).date?.value.timex == "2022-03-24")
  }

  @Test func whatADocumentSaysIsOfWhenItWasIssued() throws {
    let all = events(
      "The brewery's latest complaint, filed in September 2019, claims that the group copied its label.")
    #expect(try event("claims", in: all).date?.value.timex == "2019-09")
  }
}
