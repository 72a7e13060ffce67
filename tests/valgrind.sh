#!/bin/sh
# Memcheck over the non-interactive path: the golden inputs, the shared seed article and a few
# hostile files through the output modes, with no memory error and no definite leak. The golden
# inputs go through --json and --export-md (the whole analysis and both writers), the others
# through every mode; a failing run is run again with --track-origins for the report.
. "$SRCDIR/tests/lib.sh"

command -v valgrind >/dev/null 2>&1 || skip "valgrind is not installed"
# Valgrind cannot run a program built with AddressSanitizer (the sanitizer build).
if grep -q -a -e __asan_init -e __tsan_init -e __msan_init "$DATELINE"; then
	skip "$DATELINE is built with a sanitizer"
fi

mkdir -p "$tmp/in" "$tmp/home" "$tmp/data"

for f in "$SRCDIR"/tests/golden/*.txt "$SRCDIR"/tests/golden/*.html "$SRCDIR"/tests/golden/*.md; do
	[ -f "$f" ] && cp "$f" "$tmp/in/golden-$(basename "$f")"
done
seed=${SHARED:-$SRCDIR/../shared}/seed
if [ -d "$seed" ]; then
	for f in "$seed"/*.txt; do
		[ -f "$f" ] && cp "$f" "$tmp/in/seed-$(basename "$f")"
	done
else
	echo "# no shared seed article at $seed: the golden and hostile inputs only"
fi
python3 - "$tmp/in" <<'PY' || { not_ok "generating the hostile inputs"; finish; }
import os, random, sys
d = sys.argv[1]
rnd = random.Random(1)
def w(name, data):
	if isinstance(data, str):
		data = data.encode('utf-8', 'surrogatepass')
	with open(os.path.join(d, name), 'wb') as f:
		f.write(data)
w('v-random.txt', bytes(rnd.getrandbits(8) for _ in range(20000)))
w('v-quotes.txt', ('\u201c said "' * 500) + '\u2018\n\n' + '"' * 1001)
w('v-dates.txt', 'On Nov 7, 2025, last week, 2025-02-30, next Friday at 3 p.m. he said "x".\n' * 300)
w('v-empty.txt', b'')
w('v-nul.txt', b'He said\x00 "on Nov 7, 2025\x00 it ends".\n' * 100)
w('v-broken.txt', b'caf\xc3 \xe2\x82 \xf0\x9f\x98 \xc0\xaf \xed\xa0\x80 Nov 7, 2025 said\n' * 100)
w('v-deep.html', '<div>' * 3000 + '<p>"Yes," she said on Nov 7, 2025.</p>' + '</div>' * 2000)
w('v-random.html', b'<html><body><p>' + bytes(rnd.getrandbits(8) for _ in range(20000)))
w('v-entities.html', '<p>' + '&#x110000;&#0;&#xD800;&amp&lt;&bogus;' * 500 + '</p>')
w('v-frontmatter.md', '---\ntitle: "T\ndate: 31 February\n---\n# T\n> "x," he said\n' + '*_[' * 500)
PY

for f in "$tmp"/in/*; do
	name=$(basename "$f")
	modes="--json --timeline --claims --text --export-md"
	case $name in golden-*) modes="--json --export-md" ;; esac
	for mode in $modes; do
		if [ "$mode" = --export-md ]; then
			set -- --export-md - "$f"
		else
			set -- "$mode" "$f"
		fi
		HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" timeout 300 valgrind -q \
			--tool=memcheck --error-exitcode=99 --leak-check=full \
			--errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
			--log-file="$tmp/vg" "$DATELINE" "$@" \
			>"$tmp/out" 2>"$tmp/err" </dev/null
		st=$?
		if [ "$st" -ne 0 ] && [ "$st" -ne 1 ] || [ -s "$tmp/vg" ]; then
			HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" timeout 600 valgrind -q \
				--tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect \
				--track-origins=yes --log-file="$tmp/vg" "$DATELINE" "$@" \
				>/dev/null 2>&1 </dev/null
		fi
		head -c 3000 "$tmp/vg" >"$tmp/report"
		if [ "$st" -ne 0 ] && [ "$st" -ne 1 ]; then
			not_ok "$name $mode: exit status $st" "$tmp/report"
		elif [ -s "$tmp/vg" ]; then
			not_ok "$name $mode: valgrind reported" "$tmp/report"
		else
			ok "$name $mode"
		fi
	done
done
finish
