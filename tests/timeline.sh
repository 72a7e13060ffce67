#!/bin/sh
# The sample's timeline as a reader meets it: the Markdown export gives every event its full
# date and whole summary, then a Mermaid diagram; no summary is shorter than three words or
# opens with filler (the date's own words are none) or a quotation mark; the 2027 event is the
# analysts' forecast; the ¶11 November 7 event is Huang's speech.
. "$SRCDIR/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || skip "python3 is needed to read the JSON"
sample="$SRCDIR/data/sample.txt"

"$DATELINE" --export-md - "$sample" >"$tmp/md" 2>"$tmp/err"
check "--export-md exits 0" [ $? -eq 0 ]
check "--export-md writes nothing on stderr" [ ! -s "$tmp/err" ]
sed -n '/^## Timeline$/,/^## Claims$/p' "$tmp/md" >"$tmp/timeline"
for d in 2025-07 2025-10-28 2025-11-02 2025-11-05 2025-11-07; do
	check "the timeline carries $d" grep -q "($d)" "$tmp/timeline"
done
check "no summary is cut with …" sh -c '! grep -q "…" "$1"' - "$tmp/timeline"
check "no XXXX in the timeline" sh -c '! grep -q XXXX "$1"' - "$tmp/timeline"
check "a Mermaid timeline follows the list" sh -c 'grep -q "^\`\`\`mermaid$" "$1" &&
	grep -q "^timeline$" "$1" && grep -q "^    section 2025$" "$1"' - "$tmp/timeline"

"$DATELINE" --json "$sample" >"$tmp/json"
check "--json exits 0" [ $? -eq 0 ]
python3 - "$tmp/json" >"$tmp/events.txt" 2>&1 <<'PY'
import json, re, sys
events = json.load(open(sys.argv[1]))["events"]
bad = 0
def check(cond, what):
    global bad
    if not cond:
        print(what)
        bad += 1
# "Two days earlier, on November 5" opens a row as the date's own words: no filler
fillers = re.compile(r"^(The week before|For example|Meanwhile|However|"
                     r"In addition|Also|And|But)\b", re.I)
for e in events:
    s = e["summary"]
    check(len(re.findall(r"\w+", s)) >= 3, "%s: fewer than three words: %r" % (e["label"], s))
    check(not fillers.match(s), "%s: opens with filler: %r" % (e["label"], s))
    check(s[:1] not in "\"'\u201c\u2018", "%s: opens with a quotation mark: %r" % (e["label"], s))
    check("XXXX" not in e["label"], "%s: the label says XXXX" % e["label"])
y2027 = [e["summary"] for e in events if e["value"] == "2027"]
check(all(s.startswith("Analysts expect") for s in y2027),
      "the 2027 event is not the analysts' forecast: %r" % y2027)
p11 = [e["summary"] for e in events if e["paragraph"] == 11 and e["value"] == "2025-11-07"]
check(len(p11) == 1 and p11[0].startswith("Huang") and
      "said: \u201cChina will decide" in p11[0],
      "the \u00b611 Nov 7 event is not Huang's speech: %r" % p11)
print("%d events, %d problems" % (len(events), bad))
sys.exit(1 if bad else 0)
PY
if [ $? -eq 0 ]; then
	ok "the sample's summaries: three words or more, no filler or quotation mark first, the 2027 forecast, Huang's speech"
else
	not_ok "the sample's summaries" "$tmp/events.txt"
fi
finish
