#!/usr/bin/env bash
# Runs every end-to-end script against one binary. Usage: Tests/e2e/run-all.sh [path/to/dateline]
set -u
binary=${1:-.build/debug/dateline}
status=0
for script in "$(dirname "$0")"/[a-z]*.sh; do
  case "$(basename "$script")" in lib.sh|run-all.sh) continue ;; esac
  echo "# $(basename "$script")"
  "$script" "$binary" || status=1
done
exit $status
