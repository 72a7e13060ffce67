#!/bin/sh
# Claims accuracy: the scorer's figures on the seed article and PolNeAR dev, and the real-news
# benchmark's over our hand labels, must meet the thresholds and not fall below today's.
# Skips (meson's SKIP, saying why) when ../shared is not there.
. "$SRCDIR/tests/lib.sh"
SHARED=${SHARED:-}
if [ -z "$SHARED" ] || [ ! -f "$SHARED/eval/claims.py" ]; then
	skip "no shared data at '${SHARED}' (the scorer and gold are not in the repository)"
fi
command -v python3 >/dev/null 2>&1 || skip "python3 is needed to run the scorer"

# figure NAME JSON EXPR: EXPR is a Python expression over the scorer's figures (dict f).
figure() {
	check "$1" python3 -c \
		"import json,sys; f=json.load(open(sys.argv[1])); sys.exit(0 if ($3) else 1)" "$2"
}

if ! python3 "$SHARED/eval/claims.py" --bin "$DATELINE" --json "$tmp/seed.json" \
	"$SHARED/seed/gold-claims.json"; then
	not_ok "the scorer failed on the seed"
	finish
fi
# found >= 16 of 17: recall * gold; the right speaker for at least 16 of the 17 gold claims
figure "seed: at least 16 of 17 found" "$tmp/seed.json" "round(f['found_r'] * f['gold']) >= 16"
figure "seed: at least 16 of 17 with the right speaker" "$tmp/seed.json" \
	"f['resolved'] is not None and round(f['resolved'] * f['found_r'] * f['gold']) >= 16"
figure "seed: precision at least 80%" "$tmp/seed.json" "f['found_p'] >= 0.80"

dev="$SHARED/corpus/claims/polnear/dev"
if [ -d "$dev" ]; then
	if ! python3 "$SHARED/eval/claims.py" --bin "$DATELINE" --json "$tmp/dev.json" "$dev"; then
		not_ok "the scorer failed on PolNeAR dev"
		finish
	fi
	figure "dev: found F1 >= 77.4" "$tmp/dev.json" "f['found_f1'] >= 0.774"
	figure "dev: found precision >= 94.4" "$tmp/dev.json" "f['found_p'] >= 0.944"
	figure "dev: content exact F1 >= 64.2" "$tmp/dev.json" "f['content_f1'] >= 0.642"
	figure "dev: source exact >= 88.3% of found" "$tmp/dev.json" "f['source_exact'] >= 0.883"
	figure "dev: cue exact >= 88.4% of found" "$tmp/dev.json" "f['cue_exact'] >= 0.884"
else
	skip_check "PolNeAR dev" "no PolNeAR dev at $dev"
fi

# Real news labelled by hand (bench/claims_speakers.tsv): claims found and speakers resolved over
# every split, the blind ones included, so that no rule buys a figure on one set with another.
# fresh13 (fourteen 2016 stories of seven outlets, PolNeAR dev, labelled blind in session 14) is
# harder than the wire stories; with it in, the figures read lower than before it came. So does
# fresh14 (eight TimeML stories labelled blind in session 22: resolved 88.5% on its first run).
pages="$SHARED/corpus/html/readability"
tml="$SHARED/corpus/timex"
if [ -d "$pages" ] && [ -d "$tml" ] && [ -d "$dev" ]; then
	line=$(python3 "$SRCDIR/bench/claims_speakers.py" --bin "$DATELINE" --pages "$pages" \
		--tml "$tml" --polnear "$dev" --split all | tail -n 1)
	echo "# real news: $line"
	news() {
		python3 -c "import re,sys; m=re.search(sys.argv[2], sys.argv[1]); \
sys.exit(0 if m and float(m.group(1)) >= float(sys.argv[3]) else 1)" "$line" "$1" "$2"
	}
	check "real news: found F1 >= 86.6" news 'F1 ([0-9.]+)' 86.6
	check "real news: speakers resolved >= 97.6%" news 'resolved ([0-9.]+)%' 97.6
else
	skip_check "real news" "no saved pages at $pages, no TimeML stories at $tml or no PolNeAR dev at $dev"
fi
finish
