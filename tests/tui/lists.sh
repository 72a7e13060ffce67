#!/bin/sh
# lists: a bulleted list in a plain-text article is drawn an item to a row (or rows), its bullet
# in the margin and its wrapped lines under its text, with no blank line between items; the same
# list as Markdown and as HTML is drawn the same; the layout at width 40 equals lists-40.screen.
. "$(dirname "$0")/lib.sh"

{
	printf 'Harbour town, Nov. 3, 2025\n\n'
	printf 'The mayor spoke on Monday. She said:\n\n'
	printf '* the budget will pass before the winter recess of the council\n'
	printf '* taxes will not rise\n'
	printf '* the bridge opens in May\n\n'
	printf 'The clerk read the order:\n'
	printf '1. close the old ferry dock\n'
	printf '2. paint the railings of\n   the north pier\n\n'
	printf 'In 2025 the harbour was busy - busier\n- than ever, said the clerk.\n'
} >"$tmp/list.txt"
{
	printf '# Harbour town\n\nThe mayor spoke on Monday. She said:\n\n'
	printf -- '- the budget will pass\n- taxes will not rise\n'
} >"$tmp/list.md"
{
	printf '<html><head><title>Harbour town</title></head><body><article>'
	printf '<p>The mayor spoke on Monday in the old hall by the harbour. She said:</p>'
	printf '<ul><li>the budget will pass</li><li>taxes will not rise</li></ul>'
	printf '<p>The hall emptied slowly after the meeting, as it always does in winter.</p>'
	printf '</article></body></html>\n'
} >"$tmp/list.html"

# The layout without a terminal.
"$DATELINE" --dump --width 40 --height 20 "$tmp/list.txt" >"$tmp/out" 2>"$tmp/err"
if [ "${UPDATE:-0}" = 1 ]; then cp "$tmp/out" "$SRCDIR/tests/tui/lists-40.screen"; fi
if diff -u "$SRCDIR/tests/tui/lists-40.screen" "$tmp/out" >"$tmp/diff" && [ ! -s "$tmp/err" ]; then
	ok "width 40 equals lists-40.screen"
else
	not_ok "width 40 differs from lists-40.screen" "$tmp/diff"
fi

start 100 30 "$tmp/list.txt"
check "the article opens" wait_for "She said:"
screen >/dev/null
check "each item has a row of its own" grep -q '^ • taxes will not rise  *│' "$tmp/screen"
check "the next item follows with no blank line" \
	sh -c "grep -A1 '^ • taxes will not rise' '$tmp/screen' | grep -q '^ • the bridge opens in May'"
check "a numbered item keeps its number" grep -q '^ 1\. close the old ferry dock' "$tmp/screen"
check "a line that carries an item on joins it" grep -q '^ 2\. paint the railings of the north pier' "$tmp/screen"
check "a hyphen that only starts a line is no bullet" grep -q 'busy - busier - than ever' "$tmp/screen"
check "the claims pane gives an item its speaker: the mayor, for the \"She\" that follows her" grep -q 'the mayor said (paraphrase): taxes' "$tmp/screen"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]

for f in list.md list.html; do
	start 100 30 "$tmp/$f"
	check "$f opens" wait_for "She said:"
	screen >/dev/null
	check "$f: the items are drawn as in plain text" \
		sh -c "grep -A1 '^ • the budget will pass  *│' '$tmp/screen' | grep -q '^ • taxes will not rise'"
	keys q
	wait_exit >/dev/null
done
finish
