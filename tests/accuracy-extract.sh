#!/bin/sh
# Accuracy of the article extraction against the shared saved pages (Readability's test pages
# with their expected article and metadata): the thresholds of issue 14 (all pages F1 >= 97,
# news F1 >= 97, title exact >= 85%, no failed or empty output) and the seed's byline. Skips
# (meson's SKIP, saying why) without ../shared.
. "$SRCDIR/tests/lib.sh"
SHARED=${SHARED:-$SRCDIR/../shared}
corpus="$SHARED/corpus/html/readability"
if [ ! -d "$corpus" ] || [ ! -f "$SHARED/eval/extract.py" ]; then
	skip "no shared pages at $corpus (the scorer and the pages are not in the repository)"
fi
command -v python3 >/dev/null 2>&1 || skip "python3 is needed to run the scorer"

if python3 "$SHARED/eval/extract.py" --bin "$DATELINE" --jobs 2 --json "$tmp/extract.json" \
	"$corpus" >"$tmp/extract.txt" 2>&1; then
	sed 's/^/  # /' "$tmp/extract.txt"
	figures=$(python3 -c '
import json, sys
c = json.load(open(sys.argv[1]))["corpora"]["readability"]
news = c["by_category"]["news"]
print("F1 %.1f (>= 97), news F1 %.1f (>= 97), title exact %.1f%% (>= 85), failures %d (0)" % (
      100 * c["f1"], 100 * news["f1"], 100 * c["title_match"], c["failures"]))
sys.exit(0 if c["f1"] >= 0.97 and news["f1"] >= 0.97 and c["title_match"] >= 0.85
         and c["failures"] == 0 else 1)' "$tmp/extract.json")
	if [ $? -eq 0 ]; then
		ok "readability pages: $figures"
	else
		not_ok "readability pages: $figures"
	fi
else
	not_ok "the scorer failed on the readability pages" "$tmp/extract.txt"
fi

# The seed opens with its byline: that is the byline, not the title.
seed="$SHARED/seed/000_0aea4d21645afa5d.txt"
if [ -f "$seed" ]; then
	"$DATELINE" --json "$seed" >"$tmp/seed.json"
	check "seed: byline, not title" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["byline"] == "Observers Network, Qi Qian", d.get("byline")
assert d["title"] is None, d["title"]' "$tmp/seed.json"
else
	skip_check "seed: byline, not title" "no seed at $seed"
fi
finish
