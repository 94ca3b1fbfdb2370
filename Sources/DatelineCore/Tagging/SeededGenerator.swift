/// A SplitMix64 random number generator with a fixed seed, so training shuffles the same way on
/// every run.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return FeatureHash.mix(state)
  }
}
