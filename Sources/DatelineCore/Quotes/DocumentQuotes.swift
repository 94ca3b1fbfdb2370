/// The quotations of one document, direct and reported, with their speakers.
struct DocumentQuotes: Sendable {
  /// The quotes; their ids are their indices here, and speakers are the document's actor ids.
  var quotes: [Quote]
  /// For each quote, its tokens (the words, without the marks).
  var tokens: [Range<Int>]
  /// Quotations without a speaker.
  var findings: [Finding]
  /// The speakers named by a role alone, numbered after the document's actors, to add to them.
  var roleSpeakers: [Actor] = []
  /// The mentions of those speakers, in the order they were read.
  var roleMentions: [ActorMention] = []
}
