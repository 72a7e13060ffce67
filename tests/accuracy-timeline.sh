#!/bin/sh
# The timeline a reader reads, on the shared news: across the PolNeAR dev articles no event
# shows XXXX or an empty summary and no sentence gives two events for one date; --timeline on
# the seed, with and without --date, never prints XXXX and says an unknown year in words.
# Skips (meson's SKIP, saying why) without ../shared.
. "$SRCDIR/tests/lib.sh"
SHARED=${SHARED:-$SRCDIR/../shared}
polnear="$SHARED/corpus/claims/polnear/dev"
seed="$SHARED/seed/000_0aea4d21645afa5d.txt"
if [ ! -d "$polnear" ] || [ ! -f "$seed" ]; then
	skip "no shared data at $SHARED (the news corpora are not in the repository)"
fi
command -v python3 >/dev/null 2>&1 || skip "python3 is needed to read the JSON"

# The seed as a reader runs it: never XXXX; undated, the year said in words.
for args in "" "--date 2025-11-08"; do
	# shellcheck disable=SC2086
	"$DATELINE" --timeline $args "$seed" >"$tmp/seed.txt" 2>"$tmp/err"
	st=$?
	cat "$tmp/err" >>"$tmp/seed.txt"
	if [ $st -eq 0 ] && [ -s "$tmp/seed.txt" ] && [ ! -s "$tmp/err" ] &&
		! grep -q XXXX "$tmp/seed.txt"; then
		ok "seed --timeline $args: $(wc -l <"$tmp/seed.txt") events, no XXXX"
	else
		not_ok "seed --timeline $args: exit 0, events, no XXXX" "$tmp/seed.txt"
	fi
done
check "the dated seed says no year is unknown" sh -c '! grep -q "year unknown" "$1"' - "$tmp/seed.txt"
"$DATELINE" --timeline "$seed" >"$tmp/undated.txt" 2>&1
check "the undated seed's July event says its year is unknown" \
	grep -q "^Jul, year unknown " "$tmp/undated.txt"

# Every PolNeAR dev article: the JSON events and the printed timeline.
: >"$tmp/failed"
for f in "$polnear"/*.txt; do
	b=$(basename "$f" .txt)
	"$DATELINE" --json "$f" >"$tmp/$b.json" 2>/dev/null || echo "$b" >>"$tmp/failed"
	"$DATELINE" --timeline "$f" >"$tmp/$b.timeline" 2>/dev/null || echo "$b" >>"$tmp/failed"
done
check "dateline --json and --timeline exit 0 on every PolNeAR dev article" [ ! -s "$tmp/failed" ]
python3 - "$tmp" >"$tmp/polnear.txt" 2>&1 <<'PY'
import glob, json, os, sys
tmp = sys.argv[1]
bad = events = 0
for path in sorted(glob.glob(os.path.join(tmp, "*.json"))):
    name = os.path.basename(path)[:-5]
    doc = json.load(open(path))
    seen = {}
    for e in doc["events"]:
        events += 1
        if "XXXX" in e["label"] or not e["summary"].strip():
            print("%s: event %r shows %r" % (name, e["label"], e["summary"]))
            bad += 1
        # one event per sentence and date (a time of day is the same date)
        key = (e["start"], e["value"].split("T")[0])
        if key in seen:
            print("%s: two events for %s in one sentence: %r, %r" % (
                name, key[1], seen[key], e["summary"]))
            bad += 1
        seen[key] = e["summary"]
    with open(os.path.join(tmp, name + ".timeline")) as t:
        if "XXXX" in t.read():
            print("%s: --timeline prints XXXX" % name)
            bad += 1
print("%d events, %d problems" % (events, bad))
sys.exit(1 if bad or events < 200 else 0)
PY
if [ $? -eq 0 ]; then
	ok "PolNeAR dev: no XXXX, no empty summary, one event per sentence and date ($(tail -n 1 "$tmp/polnear.txt"))"
else
	not_ok "PolNeAR dev: no XXXX, no empty summary, one event per sentence and date" \
		"$tmp/polnear.txt"
fi
finish
