#!/bin/sh
# Notes on the command line: --export-md with the article's notes (found by content hash, or by
# path and re-anchored after an edit), --notes-db faults, and export faults (read-only folder,
# the article's own path), each with exit status 1 and one line on stderr.
. "$SRCDIR/tests/lib.sh"
# Nothing here may touch the real notes.
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data"
mkdir -p "$HOME"

# bad NAME: a failed check, with the last command's stderr.
bad() { not_ok "$1" "$tmp/err"; }

# expect NAME WANT_STATUS WANT_STDERR_PATTERN -- command...
expect() {
	name=$1 want=$2 pat=$3
	shift 4
	"$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ "$got" -ne "$want" ]; then
		bad "$name: exit $got, want $want"
	elif [ -n "$pat" ] && ! grep -q -- "$pat" "$tmp/err"; then
		bad "$name: stderr does not match '$pat'"
	elif [ "$(wc -l <"$tmp/err")" -gt 1 ]; then
		bad "$name: more than one line on stderr"
	else
		ok "$name"
	fi
}

cat >"$tmp/a.txt" <<'EOF'
Harbour town votes on new ferry

The council of Port Amsel voted on Tuesday to buy a second ferry for the crossing to the island, after a summer of queues.

"We cannot ask people to wait three hours for a boat," said Mara Velt, who chairs the transport committee.

Opponents said the money would be better spent on the harbour wall. The vote was seven to four.
EOF

# Notes written into the database as the reader would (schema 1), for a.txt as it is now.
add_notes() {
	python3 - "$1" "$tmp/a.txt" <<'PY'
import os, sqlite3, sys, time
db, article = sys.argv[1], sys.argv[2]
data = open(article, "rb").read()
h = 1469598103934665603
for b in data:
    h = ((h ^ b) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
con = sqlite3.connect(db)
con.execute("CREATE TABLE IF NOT EXISTS notes(id INTEGER PRIMARY KEY, doc_hash TEXT NOT NULL,"
            " doc_path TEXT, target TEXT NOT NULL, span_start INTEGER NOT NULL,"
            " span_end INTEGER NOT NULL, quote TEXT NOT NULL, ctx_before TEXT NOT NULL,"
            " ctx_after TEXT NOT NULL, body TEXT NOT NULL, created INTEGER NOT NULL,"
            " modified INTEGER NOT NULL)")
con.execute("PRAGMA application_id = %d" % 0x444C4E54)
con.execute("PRAGMA user_version = 1")
def note(target, passage, body):
    s = data.index(passage.encode())
    e = s + len(passage.encode())
    con.execute("INSERT INTO notes(doc_hash, doc_path, target, span_start, span_end, quote,"
                " ctx_before, ctx_after, body, created, modified) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                ("%016x" % h, os.path.realpath(article), target, s, e, passage,
                 data[max(0, s - 80):s].decode(), data[e:e + 80].decode(), body,
                 1762560000, 1762560000))
note("selection", "a second ferry", "Why a second one? <b>check</b>")
note("claim", "We cannot ask people to wait three hours for a boat,", "# three hours?")
con.commit()
PY
}

# No database at the default place: the export has no notes and creates nothing.
expect "export without a database" 0 "" -- "$DATELINE" --export-md - "$tmp/a.txt"
if grep -q '^No notes\.$' "$tmp/out" && [ ! -e "$XDG_DATA_HOME/dateline" ]; then
	ok "no database created by export"
else
	bad "no database created by export"
fi

# Faults of --notes-db: one line, exit 1, the file untouched.
head -c 3000 /dev/urandom >"$tmp/corrupt.db"
cp "$tmp/corrupt.db" "$tmp/corrupt.copy"
expect "corrupt notes database" 1 "^dateline: $tmp/corrupt.db: not a dateline notes database" -- \
	"$DATELINE" --notes-db "$tmp/corrupt.db" --export-md - "$tmp/a.txt"
if cmp -s "$tmp/corrupt.db" "$tmp/corrupt.copy" && [ ! -e "$tmp/corrupt.db-journal" ]; then
	ok "corrupt database left untouched"
else
	bad "corrupt database left untouched"
fi
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("CREATE TABLE t(x)"); c.commit()' "$tmp/foreign.db"
cp "$tmp/foreign.db" "$tmp/foreign.copy"
expect "foreign SQLite database" 1 "^dateline: $tmp/foreign.db: not a dateline notes database" -- \
	"$DATELINE" --notes-db "$tmp/foreign.db" --export-md - "$tmp/a.txt"
if cmp -s "$tmp/foreign.db" "$tmp/foreign.copy"; then ok "foreign database left untouched"; else bad "foreign database left untouched"; fi
expect "missing named database" 1 "^dateline: $tmp/none.db: No such file or directory$" -- \
	"$DATELINE" --notes-db "$tmp/none.db" --export-md - "$tmp/a.txt"

# The article's notes in the export.
add_notes "$tmp/notes.db"
expect "export with notes" 0 "" -- "$DATELINE" --notes-db "$tmp/notes.db" --export-md "$tmp/a.md" "$tmp/a.txt"
if grep -q '^notes: 2$' "$tmp/a.md" && grep -q '^> a second ferry$' "$tmp/a.md" &&
	grep -q '^### 1\. ¶2 · selection$' "$tmp/a.md" &&
	grep -q '^Why a second one? \\<b\\>check\\</b\\>$' "$tmp/a.md" &&
	grep -q '^### 2\. ¶3 · claim' "$tmp/a.md" && grep -q '^\\# three hours?$' "$tmp/a.md"; then
	ok "notes exported"
else
	bad "notes exported"; sed 's/^/  # /' "$tmp/a.md"
fi
cp "$tmp/a.md" "$tmp/a.md.before"

# A line inserted at the top: the notes are found by path and placed again, a paragraph later.
{ printf 'UPDATED: corrected the vote count.\n\n'; cat "$tmp/a.txt"; } >"$tmp/a.new" && mv "$tmp/a.new" "$tmp/a.txt"
expect "export after a line inserted" 0 "" -- "$DATELINE" --notes-db "$tmp/notes.db" --export-md - "$tmp/a.txt"
if grep -q '^### 1\. ¶3 · selection$' "$tmp/out" && grep -q '^### 2\. ¶4 · claim' "$tmp/out" &&
	! grep -q Detached "$tmp/out"; then
	ok "notes re-anchored after a line inserted at the top"
else
	bad "notes re-anchored after a line inserted at the top"; sed 's/^/  # /' "$tmp/out"
fi

# The quoted sentence deleted: that note is detached but kept.
sed -i 's/"We cannot ask people to wait three hours for a boat," said Mara Velt, who/Mara Velt/' "$tmp/a.txt"
expect "export after a passage deleted" 0 "" -- "$DATELINE" --notes-db "$tmp/notes.db" --export-md - "$tmp/a.txt"
if grep -q '^### 2\. Detached · claim$' "$tmp/out" && grep -q '^\\# three hours?$' "$tmp/out" &&
	grep -q '^### 1\. ¶3 · selection$' "$tmp/out"; then
	ok "deleted passage: note detached, not dropped"
else
	bad "deleted passage: note detached, not dropped"; sed 's/^/  # /' "$tmp/out"
fi

# Never over the article, whatever the name.
cp "$tmp/a.txt" "$tmp/a.copy"
ln -s a.txt "$tmp/link.txt"
expect "export over the article refused" 1 "^dateline: $tmp/a.txt: is the article; not overwriting it$" -- \
	"$DATELINE" --export-md "$tmp/a.txt" "$tmp/a.txt"
expect "export over a link to the article refused" 1 "is the article" -- \
	"$DATELINE" --export-md "$tmp/link.txt" "$tmp/a.txt"
if cmp -s "$tmp/a.txt" "$tmp/a.copy"; then ok "article intact"; else bad "article intact"; fi

# Nor over a file that is no export (the article read from standard input, a page, somebody's
# notes) nor a read-only one; an earlier export and an empty file are replaced.
printf '<html><p>A page.</p></html>\n' >"$tmp/page.html"
cp "$tmp/page.html" "$tmp/page.before"
expect "export over a file that is no export refused" 1 \
	"^dateline: $tmp/page.html: exists and is not a dateline export; not overwriting it$" -- \
	"$DATELINE" --export-md "$tmp/page.html" "$tmp/a.txt"
expect "export over the article read from standard input refused" 1 "is not a dateline export" -- \
	sh -c '"$1" --export-md "$2" <"$2"' sh "$DATELINE" "$tmp/page.html"
if cmp -s "$tmp/page.html" "$tmp/page.before"; then ok "the page intact"; else bad "the page intact"; fi
printf -- '---\ntitle: Not ours\n---\ndateline: "0.1.0"\n' >"$tmp/lookalike.md"
expect "a front matter without dateline is no export" 1 "is not a dateline export" -- \
	"$DATELINE" --export-md "$tmp/lookalike.md" "$tmp/a.txt"
: >"$tmp/empty.md"
expect "an empty file is replaced" 0 "" -- "$DATELINE" --export-md "$tmp/empty.md" "$tmp/a.txt"
expect "an earlier export is replaced" 0 "" -- "$DATELINE" --export-md "$tmp/empty.md" "$tmp/a.txt"
if grep -q '^## Timeline' "$tmp/empty.md"; then ok "the export written"; else bad "the export written"; fi
chmod 444 "$tmp/empty.md"
cp "$tmp/empty.md" "$tmp/empty.before"
expect "export over a read-only file refused" 1 "^dateline: $tmp/empty.md: Permission denied$" -- \
	"$DATELINE" --export-md "$tmp/empty.md" "$tmp/a.txt"
if cmp -s "$tmp/empty.md" "$tmp/empty.before"; then ok "the read-only file intact"; else bad "the read-only file intact"; fi
chmod 644 "$tmp/empty.md"

# A read-only folder: exit 1 with the reason, the previous export intact. As root, file modes
# do not stop writes, so the folder is a read-only tmpfs in a private mount namespace.
mkdir "$tmp/ro"
cp "$tmp/a.md.before" "$tmp/ro/a.md"
if [ "$(id -u)" -ne 0 ]; then
	chmod 555 "$tmp/ro"
	expect "export into a read-only folder" 1 "^dateline: $tmp/ro/a.md: Permission denied$" -- \
		"$DATELINE" --notes-db "$tmp/notes.db" --export-md "$tmp/ro/a.md" "$tmp/a.txt"
	if cmp -s "$tmp/ro/a.md" "$tmp/a.md.before"; then ok "previous export intact"; else bad "previous export intact"; fi
	chmod 755 "$tmp/ro"
elif unshare -m true 2>/dev/null; then
	unshare -m sh -c '
		mount -t tmpfs tmpfs "$1/ro" && cp "$1/a.md.before" "$1/ro/a.md" &&
		mount -o remount,ro "$1/ro" || exit 99
		"$2" --notes-db "$1/notes.db" --export-md "$1/ro/a.md" "$1/a.txt" 2>"$1/err" </dev/null
		echo $? >"$1/status"
		cmp -s "$1/ro/a.md" "$1/a.md.before" && echo intact >"$1/intact"
		ls -A "$1/ro" >"$1/listing"' sh "$tmp" "$DATELINE"
	if [ "$(cat "$tmp/status" 2>/dev/null)" = 1 ] &&
		grep -q "^dateline: $tmp/ro/a.md: Read-only file system$" "$tmp/err" &&
		[ "$(wc -l <"$tmp/err")" -eq 1 ]; then
		ok "export into a read-only folder (read-only mount)"
	else
		bad "export into a read-only folder (read-only mount)"
	fi
	if [ -f "$tmp/intact" ] && [ "$(cat "$tmp/listing")" = a.md ]; then
		ok "previous export intact, no temporary file"
	else
		bad "previous export intact, no temporary file"
	fi
else
	skip_check "export into a read-only folder" "root without mount namespaces"
fi

# A read-only notes database still exports its notes.
if [ "$(id -u)" -ne 0 ]; then
	chmod 444 "$tmp/notes.db"
	expect "read-only notes database exports" 0 "" -- \
		"$DATELINE" --notes-db "$tmp/notes.db" --export-md - "$tmp/a.txt"
	chmod 644 "$tmp/notes.db"
fi

finish
