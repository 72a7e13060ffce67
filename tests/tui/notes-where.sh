#!/bin/sh
# notes-where: a notes database that cannot be opened is named where the reader says so, with
# the home folder written ~ ("Notes unavailable: Not a directory (~/.local/share/...)"), in the
# status line and when a note is asked for; the article is still read.
. "$(dirname "$0")/lib.sh"

cp "$SRCDIR/data/sample.txt" "$tmp/article.txt"
# a home that is a file: its data folder cannot be made (as root too, unlike a read-only one)
: >"$tmp/homefile"
DL_ENV="HOME=$tmp/homefile XDG_DATA_HOME=" start 140 30 "$tmp/article.txt"
check "the status line names the default database under ~" \
	wait_for "Notes unavailable: Not a directory (~/.local/share/dateline/notes.db)"
check "the article is read" wait_for "NVIDIA chief courts China"
keys a
check "a note asked for says why and where" \
	wait_for "Notes are unavailable: Not a directory (~/.local/share/dateline/notes.db)"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]

# --notes-db outside the home: the path as given
start 140 30 --notes-db "$tmp/homefile/notes.db" "$tmp/article.txt"
check "a --notes-db path is named as given" \
	wait_for "Notes unavailable: Not a directory ($tmp/homefile/notes.db)"
keys q
check "q exits 0 again" [ "$(wait_exit)" = 0 ]
finish
