import Foundation
import Testing

@testable import DatelineCore

/// The credit lines closing a wire story name the agency's staff, not the story's actors: they
/// leave the body, in plain text and after front matter alike.
@Suite struct WireCreditTests {
  private func body(_ text: String, name: String = "story.txt") throws -> String {
    let input = ReaderInput(name: name, text: Array(text.utf8))
    let article = try (name.hasSuffix(".md") ? MarkdownReader.read(input) : PlainTextReader.read(input))
    return String(decoding: article.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test func bracketedCreditsLeaveThePlainTextBody() throws {
    let text = "OSLO, May 2 (Wirepost) - The port of Vesta reopened on Friday.\n\n(Reporting by Ilse Berg; Writing by Tom Aske; Editing by Kari Lund)\n"
    #expect(try body(text) == "The port of Vesta reopened on Friday.")
  }

  @Test func aContributorLineLeavesTheBodyAfterFrontMatter() throws {
    let text = "---\ntitle: Port reopens\n---\nThe port of Vesta reopened on Friday.\n\nWirepost writer Sam Roe in Bergen contributed to this report.\n"
    #expect(try body(text, name: "story.md") == "The port of Vesta reopened on Friday.")
  }

  @Test func bracketsThatAreNoCreditStay() throws {
    let text = "The port of Vesta reopened on Friday.\n\n(The port had been shut since March.)\n"
    #expect(try body(text).hasSuffix("(The port had been shut since March.)"))
  }

  @Test func aStoryNoLongerNamesItsEditorsAsActors() throws {
    let text = "OSLO, May 2 (Wirepost) - Harbour master Olav Rind said the port of Vesta reopened on Friday.\n\n(Reporting by Ilse Berg; Editing by Kari Lund)"
    let document = try DocumentLoader(published: TimeValue(timex: "2025-05-02")).document(bytes: Array(text.utf8), name: "wire.txt", id: 0)
    let names = Pipeline().timeline(of: [document]).actors.map(\.name)
    #expect(names.contains("Olav Rind"), "\(names)")
    #expect(!names.contains { $0.contains("Berg") || $0.contains("Lund") || $0 == "Editing" }, "\(names)")
  }
}
