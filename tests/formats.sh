#!/bin/sh
# Formats end to end: detection by content on standard input, the saved news page that must open
# with only its article, and hostile HTML and Markdown (deep nesting, huge attributes, unclosed
# tags, binary named .html) that must neither crash nor hang.
. "$SRCDIR/tests/lib.sh"
gold="$SRCDIR/tests/golden"

# has / hasnt NAME FILE PATTERN: FILE contains (does not contain) the fixed string PATTERN
has() { if grep -qF -- "$3" "$2"; then ok "$1"; else not_ok "$1: no '$3'" "$2"; fi; }
hasnt() { if grep -qF -- "$3" "$2"; then not_ok "$1: unexpected '$3'"; else ok "$1"; fi; }

# run NAME ARGS...: must exit 0 within 20 s (timeout(1) when present)
run() {
	name=$1
	shift
	if command -v timeout >/dev/null 2>&1; then
		timeout 20 "$DATELINE" "$@" >"$tmp/out" 2>"$tmp/err"
	else
		"$DATELINE" "$@" >"$tmp/out" 2>"$tmp/err"
	fi
	rc=$?
	if [ "$rc" -eq 0 ]; then ok "$name"; else not_ok "$name: exit $rc" "$tmp/err"; fi
}

# --- the saved news page: only the article, its title, the anchor from the metadata ---
run "news page opens" --json "$gold/html-news.html"
cp "$tmp/out" "$tmp/news.json"
has "news: h1 title" "$tmp/news.json" '"title": "Chip maker eyes return to China"'
has "news: anchor from metadata" "$tmp/news.json" '"from": "metadata"'
has "news: anchor is article:published_time" "$tmp/news.json" '"date": "2025-11-08"'
has "news: body kept" "$tmp/news.json" 'November 7 for a week of meetings'
has "news: list items kept" "$tmp/news.json" 'Shares rose on Monday.'
hasnt "news: script dropped" "$tmp/news.json" '2019-03-04'
hasnt "news: menu dropped" "$tmp/news.json" 'Business'
hasnt "news: promo dropped" "$tmp/news.json" 'Subscribe today'
hasnt "news: share bar dropped" "$tmp/news.json" 'Share on'
hasnt "news: aside dropped" "$tmp/news.json" 'Markets rally'
hasnt "news: footer dropped" "$tmp/news.json" 'Published since'
hasnt "news: style dropped" "$tmp/news.json" 'sans-serif'
run "news page --date wins" --json --date 2025-11-10 "$gold/html-news.html"
has "news: --date over metadata" "$tmp/out" '"from": "option"'

# Every span of the JSON refers to the extracted text.
if command -v python3 >/dev/null 2>&1; then
	if python3 - "$tmp/news.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
t = d["text"].encode("utf-8")
for p in d["paragraphs"] + d["sentences"]:
    assert 0 <= p["start"] < p["end"] <= len(t), p
for x in d["timexes"]:
    assert t[x["start"]:x["end"]].decode("utf-8") == x["text"], x
heads = [t[p["start"]:p["end"]].decode() for p in d["paragraphs"] if p.get("heading")]
assert heads == ["Export rules"], heads  # the headline is the title, not text
PY
	then ok "news: spans refer to the extracted text"; else not_ok "news: spans"; fi
else
	skip_check "news: spans refer to the extracted text" "python3 is not installed"
fi

# --- a wire-service page: its furniture gives no text, no event and no claim ---
wire="$gold/html-wire.html"
run "wire page text" --text "$wire"
cp "$tmp/out" "$tmp/wire.txt"
has "wire: lede kept" "$tmp/wire.txt" 'Nvidia Chief Executive Jensen Huang said on Saturday'
for furniture in 'Updated 2 hours ago' '6:12' 'Also read' 'Read more' 'Our Standards' \
	'Trust Principles' 'Share on' 'Advertisement' 'REUTERS/Ann Wang' 'All rights reserved' \
	'More from Wire Service' 'Editing by' "Nvidia's Huang says China return"; do
	hasnt "wire: no '$furniture' in the text" "$tmp/wire.txt" "$furniture"
done
run "wire page timeline" --timeline "$wire"
hasnt "wire: no event from the time line" "$tmp/out" 'Updated'
hasnt "wire: no event from 'hours ago'" "$tmp/out" 'hours ago'
hasnt "wire: no event from the footer's November 3 link" "$tmp/out" 'Intel'
has "wire: the article's events stay" "$tmp/out" 'Nov 14'
run "wire page claims" --claims "$wire"
hasnt "wire: no claim from the standards footer" "$tmp/out" 'Standards'
hasnt "wire: no claim from 'Also read:'" "$tmp/out" 'Also'
hasnt "wire: no speaker from the time line" "$tmp/out" 'UTC'
has "wire: the article's claims stay" "$tmp/out" 'export controls could backfire'
run "wire page json" --json "$wire"
has "wire: byline" "$tmp/out" '"byline": "Wen-Yee Lee"'
has "wire: published" "$tmp/out" '"published": "2025-11-08T06:12:00Z"'
has "wire: modified" "$tmp/out" '"modified": "2025-11-08T09:40:00Z"'
has "wire: site" "$tmp/out" '"site": "Wire Service"'
has "wire: title without the site" "$tmp/out" '"title": "Nvidia'"'"'s Huang says China return depends on Beijing"'
has "wire: anchor from the metadata" "$tmp/out" '"date": "2025-11-08"'

# --- detection by content (standard input has no name) ---
run "html on stdin" --text - <"$gold/html-news.html"
has "stdin html detected" "$tmp/out" 'TAIPEI'
hasnt "stdin html extracted" "$tmp/out" '<p>'
run "markdown on stdin" --json - <"$gold/md-frontmatter.md"
has "stdin markdown front matter" "$tmp/out" '"date": "2025-11-06"'
printf 'A plain article.\n\nIt has <b> in it, and a [bracket](maybe).\n' >"$tmp/plain.txt"
run "text stays text" --json "$tmp/plain.txt"
hasnt "text not converted" "$tmp/out" '"text":'
run "--format html on a .txt" --format html --text "$gold/html-cards.html"
has "--format html" "$tmp/out" 'A painting stolen from a provincial museum'

# --- Markdown front matter anchors relative dates ---
run "markdown anchor" --json "$gold/md-frontmatter.md"
has "markdown title" "$tmp/out" '"title": "Council approves the city budget"'
has "markdown anchor" "$tmp/out" '"from": "metadata"'

# --- an article with no date of its own is anchored by its name: a file's or the URL's ---
printf 'The senate met on Monday to vote on the budget.\n\nIt passed.\n' >"$tmp/2016-09-14 senate vote.txt"
run "dated name" --json "$tmp/2016-09-14 senate vote.txt"
has "dated name: anchor from the name" "$tmp/out" '"from": "name"'
has "dated name: its date" "$tmp/out" '"date": "2016-09-14"'
has "dated name: on Monday is the Monday before" "$tmp/out" '"value": "2016-09-12"'
run "dated name: --timeline" --timeline "$tmp/2016-09-14 senate vote.txt"
has "dated name: the timeline says the year" "$tmp/out" 'Sep 12, 2016'
run "dated name: --date wins" --json --date 2020-01-08 "$tmp/2016-09-14 senate vote.txt"
has "dated name: --date over the name" "$tmp/out" '"from": "option"'
has "dated name: on Monday against --date" "$tmp/out" '"value": "2020-01-06"'
printf 'WASHINGTON, March 4, 2015 - The senate met on Monday to vote.\n\nIt passed.\n' \
	>"$tmp/2016-09-14_dateline.txt"
run "dated name and date line" --json "$tmp/2016-09-14_dateline.txt"
has "dated name: the date line wins" "$tmp/out" '"from": "text"'
has "dated name: on Monday against the date line" "$tmp/out" '"value": "2015-03-02"'
printf 'The senate met on Monday to vote.\n' >"$tmp/undated.txt"
run "--url names standard input" --json --url https://news.example/2016/09/14/vote - <"$tmp/undated.txt"
has "--url: anchor from the name" "$tmp/out" '"from": "name"'
has "--url: its date" "$tmp/out" '"date": "2016-09-14"'
run "undated name" --json "$tmp/undated.txt"
has "undated name: no anchor" "$tmp/out" '"from": "none"'

# --- hostile input: exit 0 (or a clean refusal), no crash, no hang ---
python3 - "$tmp" <<'PY' || not_ok "could not generate hostile inputs"
import sys, os
d = sys.argv[1]
def w(name, data):
    open(os.path.join(d, name), "wb").write(data if isinstance(data, bytes) else data.encode())
w("deep.html", "<html><body>" + "<div>" * 100000 + "<p>deep text</p>" + "</div>" * 100000)
w("deep-unclosed.html", "<html><body>" + "<span><b><i>" * 40000 + "x")
w("attr.html", '<html><body><p class="' + "a" * 1000000 + '">big attribute</p><p title="' + "&amp;" * 200000 + '">t</p>')
w("unclosed.html", "<html><head><title>t" + "<p>para <a href='x" * 20000)
w("tags.html", "<p>" + "<li><td><tr><table><ul><ol><br>" * 30000)
w("comment.html", "<html><body><p>before</p><!-- never closed " + "x" * 500000)
w("script.html", "<html><body><script>" + "if (a<b) {}" * 100000 + "<p>after")
w("entities.html", "<p>" + "&#x1F600;&#0;&#xD800;&bogus;&#99999999999;" * 20000)
w("jsonld.html", '<script type="application/ld+json">' + "[" * 100000 + "</script><p>x</p>")
w("meta.html", "<meta charset='" + "x" * 100000 + "'><p>caf\xe9</p>")
w("binary.html", bytes(range(256)) * 100)
w("md-deep.md", "---\ntitle: x\n" + "> " * 50000 + "deep\n\n" + "- " * 50000 + "item\n" + "*" * 100000 + "\n")
w("md-frontmatter-open.md", "---\ntitle: never closed\n" + "key: v\n" * 10000)
w("md-links.md", "[a](" * 50000 + "\n" + "`" * 100000 + "\n")
PY
for f in deep deep-unclosed attr unclosed tags comment script entities jsonld meta; do
	run "hostile $f" --json "$tmp/$f.html"
done
run "deep nesting keeps the text" --text "$tmp/deep.html"
has "deep text" "$tmp/out" 'deep text'
run "huge attribute keeps the text" --text "$tmp/attr.html"
has "big attribute text" "$tmp/out" 'big attribute'
"$DATELINE" --json "$tmp/binary.html" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" -eq 1 ] && grep -q "not a text file" "$tmp/err"; then ok "binary .html refused"; else not_ok "binary .html: exit $rc" "$tmp/err"; fi
for f in md-deep md-frontmatter-open md-links; do
	run "hostile $f" --json "$tmp/$f.md"
done

finish
