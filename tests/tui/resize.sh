#!/bin/sh
# resize: a resize keeps the text at the top, tiny sizes show "terminal too small" and never
# crash, and a CJK and emoji paragraph wrapped at 50 columns loses no character.
. "$(dirname "$0")/lib.sh"
need_seed

start 140 30 --date 2025-11-08 "$SEED"
wait_for "Timeline  1/" >/dev/null
keys ']' ']' ']' ']' ']' ']'
wait_for "Event 6/" >/dev/null
keys Escape
wait_for "? help" >/dev/null
keys j
wait_change >/dev/null
keys j
wait_change >/dev/null
# The first line of the article: under its title line on a wide screen.
top=$(sed -n 2p "$tmp/screen" | cut -c2-83 | sed 's/ *$//')
first=$(printf '%s\n' "$top" | awk '{print $1, $2, $3}')
resize 90 24
check "at 90x24 the tab line shows" wait_for "Article"
check "at 90x24 the place is kept ('$first' near the top)" \
	sh -c "tmux -L '$sock' capture-pane -p -t t | sed -n 2,3p | tr -s ' \n' '  ' | grep -qF '$first'"
resize 140 30
check "back at 140x30 the same line is at the top" wait_line 2 "$top"
for size in 19x6 20x5 1x1 5x30 200x3 20x6 21x7 99x10 100x10; do
	resize "${size%x*}" "${size#*x}"
	case $size in
	1x1|5x30) resize 80 24; check "alive after $size" wait_for "? help" ;;
	19x6|20x5|200x3) check "$size says the terminal is too small" wait_for "too small" ;;
	*) check "$size draws the reader" wait_for "¶" ;;
	esac
done
resize 80 24
check "still alive at 80x24" wait_for "? help"
keys q
check "q exits 0 after all that" [ "$(wait_exit)" = 0 ]

# The place is remembered across runs (in the notes database).
start 100 24 --date 2025-11-08 "$SEED"
wait_for "? help" >/dev/null
keys g d d d
wait_gone " ¶1/" >/dev/null
place=$(screen | tail -1 | grep -oE '¶[0-9]+/[0-9]+ · [0-9]+%')
first_line=$(sed -n 2p "$tmp/screen")
keys q
wait_exit >/dev/null
start 100 24 --date 2025-11-08 "$SEED"
check "the place is remembered ($place)" wait_for "$place"
check "the same line is at the top" sh -c "tmux -L '$sock' capture-pane -p -t t | sed -n 2p | grep -qxF -- '$first_line'"
keys q
wait_exit >/dev/null

# CJK, emoji and combining marks wrapped at 50 columns: every character is still on screen.
para='日本語の文章は単語の間に空白がありません。中文句子也没有空格，但是可以在任何汉字之间换行。한국어는 띄어쓰기를 합니다. Emoji 😀 🎉 🚀 sit between words 🌍🌎🌏 and café, naïve, résumé and Zoë (combining: cafe'"$(printf '\314\201')"' and n'"$(printf '\314\203')"'o) must survive; 全角テキスト１２３ and ｶﾀｶﾅ too.'
printf 'Wrapping test\n\n%s\n' "$para" >"$tmp/cjk.txt"
start 50 24 "$tmp/cjk.txt"
wait_for "Wrapping test" >/dev/null
screen >/dev/null
got=$(sed -n '4,$p' "$tmp/screen" | sed '$d' | tr -d ' \n')
want=$(printf '%s' "$para" | tr -d ' \n')
check "no character is lost at 50 columns" [ "$got" = "$want" ]
wide=$(sed -n '4,$p' "$tmp/screen" | sed '$d' | awk '{ if (length($0) > 0) print }' | while IFS= read -r l; do
	printf '%s' "$l" | wc -L; done | sort -n | tail -1)
check "no line is wider than 50 columns ($wide)" [ "$wide" -le 50 ]
keys q
wait_exit >/dev/null
finish
