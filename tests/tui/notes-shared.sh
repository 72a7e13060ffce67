#!/bin/sh
# notes-shared: two readers of one article share its notes database. A note that one reader
# deletes while the other edits it is not lost: Enter in the other saves what was written as a
# new note on the same passage and says so, and so does the rescue when the terminal closes
# (tmux kill-session: SIGHUP) in the middle of such an edit.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db

start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys j j a
text "Written first"
keys Enter
check "the first reader saves a note" wait_for "· Written first"

# The first reader edits the note; the second deletes it meanwhile.
keys Tab Tab Tab E
check "E opens the note" wait_for "Edit the note on ¶2"
text " and edited while gone"
start_b --notes-db "$db" "$tmp/article.txt"
check "the second reader lists the note" wait_b "· Written first"
keys_b Tab Tab Tab D
check "the second reader asks before deleting" wait_b "Delete the note on ¶2"
keys_b y
check "the second reader deletes it" wait_b "Note deleted"
keys Enter
check "Enter in the first reader says the note was saved again" \
	wait_for "Another reader had deleted this note: saved again on ¶2"
check "the edited note is listed" wait_for "· Written first and edited while"
keys q
wait_exit >/dev/null
"$DATELINE" --notes-db "$db" --export-md - "$tmp/article.txt" >"$tmp/export.md" 2>"$tmp/err"
check "the export has the edited note" grep -qF "Written first and edited while gone" \
	"$tmp/export.md"

# The same, ended by closing the terminal in the middle of the edit.
start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "· Written first and edited while" >/dev/null
keys Tab Tab Tab E
check "E opens the note again" wait_for "Edit the note on ¶2"
keys C-u
text "Rewritten when the terminal closed"
wait_for "Rewritten when the terminal closed" >/dev/null
start_b --notes-db "$db" "$tmp/article.txt"
wait_b "· Written first and edited while" >/dev/null
keys_b Tab Tab Tab D
wait_b "Delete the note on ¶2" >/dev/null
keys_b y
check "the second reader deletes it again" wait_b "Note deleted"
pa=$(reader_pid)
tmux -L "$sock" kill-session -t t
ended() { ! kill -0 "$1" 2>/dev/null; }
poll 10 ended "$pa" || :
check "closing the terminal ended the first reader" sh -c "! kill -0 $pa 2>/dev/null"
"$DATELINE" --notes-db "$db" --export-md - "$tmp/article.txt" >"$tmp/export.md" 2>"$tmp/err"
check "the note written when the terminal closed was saved" \
	grep -qF "Rewritten when the terminal closed" "$tmp/export.md"
check "and only once" [ "$(grep -cF "Rewritten when the terminal closed" "$tmp/export.md")" = 1 ]
tmux -L "$sock2" kill-server 2>/dev/null
finish
