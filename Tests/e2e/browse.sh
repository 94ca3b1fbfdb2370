#!/usr/bin/env bash
# End-to-end: the sample opens, keys move, panes switch, resizes redraw, quitting restores the
# terminal. Usage: Tests/e2e/browse.sh [path/to/dateline]
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
. "$(dirname "$0")/lib.sh"

start 100 30 "$DATELINE"
expect "sample opens on the timeline" "event 1 of"
expect "the 2014 founding is listed" "2014"
keys -l ":goto 2021-11-07"
keys Enter
expect "the drone attack is listed" "2021-11-07"
keys g
expect "the source pane shows the article" "Source"
expect "curly quotes and apostrophes are drawn intact" "Al-Kadhimi’s life"
keys j
expect "j moves down" "event 2 of"
keys G
expect "G goes to the last event" "Timeline"
keys g
expect "g goes back to the first event" "event 1 of"
keys Down Down
expect "arrows move" "event 3 of"
keys Tab Tab G
expect "Tab focuses the Source pane, where G scrolls to the end" "police action, with arrests and trials"
expect "the timeline selection stays" "event 3 of"
keys 1

resize 60 15
expect "60x15 still shows the timeline" "Timeline"
expect "60x15 keeps the status line" "event 3 of"
resize 20 6
expect "20x6 draws the focused pane" "Timeline"
resize 100 30
expect "back to 100x30 shows the source again" "Source"

keys q
expect "q quits with status 0" "EXIT=0"
expect_not "the browser's screen is gone" "Timeline"

start 100 30 "$DATELINE"
expect "restart" "event 1 of"
keys C-c
expect "Ctrl-C quits with status 130" "EXIT=130"

start 100 30 "$DATELINE"
expect "restart for SIGTERM" "event 1 of"
pkill -TERM -f "^$DATELINE\$" || pkill -TERM -x dateline
expect "SIGTERM quits with status 143" "EXIT=143"

start 80 20 "$DATELINE /nonexistent/article.txt"
expect "a missing file is one clear line with status 66" "EXIT=66"
expect "the message names the file" "/nonexistent/article.txt: no such file"

finish
