/// A clause-sized piece of a sentence, between commas, dashes, semicolons, or before a relative
/// pronoun or a subordinator, with what kind of piece it is.
struct Segment: Sendable, Hashable {
  /// What a segment does in its sentence.
  enum Role: UInt8, Sendable, Hashable {
    /// An opening adverbial before the main clause: `In May 2020,`, `However,`, `But, as …,`.
    case leading
    /// A clause or part of one.
    case main
    /// A relative clause: `which had been …`, `that began in October 2019 …`, `during which …`.
    case relative
    /// A participle after a comma: `, injuring seven members …`, `, targeting US troops …`.
    case participle
  }

  // 8 bytes: a sentence of 500,000 clauses keeps a segment for each (`Range<Int>` and a role took
  // 24). The length takes the low 30 bits of `packed`, the role the top two.
  private var start: Int32
  private var packed: UInt32

  /// A segment of `tokens` doing `role`.
  init(tokens: Range<Int>, role: Role) {
    start = Int32(tokens.lowerBound)
    packed = UInt32(tokens.count) | UInt32(role.rawValue) << 30
  }

  /// The tokens, without the punctuation that separates segments.
  var tokens: Range<Int> {
    get { Int(start)..<Int(start) + Int(packed & Self.lengthMask) }
    set { self = Segment(tokens: newValue, role: role) }
  }

  /// What the segment does.
  var role: Role {
    // The two bits always hold a role's raw value: `init` is the only writer.
    get { unsafeBitCast(UInt8(truncatingIfNeeded: packed >> 30), to: Role.self) }
    set { self = Segment(tokens: tokens, role: newValue) }
  }

  private static let lengthMask: UInt32 = (1 << 30) - 1
}
