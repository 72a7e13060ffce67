#!/bin/sh
# Claims accuracy: the scorer's figures on the seed article and PolNeAR dev must meet the issue's
# thresholds. Skips (and says so) when ../shared is not there.
set -u
: "${DATELINE:?}" "${SHARED:=}"
if [ -z "$SHARED" ] || [ ! -f "$SHARED/eval/claims.py" ]; then
	echo "skipped: no shared data at '${SHARED}' (the scorer and gold are not in the repository)"
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "skipped: python3 is needed to run the scorer"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0

# check NAME JSON EXPR: EXPR is a Python expression over the scorer's figures (dict f).
check() {
	if python3 -c "import json,sys; f=json.load(open(sys.argv[1])); sys.exit(0 if ($3) else 1)" "$2"; then
		echo "ok - $1"
	else
		echo "not ok - $1"
		fails=$((fails + 1))
	fi
}

if ! python3 "$SHARED/eval/claims.py" --bin "$DATELINE" --json "$tmp/seed.json" \
	"$SHARED/seed/gold-claims.json"; then
	echo "not ok - the scorer failed on the seed"
	exit 1
fi
# found >= 16 of 17: recall * gold; resolved >= 15 of the gold claims
check "seed: at least 16 of 17 found" "$tmp/seed.json" "round(f['found_r'] * f['gold']) >= 16"
check "seed: at least 15 speakers resolved" "$tmp/seed.json" \
	"f['resolved'] is not None and round(f['resolved'] * f['found_r'] * f['gold']) >= 15"
check "seed: precision at least 80%" "$tmp/seed.json" "f['found_p'] >= 0.80"

dev="$SHARED/corpus/claims/polnear/dev"
if [ -d "$dev" ]; then
	if ! python3 "$SHARED/eval/claims.py" --bin "$DATELINE" --json "$tmp/dev.json" "$dev"; then
		echo "not ok - the scorer failed on PolNeAR dev"
		exit 1
	fi
	check "dev: found F1 >= 65" "$tmp/dev.json" "f['found_f1'] >= 0.65"
	check "dev: content exact F1 >= 45" "$tmp/dev.json" "f['content_f1'] >= 0.45"
	check "dev: source exact >= 65% of found" "$tmp/dev.json" "f['source_exact'] >= 0.65"
	check "dev: cue exact >= 70% of found" "$tmp/dev.json" "f['cue_exact'] >= 0.70"
else
	echo "skipped: no PolNeAR dev at $dev"
fi
[ "$fails" -eq 0 ]
