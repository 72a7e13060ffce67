#!/bin/sh
# axis: t draws the timeline to scale (golden at 80x24 and 160x45): ] [ and Enter go through
# the events with the selected one highlighted, a resize keeps the selection in view, t again
# shows the list, an article without a known year lists its events apart, and LANG=C gets the
# axis in ASCII.
. "$(dirname "$0")/lib.sh"
need_seed

start 80 24
wait_for "NVIDIA chief courts China" >/dev/null
keys t
check "t shows the timeline to scale" wait_for " · to scale, a line a "
total=$(screen | sed -n 's/^ Timeline  1\/\([0-9]*\).*/\1/p')
check "the events are counted ($total)" [ "${total:-0}" -gt 3 ]
check "the axis at 80x24" same_screen axis-80x24
check "a long gap is one break line" grep -qE '┆ [0-9]+ (months|years)' "$tmp/screen"
check "events sit on the axis" grep -qF ' ● ' "$tmp/screen"

keys ']'
check "] names the first event" wait_for "Event 1/$total"
keys ']' ']'
check "] ] go on to the third" wait_for "Event 3/$total"
check "the title follows" grep -qF " Timeline  3/$total · to scale" "$tmp/screen"
# The selected event's line is drawn in reverse video (the pane has the focus).
esc=$(printf '\033')
# reverse: the lines in reverse video, their colour codes removed.
reverse() { screen_e | grep "$esc\[[0-9;]*7m" | sed "s/$esc\[[0-9;]*m//g"; }
line=$(reverse | grep -cF ' ● ')
check "one event line is highlighted ($line)" [ "$line" = 1 ]
keys '['
check "[ goes back" wait_for "Event 2/$total"
keys j
check "j selects the next event on the axis" wait_for " Timeline  3/$total"
keys Enter
check "Enter shows the event in the article" wait_for "Event 3/$total"
check "the article is shown" wait_gone " Timeline  3/"
keys Tab
check "Tab comes back to the axis" wait_for " Timeline  3/$total · to scale"

# A resize keeps the selection, and its line in view.
summary=$(reverse | grep -F ' ● ' | sed 's/.* ● [^ ]* *//' | cut -c1-20)
check "the selected event's words are read ($summary)" [ -n "$summary" ]
resize 160 45
check "at 160x45 the axis stays, event 3 selected" wait_for " Timeline  3/$total · to scale"
check "the axis at 160x45" same_screen axis-160x45
resize 50 14
check "at 50x14 the selection is kept" wait_for " Timeline  3/$total"
check "and its line is on screen ($summary)" wait_for "$summary"
keys G
check "G selects the last event" wait_for " Timeline  $total/$total"
check "its line is on screen, highlighted" [ "$(reverse | grep -cF ' ● ')" = 1 ]
resize 80 24
check "back at 80x24 the last event is still selected" wait_for " Timeline  $total/$total"
keys t
check "t again shows the list" wait_gone " · to scale"
check "the selection is kept in the list" wait_for " Timeline  $total/$total"
keys q q # the first leaves the timeline tab
check "q exits 0" [ "$(wait_exit)" = 0 ]

# LANG=C: the axis's marks in ASCII.
DL_ENV="LANG=C" start 80 24 "$SRCDIR/data/sample.txt"
wait_for "The locale is not UTF-8" >/dev/null
keys t
check "LANG=C: the axis shows" wait_for " - to scale, a line a "
check "LANG=C: events on the axis as *" grep -qE '^ +([0-9]{4} +)?([A-Z][a-z]{2} )?\* ' "$tmp/screen"
check "LANG=C: a break as :" grep -qE '^ +: [0-9]+ (months|years)' "$tmp/screen"
check "LANG=C: no box or bullet character" sh -c "! grep -q -e '●' -e '┆' -e '│' '$tmp/screen'"
keys q q
wait_exit >/dev/null

# The seed without --date: its years are unknown, its events listed apart.
start 80 24 "$SEED"
wait_for "? help" >/dev/null
keys t
check "t on the seed without a date" wait_for " Timeline  1/"
check "the events without a year are listed apart" wait_for "Year unknown"
keys q q
wait_exit >/dev/null
finish
