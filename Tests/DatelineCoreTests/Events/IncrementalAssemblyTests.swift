import Testing

@testable import DatelineCore

/// Assembling one extraction at a time gives the timeline of assembling them all at once, a
/// snapshot taken on the way does not disturb it, and an event whose date was refined by a later
/// article is one candidate for the next article that tells it, not two.
@Suite struct IncrementalAssemblyTests {
  /// Four articles in this order: `Last week` (week 48 of 2007) in the first, a meeting on
  /// another day in the second, the same meeting on Nov. 26 in the third (which refines the
  /// first's week to the day), and `Last week` again in the fourth.
  static let articles: [(published: String, text: String)] = [
    ("2007-12-03", "Last week, Karim Silva met union leaders in Ankara."),
    ("2007-12-01", "On Nov. 20, Hugo Weber met reporters in Lisbon."),
    ("2007-12-01", "On Nov. 26, Greta Novak met union leaders in Ankara."),
    ("2007-12-04", "Last week, Chen Haddad met union leaders in Ankara."),
  ]

  static let documents: [Document] = articles.enumerated().map { id, article in
    Document(
      id: id, name: "article-\(id).txt", metadata: DocumentMetadata(published: TimeValue(timex: article.published)),
      text: Array(article.text.utf8))
  }

  @Test func oneAtATimeIsAllAtOnce() throws {
    let extractor = DocumentExtractor()
    let extractions = (Self.documents + [DocumentLoader().sample()].map {
      var document = $0
      document.id = Self.documents.count
      return document
    }).map(extractor.extract)
    var assembler = TimelineAssembler()
    for (index, extraction) in extractions.enumerated() {
      assembler.add(extraction)
      if index == 1 { _ = assembler.timeline() }
    }
    let incremental = assembler.takeTimeline()
    let whole = TimelineAssembler.assemble(extractions)
    #expect(try ExportFormat.json.encoded(incremental) == ExportFormat.json.encoded(whole))
  }

  @Test func aRefinedEventIsOneCandidate() throws {
    let timeline = Pipeline().timeline(of: Self.documents)
    let meetings = timeline.events.filter { $0.summary.contains("union leaders") }
    #expect(meetings.count == 1)
    #expect(meetings.first?.date?.value.timex == "2007-11-26")
    #expect(meetings.first?.sources == [0, 2, 3])
    #expect(timeline.events.count == 2)
  }
}
