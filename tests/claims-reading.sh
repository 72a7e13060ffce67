#!/bin/sh
# Claims as a reader sees them, over the sample, the seed and every PolNeAR dev article: a direct
# claim's quote spans hold no quotation mark of their own, no --claims line shows paraphrase in
# quotation marks, at most 1% of lines have unbalanced marks, a claim inside another has a
# parent; and the sample's speakers are resolved as a reader would. The seed and PolNeAR come
# from ../shared; without it only the sample is read (and the suite says so).
. "$SRCDIR/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || skip "python3 is needed to read --json"
SHARED=${SHARED:-}

printf '%s\n' "$SRCDIR/data/sample.txt" >"$tmp/files"
if [ -n "$SHARED" ] && [ -f "$SHARED/seed/000_0aea4d21645afa5d.txt" ]; then
	printf '%s\n' "$SHARED/seed/000_0aea4d21645afa5d.txt" >>"$tmp/files"
	ls "$SHARED"/corpus/claims/polnear/dev/*.txt >>"$tmp/files" 2>/dev/null
else
	skip_check "the seed and PolNeAR dev" "no shared data at '${SHARED}'"
fi

# Every file's --json and --claims, for the checker below.
i=0
while IFS= read -r f; do
	i=$((i + 1))
	"$DATELINE" --json "$f" >"$tmp/$i.json" 2>"$tmp/err" &&
		"$DATELINE" --claims "$f" >"$tmp/$i.claims" 2>>"$tmp/err" ||
		not_ok "dateline fails on $f" "$tmp/err"
	printf '%s\t%s\n' "$f" "$i" >>"$tmp/index"
done <"$tmp/files"

cat >"$tmp/check.py" <<'EOF'
# Checks the claims of every file in the index; argv: index, folder, what to check.
import json, sys
index, folder, what = sys.argv[1], sys.argv[2], sys.argv[3]
OPEN = {'"': '"', '\u201c': '\u201d', '\u201e': '\u201d', '\u00ab': '\u00bb',
        '\u300c': '\u300d', '\u300e': '\u300f', '\u2018': '\u2019'}
DOUBLE = set('"\u201c\u201d\u201e\u00ab\u00bb')
bad, lines, unbalanced = [], 0, []
for row in open(index, encoding='utf-8'):
    path, i = row.rstrip('\n').split('\t')
    raw = open(path, 'rb').read()
    d = json.load(open('%s/%s.json' % (folder, i), encoding='utf-8'))
    text = d['text'].encode() if 'text' in d else raw
    cl = d['claims']
    if what == 'quotes':
        for c in cl:
            if c['kind'] != 'direct':
                continue
            if not c.get('quote'):
                bad.append('%s: direct claim without quote spans: %s' % (path, c['content']['text'][:60]))
                continue
            for q in c['quote']:
                s = text[q['start']:q['end']].decode('utf-8', 'replace')
                before = text[:q['start']].decode('utf-8', 'replace').rstrip()[-1:]
                marks = {before, OPEN.get(before, before)} if before in OPEN else set()
                if (s[:1] in DOUBLE or s[-1:] in DOUBLE or any(m in s for m in marks)):
                    bad.append('%s: quote span %r' % (path, s[:80]))
    elif what == 'parents':
        for j, c in enumerate(cl):
            for k, o in enumerate(cl):
                if k != j and o['content']['start'] <= c['content']['start'] and \
                   c['content']['end'] <= o['content']['end'] and \
                   (o['content']['start'], -o['content']['end']) < (c['content']['start'], -c['content']['end']) and \
                   c['parent'] is None:
                    bad.append('%s: claim %d lies in claim %d but has no parent' % (path, j, k))
                    break
    elif what == 'lines':
        for line in open('%s/%s.claims' % (folder, i), encoding='utf-8'):
            lines += 1
            body = line.split(': ', 1)[1] if ': ' in line else line
            if '(paraphrase): ' in line:
                p = line.split('(paraphrase): ', 1)[1].strip()
                if p[:1] == '\u201c' and p[-1:] == '\u201d' and p.count('\u201c') == 1:
                    bad.append('%s: paraphrase in quotation marks: %s' % (path, line.strip()[:100]))
            if line.count('\u201c') != line.count('\u201d') or line.count('"') % 2:
                unbalanced.append('%s: %s' % (path, line.strip()[:100]))
if what == 'lines':
    print('%d of %d lines unbalanced' % (len(unbalanced), lines))
    for u in unbalanced[:10]:
        print(u)
    if lines and len(unbalanced) > lines / 100:
        bad.append('more than 1% of lines unbalanced')
for b in bad[:20]:
    print(b)
sys.exit(1 if bad else 0)
EOF

run() {
	python3 "$tmp/check.py" "$tmp/index" "$tmp" "$1" >"$tmp/out.$1" 2>&1
}
LIB_DETAIL=$tmp/out.quotes check "every direct claim has quote spans without its own marks" \
	run quotes
LIB_DETAIL=$tmp/out.parents check "every claim inside another has a parent" run parents
LIB_DETAIL=$tmp/out.lines check "no paraphrase in quotation marks; at most 1% of lines unbalanced" \
	run lines

# The sample as a reader resolves it: "he told" is Huang Renxun, "the company reported" NVIDIA,
# and Huang, Mr. Huang and he are one speaker.
sample() {
	python3 - "$tmp/1.json" <<'EOF'
import json, sys
cl = json.load(open(sys.argv[1], encoding='utf-8'))['claims']
def by_cue(cue, speaker):
    return [c for c in cl if c['cue'] and c['cue']['text'] == cue and c['speaker'] and
            c['speaker']['text'] == speaker]
told, reported = by_cue('told', 'he'), by_cue('reported', 'the company')
ok = len(told) == 1 and told[0]['speaker_resolved'] == 'Huang Renxun' and \
     len(reported) == 1 and reported[0]['speaker_resolved'] == 'NVIDIA'
huang = {c['speaker_id'] for c in cl if c['speaker_resolved'] == 'Huang Renxun'}
ok = ok and len(huang) == 1 and sum(1 for c in cl if c['speaker'] and
     c['speaker']['text'] in ('Huang', 'Mr. Huang', 'he', 'He') and
     c['speaker_resolved'] != 'Huang Renxun') == 0
sys.exit(0 if ok else 1)
EOF
}
check "the sample: he told = Huang Renxun, the company = NVIDIA, one id for Huang" sample
finish
