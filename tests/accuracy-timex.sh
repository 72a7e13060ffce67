#!/bin/sh
# Accuracy of the timeline engine against the shared gold: the seed's must-shows (all 16 gold
# expressions with their values, the timeline order with and without --date) and the corpus
# thresholds (timebank + aquaint: relaxed F1 >= 92.3, value accuracy >= 85.1). Skips (meson's SKIP,
# saying why) without ../shared.
. "$SRCDIR/tests/lib.sh"
SHARED=${SHARED:-$SRCDIR/../shared}
if [ ! -d "$SHARED/seed" ] || [ ! -f "$SHARED/eval/timex.py" ]; then
	skip "no shared data at $SHARED (the scorer and gold are not in the repository)"
fi
command -v python3 >/dev/null 2>&1 || skip "python3 is needed to run the scorer"
seed="$SHARED/seed/000_0aea4d21645afa5d.txt"
gold="$SHARED/seed/gold-timeline.json"

# The seed: every gold expression at its span with its value, and the events in order.
"$DATELINE" --json --date 2025-11-08 "$seed" >"$tmp/dated.json"
check "seed: --json --date exits 0" [ $? -eq 0 ]
"$DATELINE" --json "$seed" >"$tmp/undated.json"
check "seed: --json exits 0" [ $? -eq 0 ]
python3 - "$gold" "$tmp/dated.json" "$tmp/undated.json" >"$tmp/seed.txt" 2>&1 <<'EOF'
import json, sys
gold = json.load(open(sys.argv[1]))
dated = json.load(open(sys.argv[2]))
undated = json.load(open(sys.argv[3]))
bad = 0
got = {(t["start"], t["end"]): t for t in dated["timexes"]}
for g in gold["timexes"]:
    p = got.get((g["start"], g["end"]))
    if not p or p["value"] != g["value"] or p["type"] != g["type"]:
        print("seed %r: want %s %s, got %s" % (g["text"], g["type"], g["value"],
              p and (p["type"], p["value"])))
        bad += 1
print("seed: %d of %d gold expressions" % (len(gold["timexes"]) - bad, len(gold["timexes"])))

def order(doc):
    out = []
    for e in doc["events"]:
        v = e["value"]
        if len(v) >= 10:
            key = v[5:10]  # MM-DD
        elif len(v) == 7:
            key = v[5:7]
        else:
            key = "year"
        if not out or out[-1] != key:
            out.append(key)
    return out

# Undated, "earlier this year" places nothing (no year, no month): it is no event.
want = ["year", "07", "08", "09", "10-28", "11-02", "11-05", "11-07"]
for name, doc, year, w in (("dated", dated, "2025", want), ("undated", undated, "XXXX", want[1:])):
    o = order(doc)
    years = {e["value"][:4] for e in doc["events"]}
    if o != w or years != {year}:
        print("seed timeline (%s): %s, years %s" % (name, o, sorted(years)))
        bad += 1
    else:
        print("seed timeline (%s): %s" % (name, ", ".join(e["label"] for e in doc["events"])))
sys.exit(1 if bad else 0)
EOF
if [ $? -eq 0 ]; then
	ok "seed: the gold expressions and the timeline order, with and without --date"
	sed 's/^/  # /' "$tmp/seed.txt"
else
	not_ok "seed: the gold expressions and the timeline order, with and without --date" \
		"$tmp/seed.txt"
fi

# The corpora.
corpus="$SHARED/corpus/timex"
if [ -d "$corpus/timebank" ] && [ -d "$corpus/aquaint" ]; then
	if python3 "$SHARED/eval/timex.py" --bin "$DATELINE" --json "$tmp/news.json" \
		"$corpus/timebank" "$corpus/aquaint" >"$tmp/news.txt" 2>&1; then
		sed 's/^/  # /' "$tmp/news.txt"
		figures=$(python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))
print("relaxed F1 %.1f (>= 92.3), value accuracy %.1f (>= 85.1)" % (100 * f["relaxed_f1"],
      100 * f["value_acc"]))
sys.exit(0 if f["relaxed_f1"] >= 0.923 and f["value_acc"] >= 0.851 else 1)' "$tmp/news.json")
		if [ $? -eq 0 ]; then
			ok "timebank+aquaint: $figures"
		else
			not_ok "timebank+aquaint: $figures"
		fi
	else
		not_ok "the scorer failed on timebank+aquaint" "$tmp/news.txt"
	fi
else
	skip_check "timebank+aquaint" "no timebank/aquaint corpus at $corpus"
fi
finish
