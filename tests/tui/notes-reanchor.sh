#!/bin/sh
# notes-reanchor: a line inserted at the top of the article moves every byte; the notes written
# before are still attached to their passages (not detached) and the place is kept.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db
start 140 30 --notes-db "$db" "$tmp/article.txt"
wait_for "No notes yet" >/dev/null
keys j j a
text "On the TAIPEI paragraph"
keys Enter
wait_for "Note saved on ¶" >/dev/null
keys '}' '}' Tab Tab a
text "On the second claim"
keys Enter
check "two notes are written" wait_for "Notes  2/2"
screen >/dev/null
before=$(grep -oE '¶[0-9]+ On the (TAIPEI paragraph|second claim)' "$tmp/screen" | tr '\n' ,)
keys q
wait_exit >/dev/null

{ printf 'UPDATE: a line added at the top of the article.\n\n'; cat "$SRCDIR/data/sample.txt"; } \
	>"$tmp/article.txt"
start 140 30 --notes-db "$db" "$tmp/article.txt"
check "the notes are listed after the edit" wait_for "On the second claim"
screen >/dev/null
check "neither note is detached" sh -c "! grep -q 'detached' '$tmp/screen'"
after=$(grep -oE '¶[0-9]+ On the (TAIPEI paragraph|second claim)' "$tmp/screen" | tr '\n' ,)
# Every paragraph number moved down by one: the new line is a paragraph of its own.
want=$(printf '%s' "$before" | tr ',' '\n' | while read -r l; do
	[ -n "$l" ] || continue
	num=${l%% *}; num=${num#¶}; printf '¶%d %s,' $((num + 1)) "${l#* }"; done)
check "the notes moved with their passages ($before -> $after)" [ "$after" = "$want" ]
check "the passages are still marked" sh -c \
	"tmux -L '$sock' capture-pane -e -p -t t | grep -q '4m'"
keys Tab Tab Tab g Enter
check "Enter jumps to the re-anchored note" wait_for "Note 1/2 · paragraph · ¶3"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]
finish
