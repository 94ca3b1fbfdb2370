#!/usr/bin/env bash
# End-to-end: the browser as a new user meets it (issue 16) — cut rows say so and scroll sideways,
# Detail shows the whole summary, prompts name themselves, o/O keep their actor, Space takes an
# event's main actor, / searches the focused pane, help keeps G and j in bounds, status hints
# follow the pane, and --help tells how to browse, configure keys and read exit codes.
# Usage: Tests/e2e/newcomer.sh [path/to/dateline]   (E2E_SHOW=1 prints the screens)
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
. "$(dirname "$0")/lib.sh"

check() {
  if eval "$2"; then echo "ok - $1"; else
    echo "not ok - $1"
    screen | sed 's/^/    | /'
    FAILURES=$((FAILURES + 1))
  fi
}

help_text=$("$DATELINE" --help)
check "--help says that dateline FILE… browses" 'grep -qF "dateline [FILE…]" <<<"$help_text"'
check "--help gives the exit codes" 'tr "\n" " " <<<"$help_text" | grep -qF "66 missing input"'
check "--help says how to bind keys" 'grep -qF "bind KEY COMMAND" <<<"$help_text"'

start 120 35 "$DATELINE"
tm set -g set-clipboard on
expect "the sample opens" "event 1 of"
expect "a summary cut by the pane ends in …" "…│"
expect "the Source title names the article" "Source — Arab News: Attempt on PM"
show "120x35 start"

keys -l ":goto 2021-11-07"
keys Enter
expect "Detail shows the whole summary" "Summary  Three quadcopter drones armed with explosives"
expect "… wrapped onto the next lines" "          inside the grounds of the official residence"
position=$(screen | tail -n 1 | grep -oE "event [0-9]+ of [0-9]+")
check "Detail numbers the event as the status line does ($position)" '[ "$(screen | grep -oF "$position" | wc -l)" -ge 2 ]'
keys Right
expect "Right scrolls the summaries sideways" "  …"
show "scrolled right"
keys Left
expect_not "Left scrolls back" "  …"

keys Space
expect "Space on the drone attack filters on Mustafa Al-Kadhimi" "actor:Mustafa Al-Kadhimi"
expect "hints stay with a filter set" "F clear filters"
keys F
expect "F clears every filter" "filters cleared"

keys -l ":goto 2021-11-07"
keys Enter O
expect "O names the actor it follows" "o/O follow Mustafa Al-Kadhimi"
keys O
expect_not "and keeps it: no jump to another actor" "no earlier event of Iran" 1
check "O O stays with Mustafa Al-Kadhimi" 'screen | grep -qF "o/O follow Mustafa Al-Kadhimi"'
keys Escape
expect_not "Esc lets the actor go" "o/O follow"

keys f
expect "the filter prompt names itself" "filter: "
expect "and shows its keys" "Enter apply  Esc cancel"
keys -l "actor:Kadhimi"
keys Enter f
keys -l "kind:attack"
keys Enter
expect "typing replaces the selected last filter" "kind:attack"
expect_not "the old query is not glued to the new one" "actor:Mustafa" 1
keys C-f
expect "Ctrl-F turns filters off" "filters off"
check "“filters off” is said once" '[ "$(screen | tail -n 1 | grep -oF "filters off" | wc -l)" -eq 1 ]'
keys F

keys a
expect "Actors hints name Space" "Space filter"
keys /
keys -l "Orton"
keys Enter
expect "/ in Actors searches the actors" "hit 1 of 1 for “Orton”"
keys q q

keys '"' y
expect "y copies a quote" "copied:"
check "a copied quote starts with its date" 'tm show-buffer 2>/dev/null | grep -qE "^~?[0-9]{4}.* — “"'
keys q

keys '?' G
expect "G goes to the end of the help" "bind KEY COMMAND"
expect "help lists command names" "clear-filters"
keys k
expect "k scrolls back, the help stays" "Help"
keys q

for size in "80 24" "60 15"; do
  resize $size
  expect "${size/ /x}: panes drawn" "Timeline"
  expect "${size/ /x}: hints shown" "? help"
  show "${size/ /x}"
done
keys Q
expect "Q quits with status 0" "EXIT=0"
finish
