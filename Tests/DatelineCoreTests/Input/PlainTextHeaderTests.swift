import Testing

@testable import DatelineCore

/// A plain-text article's header: headline, byline, date line and wire dateline give the metadata
/// and leave the body; after front matter, a wire dateline leaves the body too.
@Suite struct PlainTextHeaderTests {
  private func read(_ text: String) throws -> ReadArticle {
    try PlainTextReader.read(ReaderInput(name: "story.txt", text: Array(text.utf8)))
  }

  private func body(_ article: ReadArticle) -> String { String(decoding: article.body, as: UTF8.self) }

  @Test func aHeadlineBylineAndDateLineOpenTheArticle() throws {
    let article = try read(
      """
      Harbour reopens after storm

      By Dana Whitfield
      Thursday 4 March 2021 10.05 GMT

      The port of Vesta reopened on Thursday.
      """)
    #expect(article.metadata.title == "Harbour reopens after storm")
    #expect(article.metadata.byline == "Dana Whitfield")
    #expect(article.metadata.published == TimeValue(timex: "2021-03-04"))
    #expect(body(article).trimmingCharacters(in: .whitespacesAndNewlines) == "The port of Vesta reopened on Thursday.")
  }

  @Test func theWritersRoleUnderTheBylineIsPartOfTheHeader() throws {
    let article = try read(
      """
      Harbour reopens after storm

      By Dana Whitfield
      Business reporter

      Published 4 March 2021

      The port of Vesta reopened on Thursday.
      """)
    #expect(article.metadata.byline == "Dana Whitfield")
    #expect(article.metadata.published == TimeValue(timex: "2021-03-04"))
    #expect(body(article).trimmingCharacters(in: .whitespacesAndNewlines) == "The port of Vesta reopened on Thursday.")
  }

  @Test func aNumericDateAfterItsLabelIsThePublicationDate() throws {
    for line in ["Published: 2026-09-13", "Updated 2026/09/13"] {
      let article = try read("Harbour reopens after storm\n\(line)\n\nThe port of Vesta reopened on Thursday.")
      #expect(article.metadata.published == TimeValue(timex: "2026-09-13"), "\(line)")
      #expect(body(article).trimmingCharacters(in: .whitespacesAndNewlines) == "The port of Vesta reopened on Thursday.")
    }
    #expect(PublicationDateText.day("Page 3 of 2026-09-13") == nil)
  }

  @Test func aDateLineAloneAtTheTopIsThePublicationDate() throws {
    let article = try read("October 6 , 2011\n\nThe co-founder of Vantor died yesterday .")
    #expect(article.metadata.title == nil)
    #expect(article.metadata.published == TimeValue(timex: "2011-10-06"))
    #expect(body(article).trimmingCharacters(in: .whitespacesAndNewlines) == "The co-founder of Vantor died yesterday .")
  }

  @Test func aWireDatelineGivesTheDayAndTheAgency() throws {
    let article = try read(
      """
      Carmaker cuts jobs as sales slump
      NORLAND CITY, March 4, 2021 (Wirepost) - Norbridge Motors said on Thursday it would cut 4,500 jobs.
      """)
    #expect(article.metadata.title == "Carmaker cuts jobs as sales slump")
    #expect(article.metadata.published == TimeValue(timex: "2021-03-04"))
    #expect(article.metadata.source == "Wirepost")
    #expect(body(article) == "Norbridge Motors said on Thursday it would cut 4,500 jobs.")
  }

  @Test(arguments: [
    ("NORLAND CITY, March 6 (Wirepost) - The assembly passed the bill on Thursday.", "XXXX-03-06"),
    ("VESTA, 14 May (Wirepost) - The port reopened on Wednesday.", "XXXX-05-14"),
    ("Harbour reopens\n\nPublished 14 May\n\nThe port reopened on Wednesday.", "XXXX-05-14"),
  ])
  func aDayWithoutItsYearIsKeptWithoutIt(text: String, day: String) throws {
    #expect(try read(text).metadata.published == TimeValue(timex: day))
  }

  @Test func aWordThatStartsLikeAMonthIsNoDay() throws {
    let article = try read("VESTA, Mayor 4 (Wirepost) - The port reopened.")
    #expect(article.metadata.published == nil)
  }

  @Test func aDatelineWithoutADayGivesNoDay() throws {
    let article = try read("VESTA (Wirepost) — The port reopened on March 4.")
    #expect(article.metadata.published == nil)
    #expect(article.metadata.source == "Wirepost")
  }

  @Test(arguments: [
    ("Obituary\n\nVESTA, March 4, 2021 (Wirepost) - Ada Lind has died.", "2021-03-04"),
    ("Strike\n\nPublished 14 May 2024\n\nNurses walked out on Monday.", "2024-05-14"),
    ("Verdict\nBy Dana Whitfield\n\nThe jury returned on March 4, 2021.", nil),
  ])
  func aOneWordHeadlineOpensAHeaderThatFollowsIt(text: String, day: String?) throws {
    let article = try read(text)
    #expect(article.metadata.title == String(text.prefix { $0 != "\n" }))
    #expect(article.metadata.published == day.flatMap { TimeValue(timex: $0) })
  }

  @Test(arguments: [
    "Breaking\n\nThe port reopened on March 4, 2021.",
    "Yes.\n\nVESTA, March 4, 2021 (Wirepost) - Ada Lind has died.",
  ])
  func aOneWordLineBeforeABodyIsNoHeadline(text: String) throws {
    #expect(try read(text).metadata.title == nil)
  }

  @Test(arguments: [
    "On Nov. 7, 2021 the drones struck.\n\nThe prime minister was unhurt.",
    "The council met on Monday\nand voted on the budget for 2022.",
    "Dana Whitfield resigned.\nThe board met on March 4, 2021.",
  ])
  func aTextThatOpensWithASentenceHasNoHeader(text: String) throws {
    let article = try read(text)
    #expect(article.metadata.title == nil)
    #expect(article.metadata.published == nil)
    #expect(body(article) == text)
  }

  @Test(arguments: [
    ("Kestrel Mills to close two sites\nLEEDS, Feb 12, 2026\n\nKestrel Mills will shut two sites, it said on Thursday.", "2026-02-12", nil),
    ("Ferry talks fail\nSan Marco, Calif., Oct. 14, 2025 (Wirepost) -\nTalks on the ferry broke down on Monday.", "2025-10-14", "Wirepost"),
    ("Dock strike\nVESTAHAVEN (Wirepost) -\nDockers walked out on Monday.", nil, "Wirepost"),
    ("Bridge reopens\n\nBy Dana Whitfield\n\nNORLAND CITY, 4 March 2021\n\nThe bridge reopened on Thursday.", "2021-03-04", nil),
    ("NORLAND CITY, March 4, 2021\n\nThe bridge reopened on Thursday.", "2021-03-04", nil),
    ("Port reopens\nVesta, May 14\nThe port reopened on Wednesday.", "XXXX-05-14", nil),
  ] as [(String, String?, String?)])
  func aDatelineOnALineOfItsOwnDatesTheStoryAndLeavesTheBody(text: String, day: String?, agency: String?) throws {
    let article = try read(text)
    let lines = text.split(separator: "\n")
    #expect(article.metadata.published == day.flatMap { TimeValue(timex: $0) })
    #expect(article.metadata.source == agency)
    #expect(body(article).trimmingCharacters(in: .whitespacesAndNewlines) == String(lines[lines.count - 1]))
    if !text.hasPrefix("NORLAND") { #expect(article.metadata.title == String(lines[0])) }
  }

  @Test func onlyALineOfADatelinesShapeDatesTheStory() throws {
    for text in [
      "Apple (Orchard)\n\nThe firm sold more phones in 2021.",
      "Vesta, Norland and Kestrel\n\nThe three towns merged on March 4, 2021.",
      "Dana Whitfield, the mayor, resigned.\nThe council met on March 4, 2021.",
    ] {
      let article = try read(text)
      #expect(article.metadata.published == nil, "\(text)")
      #expect(article.metadata.source == nil, "\(text)")
    }
    // A place in capitals with the agency, or any place with a date, is a dateline.
    #expect(try read("APPLETON (Orchard)\n\nThe firm sold more phones.").metadata.source == "Orchard")
    #expect(try read("Vesta, March 4, 2021\n\nThe three towns merged.").metadata.published == TimeValue(timex: "2021-03-04"))
  }

  @Test func aWireDatelineAfterFrontMatterLeavesTheBody() throws {
    let text = "---\ntitle: Harbour talks\npublished: 2021-03-05\n---\n\nHARBOURTON (Wirepost) - Talks on the harbour ended on Thursday.\n"
    let article = try MarkdownReader.read(ReaderInput(name: "story.md", text: Array(text.utf8)))
    #expect(body(article) == "Talks on the harbour ended on Thursday.\n")
    #expect(article.metadata.source == "Wirepost")
    #expect(article.metadata.published == TimeValue(timex: "2021-03-05"))
    #expect(article.metadata.title == "Harbour talks")
  }

  @Test(arguments: [
    ("Kessling, Nov 5 (Wirepost) - The depot burned on Tuesday.", "XXXX-11-05", "Wirepost"),
    ("KESSLING, Nov 5 (Wirepost) -- The depot burned on Tuesday.", "XXXX-11-05", "Wirepost"),
    ("Port Alder, Nov. 5, 2024 -- The depot burned on Tuesday.", "2024-11-05", nil),
    ("KESSLING—The depot burned on Tuesday.", nil, nil),
    ("Kessling -- The depot burned on Tuesday.", nil, nil),
  ])
  func aDatelineInMixedCaseOrWithALongerDashLeavesTheBody(text: String, day: String?, agency: String?) throws {
    let article = try read(text)
    #expect(body(article) == "The depot burned on Tuesday.", "\(text)")
    #expect(article.metadata.published == day.flatMap { TimeValue(timex: $0) }, "\(text)")
    #expect(article.metadata.source == agency, "\(text)")
  }

  @Test(arguments: ["Kessling - The depot burned.", "Jane Doe -- the depot burned.", "Tarnby Mills - a firm of 40 - closed."])
  func aSentenceOpeningOnANameAndADashKeepsIt(text: String) throws {
    #expect(body(try read(text)) == text, "\(text)")
  }

  @Test func aWireDatelineUnderAMarkdownHeadingGivesTheDay() throws {
    let text = "# Depot burns\n\nORVAN, Nov. 6 (Wirepost) -- A drone struck a depot.\n"
    let article = try MarkdownReader.read(ReaderInput(name: "story.md", text: Array(text.utf8)))
    #expect(body(article) == "\nA drone struck a depot.\n")
    #expect(article.metadata.title == "Depot burns")
    #expect(article.metadata.source == "Wirepost")
    #expect(article.metadata.published == TimeValue(timex: "XXXX-11-06"))
  }

  @Test func aDateLineRunIntoTheFirstSentenceGivesTheDateAndLeavesTheBody() throws {
    let article = try read(
      """
      Harbour reopens after storm

      Thursday, March 4, 2021 On Tuesday, the port of Vesta reopened.
      """)
    #expect(article.metadata.published == TimeValue(timex: "2021-03-04"))
    #expect(body(article).trimmingCharacters(in: .whitespacesAndNewlines) == "On Tuesday, the port of Vesta reopened.")
  }

  @Test func aSentenceOpeningWithADateStaysInTheBody() throws {
    let article = try read(
      """
      Harbour reopens after storm

      On March 4, 2021 Vesta reopened its port.
      """)
    #expect(article.metadata.published == nil)
    #expect(body(article).contains("On March 4, 2021 Vesta"))
  }
}
