#!/bin/sh
# large: an article above the size the reader analyses before its first screen (4 MB): the
# article shows, the dates and claims arrive from the second thread and the jump keys then use
# them; a quit while they are still being found ends cleanly with status 0 and keeps the place.
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
finish
