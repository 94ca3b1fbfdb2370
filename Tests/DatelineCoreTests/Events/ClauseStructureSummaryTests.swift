import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Summaries read from the structure of the clause: a relative clause inside a subject is about
/// the whole subject, a reported clause with two predicates tells two events, a passive's
/// continuation that tells a change of its own is active, two statements of one speaker and day
/// stay two, and a relative clause set off inside a list ends at its comma. Told on Wednesday 12
/// June 2024.
@Suite struct ClauseStructureSummaryTests {
  private func events(_ text: String) -> [(summary: String, date: String?)] {
    Fixture.timeline([text], published: "2024-06-12").events.map { ($0.summary, $0.date?.value.timex) }
  }

  @Test func aRelativeClauseAgreesWithTheNounItIsAbout() {
    let found = events("The fire started in a warehouse near the docks, which was built in 1998.")
    #expect(found.contains { $0.summary.hasPrefix("A warehouse") && $0.summary.hasSuffix("was built in 1998") }, "\(found)")
    // A plural verb goes with the plural noun.
    let plural = events("The fire started in a warehouse near the docks, which were built in 1998.")
    #expect(plural.contains { $0.summary.hasPrefix("The docks were built in 1998") }, "\(plural)")
  }

  @Test(arguments: [
    ("The flood in Tavira, which began on Tuesday, has closed two schools.", "The flood in Tavira began on Tuesday", "2024-06-11"),
    ("The blaze near Evora, which started on Sunday, has burned 900 hectares.", "The blaze near Evora started on Sunday", "2024-06-09"),
    ("The strike at the Ostrava mill, which began in May, has cost 40 million.", "The strike at the Ostrava mill began in May", "2024-05"),
  ])
  func aRelativeClauseInsideTheSubjectIsAboutTheWholeSubject(text: String, summary: String, date: String) {
    let found = events(text)
    #expect(found.contains { $0.summary == summary && $0.date == date }, "\(found)")
  }

  @Test func aRelativeClauseWhoseVerbAgreesOnlyWithTheNameIsAboutTheName() {
    let found = events("Shares in Corvel Systems, which supplies parts for the rocket, fell 2.4% on Wednesday.")
    #expect(found.contains { $0.summary == "Corvel Systems supplies parts for the rocket" }, "\(found)")
    #expect(!found.contains { $0.summary.hasPrefix("Shares in Corvel Systems supplies") }, "\(found)")
  }

  @Test func theMainClauseAfterADatedRelativeClauseIsLedByTheWholeSubject() {
    let found = events("The flood in Tavira, which began on Tuesday, has closed two schools.")
    #expect(found.contains { $0.summary == "The flood in Tavira has closed two schools" }, "\(found)")
    // A name that owns a noun goes with it: the statement, not the firm, states.
    let statement = events("A statement on Norvale’s website, which went up on Monday, states that the plant will close.")
    #expect(statement.contains { $0.summary.hasPrefix("A statement on Norvale’s website states") }, "\(statement)")
    #expect(!found.contains { $0.summary.hasPrefix("Tavira") }, "\(found)")
    // A relative clause after a name in the object is about the name.
    let object = events("Firefighters reached Alvor, which burned on Sunday.")
    #expect(object.contains { $0.summary == "Alvor burned on Sunday" }, "\(object)")
  }

  @Test func aDatedParticipleSetOffAfterANamedSubjectIsLeftOut() {
    let found = events("Vela Mining, founded in 1988, cut 400 jobs on Monday.")
    #expect(found.contains { $0.summary == "Vela Mining cut 400 jobs on Monday" && $0.date == "2024-06-10" }, "\(found)")
  }

  @Test(arguments: [
    ("The agency said output rose in March and fell in April.", "Output rose in March", "2024-03", "Output fell in April", "2024-04"),
    ("The statistics office said exports grew in January and shrank in February.", "Exports grew in January", "2024-01",
     "Exports shrank in February", "2024-02"),
  ])
  func aReportedClauseWithTwoPredicatesTellsTwoEvents(
    text: String, first: String, firstDate: String, second: String, secondDate: String
  ) {
    let found = events(text)
    #expect(found.contains { $0.summary == first && $0.date == firstDate }, "\(found)")
    #expect(found.contains { $0.summary == second && $0.date == secondDate }, "\(found)")
  }

  @Test(arguments: [
    ("The strike was called off in May and then resumed in June.", "The strike resumed in June"),
    ("The ferry service was suspended in December and restarted in February.", "The ferry service restarted in February"),
    ("The road was closed in March and reopened in April.", "The road reopened in April"),
    ("The operator was founded in 1978 and expanded rapidly in the 1990s.", "The operator expanded rapidly in the 1990s"),
    ("The fund was launched in 2010 and doubled in size by 2015.", "The fund doubled in size by 2015"),
    ("Sales were hit by the storm in March and slowed in April.", "Sales slowed in April"),
  ])
  func aChangeOfItsOwnAfterAPassiveIsActive(text: String, summary: String) {
    let found = events(text)
    #expect(found.contains { $0.summary == summary }, "\(found)")
  }

  @Test func aContinuationThatNeedsAnAgentStaysPassive() {
    let strike = events("The strike was called off in May and then resumed in June.")
    #expect(strike.contains { $0.summary == "The strike resumed in June" }, "\(strike)")
    let mayor = events("The mayor was arrested in May and charged in June.")
    #expect(mayor.contains { $0.summary == "The mayor was charged in June" }, "\(mayor)")
    let talks = events("The talks were suspended in May and resumed by the new board in June.")
    #expect(talks.contains { $0.summary == "The talks were resumed by the new board in June" }, "\(talks)")
  }

  @Test func twoStatementsOfOneSpeakerOnOneDayStayTwoEvents() {
    let found = events(
      "Maria Lopez said on Monday that the plant would close. Lopez also said on Monday that 200 workers would lose their jobs.")
    let monday = found.filter { $0.date == "2024-06-10" }
    #expect(monday.contains { $0.summary.contains("the plant would close") }, "\(found)")
    #expect(monday.contains { $0.summary.contains("200 workers would lose their jobs") }, "\(found)")
  }

  @Test func aStatementAndAnotherAnnouncementOfTheDayStayApart() {
    let found = events(
      "The deal, announced on Monday, values the firm at $4bn. The minister said on Monday that the army would withdraw.")
    #expect(found.contains { $0.summary == "The deal was announced on Monday" }, "\(found)")
    #expect(found.contains { $0.summary.contains("the army would withdraw") }, "\(found)")
  }

  @Test func aRelativeClauseSetOffInsideAListEndsAtItsComma() {
    let update = events("The update adds support for SyncKit, which the firm has licensed from rival Norvale, WPA3 and fingerprint login support.")
    #expect(update.contains { $0.summary == "The firm has licensed SyncKit from rival Norvale" }, "\(update)")
    let phone = events("The phone gains a camera mode, which the company bought from rival Lumo, dual SIM cards and a bigger battery.")
    #expect(phone.contains { $0.summary == "The company bought a camera mode from rival Lumo" }, "\(phone)")
  }
}
