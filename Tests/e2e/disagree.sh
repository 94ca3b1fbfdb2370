#!/usr/bin/env bash
# End-to-end: two reports of one invented strike that give it different facts (issue 13) — the
# strike and the wounded are one event each, told by both reports, and Detail lists each version
# (the hour, the count) with the report and paragraph that give it; `extract` reports them too.
# Usage: Tests/e2e/disagree.sh [path/to/dateline]   (the reports are written here, our own sentences)
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
. "$(dirname "$0")/lib.sh"

dir=$(mktemp -d)
trap 'cleanup; rm -rf "$dir"' EXIT
cat >"$dir/wire.txt" <<'TEXT'
---
title: Drone strikes Halvik prison
source: Wire
published: 2024-05-12
---
KESTOR — A drone struck the Halvik prison in Kestor at 2:30 a.m. on Sunday, officials said.

Seven guards were wounded, the prison service said.
TEXT
cat >"$dir/desk.txt" <<'TEXT'
---
title: Drone hits jail
source: Desk
published: 2024-05-12
---
A drone struck Halvik Prison at 3 a.m. Sunday, according to the Interior Ministry.

Six guards were wounded, the ministry said.
TEXT

found=$("$DATELINE" extract "$dir/wire.txt" "$dir/desk.txt" --format json | grep -c '"sources-disagree"')
if [ "$found" -eq 2 ]; then echo "ok - extract reports both disagreements as findings"; else
  echo "not ok - extract reported $found sources-disagree findings, not 2"
  FAILURES=$((FAILURES + 1))
fi

start 120 35 "$DATELINE" "$dir/wire.txt" "$dir/desk.txt"
expect "the story opens" "event 1 of"
keys /
keys -l "guards were wounded"
keys Enter
keys 2
expect "Detail says both reports tell of the wounded" "told by 2 articles"
keys j j j j
expect "… and lists each count with its report" "Differ   Seven guards (Wire ¶2) · Six guards (Desk ¶2)"
keys q
keys /
keys -l "drone struck"
keys Enter
keys 2
keys j j j j
expect "the strike lists each hour with its report" "Differ   2:30 a.m. (Wire ¶1) · 3 a.m. (Desk ¶1)"
keys Q
expect "Q quits with status 0" "EXIT=0"
finish
