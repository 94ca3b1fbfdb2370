#!/usr/bin/env bash
# End-to-end: one story told by several articles (issue 13) — the Sources pane lists the articles,
# Space filters on one, Detail says how many articles tell an event and numbers its mentions,
# spellings of one name make one actor.
# Usage: Tests/e2e/story.sh [path/to/dateline]   (the articles are written here, our own sentences)
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
. "$(dirname "$0")/lib.sh"

dir=$(mktemp -d)
trap 'cleanup; rm -rf "$dir"' EXIT
cat >"$dir/wire.txt" <<'TEXT'
---
title: Gunmen storm embassy
source: Wire
published: 2023-03-03
---
AMMAN — Gunmen from Jama’at Nasr stormed the Lorvanian embassy in Amman on Friday, officials said.

Two guards were wounded, the embassy said.
TEXT
cat >"$dir/review.txt" <<'TEXT'
---
title: A week of unrest
source: Review
published: 2023-03-10
---
The March 3 attack on the embassy was claimed by Jamaat Nasr on Saturday.

Its leader Tariq al-Sabri said the group would strike again.
TEXT

start 120 35 "$DATELINE" "$dir"
expect "the story opens" "event 1 of"
keys s
expect "s opens the Sources pane" "Sources"
expect "each article is listed with its outlet" "Gunmen storm embassy — Wire"
expect "… and its publication date" "2023-03-10"
keys Space
expect "Space filters on the article" "source:A week of unrest"
keys F
expect_not "F clears it" "source:A week of unrest"
keys q
keys -l ":goto 2023-03-03"
keys Enter
keys 2
expect "Detail says how many articles tell the event" "told by 2 articles"
keys j j j j j j
expect "… and numbers its mentions by article" "2/¶1"
keys 4
expect "Actors lists the group" "[ ] Jama"
rows=$(screen | grep -cE "\[ \] Jama(’a|a)t Nasr")
if [ "$rows" -eq 1 ]; then echo "ok - one actor for both spellings of the group"; else
  echo "not ok - $rows actor rows for the group's spellings"
  screen | sed 's/^/    | /'
  FAILURES=$((FAILURES + 1))
fi
keys Q
expect "Q quits with status 0" "EXIT=0"
finish
