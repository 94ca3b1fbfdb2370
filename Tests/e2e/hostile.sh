#!/usr/bin/env bash
# End-to-end: hostile inputs and outputs (issue 15) — no super-linear time on long sentences, no
# raw escapes in what a terminal may print, honest -o files. Usage: Tests/e2e/hostile.sh [path/to/dateline]
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {
  if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; failures=$((failures + 1)); fi
}
# Seconds with two decimals taken by a command (output discarded).
seconds() { /usr/bin/env time -f %e "$@" 2>&1 >/dev/null | tail -1; }

python3 -c "print('On Nov. 7, 2021 John Smith said ' + 'a;' * 100000)" > "$work/separators.txt"
python3 -c "print('On Nov. 7, 2021 John Smith said ' + 'the army attacked the town, ' * 10000)" > "$work/clauses.txt"
python3 -c "print('On Nov. 7, 2021 John Smith said ' + 'a;' * 10000)" > "$work/separators-small.txt"
for name in separators clauses; do
  timeout 60 "$DATELINE" extract "$work/$name.txt" -o "$work/$name.json"; status=$?
  check "a sentence with a date and very many clauses ($name) is read in linear time" "[ $status -eq 0 ] && [ -s '$work/$name.json' ]"
done
small=$(seconds "$DATELINE" extract "$work/separators-small.txt")
large=$(seconds "$DATELINE" extract "$work/separators.txt")
check "ten times the separators take well under a hundred times as long ($small s, $large s)" \
  "awk 'BEGIN { exit !($large < 20 * ($small + 0.05)) }'"

# One sentence of very many dated clauses joined by `and`, or of relative clauses in a row: each
# clause's times and subject are read once, not back to the sentence's start.
linear_sentence() {
  python3 -c "print('On Nov. 7, 2021 ' + '$2' * ($3 // 10) + '.')" > "$work/$1-small.txt"
  python3 -c "print('On Nov. 7, 2021 ' + '$2' * $3 + '.')" > "$work/$1.txt"
  small=$(seconds "$DATELINE" extract "$work/$1-small.txt")
  large=$(seconds "$DATELINE" extract "$work/$1.txt")
  check "one sentence of ten times the $1 takes well under a hundred times as long ($small s, $large s)" \
    "awk 'BEGIN { exit !($large < 20 * ($small + 0.05)) }'"
}
linear_sentence "dated clauses joined by and" "the mayor ran in May and the council met in June and " 9000
linear_sentence "relative clauses" "the men who ran the firm that makes cars " 12000

printf 'On Nov. 7, 2021 the army \033]0;title\007attacked the town \033[2J.\n' > "$work/escapes.txt"
for format in md csv ics; do
  "$DATELINE" extract "$work/escapes.txt" --format "$format" > "$work/escapes.$format"
  check "extract --format $format writes no raw ESC or BEL" "! grep -q \$'[\\033\\007]' '$work/escapes.$format'"
done
"$DATELINE" extract $'bad\033]0;x\007name.txt' 2>"$work/err" >/dev/null
check "a warning names a file with escapes visibly" "grep -qF 'bad^[]0;x^Gname.txt' '$work/err' && ! grep -q \$'\\033' '$work/err'"

echo OLD > "$work/readonly.json"
chmod 444 "$work/readonly.json"
"$DATELINE" extract -o "$work/readonly.json" 2>"$work/err"; status=$?
check "-o onto a read-only file is refused with exit 77 and the file kept" \
  "[ $status -eq 77 ] && grep -qx OLD '$work/readonly.json' && [ \$(stat -c %a '$work/readonly.json') = 444 ]"

echo OLD > "$work/target.json"
chmod 640 "$work/target.json"
ln -s target.json "$work/middle.json"
ln -s middle.json "$work/first.json"
"$DATELINE" extract -o "$work/first.json"
check "-o through a chain of links writes the final file, keeps its mode and both links" \
  "[ -L '$work/first.json' ] && [ -L '$work/middle.json' ] && head -c 1 '$work/target.json' | grep -q '{' && [ \$(stat -c %a '$work/target.json') = 640 ]"

"$DATELINE" extract -o '' 2>"$work/err"; status=$?
check "-o '' is a usage error that says what is wrong" "[ $status -eq 64 ] && grep -q 'needs a file name' '$work/err'"

mkdir -p "$work/big"
for i in $(seq 1 300); do cp "$(dirname "$0")/../../Resources/samples/kadhimi-drone-attack.txt" "$work/big/a$i.txt"; done
for signal in INT TERM; do
  mkdir -p "$work/out$signal"
  "$DATELINE" extract "$work/big" --jobs 1 -o "$work/out$signal/timeline.json" &
  pid=$!
  # Signal only once the temporary file exists: before that the writer has not taken the signals
  # over, and a background job of a non-interactive shell ignores SIGINT (as nohup would).
  for _ in $(seq 1 3000); do ls -A "$work/out$signal" | grep -q tmp && break; sleep 0.02; done
  kill -s "$signal" "$pid"
  wait "$pid"; status=$?
  check "SIG$signal during -o ends the run and leaves no temporary file" \
    "[ $status -ge 128 ] && [ -z \"\$(ls -A '$work/out$signal' | grep tmp)\" ]"
done

# Directory walks: link loops end, each article is read once, FIFOs and devices are skipped with
# a warning (never opened), an unreadable folder is reported.
article='On Nov. 7, 2021 X arrived.'
documents() { grep -c '"type":"document"' "$1"; }
mkdir -p "$work/loops/sub"
echo "$article" > "$work/loops/sub/a.txt"
ln -s .. "$work/loops/sub/up"
ln -s ../loops "$work/loops/self"
timeout 20 "$DATELINE" extract "$work/loops" --format jsonl > "$work/loops.jsonl" 2>"$work/err"; status=$?
check "two links back up: the walk ends and reads the article once" "[ $status -eq 0 ] && [ \$(documents '$work/loops.jsonl') -eq 1 ]"
rm "$work/loops/self"
timeout 20 "$DATELINE" extract "$work/loops" --format jsonl > "$work/loops.jsonl" 2>"$work/err"; status=$?
check "one link back up: the article is read once, not 32 times" "[ $status -eq 0 ] && [ \$(documents '$work/loops.jsonl') -eq 1 ]"

mkdir -p "$work/specials"
echo "$article" > "$work/specials/a.txt"
mkfifo "$work/specials/pipe.txt"
ln -s /dev/zero "$work/specials/zero.txt"
timeout 20 "$DATELINE" extract "$work/specials" --format jsonl > "$work/specials.jsonl" 2>"$work/err"; status=$?
check "a FIFO and a link to /dev/zero in a folder are skipped with a warning, the article read" \
  "[ $status -eq 0 ] && [ \$(documents '$work/specials.jsonl') -eq 1 ] && grep -q 'pipe.txt: a FIFO, not a regular file: skipped' '$work/err' && grep -q 'zero.txt: a character device' '$work/err'"

mkdir -p "$work/locked/inside"
echo "$article" > "$work/locked/a.txt"
echo "$article" > "$work/locked/inside/b.txt"
chmod 755 "$work" "$work/locked"; chmod 644 "$work/locked/a.txt"; chmod 000 "$work/locked/inside"
as_other_user() { if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi; }
as_other_user "$DATELINE" extract "$work/locked" --format jsonl > "$work/locked.jsonl" 2>"$work/err"; status=$?
chmod 755 "$work/locked/inside"
check "an unreadable folder is reported, the rest read" \
  "[ $status -eq 0 ] && [ \$(documents '$work/locked.jsonl') -eq 1 ] && grep -q 'inside: cannot read: Permission denied' '$work/err'"

# Endless and huge inputs: refused with exit 65 and a message, never "failed to allocate"; a
# stream stops at --max-input-size.
bounded() { (ulimit -v 4000000; timeout 60 "$DATELINE" extract "$@" >/dev/null 2>"$work/err"); }
for device in /dev/zero /dev/urandom; do
  bounded "$device"; status=$?
  check "extract $device is refused as binary at once (exit $status)" "[ $status -eq 65 ] && grep -q 'binary data' '$work/err'"
done
(ulimit -v 4000000; timeout 60 "$DATELINE" extract - < /dev/zero >/dev/null 2>"$work/err"); status=$?
check "extract - < /dev/zero is refused as binary at once (exit $status)" "[ $status -eq 65 ] && grep -q -- '-: binary data' '$work/err'"
(yes "$article" | (ulimit -v 4000000; timeout 60 "$DATELINE" extract - --max-input-size 1M >/dev/null 2>"$work/err")); status=$?
check "an endless text stream stops at --max-input-size with exit 65 (exit $status)" \
  "[ $status -eq 65 ] && grep -q -- '-: more than 1 MB, the input size limit (raise it with --max-input-size)' '$work/err'"
mkfifo "$work/named-fifo"
(yes "$article" > "$work/named-fifo" 2>/dev/null &)
bounded "$work/named-fifo" --max-input-size 2M; status=$?
check "a FIFO named on the command line is read as a stream up to the limit (exit $status)" "[ $status -eq 65 ] && grep -q 'named-fifo: more than 2 MB' '$work/err'"
head -c 3000 "$work/separators-small.txt" > "$work/small.txt"
bounded "$work/small.txt" --max-input-size 2K; status=$?
check "a file over the limit is refused (exit $status)" "[ $status -eq 65 ] && grep -q 'small.txt: more than 2 KB' '$work/err'"
bounded "$work/small.txt" --max-input-size 0; status=$?
check "--max-input-size 0 lifts the limit (exit $status)" "[ $status -eq 0 ]"
bounded "$work/small.txt" --max-input-size lots; status=$?
check "a bad --max-input-size is a usage error (exit $status)" "[ $status -eq 64 ] && grep -q 'such as 256M' '$work/err'"

# --jobs is capped at what helps: never more threads than cores (plus the runtime's own few).
"$DATELINE" extract "$work/big" --jobs 10000 --format jsonl > /dev/null 2>&1 &
pid=$!
most=0
while kill -0 "$pid" 2>/dev/null; do
  threads=$(awk '/^Threads:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
  [ "${threads:-0}" -gt "$most" ] && most=$threads
  sleep 0.01
done
wait "$pid"; status=$?
check "--jobs 10000 runs on at most one thread per core ($most threads, exit $status)" "[ $status -eq 0 ] && [ $most -le \$((\$(nproc) + 8)) ]"

# Messages: UTF-16 is read, long front matter is read, TimeML says what is wrong, a terminal that
# cannot move the cursor is refused whatever its name.
python3 -c "import sys; sys.stdout.buffer.write('On Nov. 7, 2021 X arrived in Baghdad.\\n'.encode('utf-16'))" > "$work/utf16.txt"
"$DATELINE" extract "$work/utf16.txt" --format jsonl > "$work/utf16.jsonl" 2>"$work/err"; status=$?
check "a UTF-16 file with a byte-order mark is read (exit $status)" "[ $status -eq 0 ] && grep -q '\"type\":\"event\"' '$work/utf16.jsonl'"

{ echo '---'; for i in $(seq 1 250); do echo "tag$i: x"; done; echo 'title: Long front matter'; echo 'published: 2021-11-09'; echo '---'; echo 'On Sunday X arrived.'; } > "$work/front.md"
"$DATELINE" extract "$work/front.md" --format jsonl > "$work/front.jsonl" 2>"$work/err"; status=$?
check "front matter longer than 200 lines gives its title and date (exit $status)" \
  "[ $status -eq 0 ] && grep -q 'Long front matter' '$work/front.jsonl' && grep -q '2021-11-07' '$work/front.jsonl' && ! grep -q 'tag1' '$work/front.jsonl'"

printf '<?xml version="1.0"?>\n<TimeML><DOCID>d</DOCID><TEXT>On Nov. 7, 2021 X arrived.\n' > "$work/open.tml"
"$DATELINE" extract "$work/open.tml" 2>"$work/err" >/dev/null; status=$?
check "a TimeML <TEXT> that never closes says so (exit $status)" "[ $status -eq 65 ] && grep -q 'never closed' '$work/err'"
printf '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="20XX-13-99">x</TIMEX3></DCT><TEXT>On Nov. 7, 2021 X arrived.</TEXT></TimeML>\n' > "$work/dct.tml"
"$DATELINE" extract "$work/dct.tml" --format jsonl > "$work/dct.jsonl" 2>"$work/err"; status=$?
check "a bad TimeML DCT is a finding (exit $status)" "[ $status -eq 0 ] && grep -q 'bad-metadata' '$work/dct.jsonl' && grep -q '20XX-13-99' '$work/dct.jsonl'"

printf 'nocursor|a terminal without cursor addressing,\n\tam, cols#80, lines#24, bel=^G, cr=\\r, cud1=\\n,\n' > "$work/nocursor.ti"
if tic -o "$work/terminfo" "$work/nocursor.ti" 2>/dev/null; then
  TERMINFO="$work/terminfo" timeout 10 script -qec "env TERM=nocursor $DATELINE" /dev/null > "$work/term.out" 2>&1 < /dev/null; status=$?
  check "a terminal without cursor addressing, not named dumb, exits 78 with a message (exit $status)" \
    "[ $status -eq 78 ] && grep -q 'TERM=nocursor cannot position the cursor' '$work/term.out'"
fi

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all hostile-input checks passed"
