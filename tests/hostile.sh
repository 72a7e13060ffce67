#!/bin/sh
# Hostile inputs generated at test time: every mode must exit 0 or 1, never hang or crash.
. "$SRCDIR/tests/lib.sh"
in="$tmp/in"
mkdir -p "$in" "$tmp/home" "$tmp/data"

python3 - "$in" <<'PY' || { not_ok "generating the hostile inputs"; finish; }
import os, random, sys
d = sys.argv[1]
rnd = random.Random(8)
def w(name, data):
	if isinstance(data, str):
		data = data.encode('utf-8', 'surrogatepass')
	with open(os.path.join(d, name), 'wb') as f:
		f.write(data)
w('random.txt', bytes(rnd.getrandbits(8) for _ in range(200000)))
w('random-small.txt', bytes(rnd.getrandbits(8) for _ in range(300)))
w('broken-utf8.txt', b'caf\xc3 \xe2\x82 \xf0\x9f\x98 \xc0\xaf \xed\xa0\x80 \xff\xfe Nov 7, 2025 \x80\x80\n' * 5000)
w('overlong.txt', b'\xc0\x80\xe0\x80\x80\xf8\x88\x80\x80\x80 said \xf4\x90\x80\x80\n' * 2000)
w('nul.txt', b'He said\x00 "on Nov 7, 2025\x00 it\x00 ends".\x00\n' * 3000)
w('nul-only.txt', b'\x00' * 100000)
w('quotes-straight.txt', '"' * 10000)
w('quotes-curly.txt', '\u201c' * 10000)
w('quotes-mixed.txt', ('\u201c said "' * 5000) + '\n')
w('quotes-nested.txt', ('\u201c\u2018"\'' * 3000) + 'he said.')
w('dates.txt', 'Nov 7, 2025 ' * 60000)
w('dates-lines.txt', 'Nov 7, 2025\n' * 20000)
w('dates-mixed.txt', ('on Monday, last week, 2025-11-07, in 1999, the 1990s, next Friday at 3 p.m., '
	'since March, Q3 2024, ') * 2000)
w('long-line.txt', ('word ' * 600000)[:3000000])
w('long-token.txt', 'a' * 3000000)
w('newlines.txt', '\n' * 2000000)
w('crlf-storm.txt', '\r\n' * 500000)
w('cr-only.txt', ('A paragraph said on Nov 7, 2025.\r\r') * 10000)
w('paragraphs.txt', 'x\n\n' * 200000)
w('esc.txt', ('\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b[2J\x1b[H said "\x1b[5m" \x9b31m\n') * 5000)
w('zwj.txt', ('\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466' * 20000) + '\n')
w('combining.txt', 'e' + '\u0301' * 100000 + ' said\n')
w('rlo.txt', ('\u202eNov 7, 2025\u202c \u2066said\u2069 "\u202equote\u202c"\n') * 5000)
w('bom-only.txt', b'\xef\xbb\xbf')
w('bom-utf16.txt', b'\xff\xfe' + 'Nov 7, 2025 said'.encode('utf-16-le'))
w('empty.txt', b'')
w('space-only.txt', ' \t\n' * 10000)
w('bad-dates.txt', ('31 February 2025. 13/45/2025. 0/0/0000. 2025-02-30. 99999999999999999999 AD. '
	'Nov 7, -2025. February 29, 2023. 00:99 p.m. 9999-99-99T99:99:99Z.\n') * 2000)
w('he-said.txt', 'he said that ' * 100000)
w('said-storm.txt', ('"x," said ' * 20000) + '\n')
w('deep.html', '<div>' * 100000 + 'Nov 7, 2025' + '</div>' * 100000)
w('deep-unclosed.html', '<p><b><i><span>' * 25000 + 'text')
w('attr.html', '<html><body><p title="' + 'x' * 1000000 + '">said on Nov 7, 2025</p></body></html>')
w('unclosed.html', '<html><head><title>T<script>if(a<b){<p>x</p>}<style>' + '<p>a<b' * 20000)
w('entities.html', '<p>' + '&#x110000;&#0;&#xD800;&amp&lt;&bogus;&#99999999999;' * 20000 + '</p>')
w('meta.html', '<html><head>' + '<meta name="date" content="31 February 9999999">' * 5000
	+ '<meta property="article:published_time" content="' + 'x' * 100000 + '"></head><body><p>x</p>')
w('random.html', b'<html><body>' + bytes(rnd.getrandbits(8) for _ in range(100000)))
w('frontmatter.md', '---\n' + ('title: [unclosed\ndate: 31 February\n: : :\n\x00\n' * 5000) + '---\n# T\n')
w('frontmatter-open.md', '---\ndate: 2025-11-07\n' + 'key: "' * 20000)
w('nested.md', '> ' * 20000 + '- ' * 20000 + '[' * 20000 + 'x' + ']' * 10000 + '\n')
w('emph.md', '*_' * 100000 + '\n' + '`' * 50000 + '\n')
w('table.md', '|' * 100000 + '\n' + '|-' * 20000 + '\n')
w('random.md', b'---\n' + bytes(rnd.getrandbits(8) for _ in range(100000)))
PY

for f in "$in"/*; do
	name=$(basename "$f")
	for mode in --json --timeline --claims --text --export-md; do
		if [ "$mode" = --export-md ]; then
			set -- --export-md - "$f"
		else
			set -- "$mode" "$f"
		fi
		# a hang, not a slow build: the sanitizer build takes 30 s on he-said.txt --export-md
		HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" timeout 180 "$DATELINE" "$@" \
			>"$tmp/out" 2>"$tmp/err" </dev/null
		st=$?
		why=
		if [ "$st" -ne 0 ] && [ "$st" -ne 1 ]; then
			why="exit status $st"
		elif grep -q -e 'runtime error' -e 'AddressSanitizer' -e 'LeakSanitizer' "$tmp/err"; then
			why="sanitizer report"
		elif [ "$mode" = --json ] && [ "$st" -eq 0 ] &&
			! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out" 2>/dev/null; then
			why="output is not JSON"
		fi
		if [ -n "$why" ]; then
			head -c 2000 "$tmp/err" >"$tmp/why"
			not_ok "$name $mode: $why" "$tmp/why"
		else
			ok "$name $mode"
		fi
	done
done
finish
