#!/bin/sh
# basic: the reader opens the seed article with its timeline in date order, keeps escape
# sequences from the terminal, draws the sample's golden screens and quits with status 0.
. "$(dirname "$0")/lib.sh"
need_seed

start 140 30 --date 2025-11-08 "$SEED"
check "the reader shows the timeline" wait_for "Timeline  1/10"
screen >/dev/null
order=$(grep -oE '│ (earlier in 2025|Jul|Aug|Sep|Oct 28|Nov 2|Nov 5|Nov 7) ' "$tmp/screen" | sed 's/│ //; s/ $//' | tr '\n' ,)
check "the timeline is in date order ($order)" \
	[ "$order" = "earlier in 2025,Jul,Aug,Sep,Sep,Oct 28,Nov 2,Nov 5,Nov 7,Nov 7," ]
check "the claims pane lists speakers" grep -qF "Huang Renxun stating:" "$tmp/screen"
check "the status bar names the article and the place" grep -qF "¶1/22 · 0%" "$tmp/screen"
keys q
check "q exits with status 0" [ "$(wait_exit)" = 0 ]

# An escape sequence in the article is drawn, never sent: the pane title stays.
printf 'Title line\n\nHostile \033]2;PWNED\007 text and \033[2J a clear, and a bell \007.\n' >"$tmp/esc.txt"
start 80 24 "$tmp/esc.txt"
check "the hostile article is shown" wait_for "Hostile"
check "ESC is drawn visibly" grep -qF '^[]2;PWNED^G' "$tmp/screen"
title=$(tmux -L "$sock" display -p -t t '#{pane_title}')
check "the terminal title is unchanged ($title)" [ "$title" != PWNED ]
keys q
wait_exit >/dev/null

# The built-in sample, golden at 80x24 and 160x45 (standard input is the terminal).
start 80 24
check "the sample opens" wait_for "NVIDIA chief courts China"
check "sample at 80x24" same_screen sample-80x24
keys Tab
check "Tab shows the timeline pane" wait_for "Timeline  1/"
keys BTab
check "Shift-Tab goes back to the article" wait_for "NVIDIA chief courts China"
keys q
wait_exit >/dev/null
start 160 45
check "the sample opens wide" wait_for "Timeline"
check "sample at 160x45" same_screen sample-160x45
keys q
check "q exits 0 again" [ "$(wait_exit)" = 0 ]

# Other terminals: the Linux console, 8 colours, monochrome and NO_COLOR.
for t in linux xterm vt100 xterm-256color; do
	DL_TERM=$t start 80 24
	check "TERM=$t opens" wait_for "NVIDIA chief courts China"
	keys q
	check "TERM=$t quits with 0" [ "$(wait_exit)" = 0 ]
done
DL_ENV="NO_COLOR=1" start 100 24 --date 2025-11-08 "$SEED"
wait_for "Timeline" >/dev/null
keys ']'
wait_for "Event 1/10" >/dev/null
check "NO_COLOR: no colour codes" sh -c "! tmux -L '$sock' capture-pane -e -p -t t | grep -qE '\[3[0-7]m|\[4[0-7]m|38;5'"
keys q
wait_exit >/dev/null

# The key list in docs/keys.md is the action list's.
"$DATELINE" --keys-md >"$tmp/keys.md"
check "docs/keys.md is current (dateline --keys-md > docs/keys.md)" \
	diff -u "$SRCDIR/docs/keys.md" "$tmp/keys.md"
finish
