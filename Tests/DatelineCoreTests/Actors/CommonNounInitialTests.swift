import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A common plural noun written with a capital because it opens its sentence (`Fishermen said`)
/// is no name, even where a verb of speech follows it as an unknown company's name would: the
/// people it names speak as a group.
@Suite struct CommonNounInitialTests {
  /// The names of `text` that are no group.
  private func names(_ text: String) -> [String] {
    Fixture.extraction(text).actors.filter { $0.kind != .group }.map(\.name)
  }

  @Test(arguments: [
    ("Fishermen said they would block the harbour at Orlen on Monday.", "Fishermen"),
    ("Firemen said on Tuesday that the blaze near Orlen was out.", "Firemen"),
    ("Postmen told the ministry in Orlen that their pay was too low.", "Postmen"),
  ])
  func aCapitalizedPluralOfACommonNounIsNoActor(text: String, word: String) {
    let names = names(text)
    #expect(!names.contains(word), "\(names)")
    #expect(names.contains("Orlen"), "\(names)")
  }

  @Test func anUnknownNameBeforeASpeechVerbStaysAnActor() {
    let names = names("Brevlon said on Monday that sales had doubled. Fishermen said prices fell.")
    #expect(names == ["Brevlon"])
  }
}
