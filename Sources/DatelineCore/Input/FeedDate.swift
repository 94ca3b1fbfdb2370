/// Publication dates as feeds write them: RFC 822 in RSS (`Sun, 07 Nov 2021 02:30:00 GMT`) and
/// ISO 8601 in Atom and Dublin Core (`2021-11-07T02:30:00Z`).
enum FeedDate {
  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  /// The day `text` names, `YYYY-MM-DD`.
  static func day(_ text: String) -> String? {
    let iso = text.prefix(10)
    if iso.count == 10, TimeValue(timex: String(iso))?.point?.precision == .day { return String(iso) }
    let words = text.split { $0 == " " || $0 == "," }
    guard let monthIndex = words.firstIndex(where: { months.contains($0.prefix(3).lowercased()) }),
      let month = months.firstIndex(of: words[monthIndex].prefix(3).lowercased()),
      monthIndex > 0, let day = Int(words[monthIndex - 1]), (1...31).contains(day),
      monthIndex + 1 < words.count, let year = Int(words[monthIndex + 1]), (1000...9999).contains(year)
    else { return nil }
    let value = "\(year)-" + (month < 9 ? "0" : "") + "\(month + 1)-" + (day < 10 ? "0" : "") + "\(day)"
    return TimeValue(timex: value)?.point?.precision == .day ? value : nil
  }
}
