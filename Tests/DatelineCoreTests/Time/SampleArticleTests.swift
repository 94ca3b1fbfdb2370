import Testing

@testable import DatelineCore

@Suite struct SampleArticleTests {
  let analysis: TextAnalysis
  let expressions: [TimeExpression]

  init() {
    let document = DocumentLoader().sample()
    analysis = TextAnalysis(document)
    expressions = TimeTagger.standard.tag(analysis, reference: DocumentExtractor.reference(for: document))
  }

  private func values(of text: String) -> [String] {
    expressions.filter { analysis.string($0.range) == text }.map(\.value.timex)
  }

  @Test func datesOfTheArticle() {
    #expect(values(of: "Nov. 7") == ["2021-11-07", "2021-11-07", "2021-11-07"])
    #expect(values(of: "October") == ["2021-10"])
    #expect(values(of: "October 2019") == ["2019-10"])
    #expect(values(of: "May 2020") == ["2020-05"])
    #expect(values(of: "Oct. 10") == ["2021-10-10"])
    #expect(values(of: "2014") == ["2014"])
    #expect(values(of: "2018") == ["2018"])
  }

  @Test func vagueTimesOfTheArticle() {
    #expect(values(of: "months ago") == ["PAST_REF"])
    #expect(values(of: "recent months") == ["PXM"])
    #expect(values(of: "the last few years") == ["PXY"])
  }

  @Test func yearsComeFromThePublicationDate() {
    let october = expressions.first { analysis.string($0.range) == "October" }
    #expect(october?.resolution == .yearFromReference)
    let may = expressions.first { analysis.string($0.range) == "May 2020" }
    #expect(may?.resolution == .explicit)
  }

  @Test func theNightBeforeTheAttackCarriesItsShift() throws {
    let night = try #require(expressions.first { analysis.string($0.range) == "the night before" })
    #expect(night.kind == .time)
    #expect(night.value.timex == "XXXX-XX-XXTNI")
    #expect(night.resolution == .unanchored)
    #expect(night.shift == TimeShift(amount: 1, unit: .day, direction: .before, partOfDay: .night))
    #expect(night.resolved(against: .day(2021, 11, 7))?.timex == "2021-11-06TNI")
  }

  @Test func expressionsAreInOrderAndDoNotOverlap() {
    for (earlier, later) in zip(expressions, expressions.dropFirst()) {
      #expect(earlier.range.upperBound <= later.range.lowerBound)
    }
  }
}
