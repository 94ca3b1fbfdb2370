/// Where the Source pane stops scrolling down for one document at one pane size.
struct SourceEnd: Sendable {
  /// The document.
  var document: Int
  /// The width lines are wrapped to.
  var width: Int
  /// The pane's height in rows.
  var height: Int
  /// The top that shows the document's last line at the bottom of the pane.
  var top: SourcePosition?
}
