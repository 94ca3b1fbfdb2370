import Testing
@testable import DatelineCore

@Test func scratchActors() {
  let document = DocumentLoader().sample()
  let analysis = TextAnalysis(document)
  let times = TimeTagger.standard.tag(analysis, reference: Extractor.reference(for: document))
  let tagged = TaggedText(document: document, analysis: analysis, times: times)
  let actors = ActorTagger(tagged: tagged).tag()
  for actor in actors.actors {
    print("ACTOR", actor.id, actor.name, actor.kind, actor.aliases, actor.mentions.count)
  }
  let scan = QuoteScanner.scan(tagged)
  for region in scan.regions { print("QUOTE", region.wordCount, analysis.string(region.content).prefix(50)) }
  print(scan.findings)
}

@Test func scratchQuotes() {
  let document = DocumentLoader().sample()
  let analysis = TextAnalysis(document)
  let times = TimeTagger.standard.tag(analysis, reference: Extractor.reference(for: document))
  let tagged = TaggedText(document: document, analysis: analysis, times: times)
  let actors = ActorTagger(tagged: tagged).tag()
  let scan = QuoteScanner.scan(tagged)
  let quotes = QuoteTagger(tagged: tagged, actors: actors, scan: scan).tag()
  for quote in quotes.quotes {
    print("Q", quote.isIndirect ? "I" : "D", quote.speaker.map { actors.actors[$0].name } ?? "-", "|", quote.cue.map { document.string($0.range) } ?? "-", "|", document.string(quote.span.range).prefix(40))
  }
  print(quotes.findings)
}

@Test func scratchEvents() {
  let document = DocumentLoader().sample()
  let timeline = Extractor().timeline(of: [document])
  for event in timeline.events {
    print("E", event.id, event.date?.value.timex ?? "-", event.kind, "|", event.summary, "|", event.actors.map { timeline.actors[$0].name }, event.mentions.map { "\($0.paragraph):\(timeline.text($0).prefix(25))" }, event.quotes)
  }
}
