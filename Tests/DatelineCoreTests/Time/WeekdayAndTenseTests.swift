import Testing

@testable import DatelineCore

/// Weekdays and year-less dates placed by the reference (Tuesday 2021-11-09) and the tense.
@Suite struct WeekdayAndTenseTests {
  @Test func weekdaysFollowTheTense() {
    expectTime("The ministry said [[Sunday]] that seven guards were hurt.", "2021-11-07", .date)
    expectTime("Talks will resume [[Thursday]].", "2021-11-11")
    expectTime("Talks resume on [[Monday]].", "2021-11-15")
    expectTime("He spoke on [[Tuesday]].", "2021-11-09")
  }

  @Test func aSaidAfterWhatItReportsNamesItsSpeakerAfterIt() {
    expectTime("Admissions rose by a third, said the ministry on [[Sunday]].", "2021-11-07")
    expectTime("\u{201C}Admissions rose,\u{201D} said the ministry on [[Sunday]].", "2021-11-07")
    // A said after an aside in its speaker's phrase, or with no comma, reports a clause after it.
    expectTime("Ana Ruiz, the minister, said the talks resume on [[Thursday]].", "2021-11-11")
    expectTime("The minister said the talks resume on [[Thursday]].", "2021-11-11")
  }

  @Test func yearLessDatesFollowTheTense() {
    expectTime("The deal was signed on [[Feb. 20]].", "2021-02-20")
    expectTime("The deal will be signed on [[Feb. 20]].", "2022-02-20")
    expectTime("The rules will come into effect on [[Oct. 1]].", "2022-10-01")
    expectTime("The rules came into effect on [[Oct. 1]].", "2021-10-01")
    expectTime("Elections are set for [[Dec. 20]].", "2021-12-20")
    expectTime("The ruling is expected in [[January]].", "2022-01")
    expectTime("Iraq held elections in [[October]].", "2021-10", reference: "2021-11")
  }

  @Test func anExpectationInThePresentLooksAheadPastANegationOrAdverb() {
    expectTime("A ruling is not expected before [[February]].", "2022-02")
    expectTime("A ruling is now expected in [[May]].", "2022-05")
    expectTime("The report isn't due until [[May]].", "2022-05")
    expectTime("Results are due on [[Tuesday]].", "2021-11-16", reference: "2021-11-11")
    expectTime("The plant is currently scheduled to reopen in [[May]].", "2022-05")
    expectTime("The firm won't decide before [[February]].", "2022-02")
  }

  @Test func anExpectationSetOffAfterANounTakesTheTenseOfItsClause() {
    expectTime("The report, expected in [[February]], will set out the plan.", "2022-02")
    expectTime("The vote, slated for [[June]], will decide the seat.", "2022-06")
    expectTime("The bridge, damaged in [[May]], will reopen soon.", "2021-05")
  }

  @Test func theEndOfARangeOfDaysFollowsItsStart() {
    expectTime("The road was closed from Thursday until [[Saturday]].", "2021-11-06")
    expectTime("The festival ran from Friday to [[Sunday]].", "2021-11-07")
    expectTime("The road will be closed from Thursday until [[Saturday]].", "2021-11-13")
    expectTime("The ban will run from Saturday until [[Monday]].", "2021-11-15")
    expectTime("It bought shares from Oct. 12 to [[Thursday]] at $5 each.", "2021-11-04")
  }

  @Test func aWarningIssuedForSomethingRunsAhead() {
    expectTime("The service has issued a yellow warning for snow from [[Thursday evening]] until Saturday.", "2021-11-11TEV")
    expectTime("Police have issued a warning to drivers from [[Friday]].", "2021-11-12")
  }

  @Test func aPassiveInfinitiveAfterANounLooksAhead() {
    expectTime("The board proposed a dividend of 4 crowns, to be paid in [[May]].", "2022-05")
    expectTime("Ministers approved rules to be introduced in [[March]].", "2022-03")
    expectTime("The ship to be launched in [[April]] was built in Oslo.", "2022-04")
  }

  @Test func aPassiveInfinitiveOfARecordOrAVerbIsNotAhead() {
    expectTime("She became the first woman to be elected mayor in [[March]].", "2021-03")
    expectTime("He refused to be paid in [[May]] and left.", "2021-05")
  }

  @Test func anExpectationInThePastStaysInThePast() {
    expectTime("A ruling was widely expected in [[February]].", "2021-02")
    expectTime("The report had not been expected before [[May]].", "2021-05")
    expectTime("Sales rose more than expected in [[October]].", "2021-10")
  }

  @Test func aSimplePastThatGovernsTheDatePlacesItBeforeTheReference() {
    expectTime("The board voted in [[December]].", "2020-12")
    expectTime("The board voted in [[April]].", "2024-04", reference: "2025-03-06")
    expectTime("The board met again in [[April]].", "2024-04", reference: "2025-03-06")
    expectTime("The company closed two plants in [[December]].", "2020-12")
    expectTime("The deal was signed on [[Nov. 20]].", "2020-11-20")
    expectTime("Voters went to the polls on [[Nov. 20]].", "2020-11-20")
    expectTime("The bank said it redeemed its notes on [[Nov. 20]].", "2020-11-20")
    expectTime("The plant had closed in [[December]].", "2020-12")
    expectTime("In [[December]], the board voted to sell the unit.", "2020-12")
    expectTime("The board voted in [[November]].", "2021-11")
  }

  @Test func aGerundAfterAPastVerbIsToldAsDone() {
    expectTime("He had served eight months before being released on bail in [[January]].", "2021-01")
    expectTime("She was held for a week before being freed in [[December]].", "2020-12")
    expectTime("The firm paid the fine after losing its appeal in [[December]].", "2020-12")
    expectTime("He will serve two years before being released in [[January]].", "2022-01")
    expectTime("He was told to leave before the hearing in [[December]].", "2021-12")
  }

  @Test func aDecisionToldInThePastIsOfTheWeekdayBeforeTheReference() {
    expectTime("Members voted to accept the offer on [[Wednesday]].", "2026-09-16", reference: "2026-09-18")
    expectTime("The board decided to sell the unit on [[Monday]].", "2026-09-14", reference: "2026-09-18")
    expectTime("Members agreed to end the strike on [[Wednesday]].", "2026-09-23", reference: "2026-09-18")
  }

  @Test func aPastVerbWithAPlanOrAnotherClauseBetweenKeepsTheNearestYear() {
    expectTime("The board voted to sell the unit in [[December]].", "2021-12")
    expectTime("The firm said the plant closes in [[December]].", "2021-12")
    expectTime("The premier called an election for [[December]].", "2021-12")
    expectTime("The offer had been set to expire [[Nov. 20]].", "2021-11-20")
    expectTime("Officials extended the deadline to [[Nov. 30]].", "2021-11-30")
    expectTime("The bank raised its dividend for holders of record on [[Dec. 1]].", "2021-12-01")
    expectTime("Staff will be paid under revised rules in [[December]].", "2021-12")
    expectTime("The team met, and talks resume in [[December]].", "2021-12")
    expectTime("Officials said the vote was on [[Nov. 20]].", "2021-11-20")
    expectTime("The bank said it will redeem 9 million preferred shares on [[Nov. 20]].", "2021-11-20")
  }

  @Test func aParticipleAfterAndSharesAVerbGroupThatLooksAhead() {
    expectTime("The depot would be closed in May, and sold in [[June]].", "2025-06", reference: "2025-03-06")
    expectTime("The depot will be shut in May and sold in [[June]].", "2025-06", reference: "2025-03-06")
    expectTime("The depot closed in May and was sold in [[June]].", "2024-06", reference: "2025-03-06")
    expectTime("The depot closed in May and sold its land in [[June]].", "2024-06", reference: "2025-03-06")
  }

  @Test func thatWithASeasonOrMonthTakesTheYearTheStoryToldLast() {
    expectTime("The plant opened in 2016. It closed [[that summer]].", "2016-SU")
    expectTime("The plant opened in March 2016. By [[that December]] it had closed.", "2016-12")
  }

  @Test func plansAndDeadlinesLookAhead() {
    expectTime("The talks are set to resume [[Monday]].", "2021-11-15")
    expectTime("The team planned to leave on [[Thursday]].", "2021-11-11")
    expectTime("The firm agreed to buy the unit in [[February]].", "2022-02")
    expectTime("Officials postponed the hearing until [[Friday]].", "2021-11-12")
    expectTime("The vote, set for [[Monday]], was welcomed.", "2021-11-15")
    expectTime("A ruling was possible as early as [[Monday]].", "2021-11-15")
  }

  @Test func pastPlansAndPossessivesLookBack() {
    expectTime("The offer had been due to expire [[Friday]].", "2021-11-05")
    expectTime("Until [[Friday]], police had named no suspect.", "2021-11-05")
    expectTime("Lawyers will appeal [[Friday]]'s ruling.", "2021-11-05")
    expectTime("They will look for ways to get around [[Friday]]'s ruling.", "2021-11-05")
    expectTime("In [[January]], the firm brought in a new chief.", "2021-01")
    expectTime("The singer died [[Sunday]] at 80.", "2021-11-07")
  }

  @Test func aFutureToldAtADaysOccasionLooksAhead() {
    expectTime("Dunmore will face Carrow in [[Saturday]]'s final.", "2021-11-13")
    expectTime("Crowds will gather ahead of [[Sunday]]'s vote.", "2021-11-14")
    expectTime("The minister will speak at [[Thursday]]'s summit.", "2021-11-11")
    expectTime("Cole will miss [[Saturday]]'s match.", "2021-11-13")
    expectTime("The coach said Cole would skip [[Sunday]]'s derby.", "2021-11-14")
    expectTime("The mayor is due to open [[Friday]]'s flower show.", "2021-11-12")
    expectTime("Police will investigate [[Sunday]]'s attack.", "2021-11-07")
    expectTime("Carrow won [[Saturday]]'s final.", "2021-11-06")
    expectTime("Fans who watched [[Saturday]]'s final will get a refund.", "2021-11-06")
  }

  @Test func whatASayingReportsAheadCountsFromTheSayingsDay() {
    expectTime("The minister said on Friday that he would return on [[Sunday]].", "2021-11-07")
    expectTime("The club said on Sunday that Cole would miss [[Monday]]'s game.", "2021-11-08")
    expectTime("Officials said on Friday the bridge was due to reopen [[Monday]].", "2021-11-08")
    expectTime("The minister said he would return on [[Sunday]].", "2021-11-14")
  }

  @Test func aFutureInThePastReportedWithNoDayCountsFromTheStorysDay() {
    expectTime("The court freed him on Sunday. His wife said he would be home on [[Monday]].", "2021-11-08")
    expectTime("The talks ended on Saturday. Officials said both sides were due to meet on [[Monday]].", "2021-11-08")
    expectTime("The court freed him on Sunday. His wife said he will be home on [[Monday]].", "2021-11-15")
    expectTime("His wife said he would be home on [[Monday]].", "2021-11-15")
    expectTime("The court freed him on Sunday. His wife had said he would be home on [[Monday]].", "2021-11-15")
    expectTime("The court freed him on Sunday. He would be home on [[Monday]], she hoped.", "2021-11-15")
  }

  @Test func aWeekdayAfterAIsNoParticularDay() {
    expectTime("The fire started on a [[Sunday morning]].", "XXXX-WXX-7")
    expectTime("The shop opened on a [[Monday]], its owner said.", "XXXX-WXX-1")
    expectTime("The shop opened on [[Monday]], its owner said.", "2021-11-08")
    expectTime("In a [[Monday]] media event, the firm showed its new phone.", "2021-11-08")
  }

  @Test func aDayUnknownReferenceStillPlacesDates() {
    expectTime("The attack came on [[Nov. 7]].", "2021-11-07", reference: "2021-11")
    expectTime("The vote was on [[Oct. 10]].", "2021-10-10", reference: "2021-11")
    expectTime("He resigned [[yesterday]].", "2021-11-XX", reference: "2021-11")
  }

  @Test func theInferredReferenceIsTheLatestFullDate() throws {
    let analysis = TextAnalysis("Iraq voted on Oct. 10, 2021. Protests followed on Oct. 12, 2021, and a new vote is due in 2022.")
    let reference = try #require(TimeTagger.standard.inferredReference(for: analysis))
    #expect(reference.point.timex == "2021-10-12")
    #expect(reference.source == .inferred)
    #expect(TimeTagger.standard.inferredReference(for: TextAnalysis("No dates here.")) == nil)
  }

  @Test func thePointARecordIsMeasuredFromIsNoReference() throws {
    let analysis = TextAnalysis(
      "The ferry sank on March 3, 2019. Forecasters said it was the coldest night since December 12, 2023.")
    let reference = try #require(TimeTagger.standard.inferredReference(for: analysis))
    #expect(reference.point.timex == "2019-03-03")
  }

  @Test func aYearOrMonthToldAloneIsNoReference() {
    for text in [
      "The club won its first title since 2016 on Saturday. Its stadium opened in 2004.",
      "The poet died at her home on Saturday. Her husband died in 2015.",
      "The launch slipped again. It was first planned for the summer of 2024, then for March 2025.",
    ] {
      #expect(TimeTagger.standard.inferredReference(for: TextAnalysis(text)) == nil, "\(text)")
    }
    expectTime("Her husband died in 2015. She died at her home on [[Saturday]].", "XXXX-WXX-6", reference: nil)
    expectTime("Her husband died in 2015. A memorial will be held [[next month]].", "XXXX-XX", reference: nil)
  }

  @Test func aTimeAPastPlanAimedAtIsNoReference() throws {
    let text = "Objections were lodged on 28 October 2024. Work had been due to start in March 2025."
    let reference = try #require(TimeTagger.standard.inferredReference(for: TextAnalysis(text)))
    #expect(reference.point.timex == "2024-10-28")
    let expected = "The depot shut on 4 May 2023. It had been expected to reopen on 9 June 2023."
    #expect(try #require(TimeTagger.standard.inferredReference(for: TextAnalysis(expected))).point.timex == "2023-05-04")
  }

  @Test func aDayBeforeAYearToldAsPastIsNoReference() {
    let text = "An inquiry found on Monday that the levee failed on Jan. 11, 2023. The manager, who took over in 2024, spoke."
    #expect(TimeTagger.standard.inferredReference(for: TextAnalysis(text)) == nil)
    expectTime("The levee failed on Jan. 11, 2023. Its manager took over in 2024 and quit on [[Monday]].", "XXXX-WXX-1", reference: nil)
    expectTime("The levee failed on Jan. 11, 2023. A new one will open in 2026. Work began on [[Monday]].", "2023-01-09", reference: nil)
  }

  @Test func withoutAReferenceTheLatestFullDateIsUsed() {
    expectTime("The vote was on Oct. 10, 2021. Results came [[two days later]].", "2021-10-12", reference: nil)
    expectTime("On Oct. 10, 2021, Iraq voted. Protests began on [[Oct. 12]].", "2021-10-12", reference: nil)
    expectTime("On Oct. 10, 2021, Iraq voted. Protests began in [[November]].", "2021-11", reference: nil)
  }
}
