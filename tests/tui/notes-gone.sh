#!/bin/sh
# notes-gone: what one reader does never takes away what another saved or where a reader was.
# Reader A edits a note (kept in the database as it is typed); reader B saves that note
# meanwhile; A's discard leaves B's text and says so. The notes folder deleted while the
# article is read: the place cannot be saved at the end, and stderr says so once the terminal
# is given back (before, nothing was said and the place was gone on the next start), status 1.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db

exported() {
	"$DATELINE" --notes-db "$db" --export-md - "$tmp/article.txt" 2>/dev/null | grep -qF -- "$1"
}
kept_a() { exported "The first text, edited by A"; }

start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys j j a
text "The first text"
keys Enter
check "reader A saves a note" wait_for "· The first text"
keys Tab Tab Tab E
check "A opens the note" wait_for "Edit the note on ¶2"
text ", edited by A"
check "what A types is kept in the database before Enter" poll 10 kept_a
start_b --notes-db "$db" "$tmp/article.txt"
check "reader B lists the note as A kept it" wait_b "· The first text, edited by A"
keys_b Tab Tab Tab E C-u
text_b "B's own text"
keys_b Enter
check "B saves the note" wait_b "· B's own text"
keys Escape
wait_for "Discard this note? (y/n)" >/dev/null
keys y
check "A's discard says B's text stays" \
	wait_for "another reader changed this note meanwhile: their text stays"
check "A lists B's text" wait_for "· B's own text"
check "B's text is what the database holds" exported "B's own text"
check "A's old text was not put back over it" sh -c "! '$DATELINE' --notes-db '$db' \
	--export-md - '$tmp/article.txt' 2>/dev/null | grep -qF 'The first text'"
keys_b q
# what stays: alone, A's discard of an edit gives the note its old text
keys E
check "A opens the note again" wait_for "Edit the note on ¶2"
text " and more"
poll 10 exported "B's own text and more" >/dev/null
keys Escape
wait_for "Discard this note? (y/n)" >/dev/null
keys y
check "alone, a discard gives the note its text again" \
	wait_for "Changes discarded: the note is as it was"
check "and the database has it" exported "B's own text"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]

# The notes folder deleted while the article is read, then q.
mkdir -p "$tmp/gone"
start 140 30 --notes-db "$tmp/gone/notes.db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys G
sleep 0.3
rm -rf "$tmp/gone"
keys q
check "q exits 1: the place is lost ($(cat "$tmp/status" 2>/dev/null))" \
	[ "$(wait_exit)" = 1 ]
check "stderr says the place was not saved, and why" \
	wait_for "dateline: the reading place was not saved: the notes database $tmp/gone/notes.db"
# what stays: the folder still there, the place is saved without a word
mkdir -p "$tmp/here"
start 140 30 --notes-db "$tmp/here/notes.db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys G q
check "q exits 0" [ "$(wait_exit)" = 0 ]
check "nothing is said" screen_lacks "not saved"
check "the place is in the database" sh -c \
	"[ \"\$(sqlite3 '$tmp/here/notes.db' 'SELECT count(*) FROM positions' 2>/dev/null || echo 1)\" = 1 ]"
finish
