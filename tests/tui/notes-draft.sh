#!/bin/sh
# notes-draft: reader A edits a note, reader B saves that note meanwhile, A types on and is
# killed (kill -9). Before, what A typed after B's save was kept nowhere (never over B's save, so
# not at all): gone. Now it is kept apart as a draft, and the next reading makes it a note of its
# own beside B's, saying so; B's text stays. What stays: alone, A's kept text is the note itself.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db

exported() {
	"$DATELINE" --notes-db "$db" --export-md - "$tmp/article.txt" 2>/dev/null | grep -qF -- "$1"
}

start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys j j a
text "The first text"
keys Enter
check "reader A saves a note" wait_for "· The first text"
keys Tab Tab Tab E
check "A opens the note" wait_for "Edit the note on ¶2"
text ", edited by A"
poll 10 exported "The first text, edited by A" >/dev/null
start_b --notes-db "$db" "$tmp/article.txt"
wait_b "· The first text, edited by A" >/dev/null
keys_b Tab Tab Tab E C-u
text_b "B's own text"
keys_b Enter
check "B saves the note" wait_b "· B's own text"
text " and a draft after B"
check "A's editor holds the text" wait_for "and a draft after B"
# kept at a pause in the typing (the first finds B's save, the next keeps the draft)
sleep 2
kill -9 "$(reader_pid)"
check "A is killed" [ "$(wait_exit)" = 137 ]
check "B's text is the note's" exported "B's own text"
keys_b q
start 140 30 --notes-db "$db" "$tmp/article.txt"
check "the reopened reader says the draft is a note of its own" \
	wait_for "1 unsaved draft of an edit cut short: now a note of its own"
check "A's draft is listed" wait_for "· The first text, edited by A and a draft"
check "beside B's note" wait_for "· B's own text"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]
check "the export has both" sh -c "'$DATELINE' --notes-db '$db' --export-md - '$tmp/article.txt' \
	2>/dev/null | grep -c -e \"B's own text\" -e 'and a draft after B' | grep -qx 2"

# What stays: alone, a kill -9 keeps the text in the note itself; no draft is said.
rm -f "$db"
start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys j j a
text "Alone"
keys Enter
wait_for "· Alone" >/dev/null
keys Tab Tab Tab E
wait_for "Edit the note on ¶2" >/dev/null
text " and on"
poll 10 exported "Alone and on" >/dev/null
kill -9 "$(reader_pid)"
wait_exit >/dev/null
start 140 30 --notes-db "$db" "$tmp/article.txt"
check "alone: the note has the kept text" wait_for "· Alone and on"
check "and no draft is said" screen_lacks "draft"
keys q
wait_exit >/dev/null
finish
