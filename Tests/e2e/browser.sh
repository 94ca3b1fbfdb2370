#!/usr/bin/env bash
# End-to-end: filtering by an actor shrinks the list, search walks its hits, a quote is shown
# highlighted in the Source pane, resizing keeps everything drawn, quitting is clean.
# Usage: Tests/e2e/browser.sh [path/to/dateline]   (E2E_SHOW=1 prints the screens)
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
. "$(dirname "$0")/lib.sh"

start 120 35 "$DATELINE"
tm set -g set-clipboard on
expect "the sample opens" "event 1 of"
keys y
expect "y reports the copy" "copied: 2014"
if tm show-buffer 2>/dev/null | grep -q "^2014 — .*(Arab News, .*¶4)$"; then
  echo "ok - y puts the event with its date and source on the clipboard (OSC 52)"
else
  echo "not ok - the clipboard holds: $(tm show-buffer 2>&1)"
  FAILURES=$((FAILURES + 1))
fi
total=$(screen | grep -oE "event 1 of [0-9]+" | head -n 1 | grep -oE "[0-9]+$")
show "start"

keys f
keys -l "actor:Orton"
keys Enter
expect "the filter shows as a chip" "actor:Kyle Orton"
expect "the list shrinks: hidden events are counted" "hidden"
shown=$(screen | grep -oE "event 1 of [0-9]+" | head -n 1 | grep -oE "[0-9]+$")
if [ -n "$total" ] && [ -n "$shown" ] && [ "$shown" -lt "$total" ]; then
  echo "ok - the filtered list is shorter ($shown of $total events)"
else
  echo "not ok - the filtered list is not shorter (${shown:-?} of ${total:-?})"
  FAILURES=$((FAILURES + 1))
fi
show "filtered by actor:Orton"
keys C-f
expect "Ctrl-F turns the filters off" "filters off"
expect "and the whole list is back" " of $total "
keys C-f
expect "Ctrl-F turns them back on" "actor:Kyle Orton"
keys f C-u Enter
expect_not "an empty filter clears it" "actor:Kyle Orton"
keys -l ":goto 2020-05"
keys Enter
expect ":goto 2020-05 selects the May 2020 event, past undated ones" "Summary  Militiamen encircled"
keys g

keys a
expect "a opens the Actors pane" "actor 1 of"
keys Space
expect "Space filters on the selected actor" "hidden"
show "actors pane, first actor filtered"
keys Space q
expect_not "Space again removes the filter" "hidden"

keys g /
keys -l "militia"
keys Enter
expect "search from the top reports the first of its hits" "hit 1 of"
hits=$(screen | grep -oE "hit 1 of [0-9]+" | grep -oE "[0-9]+$")
keys n
expect "n walks to the next hit" "hit 2 of $hits"
keys N
expect "N walks back" "hit 1 of $hits"
expect_styled "the current hit is highlighted in the list" "militia" "46"
show "search for militia"
keys Escape

keys '"'
expect "the Quotes pane lists quotes by speaker" "Kyle Orton: “"
keys j Enter
expect "Enter on a quote focuses the Source pane (its hints show)" "n next mention"
quote_start=$(screen | grep -oE "Kyle Orton: “[^”]{12}" | head -n 1 | sed 's/Kyle Orton: “//')
expect_styled "the quote is highlighted in the Source pane" "It isn’t clear whether" "43"
show "quote shown in the source"

resize 60 15
expect "60x15 still draws the panes" "Source"
show "60x15"
resize 120 35
expect "back to 120x35" "Timeline"
keys q q q
expect "q backs out and quits with status 0" "EXIT=0"

finish
