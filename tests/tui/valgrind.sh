#!/bin/sh
# valgrind: a whole reader session under memcheck in a real terminal: scrolling, resizing, the
# timeline (as a list and to scale) and claims (grouped and filtered by speaker), search, help,
# notes on a paragraph and an event, the export, :date, the jump list, a note dropped after the
# question, and quit, on
# the sample, and an article large enough for the second thread; no memory error and no
# definite leak (ncurses keeps what it keeps: "still reachable" is allowed).
. "$(dirname "$0")/lib.sh"

command -v valgrind >/dev/null 2>&1 || skip "valgrind is not installed"
if grep -q -a -e __asan_init -e __tsan_init -e __msan_init "$DATELINE"; then
	skip "$DATELINE is built with a sanitizer (valgrind cannot run it)"
fi

# The reader started through valgrind: lib.sh runs $DATELINE, here a wrapper.
real=$DATELINE
DATELINE=$tmp/vg.sh
cat >"$DATELINE" <<EOS
#!/bin/sh
exec valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite \
	--log-file="$tmp/vg.\$\$.log" "$real" "\$@"
EOS
chmod +x "$DATELINE"
# memcheck's own verdict in every log of this test
clean_logs() {
	ok=0
	for f in "$tmp"/vg.*.log; do
		[ -f "$f" ] || return 1
		grep -q "ERROR SUMMARY: 0 errors" "$f" || { sed 's/^/  # /' "$f" | tail -40; return 1; }
		if grep -q "definitely lost:" "$f"; then
			grep -q "definitely lost: 0 bytes" "$f" || return 1
		fi
		grep -h -e "ERROR SUMMARY" -e "definitely lost" -e "All heap blocks" "$f" |
			sed 's/^==[0-9]*== /# /'
		ok=1
	done
	[ "$ok" = 1 ]
}

mkdir -p "$tmp/news"
cp "$SRCDIR/data/sample.txt" "$tmp/news/story.txt"
db=$tmp/notes.db
start 140 30 --notes-db "$db" --date 2025-11-08 "$tmp/news/story.txt"
check "the sample opens under valgrind" wait_for "No notes yet" 120
keys j j Space b G g
check "scrolling comes back to the top" wait_for "NVIDIA chief courts China" 60
resize 90 30
check "a narrow window shows one pane" wait_for "Article" 60
resize 140 30
check "a wide window shows the panes again" wait_for "Timeline  1/" 60
keys ']'
check "] jumps to the first event" wait_for "Event 1/" 60
keys '}'
check "} jumps to the first claim" wait_for "Claim 1/" 60
keys /
text "china"
keys Enter
check "the search counts its matches" wait_for "match 1/" 60
keys n N Escape
keys '?'
check "? shows the help" wait_for "dateline keys" 60
keys Escape
keys a
check "a writes a note on the paragraph" wait_for "New note on ¶" 60
text "A note under valgrind: 世界"
keys Enter
check "the note is saved" wait_for "Note saved" 60
keys Tab j a
text "An event note"
keys Enter
check "a note on an event is saved" wait_for "An event note" 60
keys BTab e
check "e proposes the export" wait_for "Export to:" 60
keys Enter
check "the export is written" wait_for "Exported to" 60
keys :
text "date 2025-11-09"
keys Enter
check ":date finds the dates again" wait_for "2025-11-09 (:date)" 60
keys C-o a
text "dropped"
keys Escape
check "Esc on a note asks first" wait_for "Discard this note? (y/n)" 60
keys y
check "y drops it" wait_for "Note discarded" 60
# The claims grouped and filtered by speaker, the timeline to scale, in both layouts.
keys S s
check "the claims grouped and filtered by speaker" wait_for " Only " 60
keys t ']'
check "the timeline to scale" wait_for " · to scale, a line a " 60
resize 90 30
keys Tab
check "the axis in one pane" wait_for " · to scale, a line a " 60
keys S t
check "and back to the claims, in order" wait_gone " speakers" 60
resize 140 30
check "side by side again" wait_for "Article  ¶" 60
keys q
check "q exits with status 0 (no memcheck error: it would be 99)" [ "$(wait_exit 120)" = 0 ]
check "the export file is there" [ -s "$tmp/news/story.notes.md" ]

# An article of 4.5 MB: the dates and claims come from the second thread.
python3 - "$tmp/large.txt" <<'PY'
import sys
out, size, i = ["A large article under valgrind", ""], 0, 0
while size < 4_500_000:
    p = ('On March %d, 2024, the minister said "talks will resume" after a meeting in Geneva, '
         'officials told reporters in paragraph %d.' % (i % 28 + 1, i))
    out += [p, ""]
    size += len(p) + 2
    i += 1
open(sys.argv[1], "w").write("\n".join(out))
PY
start 140 30 --notes-db "$db" --date 2025-11-08 "$tmp/large.txt"
check "the large article opens under valgrind" wait_for "A large article under valgrind" 180
check "its dates and claims arrive from the second thread" wait_for "Timeline  1/" 600
keys ']' q
check "q exits with status 0 after the second thread" [ "$(wait_exit 120)" = 0 ]

check "memcheck: no error and no definite leak in any run" clean_logs
finish
