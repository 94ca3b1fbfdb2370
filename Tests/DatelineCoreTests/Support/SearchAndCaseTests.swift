import Testing

@testable import DatelineCore

/// The binary search and the ASCII lower-casing that the extractors share.
@Suite struct SearchAndCaseTests {
  @Test func partitioningIndexFindsTheFirstElementOfTheSecondPart() {
    let numbers = [1, 3, 3, 5, 8, 13]
    #expect(numbers.partitioningIndex { $0 >= 3 } == 1)
    #expect(numbers.partitioningIndex { $0 > 3 } == 3)
    #expect(numbers.partitioningIndex { $0 >= 13 } == 5)
  }

  @Test func partitioningIndexAtTheEnds() {
    let numbers = [2, 4, 6]
    #expect(numbers.partitioningIndex { $0 > 0 } == 0)
    #expect(numbers.partitioningIndex { $0 > 6 } == 3)
    #expect([Int]().partitioningIndex { $0 > 0 } == 0)
  }

  @Test func partitioningIndexOnASliceUsesTheSliceIndices() {
    let slice = [10, 20, 30, 40, 50][2...]
    #expect(slice.partitioningIndex { $0 >= 40 } == 3)
  }

  @Test func asciiLowercasedChangesOnlyCapitalLetters() {
    #expect(Array("Iraq-ZA@[".utf8).map(\.asciiLowercased) == Array("iraq-za@[".utf8))
    #expect(Array("é’".utf8).map(\.asciiLowercased) == Array("é’".utf8))
  }
}
