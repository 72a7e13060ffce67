#!/bin/sh
# Opening a URL, against a server on 127.0.0.1 that this test starts (tests/fetch/server.py):
# a page, a redirect, gzip, a charset from the header, a 404 and the other failures with exit 1
# and one line on stderr, a server that never answers (with --timeout and with the default
# bound), --json naming the URL, --url on a pipe, and notes kept per URL. Never the network.
. "$SRCDIR/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || skip "no python3"
srv=
trap '[ -n "$srv" ] && kill "$srv" 2>/dev/null; lib_cleanup' EXIT
# Nothing here may touch the real notes, nor go through a proxy.
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
mkdir -p "$HOME"

# bad NAME: a failed check, with the last command's stderr.
bad() { not_ok "$1" "$tmp/err"; }

# expect NAME WANT_STATUS WANT_STDERR_PATTERN -- command...: the exit status, stderr matching the
# pattern (exactly empty when the pattern is empty) in at most one line. Standard input is the
# file $input, or /dev/null.
input=/dev/null
expect() {
	name=$1 want=$2 pat=$3
	shift 4
	"$@" >"$tmp/out" 2>"$tmp/err" <"$input"
	got=$?
	if [ "$got" -ne "$want" ]; then
		bad "$name: exit $got, want $want"
	elif [ -n "$pat" ] && ! grep -q -- "$pat" "$tmp/err"; then
		bad "$name: stderr does not match '$pat'"
	elif [ -z "$pat" ] && [ -s "$tmp/err" ]; then
		bad "$name: stderr not empty"
	elif [ "$(wc -l <"$tmp/err")" -gt 1 ]; then
		bad "$name: more than one line on stderr"
	else
		ok "$name"
	fi
}

# A self-signed certificate for the TLS server, when openssl is here to make one.
tls=
if command -v openssl >/dev/null 2>&1 &&
	openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/key.pem" -out "$tmp/cert.pem" \
		-days 2 -subj /CN=127.0.0.1 >/dev/null 2>&1; then
	tls="$tmp/cert.pem $tmp/key.pem"
fi
# shellcheck disable=SC2086
python3 "$SRCDIR/tests/fetch/server.py" "$tmp/ports" 240 $tls &
srv=$!
i=0
while [ ! -s "$tmp/ports" ] && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
if [ ! -s "$tmp/ports" ]; then
	not_ok "the test server starts"
	finish
fi
read -r port silent tlsport <"$tmp/ports"
base=http://127.0.0.1:$port

# The default bound, in the background meanwhile: a server that accepts and never answers ends
# the fetch at the default 30 s total, with exit 1, well within 45 s.
(
	start=$(date +%s)
	"$DATELINE" --timeline "http://127.0.0.1:$silent/page.html" >/dev/null 2>"$tmp/default.err" \
		</dev/null
	echo "$? $(($(date +%s) - start))" >"$tmp/default.status"
) &
waiter=$!

# The page: the same analysis as the file it serves.
"$DATELINE" --timeline "$SRCDIR/tests/fetch/page.html" >"$tmp/page.timeline"
"$DATELINE" --claims "$SRCDIR/tests/fetch/page.html" >"$tmp/page.claims"
"$DATELINE" --text "$SRCDIR/tests/fetch/page.html" >"$tmp/page.text"
expect "--timeline URL" 0 "" -- "$DATELINE" --timeline "$base/page.html"
if [ -s "$tmp/page.timeline" ] && cmp -s "$tmp/out" "$tmp/page.timeline"; then
	ok "the URL's timeline is the page's"
else
	diff "$tmp/page.timeline" "$tmp/out" >"$tmp/err"
	bad "the URL's timeline is the page's"
fi
expect "--claims URL" 0 "" -- "$DATELINE" --claims "$base/page.html"
if [ -s "$tmp/page.claims" ] && cmp -s "$tmp/out" "$tmp/page.claims"; then
	ok "the URL's claims are the page's"
else
	bad "the URL's claims are the page's"
fi
expect "--json URL" 0 "" -- "$DATELINE" --json "$base/page.html"
if python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); sys.exit(d["source"] != sys.argv[2])' \
	"$tmp/out" "$base/page.html"; then
	ok "--json names the URL as source"
else
	grep '"source"' "$tmp/out" >"$tmp/err"
	bad "--json names the URL as source"
fi
expect "--export-md - URL" 0 "" -- "$DATELINE" --export-md - "$base/page.html"
if grep -qF "source: \"$base/page.html\"" "$tmp/out" && grep -q '^notes: 0$' "$tmp/out"; then
	ok "--export-md names the URL"
else
	bad "--export-md names the URL"
fi
expect "no mode, URL" 0 "" -- "$DATELINE" "$base/page.html"
if grep -q 'Amsel Star' "$tmp/out"; then ok "no mode prints the lists"; else bad "no mode prints the lists"; fi

# A redirect, a compressed transfer, a charset given only by the header, plain text.
expect "redirect" 0 "" -- "$DATELINE" --timeline "$base/redirect"
if cmp -s "$tmp/out" "$tmp/page.timeline"; then ok "the redirect's page"; else bad "the redirect's page"; fi
expect "gzip" 0 "" -- "$DATELINE" --text "$base/gzip.html"
if cmp -s "$tmp/out" "$tmp/page.text"; then ok "gzip decoded"; else bad "gzip decoded"; fi
expect "charset from Content-Type" 0 "" -- "$DATELINE" --text "$base/koi8.html"
if grep -q 'Совет города проголосовал во вторник' "$tmp/out"; then
	ok "KOI8-R decoded by the header's charset"
else
	not_ok "KOI8-R decoded by the header's charset" "$tmp/out"
fi
expect "text/plain" 0 "" -- "$DATELINE" --timeline "$base/plain.txt"
"$DATELINE" --timeline "$SRCDIR/tests/fetch/plain.txt" >"$tmp/plain.timeline"
if [ -s "$tmp/out" ] && cmp -s "$tmp/out" "$tmp/plain.timeline"; then
	ok "plain text read as text"
else
	bad "plain text read as text"
fi

# Failures: exit 1 and one line naming the URL and the reason.
expect "404" 1 "^dateline: $base/missing.html: HTTP 404 Not Found$" -- \
	"$DATELINE" --timeline "$base/missing.html"
if [ -s "$tmp/out" ]; then bad "404: nothing on stdout"; fi
expect "redirect loop" 1 "^dateline: $base/redirect-loop: more than 10 redirects$" -- \
	"$DATELINE" --json "$base/redirect-loop"
expect "redirect to file:" 1 "^dateline: $base/redirect-file: redirected to a URL that is not http or https$" -- \
	"$DATELINE" --json "$base/redirect-file"
expect "larger than the cap" 1 "^dateline: $base/big: larger than 50 MB$" -- \
	"$DATELINE" --json "$base/big"
expect "declared larger than the cap" 1 "^dateline: $base/big-declared: larger than 50 MB$" -- \
	"$DATELINE" --json "$base/big-declared"
expect "cut short" 1 "^dateline: $base/truncated: the transfer ended early$" -- \
	"$DATELINE" --json "$base/truncated"
expect "binary" 1 "^dateline: $base/binary: not a text file$" -- "$DATELINE" --json "$base/binary"
expect "connection refused" 1 "^dateline: http://127.0.0.1:1/: could not connect: Connection refused$" -- \
	"$DATELINE" --json "http://127.0.0.1:1/"
start=$(date +%s)
expect "silent server, --timeout 2" 1 "^dateline: http://127.0.0.1:$silent/x: timed out after 2 s$" -- \
	"$DATELINE" --timeout 2 --json "http://127.0.0.1:$silent/x"
took=$(($(date +%s) - start))
if [ "$took" -le 5 ]; then ok "--timeout 2 ends in ${took} s"; else bad "--timeout 2 ends in ${took} s"; fi

# TLS is verified: a certificate nobody vouches for is refused.
if [ -n "$tls" ] && [ -n "$tlsport" ]; then
	expect "self-signed certificate" 1 "^dateline: https://127.0.0.1:$tlsport/page.html: TLS certificate not trusted (" -- \
		"$DATELINE" --json "https://127.0.0.1:$tlsport/page.html"
else
	skip_check "self-signed certificate" "no openssl to make one"
fi

# Usage errors.
expect "bad --timeout" 2 "^dateline: --timeout wants whole seconds" -- \
	"$DATELINE" --timeout 0 --json "$base/page.html"
expect "bad --url" 2 "^dateline: --url wants an http:// or https:// URL, not 'ftp://x'" -- \
	"$DATELINE" --url ftp://x --json -
expect "--url with a URL" 2 "^dateline: --url names the source of a file" -- \
	"$DATELINE" --url "$base/a" --json "$base/page.html"
expect "a path that looks like a scheme is a path" 1 "^dateline: ftp://x/y: No such file or directory$" -- \
	"$DATELINE" --json ftp://x/y

# A page from a pipe, named with --url: its source and its notes are the URL's.
input=$SRCDIR/tests/fetch/page.html
expect "--url on a pipe" 0 "" -- "$DATELINE" --url "$base/page.html" --json -
input=/dev/null
if python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1]))["source"] != sys.argv[2])' \
	"$tmp/out" "$base/page.html"; then
	ok "--url names a pipe's source"
else
	bad "--url names a pipe's source"
fi

# Notes kept per URL: a note stored on the URL's page (under another hash, as if the page had
# changed since) is placed in it again by the URL, from the URL, from a pipe named by --url, and
# from a page whose text changes at each request; another URL does not get it.
python3 - "$tmp/notes.db" "$tmp/page.text" "$base" <<'PY'
import sqlite3, sys
db, textfile, base = sys.argv[1:4]
text = open(textfile, "rb").read()
con = sqlite3.connect(db)
con.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, doc_hash TEXT NOT NULL, doc_path TEXT,"
            " target TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,"
            " quote TEXT NOT NULL, ctx_before TEXT NOT NULL, ctx_after TEXT NOT NULL,"
            " body TEXT NOT NULL, created INTEGER NOT NULL, modified INTEGER NOT NULL)")
con.execute("PRAGMA application_id = %d" % 0x444C4E54)
con.execute("PRAGMA user_version = 1")
for url, body in (("/page.html", "Who pays for it?"), ("/changing.html", "Which edition?")):
    passage = b"after a summer of queues"
    s = text.index(passage)
    e = s + len(passage)
    con.execute("INSERT INTO notes(doc_hash, doc_path, target, span_start, span_end, quote,"
                " ctx_before, ctx_after, body, created, modified) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                ("0123456789abcdef", base + url, "selection", s, e, passage.decode(),
                 text[max(0, s - 80):s].decode(), text[e:e + 80].decode(), body,
                 1762560000, 1762560000))
con.commit()
PY
notes_ok() { # NAME BODY: the export in $tmp/out has one note, placed in ¶1 (the headline is the
	# title, not a paragraph), with BODY
	if grep -q '^notes: 1$' "$tmp/out" && grep -q '^### 1\. ¶1 · selection$' "$tmp/out" &&
		grep -q "^$2\$" "$tmp/out"; then
		ok "$1"
	else
		not_ok "$1" "$tmp/out"
	fi
}
expect "export a URL's notes" 0 "" -- "$DATELINE" --notes-db "$tmp/notes.db" --export-md - "$base/page.html"
notes_ok "the note found by the URL" "Who pays for it?"
input=$SRCDIR/tests/fetch/page.html
expect "export with --url on a pipe" 0 "" -- \
	"$DATELINE" --notes-db "$tmp/notes.db" --url "$base/page.html" --export-md - -
input=/dev/null
notes_ok "the note found by --url on a pipe" "Who pays for it?"
expect "export a changing page's notes" 0 "" -- "$DATELINE" --notes-db "$tmp/notes.db" --export-md - "$base/changing.html"
notes_ok "the note follows a page whose text changed" "Which edition?"
expect "export another URL" 0 "" -- "$DATELINE" --notes-db "$tmp/notes.db" --export-md - "$base/redirect"
if grep -q '^notes: 0$' "$tmp/out"; then ok "another URL has no notes"; else bad "another URL has no notes"; fi

# The default bound, started at the top.
wait "$waiter"
read -r status took <"$tmp/default.status"
if [ "$status" = 1 ] && [ "$took" -le 45 ] &&
	grep -q "^dateline: http://127.0.0.1:$silent/page.html: timed out after 30 s$" "$tmp/default.err"; then
	ok "a silent server ends with exit 1 at the default bound (${took} s)"
else
	not_ok "a silent server ends with exit 1 at the default bound: exit $status after ${took} s" \
		"$tmp/default.err"
fi

finish
