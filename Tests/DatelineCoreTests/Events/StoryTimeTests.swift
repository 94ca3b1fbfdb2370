import DatelineTestSupport
import Testing

@testable import DatelineCore

/// What sets a story's time and what stays out of it: a lead told as happening now is of the
/// publication day; the past perfect, a past marked as earlier (`first`, `previously`) and the
/// clauses right after an older date of their paragraph tell of other times.
@Suite struct StoryTimeTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2022-03-10").events
  }

  private func event(_ words: String, in events: [Event]) throws -> Event {
    try #require(events.first { $0.summary.contains(words) }, "\(events.map(\.summary))")
  }

  @Test func aLeadInThePresentProgressiveTakesThePublicationDay() throws {
    let all = events(
      """
      The Norland health minister is stepping down after a row over hospital funding.

      The cabinet accepted her resignation in a short meeting.
      """)
    let lead = try event("stepping down", in: all)
    #expect(lead.date?.value.timex == "2022-03-10")
    #expect(lead.date?.inference == .publication)
    let later = try event("accepted her resignation", in: all)
    #expect(later.date?.value.timex == "2022-03-10")
    #expect(later.date?.inference == .storyTime)
  }

  @Test func aLeadToldOnTheWeekendBeforePublicationSetsTheStorysTime() throws {
    let all = events(
      """
      The fifth Harbour Games took place in Velmouth this weekend, drawing 20,000 visitors.

      Hundreds of stalls sold local food along the quay.
      """)
    let lead = try event("took place", in: all)
    #expect(lead.date?.value.timex == "2022-W09-WE", "\(all.map { ($0.summary, $0.date?.value.timex ?? "-") })")
    let later = try event("stalls sold", in: all)
    #expect(later.date?.value.timex == "2022-W09-WE" && later.date?.inference == .storyTime)
  }

  @Test(arguments: ["The Velmouth harbour fair", "The fair", "The harbour festival"])
  func aLeadThatTookPlaceOnTheWeekendSetsTheStorysTime(subject: String) throws {
    let all = events(
      """
      \(subject) took place this weekend, drawing 30,000 visitors.

      Hundreds of stalls sold local food along the quay.
      """)
    let later = try event("stalls sold", in: all)
    #expect(later.date?.value.timex == "2022-W09-WE" && later.date?.inference == .storyTime, "\(later.date?.value.timex ?? "-")")
  }

  @Test func aMainClauseAroundARelativeClauseOfItsSubjectIsOfTheStorysTime() throws {
    let all = events("Ilse Varga, who founded a chain of 40 bakeries, has died at the age of 91.")
    let death = try event("has died", in: all)
    #expect(death.date?.value.timex == "2022-03-10", "\(all.map { ($0.summary, $0.date?.value.timex ?? "-") })")
  }

  @Test func aLeadThatTellsWhatIsToComeLeavesTheStoryToItsReport() throws {
    let all = events(
      """
      Trade ministers of the Northern Council will meet in Osloby on 18 April, the council said on Thursday.

      Its secretary general signed a pact on shipping lanes.
      """)
    #expect(all.first { $0.kind == .meeting }?.date?.value.timex == "2022-04-18")
    let later = try event("signed a pact", in: all)
    #expect(later.date?.value.timex == "2022-03-10")
    #expect(later.date?.inference == .storyTime)
  }

  @Test(arguments: ["this season", "so far this season", "these days"])
  func aPastToldWithAVaguePresentTakesNoNeighboursDate(when: String) throws {
    let all = events(
      """
      Rovers sacked manager Ivo Brandt on Sunday.

      Brandt joined from Selbrook in June 2020. He won only three of his 17 games \(when).
      """)
    #expect(try event("joined from Selbrook", in: all).date?.value.timex == "2020-06")
    #expect(try event("won only three", in: all).date == nil)
  }

  @Test func whatALeadOfThePublicationDayCameAfterIsOfNoDay() throws {
    let all = events(
      """
      A care home has been fined £500,000 after a resident died when staff missed warning signs, a court heard.

      The home's owner apologised to the family.
      """)
    #expect(try event("has been fined", in: all).date?.value.timex == "2022-03-10")
    let death = try #require(all.first { $0.summary.hasPrefix("A resident died") }, "\(all.map(\.summary))")
    #expect(death.date == nil)
    #expect(try event("owner apologised", in: all).date?.value.timex == "2022-03-10")
  }

  @Test func whatALeadOfItsOwnDayCameAfterIsStillOfTheStory() throws {
    let all = events("Police arrested a man on Sunday after a woman was stabbed in Tessby.")
    #expect(try event("was stabbed", in: all).date?.value.timex == "2022-03-06")
  }

  @Test func aLonePresentWordStillLetsThePastTakeTheStoryDay() throws {
    let all = events(
      """
      Rovers sacked manager Ivo Brandt on Sunday.

      The current chairman praised his work. The board thanked the current coach, Ada Rusk.
      """)
    #expect(try event("chairman praised", in: all).date?.value.timex == "2022-03-06")
    #expect(try event("board thanked", in: all).date?.value.timex == "2022-03-06")
  }

  @Test(arguments: ["months ago", "about 19,000 years ago", "in the past"])
  func aLeadToldInAVaguePastIsNotOfThePublicationDay(when: String) throws {
    let all = events(
      """
      The cave paintings were made \(when).

      Hikers reached the cave with a guide.
      """)
    #expect(try event("paintings were made", in: all).date == nil)
    #expect(try event("reached the cave", in: all).date == nil)
  }

  @Test func aVaguePastOfAParticipleLeavesTheLeadItsDay() throws {
    let all = events("Scientists have found a map painted 19,000 years ago.")
    #expect(try event("have found a map", in: all).date?.inference == .publication)
  }

  @Test func thePastPerfectTakesNoStoryTime() throws {
    let all = events(
      """
      On Tuesday, the Norland cabinet approved a new budget.

      The finance minister had opposed an earlier draft.
      """)
    #expect(try event("opposed an earlier draft", in: all).date == nil)
  }

  @Test(arguments: ["first presented", "previously presented", "originally presented"])
  func aPastMarkedAsEarlierTakesNoStoryTime(verb: String) throws {
    let all = events(
      """
      On Tuesday, the Norland cabinet approved a new budget.

      The finance minister \(verb) the plan to the unions.
      """)
    #expect(try event("the plan to the unions", in: all).date == nil)
  }

  @Test func theClausesRightAfterAnOlderDateOfTheirParagraphTakeNoStoryTime() throws {
    let all = events(
      """
      On Tuesday, the Norland cabinet approved a new budget.

      The finance minister joined the party in 2009. She won her seat in a close race.

      Opposition leaders walked out of the chamber.
      """)
    #expect(try event("won her seat", in: all).date == nil)
    #expect(try event("walked out", in: all).date?.value.timex == "2022-03-08")
  }

  @Test func anOlderDateInARelativeClauseLeavesItsSentenceToTheStory() throws {
    let all = events(
      """
      A former harbour master was jailed on Tuesday for taking bribes.

      Orso Valente, 61, who ran the port from 2012 until his arrest in June 2023, was found guilty of fraud. \
      Two clerks were also convicted.
      """)
    #expect(try event("found guilty", in: all).date?.value.timex == "2022-03-08")
    #expect(try event("clerks were also convicted", in: all).date?.value.timex == "2022-03-08")
    #expect(try event("ran the port", in: all).date?.value.timex == "2012")
  }

  @Test func aRelativeClausesDayDatesOnlyTheRestOfItsSentence() throws {
    let all = events(
      """
      A wildfire forced 3,000 people from their homes overnight.

      Crews were battling the blaze, which broke out on Sunday afternoon in dry forest. Gusting winds made the work harder.

      The fire in Alvor, which started on Sunday, spread quickly and destroyed 40 homes.
      """)
    #expect(try event("made the work harder", in: all).date?.value.timex == "2022-03-10")
    #expect(try event("spread quickly", in: all).date?.value.timex == "2022-03-06")
  }

  @Test func theDeadlineOfWhatIsPromisedDoesNotDateThePromise() throws {
    let all = events(
      """
      The Green Union has promised to plant two million trees by 2030.

      The utility agreed on Monday to repay the loan by 2029. The city will open the bridge by 2031.
      """)
    #expect(try event("promised to plant", in: all).date?.value.timex == "2022-03-10")
    #expect(try event("agreed on Monday", in: all).date?.value.timex == "2022-03-07")
    #expect(try event("open the bridge", in: all).date?.value.timex == "2031")
    let joined = events("Farmers began to plant the new wheat and by 2019 it was grown everywhere.")
    #expect(try event("began to plant", in: joined).date?.value.timex == "2019")
    let expected = events("Talks with the lenders are expected to finish by March 15.")
    #expect(try event("expected to finish", in: expected).date?.value.timex == "2022-03-15")
  }

  @Test func theDeadlineOfACoordinatedComplementDoesNotDateThePromise() throws {
    let all = events(
      """
      The Harbour Party has pledged to repair the old pier and open a ferry line by 2028.

      The mill's owners plan to close the dye works or sell them by 2027. The mayor has vowed to fix roads and open clinics by 2029.

      The Harbour Party has promised to lower fares and build 40,000 homes by 2030.
      """)
    let lead = try event("pledged to repair", in: all).date?.value.timex
    #expect(lead == "2022-03-10", "\(String(describing: lead))")
    for (words, deadline) in [("plan to close", "2027"), ("vowed to fix", "2029"), ("lower fares", "2030")] {
      let date = try event(words, in: all).date?.value.timex
      #expect(date != deadline, "\(words): \(String(describing: date))")
    }
  }

  @Test func aStretchSetsNoDayForTheClausesAfterIt() throws {
    let all = events(
      """
      Hundreds of schools in Norland closed on Wednesday as temperatures passed 44C.

      The health ministry said 17 people had died from the heat since Sunday. Hospitals in Tarnby reported a sharp rise in admissions.
      """)
    // The stretch from Sunday to now tells no day of its own: the hospitals' report is of the
    // story's day, the lead's Wednesday, not of the Sunday the stretch starts on.
    let reported = try event("reported a sharp rise", in: all)
    #expect(reported.date?.value.timex == "2022-03-09", "\(String(describing: reported.date))")
    #expect(reported.date?.inference == .storyTime)
  }

  @Test func aRelativeClauseOfTheLeadsSubjectIsBackgroundOfNoDay() throws {
    let all = events(
      """
      Ruth Calder, who served three terms as mayor of Tarnby, has died.

      Her family said she died peacefully at home on Monday after a short illness.
      """)
    let served = try event("served three terms", in: all)
    #expect(served.date == nil, "\(String(describing: served.date))")
  }

  @Test func aReportAfterAnOlderTimeIsOfTheStorysDay() throws {
    let all = events(
      """
      Voters in Marlow re-elected their mayor on Sunday.

      Her rival conceded shortly after midnight. He said he would return to teaching in May.

      The city took a loan in 2019. The finance office said it would repay it early.
      """)
    for words in ["He said he would return", "The finance office said"] {
      let report = try event(words, in: all)
      #expect(report.date?.value.timex == "2022-03-06", "\(words): \(String(describing: report.date))")
      #expect(report.date?.inference == .storyTime)
    }
  }

  @Test func aClauseAfterADayLaterThanTheStorysIsOfTheStorysTime() throws {
    let all = events(
      """
      Talks between the dock union and the port broke down late on Tuesday.

      The vote had been set for Wednesday but was brought forward after managers cancelled a meeting.
      """)
    let cancelled = try event("cancelled a meeting", in: all)
    #expect(cancelled.date?.value.timex == "2022-03-08", "\(String(describing: cancelled.date))")
    #expect(cancelled.date?.inference == .storyTime)
  }

  @Test func aReportGoingOnFromWhatAReportToldIsNotOfItsTime() throws {
    let all = events(
      """
      Shares in Tarn Mining fell 9% on Wednesday.

      The miner said output dropped in the third quarter, and warned that repairs would take months.
      """)
    let warned = try event("warned that repairs", in: all)
    #expect(warned.date?.value.timex == "2022-03-09", "\(String(describing: warned.date))")
  }

  @Test func aReportGoingOnFromAReportDatedByWhatItToldIsNotOfThatTime() throws {
    let all = events(
      """
      Shares in Calder Mining fell 14% on Wednesday.

      The miner said production at its Tarn Valley site dropped 9% in the third quarter, and warned that repairs to a flooded shaft would not be finished until February.
      """)
    let warned = try event("warned that repairs", in: all)
    #expect(warned.date?.value.timex == "2022-03-09", "\(String(describing: warned.date))")
  }
}
