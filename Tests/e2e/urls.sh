#!/usr/bin/env bash
# End-to-end: articles from URLs (issue 14) — dateline URL browses a page fetched from a local
# HTTP server this script starts, extract and read take URLs, and a missing page, a closed port
# and an image give clear messages and exit codes.
# Usage: Tests/e2e/urls.sh [path/to/dateline]   (needs python3 for the local server)
set -u
DATELINE=$(realpath "${1:-.build/debug/dateline}")
. "$(dirname "$0")/lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
  echo "not ok - python3 is needed for the local HTTP server"
  exit 1
fi
site=$(mktemp -d)
cat >"$site/story.html" <<'HTML'
<!doctype html>
<html><head><title>Harbor pier closes - Elwin Gazette</title>
<meta property="og:title" content="Harbor pier closes">
<meta property="article:published_time" content="2023-03-04T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbor pier closes</h1>
<p>On March 3, 2023, the harbor council of Port Elwin voted to close the old pier, officials said.</p>
<p>“We had no choice,” said Mara Quint, who chairs the council.</p></article>
<footer>Copyright Elwin Gazette</footer></body></html>
HTML
printf '\x89PNG\r\n' >"$site/logo.png"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server=$!
trap 'cleanup; kill $server 2>/dev/null; rm -rf "$site"' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/story.html')" 2>/dev/null && break
  sleep 0.1
done
base="http://127.0.0.1:$port"
cat >"$site/feed.xml" <<RSS
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Elwin Gazette</title>
<item><title>Harbor pier closes</title><link>$base/story.html</link><pubDate>Sat, 04 Mar 2023 09:00:00 GMT</pubDate>
<description>Short teaser.</description></item>
<item><title>Dock workers march</title><pubDate>Mon, 06 Mar 2023 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Dock workers marched through the town center on Sunday, a union leader said.&lt;/p&gt;</description></item>
</channel></rss>
RSS

check() {
  if eval "$2"; then echo "ok - $1"; else
    echo "not ok - $1"
    FAILURES=$((FAILURES + 1))
  fi
}

json=$("$DATELINE" extract --format json "$base/story.html" 2>/dev/null)
check "extract URL gives the article's event" 'grep -qF "2023-03-03" <<<"$json"'
check "… and its title" 'grep -qF "\"title\" : \"Harbor pier closes\"" <<<"$json"'
check "… without the navigation" '! grep -qF "Sport" <<<"$json"'
read_text=$("$DATELINE" read "$base/story.html" 2>/dev/null)
check "read URL prints the paragraphs" 'grep -qF "We had no choice" <<<"$read_text"'

feed_json=$("$DATELINE" extract --format json "$base/feed.xml" 2>/dev/null)
check "a feed URL gives one article per item" '[ "$(grep -c "\"title\" :" <<<"$feed_json")" -eq 2 ]'
check "… the linked page when it can be fetched" 'grep -qF "We had no choice" <<<"$("$DATELINE" read "$base/feed.xml" 2>/dev/null)"'
check "… else the item's text, dated by the feed" 'grep -qF "2023-03-05" <<<"$feed_json" && grep -qF "Dock workers march" <<<"$feed_json"'
check "a feed file is read offline from its items" '[ "$("$DATELINE" read "$site/feed.xml" 2>/dev/null | grep -c "^title:")" -eq 2 ]'

"$DATELINE" extract "$base/missing.html" >/dev/null 2>"$site/err"; status=$?
check "a missing page exits 66 ($status)" '[ "$status" -eq 66 ]'
check "… saying the HTTP status" 'grep -qF "HTTP 404" "$site/err"'
"$DATELINE" extract "$base/logo.png" >/dev/null 2>"$site/err"; status=$?
check "an image exits 65 ($status)" '[ "$status" -eq 65 ] && grep -qF "image/png is not an article" "$site/err"'
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$DATELINE" extract "http://127.0.0.1:$closed/a.html" >/dev/null 2>"$site/err"; status=$?
check "a closed port exits 69 ($status)" '[ "$status" -eq 69 ] && grep -qF "cannot reach the server" "$site/err"'
"$DATELINE" extract "$base/missing.html" "$base/story.html" >/dev/null 2>"$site/err"; status=$?
check "a failing URL among good ones is a warning ($status)" '[ "$status" -eq 0 ] && grep -qF "warning" "$site/err"'

start 100 30 "$DATELINE" "$base/story.html"
expect "dateline URL browses the page" "Harbor pier closes"
expect "… with its event" "2023-03-03"
keys Q
expect "Q quits with status 0" "EXIT=0"
finish
