#!/bin/sh
# fetch: the reader on a URL served on 127.0.0.1 by tests/fetch/server.py: the bytes received
# while the page loads, Esc cancelling a load, a failure ending with exit 1 and its reason; r
# loading the page again with the place kept by its text and the notes placed again, a failed
# reload keeping the article, and r on a file.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null 2>&1 || skip "no python3"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
python3 "$SRCDIR/tests/fetch/server.py" "$tmp/ports" 240 &
srv=$!
trap 'kill "$srv" 2>/dev/null; tmux -L "$sock" kill-server 2>/dev/null; lib_cleanup' EXIT
i=0
while [ ! -s "$tmp/ports" ] && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
read -r port silent <"$tmp/ports" || { not_ok "the test server starts"; finish; }
base=http://127.0.0.1:$port
db=$tmp/notes.db

# The progress while the page comes (slowly), then the article.
start 100 24 --notes-db "$db" "$base/slow.html"
check "the page's URL is shown while it loads" wait_for "$base/slow.html"
check "the bytes received are shown" wait_for " of 1.1 kB · Esc or q cancels"
check "then the article" wait_for "Harbour town buys a second ferry" 20
check "the status bar names the page" grep -qF "slow.html" "$tmp/screen"
keys q
check "q exits with status 0" [ "$(wait_exit)" = 0 ]

# Esc cancels the load: exit 1 with the reason.
start 100 24 --notes-db "$db" "$base/slow.html"
check "loading again" wait_for "Esc or q cancels"
keys Escape
check "Esc cancels the load with exit status 1" [ "$(wait_exit)" = 1 ]
check "the reason is given" wait_for "dateline: $base/slow.html: cancelled"

# A failure ends the reader with exit 1 and the reason.
start 100 24 --notes-db "$db" "$base/missing.html"
check "a 404 exits with status 1" [ "$(wait_exit)" = 1 ]
check "the 404 is told" wait_for "dateline: $base/missing.html: HTTP 404 Not Found"
start 100 24 --notes-db "$db" --timeout 1 "http://127.0.0.1:$silent/page.html"
check "a silent server times out in the reader" [ "$(wait_exit 10)" = 1 ]
check "the timeout is told" wait_for "timed out after 1 s"

# r on a page whose text changes at each request: the place (the top line's text) and a note
# stay. 105 columns: the panes side by side, the article 62 wide; 12 rows: it scrolls.
start 105 12 --notes-db "$db" "$base/changing.html"
check "the first edition" wait_for "(edition 1)"
keys a
text "Ferry note"
keys Enter
check "a note on the first paragraph" wait_for "Note saved on ¶1"
keys j j j j j j
# The keys are handled in their time (a sanitizer build is slow): the screen is read once it
# stays the same for a third of a second.
i=0
screen >"$tmp/before"
while [ $i -lt 30 ]; do
	sleep 0.33
	screen >"$tmp/now"
	cmp -s "$tmp/before" "$tmp/now" && break
	mv "$tmp/now" "$tmp/before"
	i=$((i + 1))
done
top=$(head -n 1 "$tmp/screen" | cut -c1-60)
check "scrolled away from the top" [ "$(grep -c "(edition 1)" "$tmp/screen")" -eq 0 ]
keys r
check "r reloads the changed page" wait_for "Reloaded: the text has changed"
after=$(head -n 1 "$tmp/screen" | cut -c1-60)
check "the place is kept ($top)" [ "$top" = "$after" ]
keys g
check "the new edition is shown" wait_for "(edition 2)"
check "the note is still listed" grep -qF "Ferry note" "$tmp/screen"
keys r
check "r again" wait_for "(edition 3)"
keys q
check "q after reloads exits 0" [ "$(wait_exit)" = 0 ]
if "$DATELINE" --notes-db "$db" --export-md - "$base/changing.html" >"$tmp/md" 2>&1 &&
	grep -q '^notes: 1$' "$tmp/md" && grep -q '^Ferry note$' "$tmp/md"; then
	ok "the note is kept for the URL"
else
	not_ok "the note is kept for the URL" "$tmp/md"
fi

# A reload that fails keeps the article and says why.
start 100 24 --notes-db "$db" "$base/once.html"
wait_for "Harbour town buys a second ferry" >/dev/null
keys r
check "a failed reload is told" wait_for "Reload failed: HTTP 503 Service Unavailable"
check "the article stays" grep -qF "The council of Port Amsel voted on Tuesday" "$tmp/screen"
keys q
wait_exit >/dev/null

# r on a file reads it again.
cp "$SRCDIR/tests/fetch/plain.txt" "$tmp/plain.txt"
start 100 24 --notes-db "$db" "$tmp/plain.txt"
wait_for "Island school reopens" >/dev/null
sed -i 's/six weeks of repairs/seven weeks of repairs/' "$tmp/plain.txt"
keys r
check "r reads the file again" wait_for "seven weeks of repairs"
keys q
wait_exit >/dev/null

# The sample cannot be loaded again, and says so.
start 100 24 --notes-db "$db"
wait_for "NVIDIA" >/dev/null
keys r
check "r on the sample says it cannot" wait_for "This article cannot be loaded again"
keys q
wait_exit >/dev/null

kill "$srv" 2>/dev/null
finish
