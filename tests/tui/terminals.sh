#!/bin/sh
# terminals: a terminal that cannot show the reader (TERM=dumb, unknown, unset) gets a dateline:
# message and status 2, never a blank screen; LANG=C and an 8-colour terminal get ASCII borders
# and "..."; NO_COLOR keeps every mark apart with attributes and shows the focused pane; at
# 200x50 the article keeps a readable measure and the lists take the rest, wrapping rows.
. "$(dirname "$0")/lib.sh"

sample=$tmp/sample.txt
cp "$SRCDIR/data/sample.txt" "$sample"
msg="cannot show the reader; use --timeline, --claims or --text"
for t in dumb no-such-terminal-here; do
	DL_TERM=$t start 160 24 "$sample"
	st=$(wait_exit)
	check "TERM=$t exits with status 2 ($st)" [ "$st" = 2 ]
	check "TERM=$t says why, as dateline" wait_for "dateline: terminal '$t' $msg"
	check "TERM=$t: no curses message" sh -c "! grep -q 'Error opening terminal' '$tmp/screen'"
done
# TERM unset: lib.sh always sets it, so this one runs the reader itself.
rm -f "$tmp/status"
tmux -L "$sock" kill-server 2>/dev/null
cat >"$tmp/unset.sh" <<EOS
#!/bin/sh
env -i PATH="$PATH" HOME="$tmp/home" LANG=C.UTF-8 "$DATELINE" "$sample"
echo \$? >"$tmp/status.tmp"; mv "$tmp/status.tmp" "$tmp/status"
sleep 60
EOS
sleep 0.3
tmux -L "$sock" -f /dev/null new-session -d -s t -x 160 -y 24 sh "$tmp/unset.sh"
st=$(wait_exit)
check "TERM unset exits with status 2 ($st)" [ "$st" = 2 ]
check "TERM unset says why" wait_for "dateline: TERM is not set"

# LANG=C: the reader's borders and marks in ASCII, "..." for a cut row.
DL_ENV="LANG=C" start 120 30 --date 2025-11-08 "$sample"
wait_for "Timeline" >/dev/null
screen >/dev/null
check "LANG=C: the border is ASCII" grep -q ' | Timeline' "$tmp/screen"
check "LANG=C: no box character and no ?-for-│" sh -c "! grep -q -e '│' -e ' ? Timeline' '$tmp/screen'"
check "LANG=C: cut rows end in ..." grep -q '\.\.\.$' "$tmp/screen"
check "LANG=C: the title line's paragraph sign is ASCII" grep -q '^ Article  #1/11 ' "$tmp/screen"
keys q
wait_exit >/dev/null

# An 8-colour terminal (the Linux console): ASCII borders and "...", the article as it is.
DL_TERM=linux start 120 30 --date 2025-11-08 "$sample"
wait_for "Timeline" >/dev/null
screen >/dev/null
check "TERM=linux: the border is ASCII" grep -q ' | Timeline' "$tmp/screen"
check "TERM=linux: cut rows end in ..." grep -q '\.\.\.$' "$tmp/screen"
check "TERM=linux: the article keeps its characters" grep -qF 'TAIPEI — Huang Renxun (黄仁勋)' "$tmp/screen"
keys q
wait_exit >/dev/null

# NO_COLOR: dates underlined, claims dim, matches reversed, noted passages italic; the focused
# pane's title reversed, the others' underlined.
DL_ENV="NO_COLOR=1" start 120 30 --notes-db "$tmp/nc.db" --date 2025-11-08 "$sample"
wait_for "Timeline" >/dev/null
keys j j a
text "a note"
keys Enter
wait_for "Note saved" >/dev/null
keys g /
text "Huang"
keys Enter
wait_for "match 1/" >/dev/null
screen_e >"$tmp/esc"
check "NO_COLOR: no colour at all" sh -c "! grep -qE '\[3[0-7]m|\[4[0-7]m|38;5' '$tmp/esc'"
check "NO_COLOR: a date is underlined" grep -qE '\[4mNovember 7' "$tmp/esc"
check "NO_COLOR: a claim is dim" grep -qE '\[2m' "$tmp/esc"
check "NO_COLOR: a noted passage is italic" grep -qE '\[3m\*?By the dateline' "$tmp/esc"
check "NO_COLOR: a match is reversed" grep -qE '\[7mHuang' "$tmp/esc"
check "NO_COLOR: noted lines are marked in the margin" sh -c "tmux -L '$sock' capture-pane -p -t t | grep -q '^\*By the dateline'"
check "NO_COLOR: the article's title line shows its focus (reverse)" \
	sh -c "head -1 '$tmp/esc' | grep -qE '\[1;7m Article|\[7;1m Article|\[7m\[1m Article|\[1m\[7m Article'"
keys Escape Tab
# Tab changes only the titles' attributes, which wait_for does not see: the title line is read
# once it has changed and two captures 50 ms apart agree.
head -1 "$tmp/esc" >"$tmp/prev"
moved=0
i=0
while [ $i -lt 300 ]; do
	sleep 0.05
	screen_e | head -1 >"$tmp/esc2"
	if ! cmp -s "$tmp/esc2" "$tmp/prev"; then
		moved=1
		cp "$tmp/esc2" "$tmp/prev"
	elif [ $moved = 1 ]; then
		break
	fi
	i=$((i + 1))
done
check "NO_COLOR: Tab moves the reversed title to the timeline" \
	sh -c "head -1 '$tmp/esc2' | grep -qE '(\[1;7m|\[7;1m|\[7m\[1m|\[1m\[7m) Timeline'"
check "NO_COLOR: and the article's title is underlined then" \
	sh -c "head -1 '$tmp/esc2' | grep -qE '(\[1;4m|\[4;1m|\[4m\[1m|\[1m\[4m) Article'"
keys q
wait_exit >/dev/null

# 200x50: the article at most about 100 columns, the rest to the lists; rows wrapped onto a
# second line where there is room.
start 200 50 --date 2025-11-08 "$sample"
wait_for "Timeline" >/dev/null
screen >/dev/null
col=$(sed -n 2p "$tmp/screen" | awk -F'│' '{print length($1)}')
check "at 200x50 the article pane is at most about 100 columns ($col)" [ "$col" -le 101 ]
check "at 200x50 the lists are wider than 90 columns" [ "$col" -le 109 ]
check "a claim's row goes on on a second line" sh -c "grep -E '│ {2,}[a-z]' '$tmp/screen' | grep -q ."
longest=$(sed '$d' "$tmp/screen" | sed 's/│.*//' | while IFS= read -r l; do printf '%s' "$l" | wc -L; done |
	sort -n | tail -1)
check "no article line runs past the measure ($longest)" [ "$longest" -le 101 ]
keys q
wait_exit >/dev/null
finish
