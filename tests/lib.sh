#!/bin/sh
# lib: the common part of the shell test suites (tests/*.sh, and tests/tui/lib.sh): TAP-style
# results, a private temporary folder removed on exit, and a skip that meson reports as SKIP.
# Sourced by a suite with `. "$SRCDIR/tests/lib.sh"`; needs DATELINE and SRCDIR in the
# environment (meson sets them). Sets $tmp (the folder), $n (checks so far), $fails.
#
#   ok NAME                  a check that passed
#   not_ok NAME [FILE]       a check that failed; FILE (or $LIB_DETAIL) is shown as comments
#   check NAME COMMAND...    ok when COMMAND exits 0, not_ok otherwise
#   skip_check NAME WHY      a check that cannot run here (counted, not a failure)
#   skip WHY                 the whole suite cannot run here: says why, exits 77 (SKIP)
#   finish                   prints the plan and exits 0 when no check failed, 1 otherwise
set -u
: "${DATELINE:?}" "${SRCDIR:?}"
tmp=$(mktemp -d)
fails=0
n=0
LIB_DETAIL=${LIB_DETAIL:-}

# Folders made read-only by a test must not keep their files from being removed.
lib_cleanup() {
	chmod -R u+w "$tmp" 2>/dev/null
	rm -rf "$tmp"
}
trap lib_cleanup EXIT

ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}

not_ok() {
	n=$((n + 1))
	fails=$((fails + 1))
	echo "not ok $n - $1"
	lib_file=${2:-$LIB_DETAIL}
	if [ -n "$lib_file" ] && [ -s "$lib_file" ]; then
		head -n 60 "$lib_file" | sed 's/^/  # /'
	fi
	return 0
}

check() {
	lib_name=$1
	shift
	if "$@"; then ok "$lib_name"; else not_ok "$lib_name"; fi
}

skip_check() {
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

skip() {
	echo "1..0 # SKIP $*"
	exit 77
}

finish() {
	echo "# $((n - fails)) of $n passed"
	echo "1..$n"
	[ "$n" -gt 0 ] && [ "$fails" -eq 0 ] && exit 0
	exit 1
}
