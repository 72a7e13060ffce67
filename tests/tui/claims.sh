#!/bin/sh
# claims: the claims pane in a real terminal: the selected claim in full in a detail area (golden
# at 80x24), a pronoun speaker with its name, s filters the pane by the selected claim's speaker
# (the title and the status line say so and how many match, every row is that speaker's, s and
# Esc clear it), S groups the claims by speaker with counts that add up, most first (golden at
# 160x45); a long cue is cut before its kind ("(paraphrase)") is, and the detail area's heading
# wraps rather than cut it; a claim with no speaker reads "(no speaker) asked", an
# unresolved "They" is marked so and grouped with nobody's claims; a word is never cut across a
# row's two lines.
. "$(dirname "$0")/lib.sh"

# The built-in sample at 80x24: one pane at a time.
start 80 24
wait_for "NVIDIA chief courts China" >/dev/null
keys Tab
check "Tab shows the timeline pane" wait_for " Timeline  1/"
# Twelve events in 21 rows: the rows left over carry the summaries that do not fit in one.
check "the rows the timeline leaves wrap its long summaries" \
	grep -qE "^         [a-z]" "$tmp/screen"
keys Tab
check "Tab Tab shows the claims pane" wait_for " Claims  1/"
total=$(screen | sed -n 's/^ Claims  1\/\([0-9]*\).*/\1/p')
check "the claims are counted ($total)" [ "${total:-0}" -gt 5 ]
check "the detail area at 80x24" same_screen claims-80x24
# The detail area holds what the row cuts: the row ends in "…", the claim's last words are below.
first=$(sed -n 3p "$tmp/screen")
case $first in
*…) ok "the first row is cut at the pane's width" ;;
*) not_ok "the first row is cut at the pane's width ($first)" ;;
esac
check "the detail area has the claim's last words" grep -qF "longtime chip manufacturer" "$tmp/screen"

# A speaker the article calls "He": the name, and the pronoun as written.
found=
k=1
while [ "$k" -le "$total" ]; do
	if screen | grep -qF '(“He”) added · paraphrase'; then
		found=$k
		break
	fi
	keys j
	k=$((k + 1))
	wait_for " Claims  $k/" >/dev/null
done
check "a claim whose speaker is written \"He\" shows the name and the pronoun (claim ${found:-none})" \
	[ -n "$found" ]

# s: only this speaker's claims.
keys s
check "s says the filter is on" wait_for " Only "
status=$(screen | tail -1)
name=$(printf '%s\n' "$status" | sed -n 's/^ Only \(.*\): \([0-9]*\) of \([0-9]*\) claims.*/\1/p')
count=$(printf '%s\n' "$status" | sed -n 's/^ Only \(.*\): \([0-9]*\) of \([0-9]*\) claims.*/\2/p')
check "the status line names the speaker and how many claims match ($name: $count of $total)" \
	[ -n "$name" ] && [ "${count:-0}" -ge 2 ] && [ "$count" -lt "$total" ]
check "the title says so" grep -qE "^ Claims  [0-9]+/$count of $total · only $name" "$tmp/screen"
rows=$(sed -n "3,$((2 + count))p" "$tmp/screen")
others=$(printf '%s\n' "$rows" | grep -vcE "^ (↳ )?(According to )?$name[ ,]")
check "every row listed is $name's ($others others)" [ "$others" = 0 ]
after=$(sed -n "$((3 + count))p" "$tmp/screen" | tr -d ' ─')
check "no row after them ($after)" [ -z "$after" ]
keys j
check "the status line keeps saying it" wait_for "· only $name: "
keys Escape
check "Esc shows every claim again" wait_gone "of $total · only $name"
check "the title counts them all" grep -qE "^ Claims  [0-9]+/$total\$" "$tmp/screen"
keys s
check "s again filters" wait_for "only $name"
keys s
check "and s once more shows all" wait_for "All $total claims"

# From the article: } selects a claim, s filters by it and brings the claims pane forward.
keys Tab Tab
check "Tab Tab back to the article" wait_for "¶1/"
keys '}'
check "} jumps to a claim" wait_for "Claim 1/$total"
keys s
check "s from the article shows the claims pane, filtered" wait_for " Claims  1/"
check "filtered by the first claim's speaker" wait_for " Only "
keys q q # the first leaves the claims tab
check "q exits 0" [ "$(wait_exit)" = 0 ]

# S: grouped by speaker, tall enough to see every group.
start 80 60
wait_for "NVIDIA chief courts China" >/dev/null
keys Tab Tab S
check "S groups the claims by speaker" wait_for " speakers"
screen >/dev/null
speakers=$(sed -n 's/^ Claims  [0-9]*\/[0-9]* · \([0-9]*\) speakers.*/\1/p' "$tmp/screen")
# Headings start at the row's first column, the claims under them are indented.
sed -n '3,$p' "$tmp/screen" | sed '/^─/,$d' | grep -E '^ [^ ].* \([0-9]+\)$' >"$tmp/heads"
nheads=$(wc -l <"$tmp/heads")
sum=$(sed 's/.*(\([0-9]*\))$/\1/' "$tmp/heads" | awk '{ s += $1 } END { print s + 0 }')
check "one heading per speaker ($nheads of $speakers)" [ "$nheads" = "$speakers" ]
check "the counts add up to the claims ($sum of $total)" [ "$sum" = "$total" ]
sorted=$(grep -v '^ Unattributed ' "$tmp/heads" | sed 's/.*(\([0-9]*\))$/\1/' | sort -rn | paste -sd,)
order=$(grep -v '^ Unattributed ' "$tmp/heads" | sed 's/.*(\([0-9]*\))$/\1/' | paste -sd,)
check "the most claims first ($order)" [ "$order" = "$sorted" ]
keys S
check "S again lists them in order" wait_gone " speakers"
keys q q
wait_exit >/dev/null

# A cue too long for its share of the row gives way to its kind, which is never cut: the row
# says "(paraphrase)" whole, the cue ends in "…".
printf '%s\n\n%s\n' "Harbor plan splits the council" \
	"Mayor Ellen Park repeatedly and publicly accused the harbor board of hiding the cost of the new pier from residents." \
	>"$tmp/long-cue.txt"
start 100 30 --format text "$tmp/long-cue.txt"
check "a long cue in the wide layout" wait_for " Claims  1/1"
row=$(grep -F "Ellen Park" "$tmp/screen" | grep -F "(para" | sed "s/.*│ //")
case $row in
*"… (paraphrase): "*) ok "the cue is cut, its kind is whole ($row)" ;;
*) not_ok "the cue is cut, its kind is whole ($row)" ;;
esac
# (the speaker as written, "Mayor Ellen Park", is the name with its title: shown once)
check "the detail area's heading goes on under the speaker, its kind whole" \
	grep -qE "^ +│ +· paraphrase · ¶2" "$tmp/screen"
check "the titled speaker is named once, with the cue after it" \
	grep -qE "│ Mayor Ellen Park publicly accused *$" "$tmp/screen"
keys q
wait_exit >/dev/null

# A long speaker and cue leave no room for the first word on the row's first line: the word
# starts the second line whole, never "Huan" over "g Renxun".
start 120 40
wait_for "NVIDIA chief courts China" >/dev/null
keys Tab Tab
check "the claims pane at 120 columns" wait_for " Claims  1/"
check "a word too long for the first line starts the second, or the name fits whole" \
	grep -qE "(│   Huang Renxun \(黄仁勋\), the chief|[(]paraphrase[)]: Huang Renxun *\$)" "$tmp/screen"
check "no word is cut across the two lines" eval '! grep -qE "[(]paraphrase[)]: Huan\$" "$tmp/screen"'
keys q q
wait_exit >/dev/null

# A claim with a cue and no speaker says so where the name stands, never "Asked" as if that
# were someone; the detail area sets the cue apart from "(no speaker)"; grouped, the row
# under "Unattributed" keeps the cue.
printf '%s\n\n%s\n' "Harbor board faces questions" \
	"At the hearing, she was asked whether the cost of the pier would fall. \"We will publish it,\" Mayor Ellen Park said." \
	>"$tmp/asked.txt"
start 160 30 --format text "$tmp/asked.txt"
check "a speakerless claim" wait_for " Claims  1/2"
check "its row says it has no speaker" \
	grep -qF "│ (no speaker) asked (paraphrase): whether the cost of the pier" "$tmp/screen"
check "the detail area sets its cue apart" \
	grep -qF "│ (no speaker) · was asked · paraphrase · ¶2" "$tmp/screen"
check "the named speaker's row is as it was" grep -qF "│ Ellen Park said: “We will publish it”" \
	"$tmp/screen"
keys Tab Tab Enter
check "Enter's status line says it has no speaker" wait_for "Claim 1/2 · (no speaker) · ¶2"
keys S
check "grouped, it is Unattributed's" wait_for "│ Unattributed (1)"
check "and its row keeps the cue" grep -qF "│   asked (paraphrase): whether the cost of the pier" \
	"$tmp/screen"
keys q
wait_exit >/dev/null

# A pronoun nobody resolved is marked in its row and names nobody: two "They" in different
# paragraphs are not grouped as one speaker, and the detail area shows the word as written.
printf '%s\n\n%s\n\n%s\n\n%s\n' "Harbour plan" "They said the plan was rushed." \
	"The harbour board said the plan was sound." "Later, they said the vote was a mistake." \
	>"$tmp/they.txt"
start 160 30 --format text "$tmp/they.txt"
check "unresolved pronouns" wait_for " Claims  1/3"
check "the row marks the pronoun" \
	grep -qF "│ They (unresolved) said (paraphrase): the plan was rushed" "$tmp/screen"
check "the detail area names nobody, the pronoun as written" \
	grep -qF "│ (no speaker) (“They”) · said · paraphrase · ¶2" "$tmp/screen"
check "a named speaker's row is as it was" \
	grep -qF "│ The harbour board said (paraphrase): the plan was sound" "$tmp/screen"
keys S
check "grouped" wait_for " speakers"
check "the two are no speaker's, not one speaker's" grep -qF "│ Unattributed (2)" "$tmp/screen"
check "no group named They" eval '! grep -qiE "│ They \([0-9]+\)" "$tmp/screen"'
keys q
wait_exit >/dev/null

# One speaker is counted in the singular, in the status and the pane's title.
printf '%s\n\n%s\n\n%s\n' "Pier vote" "The harbour board said the plan was sound." \
	"The harbour board said the vote was fair." >"$tmp/one.txt"
start 100 30 --format text "$tmp/one.txt"
check "one speaker's claims" wait_for " Claims  1/2"
keys S
check "grouped under one speaker" wait_for "Claims by speaker: 1 speaker (S lists"
check "the title counts one speaker" grep -qF " · 1 speaker" "$tmp/screen"
keys q
wait_exit >/dev/null

# A name shown as its article writes it but for "The" is not shown twice in the detail area;
# a pronoun still is.
printf '%s\n\n%s\n\n%s\n' "Tax vote" \
	"The U.S. Chamber of Commerce said the tax was a mistake. It said the vote was rushed." \
	"The harbour board said the plan was sound." >"$tmp/the.txt"
start 120 30 --format text "$tmp/the.txt"
check "a name with its article" wait_for " Claims  1/3"
check "the detail area names it once" \
	grep -qF "│ U.S. Chamber of Commerce said · paraphrase · ¶2" "$tmp/screen"
keys Tab Tab j
check "the pronoun is still shown as written" \
	wait_for "│ U.S. Chamber of Commerce (“It”) said"
keys q
wait_exit >/dev/null

# The wide layout, grouped: golden at 160x45.
start 160 45
wait_for "Timeline" >/dev/null
keys S
check "S in the wide layout" wait_for " speakers"
check "grouped at 160x45" same_screen claims-grouped-160x45
keys q
check "q exits 0 again" [ "$(wait_exit)" = 0 ]
finish
