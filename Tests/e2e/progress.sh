#!/usr/bin/env bash
# End-to-end: one large file is extracted a block at a time, and the status line's progress figure
# moves while it is (issue 15: a single big file showed 0% until it was done).
# Usage: Tests/e2e/progress.sh [path/to/dateline]
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
. "$(dirname "$0")/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"; cleanup' EXIT

# About 10 MB of short dated paragraphs in one file: ten blocks of 1 MiB, each long enough to be
# seen on screen even with a release build.
python3 - "$work/big.txt" <<'PY'
import sys
names = ["Mara Quill", "Tomas Berg", "Ines Calder", "Owen Hartley", "Lena Ortiz", "Karim Silva"]
places = ["Elwin", "the harbor", "the old mill", "Porto", "the council hall"]
months = ["January", "March", "May", "July", "September", "November"]
with open(sys.argv[1], "w") as out:
    size, n = 0, 0
    while size < 10_000_000:
        who, where = names[n % len(names)], places[n % len(places)]
        when = f"{months[n % len(months)]} {n % 27 + 1}, {1990 + n % 30}"
        paragraph = (f"On {when}, {who} opened a new school in {where}. "
                     f"The board said the work would take two years.\n\n")
        out.write(paragraph)
        size += len(paragraph)
        n += 1
PY

# partway SECONDS: polls until one screen shows a figure above 0% and below 100% in the status line
# with the timeline still empty; fails once extraction is over, or after SECONDS.
partway() {
  local limit=$1 waited=0 shot
  while true; do
    shot=$(screen)
    if grep -qE 'extracting [^ ]+ ([1-9]|[1-9][0-9])%' <<<"$shot"; then
      grep -qF 'extracting…' <<<"$shot"
      return
    fi
    grep -qF 'extracting' <<<"$shot" || return 1
    sleep 0.05
    waited=$((waited + 1))
    if [ "$waited" -ge $((limit * 20)) ]; then return 1; fi
  done
}

start 120 30 "$DATELINE $work/big.txt"
expect "the browser opens while the one file is extracted" "extracting" 15
if partway 120; then
  echo "ok - the progress figure moves while the one file is extracted, before its timeline appears"
else
  echo "not ok - the progress figure never showed between 0% and 100% during extraction"
  screen | sed 's/^/    | /'
  FAILURES=$((FAILURES + 1))
fi
show "partway"
keys q
expect "q quits during extraction with status 0" "EXIT=0" 5

finish
