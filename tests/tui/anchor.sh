#!/bin/sh
# anchor: the seed opened without --date says in the status line that its date is unknown (and
# the timeline's title, its rows marking the year "?");
# :date 2025-11-08 shows the anchor there and ] then names events with their year; the anchor is
# remembered with the article's notes (--date still wins), :date alone says it, :date none and
# auto forget it; scrolled, the timeline's top row says its year; Tab completes a command's
# name, Up recalls the last, mistakes are said; a notes database of the first schema is brought
# up to date and keeps its notes; a large article takes a :date typed while its dates are still
# being found, and one typed after.
. "$(dirname "$0")/lib.sh"
need_seed

cp "$SEED" "$tmp/seed.txt"
db=$tmp/notes.db
start 100 24 --notes-db "$db" "$tmp/seed.txt"
check "the seed without --date: the status line says the date is unknown" wait_for "date unknown"
keys ']'
check "] says the year is unknown in words, never XXXX" wait_for "Event 1/"
check "no XXXX on the status line" sh -c "! tail -1 '$tmp/screen' | grep -q XXXX"
check "nor in the timeline pane" sh -c "! grep -q XXXX '$tmp/screen'"
check "the timeline's title says the year is unknown and how to give it" \
	grep -q "Timeline  [0-9]*/[0-9]* · year unknown (:date)" "$tmp/screen"
check "its rows mark the unknown year with ?" grep -q "│ Aug ?    [A-Z]" "$tmp/screen"
keys : d a
keys Tab
wait_line '$' ":date" >/dev/null
check "Tab completes the command's name" sh -c "tail -1 '$tmp/screen' | grep -qx ':date *'"
text "2025-11-08"
keys Enter
check ":date 2025-11-08 shows the anchor in the status line" wait_for "2025-11-08 (:date)"
check "and says where it came from" wait_for "Anchor 2025-11-08, from :date"
keys g ']'
check "] then names the event with its year" wait_for "Event 1/10 · earlier in 2025 · ¶"
keys ']'
check "the next one too (Jul 2025)" wait_for "Event 2/10 · Jul 2025 · ¶"
keys : Up
check "Up recalls the last command" wait_for ":date 2025-11-08"
keys Escape
keys :
text "date tomorrow"
keys Enter
check "a date that is not one is refused on the status line" wait_for "Not a date: 'tomorrow'"
keys :
text "frobnicate"
keys Enter
check "an unknown command is said" wait_for "Not a command: :frobnicate"
keys q
check "q exits 0" [ "$(wait_exit)" = 0 ]

# Remembered with the article's notes; :date alone says it; --date still wins.
start 100 24 --notes-db "$db" "$tmp/seed.txt"
check "the anchor set with :date is remembered" wait_for "2025-11-08 (:date)"
keys :
text "date"
keys Enter
check ":date alone says the anchor and where it came from" wait_for "Anchor 2025-11-08, from :date"
keys q
wait_exit >/dev/null
start 100 24 --notes-db "$db" --date 2024-01-15 "$tmp/seed.txt"
check "--date wins over the remembered anchor" wait_for "2024-01-15 (--date)"
keys q
wait_exit >/dev/null
start 100 24 --notes-db "$db" "$tmp/seed.txt"
wait_for "2025-11-08 (:date)" >/dev/null
keys :
text "date none"
keys Enter
check ":date none forgets it: the date is unknown" wait_for "date unknown"
keys q
wait_exit >/dev/null
start 100 24 --notes-db "$db" "$tmp/seed.txt"
check "and stays forgotten" wait_for "date unknown"
keys :
text "q"
keys Enter
check ":q quits (0)" [ "$(wait_exit)" = 0 ]

# Scrolled, the timeline's top row still says its year (the rows below it leave it out).
start 100 24 --notes-db "$tmp/scroll.db" --date 2025-11-08 "$tmp/seed.txt"
wait_for "Timeline  1/10" >/dev/null
keys Tab G
check "scrolled to the end, the top row has its year" wait_for "│ Jul 2025 In July, Chinese"
check "and the row after it leaves it out" grep -q "│ Aug      Huang" "$tmp/screen"
keys q
wait_exit >/dev/null

# The sample has a date line: :date auto goes back to it after a :date.
cp "$SRCDIR/data/sample.txt" "$tmp/sample.txt"
start 100 24 --notes-db "$db" "$tmp/sample.txt"
check "an article's own date line is named as the anchor's source" wait_for "2025-11-08 (date line)"
keys :
text "date 2020-02-29"
keys Enter
check ":date replaces it" wait_for "2020-02-29 (:date)"
keys :
text "date auto"
keys Enter
check ":date auto goes back to the article's own" wait_for "2025-11-08 (date line)"
keys q
wait_exit >/dev/null

# A notes database of the first schema (as dateline 0.1 wrote it): opened, brought up to date,
# its note kept, and the anchor remembered in it.
python3 - "$tmp/old.db" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
con.executescript("""
CREATE TABLE notes(id INTEGER PRIMARY KEY, doc_hash TEXT NOT NULL, doc_path TEXT,
 target TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
 quote TEXT NOT NULL, ctx_before TEXT NOT NULL, ctx_after TEXT NOT NULL, body TEXT NOT NULL,
 created INTEGER NOT NULL, modified INTEGER NOT NULL);
CREATE TABLE positions(id INTEGER PRIMARY KEY, doc_hash TEXT NOT NULL, doc_path TEXT,
 span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, quote TEXT NOT NULL,
 ctx_before TEXT NOT NULL, ctx_after TEXT NOT NULL, modified INTEGER NOT NULL);
PRAGMA application_id = 1145851476; PRAGMA user_version = 1;
""")
con.commit()
PY
start 100 24 --notes-db "$tmp/old.db" "$tmp/seed.txt"
check "an old database opens" wait_for "No notes yet"
keys a
text "A note in an old database"
keys Enter
wait_for "Note saved" >/dev/null
keys :
text "date 2025-11-08"
keys Enter
check "and takes the anchor" wait_for "Anchor 2025-11-08, from :date"
check "remembered, not refused" sh -c "! grep -q 'not remembered' '$tmp/screen'"
keys q
wait_exit >/dev/null
ver=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA user_version').fetchone()[0])" "$tmp/old.db")
check "the database is at schema 2 now ($ver)" [ "$ver" = 2 ]
start 100 24 --notes-db "$tmp/old.db" "$tmp/seed.txt"
check "its note and anchor are there after reopening" wait_for "2025-11-08 (:date)"
check "the note too (its row wraps under what it is on)" wait_for "· A note in an old"
keys q
wait_exit >/dev/null

# A large article: a :date typed while the second thread finds the dates waits for it, and one
# typed after has the dates found again there.
python3 - "$tmp/large.txt" <<'PY'
import sys
out = ["A large undated article", ""]
i = size = 0
while size < 5_000_000:
    out.append('On March %d the minister said "talks will resume" after a meeting in Geneva, '
               'officials told reporters.' % (i % 28 + 1))
    out.append("")
    size += len(out[-2]) + 2
    i += 1
open(sys.argv[1], "w").write("\n".join(out))
PY
start 120 30 --notes-db "$tmp/large.db" "$tmp/large.txt"
wait_for "A large undated article" 60 >/dev/null
keys :
text "date 2024-06-01"
keys Enter
check "a large article takes :date while its dates are found" wait_for "2024-06-01 (:date)" 30
check "and finds them against it" wait_for "Timeline  1/" 120
keys ']'
check "its events have the year" wait_for "Mar 1, 2024" 30
keys :
text "date 2023-06-01"
keys Enter
check "a second :date has the dates found again" wait_for "2023-06-01 (:date)" 30
wait_for "Timeline  1/" 120 >/dev/null
keys ']'
check "against the new anchor" wait_for "Mar 1, 2023" 60
keys q
check "q exits 0" [ "$(wait_exit 60)" = 0 ]

# Opened again, the large article is read in two steps (its beginning shown at once) and the
# anchor remembered with :date comes back once the rest is read: its dates are found again.
start 120 30 --notes-db "$tmp/large.db" "$tmp/large.txt"
wait_for "A large undated article" 60 >/dev/null
check "the remembered anchor of a large article comes back" wait_for "2023-06-01 (:date)" 60
wait_for "Timeline  1/" 120 >/dev/null
keys ']'
check "and its dates are found against it" wait_for "Mar 1, 2023" 60
keys q
check "q exits 0 again" [ "$(wait_exit 60)" = 0 ]
finish
