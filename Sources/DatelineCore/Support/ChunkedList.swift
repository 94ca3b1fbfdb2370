/// A list that grows a chunk of fixed size at a time: growing never copies what it holds, so the
/// old and the new storage of a doubling array are never alive at once and no more than one
/// chunk is ever left empty. For long lists that are built up and then taken whole.
struct ChunkedList<Element> {
  private static var chunkShift: Int { 12 }
  /// How many elements a chunk holds.
  static var chunkSize: Int { 1 << chunkShift }

  private var chunks: [[Element]] = []
  /// How many elements the list holds.
  private(set) var count = 0

  /// An empty list.
  init() {}

  /// Adds `element` at the end.
  mutating func append(_ element: Element) {
    if count & (Self.chunkSize - 1) == 0 {
      var chunk: [Element] = []
      chunk.reserveCapacity(Self.chunkSize)
      chunks.append(chunk)
    }
    chunks[chunks.count - 1].append(element)
    count += 1
  }

  /// The element at `index`, changed in place.
  subscript(index: Int) -> Element {
    get { chunks[index >> Self.chunkShift][index & (Self.chunkSize - 1)] }
    _modify { yield &chunks[index >> Self.chunkShift][index & (Self.chunkSize - 1)] }
  }

  /// How many chunks are let go of between two returns of their pages to the system.
  static var chunksPerRelease: Int { 8 }

  /// The elements in order, taken out of the list, which is left empty; each chunk is let go of
  /// as soon as it is copied, and the pages of every few are given back to the system
  /// (`release`, `FreedPages.release` unless a test counts the calls), so the list and the array
  /// are never both whole in memory.
  mutating func takeAll(release: () -> Void = FreedPages.release) -> [Element] {
    var all: [Element] = []
    all.reserveCapacity(count)
    for index in chunks.indices {
      all.append(contentsOf: chunks[index])
      chunks[index] = []
      if index % Self.chunksPerRelease == Self.chunksPerRelease - 1 { release() }
    }
    chunks = []
    count = 0
    return all
  }

  /// Calls `body` with every element in order, taking them out of the list, which is left
  /// empty; each chunk is let go of as soon as it is walked, so that what `body` makes of the
  /// elements and the list are never both whole.
  mutating func drain(_ body: (Element) -> Void) {
    for index in chunks.indices {
      for element in chunks[index] { body(element) }
      chunks[index] = []
    }
    chunks = []
    count = 0
  }
}

extension ChunkedList: Sendable where Element: Sendable {}
