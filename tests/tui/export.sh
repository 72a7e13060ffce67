#!/bin/sh
# export: e proposes <article>.notes.md beside the article and writes the Markdown there; an
# export into a folder that cannot be written fails with a message and leaves nothing behind,
# and the command line's --export-md then exits 1.
. "$(dirname "$0")/lib.sh"

mkdir -p "$tmp/news"
cp "$SRCDIR/data/sample.txt" "$tmp/news/story.txt"
db=$tmp/notes.db
start 140 30 --notes-db "$db" "$tmp/news/story.txt"
wait_for "No notes yet" >/dev/null
keys a
text "A note for the export"
keys Enter
wait_for "Note saved" >/dev/null
keys e
check "e proposes <article>.notes.md beside the article" wait_for "Export to: $tmp/news/story.notes.md"
keys Enter
check "the export is written" wait_for "Exported to $tmp/news/story.notes.md"
check "the file is there" [ -s "$tmp/news/story.notes.md" ]
check "it has the timeline" grep -q '^## Timeline' "$tmp/news/story.notes.md"
check "the article is untouched" cmp -s "$SRCDIR/data/sample.txt" "$tmp/news/story.txt"

# A folder that cannot be written. Root writes anywhere a mode allows, so then /proc stands in.
if [ "$(id -u)" = 0 ]; then
	ro=/proc/dateline-no-such-folder
	echo "# running as root: /proc stands in for a read-only folder"
else
	ro=$tmp/readonly
	mkdir -p "$ro"
	chmod a-w "$ro"
fi
keys e C-u
text "$ro/out.md"
keys Enter
check "the failure is on the status bar" wait_for "Export failed: $ro/out.md"
check "nothing is left behind" [ ! -e "$ro/out.md" ]
keys e Escape
check "Esc cancels the export" wait_gone "Export to:"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]

"$DATELINE" --notes-db "$db" --export-md "$ro/out.md" "$tmp/news/story.txt" >/dev/null 2>"$tmp/err"
st=$?
check "--export-md into it exits 1 ($st)" [ "$st" = 1 ]
check "with a message naming the path" grep -qF "dateline: $ro/out.md:" "$tmp/err"
finish
