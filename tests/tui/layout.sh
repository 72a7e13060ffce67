#!/bin/sh
# layout: the reader's screen rendered without a terminal (--dump) at widths 20, 21, 40, 80 and
# 120 for an article with CJK, combining marks, emoji (with joiners and selectors), control
# characters and a right-to-left override, compared with tests/tui/layout-W.screen.
. "$SRCDIR/tests/lib.sh"
{
	printf 'Unicode layout: 漢字, café and 👩‍👩‍👧\n\n'
	printf '東京都は2025年11月7日に新しい計画を発表した。市長は「準備はできている」と述べた。\n\n'
	printf 'Combining marks: cafe\314\201, n\314\203o, Zo\303\253 and a\314\212\314\201ngstr\303\266m; '
	printf 'Vietnamese: Vi\341\273\207t Nam, ti\341\272\277ng Vi\341\273\207t.\n\n'
	printf 'Emoji: a family 👨‍👩‍👧‍👦, a flag 🇫🇷, a heart ❤️, skin tones 👍🏽, and plain 😀🎉🚀 '
	printf 'between words, then a very-long-hyphenated-compound-word-that-must-break-somewhere.\n\n'
	printf 'Hostile: an escape \033[31mred\033[0m, a bell \007, a tab\there, DEL \177, '
	printf 'a C1 \302\233 and an override \342\200\256reversed\342\200\254 text.\n\n'
	printf '한국어 문장도 띄어쓰기로 줄을 바꿉니다. 全角ＡＢＣ１２３ and ｶﾀｶﾅ.\n'
} >"$tmp/article.txt"
for w in 20 21 40 80 120; do
	"$DATELINE" --dump --width $w --height 16 "$tmp/article.txt" >"$tmp/out" 2>"$tmp/err"
	st=$?
	if [ "${UPDATE:-0}" = 1 ]; then cp "$tmp/out" "$SRCDIR/tests/tui/layout-$w.screen"; fi
	if [ $st -ne 0 ]; then
		not_ok "width $w: exit $st" "$tmp/err"
	elif [ -s "$tmp/err" ]; then
		not_ok "width $w: something on stderr" "$tmp/err"
	elif ! diff -u "$SRCDIR/tests/tui/layout-$w.screen" "$tmp/out" >"$tmp/diff"; then
		not_ok "width $w differs from layout-$w.screen" "$tmp/diff"
	else
		ok "width $w"
	fi
	wide=$(while IFS= read -r l; do printf '%s' "$l" | wc -L; done <"$tmp/out" | sort -n | tail -1)
	if [ "$wide" -le "$w" ]; then ok "width $w: no line is wider ($wide)"
	else not_ok "width $w: a line is $wide columns"; fi
done
if "$DATELINE" --dump --width 80 --height 16 "$tmp/article.txt" | grep -q "$(printf '\033')"; then
	not_ok "an escape character reached the output"
else
	ok "no escape character reaches the output"
fi

# A line broken at a soft hyphen shows a hyphen there ("Donaudampf-" over "schiff..."), within the
# width; a soft hyphen inside a line shows nothing.
printf 'Die Donau\302\255dampf\302\255schiff\302\255fahrts\302\255gesellschaft fuhr ab.\n' \
	>"$tmp/shy.txt"
for w in 20 21 22 24 26; do
	"$DATELINE" --dump --width $w --height 8 "$tmp/shy.txt" >"$tmp/out" 2>"$tmp/err"
	sed -n '2,6p' "$tmp/out" | sed 's/ *$//' >"$tmp/lines"
	joined=$(tr -d '\n -' <"$tmp/lines")
	wide=$(while IFS= read -r l; do printf '%s' "$l" | wc -L; done <"$tmp/out" | sort -n | tail -1)
	if ! grep -q -- '[a-z]-$' "$tmp/lines"; then
		not_ok "width $w: a line broken at a soft hyphen ends with -" "$tmp/out"
	elif [ "$joined" != "DieDonaudampfschifffahrtsgesellschaftfuhrab." ]; then
		not_ok "width $w: the words are all there and nothing else ($joined)" "$tmp/out"
	elif [ "$wide" -gt "$w" ]; then
		not_ok "width $w: a line is $wide columns" "$tmp/out"
	else
		ok "width $w: a break at a soft hyphen shows a hyphen"
	fi
done
finish
