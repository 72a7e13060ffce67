#!/bin/sh
# notes-place: the reading place is the article's and a place that cannot be saved is said.
# An unrelated article saved under an old article's file name starts at the top, and a quit
# there leaves the old article's place (before: it opened at the old place, and its quit put its
# own place over the old one's). A place that cannot be saved (a read-only database, none that
# can be opened) says so in one line on stderr once the terminal is given back and exits 1
# (before: nothing said, status 0); a reader that did not move has nothing to save. Two readers
# quitting at once both keep their places.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/sample.txt"
db=$tmp/notes.db
# a short article of its own, nothing like the sample
k=1
while [ "$k" -le 60 ]; do
	echo "Orchard line $k: growers in the upper valley count the blossom lost to frost." \
		>>"$tmp/orchard.txt"
	echo >>"$tmp/orchard.txt"
	k=$((k + 1))
done
# the article's top line and its paragraph in the header (the panes beside it cut off)
top_line() { screen | sed -n 2p | awk -F'│' '{print $1}' | sed 's/ *$//'; }
top_para() { screen | sed -n 1p | grep -o '¶[0-9]*/[0-9]*'; }
at_place() { line_has 1 "Article  $1 " && line_has 2 "$2"; }

cp "$tmp/sample.txt" "$tmp/story.txt"
start 140 30 --notes-db "$db" "$tmp/story.txt"
wait_for "No notes yet" >/dev/null
keys G
settle
old_top=$(top_line)
old_para=$(top_para)
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]
cp "$tmp/orchard.txt" "$tmp/story.txt"
start 140 30 --notes-db "$db" "$tmp/story.txt"
check "another article under the name starts at the top" poll 15 at_place "¶1/60" "Orchard line 1:"
keys q
wait_exit >/dev/null
cp "$tmp/sample.txt" "$tmp/story.txt"
start 140 30 --notes-db "$db" "$tmp/story.txt"
check "the old article back under its name is where it was left ($old_para)" \
	poll 15 at_place "$old_para" "$old_top"
keys q
wait_exit >/dev/null
# what stays: renamed, an article keeps its place
mv "$tmp/story.txt" "$tmp/renamed.txt"
start 140 30 --notes-db "$db" "$tmp/renamed.txt"
check "a renamed article keeps its place" poll 15 at_place "$old_para" "$old_top"
keys q
wait_exit >/dev/null

# A read-only database: a move cannot be saved; stderr says so and the status is 1.
start 140 30 --notes-db "file:$db?mode=ro" "$tmp/orchard.txt"
wait_for "read-only" >/dev/null
keys G
settle
keys q
check "q after a move exits 1 (read-only)" [ "$(wait_exit)" = 1 ]
check "stderr says the place was not saved" \
	wait_for "dateline: the reading place was not saved: the notes database is read-only"
# what stays: no move, nothing to save, nothing said
start 140 30 --notes-db "file:$db?mode=ro" "$tmp/orchard.txt"
wait_for "read-only" >/dev/null
keys q
check "q without a move exits 0 (read-only)" [ "$(wait_exit)" = 0 ]
check "and nothing is said" screen_lacks "not saved"

# No database can be opened (a home that is a file): the same.
: >"$tmp/homefile"
DL_ENV="HOME=$tmp/homefile XDG_DATA_HOME=" start 140 30 "$tmp/orchard.txt"
wait_for "Notes unavailable" >/dev/null
keys G
settle
keys q
check "q after a move exits 1 (no database)" [ "$(wait_exit)" = 1 ]
check "stderr says why" wait_for "dateline: the reading place was not saved: Not a directory"

# Two readers quit at once: both places are kept.
cp "$tmp/sample.txt" "$tmp/one.txt"
cp "$tmp/orchard.txt" "$tmp/two.txt"
start 140 30 --notes-db "$db" "$tmp/one.txt"
wait_for "No notes yet" >/dev/null
start_b --notes-db "$db" "$tmp/two.txt"
wait_b "Orchard line 1:" >/dev/null
keys G
keys_b G
settle
one_top=$(top_line)
one_para=$(top_para)
sleep 0.5
two_para=$(screen_b | sed -n 1p | grep -o '¶[0-9]*/[0-9]*')
keys q
keys_b q
check "reader one exits 0" [ "$(wait_exit)" = 0 ]
check "reader two exits 0" [ "$(wait_exit_b 45)" = 0 ]
start 140 30 --notes-db "$db" "$tmp/one.txt"
check "reader one's place is kept ($one_para)" poll 15 at_place "$one_para" "$one_top"
keys q
wait_exit >/dev/null
start 140 30 --notes-db "$db" "$tmp/two.txt"
check "reader two's place is kept ($two_para)" poll 15 at_place "$two_para" ""
keys q
wait_exit >/dev/null
finish
