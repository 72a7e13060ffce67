#!/bin/sh
# notes-keep: a note is never lost: Esc and Ctrl-C in the editor ask before unsaved text goes
# (and n goes back to it), Alt-b does nothing there, a screen too small keeps the editor, the
# external editor ($VISUAL, run without a shell) edits the note, SIGTERM saves what was being
# written, and Esc on an unchanged note says so.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db
start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys j j a
check "a opens the editor" wait_for "New note on ¶2"
text "Kept through everything"
keys Escape
check "Esc on unsaved text asks first" wait_for "Discard this note? (y/n)"
keys n
check "n goes back to the editor" wait_for "Go on writing"
check "with the text" wait_for "Kept through everything"
keys M-b
sleep 0.3
check "Alt-b leaves the editor open" wait_for "New note on ¶2"
check "and asks nothing" sh -c "! grep -qF 'Discard this note' '$tmp/screen'"
check "and types nothing" sh -c "! grep -qF 'everythingb' '$tmp/screen'"
keys C-c
check "Ctrl-C in the editor asks first" wait_for "Discard this note? (y/n)"
keys x
sleep 0.2
check "another key leaves the question up" wait_for "Discard this note? (y/n)"
keys n
check "n goes back again" wait_for "Go on writing"
resize 30 4
check "a screen too small says so" wait_for "too small"
text "zz"
resize 140 30
wait_gone "too small" >/dev/null
wait_for "Kept through everything" >/dev/null
check "the editor comes back with the note, and nothing typed meanwhile" \
	grep -q 'Kept through everything *$' "$tmp/screen"
keys Enter
check "Enter saves the note that went through all that" wait_for "Note saved on ¶2"
check "the notes pane lists it" wait_for "· Kept through everything"

# An existing note opened and left unchanged: it is kept and the status says so.
keys Tab Tab Tab E
check "E opens the note" wait_for "Edit the note on ¶2"
keys Escape
check "Esc on an unchanged note says it is unchanged" wait_for "The note is unchanged"
check "and the note is still listed" wait_for "· Kept through everything"
keys E C-u
text "Changed then dropped"
keys Escape
wait_for "Discard this note? (y/n)" >/dev/null
keys y
check "discarding an edit keeps the note as it was" wait_for "Changes discarded: the note is as it was"
check "the old text is listed" wait_for "· Kept through everything"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]

# The external editor: $VISUAL split into words without a shell (sed with its arguments).
DL_ENV="VISUAL='sed -i s/^/edited:\ /'" start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "Kept through everything" >/dev/null
keys g a
text "a draft"
keys C-x
check "Ctrl-X runs \$VISUAL on the note and shows what came back" wait_for "edited: a draft"
check "the status says Enter saves it" wait_for "The note from the editor"
keys Enter
check "Enter saves the edited note" wait_for "· edited: a draft"
keys q
wait_exit >/dev/null
DL_ENV="VISUAL=false" start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "Kept through everything" >/dev/null
keys a
text "stays as typed"
keys C-x
check "an editor that fails leaves the note as it was" wait_for "The editor 'false' failed"
check "the text is still in the editor" wait_for "stays as typed"
keys Escape
wait_for "Discard this note? (y/n)" >/dev/null
keys y q
wait_exit >/dev/null

# SIGTERM while a note is being written: it is saved, not lost.
start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "Kept through everything" >/dev/null
keys G a
text "Rescued from SIGTERM"
wait_for "Rescued from SIGTERM" >/dev/null
kill -s TERM "$(reader_pid)"
st=$(wait_exit)
check "SIGTERM ends the reader ($st)" [ "$st" = 143 ]
"$DATELINE" --notes-db "$db" --export-md - "$tmp/article.txt" >"$tmp/export.md" 2>"$tmp/err"
check "the note being written was saved" grep -qF "Rescued from SIGTERM" "$tmp/export.md"

# A database that refuses the note (its folder gone while the reader runs): Enter says so and
# keeps the text; SIGTERM then leaves it in a file of its own, named on stderr.
mkdir -p "$tmp/gone" "$tmp/keep"
DL_ENV="TMPDIR=$tmp/keep" start 140 30 --notes-db "$tmp/gone/notes.db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys a
text "Nowhere to go but a file"
wait_for "Nowhere to go but a file" >/dev/null
# The note is kept in the database as it is written (notes-kept.sh): the folder goes once it is,
# so that what refuses the note below is the database, not a race with the keeping.
kept() {
	"$DATELINE" --notes-db "$tmp/gone/notes.db" --export-md - "$tmp/article.txt" 2>/dev/null |
		grep -qF "Nowhere to go but a file"
}
poll 10 kept
rm -rf "$tmp/gone"
keys Enter
check "a refused note says it was not saved" wait_for "The note was not saved"
check "and stays in the editor" wait_for "Nowhere to go but a file"
kill -s TERM "$(reader_pid)"
st=$(wait_exit)
check "SIGTERM ends the reader ($st)" [ "$st" = 143 ]
check "the note is kept in a file" sh -c "grep -qF 'Nowhere to go but a file' '$tmp'/keep/dateline-unsaved-note-*.md"
check "the file says which article" sh -c "grep -qF 'Article: ' '$tmp'/keep/dateline-unsaved-note-*.md"
check "stderr names the file" wait_for "it is in $tmp/keep/dateline-unsaved-note-"
finish
