#!/bin/sh
# Claims accuracy: the scorer's figures on the seed article and PolNeAR dev must meet the issue's
# thresholds. Skips (meson's SKIP, saying why) when ../shared is not there.
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
	figure "dev: found F1 >= 75.1" "$tmp/dev.json" "f['found_f1'] >= 0.751"
	figure "dev: found precision >= 93.0" "$tmp/dev.json" "f['found_p'] >= 0.930"
	figure "dev: content exact F1 >= 58.3" "$tmp/dev.json" "f['content_f1'] >= 0.583"
	figure "dev: source exact >= 83.5% of found" "$tmp/dev.json" "f['source_exact'] >= 0.835"
	figure "dev: cue exact >= 84.8% of found" "$tmp/dev.json" "f['cue_exact'] >= 0.848"
else
	skip_check "PolNeAR dev" "no PolNeAR dev at $dev"
fi
finish
