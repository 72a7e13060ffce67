#!/bin/sh
# notes-kept: a note is kept in the database while it is written, so that a kill -9 (or a crash)
# in the middle of a note loses at most its last moments; a discard takes back what was kept (a
# new note's row goes, an edited note has its old text again), and so does a note emptied again.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db
# exported: the notes as another dateline reads them from the database meanwhile
exported() {
	"$DATELINE" --notes-db "$db" --export-md - "$tmp/article.txt" 2>/dev/null |
		sed -n '/^## Notes/,$p' >"$tmp/notes.md"
	cat "$tmp/notes.md"
}
has_note() { exported | grep -qF -- "$1"; }
lacks_note() { ! has_note "$1"; }

start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys j j a
wait_for "New note on ¶2" >/dev/null
text "Written before the kill 漢字 é"
check "the note being written is in the database before Enter" poll 10 has_note \
	"Written before the kill 漢字 é"
check "the editor is still open" wait_for "New note on ¶2"
kill -9 "$(reader_pid)"
st=$(wait_exit)
check "kill -9 ended the reader ($st)" [ "$st" = 137 ]
check "the export has the note written when the reader was killed" has_note \
	"Written before the kill 漢字 é"
check "once" [ "$(grep -cF 'Written before the kill' "$tmp/notes.md")" = 1 ]

start 140 30 --notes-db "$db" "$tmp/article.txt"
check "reopened, the reader lists the note" wait_for "· Written before the kill 漢字 é"

# A new note discarded: what was kept goes.
keys a
text "Dropped after all"
check "a second note is kept as it is written" poll 10 has_note "Dropped after all"
keys Escape
wait_for "Discard this note? (y/n)" >/dev/null
keys y
check "discarding it says so" wait_for "Note discarded"
check "and takes it out of the database" poll 10 lacks_note "Dropped after all"
check "the first note stays" has_note "Written before the kill 漢字 é"

# A new note emptied again, then left: no empty note is left behind.
keys a
text "Gone again"
poll 10 has_note "Gone again" >/dev/null
keys C-u
check "emptied, it leaves the database" poll 10 lacks_note "Gone again"
keys Escape
check "Esc says no note was written" wait_for "No note written"
check "the database has one note" [ "$(exported | grep -c '^### ')" = 1 ]

# An edit discarded: the note has its old text again.
keys Tab Tab Tab
wait_for "Notes  1/1" >/dev/null
keys E
wait_for "Edit the note on ¶2" >/dev/null
keys C-u
text "Changed for a moment"
check "the edit is kept as it is written" poll 10 has_note "Changed for a moment"
keys Escape
wait_for "Discard this note? (y/n)" >/dev/null
keys y
check "discarding it says so" wait_for "Changes discarded: the note is as it was"
check "the database has the old text again" poll 10 has_note "Written before the kill 漢字 é"
check "and not the discarded one" lacks_note "Changed for a moment"

# An edit saved with Enter: one note, the new text.
keys E C-u
text "Saved with Enter"
poll 10 has_note "Saved with Enter" >/dev/null
keys Enter
check "Enter saves the edit" wait_for "Note saved"
check "the database has the new text" has_note "Saved with Enter"
check "as its one note" [ "$(exported | grep -c '^### ')" = 1 ]

# A new note saved with Enter after it was kept: one row, not two.
keys Left g a
text "Kept then saved"
poll 10 has_note "Kept then saved" >/dev/null
keys Enter
check "Enter saves the kept note" wait_for "Note saved on ¶1"
check "the database has two notes" [ "$(exported | grep -c '^### ')" = 2 ]
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]
finish
