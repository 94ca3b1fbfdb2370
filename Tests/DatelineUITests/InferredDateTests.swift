import DatelineCore
import DatelineTestSupport
import Testing

@testable import DatelineUI

/// An inferred date says why, in the status line and in Detail, not only in the exports.
@Suite struct InferredDateTests {
  private func state(inference: EventDate.Inference?, anchor: Int?, timex: String = "2020-06-03") -> AppState {
    var timeline = Fixture.timeline()
    timeline.events[2].date = EventDate(
      value: TimeValue(timex: timex)!, expression: nil, resolution: .relativeToReference, isInferred: true,
      anchorEvent: anchor, inference: inference)
    return AppState(model: TimelineModel(timeline), viewport: Size(width: 120, height: 20)).pressing([.character("j"), .character("j")])
  }

  private func detail(_ state: AppState) -> String {
    DetailView.lines(state).map { $0.map(\.text).joined() }.joined(separator: "\n")
  }

  @Test func theStoryTimeIsNamedWithItsLead() {
    let story = state(inference: .storyTime, anchor: 0)
    #expect(NewcomerTests.status(story).contains("~ the day of the story's lead"))
    #expect(detail(story).contains("inferred: told in the past tense in a story whose lead “\(story.model.timeline.events[0].summary)”"))
  }

  @Test func aWeekendStoryTimeIsCalledAWeekendAndItsLabelIsShownWhole() {
    let story = state(inference: .storyTime, anchor: 0, timex: "2020-W23-WE")
    #expect(NewcomerTests.status(story).contains("~ the weekend of the story's lead"))
    #expect(detail(story).contains("” is of this weekend"), "\(detail(story))")
    #expect(detail(story).contains("Date     weekend of 6–7 June 2020\n"), "\(detail(story))")
    let screen = render(story, size: story.viewport).lines
    #expect(screen.contains { $0.contains(" ~2020-W23-WE ") }, "\(screen.joined(separator: "\n"))")
    let plain = state(inference: .storyTime, anchor: 0)
    #expect(plain.model.dateColumnWidth == DateLabel.columnWidth)
    #expect(detail(plain).contains("” is of this day"))
  }

  @Test func aDateTakenFromAnotherEventDoesNotClaimItsWords() {
    var timeline = Fixture.timeline()
    timeline.events[2].date = EventDate(
      value: TimeValue(timex: "2020-06-03")!, expression: timeline.events[0].date?.expression, isInferred: true,
      anchorEvent: 0, inference: .storyTime)
    let state = AppState(model: TimelineModel(timeline), viewport: Size(width: 120, height: 20))
      .pressing([.character("j"), .character("j")])
    #expect(!detail(state).contains("from “"))
  }

  @Test func eachReasonHasItsOwnWords() {
    #expect(NewcomerTests.status(state(inference: .narrative, anchor: 1)).contains("~ the day of the clause before"))
    #expect(NewcomerTests.status(state(inference: .publication, anchor: nil)).contains("~ the publication date"))
    #expect(detail(state(inference: .publication, anchor: nil)).contains("dated by the publication date"))
    #expect(NewcomerTests.status(state(inference: nil, anchor: nil)).contains("~ reference date guessed from the text"))
  }

  @Test func anOffsetTellsTheStretchAndAnEventAfterAnotherSaysSo() {
    var timeline = Fixture.timeline()
    let stretch = SourceSpan(document: 0, start: 0, end: 5, paragraph: 0)
    timeline.events[2].date = EventDate(
      value: TimeValue(timex: "2020-06-03")!, expression: stretch, resolution: .relativeToReference, isInferred: true,
      anchorEvent: 0, inference: .offset)
    let offset = AppState(model: TimelineModel(timeline), viewport: Size(width: 120, height: 20))
      .pressing([.character("j"), .character("j")])
    let anchor = offset.model.timeline.events[0].summary
    #expect(detail(offset).contains("inferred: “\(anchor)” came \(timeline.text(stretch)) it"), "\(detail(offset))")
    #expect(!detail(offset).contains("whose day it takes"))
    #expect(NewcomerTests.status(offset).contains("~ counted from another clause's day"))
    let after = state(inference: .afterEvent, anchor: 0)
    #expect(detail(after).contains("inferred: told as after “\(anchor)”, on whose day or later it happened"))
    #expect(NewcomerTests.status(after).contains("~ after an event told before"))
  }

  @Test func aPublicationDayWithoutItsYearSaysTheYearWasGuessed() {
    var timeline = Fixture.timeline()
    timeline.documents[0].metadata.published = TimeValue(timex: "XXXX-06-03")
    timeline.events[2].date = EventDate(
      value: TimeValue(timex: "2020-06-03")!, expression: timeline.events[0].date?.expression,
      resolution: .relativeToReference, isInferred: true)
    let state = AppState(model: TimelineModel(timeline), viewport: Size(width: 120, height: 20))
      .pressing([.character("j"), .character("j")])
    #expect(NewcomerTests.status(state).contains("~ the year of the publication day guessed"))
    #expect(detail(state).contains("relative to the publication day"), "\(detail(state))")
    #expect(detail(state).contains("its year guessed (from the text, else today)"), "\(detail(state))")
  }

  @Test func aDateOfItsOwnSaysNothingMore() {
    let plain = AppState(model: TimelineModel(Fixture.timeline()), viewport: Size(width: 120, height: 20))
    #expect(!NewcomerTests.status(plain).contains("~"))
  }
}
