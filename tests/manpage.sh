#!/bin/sh
# The manual page: it names exactly the options --help names, its KEYS section names exactly the
# keys of docs/keys.md, and groff renders it without a warning.
. "$SRCDIR/tests/lib.sh"
man="$SRCDIR/docs/dateline.1"
keys="$SRCDIR/docs/keys.md"

# report NAME FILE_OF_PROBLEMS: ok when the file is empty.
report() {
	if [ -s "$2" ]; then not_ok "$1" "$2"; else ok "$1"; fi
}

[ -f "$man" ] || skip "no docs/dateline.1"

# The body of one section (.SH NAME up to the next .SH) of the manual.
section() {
	sed -n "/^\.SH $1\$/,/^\.SH /p" "$man" | sed '1d;$d'
}

# Options: every -x and --word on the --help lines that describe an option, against every option
# in the tags (.B, .BI, .BR lines after .TP) of the OPTIONS section.
"$DATELINE" --help | grep '^  -' | grep -o -- '--*[a-zA-Z][a-zA-Z-]*' | sort -u >"$tmp/help"
section OPTIONS | sed -n '/^\.TP/{n;p;}' | sed 's/\\-/-/g' |
	grep -o -- '--*[a-zA-Z][a-zA-Z-]*' | sort -u >"$tmp/manopts"
if [ ! -s "$tmp/help" ] || [ ! -s "$tmp/manopts" ]; then
	echo "no options found (help: $(wc -l <"$tmp/help"), manual: $(wc -l <"$tmp/manopts"))" \
		>"$tmp/bad"
else
	comm -23 "$tmp/help" "$tmp/manopts" | sed 's/^/in --help, not in the manual: /' >"$tmp/bad"
	comm -13 "$tmp/help" "$tmp/manopts" | sed 's/^/in the manual, not in --help: /' >>"$tmp/bad"
fi
report "the manual's OPTIONS and --help name the same options" "$tmp/bad"

# Keys: the first column of the first table of keys.md ("j, Down") against the tags of the KEYS
# section (.BR j ", " Down " / " k ", " Up).
if [ -f "$keys" ]; then
	awk -F' [|] ' '/^## /{if (seen) exit} /^\| [^-]/{if ($1 != "| Keys") {seen = 1;
		sub(/^\| /, "", $1); print $1}}' "$keys" | sed 's/, /\n/g' | sort -u >"$tmp/mdkeys"
	section KEYS | sed -n '/^\.TP/{n;p;}' | sed -e 's/^\.B[IR]* //' -e 's/" \/ "/ /g' \
		-e 's/", "/ /g' -e 's/\\-/-/g' -e 's/\\e/\\/g' | tr ' ' '\n' | sed '/^$/d' |
		sort -u >"$tmp/mankeys"
	if [ ! -s "$tmp/mdkeys" ] || [ ! -s "$tmp/mankeys" ]; then
		echo "no keys found (keys.md: $(wc -l <"$tmp/mdkeys"), manual:" \
			"$(wc -l <"$tmp/mankeys"))" >"$tmp/bad"
	else
		comm -23 "$tmp/mdkeys" "$tmp/mankeys" | sed 's/^/in keys.md, not in the manual: /' \
			>"$tmp/bad"
		comm -13 "$tmp/mdkeys" "$tmp/mankeys" | sed 's/^/in the manual, not in keys.md: /' \
			>>"$tmp/bad"
	fi
	report "the manual's KEYS and docs/keys.md name the same keys" "$tmp/bad"
else
	skip_check "keys" "no docs/keys.md"
fi

# The sections a manual page needs.
: >"$tmp/bad"
for s in NAME SYNOPSIS DESCRIPTION OPTIONS 'EXIT STATUS' FILES EXAMPLES; do
	grep -q "^\.SH \"*$s\"*\$" "$man" || echo "no section $s" >>"$tmp/bad"
done
report "the manual has its sections" "$tmp/bad"

# groff renders it with every warning on and none given.
if command -v groff >/dev/null 2>&1; then
	LC_ALL=C groff -man -Tutf8 -ww -z "$man" >"$tmp/bad" 2>&1
	report "groff renders the manual without a warning" "$tmp/bad"
else
	skip_check "groff" "groff is not installed"
fi

finish
