import Foundation
import Testing
@testable import DatelineCore

@Suite struct DocumentLoaderTests {
  private let loader = DocumentLoader()

  private func document(_ bytes: [UInt8]) throws -> Document {
    try loader.document(bytes: bytes, name: "test.txt", id: 0)
  }

  @Test func frontMatterGivesMetadataAndIsNotPartOfTheText() throws {
    let text = "---\ntitle: \"A title\"\nsource: Arab News\npublished: 2021-11-09\nurl: https://x.test/a\n---\nBody.\n"
    let document = try document(Array(text.utf8))
    #expect(document.metadata.title == "A title")
    #expect(document.metadata.source == "Arab News")
    #expect(document.metadata.published?.timex == "2021-11-09")
    #expect(document.metadata.url == "https://x.test/a")
    #expect(document.string(0..<document.text.count) == "Body.\n")
  }

  @Test func aMalformedDateIsAFindingNotAnError() throws {
    let document = try document(Array("---\npublished: sometime\n---\nBody.".utf8))
    #expect(document.metadata.published == nil)
    #expect(document.findings.map(\.kind) == [.badMetadata])
  }

  @Test func theCommandLineDateOverridesTheDocumentsOwn() throws {
    let loader = DocumentLoader(published: TimeValue(timex: "2020-01-02"))
    let document = try loader.document(bytes: Array("---\npublished: 2021-11\n---\nx".utf8), name: "a", id: 0)
    #expect(document.metadata.published?.timex == "2020-01-02")
  }

  @Test func byteOrderMarkAndLineEndsAreNormalized() throws {
    let document = try document([0xEF, 0xBB, 0xBF] + Array("One.\r\nTwo.\rThree.".utf8))
    #expect(document.string(0..<document.text.count) == "One.\nTwo.\nThree.")
    #expect(document.paragraphs.count == 3)
  }

  @Test func invalidUTF8IsReplacedAndReported() throws {
    let document = try document(Array("Caf".utf8) + [0xE9] + Array(" ok.".utf8))
    #expect(document.string(0..<document.text.count) == "Caf\u{FFFD} ok.")
    #expect(document.findings.map(\.kind) == [.invalidUTF8])
  }

  @Test func binaryDataIsRefused() {
    #expect(throws: CoreError.binary(path: "test.txt")) { try document([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2]) }
  }

  @Test func emptyInputGivesAnEmptyDocument() throws {
    #expect(try document([]).paragraphs.isEmpty)
    #expect(try document(Array(" \n\n\t".utf8)).paragraphs.isEmpty)
  }

  @Test func missingPathsAndEmptyDirectoriesAreReportedAndTheRestLoads() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-loader-\(getpid())")
    let empty = directory.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let good = directory.appendingPathComponent("good.txt")
    try Data("In May 2020, it happened.".utf8).write(to: good)
    let (inputs, failures) = loader.inputs(for: [directory.path + "/missing.txt", empty.path, good.path])
    #expect(inputs.map(\.name) == [good.path])
    #expect(failures == [.fileNotFound(path: directory.path + "/missing.txt"), .noArticles(directory: empty.path)])
  }

  @Test func directoriesGiveTheirArticlesSortedByPath() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-dir-\(getpid())")
    try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["b.txt", "a.md", "sub/c.txt", "skip.png", ".hidden.txt"] {
      try Data("Text.".utf8).write(to: directory.appendingPathComponent(name))
    }
    let names = loader.inputs(for: [directory.path]).inputs.map { $0.name.replacingOccurrences(of: directory.path + "/", with: "") }
    #expect(names == ["a.md", "b.txt", "sub/c.txt"])
  }

  @Test func theSampleIsBundledWithItsMetadata() {
    let sample = loader.sample()
    #expect(sample.metadata.source == "Arab News")
    #expect(sample.metadata.published?.timex == "2021-11")
    #expect(sample.paragraphs.count == 32)
    #expect(sample.string(sample.paragraphs[0]).hasPrefix("In the early hours of Nov. 7"))
  }
}
