#!/bin/sh
# notes: a writes a note on the paragraph at the top (after Ng, on ¶N even when the end of the
# article holds the view above it), the selected event or claim, or in the
# article the event or claim a jump marked; the editor
# takes UTF-8, wide characters and several lines; the notes pane lists, edits, deletes (after a
# confirmation) and jumps; annotated passages are marked; a read-only database shows the notes
# and refuses new ones; a note on a claim with no speaker says so, in the export too.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
db=$tmp/notes.db
start 140 30 --notes-db "$db" --date 2025-11-08 "$tmp/article.txt"
check "the reader opens with an empty notes pane" wait_for "No notes yet"
keys j j a
check "a opens the note editor on the paragraph at the top" wait_for "New note on ¶2"
text "First note: 世界 and café"
keys Left Left Left Left BSpace
text "é"
keys End
text " ✓"
keys Enter
check "Enter saves the note" wait_for "Note saved on ¶2"
check "the notes pane lists it" wait_for "¶2 By the dateline… · First note: 世界 andécafé ✓"
check "the annotated passage is marked (underlined)" sh -c \
	"tmux -L '$sock' capture-pane -e -p -t t | grep -q '4m'"

# On an event: Tab to the timeline, select the third event, a: the editor names the event.
keys Tab j j a
check "a in the timeline annotates the event, named with its date" \
	wait_for "New note on the event Aug 2025 (¶"
text "Event note"
keys Enter
check "the event note is saved" wait_for "Event note"

# A note of two lines (Ctrl-J) on a claim (the editor names it, with its speaker), and Esc
# discards a note.
keys Tab a
check "a in the claims pane names the claim and its speaker" wait_for "New note on the claim by "
text "line one"
keys C-j
text "line two"
keys Enter
check "a note of two lines is saved" wait_for "line one"
keys a
text "never saved"
keys Escape
check "Esc on a note with text asks first" wait_for "Discard this note? (y/n)"
keys y
check "y discards the note" wait_for "Note discarded"
check "the discarded note is not listed" sh -c "! tmux -L '$sock' capture-pane -p -t t | grep -q 'never saved'"

# The notes pane: edit, delete with a confirmation, jump.
keys Tab g
check "Tab reaches the notes pane" wait_for "Notes  1/3"
keys E
check "E edits the selected note" wait_for "Edit the note on ¶2"
keys C-u
text "Rewritten note"
keys Enter
check "the edit is saved" wait_for "Rewritten note"
keys j D
check "D asks first, naming the note (on a claim, with its speaker)" \
	wait_for "Delete the note on the claim by "
keys n
check "n keeps the note" wait_for "Kept the note"
check "still three notes" wait_for "Notes  2/3"
keys D y
check "D y deletes it" wait_for "Note deleted"
check "two notes remain" wait_for "Notes  2/2"
keys g Enter
check "Enter in the notes pane jumps to the note" wait_for "Note 1/2 · paragraph · ¶2"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]

# The notes are there after reopening.
start 140 30 --notes-db "$db" --date 2025-11-08 "$tmp/article.txt"
check "the notes are back after reopening" wait_for "Rewritten note"

# In the article, a after } annotates the claim the jump marked; after Esc, the paragraph.
keys '}' '}'
check "} jumps to a claim" wait_for "Claim 2/"
keys a
check "a in the article after } annotates the claim it marks" \
	wait_for "New note on the claim by Huang Renxun (¶3)"
keys Escape
check "Esc closes the empty editor" wait_for "No note written"
keys Escape
sleep 0.2 # a person's pause: Esc and a at once are Alt-a
keys a
check "after Esc clears the mark, a annotates the paragraph" wait_for "New note on ¶"
keys Escape
check "Esc closes it again" wait_for "No note written"

# A claim nobody is named for: the note is on "the claim with no speaker", here and in the
# export, never "by someone" or "by unattributed" as if that were a name. (Here "she" has no one
# before her; being asked about a topic is no claim, asked whether something is one.)
keys q
wait_exit >/dev/null
printf '%s\n\n%s\n' "Harbor board faces questions" \
	"At the hearing, she was asked whether the cost of the pier would fall. \"We will publish it,\" Mayor Ellen Park said." \
	>"$tmp/asked.txt"
start 140 30 --notes-db "$db" --format text "$tmp/asked.txt"
keys Tab Tab
check "the claims pane, its first claim" wait_for " Claims  1/2"
keys a
check "a names a speakerless claim so" wait_for "New note on the claim with no speaker (¶2)"
text "Who asked her?"
keys Enter
check "the note is saved" wait_for "Note saved on the claim with no speaker (¶2)"
keys q
wait_exit >/dev/null
"$DATELINE" --notes-db "$db" --format text --export-md - "$tmp/asked.txt" >"$tmp/speakerless.md"
check "the export says the claim has no speaker" \
	grep -qE "^### [0-9]+\. ¶2 · claim with no speaker\$" "$tmp/speakerless.md"
"$DATELINE" --notes-db "$db" --date 2025-11-08 --export-md - "$tmp/article.txt" >"$tmp/events.md"
check "an event's note is named as before" \
	grep -qE "^### [0-9]+\. ¶9 · event Aug 2025\$" "$tmp/events.md"
start 140 30 --notes-db "$db" --date 2025-11-08 "$tmp/article.txt"
wait_for "Rewritten note" >/dev/null

# A read-only database: the notes are shown, new ones refused with a message.
keys q
wait_exit >/dev/null
start 140 30 --notes-db "file:$db?mode=ro" --date 2025-11-08 "$tmp/article.txt"
check "a read-only database shows the notes" wait_for "Rewritten note"
check "and says it is read-only" wait_for "read-only"
keys a
check "a is refused with a message" wait_for "new notes are refused"
keys q
check "q exits 0 (read-only)" [ "$(wait_exit)" = 0 ]

# Ng near the end: the last screen holds the view above ¶N, yet the reader is at ¶N (the status
# says so) and a writes the note on ¶N, not on the paragraph whose tail is at the top; a scroll
# puts the place back at the top line, and G notes the top paragraph as before.
k=1
while [ "$k" -le 20 ]; do
	echo "Paragraph $k of a short text the reader goes through by number." >>"$tmp/short.txt"
	echo >>"$tmp/short.txt"
	k=$((k + 1))
done
start 80 24 --notes-db "$tmp/short.db" "$tmp/short.txt"
wait_for "Paragraph 1 of" >/dev/null
keys 1 8 g
check "18g says the reader is at ¶18" wait_for " ¶18/20 · 100%"
keys a
check "a after 18g writes the note on ¶18" wait_for "New note on ¶18 "
text "on eighteen"
keys Enter
check "the note is saved on ¶18" wait_for "Note saved on ¶18"
keys k
top=$(screen | sed -n 2p | sed -n 's/^ Paragraph \([0-9]*\) of.*/\1/p')
check "k scrolls the view: the place is its top line again (¶$top)" \
	wait_for " ¶$top/20 · "
keys G a
check "after G, a writes the note on the top paragraph (¶$((top + 1)))" \
	wait_for "New note on ¶$((top + 1)) "
keys Escape
keys q
wait_exit >/dev/null
"$DATELINE" --notes-db "$tmp/short.db" --export-md "$tmp/short.md" "$tmp/short.txt"
check "the export attaches the note to ¶18" grep -qF -- "— attached to the paragraph in ¶18;" "$tmp/short.md"

# A corrupt database is reported, left untouched, and the reader still works.
printf 'this is not a database, but it is somebody'"'"'s file\n' >"$tmp/bad.db"
cp "$tmp/bad.db" "$tmp/bad.orig"
start 140 30 --notes-db "$tmp/bad.db" "$tmp/article.txt"
check "a corrupt database is reported" wait_for "Notes unavailable"
keys a
check "a says why notes are unavailable" wait_for "Notes are unavailable"
keys q
wait_exit >/dev/null
check "the corrupt file is left untouched" cmp -s "$tmp/bad.db" "$tmp/bad.orig"
finish
