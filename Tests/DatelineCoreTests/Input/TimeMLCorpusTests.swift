import Foundation
import Testing

@testable import DatelineCore

/// `eval` and `tag` find TimeML files with the article walker: sorted, hidden ones skipped.
@Suite struct TimeMLCorpusTests {
  @Test func directoriesGiveTheirTimeMLFilesSortedWithoutHiddenOnes() throws {
    let scratch = try PipelineScratch("timeml")
    defer { scratch.remove() }
    try FileManager.default.createDirectory(atPath: scratch.directory + "/b", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: scratch.directory + "/.git", withIntermediateDirectories: true)
    for name in ["b/two.tml", "a.tml", "notes.txt", ".draft.tml", ".git/old.tml"] { try scratch.write(name, "<TEXT>x</TEXT>") }
    let single = try scratch.write("single.xml", "<TEXT>x</TEXT>")
    let files = try TimeMLCorpus.files([scratch.directory, single])
    #expect(files == [scratch.directory + "/a.tml", scratch.directory + "/b/two.tml", single])
  }

  @Test func aMissingPathOrADirectoryWithoutTimeMLIsThrown() throws {
    let scratch = try PipelineScratch("timeml-empty")
    defer { scratch.remove() }
    try scratch.write("notes.txt", "Plain.")
    #expect(throws: CoreError.noArticles(directory: scratch.directory)) { try TimeMLCorpus.files([scratch.directory]) }
    #expect(throws: CoreError.fileNotFound(path: scratch.directory + "/gone")) {
      try TimeMLCorpus.files([scratch.directory + "/gone"])
    }
  }

  @Test func theReferenceIsTheCreationTime() throws {
    let document = try TimeMLDocument(
      bytes: Array("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-11-09\">today</TIMEX3></DCT><TEXT>It rained.</TEXT>".utf8),
      name: "a.tml")
    #expect(TimeMLCorpus.reference(of: document)?.point.timex == "2021-11-09")
    #expect(TimeMLCorpus.analysis(of: document).tokens.count == 3)
  }
}
