import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries are the article's own words where they can be, name what the clause is about, and
/// are never fragments: a clause with neither a subject nor a date is no event.
@Suite struct SummaryShapeTests {
  private func summaries(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2022-03-10").events.map(\.summary)
  }

  @Test func aNameKeepsItsDeterminer() {
    let appointed = summaries("The Norwegian, 48, was appointed in June 2021 on a three-year contract.")
    #expect(appointed.contains("The Norwegian, 48, was appointed in June 2021 on a three-year contract"), "\(appointed)")
    let funded = summaries("The BBC, which was founded in 1922, cut 500 jobs in 2021.")
    #expect(funded.contains("The BBC was founded in 1922"), "\(funded)")
  }

  @Test func aParticipleSetOffAfterANounIsLedByThatNoun() {
    let built = summaries("Divers in northern Vell have found the oldest known wreck of the inland sea, wrecked in a storm in 1702.")
    #expect(built.contains("The oldest known wreck of the inland sea, wrecked in a storm in 1702"), "\(built)")
    #expect(!built.contains { $0.hasPrefix("Vell wrecked") }, "\(built)")
    let founded = summaries("Corvane is a free-software community, founded in 1998 by former staff of Harlow Rail.")
    #expect(founded.contains("A free-software community, founded in 1998 by former staff of Harlow Rail"), "\(founded)")
    let began = summaries("The outage, which cut power to 600 homes in Tessby, began on Monday after a fire.")
    #expect(!began.contains { $0.hasPrefix("Tessby began") }, "\(began)")
  }

  @Test func aPercentSignStaysWithItsNumberAtTheEndOfAClause() {
    let found = summaries("Shares of Corvane Mills tumbled 11% after the company cut its forecast on Monday.")
    #expect(found.contains("Shares of Corvane Mills tumbled 11%"), "\(found)")
  }

  @Test func whatAReportSaysAfterARelativeClauseKeepsItsSubject() {
    let found = summaries(
      "The firm said output at the mill, which has made paper since 1961, would end in June 2023 and be moved to its plant in Leeds.")
    #expect(found.contains("Output at the mill would end in June 2023 and be moved to its plant in Leeds"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Would end") }, "\(found)")
  }

  @Test func aRelativeClauseAfterAReportIsAboutTheReportedNounOnly() {
    let found = summaries("The firm said output, which began in 1961, would end in June 2023.")
    #expect(found.contains("Output began in 1961"), "\(found)")
    #expect(!found.contains("The firm said output began in 1961"), "\(found)")
  }

  @Test func whatIsToHappenIsAnEventAndAPlanIsNot() {
    let found = Fixture.timeline(["Harwell Mills is to close its Leeds depot next year with the loss of 300 jobs. The plan is to sell the site."], published: "2022-03-10").events
    let closure = found.first { $0.summary == "Harwell Mills is to close its Leeds depot next year with the loss of 300 jobs" }
    #expect(closure?.date?.value.timex == "2023", "\(found.map(\.summary))")
    #expect(!found.contains { $0.summary.contains("plan") }, "\(found.map(\.summary))")
  }

  @Test func aListInsideARelativeClauseDoesNotCutTheSentence() {
    let found = summaries(
      "A former hospice manager who spent donations on cruises, a motorboat and private school fees has been jailed for five years.")
    #expect(found.contains("A former hospice manager has been jailed for five years"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("A motorboat") }, "\(found)")
  }

  @Test func aCommaAfterAnOpeningPhraseStillEndsIt() {
    let found = summaries("To promote the new service, Harwell and Vantor have agreed to a deal.")
    #expect(found.contains { $0.hasPrefix("Harwell and Vantor have agreed to a deal") }, "\(found)")
  }

  @Test func aNameInsideTheSubjectsNounPhraseIsNotTheSubject() {
    let found = summaries(
      "The leak on the Halvard pipeline, which carries crude from the coast to three refineries in the north, began on Monday after a valve failed.")
    #expect(found.contains { $0.hasPrefix("The leak on the Halvard pipeline began on Monday") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("Halvard began") }, "\(found)")
  }

  @Test func aComparisonWithAnotherYearIsNoEvent() {
    let found = summaries("The brewer reported a loss of £41m for 2021, compared with a profit of £12m the year before.")
    #expect(found.contains("The brewer reported a loss of £41m for 2021"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Compared") }, "\(found)")
  }

  @Test func aCapitalizedAdjectiveInANameDoesNotHideTheVerb() {
    let found = summaries("The Bresko Industrial Average fell 0.6% to 9,104.50.")
    #expect(found.contains("The Bresko Industrial Average fell 0.6% to 9,104.50"), "\(found)")
  }

  @Test func aRelativeClauseTakesAHyphenatedNounWhole() {
    let found = summaries("The vote ended a two-year fight that pitted farmers against the rail companies.")
    #expect(found.contains("A two-year fight pitted farmers against the rail companies"), "\(found)")
  }

  @Test func aSubjectFarFromItsClauseIsBroughtInFront() {
    let text =
      "Orla Finch, the veteran harbour pilot who has guided tankers through the strait for nearly thirty years "
      + "without a single accident, resigned."
    #expect(summaries(text).contains("Orla Finch resigned"))
    #expect(!summaries(text).contains { $0.hasPrefix("Orla Finch, the veteran") })
  }

  @Test func aReportedSubjectKeepsItsVerbAcrossARelativeClause() {
    let found = summaries("The union said the strike, which began on Monday, had cost the port £2m.")
    #expect(found.contains("The union said the strike, which began on Monday, had cost the port £2m"), "\(found)")
    #expect(found.contains("The strike began on Monday"), "\(found)")
  }

  @Test func aReportedSubjectTooLongWithItsRelativeClauseGoesOnWithoutIt() {
    let found = summaries(
      "Prosecutors said Halloran, who ran the regional water board from 2015 to 2022 and chaired its audit panel, approved nine contracts with Tarn Media without a tender.")
    #expect(found.contains("Prosecutors said Halloran approved nine contracts with Tarn Media without a tender"), "\(found)")
  }

  @Test func aReportedSubjectKeepsItsVerbAcrossAnAsideAfterATimeAndThat() {
    let found = summaries("Officers said on Friday that three women, aged 24 and 31, had been charged with fraud.")
    #expect(!found.contains { $0.hasPrefix("Officers had been") }, "\(found)")
    #expect(!found.contains { $0.hasSuffix("that three women") }, "\(found)")
    #expect(found.contains { $0.contains("three women") && $0.contains("had been charged with fraud") }, "\(found)")
  }

  @Test func aNamedSpeakerIsNotTheSubjectOfTheDatedReportAfterItsAside() {
    let found = summaries(
      "Valley Police said on Tuesday that two men, aged 19 and 22, had been arrested on Sunday evening on suspicion of theft.")
    #expect(!found.contains { $0.hasPrefix("Valley Police had been") }, "\(found)")
    #expect(found.contains { $0.hasPrefix("Two men had been arrested on Sunday evening") }, "\(found)")
  }

  @Test func aReportWithItsTimeAfterWhatItSaysIsLedByIt() {
    let found = summaries("Nine bridges were closed across the valley, officials said on Sunday.")
    #expect(found.contains("Nine bridges were closed across the valley, officials said on Sunday"), "\(found)")
    #expect(!found.contains("Officials said on Sunday"), "\(found)")
  }

  @Test func aReportWhoseSpeakerHasAdjectivesIsLedByWhatItSays() {
    let found = summaries("A strong earthquake shook the coast early on Tuesday, the national geological survey said.")
    #expect(
      found.contains("A strong earthquake shook the coast early on Tuesday, the national geological survey said"),
      "\(found)")
    #expect(!found.contains("The national geological survey said"), "\(found)")
  }

  @Test func aReportWithItsChannelIsLedByWhatItSays() {
    let found = summaries("The ferry sank near Tarn on Monday, the coastguard said in a statement.")
    #expect(found.contains("The ferry sank near Tarn on Monday, the coastguard said in a statement"), "\(found)")
  }

  @Test func aReportAfterARelativeClauseIsLedByTheWholeSentence() {
    let found = summaries("The novelist Orla Finch, whose books sold well, has died aged 87, her agent said on Monday.")
    #expect(
      found.contains("The novelist Orla Finch, whose books sold well, has died aged 87, her agent said on Monday"),
      "\(found)")
  }

  @Test func aSpeechVerbWithAnObjectIsNoBareReport() {
    let found = summaries("In a surprise move on Monday, Dana Whitfield announced three new laptops.")
    #expect(found.contains("Dana Whitfield announced three new laptops"), "\(found)")
  }

  @Test func aLongQuotationKeepsANamedSpeakersReportAsWritten() {
    let quotation =
      "We have waited for this harbour for thirty years and we will not wait another thirty for the road "
      + "that should have come with it"
    let found = summaries("“\(quotation),” Orla Finch told the Tarn Herald.")
    #expect(found.contains("Orla Finch told the Tarn Herald"), "\(found)")
  }

  @Test func aShortQuotationToldToListenersLeadsItsReport() {
    let found = summaries("“We were second best for an hour,” she told reporters.")
    #expect(found.contains("“We were second best for an hour,” she told reporters"), "\(found)")
  }

  @Test func theMainVerbAfterARelativeClauseInTheSubjectIsTheMainClauses() {
    let found = summaries("A former harbour pilot who stole £2m from the port authority has been jailed for six years.")
    #expect(
      found.contains("A former harbour pilot who stole £2m from the port authority has been jailed for six years"),
      "\(found)")
    #expect(!found.contains { $0.hasSuffix("authority has been jailed for six years") && !$0.contains("who") })
  }

  @Test func twoPredicatesWithTheirOwnTimesAreTwoEvents() {
    let found = summaries("The company cut 600 jobs last year and closed its factory in Tarn in November.")
    #expect(found.contains("The company cut 600 jobs last year"), "\(found)")
    #expect(found.contains("The company closed its factory in Tarn in November"), "\(found)")
  }

  @Test func aPassiveAsideTellsNoEvent() {
    let found = summaries("Orla Finch died at her home on Sunday, surrounded by her family.")
    #expect(found == ["Orla Finch died at her home on Sunday"], "\(found)")
  }

  @Test func aPrepositionalPhraseWithAPassiveParticipleTellsNoEvent() {
    let found = summaries(
      "Talks began on November 4 and were suspended twice, in December and in February, over cuts demanded by the lenders.")
    #expect(!found.contains { $0.hasPrefix("Over cuts") }, "\(found)")
    #expect(found.contains("Talks began on November 4 and were suspended twice"), "\(found)")
  }

  @Test func aPassiveAsideWithItsOwnTimeIsAnEvent() {
    let found = summaries("The island is home to 4,000 people, discovered by Dutch sailors in 1642.")
    #expect(found.contains { $0.hasSuffix("by Dutch sailors in 1642") }, "\(found)")
  }

  @Test func aReportEndingTheTextOnAPrepositionIsRead() {
    #expect(summaries("Nine bridges were closed on Sunday, officials said on").count <= 2)
  }

  @Test func aRelativeClauseAfterAnAgeIsAboutTheName() {
    let found = summaries("Ana Brel, 63, who fled her home on Friday, was rescued by boat.")
    #expect(found.contains("Ana Brel fled her home on Friday"), "\(found)")
  }

  @Test func anAppositiveOfSeveralPiecesKeepsItsSubject() {
    let found = summaries("Derek Vance, 58, of Harrow Road, Tarn, admitted fraud in September.")
    #expect(found.contains("Derek Vance, 58, of Harrow Road, Tarn, admitted fraud in September"), "\(found)")
  }

  @Test func aShortGapIsKeptAsWritten() {
    #expect(summaries("Orla Finch, after a long night at sea, docked the tanker.") == [
      "Orla Finch, after a long night at sea, docked the tanker"
    ])
  }

  @Test func participlesAndBareVerbPhrasesAreNoEvents() {
    #expect(summaries("The phone has a screen, dubbed a glass display by its makers.").isEmpty)
    #expect(summaries("Over five billion apps, commonly called tools, have been purchased.").count <= 1)
    #expect(!summaries("The chip (first used in its tablet) is fast.").contains { $0.hasPrefix("First used") })
  }

  @Test func aRelativeClauseWithItsOwnSubjectDescribesItsNoun() {
    #expect(summaries("The crew unloaded the crates which the captain had bought.") == ["The crew unloaded the crates"])
  }

  @Test func aDatedRelativeClauseStillTellsItsEvent() {
    #expect(summaries("Voters remember the seats that the party secured in 2018.").contains { $0.contains("2018") })
  }

  @Test func thatAfterAVerbOpensWhatFollows() {
    #expect(summaries("I remembered that Bartholomew never left the office.").contains("Bartholomew never left the office"))
  }

  @Test func aSubordinateClauseReadsAsTheClauseItIs() {
    #expect(summaries("The deal collapsed because the mayor of Tarn withdrew her support.") == [
      "The deal collapsed", "The mayor of Tarn withdrew her support",
    ])
    #expect(summaries("When Ada Lund first showed the phone, she praised its design.").contains(
      "Ada Lund first showed the phone"))
  }

  @Test func aParticipleBeforeItsNounOpensTheSubjectOfASubordinateClause() {
    let masked = summaries("The raid began at noon on Saturday, when four masked men smashed the display cases.")
    #expect(masked.contains("Four masked men smashed the display cases"), "\(masked)")
    let rising = summaries("Shares have fallen by half since 2022, when rising costs hit profits.")
    #expect(rising.contains("Rising costs hit profits"), "\(rising)")
  }

  @Test func aTimeExpressionAtTheStartIsKeptWhole() {
    #expect(summaries("Last week the company presented the phone.") == ["Last week the company presented the phone"])
  }

  @Test func aReportAfterAQuotationCutByACommaTakesTheWholeSentence() {
    let text = "Such a raid “does not happen unless the council allows it,” said Ines Varga."
    #expect(summaries(text).contains("Such a raid “does not happen unless the council allows it,” said Ines Varga"))
  }

  @Test func anInfinitiveAfterANounIsLedByIt() {
    #expect(
      summaries("Norvik Corp showed its Zap operating system, to be released in mid-2011.")
        .contains("Its Zap operating system to be released in mid-2011"))
  }

  @Test func anActiveInfinitiveAfterANounIsNotLedByIt() {
    let found = summaries("Ilse Marvik used her old press, to print posters based on drawings she made in 1998.")
    #expect(!found.contains { $0.hasPrefix("Her old press to") }, "\(found)")
  }

  @Test func aRelativeClauseInsideAnotherIsAboutTheNounBeforeIt() {
    let found = summaries("The regulator said the lender broke its rules with a savings app, which sells bonds that can be bought online.")
    #expect(found.contains("Bonds can be bought online"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Which") || $0.hasPrefix("Sells") }, "\(found)")
  }

  @Test func aNounReadAsAVerbInsideACompoundStaysInTheNounPhrase() {
    let found = summaries("Residents joined the tenant protest movement that began in Marlow in May 2021.")
    #expect(found.contains { $0.hasPrefix("The tenant protest movement began") }, "\(found)")
  }

  @Test func aClauseThatStillWaitsForItsVerbIsNotDescribedByIt() {
    let found = summaries("The rescue drone, built by a start-up owned by Corvane, lifted off from the pier at 06:40 on Tuesday.")
    #expect(found.contains { $0.hasPrefix("The rescue drone") && $0.contains("lifted off") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("Corvane") }, "\(found)")
  }

  @Test func anAttributionIsToldFromWhatItNames() {
    let found = summaries("Ferry traffic will double by 2030, according to a study published by the Harbour Board on Monday.")
    #expect(found.contains("A study was published by the Harbour Board on Monday"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("To ") }, "\(found)")
  }

  @Test func aReportAfterAComparisonKeepsWhatIsCompared() {
    let found = summaries("Attendance at the fair was 12,000, down from 19,500 in June, the organisers said.")
    #expect(found.contains("Attendance at the fair was 12,000, down from 19,500 in June, the organisers said"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("Down from") }, "\(found)")
  }

  @Test func aPersonsPronounOpeningASummaryGivesWayToTheName() {
    let found = summaries("Harbour master Olav Rind closed the port on Monday. He said on Tuesday it would reopen within a week.")
    #expect(found.contains { $0.hasPrefix("Olav Rind said on Tuesday") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("He ") }, "\(found)")
  }

  @Test func aPersonsPronounReportingAQuotationGivesWayToTheName() {
    let found = summaries(
      "Orla Brennan, the bakery's owner, said on Monday the shop would close. \"We did not want to shut,\" she said.")
    #expect(found.contains("\"We did not want to shut,\" Orla Brennan said"), "\(found)")
    #expect(!found.contains { $0.hasSuffix(" she said") }, "\(found)")
  }

  @Test func itAndTheyStayAsWritten() {
    let found = summaries("The Harwell Trust opened a museum in Leeds on Monday. It cost £4m to build, and it drew 3,000 visitors on Tuesday.")
    #expect(!found.contains { $0.hasPrefix("The Harwell Trust cost") || $0.hasPrefix("Harwell Trust cost") }, "\(found)")
  }

  @Test func aWordNamingAMansSexKeepsSheFromHim() {
    let found = summaries(
      "The architect Rosalind Marsh died on Sunday. Her husband, the painter Joost Verlaan, died in 2012. She is survived by two daughters.")
    #expect(!found.contains { $0.hasPrefix("Joost Verlaan is survived") }, "\(found)")
  }
}
