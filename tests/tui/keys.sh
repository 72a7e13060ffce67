#!/bin/sh
# keys: ] [ } { jump through events and claims from any pane with the status bar naming each
# (with its year), scrolling keys move the place, ? shows the help (golden) which G scrolls to
# its end, and q, Ctrl-C, SIGTERM and SIGHUP all give the terminal back.
. "$(dirname "$0")/lib.sh"
need_seed

"$DATELINE" --date 2025-11-08 --timeline "$SEED" >"$tmp/timeline"
total=$(wc -l <"$tmp/timeline")
start 140 30 --date 2025-11-08 "$SEED"
wait_for "Timeline  1/" >/dev/null
i=0
visited=
while read -r line; do
	i=$((i + 1))
	label=$(printf '%s\n' "$line" | sed 's/  .*//')
	para=$(printf '%s\n' "$line" | grep -oE '¶[0-9]+$')
	keys ']'
	# The status names the event with its year ("Oct 28, 2025") and its paragraph.
	if wait_for "Event $i/$total · $label" && grep -qE "Event $i/$total · .*2025.* · $para" "$tmp/screen"; then
		visited="$visited$label,"
		ok "] reaches event $i ($label $para)"
	else
		not_ok "] reaches event $i ($label $para)"
	fi
	# The event's sentence is highlighted in the article (yellow background).
	check "event $i is highlighted in the article" sh -c \
		"tmux -L '$sock' capture-pane -e -p -t t | grep -q '43m'"
done <"$tmp/timeline"
case $visited in
*"Oct 28, 2025,Nov 2, 2025,Nov 5, 2025,Nov 7, 2025,"*)
	ok "] visits Oct 28, Nov 2, Nov 5, Nov 7 in order ($visited)" ;;
*) not_ok "] visits Oct 28, Nov 2, Nov 5, Nov 7 in order ($visited)" ;;
esac
keys ']'
check "] past the last event says so" wait_for "No later event"
keys '['
check "[ goes back one" wait_for "Event $((total - 1))/$total"
keys '}'
check "} jumps to the first claim" wait_for "Claim 1/"
keys '}'
check "} jumps to the second claim" wait_for "Claim 2/"
keys '{'
check "{ goes back" wait_for "Claim 1/"

# From a list pane: Tab to the timeline, select, Enter.
keys Tab
check "Tab focuses the timeline" wait_for "Timeline  $((total - 1))/$total"
keys k k Enter
check "Enter in the timeline shows the event" wait_for "Event $((total - 3))/$total"
keys Tab ']'
check "] works from the claims pane" wait_for "Event $((total - 2))/$total"
keys Tab Tab

# Scrolling: g, G, Space, b, j, d.
keys g
check "g goes to the top" wait_for " ¶1/"
keys G
check "G goes to the bottom" wait_for "· 100%"
keys g Space
check "Space pages down" wait_gone " ¶1/"
keys b
check "b pages back up" wait_for " ¶1/"
keys d d d
check "d scrolls half pages" wait_gone "· 0%"

# The mouse (SGR reports as xterm sends them): the wheel scrolls the pane under the pointer,
# a click selects and shows the item.
DL_TERM=xterm-256color start 140 30 --date 2025-11-08 "$SEED"
wait_for "? help" >/dev/null
keys g
wait_for " ¶1/22 · 0%" >/dev/null
text "$(printf '\033[<65;10;5M')"
check "the wheel over the article scrolls it" wait_gone " ¶1/22 · 0%"
text "$(printf '\033[<0;100;5M')"
check "a click on the fourth event selects and shows it" wait_for "Event 4/$total"
text "$(printf '\033[<65;100;20M')"
check "the wheel over the claims pane moves its selection" wait_for "Claims  4/"
keys q
wait_exit >/dev/null

# Help: every action with its keys; golden at 80x24.
start 80 24 --date 2025-11-08 "$SEED"
wait_for "? help" >/dev/null
keys '?'
check "? opens the help" wait_for "dateline keys"
check "help at 80x24" same_screen help-80x24
keys j j j j j j j j j j
check "j scrolls the help" wait_gone "Scroll down a line, or select"
keys G
check "G scrolls the help to its end (the legend)" wait_for "the title of the pane with the focus"
keys g
check "g goes back to its top" wait_for "Scroll down a line, or select"
keys Escape
check "Esc closes the help" wait_gone "dateline keys"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]
check "the terminal is given back (no alternate screen)" \
	[ "$(tmux -L "$sock" display -p -t t '#{alternate_on}')" = 0 ]

# Ctrl-C quits as q does (status 0); SIGTERM and SIGHUP restore the terminal too.
start 80 24 "$SEED"
wait_for "? help" >/dev/null
keys C-c
st=$(wait_exit)
check "Ctrl-C ends the reader as q does ($st)" [ "$st" = 0 ]
check "Ctrl-C gives the terminal back" [ "$(tmux -L "$sock" display -p -t t '#{alternate_on}')" = 0 ]
for sig in TERM:15 HUP:1; do
	num=${sig#*:} sig=${sig%:*}
	start 80 24 "$SEED"
	wait_for "? help" >/dev/null
	kill -s $sig "$(reader_pid)"
	st=$(wait_exit)
	want=$((128 + num))
	check "SIG$sig ends the reader ($st)" [ "$st" = "$want" ]
	check "SIG$sig gives the terminal back" \
		[ "$(tmux -L "$sock" display -p -t t '#{alternate_on}')" = 0 ]
done
finish
