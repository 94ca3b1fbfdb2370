#!/usr/bin/env bash
# The folders of DatelineCore depend in one direction: a folder may use only the folders listed
# before it in `order` below (docs/architecture.md says what each holds). A file "uses" a folder
# when it names a type declared at the top level of a file there. The compiler cannot check this
# inside one module, so this script does; it does not see a call to a member that a later folder
# adds to an earlier folder's type in an extension, so keep such members with their type.
# Usage: Tests/lint/core-layers.sh [--graph]   — fails listing each use of a later folder;
# --graph prints every folder-to-folder dependency with how many (file, type) pairs carry it.
cd "$(dirname "$0")/../../Sources/DatelineCore" || exit 2

# Bottom first. `(root)` is the files directly in Sources/DatelineCore (the module's error enum).
order="(root) Support Model Text TimeML Time Input Tagging Analysis Actors Quotes Events Assembly Pipeline Export"

# Known uses of a later folder, as "user used type"; keep this list empty when you can.
allowed=""

rank() {
  local i=0
  for folder in $order; do
    [ "$folder" = "$1" ] && { echo $i; return; }
    i=$((i + 1))
  done
  echo -1
}

folder_of() {
  case "$1" in
    */*) echo "${1%%/*}" ;;
    *) echo "(root)" ;;
  esac
}

declared=$(mktemp)
trap 'rm -f "$declared"' EXIT
files=$(find . -name '*.swift' | sed 's#^\./##' | sort)

# The top-level types each folder declares, as "name folder".
for file in $files; do
  grep -oE '^(public |internal |final |indirect )*(struct|enum|class|protocol|typealias|actor) [A-Za-z_][A-Za-z0-9_]*' "$file" |
    awk -v folder="$(folder_of "$file")" '{ print $NF, folder }'
done > "$declared"

uses=$(for file in $files; do
  folder=$(folder_of "$file")
  sed -e 's#//.*$##' -e 's#"[^"]*"##g' "$file" | grep -oE '[A-Z][A-Za-z0-9_]*' | sort -u |
    awk -v folder="$folder" -v file="$file" '
      NR == FNR { type[$1] = $2; next }
      ($1 in type) && type[$1] != folder { print folder, type[$1], $1, file }' "$declared" -
done | sort -u)

if [ "$1" = "--graph" ]; then
  echo "$uses" | awk 'NF { print $1 " -> " $2 }' | sort | uniq -c
  exit 0
fi

status=0
for folder in $(echo "$files" | while read -r file; do folder_of "$file"; done | sort -u); do
  if [ "$(rank "$folder")" -lt 0 ]; then
    echo "Sources/DatelineCore/$folder is not in the order in Tests/lint/core-layers.sh: add it"
    status=1
  fi
done
while read -r user used name file; do
  [ -n "$user" ] || continue
  [ "$(rank "$used")" -lt "$(rank "$user")" ] && continue
  case " $allowed " in *" $user $used $name "*) continue ;; esac
  echo "$file: $user uses $used ($name), which comes later in the order"
  status=1
done <<< "$uses"
[ $status -eq 0 ] && echo "DatelineCore folders depend in one direction: $order"
exit $status
