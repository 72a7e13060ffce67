#!/bin/sh
# notes-rows: the notes pane's rows. A long note on a claim, listed over two lines, reads as
# written: the first line breaks between words and the second goes on from the next one. (What a
# note is on gets less room when the note is long, which moves its words; the row was broken where
# they stood before that, mid-word: "of the int" over "erview", or "rather lo" over "g and goes".)
# A note on a claim names the claim's source, "according to" ones too.
. "$(dirname "$0")/lib.sh"
need_seed

db=$tmp/notes.db
note="Compare with the Reuters account of the interview; their version has the quote in a different order entirely"
start 160 45 --notes-db "$db" "$SEED"
wait_for "No notes yet" >/dev/null
keys Tab Tab
check "the claims pane" wait_for " Claims  1/"
keys a
check "a opens the editor on the claim" wait_for "New note on the claim by "
text "$note"
keys Enter
check "the note is saved" wait_for "Note saved on the claim by "
printf '%s\n' "$note" >"$tmp/note"
lead=$(echo "$note" | cut -d' ' -f1-2)
# row_reads: the notes pane's row, its two lines joined (without the "…" of a cut), is the
# note's own words from its start.
row_reads() {
	screen >/dev/null
	grep -A1 " · $lead" "$tmp/screen" | sed "s/.*│ *//; s/.* · $lead/$lead/; s/…\$//" |
		tr '\n' ' ' | sed 's/ *$//' >"$tmp/row"
	grep -q "^$lead .* [a-z]" "$tmp/row" && grep -qF -- "$(cat "$tmp/row")" "$tmp/note"
}
check "the notes pane lists it over two lines that read as the note" row_reads
# A short note beside it takes one line.
keys j a
check "a on the next claim" wait_for "New note on the claim by "
text "Short one"
keys Enter
check "the short note is saved" wait_for "Note saved on the claim by "
check "the short note is listed on one line after what it is on" \
	grep -qE "│ ¶[0-9]+ claim [^·]+ · Short one\$" "$tmp/screen"
# What a note is on names the claim's source: "according to" went before it and a row cut to its
# room kept only that ("claim According to…"). A claim whose cue is the speaker's verb keeps it
# after the name, on a screen with the room.
check "a note on an according-to claim names its source" \
	grep -qE "│ ¶3 claim Reuters[^·]* · Short one\$" "$tmp/screen"
keys j j a
check "a on a claim two on" wait_for "New note on the claim by "
text "Another"
keys Enter
check "the third note is saved" wait_for "Note saved on the claim by "
resize 80 24
keys Tab
check "the notes tab on a narrow screen" wait_for " Notes  3/3"
check "the speaker and the cue of a claim he said" \
	grep -qE "^ ¶5 claim Huang Renxun also warned · Another\$" "$tmp/screen"
check "the source of an according-to claim" \
	grep -qE "^ ¶3 claim Reuters and Bloomberg · Short one\$" "$tmp/screen"
keys q
check "q leaves the notes tab" wait_for " ¶1/"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]
finish
