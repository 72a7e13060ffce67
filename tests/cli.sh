#!/bin/sh
# Command-line behaviour: bad input, exit codes and messages, standard input, modes.
. "$SRCDIR/tests/lib.sh"

# expect NAME WANT_STATUS WANT_STDERR_PATTERN -- command...
expect() {
	name=$1 want=$2 pat=$3
	shift 4
	"$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ "$got" -ne "$want" ]; then
		not_ok "$name: exit $got, want $want" "$tmp/err"
	elif [ -n "$pat" ] && ! grep -q -- "$pat" "$tmp/err"; then
		not_ok "$name: stderr does not match '$pat'" "$tmp/err"
	elif [ "$(wc -l <"$tmp/err")" -gt 1 ]; then
		not_ok "$name: more than one line on stderr" "$tmp/err"
	else
		ok "$name"
	fi
}

printf 'Hello world. This is text.\n' >"$tmp/a.txt"
printf 'a\000b\n' >"$tmp/nul.txt"
head -c 4096 /dev/urandom >"$tmp/random.bin"
mkdir "$tmp/dir"
printf 'x' >"$tmp/unreadable.txt"; chmod 000 "$tmp/unreadable.txt"

expect "missing file" 1 "^dateline: $tmp/none.txt: No such file or directory$" -- "$DATELINE" --json "$tmp/none.txt"
expect "directory" 1 "^dateline: $tmp/dir: Is a directory$" -- "$DATELINE" --json "$tmp/dir"
expect "NUL bytes" 1 "^dateline: $tmp/nul.txt: not a text file$" -- "$DATELINE" --json "$tmp/nul.txt"
expect "random bytes" 1 "not a text file" -- "$DATELINE" --timeline "$tmp/random.bin"
if [ "$(id -u)" -ne 0 ]; then
	expect "unreadable" 1 "Permission denied" -- "$DATELINE" --json "$tmp/unreadable.txt"
fi
expect "unknown option" 2 "^dateline: unknown option '--bogus' (try 'dateline --help')$" -- "$DATELINE" --bogus "$tmp/a.txt"
expect "bad date" 2 "--date wants a date" -- "$DATELINE" --date 2025-02-30 --json "$tmp/a.txt"
expect "date without value" 2 "needs a value" -- "$DATELINE" --json "$tmp/a.txt" --date
expect "two files" 2 "one article at a time" -- "$DATELINE" --json "$tmp/a.txt" "$tmp/a.txt"
expect "bad format" 2 "--format wants" -- "$DATELINE" --format pdf "$tmp/a.txt"
expect "help" 0 "" -- "$DATELINE" --help
expect "version" 0 "" -- "$DATELINE" --version
expect "json ok" 0 "" -- "$DATELINE" --json --date 2025-11-08 "$tmp/a.txt"
expect "export to missing folder" 1 "^dateline: $tmp/no/such/x.md: No such file or directory$" -- "$DATELINE" --export-md "$tmp/no/such/x.md" "$tmp/a.txt"

# Standard input: '-' and a pipe.
if printf 'One para.\n\nTwo para.\n' | "$DATELINE" --json - | grep -q '"source": "-"'; then
	ok "stdin with -"
else
	not_ok "stdin with -"
fi
if printf 'One para.\n\nTwo para.\n' | "$DATELINE" --json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert len(d["paragraphs"]) == 2, d["paragraphs"]'; then
	ok "stdin from a pipe"
else
	not_ok "stdin from a pipe"
fi

# Text that is not UTF-8 (Latin-1, windows-1252) is decoded with a diagnostic; positions are
# byte spans into the decoded text, which JSON then gives as "text".
printf 'Caf\351 opened on Monday.\n\nSecond paragraph here.\n' >"$tmp/latin1.txt"
if "$DATELINE" --json "$tmp/latin1.txt" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["text"].startswith("Caf\u00e9 opened on Monday."), d.get("text")
assert d["paragraphs"][0] == {"start": 0, "end": 23}, d["paragraphs"]
assert d["diagnostics"][0]["message"] == "not UTF-8: read as windows-1252", d["diagnostics"]'; then
	ok "Latin-1 text decoded"
else
	not_ok "Latin-1 text decoded"
fi

# A stray invalid byte in UTF-8 text is repaired in JSON with a diagnostic; positions keep the
# original bytes.
printf 'Caf\303\251 opened \377 on Monday.\n\nSecond paragraph here.\n' >"$tmp/stray.txt"
if "$DATELINE" --json "$tmp/stray.txt" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert "text" not in d, d.get("text")
assert d["paragraphs"][0] == {"start": 0, "end": 25}, d["paragraphs"]
assert d["diagnostics"][0]["message"] == "invalid UTF-8 replaced", d["diagnostics"]
assert (d["diagnostics"][0]["line"], d["diagnostics"][0]["column"]) == (1, 14)'; then
	ok "invalid UTF-8 repaired"
else
	not_ok "invalid UTF-8 repaired"
fi

# --help names every option that the parser accepts.
missing=""
for opt in --date --json --timeline --claims --text --export-md --format --notes-db --help --version; do
	"$DATELINE" --help | grep -q -- "$opt" || missing="$missing $opt"
done
if [ -z "$missing" ]; then ok "help lists options"; else not_ok "help misses$missing"; fi

# Large and pathological inputs finish (no timing asserted here; bench/ measures speed).
python3 -c '
import sys
sys.stdout.write("word " * 600000 + "\n")' >"$tmp/longline.txt"
awk 'BEGIN { for (i = 0; i < 2000000; i++) print "" }' >"$tmp/newlines.txt"
if "$DATELINE" --json "$tmp/longline.txt" >/dev/null && "$DATELINE" --json "$tmp/newlines.txt" >/dev/null; then
	ok "long line and many newlines"
else
	not_ok "long line and many newlines"
fi

# A page whose bytes do not fit its declared charset opens quietly (libxml2 prints nothing).
printf '<html><head><meta charset="gb2312"></head><body><p>\377\377\377\377 abc</p></body></html>' >"$tmp/badenc.html"
if "$DATELINE" --text "$tmp/badenc.html" >/dev/null 2>"$tmp/err" && [ ! -s "$tmp/err" ]; then
	ok "bad charset bytes in HTML are quiet"
else
	not_ok "bad charset bytes in HTML" "$tmp/err"
fi

# A write error on standard output (a full disk, a closed pipe) is said once, with exit 1, in
# the middle of a long output as at its start.
awk 'BEGIN { for (i = 0; i < 3000; i++)
	printf "The council met on March %d, 2024. \"We will vote,\" said Mara Velt.\n\n", i % 28 + 1 }' \
	>"$tmp/many.txt"
if [ -w /dev/full ]; then
	for mode in --json --timeline --claims --text "--export-md -" ""; do
		n=$((n + 1))
		# shellcheck disable=SC2086
		"$DATELINE" $mode "$tmp/many.txt" >/dev/full 2>"$tmp/err"
		got=$?
		if [ "$got" -eq 1 ] &&
			[ "$(cat "$tmp/err")" = "dateline: standard output: No space left on device" ]; then
			echo "ok - full disk with '$mode'"
		else
			echo "not ok - full disk with '$mode': exit $got"; sed 's/^/  # /' "$tmp/err"
			fails=$((fails + 1))
		fi
	done
fi
n=$((n + 1))
{ "$DATELINE" --json "$tmp/many.txt" 2>"$tmp/err"; echo $? >"$tmp/rc"; } | head -c 1 >/dev/null
if [ "$(cat "$tmp/rc")" -eq 1 ] && [ "$(cat "$tmp/err")" = "dateline: standard output: Broken pipe" ]
then
	echo "ok - closed pipe"
else
	echo "not ok - closed pipe: exit $(cat "$tmp/rc")"; sed 's/^/  # /' "$tmp/err"
	fails=$((fails + 1))
fi

# The manual names every option --help names, and every action of docs/keys.md.
missing=""
for opt in $("$DATELINE" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
	man_opt=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
	grep -q -- "$man_opt" "$SRCDIR/docs/dateline.1" || missing="$missing $opt"
done
for key in $(sed -n 's/^| .* | `\([a-z-]*\)` | .*/\1/p' "$SRCDIR/docs/keys.md"); do
	"$DATELINE" --keys-md | grep -q "\`$key\`" || missing="$missing $key"
done
cmp -s "$SRCDIR/docs/keys.md" - <<KEYS || missing="$missing keys.md-stale"
$("$DATELINE" --keys-md)
KEYS
if [ -z "$missing" ]; then ok "manual and keys.md match --help"; else not_ok "manual misses$missing"; fi
finish
