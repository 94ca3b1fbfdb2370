#!/usr/bin/env bash
# End-to-end: awkward and hostile inputs are read as well as they can be or refused with a clear
# message and a distinct exit code — never a crash or a hang.
# Usage: Tests/e2e/inputs.sh [path/to/dateline]
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
failures=0
check() {
  if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; failures=$((failures + 1)); fi
}
extract() { timeout 120 "$DATELINE" extract "$@" --format jsonl > "$work/out.jsonl" 2> "$work/err"; }
events() { grep -c '"type":"event"' "$work/out.jsonl"; }

: > "$work/empty.txt"
extract "$work/empty.txt"; status=$?
check "an empty file: read, no events, status 0" "[ $status -eq 0 ] && [ \$(events) -eq 0 ]"

printf '  \n\t\n\n   ' > "$work/blank.txt"
extract "$work/blank.txt"; status=$?
check "only white space: read, no events, status 0" "[ $status -eq 0 ] && [ \$(events) -eq 0 ]"

mkdir -p "$work/feeds"
cat > "$work/feeds/gazette.rss" <<'RSS'
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Elwin Gazette</title>
<item><title>Pier closes</title><pubDate>Sat, 04 Mar 2023 09:00:00 GMT</pubDate><description>The council voted on Friday to close the pier.</description></item>
<item><title>Workers march</title><pubDate>Mon, 06 Mar 2023 09:00:00 GMT</pubDate><description>Dock workers marched on Sunday.</description></item>
</channel></rss>
RSS
echo "On March 8, 2023, the mayor met the union leaders." > "$work/feeds/notes.txt"
timeout 60 "$DATELINE" read "$work/feeds" > "$work/read.txt" 2> "$work/err"; status=$?
check "read: a directory with a feed and a text gives the feed's items and the text" \
  "[ $status -eq 0 ] && [ \$(grep -c '^# ' '$work/read.txt') -eq 3 ] && grep -qx 'title: Workers march' '$work/read.txt' \
   && grep -qx 'published: 2023-03-06' '$work/read.txt' && grep -q 'the mayor met' '$work/read.txt'"

printf 'On Nov. 7, 2021, drones struck \xff\xfe the residence.\nOn May 3, 2020, militiamen surrounded it.\n' > "$work/invalid.txt"
extract "$work/invalid.txt"; status=$?
check "invalid UTF-8: replaced, the rest intact, and reported" "[ $status -eq 0 ] && [ \$(events) -eq 2 ] && grep -q 'invalid-utf8' '$work/out.jsonl'"

printf '\xef\xbb\xbfOn Nov. 7, 2021, drones struck.\r\nOn May 3, 2020, militiamen gathered.\rOn Oct. 10, 2021, Iraq voted.\r\n' > "$work/bom-crlf.txt"
extract "$work/bom-crlf.txt"; status=$?
check "a BOM and CRLF and lone CR line ends: three paragraphs, three events" "[ $status -eq 0 ] && [ \$(events) -eq 3 ]"

head -c 3000 /dev/urandom > "$work/random.bin"; printf '\x00' >> "$work/random.bin"; cp "$work/random.bin" "$work/random.txt"
extract "$work/random.txt"; status=$?
check "binary data: refused with exit 65, naming the file" "[ $status -eq 65 ] && grep -q 'random.txt: binary data' '$work/err'"

for i in $(seq 1 10000); do echo "Paragraph $i: on Nov. 7, 2021, the council met again."; done > "$work/many.txt"
extract "$work/many.txt"; status=$?
check "10,000 paragraphs: read" "[ $status -eq 0 ] && [ \$(events) -ge 1 ]"

{ printf '“%.0s' $(seq 1 5000); printf 'On Nov. 7, 2021, he said “yes and “no, never closed.\n'; printf '"%.0s' $(seq 1 5000); echo; } > "$work/quotes.txt"
extract "$work/quotes.txt"; status=$?
check "thousands of repeated and unmatched quote marks: read, reported as findings" "[ $status -eq 0 ] && grep -q 'unmatched-quote' '$work/out.jsonl'"

printf -- '---\npublished: not-a-date\n---\nOn Nov. 7 the pier closed.\n' > "$work/badmeta.txt"
extract "$work/badmeta.txt"; status=$?
check "a malformed front-matter date: a finding, the article still read" "[ $status -eq 0 ] && grep -q 'bad-metadata' '$work/out.jsonl'"

printf -- '---\npublished: 2021-11\n---\nIn the year 99999 and on Feb. 30, 2021, nothing happened. On March 3, 2021, it did.\n' > "$work/range.txt"
extract "$work/range.txt"; status=$?
check "dates out of range (year 99999, Feb. 30): no crash, the real date kept" "[ $status -eq 0 ] && grep -q '2021-03-03' '$work/out.jsonl' && ! grep -q '2021-02-30' '$work/out.jsonl'"

mkdir -p "$work/mixed"
cp "$work/bom-crlf.txt" "$work/mixed/a.txt"; cp "$work/invalid.txt" "$work/mixed/c.txt"
printf 'secret' > "$work/mixed/b.txt"; chmod 000 "$work/mixed/b.txt"
chmod 755 "$work/mixed"; chmod 755 "$DATELINE" 2>/dev/null
if [ "$(id -u)" -eq 0 ]; then
  setpriv --reuid=nobody --regid=nogroup --clear-groups "$DATELINE" extract "$work/mixed" --format jsonl > "$work/out.jsonl" 2> "$work/err"; status=$?
else
  extract "$work/mixed"; status=$?
fi
check "an unreadable file among readable ones: reported, the others loaded" \
  "[ $status -eq 0 ] && grep -q 'b.txt: cannot read: Permission denied' '$work/err' && [ \$(events) -ge 3 ]"

extract "$work/nowhere.txt"; status=$?
check "a path that does not exist: exit 66" "[ $status -eq 66 ]"

mkdir -p "$work/none"; touch "$work/none/picture.png"
extract "$work/none"; status=$?
check "a directory with no articles: exit 66" "[ $status -eq 66 ] && grep -q 'no articles' '$work/err'"

cat > "$work/page.html" <<'HTML'
<!DOCTYPE html><html><head><title>Old pier to close in March - Harbour News</title>
<meta property="article:published_time" content="2021-11-09T08:00:00Z"></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="story"><p class="byline">By Ida Vell</p><p>On Nov. 7, 2021, the harbour board voted, after a long debate, to close the old pier.</p>
<p>Engineers said that the pilings had rotted, and that repairs would cost more than a new pier.</p></div>
<footer><p>Copyright Harbour News, all rights reserved, every year.</p></footer></body></html>
HTML
timeout 60 "$DATELINE" read "$work/page.html" > "$work/read.txt" 2> "$work/err"; status=$?
check "read: a web page gives its title, byline, date and article paragraphs, not its menu or footer" \
  "[ $status -eq 0 ] && grep -qx 'title: Old pier to close in March' '$work/read.txt' && grep -qx 'byline: Ida Vell' '$work/read.txt' \
   && grep -qx 'published: 2021-11-09' '$work/read.txt' \
   && grep -qx 'paragraphs: 2' '$work/read.txt' && ! grep -q 'Copyright' '$work/read.txt'"

printf 'On Nov. 7, 2021, drones struck \x1b[31m the residence.\n' > "$work/escape.txt"
timeout 60 "$DATELINE" read "$work/escape.txt" > "$work/read.txt" 2> "$work/err"; status=$?
check "read: escape sequences are shown, not sent to the terminal" "[ $status -eq 0 ] && grep -q '\^\[\[31m' '$work/read.txt' && ! grep -q \$'\x1b' '$work/read.txt'"

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all input checks passed"
