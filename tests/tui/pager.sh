#!/bin/sh
# pager: the habits of less, vim and tig: h is help; a count before a key (5j moves as five j,
# 3] as three ], 10G to paragraph 10); the jump list (three ] then three Ctrl-O come back to the
# first screen, Ctrl-N forward again, '' to the last place); q and Esc leave a list's tab at
# 80x24 before quitting; n after Esc; a hint for a key that does nothing; search that folds
# typographic apostrophes, with a history on Up.
. "$(dirname "$0")/lib.sh"

sample=$tmp/sample.txt
cp "$SRCDIR/data/sample.txt" "$sample"
# The article's lines on screen at 80x24 (the tab line and the status line left out).
article() { screen | sed '1d;$d'; }
# same_article FILE: the article's lines equal FILE within a few seconds (keys are handled in
# their time on a loaded machine).
article_is() {
	article >"$tmp/now"
	cmp -s "$1" "$tmp/now"
}
same_article() { poll 5 article_is "$1"; }

start 80 24 --date 2025-11-08 "$sample"
wait_for "? help" >/dev/null
keys h
check "h shows the help" wait_for "dateline keys"
keys q
check "q closes the help, not the reader" wait_for "? help"
keys :
text "help"
keys Enter
check ":help shows it too" wait_for "dateline keys"
keys G
check "G shows its last line" wait_for "the title of the pane with the focus"
keys Escape

# 5j moves as five j.
keys g
wait_for " ¶1/11 · 0%" >/dev/null
article >"$tmp/top"
keys 5 j
wait_gone " ¶1/11 · 0%" >/dev/null
screen >/dev/null
settle
sed '1d;$d' "$tmp/screen" >"$tmp/five"
check "and they did move" sh -c "! cmp -s '$tmp/top' '$tmp/five'"
keys g j j j j j
check "5j moves as five j" same_article "$tmp/five"
keys 5 G
check "5G goes to paragraph 5" wait_for " ¶5/11"
keys g 3 ']'
check "3] goes to the third event" wait_for "Event 3/"
keys q
wait_exit >/dev/null

# Three ] then three Ctrl-O: back on the first screen; Ctrl-N forward; '' to the last place. (A
# database of its own: the article opens at its top.)
start 80 24 --notes-db "$tmp/jumps.db" --date 2025-11-08 "$sample"
wait_for " ¶1/11 · 0%" >/dev/null
article >"$tmp/first"
keys ']'
wait_for "Event 1/" >/dev/null
keys ']'
wait_for "Event 2/" >/dev/null
keys ']'
wait_for "Event 3/" >/dev/null
article >"$tmp/third"
keys C-o C-o C-o
check "three ] then three Ctrl-O come back to the first screen" same_article "$tmp/first"
keys C-o
check "a fourth Ctrl-O says there is no older place" wait_for "No older place"
keys C-n C-n C-n
check "Ctrl-N goes forward again to the third event's screen" same_article "$tmp/third"
keys g
wait_for " ¶1/11 · 0%" >/dev/null
keys "'" "'"
check "'' goes back to the place before g" same_article "$tmp/third"
keys "'" "'"
check "'' again returns" same_article "$tmp/first"

# On the tabbed layout q, Esc, Backspace and Left on the Timeline tab go back to the article.
keys g
for k in q Escape BSpace Left; do
	keys Tab
	wait_for "Timeline  " >/dev/null
	keys "$k"
	check "$k on the Timeline tab goes back to the article" wait_for "NVIDIA chief courts China"
done
check "and the reader is still there" [ ! -f "$tmp/status" ]

# n after Esc; a key that does nothing; search history.
keys /
text "china"
keys Enter
wait_for "match 1/" >/dev/null
keys Escape
check "Esc hides the matches" wait_gone "match 1/"
keys n
check "n after Esc goes on to the next match" wait_for "match 2/"
keys x
check "a key that does nothing says so, with the way to help" wait_for "x does nothing here · ? for help"
keys / Up
check "Up in the search prompt recalls the last search" wait_for "/china"
keys Escape q
check "q quits from the article (0)" [ "$(wait_exit)" = 0 ]

# A search for NVIDIA’s (a typographic apostrophe) finds the sample's NVIDIA's.
want=$(grep -o "NVIDIA's" "$SRCDIR/data/sample.txt" | wc -l)
start 80 24 --date 2025-11-08 "$sample"
wait_for "? help" >/dev/null
keys /
text "NVIDIA’s"
keys Enter
check "NVIDIA’s finds every NVIDIA's ($want)" wait_for "/$want · 2025-11-08"
keys q
wait_exit >/dev/null
finish
