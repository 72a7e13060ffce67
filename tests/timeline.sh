#!/bin/sh
# The sample's timeline as a reader meets it: the Markdown export gives every event its full
# date and whole summary and a Mermaid diagram; no summary is shorter than three words or
# opens with filler or a quotation mark; the 2027 event is the analysts' forecast; the ¶11
# November 7 event is Huang's speech.
set -u
: "${DATELINE:?}" "${SRCDIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
ok() { echo "ok - $1"; }
bad() {
	echo "not ok - $1"
	fails=$((fails + 1))
}

sample="$SRCDIR/data/sample.txt"
"$DATELINE" --export-md - "$sample" >"$tmp/md" 2>"$tmp/err" || bad "--export-md exits 0"
[ -s "$tmp/err" ] && bad "--export-md writes nothing on stderr"
sed -n '/^## Timeline$/,/^## Claims$/p' "$tmp/md" >"$tmp/timeline"
for d in 2025-07 2025-10-28 2025-11-02 2025-11-05 2025-11-07; do
	if grep -q "($d)" "$tmp/timeline"; then ok "the timeline carries $d"; else bad "the timeline carries $d"; fi
done
if grep -q '…' "$tmp/timeline"; then bad "no summary is cut with …"; else ok "no summary is cut with …"; fi
if grep -q XXXX "$tmp/timeline"; then bad "no XXXX in the timeline"; else ok "no XXXX in the timeline"; fi
if grep -q '^```mermaid$' "$tmp/timeline" && grep -q '^timeline$' "$tmp/timeline" &&
	grep -q '^    section 2025$' "$tmp/timeline"; then
	ok "a Mermaid timeline follows the list"
else
	bad "a Mermaid timeline follows the list"
fi

"$DATELINE" --json "$sample" >"$tmp/json" || bad "--json exits 0"
python3 - "$tmp/json" <<'PY' || fails=$((fails + 1))
import json, re, sys
doc = json.load(open(sys.argv[1]))
events = doc["events"]
bad = 0
def check(cond, what):
    global bad
    print(("ok - " if cond else "not ok - ") + what)
    bad += not cond
fillers = re.compile(r"^(The week before|For example|Two days earlier|Meanwhile|However|"
                     r"In addition|Also|And|But)\b", re.I)
for e in events:
    s = e["summary"]
    words = re.findall(r"\w+", s)
    check(len(words) >= 3, "%s: at least three words: %r" % (e["label"], s))
    check(not fillers.match(s), "%s: no leading filler: %r" % (e["label"], s))
    check(s[:1] not in "\"'\u201c\u2018", "%s: no leading quotation mark: %r" % (e["label"], s))
check(all("XXXX" not in e["label"] for e in events), "labels never say XXXX")
y2027 = [e for e in events if e["value"] == "2027"]
check(all(e["summary"].startswith("Analysts expect") for e in y2027),
      "the 2027 event is the analysts' forecast: %r" % [e["summary"] for e in y2027])
p11 = [e for e in events if e["paragraph"] == 11 and e["value"] == "2025-11-07"]
check(len(p11) == 1 and "Huang" in p11[0]["summary"] and "said" in p11[0]["summary"]
      and "\u201cChina will decide" in p11[0]["summary"],
      "the \u00b611 Nov 7 event is Huang's speech: %r" % [e["summary"] for e in p11])
sys.exit(1 if bad else 0)
PY
[ "$fails" -eq 0 ]
