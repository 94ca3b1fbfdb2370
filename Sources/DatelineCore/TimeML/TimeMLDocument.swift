/// A TimeML document (TempEval-3 style): its bytes, its document creation time, the plain text of
/// its `<TEXT>` element and the gold `TIMEX3`s found there, with byte ranges in the plain text.
public struct TimeMLDocument: Sendable {
  /// One `TIMEX3` of the `<TEXT>` element.
  public struct Timex: Hashable, Sendable {
    /// The bytes of the expression in `text`.
    public var range: Range<Int>
    /// The `tid` attribute.
    public var id: String
    /// The `type` attribute (`DATE`, `TIME`, `DURATION`, `SET`).
    public var type: String
    /// The `value` attribute.
    public var value: String
  }

  /// The file's bytes, as read.
  public let source: [UInt8]
  /// The document creation time (`<DCT><TIMEX3 value=…>`), when there is a readable one.
  public let creationTime: TimePoint?
  /// The `value` written in the `<DCT>` element (empty when it has none), whether readable or
  /// not; `nil` without a `<DCT>`.
  public let creationTimeValue: String?
  /// The `<DOCID>` content, when present.
  public let documentID: String?
  /// The `<TITLE>` content, when present.
  public let title: String?
  /// The content of `<TEXT>` without tags, with character entities decoded; a sentence element
  /// (`</s>`) that would run into the next sentence ends with a line break.
  public let text: [UInt8]
  /// The gold `TIMEX3`s inside `<TEXT>`, in text order.
  public let timexes: [Timex]
  /// For each byte of `text`, where the character it belongs to starts in `source`.
  let sourceOffsets: [Int]
  /// Where the `<TEXT>` content lies in `source`.
  let textRange: Range<Int>

  /// Reads a TimeML file's bytes; `name` is used in errors.
  public init(bytes: [UInt8], name: String) throws {
    source = bytes
    guard let open = XMLScan.find("<TEXT>", in: bytes, from: 0) else {
      throw CoreError.malformedTimeML(path: name, reason: "no <TEXT> element")
    }
    guard let close = XMLScan.find("</TEXT>", in: bytes, from: open + 6) else {
      throw CoreError.malformedTimeML(path: name, reason: "<TEXT> is never closed (no </TEXT>)")
    }
    textRange = (open + 6)..<close
    creationTimeValue = Self.readCreationTimeValue(bytes)
    creationTime = creationTimeValue.flatMap { TimePoint(timex: $0) }
    documentID = XMLScan.elementText("DOCID", in: bytes)
    title = XMLScan.elementText("TITLE", in: bytes)
    var reader = TextReader(source: bytes, range: textRange)
    try reader.read(name: name)
    text = reader.text
    timexes = reader.timexes
    sourceOffsets = reader.offsets
  }

  private static func readCreationTimeValue(_ bytes: [UInt8]) -> String? {
    guard let open = XMLScan.find("<DCT>", in: bytes, from: 0) else { return nil }
    guard let close = XMLScan.find("</DCT>", in: bytes, from: open),
      let tagEnd = XMLScan.find(">", in: bytes, from: open + 5)
    else { return "" }
    let tag = XMLTag(bytes: bytes[(open + 5)..<min(tagEnd + 1, close)])
    return tag.attribute("value") ?? ""
  }
}

/// Walks the `<TEXT>` content: drops tags, decodes entities, and records the `TIMEX3`s.
private struct TextReader {
  let source: [UInt8]
  let range: Range<Int>
  var text: [UInt8] = []
  var offsets: [Int] = []
  var timexes: [TimeMLDocument.Timex] = []

  init(source: [UInt8], range: Range<Int>) {
    self.source = source
    self.range = range
    text.reserveCapacity(range.count)
    offsets.reserveCapacity(range.count)
  }

  mutating func read(name: String) throws {
    var open: (start: Int, tag: XMLTag)?
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = source[index]
      if byte == UInt8(ascii: "<") {
        guard let end = XMLScan.find(">", in: source, from: index), end < range.upperBound else {
          throw CoreError.malformedTimeML(path: name, reason: "unclosed tag in <TEXT>")
        }
        let tag = XMLTag(bytes: source[(index + 1)..<end])
        if tag.name == "s" && tag.isClosing, let last = text.last, last != 0x20 && last != 0x0A {
          text.append(0x0A)
          offsets.append(index)
        }
        if tag.name == "TIMEX3" && !tag.isClosing {
          open = (text.count, tag)
        } else if tag.name == "TIMEX3", let started = open {
          timexes.append(
            TimeMLDocument.Timex(
              range: started.start..<text.count, id: started.tag.attribute("tid") ?? "",
              type: started.tag.attribute("type") ?? "", value: started.tag.attribute("value") ?? ""))
          open = nil
        }
        index = end + 1
      } else if byte == UInt8(ascii: "&"), let (decoded, length) = XMLScan.entity(in: source, at: index) {
        for scalarByte in decoded {
          text.append(scalarByte)
          offsets.append(index)
        }
        index += length
      } else {
        text.append(byte)
        offsets.append(index)
        index += 1
      }
    }
  }
}
