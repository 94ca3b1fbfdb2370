/// The weights of a perceptron being trained, with the running sums that give averaged weights.
struct AveragedPerceptron {
  private var rows: [UInt32: Int] = [:]
  private var keys: [UInt32] = []
  private var weights: [Int32] = []
  private var totals: [Int64] = []
  private var stamps: [Int64] = []
  private var instances: Int64 = 0

  /// The best-scoring tag under the current weights.
  func predict(_ features: ArraySlice<UInt32>) -> UInt8 {
    var scores = [Int64](repeating: 0, count: UPOS.count)
    for feature in features {
      guard let row = rows[feature] else { continue }
      for tag in 0..<UPOS.count { scores[tag] += Int64(weights[row * UPOS.count + tag]) }
    }
    return PartOfSpeechTagger.best(scores)
  }

  /// Counts one training instance and, if `guess` is wrong, moves weight from it to `truth`.
  mutating func update(truth: UInt8, guess: UInt8, features: ArraySlice<UInt32>) {
    instances += 1
    guard truth != guess else { return }
    for feature in features {
      let row = rows[feature] ?? addRow(feature)
      adjust(row * UPOS.count + Int(truth), by: 1)
      adjust(row * UPOS.count + Int(guess), by: -1)
    }
  }

  /// The averaged weights scaled to 16 bits, without rows whose weights all round below
  /// `minimumWeight`, the rows with the largest weights first.
  func quantized(minimumWeight: Int) -> WeightTable {
    var averages = [Double](repeating: 0, count: weights.count)
    var largest = 0.0
    for index in weights.indices {
      let total = totals[index] + (instances - stamps[index]) * Int64(weights[index])
      averages[index] = Double(total) / Double(max(instances, 1))
      largest = max(largest, abs(averages[index]))
    }
    let scale = largest > 0 ? 32_767 / largest : 1
    var kept: [(key: UInt32, row: [Int16])] = []
    for (row, key) in keys.enumerated() {
      let values = (0..<UPOS.count).map { Int16((averages[row * UPOS.count + $0] * scale).rounded()) }
      if values.contains(where: { abs(Int($0)) >= minimumWeight }) { kept.append((key, values)) }
    }
    let ranked = kept.map { (entry: $0, largest: $0.row.map { abs(Int($0)) }.max()!) }.sorted {
      $0.largest != $1.largest ? $0.largest > $1.largest : $0.entry.key < $1.entry.key
    }
    return WeightTable(keys: ranked.map(\.entry.key), weights: ranked.flatMap(\.entry.row))
  }

  private mutating func addRow(_ key: UInt32) -> Int {
    let row = keys.count
    rows[key] = row
    keys.append(key)
    weights.append(contentsOf: repeatElement(0, count: UPOS.count))
    totals.append(contentsOf: repeatElement(0, count: UPOS.count))
    stamps.append(contentsOf: repeatElement(0, count: UPOS.count))
    return row
  }

  private mutating func adjust(_ index: Int, by delta: Int32) {
    totals[index] += (instances - stamps[index]) * Int64(weights[index])
    stamps[index] = instances
    weights[index] += delta
  }
}
