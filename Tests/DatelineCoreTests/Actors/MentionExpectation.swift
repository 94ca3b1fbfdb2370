import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Checks that the spans marked in `marked` are exactly the actor mentions found in its text.
func expectMentions(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let input = MarkedText(marked)
  let extraction = Fixture.extraction(input.text)
  let found = extraction.actors.flatMap(\.mentions).sorted().map(\.range)
  #expect(found == input.spans, "found \(found.map { extraction.document.string($0) })", sourceLocation: sourceLocation)
}
