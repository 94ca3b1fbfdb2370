import DatelineTestSupport
import Testing

@testable import DatelineCore

/// Event kinds that depend on what the event word is about: a labour strike, a natural hazard, a
/// court outcome.
@Suite struct EventKindContextTests {
  private func kinds(_ text: String) -> [String] {
    Fixture.timeline([text], published: "2024-06-20").events.map { $0.kind.rawValue + " " + $0.summary }
  }

  @Test func aStrikeByWorkersOrOverPayIsAProtest() {
    #expect(kinds("About 4,000 dockers went on strike on June 3 over pay.") == [
      "protest About 4,000 dockers went on strike on June 3 over pay"
    ])
    #expect(kinds("The nurses' strike on June 4 shut two wards.").first?.hasPrefix("protest") == true)
    #expect(kinds("Staff at the depot walked out on June 5.") == ["protest Staff at the depot walked out on June 5"])
    // Armed force beside the word, nearer than the workers, keeps an attack.
    #expect(kinds("Rebels struck the garrison on June 3.") == ["attack Rebels struck the garrison on June 3"])
    #expect(kinds("A missile strike on June 4 hit a depot where 30 workers slept.").first?.hasPrefix("attack") == true)
  }

  @Test(arguments: [
    "Retail sales fell 1.4% in May from a year earlier, the sharpest drop since the pandemic.",
    "Exports rose 3% in May, the first gain after the earthquake.",
  ])
  func anEventThatOnlyPlacesTheClauseGivesItNoKind(text: String) {
    let found = kinds(text)
    #expect(found.count == 1 && found[0].hasPrefix("other "), "\(found)")
  }

  @Test(arguments: [
    ("It was the largest protest in the city since the government took office in 2021.", "The government took office in 2021"),
    ("The flood was the worst in the valley since records began in 1890.", "Records began in 1890"),
  ])
  func aClauseASubordinatorOpensKeepsItsOwnKind(text: String, summary: String) {
    #expect(kinds(text).contains("other " + summary), "\(kinds(text))")
  }

  @Test func aRelativeClauseOfAnEventNounTakesItsKind() {
    let found = kinds("Residents joined the protest movement that began in Marlow in May 2021.")
    #expect(found.contains { $0.hasPrefix("protest The protest movement began") }, "\(found)")
  }

  @Test func aWordKeepsTheSenseItHadEarlierInTheStory() {
    let found = kinds("About 900 dockers went on strike on June 3. The strike closed the port on June 5.")
    #expect(found.contains("protest The strike closed the port on June 5"), "\(found)")
  }

  @Test func whatANaturalHazardStrikesOrBurnsIsADisaster() {
    #expect(kinds("A strong earthquake struck the island on June 3.") == [
      "disaster A strong earthquake struck the island on June 3"
    ])
    #expect(kinds("A wildfire burned 900 acres on June 4, and the town was struck by a storm on June 6.") == [
      "disaster A wildfire burned 900 acres on June 4", "disaster The town was struck by a storm on June 6",
    ])
    #expect(kinds("Floods killed 14 people on June 5.") == ["disaster Floods killed 14 people on June 5"])
    // A hazard before another noun names what that noun is about.
    #expect(
      kinds("A strong earthquake struck the island early on June 3. Officials issued a tsunami warning on June 3 but lifted it later.")
        .contains { $0.hasPrefix("other Officials issued a tsunami warning") })
    // `storm` as a verb is no hazard.
    #expect(kinds("Protesters tried to storm the assembly on June 3.").first?.hasPrefix("attack") == true)
  }

  @Test func aCourtOutcomeIsNoArrest() {
    #expect(kinds("On June 3, a jury convicted the treasurer of theft.") == [
      "court A jury convicted the treasurer of theft"
    ])
    #expect(kinds("The treasurer was found guilty in May.") == ["court The treasurer was found guilty in May"])
    #expect(kinds("A judge jailed the treasurer for six years on June 4.") == [
      "court A judge jailed the treasurer for six years on June 4"
    ])
    #expect(kinds("Police arrested the treasurer on June 2.") == ["arrest Police arrested the treasurer on June 2"])
  }

  @Test func onlyAnInstitutionOpenedOrLaunchedIsFounded() {
    #expect(kinds("The brewer opened a bottling plant in Leeds on June 3.").first?.hasPrefix("founding") == true)
    #expect(kinds("A new bakery school opened on June 4.").first?.hasPrefix("founding") == true)
    #expect(kinds("The agency launched a weather satellite on June 3.").first?.hasPrefix("other") == true)
    #expect(kinds("Ticket sales opened on June 5.").first?.hasPrefix("other") == true)
    #expect(kinds("Two suspects were released on bail on June 6.").first?.hasPrefix("other") == true)
    #expect(kinds("The tax bill was introduced on June 7.").first?.hasPrefix("other") == true)
    #expect(kinds("Norvik introduced the Zap Phone on June 8.").first?.hasPrefix("founding") == true)
    #expect(kinds("The Zap Phone was released on June 9.").first?.hasPrefix("founding") == true)
    #expect(kinds("Norvik released its sales figures on June 10.").first?.hasPrefix("other") == true)
    #expect(kinds("Norvik released a new range of toasters on June 11.").first?.hasPrefix("other") == true)
    #expect(kinds("Norvik released the text of Lane's letter on June 11.").first?.hasPrefix("other") == true)
    #expect(kinds("Norvik released a new range of laptops on June 11.").first?.hasPrefix("founding") == true)
  }

  @Test func aStrikeByControllersOrPilotsIsAProtest() {
    #expect(kinds("Ferry pilots will strike on June 24.").first?.hasPrefix("protest") == true)
  }

  @Test func aStrikeWithNothingArmedBesideItIsNoAttack() {
    #expect(kinds("The two sides struck a deal on June 3.").first?.hasPrefix("other") == true)
    #expect(kinds("The strike began on June 3.").first?.hasPrefix("other") == true)
    // What was struck decides before who struck it.
    #expect(kinds("Union leaders struck a deal with the port on June 3.").first?.hasPrefix("other") == true)
    #expect(kinds("Gunmen struck the convoy on June 3.").first?.hasPrefix("attack") == true)
    #expect(kinds("Russian forces struck the depot on June 4.").first?.hasPrefix("attack") == true)
    // An armed noun before the word is nearer than the guards it struck.
    #expect(kinds("A sniper struck two guards at the depot on June 5.").first?.hasPrefix("attack") == true)
  }

  @Test func onlyACrowdDemonstratesOrRalliesInProtest() {
    #expect(kinds("Norvik demonstrated its new phone to developers on June 4.").first?.hasPrefix("other") == true)
    #expect(kinds("Shares in Norvik rallied on June 5.").first?.hasPrefix("other") == true)
    #expect(kinds("Thousands demonstrated against the law on June 4.").first?.hasPrefix("protest") == true)
    #expect(kinds("Hundreds of students rallied outside parliament on June 5.").first?.hasPrefix("protest") == true)
  }

  @Test func onlyAPollOfVotersIsAnElection() {
    let polled = kinds("Economists polled by the agency on June 5 expected a rise in prices.")
    #expect(!polled.isEmpty && !polled.contains { $0.hasPrefix("election") }, "\(polled)")
    #expect(kinds("A poll of shoppers on June 6 found most of them cutting back.").first?.hasPrefix("other") == true)
    #expect(kinds("Voters went to the polls on June 5.").first?.hasPrefix("election") == true)
  }

  @Test func whatExplodesOrIsTargetedWithNoWeaponIsNoAttack() {
    #expect(kinds("A gas boiler exploded at the school on June 7.").first?.hasPrefix("other") == true)
    #expect(kinds("The retailer targeted younger buyers on June 8.").first?.hasPrefix("other") == true)
    #expect(kinds("A car bomb exploded outside the ministry on June 7.").first?.hasPrefix("attack") == true)
    #expect(kinds("Militants targeted a checkpoint on June 8.").first?.hasPrefix("attack") == true)
  }

  @Test func aShotOrAnAttackInSportOrMedicineIsNoViolence() {
    #expect(kinds("The midfielder shot wide in the cup match on June 8.").first?.hasPrefix("other") == true)
    #expect(kinds("The director shot the film in Lisbon on June 9.").first?.hasPrefix("other") == true)
    #expect(kinds("Lane suffered a panic attack on June 10.").first?.hasPrefix("other") == true)
    #expect(kinds("A clinical trial of the vaccine began on June 11.").first?.hasPrefix("other") == true)
    #expect(kinds("A gunman shot two guards on June 9.").first?.hasPrefix("attack") == true)
    #expect(kinds("The trial of the treasurer began on June 11.").first?.hasPrefix("court") == true)
  }

  @Test func aProductUnveiledIsLaunchedAndAPlanUnveiledIsAStatement() {
    #expect(kinds("Pexa unveiled its first folding phone on June 12.") == [
      "founding Pexa unveiled its first folding phone on June 12"
    ])
    #expect(kinds("The minister unveiled a plan to cut waiting lists on June 12.").first?.hasPrefix("statement") == true)
  }
}
