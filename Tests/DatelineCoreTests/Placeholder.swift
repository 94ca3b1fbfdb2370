import Testing
@testable import DatelineCore

@Test func sampleLoads() {
  let document = DocumentLoader().sample()
  #expect(document.metadata.published?.timex == "2021-11")
  #expect(document.paragraphs.count == 32)
  let analysis = TextAnalysis(document)
  #expect(analysis.sentences.count > 40)
  let times = TimeTagger.standard.tag(analysis, reference: Extractor.reference(for: document))
  print(times.map { "\(analysis.string($0.range)) -> \($0.value.timex)" })
  let timeline = Extractor().timeline(of: [document])
  for event in timeline.events { print(event.date?.value.timex ?? "-", event.summary.prefix(60)) }
}
