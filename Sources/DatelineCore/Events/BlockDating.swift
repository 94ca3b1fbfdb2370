/// What dating a block of a long document takes from the blocks before it, so that the document
/// is dated as it is when read in one piece: the narrative anchors of its time expressions
/// (`NarrativeAnchors`) and the story's time (`NarrativeDating`), which only the lead, near the
/// start of the document, sets; a later block's opening sentences are no lead.
struct BlockDating: Sendable {
  /// The story's time a block after the first takes (nil when the first block set none).
  struct Story: Sendable {
    /// The lead event's day.
    var date: EventDate
  }

  /// The narrative anchors the blocks before left.
  var anchors = NarrativeAnchors()
  /// Whether a block before this one was dated: the story's time is then `story`, not found again.
  private(set) var followsBlock = false
  /// The story's time the blocks before set, if any.
  private(set) var story: Story?
  /// The id of the lead event within the block just dated, when that block set the story's time.
  private(set) var leadInBlock: Int?

  /// The state at the start of a text.
  init() {}

  /// Records that a block was dated with the story's time `date`, told by its event `lead` (nil
  /// when it was carried in from a block before).
  mutating func dated(story date: EventDate?, lead: Int?) {
    story = date.map(Story.init)
    leadInBlock = lead
    followsBlock = true
  }
}
