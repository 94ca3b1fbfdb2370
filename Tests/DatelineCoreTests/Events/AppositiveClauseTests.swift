import DatelineTestSupport
import Testing

@testable import DatelineCore

/// An appositive set off by commas between a noun and its verb (`Dana Whitfield, 52, resigned`)
/// stays inside the clause: the clause keeps its subject and tells one event.
@Suite struct AppositiveClauseTests {
  private func events(_ text: String) -> [Event] {
    Fixture.timeline([text], published: "2022-03-10").events
  }

  @Test func anAgeBetweenNameAndVerbKeepsTheClauseWhole() throws {
    let all = events("Dana Whitfield, 52, resigned from the port board on Monday.")
    let resigned = try #require(all.first { $0.summary.contains("resigned") }, "\(all.map(\.summary))")
    #expect(resigned.summary == "Dana Whitfield, 52, resigned from the port board on Monday")
    #expect(all.count == 1)
  }

  @Test(arguments: [
    ("Rovers sold their captain, Ian Dorrell, to Brentmoor for £4 million in May.", "2021-05",
     "Rovers sold their captain, Ian Dorrell, to Brentmoor for £4 million in May"),
    ("The ministry named the new envoy, Clara Vinter, on Tuesday.", "2022-03-08", "The ministry named the new envoy, Clara Vinter, on Tuesday"),
  ])
  func aNameSetOffAfterTheObjectKeepsTheRestOfTheClause(text: String, value: String, summary: String) throws {
    let all = events(text)
    let event = try #require(all.first, "no event in \(text)")
    #expect(event.summary == summary)
    #expect(event.date?.value.timex == value, "\(all.map(\.summary))")
  }

  @Test func aNameAfterAnOwnersTitleIsTheSubject() throws {
    let all = events(
      "A judge blocked the sale of Varden Water on Monday. Varden's chief executive, Roland Esk, resigned on Tuesday.")
    let resigned = try #require(all.first { $0.summary.contains("resigned") }, "\(all.map(\.summary))")
    #expect(resigned.summary == "Varden's chief executive, Roland Esk, resigned on Tuesday")
  }

  @Test func aNameBeforeItsRoleLeadsTheClause() throws {
    let all = events("A judge blocked the sale on Monday. Ofwat, the water regulator, welcomed the ruling.")
    let welcomed = try #require(all.first { $0.summary.contains("welcomed") }, "\(all.map(\.summary))")
    #expect(welcomed.summary == "Ofwat, the water regulator, welcomed the ruling")
  }

  @Test func aReportedSubjectWithAnAppositiveKeepsItsVerb() throws {
    let all = events("The mayor said that Whitfield, a former teacher, had left the city.")
    #expect(all.contains { $0.summary.hasSuffix("Whitfield, a former teacher, had left the city") }, "\(all.map(\.summary))")
    #expect(!all.contains { $0.summary.hasSuffix("that Whitfield") }, "\(all.map(\.summary))")
  }

  @Test func aRoleAfterTheNameLeavesTheNameTheSubject() throws {
    let timeline = Fixture.timeline(
      ["A spokesman said on Monday that the harbour would stay shut. Orla Finch, the head of the port authority, closed the harbour on Tuesday."],
      published: "2022-03-10")
    let closed = try #require(timeline.events.first { $0.summary.contains("closed the harbour") })
    #expect(closed.summary.hasPrefix("Orla Finch"))
    #expect(timeline.actorNames(ofEventWith: "closed the harbour")?.contains("Orla Finch") == true)
  }

  @Test func aParticipleAfterTheSecondCommaOpensItsOwnClause() throws {
    let all = events("Orla Finch spoke at the Vesta, Norland summit, saying the port would reopen.")
    #expect(!all.contains { $0.summary.contains("summit, saying") }, "\(all.map(\.summary))")
  }

  @Test func aNameInsideARelativeClauseBeforeTheVerbIsNotItsSubject() throws {
    let timeline = Fixture.timeline(
      ["The port authority, which employs 900 people in Vesta, said on Monday that the bridge was safe."],
      published: "2022-03-10")
    let statement = try #require(timeline.events.first { $0.kind == .statement })
    #expect(statement.summary.hasPrefix("The port authority"), "\(statement.summary)")
    #expect(timeline.actorNames(ofEventWith: "said")?.first != "Vesta")
  }

  @Test func whatStandsInBracketsBeforeTheVerbIsNotItsSubject() throws {
    let all = events("In the 1993 comedy, cynical weatherman Orla Finch (Dana Whitfield) is forced to relive the same day.")
    let relived = try #require(all.first { $0.summary.contains("relive") }, "\(all.map(\.summary))")
    #expect(relived.summary.hasPrefix("Orla Finch (Dana Whitfield) is forced"), "\(relived.summary)")
  }
}
