#!/bin/sh
# large: an article above the size the reader analyses before its first screen (4 MB): the
# article shows, the dates and claims arrive from the second thread and the jump keys then use
# them; a quit while they are still being found ends cleanly with status 0 and keeps the place.
# Through a pipe that holds back the end of the article: the first screen comes from its
# beginning, the status line says the rest is being read, the end and a search asked for
# meanwhile are done when it arrives, and a rest that is not text ends the reader with the
# command line's message.
. "$(dirname "$0")/lib.sh"

# About 6 MB of dated, quoted news paragraphs, written by this script.
python3 - "$tmp/large.txt" <<'PY'
import sys
out = ["A large article for the reader test", ""]
i = size = 0
while size < 6_000_000:
    out.append('On March %d, 2024, the minister said "talks will resume" after a meeting in '
               'Geneva, officials told reporters. Paragraph %d ends here.' % (i % 28 + 1, i))
    out.append("")
    size += len(out[-2]) + 2
    i += 1
open(sys.argv[1], "w").write("\n".join(out))
open(sys.argv[1] + ".last", "w").write("Paragraph %d ends here" % (i - 1))
PY

start 140 30 --date 2025-11-08 "$tmp/large.txt"
check "the large article opens" wait_for "A large article for the reader test" 60
check "the dates and claims arrive" wait_for "Timeline  1/" 120
keys ']'
check "] jumps to the first event" wait_for "Event 1/" 30
keys j j j
keys q
check "q exits with status 0" [ "$(wait_exit 30)" = 0 ]

# A quit at once, while the second thread may still be working.
start 140 30 --date 2025-11-08 "$tmp/large.txt"
check "the large article opens again (at the place it was left)" wait_for "Paragraph 1" 60
keys G q
check "an early quit exits with status 0" [ "$(wait_exit 60)" = 0 ]
start 140 30 --date 2025-11-08 "$tmp/large.txt"
check "the place saved by the early quit is kept" wait_for "$(cat "$tmp/large.txt.last")" 60
check "the reopened article is at its end, not its title" \
	sh -c '! grep -qF "A large article for the reader test" "$1"' sh "$tmp/screen"
keys q
wait_exit 60 >/dev/null

# feed PART2: writes large.txt's first 5 MB into $tmp/fifo, then PART2 once $tmp/go exists
# (giving up after a minute, or when the test's folder is gone: never left behind). The fifo is
# opened read-write so that the opening never waits for a reader that failed to start.
feed() {
	rm -f "$tmp/fifo" "$tmp/go"
	mkfifo "$tmp/fifo"
	(
		head -c 5000000 "$tmp/large.txt"
		_w=0
		while [ ! -f "$tmp/go" ] && [ -d "$tmp" ] && [ $_w -lt 1200 ]; do
			sleep 0.05
			_w=$((_w + 1))
		done
		cat "$1"
	) 1<>"$tmp/fifo" &
}
tail -c +5000001 "$tmp/large.txt" >"$tmp/rest.txt"
feed "$tmp/rest.txt"
start 140 30 --date 2025-11-08 "$tmp/fifo"
check "the beginning shows while the rest is held back" \
	wait_for "A large article for the reader test" 60
check "the status line says the rest is being read" wait_for "Reading the article…" 10
keys G
check "the end waits for the rest" wait_for "its end shows when it is read" 10
check "the dates wait too" wait_for "Finding dates…" 10
check "the notes pane says why it is empty" grep -qF "Reading the article…" "$tmp/screen"
touch "$tmp/go"
check "the end shows when the rest arrives" wait_for "$(cat "$tmp/large.txt.last")" 60
check "the status line then counts the paragraphs" wait_for "· 100% · fifo" 30
check "the dates and claims arrive after" wait_for "Timeline  1/" 120
keys q
check "q exits with status 0 after a piped article" [ "$(wait_exit 30)" = 0 ]

feed "$tmp/rest.txt"
start 140 30 --date 2025-11-08 "$tmp/fifo"
check "the beginning shows again" wait_for "A large article for the reader test" 60
keys / "$(cat "$tmp/large.txt.last")" Enter
check "a search waits for the rest" wait_for "the search runs when it is read" 10
touch "$tmp/go"
check "the search runs when the rest arrives" wait_for "match 1/1" 60
keys q
wait_exit 30 >/dev/null

printf 'binary\000\000\000 tail' >"$tmp/binary.bin"
feed "$tmp/binary.bin"
start 140 30 --date 2025-11-08 "$tmp/fifo"
check "the beginning of a file that ends in binary shows" \
	wait_for "A large article for the reader test" 60
touch "$tmp/go"
check "its binary rest ends the reader with status 1" [ "$(wait_exit 60)" = 1 ]
check "and the command line's message" wait_for "dateline: $tmp/fifo: not a text file" 10
finish
