#!/bin/sh
# notes-kill: two notes written in the reader survive kill -9: they are in the Markdown export
# afterwards and visible after reopening (each note is committed when its editor closes).
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db
start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys j j a
text "Kept after kill one"
keys Enter
check "the first note is saved" wait_for "· Kept after kill one"
keys Space a
text "Kept after kill two 漢字"
keys Enter
check "the second note is saved" wait_for "Kept after kill two 漢字"
kill -9 "$(reader_pid)"
st=$(wait_exit)
check "kill -9 ended the reader ($st)" [ "$st" = 137 ]

"$DATELINE" --notes-db "$db" --export-md - "$tmp/article.txt" >"$tmp/export.md" 2>"$tmp/err"
check "--export-md exits 0" [ $? -eq 0 ]
check "the export has its notes section" grep -q '^## Notes' "$tmp/export.md"
check "the export has the first note" grep -qF "Kept after kill one" "$tmp/export.md"
check "the export has the second note" grep -qF "Kept after kill two 漢字" "$tmp/export.md"

start 140 30 --notes-db "$db" "$tmp/article.txt"
check "the first note is visible after reopening" wait_for "Kept after kill one"
check "the second note is visible after reopening" wait_for "Kept after kill two 漢字"
check "both are listed" wait_for "Notes  "
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]
finish
