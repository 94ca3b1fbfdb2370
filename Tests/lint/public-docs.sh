#!/usr/bin/env bash
# Every public declaration carries a `///` summary (attributes may stand between them).
# Usage: Tests/lint/public-docs.sh   — prints the undocumented ones and fails if there are any.
cd "$(dirname "$0")/../.."
missing=$(find Sources -name '*.swift' -print0 | xargs -0 awk '
  FNR == 1 { documented = 0 }
  /^[[:space:]]*\/\/\// { documented = 1; next }
  /^[[:space:]]*@/ { next }
  /^[[:space:]]*(public|open) (static |final |override |mutating |nonisolated |indirect |convenience |required |private\(set\) |internal\(set\) )*(func|var|let|init|subscript|struct|enum|class|protocol|typealias|case|actor|extension)[ (<?]/ {
    if (!documented && $0 !~ /^[[:space:]]*public (extension|import)/) print FILENAME ":" FNR ": " $0
  }
  { documented = 0 }
')
if [ -n "$missing" ]; then
  echo "public declarations without a /// summary:"
  echo "$missing"
  exit 1
fi
echo "every public declaration is documented"
