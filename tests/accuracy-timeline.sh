#!/bin/sh
# The timeline a reader reads, on the shared news: across the PolNeAR dev articles no event
# shows XXXX or an empty summary and no sentence gives two events for one date; --timeline on
# the seed, with and without --date, never prints XXXX and names the year in words when it is
# unknown. Skips (exit 77) without ../shared.
set -u
: "${DATELINE:?}" "${SRCDIR:?}"
SHARED=${SHARED:-$SRCDIR/../shared}
polnear="$SHARED/corpus/claims/polnear/dev"
seed="$SHARED/seed/000_0aea4d21645afa5d.txt"
if [ ! -d "$polnear" ] || [ ! -f "$seed" ]; then
	echo "skipped: no shared data at $SHARED"
	exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "skipped: python3 not found"
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0

# The seed as a reader runs it: never XXXX; undated, the year said in words.
for args in "" "--date 2025-11-08"; do
	# shellcheck disable=SC2086
	if ! "$DATELINE" --timeline $args "$seed" >"$tmp/seed.txt" 2>"$tmp/err"; then
		echo "not ok - seed --timeline $args: exit status"
		fails=$((fails + 1))
	elif grep -q XXXX "$tmp/seed.txt" || [ ! -s "$tmp/seed.txt" ] || [ -s "$tmp/err" ]; then
		echo "not ok - seed --timeline $args prints XXXX, nothing, or a message"
		sed 's/^/  # /' "$tmp/seed.txt" "$tmp/err"
		fails=$((fails + 1))
	else
		echo "ok - seed --timeline $args: $(wc -l <"$tmp/seed.txt") events, no XXXX"
	fi
done
if grep -q "year unknown" "$tmp/seed.txt"; then
	echo "not ok - seed --timeline --date 2025-11-08 says the year is unknown"
	fails=$((fails + 1))
fi
"$DATELINE" --timeline "$seed" | grep -q "^Jul, year unknown " ||
	{ echo "not ok - the undated seed's July event says its year is unknown" && fails=$((fails + 1)); }

# Every PolNeAR dev article: JSON events and the printed timeline.
n=0
for f in "$polnear"/*.txt; do
	n=$((n + 1))
	b=$(basename "$f" .txt)
	"$DATELINE" --json "$f" >"$tmp/$b.json" 2>/dev/null || echo "$b" >>"$tmp/exit"
	"$DATELINE" --timeline "$f" >"$tmp/$b.timeline" 2>/dev/null || echo "$b" >>"$tmp/exit"
done
if [ -s "$tmp/exit" ]; then
	echo "not ok - dateline failed on: $(tr '\n' ' ' <"$tmp/exit")"
	fails=$((fails + 1))
fi
python3 - "$tmp" <<'PY' || fails=$((fails + 1))
import glob, json, os, sys
tmp = sys.argv[1]
bad = events = 0
for path in sorted(glob.glob(os.path.join(tmp, "*.json"))):
    name = os.path.basename(path)[:-5]
    doc = json.load(open(path))
    seen = {}
    for e in doc["events"]:
        events += 1
        x = doc["timexes"][e["timex"] - 1]
        if "XXXX" in e["label"] or not e["summary"].strip():
            print("not ok - %s: event %r shows %r" % (name, e["label"], e["summary"]))
            bad += 1
        # one event per sentence and date (the day; a time of day is the same date)
        key = (e["start"], e["value"].split("T")[0])
        if key in seen:
            print("not ok - %s: two events for %s in one sentence: %r, %r" % (
                name, key[1], seen[key], e["summary"]))
            bad += 1
        seen[key] = e["summary"]
    with open(os.path.join(tmp, name + ".timeline")) as t:
        if "XXXX" in t.read():
            print("not ok - %s: --timeline prints XXXX" % name)
            bad += 1
print("%s - PolNeAR dev: %d events, %d problems" % ("not ok" if bad else "ok", events, bad))
sys.exit(1 if bad or events < 200 else 0)
PY
echo "# $n PolNeAR dev articles"
[ "$fails" -eq 0 ]
