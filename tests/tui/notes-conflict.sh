#!/bin/sh
# notes-conflict: reader A opens the note editor on a note, reader B saves an edit of that note,
# A saves. Before, A's Enter wrote A's text over B's save: B's text was lost. Now both are in
# the database and in --export-md (A's as a new note on the same passage), and A's status line
# says so. Then an unrelated article saved under the same file name: the old notes are not
# listed as its own but said in one line, and stay in the export.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db

export_has() {
	"$DATELINE" --notes-db "$db" --export-md - "$tmp/article.txt" 2>/dev/null | grep -qF -- "$1"
}

start 160 45 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys j j a
text "The first text"
keys Enter
check "reader A saves a note" wait_for "· The first text"
keys Tab Tab Tab E
check "A opens the note" wait_for "Edit the note on ¶"
start_b -s 160x45 --notes-db "$db" "$tmp/article.txt"
wait_b "· The first text" >/dev/null
keys_b Tab Tab Tab E C-u
text_b "B's own text"
keys_b Enter
check "B saves the note" wait_b "· B's own text"
check "B's save is in the database" poll 10 export_has "B's own text"
text ", with A's words"
keys Enter
check "A's status line says both are kept" wait_for "Another reader had changed this note: both kept"
check "A lists B's note" wait_for "· B's own text"
check "and its own beside it" wait_for "· The first text, with A's words"
check "the export has B's text" export_has "B's own text"
check "and A's" export_has "The first text, with A's words"
keys q
check "A quits with 0" [ "$(wait_exit)" = 0 ]
keys_b q
check "B quits with 0" [ "$(wait_exit_b)" = 0 ]

# Another article saved under the name: the two notes are another article's, one line.
printf 'Orchard growers count a late frost\n\nApple growers in the upper valley lost a third of the blossom to a frost in the last week of April.\n\nInsurers expect claims to rise for the second year running.\n' >"$tmp/article.txt"
start 160 45 --notes-db "$db" "$tmp/article.txt"
check "one line for the old article's notes" \
	wait_for "Notes · 2 notes of another article that was at this path"
check "none listed as this article's" screen_lacks "detached"
check "the pane says there are none of its own" wait_for "No notes yet"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]
check "the export keeps them" export_has "of another article that was at this path"
finish
