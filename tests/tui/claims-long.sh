#!/bin/sh
# claims-long: a quotation longer than the claims pane's detail area is read whole: the area
# takes rows of the list (which keeps a third of the pane to scroll in) rather than cut the
# quotation at "…" before its last words; a short claim leaves the list its rows.
. "$(dirname "$0")/lib.sh"

art=$tmp/harbour.txt
{
	printf 'Council weighs the harbour plan\n\n'
	printf 'The city council met on Tuesday to debate the harbour plan.\n\n'
	for who in "Mayor Ana Ruiz" "Councillor Tom Hale" "Councillor Mia Ortiz" \
		"Councillor Lee Park" "Treasurer Ivo Marsh" "Clerk Sam Dunn" "Pilot Rosa Vega" \
		"Fisher Joe Kerr" "Dockworker Amy Lowe" "Engineer Raj Patel" "Teacher Eva Moss" \
		"Builder Tim Cole"; do
		printf '"We need more time," said %s.\n\n' "$who"
	done
	printf 'Harbour director Paula Grant said: "This plan has been studied for six years by engineers, economists and the people who work on the water every day, and every one of those studies says the same thing, which is that the harbour cannot keep its ships or its jobs without a deeper channel, a new sea wall and a modern terminal. We have listened to every objection raised in this chamber, we have changed the route of the access road twice, we have cut the cost of the terminal by a fifth, and we have promised that no family will lose its home. If the council waits another year, the shipping lines will move to other ports and they will not come back, and the last thing anyone will remember about this debate is the closing quayside bell."\n\n'
	printf '"We will decide next month," said Mayor Ana Ruiz.\n'
} >"$art"

start 80 24 "$art"
wait_for "Council weighs the harbour plan" >/dev/null
keys Tab Tab
check "Tab Tab shows the claims pane" wait_for " Claims  1/14"
# A short claim: the detail area keeps its size and the list shows thirteen rows.
check "a short claim leaves the list its rows" wait_line 14 "Builder Tim Cole"
check "and the detail area starts under them" wait_line 16 "────"
keys 1 3 g
check "13g selects the long quotation" wait_for " Claims  13/14"
settle
check "the long quotation is read to its last words" \
	grep -qF "bell.”" "$tmp/screen"
check "the long quotation's first words are there too" \
	grep -qF "“This plan has been studied" "$tmp/screen"
check "the list keeps the selected row" grep -qF "Paula Grant said: “This plan" "$tmp/screen"
check "the detail area does not end in a cut" sh -c "! sed -n '/────/,\$p' '$tmp/screen' | grep -qF '…'"
keys k
check "back on a short claim, the list has its rows again" wait_line 16 "────"

# At 160x45 the claims pane shares its column with the timeline and the notes.
resize 160 45
keys 1 3 g
check "at 160x45 too the long quotation is read to its last words" \
	wait_for "bell.”"
finish
