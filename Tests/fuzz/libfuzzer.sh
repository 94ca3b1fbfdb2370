#!/usr/bin/env bash
# Builds the extraction core with libFuzzer's coverage instrumentation and runs it.
# Usage: Tests/fuzz/libfuzzer.sh [libFuzzer flags, e.g. -runs=100000 -max_len=4096]
# SwiftPM cannot link libFuzzer into one product only (its build tools would get libFuzzer's main
# too), so this compiles the core, the generated resources and the check as one module.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build --product dateline-fuzz 2>&1 | sed '/prohibited flag/d'
resources=$(find .build/plugins/outputs -name EmbeddedResources.swift | head -n 1)
mkdir -p .build/libfuzzer
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name DatelineCore \
  $(find Sources/DatelineCore -name '*.swift') "$resources" \
  Sources/dateline-fuzz/FuzzCheck.swift Tests/fuzz/LibFuzzerEntry.swift \
  -o .build/libfuzzer/dateline-libfuzzer 2>&1 | grep -v "ignoring import" || true
mkdir -p .build/libfuzzer/corpus
cp Resources/samples/*.txt .build/libfuzzer/corpus/
# The built-in fuzzer's seeds: the sample's opening, a quote, a feed and each hostile input.
.build/debug/dateline-fuzz --write-seeds .build/libfuzzer/corpus
.build/libfuzzer/dateline-libfuzzer .build/libfuzzer/corpus "$@"
