import Foundation

/// The dateline a wire story opens with: a place in capitals, perhaps a date, perhaps the agency
/// in brackets, then a dash (`LONDON, March 4, 2021 (Reuters) - `, `WASHINGTON (AP) — `).
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
    guard let dash = [" - ", " – ", " — "].compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
    else { return nil }
    let prefix = head[..<dash.lowerBound]
    length = head[..<dash.upperBound].utf8.count
    let place = prefix.prefix { $0 != "," && $0 != "(" }.trimmingCharacters(in: .whitespaces)
    let letters = place.unicodeScalars.filter { $0.properties.isAlphabetic }
    guard letters.count >= 2, letters.allSatisfy({ $0.properties.isUppercase }) else { return nil }
    day = PublicationDateText.day(String(prefix))
    if day == nil { dayWithoutYear = PublicationDateText.dayWithoutYear(String(prefix)) }
    if let open = prefix.lastIndex(of: "("), let close = prefix.lastIndex(of: ")"), open < close {
      let name = prefix[prefix.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
      if let first = name.unicodeScalars.first, first.properties.isUppercase, name.split(separator: " ").count <= 4 {
        agency = name
      }
    }
  }
}
