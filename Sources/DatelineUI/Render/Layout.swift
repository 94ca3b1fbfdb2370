/// Where each pane goes for a terminal size: two columns on wide terminals, stacked panes on
/// narrow ones, only the focused pane on tiny ones; the status line is always the last row.
public struct Layout: Hashable, Sendable {
  /// The panes shown and their rectangles (title bar included), top to bottom, left to right.
  public var panes: [PaneFrame]
  /// The status line.
  public var status: Rect
  /// A vertical border between columns, if any.
  public var border: Rect?

  /// A pane and its rectangle.
  public struct PaneFrame: Hashable, Sendable {
    /// The pane.
    public var pane: Pane
    /// Its rectangle, title bar included.
    public var rect: Rect
    /// The rectangle below the title bar.
    public var content: Rect { Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1) }
  }

  /// The layout for `size` with `focus` and an optional open `drawer` (Actors or Quotes).
  public init(size: Size, focus: Pane, drawer: Pane?) {
    status = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: size.height > 0 ? 1 : 0)
    border = nil
    let body = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
    if body.height < 2 || body.width < 8 {
      panes = []
    } else if size.width >= 100 && size.height >= 12 {
      panes = []
      let leftWidth = max(40, size.width * 9 / 20)
      let right = Rect(x: leftWidth + 1, y: 0, width: size.width - leftWidth - 1, height: body.height)
      border = Rect(x: leftWidth, y: 0, width: 1, height: body.height)
      panes += Self.split(Rect(x: 0, y: 0, width: leftWidth, height: body.height), .timeline, drawer, share: 60)
      let detailHeight = min(10, max(3, body.height / 3))
      panes.append(PaneFrame(pane: .detail, rect: Rect(x: right.x, y: 0, width: right.width, height: detailHeight)))
      panes.append(
        PaneFrame(pane: .source, rect: Rect(x: right.x, y: detailHeight, width: right.width, height: body.height - detailHeight)))
    } else if size.width >= 40 && size.height >= 12 {
      let lower = focus == .detail ? Pane.detail : Pane.source
      let topHeight = body.height * (drawer == nil ? 45 : 60) / 100
      panes = Self.split(Rect(x: 0, y: 0, width: body.width, height: topHeight), .timeline, drawer, share: 50)
      panes.append(PaneFrame(pane: lower, rect: Rect(x: 0, y: topHeight, width: body.width, height: body.height - topHeight)))
    } else {
      panes = [PaneFrame(pane: focus, rect: body)]
    }
  }

  /// The rectangle of `pane`, if it is shown.
  public func rect(of pane: Pane) -> Rect? { panes.first { $0.pane == pane }?.rect }

  /// The content rectangle (below the title bar) of `pane`, if it is shown.
  public func content(of pane: Pane) -> Rect? { panes.first { $0.pane == pane }?.content }

  /// Whether `pane` is shown.
  public func shows(_ pane: Pane) -> Bool { rect(of: pane) != nil }

  private static func split(_ rect: Rect, _ main: Pane, _ drawer: Pane?, share: Int) -> [PaneFrame] {
    guard let drawer else { return [PaneFrame(pane: main, rect: rect)] }
    let mainHeight = rect.height * share / 100
    return [
      PaneFrame(pane: main, rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: mainHeight)),
      PaneFrame(pane: drawer, rect: Rect(x: rect.x, y: rect.y + mainHeight, width: rect.width, height: rect.height - mainHeight)),
    ]
  }
}
