#!/bin/sh
# notes-attack: what must not lose a note. (1) The notes database held by another program for
# longer than the wait (5 s) when Enter saves: a one-line error, the text stays in the editor,
# and Enter saves it once the lock is gone. (2) SIGHUP (the terminal closed) while the editor
# holds an edit of a note that another reader saved meanwhile: the terminal is left as it was
# (no alternate screen), neither text is lost, and the next reading says so. (3) Two readers of
# two articles quitting at once: both end with 0 and each article keeps its own place.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db
exported() {
	"$DATELINE" --notes-db "$db" --export-md - "$tmp/article.txt" 2>/dev/null | grep -qF -- "$1"
}

# (1) a lock held past the wait
if command -v sqlite3 >/dev/null 2>&1; then
	start 140 30 --notes-db "$db" "$tmp/article.txt"
	wait_for "No notes yet" >/dev/null
	keys a
	text "Written while locked"
	wait_for "Written while locked" >/dev/null
	# the lock is held until the checks touch "unlock" (at most 60 s), and Enter is pressed
	# only once sqlite3 has said it holds it: a loaded machine may be slow at either end
	(printf 'BEGIN EXCLUSIVE;\nSELECT 1;\n'; _w=0
	 while [ ! -f "$tmp/unlock" ] && [ $_w -lt 600 ]; do sleep 0.1; _w=$((_w + 1)); done
	 printf 'COMMIT;\n') | sqlite3 "$db" >"$tmp/locked" 2>&1 &
	lock=$!
	poll 15 grep -qx 1 "$tmp/locked"
	keys Enter
	check "a locked database: one line says so" wait_for "the notes database is locked by another program" 20
	check "on one line" [ "$(grep -c 'locked by another program' "$tmp/screen")" = 1 ]
	check "the text stays in the editor" wait_for "Written while locked"
	touch "$tmp/unlock"
	wait "$lock"
	keys Enter
	check "once the lock is gone, Enter saves" wait_for "· Written while locked"
	check "the note is in the database" exported "Written while locked"
	keys q
	wait_exit >/dev/null
else
	skip_check "a locked database" "the sqlite3 program is not installed"
fi

# (2) SIGHUP in an edit another reader saved meanwhile
rm -f "$db"
start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys a
text "The first text"
keys Enter
wait_for "· The first text" >/dev/null
keys Tab Tab Tab E
check "A opens the note" wait_for "Edit the note on"
start_b --notes-db "$db" "$tmp/article.txt"
wait_b "· The first text" >/dev/null
keys_b Tab Tab Tab E C-u
text_b "B's own text"
keys_b Enter
check "B saves the note" wait_b "· B's own text"
keys_b q
text " and A's words"
wait_for "and A's words" >/dev/null
sleep 1
kill -s HUP "$(reader_pid)"
st=$(wait_exit)
check "SIGHUP ends the reader ($st)" [ "$st" = 129 ]
check "the terminal is out of the alternate screen" \
	[ "$(tmux -L "$sock" display -p -t t '#{alternate_on}')" = 0 ]
start 140 30 --notes-db "$db" "$tmp/article.txt"
check "the next reading lists A's words" wait_for "· The first text and A's words"
check "beside B's" wait_for "· B's own text"
keys q
wait_exit >/dev/null
check "the export has B's text" exported "B's own text"
check "and A's" exported "The first text and A's words"

# (3) two readers quitting at once
sed 's/Huang/Mr Huang/' "$SRCDIR/data/sample.txt" >"$tmp/other.txt"
start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "article.txt" >/dev/null
keys 5 g
check "A is at ¶5" wait_for "¶5/11"
start_b --notes-db "$db" "$tmp/other.txt"
wait_b "other.txt" >/dev/null
keys_b 8 g
check "B is at ¶8" wait_b "¶8/11"
keys q
keys_b q
check "A ends with 0" [ "$(wait_exit)" = 0 ]
check "B ends with 0" [ "$(wait_exit_b)" = 0 ]
start 140 30 --notes-db "$db" "$tmp/article.txt"
check "A's article opens at ¶5" wait_for "¶5/11"
keys q
wait_exit >/dev/null
start 140 30 --notes-db "$db" "$tmp/other.txt"
check "B's article opens at ¶8" wait_for "¶8/11"
keys q
wait_exit >/dev/null
finish
