# Helpers for end-to-end tests that drive the real binary in a private tmux server.
# Source this file; set DATELINE to the binary first.

TMUX_SOCKET="dateline-test-$$"
SESSION="e2e"
FAILURES=0

tm() { tmux -L "$TMUX_SOCKET" "$@"; }

cleanup() { tm kill-server 2>/dev/null || true; }
trap cleanup EXIT

# A session that outlives the tests' own: killing a test's session then never takes the server
# down, so a new session never races the old server's shutdown ("no server running" under load).
tm new-session -d -s keepalive -x 20 -y 5 "sleep 86400" 2>/dev/null || true

# start WIDTH HEIGHT COMMAND…: runs COMMAND in a shell that reports its exit status and stays open.
start() {
  local width=$1 height=$2
  shift 2
  tm kill-session -t "$SESSION" 2>/dev/null || true
  # Killing the last session ends the server; a new session started while it is still going down
  # can fail under load, so wait for it and try again.
  for _ in 1 2 3 4 5; do
    tm new-session -d -s "$SESSION" -x "$width" -y "$height" \
      "env LANG=C.UTF-8 TERM=tmux-256color $*; echo \"EXIT=\$?\"; sleep 600" 2>/dev/null && tm has-session -t "$SESSION" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "not ok - tmux could not start a session"
  FAILURES=$((FAILURES + 1))
}

screen() { tm capture-pane -p -t "$SESSION"; }

# wait_for TEXT [SECONDS]: polls the screen until TEXT appears.
wait_for() {
  local text=$1 limit=${2:-10} waited=0
  while ! screen | grep -qF -- "$text"; do
    sleep 0.05
    waited=$((waited + 1))
    if [ "$waited" -ge $((limit * 20)) ]; then return 1; fi
  done
}

# wait_gone TEXT [SECONDS]: polls the screen until TEXT is no longer shown.
wait_gone() {
  local text=$1 limit=${2:-10} waited=0
  while screen | grep -qF -- "$text"; do
    sleep 0.05
    waited=$((waited + 1))
    if [ "$waited" -ge $((limit * 20)) ]; then return 1; fi
  done
}

keys() { tm send-keys -t "$SESSION" "$@"; }

# expect NAME TEXT: waits for TEXT and records a failure with the screen when it does not come.
expect() {
  local name=$1 text=$2
  if wait_for "$text" "${3:-10}"; then
    echo "ok - $name"
  else
    echo "not ok - $name: “$text” never appeared"
    screen | sed 's/^/    | /'
    FAILURES=$((FAILURES + 1))
  fi
}

# expect_not NAME TEXT: waits for TEXT to be gone.
expect_not() {
  local name=$1 text=$2
  if wait_gone "$text" "${3:-10}"; then
    echo "ok - $name"
  else
    echo "not ok - $name: “$text” still shown"
    screen | sed 's/^/    | /'
    FAILURES=$((FAILURES + 1))
  fi
}

resize() { tm resize-window -t "$SESSION" -x "$1" -y "$2"; }

finish() {
  if [ "$FAILURES" -gt 0 ]; then
    echo "$FAILURES end-to-end check(s) failed"
    exit 1
  fi
  echo "all end-to-end checks passed"
}

# screen_styled: the screen with its colour and attribute escape sequences.
screen_styled() { tm capture-pane -e -p -t "$SESSION"; }

# expect_styled NAME TEXT STYLE: the line holding TEXT also holds the SGR parameter STYLE (e.g. 43
# for a yellow background), i.e. TEXT is drawn highlighted.
expect_styled() {
  local name=$1 text=$2 style=$3
  wait_for "$text" 5 || true
  if screen_styled | grep -F -- "$text" | grep -qE $'\e\\[([0-9]+;)*'"$style"'(;[0-9]+)*m'; then
    echo "ok - $name"
  else
    echo "not ok - $name: “$text” is not drawn with style $style"
    screen_styled | grep -F -- "$text" | cat -v | sed 's/^/    | /'
    FAILURES=$((FAILURES + 1))
  fi
}

# show TITLE: prints the screen when E2E_SHOW is set (for notes and debugging).
show() {
  if [ -n "${E2E_SHOW:-}" ]; then
    echo "----- $1"
    screen
  fi
}
