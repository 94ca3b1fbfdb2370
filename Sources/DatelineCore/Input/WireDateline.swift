import Foundation

/// The dateline a wire story opens with: a place, perhaps a date, perhaps the agency in brackets,
/// then a dash, a spaced double hyphen or an em dash (`LONDON, March 4, 2021 (Reuters) - `,
/// `WASHINGTON (AP) — `, `Kessling, Nov. 5 (AP) -- `, `KESSLING—`). The place is in capitals, or
/// capitalised words (`Port Alder`) before a date, an agency or a dash longer than a hyphen.
struct WireDateline {
  /// The day it names (`YYYY-MM-DD`), when it names one with its year.
  var day: String?
  /// The day it names without a year (`XXXX-MM-DD`), as Reuters writes it (`May 14`).
  var dayWithoutYear: String?
  /// The agency in brackets.
  var agency: String?
  /// How many bytes of the paragraph the dateline takes, with its dash and the space after it.
  var length = 0

  /// How far into the paragraph the dash may stand.
  private static let reach = 90

  /// The dateline opening `paragraph`, or nil when it opens otherwise.
  init?(_ paragraph: String) {
    let head = String(paragraph.prefix(Self.reach))
    // The first dash; of two starting together (` -- ` and ` - `), the longer.
    guard
      let dash = Self.dashes.compactMap({ head.range(of: $0) }).min(by: { left, right in
        left.lowerBound != right.lowerBound ? left.lowerBound < right.lowerBound : left.upperBound > right.upperBound
      })
    else { return nil }
    let prefix = head[..<dash.lowerBound].trimmingCharacters(in: .whitespaces)
    var end = dash.upperBound
    while end < head.endIndex, head[end] == " " { end = head.index(after: end) }
    // A story opens on a capital, a digit or a quotation mark, never on a lowercase word.
    guard end < head.endIndex, !head[end].isLowercase else { return nil }
    length = head[..<end].utf8.count
    let place = prefix.prefix { $0 != "," && $0 != "(" }.trimmingCharacters(in: .whitespaces)
    let letters = place.unicodeScalars.filter { $0.properties.isAlphabetic }
    guard letters.count >= 2 else { return nil }
    day = PublicationDateText.day(prefix)
    if day == nil { dayWithoutYear = PublicationDateText.dayWithoutYear(prefix) }
    if let open = prefix.lastIndex(of: "("), let close = prefix.lastIndex(of: ")"), open < close {
      let name = prefix[prefix.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
      if let first = name.unicodeScalars.first, first.properties.isUppercase, name.split(separator: " ").count <= 4 {
        agency = name
      }
    }
    guard !letters.allSatisfy({ $0.properties.isUppercase }) else { return }
    // A place in capitalised words needs more than a hyphen to tell it from a sentence's subject:
    // a date, an agency, or a longer dash right after it.
    let isLongDash = head[dash] != " - " && head[dash] != " – "
    guard PlaceDateLine.isPlace(place), day != nil || dayWithoutYear != nil || agency != nil || isLongDash && place == prefix
    else { return nil }
  }

  /// The dashes that may close a dateline.
  private static let dashes = [" - ", " – ", " — ", " -- ", "—", "--"]
}
