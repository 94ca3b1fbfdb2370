import DatelineTestSupport
import Testing

@testable import DatelineCore

/// A nickname in quotation marks between a given name and a surname is part of one person's
/// name; the same surname after a man's and a woman's honorific names two people.
@Suite struct NicknameAndBearerTests {
  @Test func aQuotedNicknameJoinsTheNameAroundIt() throws {
    let extraction = Fixture.extraction(
      "Chief executive Daniel \"Danny\" Royce said the delay was right. Royce told analysts sales would rise.")
    let person = try #require(extraction.actors.first { $0.name.hasPrefix("Daniel") }, "\(extraction.names)")
    #expect(person.mentions.count == 2, "\(extraction.names)")
    #expect(extraction.actor("Danny") == nil)
  }

  @Test func aQuotedWordAfterANameThatGoesOnToNoSurnameIsNoNickname() throws {
    let extraction = Fixture.extraction("Daniel said the plan was \"Fair\" and left.")
    #expect(extraction.actor("Daniel") != nil, "\(extraction.names)")
  }

  @Test func aManAndAWomanOfOneSurnameAreTwoPeople() throws {
    let extraction = Fixture.extraction(
      "Mr Alden, 58, was jailed for five years and Ms Alden, 54, for three years. Peter Alden and Ruth Alden had spent the money.")
    let peter = try #require(extraction.actor("Peter Alden"), "\(extraction.names)")
    let ruth = try #require(extraction.actor("Ruth Alden"), "\(extraction.names)")
    #expect(peter.mentions.count == 2)
    #expect(ruth.mentions.count == 2)
  }

  @Test func oneHonorificForOneBearerKeepsOneActor() throws {
    let extraction = Fixture.extraction("Mr Alden was jailed on Friday. Mr Alden had led the fraud, the judge said.")
    #expect(extraction.actors.filter { $0.name.contains("Alden") }.count == 1, "\(extraction.names)")
  }
}
