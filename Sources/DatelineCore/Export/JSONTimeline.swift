import Foundation

/// The `json` export: a versioned, documented schema of documents, actors, quotes and events, each
/// carrying the source spans of its evidence. See `docs/json-schema.md`.
public struct JSONTimeline: Codable, Sendable {
  /// The schema's name, always `dateline.timeline`.
  public var schema: String
  /// The schema's version; bumped when a field changes meaning or goes away.
  public var version: Int
  /// The documents read.
  public var documents: [DocumentRecord]
  /// The actors found.
  public var actors: [ActorRecord]
  /// The quotes found.
  public var quotes: [QuoteRecord]
  /// The events, in timeline order.
  public var events: [EventRecord]
  /// Doubts found on the way.
  public var findings: [FindingRecord]

  enum CodingKeys: String, JSONRecordKey {
    case schema, version, documents, actors, quotes, events, findings
    static let layout = JSONRecordLayout<Self>()
  }

  /// The schema's name, the value of `schema`.
  public static let schemaName = "dateline.timeline"

  /// The current schema version.
  public static let currentVersion = 1

  /// A document's metadata.
  public struct DocumentRecord: Codable, Sendable {
    /// Index in `documents`.
    public var id: Int
    /// Path, `-`, or the sample's name.
    public var name: String
    /// Headline.
    public var title: String?
    /// Who wrote it, as the article states it.
    public var byline: String?
    /// Publisher.
    public var source: String?
    /// Address.
    public var url: String?
    /// Publication date as a TIMEX3 value.
    public var published: String?
    /// The body text that every span's byte offsets count in (for a web page: the article alone).
    public var text: String

    enum CodingKeys: String, JSONRecordKey {
      case id, name, title, byline, source, url, published, text
      static let layout = JSONRecordLayout<Self>()
    }
  }

  /// A place in a document.
  public struct SpanRecord: Codable, Sendable, Equatable {
    /// Index in `documents`.
    public var document: Int
    /// Zero-based paragraph.
    public var paragraph: Int
    /// First UTF-8 byte of the span in the document's body text.
    public var start: Int
    /// One past the last byte.
    public var end: Int
    /// The text of the span.
    public var text: String

    enum CodingKeys: String, JSONRecordKey {
      case document, paragraph, start, end, text
      static let layout = JSONRecordLayout<Self>()
    }
  }

  /// An actor with its aliases and mentions.
  public struct ActorRecord: Codable, Sendable {
    /// Index in `actors`.
    public var id: Int
    /// Canonical name.
    public var name: String
    /// `person`, `organization`, `place`, `group` or `unknown`.
    public var kind: String
    /// Other names used for the actor.
    public var aliases: [String]
    /// Every mention.
    public var mentions: [SpanRecord]
    /// How many events the actor takes part in.
    public var eventCount: Int
    /// How many quotes the actor is the speaker of.
    public var quoteCount: Int

    enum CodingKeys: String, JSONRecordKey {
      case id, name, kind, aliases, mentions, eventCount, quoteCount
      static let layout = JSONRecordLayout<Self>()
    }
  }

  /// A quotation.
  public struct QuoteRecord: Codable, Sendable {
    /// Index in `quotes`.
    public var id: Int
    /// The quoted words.
    public var text: String
    /// The speaker's actor id.
    public var speaker: Int?
    /// The attribution's text and place.
    public var cue: SpanRecord?
    /// Whether this is reported (indirect) speech.
    public var indirect: Bool
    /// Where the quoted words are.
    public var span: SpanRecord

    enum CodingKeys: String, JSONRecordKey {
      case id, text, speaker, cue, indirect, span
      static let layout = JSONRecordLayout<Self>()
    }
  }

  /// An event's date.
  public struct DateRecord: Codable, Sendable {
    /// TIMEX3 value: `2021-11-07`, `2020-05`, `2014`, `PAST_REF`.
    public var value: String
    /// `century` … `second`, or `duration`, `reference`, `set`.
    public var precision: String
    /// Whether the date rests on a guessed reference time.
    public var inferred: Bool
    /// How the value was worked out: `explicit`, `year-from-reference`, `relative-to-reference`,
    /// `relative-to-narrative`, `unanchored`.
    public var resolution: String
    /// The temporal expression it came from.
    public var expression: SpanRecord?
    /// The date in words: `10 October 2021`, `6 November 2021, night`.
    public var display: String
    /// For a date told as a shift from another event, or taken from one, that event's id.
    public var anchorEvent: Int?
    /// Why an event that names no date was given this one: `narrative`, `story-time`,
    /// `publication`, `offset`, `after-event`.
    public var inference: String?
    /// For an event told over a range of dates, the TIMEX3 value of the range's last part
    /// (`1985` for `between 1978 and 1985`); `value` is its first.
    public var end: String?

    enum CodingKeys: String, JSONRecordKey {
      case value, precision, inferred, resolution, expression, display, anchorEvent, inference, end
      static let layout = JSONRecordLayout<Self>()
    }
  }

  /// An event.
  public struct EventRecord: Codable, Sendable {
    /// Index in `events` (timeline order).
    public var id: Int
    /// When, if known.
    public var date: DateRecord?
    /// `attack`, `election`, `protest`, `statement`, …
    public var kind: String
    /// One line.
    public var summary: String
    /// Actor ids, main actor first.
    public var actors: [Int]
    /// Quote ids.
    public var quotes: [Int]
    /// Every place the event is told; the first is the main evidence.
    public var mentions: [SpanRecord]
    /// The ids of the documents that tell it.
    public var sources: [Int]
    /// The facts its articles give differently; left out when they agree.
    public var disagreements: [DisagreementRecord]?

    enum CodingKeys: String, JSONRecordKey {
      case id, date, kind, summary, actors, quotes, mentions, sources, disagreements
      static let layout = JSONRecordLayout<Self>()
    }
  }

  /// A fact the articles telling one event give differently.
  public struct DisagreementRecord: Codable, Sendable {
    /// `count`, `time-of-day` or `place`.
    public var aspect: String
    /// What the value is of, in one word: `guard`, `time`, `prison`.
    public var subject: String
    /// Each value with where it is told.
    public var versions: [VersionRecord]

    enum CodingKeys: String, JSONRecordKey {
      case aspect, subject, versions
      static let layout = JSONRecordLayout<Self>()
    }
  }

  /// One value of a disputed fact.
  public struct VersionRecord: Codable, Sendable {
    /// The value written one way: `7`, `02:30`, `kestor`.
    public var value: String
    /// The words that give it, one span per article.
    public var spans: [SpanRecord]

    enum CodingKeys: String, JSONRecordKey {
      case value, spans
      static let layout = JSONRecordLayout<Self>()
    }
  }

  /// A non-fatal doubt.
  public struct FindingRecord: Codable, Sendable {
    /// Its kind, e.g. `inferred-year`.
    public var kind: String
    /// A sentence for people.
    public var message: String
    /// Where, when it concerns a place in the text.
    public var span: SpanRecord?

    enum CodingKeys: String, JSONRecordKey {
      case kind, message, span
      static let layout = JSONRecordLayout<Self>()
    }
  }
}
