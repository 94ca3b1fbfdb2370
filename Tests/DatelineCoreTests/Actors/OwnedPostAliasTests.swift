import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A title next to a person's name that an owner or `the` opens (`its local director, Petr Novak`,
/// `Petr Novak, Veltra's local director,`, `the Norvanian economy minister, Ivan Petrak`) is that
/// person's post, with the words of its field: a later `the local director` names them; a role
/// with no owner (`an analyst`) or one `of` completes (`the head of the campaign group`) is none.
@Suite struct OwnedPostAliasTests {
  @Test func anOwnersRoleBeforeTheNameIsAPost() throws {
    let extraction = Fixture.extraction(
      "Veltra opened a plant on Monday. Its local director, Petr Novak, said it would hire 200 people. "
        + "The local director said wages would rise.")
    let novak = try #require(extraction.actor("Petr Novak"))
    #expect(novak.aliases.contains("the local director"), "\(novak.aliases)")
    #expect(extraction.quotes.allSatisfy { $0.speaker == novak.id })
  }

  @Test func anOwnersRoleAfterTheNameIsAPost() throws {
    let extraction = Fixture.extraction(
      "Veltra opened a plant on Monday. Petr Novak, Veltra's local director, said it would hire 200 people. "
        + "The local director said wages would rise.")
    let novak = try #require(extraction.actor("Petr Novak"))
    #expect(novak.aliases.contains("the local director"), "\(novak.aliases)")
  }

  @Test func anOfficeKeepsTheWordsOfItsField() throws {
    let extraction = Fixture.extraction(
      "The economy minister, Ivan Petrak, said the plant would open. The economy minister said wages would rise.")
    let petrak = try #require(extraction.actor("Ivan Petrak"))
    #expect(petrak.aliases.contains("the economy minister"), "\(petrak.aliases)")
  }

  @Test func aRoleWithNoOwnerIsNoPost() throws {
    let extraction = Fixture.extraction(
      "Jo Lee, an analyst at Dremmel Bank, said prices would fall. The analyst said rates would rise. "
        + "Veltra's local director, Petr Novak, agreed. The local director said rates would rise. "
        + "Ana Ruiz, the head of the campaign group, said the head of the bank was wrong.")
    let lee = try #require(extraction.actor("Jo Lee"))
    #expect(!lee.aliases.contains("the analyst"), "\(lee.aliases)")
    #expect(try #require(extraction.actor("Ana Ruiz")).aliases.isEmpty)
    #expect(try #require(extraction.actor("Petr Novak")).aliases.contains("the local director"))
  }
}
