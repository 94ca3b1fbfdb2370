#!/usr/bin/env bash
# End-to-end: events that name no date take one by news convention (issue 17), and the browser
# says why — `~` in the Timeline, the reason in the status line and in Detail.
# Usage: Tests/e2e/dates.sh [path/to/dateline]   (the article is written here, our own sentences)
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
. "$(dirname "$0")/lib.sh"

dir=$(mktemp -d)
trap 'cleanup; rm -rf "$dir"' EXIT
cat >"$dir/budget.txt" <<'TEXT'
---
title: Cabinet approves budget
published: 2022-03-10
---
On Tuesday, the Norland cabinet approved a new budget after a long debate.

The finance minister defended the cuts in parliament.
TEXT

start 120 30 "$DATELINE" "$dir/budget.txt"
expect "the story opens on its lead, dated by its own words" "2022-03-08  "
expect "a later past clause takes the lead's day, marked inferred" "~2022-03-08"
keys j
expect "the status line says why" "~ the day of the story's lead"
expect "Detail says why, naming the lead" "inferred: told in the past tense in a story whose lead"
keys Q
expect "Q quits with status 0" "EXIT=0"
finish
