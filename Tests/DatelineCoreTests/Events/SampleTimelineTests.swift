import DatelineTestSupport
import Testing

@testable import DatelineCore

/// The bundled sample article, end to end: its actors, quotes and timeline.
@Suite struct SampleTimelineTests {
  let timeline = Fixture.sample

  private func name(_ id: Int?) -> String? { id.map { timeline.actors[$0].name } }

  @Test func theRequiredEventsAreInOrderWithTheirDates() throws {
    let dated = timeline.events.compactMap { event in event.date.map { ($0.value.timex, event) } }
    let wanted: [(String, Event.Kind, String)] = [
      ("2014", .founding, "These groups were established in 2014"),
      ("2018", .election, "2018"),
      ("2019-10", .protest, "protest movement began in October 2019"),
      ("2020-05", .attack, "encircled Al-Kadhimi’s residence"),
      ("2021-10-10", .election, "Iraq held parliamentary elections"),
      ("2021-11-06TNI", .protest, "Qais Al-Khazali joined the protests"),
      ("2021-11-07TNI", .attack, "drones armed with explosives detonated"),
    ]
    var positions: [Int] = []
    for (value, kind, words) in wanted {
      let match = dated.firstIndex { $0.0 == value && $0.1.kind == kind && $0.1.summary.contains(words) }
      #expect(match != nil, "missing \(value) \(kind) “\(words)”")
      if let match { positions.append(match) }
    }
    #expect(positions == positions.sorted())
    #expect(
      dated.map(\.0)
        == dated.map(\.0).sorted { TimeValue.timelineOrder(TimeValue(timex: $0)!, TimeValue(timex: $1)!) || $0 == $1 })
  }

  /// “In the early hours of Nov. 7”: the time tagger gives the part of the day, on 7 November.
  @Test func noSummaryStartsWithTheEndOfAQuotation() {
    let starts = timeline.events.compactMap(\.summary.first)
    #expect(!starts.contains { "”’\",;:".contains($0) }, "\(timeline.events.map(\.summary).filter { "”’\",;:".contains($0.first ?? "a") })")
  }

  @Test func theDroneAttackIsOneEventToldInManyParagraphs() throws {
    let attacks = timeline.events.filter { $0.date?.value.timex.hasPrefix("2021-11-07") == true }
    #expect(attacks.count == 1)
    let attack = try #require(attacks.first)
    #expect(Set(attack.mentions.map(\.paragraph)).count >= 4)
    #expect(attack.actors.map(name).contains("Mustafa Al-Kadhimi"))
  }

  @Test func theElectionAndTheEncirclementCarryTheirActors() throws {
    let election = try #require(timeline.events.first { $0.date?.value.timex == "2021-10-10" })
    #expect(election.actors.map(name) == ["Iraq"])
    #expect(election.mentions.count >= 2)
    let encirclement = try #require(timeline.events.first { $0.date?.value.timex == "2020-05" })
    #expect(encirclement.actors.map(name) == ["Mustafa Al-Kadhimi", "Baghdad", "Green Zone"])
  }

  @Test func theNightBeforeIsAnchoredToTheDroneAttack() throws {
    let protest = try #require(timeline.events.first { $0.date?.value.timex == "2021-11-06TNI" })
    let attack = try #require(timeline.events.first { $0.date?.value.timex.hasPrefix("2021-11-07") == true })
    #expect(protest.date?.anchorEvent == attack.id)
    #expect(protest.actors.map(name).prefix(1) == ["Qais Al-Khazali"])
    #expect(protest.actors.map(name).contains("Asaib Ahl Al-Haq"))
  }

  @Test func everyNamedActorOnceWithItsAliases() throws {
    let expected: [String: (Actor.Kind, [String])] = [
      "Mustafa Al-Kadhimi": (.person, ["Al-Kadhimi", "the prime minister"]),
      "Kyle Orton": (.person, ["Orton"]),
      "Nicholas Heras": (.person, ["Heras"]),
      "Esmail Qaani": (.person, ["Qaani"]),
      "Ali Khamenei": (.person, []),
      "Qais Al-Khazali": (.person, []),
      "Adel Abdul-Mahdi": (.person, []),
      "Al-Sadr": (.person, []),
      "Iran": (.place, ["Tehran"]),
      "Iraq": (.place, []),
      "Baghdad": (.place, []),
      "Al-Hashd Al-Shaabi": (.group, ["Popular Mobilization Forces"]),
      "Iranian Islamic Revolutionary Guard Corps": (.group, ["IRGC"]),
      "Asaib Ahl Al-Haq": (.group, []),
      "Kataib Hezbollah": (.group, []),
      "Quds Force": (.group, []),
      "Fatah Alliance": (.group, []),
      "Sayirun": (.group, []),
      "Arab News": (.organization, []),
      "Newlines Institute": (.organization, []),
    ]
    for (actorName, (kind, aliases)) in expected {
      let matches = timeline.actors.filter { $0.name == actorName }
      #expect(matches.count == 1, "\(actorName)")
      #expect(matches.first?.kind == kind, "\(actorName)")
      #expect(matches.first?.aliases == aliases, "\(actorName)")
    }
    let allNames = timeline.actors.flatMap { [$0.name] + $0.aliases }
    #expect(Set(allNames).count == allNames.count)
  }

  @Test func noSentenceInitialWordIsAnActor() {
    let ordinary: Set = [
      "Such", "Then", "Therefore", "Topping", "Established", "Insisting", "Given", "Several", "Certain", "Again", "Not",
      "The", "If", "In", "But", "However", "That", "They", "Did", "It",
    ]
    let names = timeline.actors.flatMap { [$0.name] + $0.aliases }
    #expect(names.filter { name in ordinary.contains(String(name.split(separator: " ")[0])) }.isEmpty)
  }

  @Test func allDirectQuotesWithTheRightSpeaker() {
    let direct = timeline.quotes.filter { !$0.isIndirect }
    let speakers = direct.map { name($0.speaker) ?? "-" }
    #expect(speakers == Array(repeating: "Kyle Orton", count: 10) + Array(repeating: "Nicholas Heras", count: 5))
    let openings = direct.map { String(timeline.text($0.span).prefix(12)) }
    #expect(openings.contains("does not pro"))
    #expect(!openings.contains("fraudulent"))
    let last = direct[direct.count - 1]
    #expect(timeline.text(last.span).hasPrefix("He can escalate"))
    #expect(timeline.text(last.span).hasSuffix("with arrests and trials.”".dropLast()))
    #expect(timeline.findings.isEmpty)
  }

  @Test func reportedSpeechIsMarkedIndirect() throws {
    let reported = timeline.quotes.filter(\.isIndirect)
    #expect(reported.count == 1)
    #expect(name(reported.first?.speaker) == "Kyle Orton")
  }
}
