#!/usr/bin/env bash
# End-to-end: a large input opens at once, extraction runs in the background with a progress bar,
# the screen survives resizes meanwhile, and q quits at any moment.
# Usage: Tests/e2e/large.sh [path/to/dateline]
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
. "$(dirname "$0")/lib.sh"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"; cleanup' EXIT
"$(dirname "$DATELINE")/dateline-bench" --write-corpus "$corpus" --corpus-megabytes 8 >/dev/null

start 120 30 "$DATELINE $corpus"
expect "the browser opens while extraction goes on" "extracting" 15
show "extracting"
resize 60 15
expect "a resize during extraction redraws" "Timeline"
resize 20 6
resize 120 30
expect "and back" "Timeline"
keys j
keys q
expect "q quits during extraction with status 0" "EXIT=0" 5

finish
