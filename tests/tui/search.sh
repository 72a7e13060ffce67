#!/bin/sh
# search: / finds every match (smart case), highlights those on screen, counts them in the
# status bar ("match 2/7"), n and N step and wrap, Esc clears; a soft hyphen inside a word does
# not hide it.
. "$(dirname "$0")/lib.sh"
need_seed

count() { # occurrences of a fixed string in the seed (case-insensitive with -i)
	grep -o $1 -F -- "$2" "$SEED" | wc -l
}
lower=$(count -i "china")
exact=$(count "" "China")
start 140 30 --date 2025-11-08 "$SEED"
wait_for "? help" >/dev/null
keys /
check "/ opens the search prompt" wait_for "/"
text "china"
keys Enter
check "lower case ignores case: match 1/$lower" wait_for "match 1/$lower"
check "matches on screen are highlighted" sh -c \
	"tmux -L '$sock' capture-pane -e -p -t t | grep -q '45m'"
keys n
check "n goes to match 2/$lower" wait_for "match 2/$lower"
keys N N
check "N wraps to the last match" wait_for "match $lower/$lower"
check "the wrap is said" wait_for "continuing at the bottom"
keys g /
text "China"
keys Enter
check "an upper-case letter makes the case count: match 1/$exact" wait_for "match 1/$exact"
keys /
text "zzqqxx"
keys Enter
check "no match is said" wait_for "Pattern not found: zzqqxx"
keys g /
text "Huang"
keys Enter
n_huang=$(count "" "Huang")
check "a new search: match 1/$n_huang" wait_for "match 1/$n_huang"
keys G n
check "n after G goes on from the screen, not from the old match" wait_gone "match 1/$n_huang"
keys Escape
check "Esc clears the search" wait_gone "match "
keys /
text "abc"
keys BSpace BSpace C-w
text "Renxun"
keys Escape
check "Esc cancels a prompt" wait_gone "/Renxun"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]

# A soft hyphen a page set inside a word shows nothing, and the word is found as it reads.
printf 'Talks resume\n\nPrime Minister Benjamin Netan\302\255yahu spoke on Tuesday.\n' >"$tmp/shy.txt"
start 100 20 --format text "$tmp/shy.txt"
wait_for "Talks resume" >/dev/null
keys /
text "Netanyahu spoke"
keys Enter
check "a word with a soft hyphen in it is found" wait_for "match 1/1"
keys /
text "Netanyahu sat"
keys Enter
check "and a search that differs after it is not" wait_for "Pattern not found: Netanyahu sat"
keys q
wait_exit >/dev/null
finish
