import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A word the tagger's training text never has, opening its sentence before a verb whose object
/// `its` opens, is a name (`Skyvarra grounded its fleet`), and so is one after an institution's
/// `of` (`Pilots Union of Skyvarra`); a common word or a plural there is not.
@Suite struct UnseenInitialNameTests {
  private func names(_ text: String) -> [String] {
    Fixture.extraction(text).actors.map(\.name)
  }

  @Test(arguments: [
    "Skyvarra grounded its fleet on Friday after a software fault.",
    "Skyvarra cut its prices for the winter.",
  ])
  func anUnseenWordBeforeAVerbIsAName(text: String) {
    #expect(names(text) == ["Skyvarra"])
  }

  @Test func anUnseenWordAfterAnInstitutionsOfIsAName() {
    let names = names("The Pilots Union of Skyvarra called a strike. Skyvarra shares fell 4%.")
    #expect(names.contains("Skyvarra"), "\(names)")
  }

  @Test func aCommonWordOrAPluralOpeningASentenceIsNoName() {
    let text =
      "Crowdfunding saved its club. Superbugs lost their grip. Health improved its record. The Royal Union of "
      + "Nurses met. Nurses walked out."
    #expect(names(text) == ["Royal Union of Nurses"])
  }
}
