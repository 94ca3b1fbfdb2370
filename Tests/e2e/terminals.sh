#!/usr/bin/env bash
# End-to-end: odd terminals and streams — TERM unset, dumb or unknown, stdout or stdin not a
# terminal, a 1x1 window, suspend and resume. Usage: Tests/e2e/terminals.sh [path/to/dateline]
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
SAMPLE=$(realpath "$(dirname "$0")/../../Resources/samples/kadhimi-drone-attack.txt")
. "$(dirname "$0")/lib.sh"

start 100 20 "env -u TERM $DATELINE"
expect "TERM unset: a clear message" "TERM is not set"
expect "TERM unset: exit status 78" "EXIT=78"

start 100 20 "env TERM=dumb $DATELINE"
expect "TERM=dumb: a clear message" "TERM=dumb cannot position the cursor"
expect "TERM=dumb: exit status 78" "EXIT=78"

start 100 20 "env TERM=no-such-terminal $DATELINE"
expect "unknown TERM: a clear message" "unknown terminal type “no-such-terminal”"

start 100 20 "$DATELINE 2>/dev/null | grep -o '\"schema\" : \"dateline.timeline\"'"
expect "stdout not a terminal: JSON instead of the browser" "\"schema\" : \"dateline.timeline\""
start 100 20 "$DATELINE 2>&1 >/dev/null"
expect "stdout not a terminal: a hint on stderr" "standard output is not a terminal"

start 100 20 "cat $SAMPLE | $DATELINE -"
expect "stdin not a terminal: the article is read from it" "event 1 of"
keys j
expect "stdin not a terminal: keys come from the terminal" "event 2 of"
keys q
expect "stdin not a terminal: quits cleanly" "EXIT=0"

start 100 20 "$DATELINE"
expect "before the 1x1 resize" "event 1 of"
resize 1 1
sleep 0.3
resize 100 20
expect "a 1x1 window and back redraws" "Timeline"
keys j
expect "still responsive after 1x1" "event 2 of"

tm kill-session -t "$SESSION"
tm new-session -d -s "$SESSION" -x 100 -y 20 "bash --norc -i"
keys "env LANG=C.UTF-8 $DATELINE" Enter
expect "job control: started from a shell" "event 1 of"
keys C-z
expect "Ctrl-Z suspends to the shell" "Stopped"
keys "fg" Enter
expect "fg redraws the browser" "Timeline"
keys j
expect "and keys work again" "event 2 of"
keys q
expect_not "quit after resume" "Timeline"

start 100 20 "env NO_COLOR=1 $DATELINE"
expect "NO_COLOR: the browser opens" "event 1 of"
if screen_styled | grep -qE $'\e\\[([0-9]+;)*(3[0-7]|4[0-7])(;[0-9]+)*m'; then
  echo "not ok - NO_COLOR: colours were drawn"
  FAILURES=$((FAILURES + 1))
else
  echo "ok - NO_COLOR: attributes only, no colours"
fi
keys q

hostile=$(mktemp)
printf 'On Nov. 7, 2021, a \033[2J\033]0;pwned\007 title and a \033[31mred\033[0m word appeared.\n' > "$hostile"
start 100 20 "$DATELINE $hostile"
expect "escape sequences in an article are shown escaped" "^[[2J^[]0;pwned^G"
keys q
rm -f "$hostile"

start 100 20 "$DATELINE"
expect "before a crash signal" "event 1 of"
pkill -SEGV -f "^$DATELINE\$" || pkill -SEGV -x dateline
expect "a crash signal ends the process" "EXIT=139"
expect_not "and the terminal is restored (the browser's screen is gone)" "Timeline"

finish
