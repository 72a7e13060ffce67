#!/bin/sh
# export: e proposes <article>.notes.md beside the article and writes the Markdown there; a file
# that exists is replaced only after y (the question says when it is no export); the article and
# a read-only file never are; ~ is the home folder; a folder gets the default name; the
# sample's export goes to the documents folder; an export into a folder that cannot be written
# fails with a message and leaves nothing behind, and the command line's --export-md then exits 1.
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

# A file that exists: the question names it, and says when it is no export; n keeps it, y
# replaces it; then, an export, it is asked about plainly.
printf 'somebody else'"'"'s file\n' >"$tmp/exists.md"
keys e C-u
text "$tmp/exists.md"
keys Enter
check "an existing file is not replaced without asking" \
	wait_for "$tmp/exists.md is not a dateline export. Overwrite it? (y/n)"
keys n
check "n keeps it" wait_for "Not exported: $tmp/exists.md is unchanged"
check "the file is as it was" grep -q "somebody else" "$tmp/exists.md"
keys e C-u
text "$tmp/exists.md"
keys Enter
wait_for "is not a dateline export. Overwrite it? (y/n)" >/dev/null
keys y
check "y replaces it" wait_for "Exported to $tmp/exists.md"
check "with the export" grep -q '^## Timeline' "$tmp/exists.md"
keys e C-u
text "$tmp/exists.md"
keys Enter
check "an earlier export is asked about plainly" wait_for "Overwrite $tmp/exists.md? (y/n)"
keys n

# Never the article itself, even when asked to; never a read-only file (rename would replace it).
keys e C-u
text "$tmp/news/story.txt"
keys Enter
check "the article is refused" wait_for "Not exported: $tmp/news/story.txt is the article"
check "and untouched" cmp -s "$SRCDIR/data/sample.txt" "$tmp/news/story.txt"
printf 'kept\n' >"$tmp/locked.md"
chmod 444 "$tmp/locked.md"
keys e C-u
text "$tmp/locked.md"
keys Enter
check "a read-only file is refused" wait_for "Not exported: $tmp/locked.md: Permission denied"
check "and untouched" grep -qx kept "$tmp/locked.md"

# ~ is the home folder (the reader's HOME is $tmp/home); the status names the full path.
keys e C-u
text "~/tilde.md"
keys Enter
check "~/tilde.md is written into \$HOME, named in full" wait_for "Exported to $tmp/home/tilde.md"
check "the file is there" [ -s "$tmp/home/tilde.md" ]
check "and no folder named ~ was made" [ ! -e "./~" ]
keys e C-u
text "~nosuchuser_dateline/x.md"
keys Enter
check "~user of no such user fails with a message" wait_for "~nosuchuser_dateline: no such user"

# :export PATH exports at once, with the same manners.
keys :
text "export ~/by-command.md"
keys Enter
check ":export PATH writes there" wait_for "Exported to $tmp/home/by-command.md"
check "the file is there" [ -s "$tmp/home/by-command.md" ]

# A folder gets the default name.
mkdir -p "$tmp/folder"
keys e C-u
text "$tmp/folder"
keys Enter
check "a folder gets the article's name" wait_for "Exported to $tmp/folder/story.notes.md"
check "the file is there" [ -s "$tmp/folder/story.notes.md" ]
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]

# The sample (no file): the documents folder, named after the title; never the working folder.
mkdir -p "$tmp/docs"
DL_ENV="XDG_DOCUMENTS_DIR=$tmp/docs" start 140 30 --notes-db "$db"
wait_for "NVIDIA chief courts China" >/dev/null
keys e
check "the sample's export goes to \$XDG_DOCUMENTS_DIR" \
	wait_for "Export to: $tmp/docs/nvidia-chief-courts-china-again-as.notes.md"
keys Enter
check "and is written there" wait_for "Exported to $tmp/docs/"
keys q
wait_exit >/dev/null
mkdir -p "$tmp/home/.config"
printf 'XDG_DOCUMENTS_DIR="$HOME/Papers"\n' >"$tmp/home/.config/user-dirs.dirs"
mkdir -p "$tmp/home/Papers"
start 140 30 --notes-db "$db"
wait_for "NVIDIA chief courts China" >/dev/null
keys e
check "else the folder user-dirs.dirs names" wait_for "Export to: $tmp/home/Papers/nvidia-"
keys Escape q
wait_exit >/dev/null
rm -rf "$tmp/home/.config" "$tmp/home/Papers"
start 140 30 --notes-db "$db"
wait_for "NVIDIA chief courts China" >/dev/null
keys e
check "else the home folder" wait_for "Export to: $tmp/home/nvidia-"
keys Escape q
wait_exit >/dev/null

"$DATELINE" --notes-db "$db" --export-md "$ro/out.md" "$tmp/news/story.txt" >/dev/null 2>"$tmp/err"
st=$?
check "--export-md into it exits 1 ($st)" [ "$st" = 1 ]
check "with a message naming the path" grep -qF "dateline: $ro/out.md:" "$tmp/err"
finish
