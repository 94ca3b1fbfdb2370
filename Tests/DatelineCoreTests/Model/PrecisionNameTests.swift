import Testing

@testable import DatelineCore

@Suite struct PrecisionNameTests {
  @Test func everyPrecisionIsNamedAsItsCase() {
    var rawValue = 0
    while let precision = TimePoint.Precision(rawValue: rawValue) {
      #expect(precision.name == String(describing: precision))
      rawValue += 1
    }
    #expect(rawValue == 13)
  }

  @Test func exportsWriteThePrecisionName() {
    let value = TimeValue(timex: "2021-11-07TNI")
    #expect(value?.precisionName == "partOfDay")
  }
}
