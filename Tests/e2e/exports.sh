#!/usr/bin/env bash
# End-to-end: exports are written atomically and never replace a device; bad inputs get clear
# messages and distinct exit codes. Usage: Tests/e2e/exports.sh [path/to/dateline]
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {
  if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; failures=$((failures + 1)); fi
}

"$DATELINE" extract -o /dev/null
check "-o /dev/null writes to the device and leaves it a device" "test -c /dev/null"

echo OLD > "$work/out.json"
"$DATELINE" extract -o "$work/out.json"
check "-o FILE replaces the file with the whole export" "head -c 1 '$work/out.json' | grep -q '{' && tail -c 2 '$work/out.json' | grep -q '}'"
check "no temporary file is left beside it" "[ \$(ls -A '$work' | wc -l) -eq 1 ]"

mkdir -p "$work/big"
for i in $(seq 1 400); do cp "$(dirname "$0")/../../Resources/samples/kadhimi-drone-attack.txt" "$work/big/a$i.txt"; done
echo OLD > "$work/kept.json"
"$DATELINE" extract "$work/big" -o "$work/kept.json" &
pid=$!
sleep 0.3
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
check "an export killed midway leaves the old file (or the whole new one), never a part" \
  "grep -qx OLD '$work/kept.json' || tail -c 2 '$work/kept.json' | grep -q '}'"

"$DATELINE" extract "$work/missing.txt" 2>"$work/err"; status=$?
check "a missing file: exit 66 and a message naming it" "[ $status -eq 66 ] && grep -q 'missing.txt: no such file' '$work/err'"
printf '\x7fELF\x00\x01\x02' > "$work/binary.txt"
"$DATELINE" extract "$work/binary.txt" 2>"$work/err"; status=$?
check "a binary file: exit 65 and a message naming it" "[ $status -eq 65 ] && grep -q 'binary.txt: binary data' '$work/err'"
mkdir -p "$work/empty"
"$DATELINE" extract "$work/empty" 2>"$work/err"; status=$?
check "a directory with no articles: exit 66" "[ $status -eq 66 ] && grep -q 'no articles' '$work/err'"
"$DATELINE" extract "$work/binary.txt" "$work/out.json" >/dev/null 2>"$work/err"; status=$?
check "a bad file among good ones: warned about, the rest still read" "[ $status -eq 0 ] && grep -q 'warning: .*binary.txt' '$work/err'"
"$DATELINE" extract --published someday 2>"$work/err"; status=$?
check "a bad --published date: exit 64" "[ $status -eq 64 ] && grep -q 'someday' '$work/err'"

"$(dirname "$DATELINE")/dateline-bench" --write-corpus "$work/corpus" --corpus-megabytes 1 >/dev/null
for jobs in 1 2 4; do "$DATELINE" extract "$work/corpus" --jobs "$jobs" -o "$work/jobs$jobs.json"; done
check "many articles: the same timeline on 1, 2 and 4 threads" \
  "[ -s '$work/jobs1.json' ] && cmp -s '$work/jobs1.json' '$work/jobs2.json' && cmp -s '$work/jobs1.json' '$work/jobs4.json'"
"$DATELINE" extract --jobs 0 2>"$work/err"; status=$?
check "--jobs 0: exit 64" "[ $status -eq 64 ] && grep -q 'jobs' '$work/err'"

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all export checks passed"
