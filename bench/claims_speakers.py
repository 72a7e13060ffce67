#!/usr/bin/env python3
"""Score `dateline --json` claims on saved news pages against hand labels of who said what.

usage: python3 bench/claims_speakers.py --bin build/dateline --pages DIR
       [--split train|held|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|
               fresh11|fresh12|fresh13|fresh14|all]
       [--show]
       [--tml DIR] [--polnear DIR]

DIR holds the saved pages as DIR/<page>/source.html (the readability test pages). The labels
(bench/claims_speakers.tsv) hold, per page, only byte offsets into the extracted text and our
judgement: page, content start, content end, Y (a claim) or N (not a claim), and for Y the
speaker a reader would name ("A|B" for alternatives, "?" when the page does not say, "writer"
for a first-person narrator the page names no one for). Pages whose names are in HELD were
kept aside while the rules were written. Pages in FRESH were labelled in full (every attribution
a reader would want, found or not, and every claim we gave that is not one) before any rule was
tuned on them, so their recall means something; the TimeML stories (--tml) are fresh2, and
those in FRESH3 a second such set, labelled the same way a session later, those in FRESH4 a third
such set (chosen for several speakers, pronouns and "the official/spokesman" references) and those
in FRESH5 a fourth (four long wire stories, labelled with the alternatives a reader accepts for an
unnamed source, e.g. "analysts|some analysts"); those in FRESH6 a fifth (four stories of as many
outlets: NYT, WSJ, Xinhua and a PRI broadcast transcript), labelled in full from the text alone
before any rule or any output of ours saw them, and those in FRESH7 a sixth labelled the same day
the same way (AP 2000, WSJ, AP 1998 and a VOA broadcast transcript), and those in FRESH8 a
seventh, labelled blind the same way in session 10 (six stories of five outlets: AP 1990 and
1998, WSJ, NYT, Xinhua and a CNN broadcast transcript; no saved page left unlabelled is an
English news report; sound bites without a tag, requests and orders are not labelled), and those
in FRESH9 an eighth, labelled blind the same way later in session 10 (six stories of six outlets:
NYT 2000, AP 2000, WSJ, Xinhua 1999, and VOA and PRI broadcast transcripts), and those in FRESH10
a ninth, labelled blind the same way in session 11 (six stories of five outlets: NYT 2000 and
1998, AP 2000, Xinhua 1999, a CNN broadcast transcript and WSJ 1991; states of mind such as
"believes", "thinks" or "hopes" and what a crowd shouts are not labelled either), and those in
FRESH11 a tenth, labelled blind the same way in session 12 (six stories of four outlets: NYT 2000,
WSJ 1989 and 1990, AP 1998 and 1999 and Xinhua 1999, chosen for unnamed dealers, traders and
officials, pronouns and quotations broken by their tags; requests and questions are not labelled,
what someone "calls" a thing is, with the words it carries), and those in FRESH12 an eleventh,
labelled blind the same way in session 13 (nine stories of three outlets: WSJ 1989, AP 1998 and
2000 and NYT 1998 and 1999, chosen for unnamed officials, analysts and fund managers, companies
and agencies as speakers, "the thrift" and "the Cuban leader", pronouns and quotations broken by
their tags; noun objects, refusals, demands and states of mind are not labelled, findings and
rulings are, and what unnamed people "who say" something say is labelled with "?"), and those
in FRESH13 a twelfth, labelled blind the same way in session 14 (fourteen stories of PolNeAR dev,
2016 US political news of seven outlets, Breitbart, HuffPost, NYT and Politico among them, read
as plain text: page polnear/<name> is --polnear DIR/<name>.txt; the FRESH12 policy, with vows
labelled, a charge labelled as "accused ... of" is, a headline "Name: words" labelled as what
Name said, and in an interview transcript each answer one label and the questions none), and those
in FRESH14 a thirteenth, labelled blind the same way in session 22 (eight TimeML stories of five
outlets: NYT 1998 twice, AP 1998 and 2000, WSJ 1989 twice, Xinhua 1998 and an ABC broadcast
transcript, chosen among the stories no set had touched for several speakers each, at least four
attributions, quotations broken by their tags, companies, agencies, statements and reports as
speakers, unnamed analysts, consultants and officials and a sound bite named after it; the FRESH12
and FRESH13 policy: noun objects, refusals, demands, requests and states of mind not labelled,
findings, rulings, vows and what someone "calls" or "describes as" a thing labelled, what a
report or figures "show" not labelled, and "some say" labelled with "?"); train is
every page in none of the sets. On six train pages (breitbart, buzzfeed-1, citylab-1, cnn,
guardian-1, tmz-1) the claims we missed were added as Y too; elsewhere the labels hold only
claims we gave, so recall there reads high. A quotation that runs on over paragraphs after its
tag is one label, as it is one claim.

found: a claim matches the label it overlaps most (one to one); a claim on a Y label is found, a
claim on an N label or on no label is not (those on no label are listed with --show, to be
judged). resolved: on found claims whose label names a speaker, the share whose
speaker_resolved is that speaker (case-insensitive, a leading "the", "a" or "an" and a trailing
"'s" dropped).
Standard library only.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HELD = set("aclu article-author-tag bug-1255978 cnet herald-sun-1 medicalnewstoday nytimes-2 "
           "nytimes-4 salon-1 spiceworks videos-1 wapo-2 yahoo-3".split())
FRESH = set("ebb-org gitlab-blog lwn-1 simplyfound-1 webmd-2 yahoo-2".split())
FRESH3 = set("aquaint/APW20000107.0318 aquaint/NYT19990312.0271 aquaint/NYT20000330.0406 "
             "timebank/wsj_0568 timebank/wsj_0575 timebank/wsj_0938".split())
FRESH5 = set("timebank/AP900816-0139 timebank/wsj_0810 aquaint/APW20000210.0328 "
             "aquaint/NYT19981025.0216".split())
FRESH6 = set("aquaint/NYT19981026.0446 timebank/wsj_0610 aquaint/XIE19990313.0229 "
             "timebank/PRI19980303.2000.2550".split())
FRESH7 = set("aquaint/APW20000417.0031 timebank/wsj_0973 timebank/APW19980306.1001 "
             "timebank/VOA19980303.1600.2745".split())
FRESH8 = set("timebank/AP900815-0044 timebank/wsj_1014 aquaint/NYT20000601.0442 "
             "aquaint/XIE19980814.0294 timebank/CNN19980213.2130.0155 "
             "timebank/APW19980227.0487".split())
FRESH9 = set("aquaint/NYT20000403.0463 aquaint/APW20000403.0057 timebank/wsj_0585 "
             "aquaint/XIE19990210.0079 timebank/VOA19980331.1700.1533 "
             "timebank/PRI19980213.2000.0313".split())
FRESH10 = set("aquaint/NYT20000224.0173 aquaint/APW20000115.0031 aquaint/XIE19990313.0173 "
               "aquaint/NYT19980907.0112 timebank/CNN19980227.2130.0067 "
               "timebank/WSJ910225-0066".split())
FRESH11 = set("aquaint/NYT20000329.0359 timebank/WSJ900813-0157 timebank/wsj_0586 "
              "timebank/APW19980301.0720 aquaint/APW19990312.0251 "
              "aquaint/XIE19990313.0031".split())
FRESH12 = set("timebank/wsj_0768 timebank/wsj_1006 timebank/wsj_0584 timebank/wsj_1013 "
              "timebank/APW19980219.0476 aquaint/APW20000128.0316 aquaint/APW20000216.0193 "
              "timebank/NYT19980402.0453 aquaint/NYT19990419.0515".split())
FRESH13 = set("polnear/breitbart_2016-10-02_washington-post-hit-piece-exploi__5fec "
              "polnear/breitbart_2016-09-25_pence-gennifer-flowers-won-t-be-__d473 "
              "polnear/huff-post_2016-09-16_black-lawmakers-rip-donald-trump__ef2d "
              "polnear/huff-post_2016-10-07_frustrated-parents-rally-nationw__4b22 "
              "polnear/nyt_2016-09-20_examining-the-u-n-s-record-on-ur__5fec "
              "polnear/nyt_2016-09-12_visa-program-up-for-renewal-amid__4b22 "
              "polnear/politico_2016-09-16_sanders-clinton-needs-to-get-awa__6b86 "
              "polnear/politico_2016-09-22_judge-rejects-new-york-times-req__6b86 "
              "polnear/usa-today_2016-09-22_super-pac-haul-surges-past-b-sma__4b22 "
              "polnear/usa-today_2016-09-23_trump-questions-the-fairness-of-__6b86 "
              "polnear/wash-post_2016-10-05_international-monetary-fund-slas__d473 "
              "polnear/wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en__4b22 "
              "polnear/west-journal_2016-09-26_rush-limbaugh-hillary-asking-mod__5fec "
              "polnear/west-journal_2016-09-21_chris-christie-calls-hillary-cli__4b22".split())
FRESH14 = set("timebank/NYT19980206.0460 aquaint/NYT19981120.0362 timebank/APW19980213.1310 "
              "aquaint/APW20000216.0272 timebank/wsj_1003 timebank/wsj_0583 "
              "aquaint/XIE19980808.0031 timebank/ABC19980304.1830.1636".split())
FRESH4 = set("aquaint/APW19980818.0515 aquaint/APW19990122.0193 aquaint/NYT19981121.0173 "
             "aquaint/NYT20000414.0296 aquaint/XIE19980812.0062 timebank/wsj_0158".split())


def split_of(page):
    if page in FRESH3:
        return "fresh3"
    if page in FRESH5:
        return "fresh5"
    if page in FRESH4:
        return "fresh4"
    if page in FRESH6:
        return "fresh6"
    if page in FRESH7:
        return "fresh7"
    if page in FRESH8:
        return "fresh8"
    if page in FRESH9:
        return "fresh9"
    if page in FRESH10:
        return "fresh10"
    if page in FRESH11:
        return "fresh11"
    if page in FRESH12:
        return "fresh12"
    if page in FRESH14:
        return "fresh14"
    if page in FRESH13 or page.startswith("polnear/"):
        return "fresh13"
    if "/" in page:
        return "fresh2"
    return "held" if page in HELD else "fresh" if page in FRESH else "train"


def run_tml(binary, path):
    """The --json of a TimeML story: the text of its <TEXT> element, tags removed, read as text."""
    root = ET.parse(path).getroot()
    body = next(el for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "TEXT")
    with tempfile.NamedTemporaryFile("wb", suffix=".txt") as f:
        f.write("".join(body.itertext()).encode("utf-8"))
        f.flush()
        return subprocess.run([binary, "--json", "--format", "text", f.name],
                              capture_output=True, check=True).stdout


def norm(s):
    s = (s or "").strip().lower().replace("\u2019", "'")
    for det in ("the ", "a ", "an "):
        if s.startswith(det):
            s = s[len(det):]
    if s.endswith("'s"):
        s = s[:-2]
    return s


def resolved_ok(gold, got):
    if gold == "writer":
        return got is not None and "writer" in got.lower()
    return any(norm(g) == norm(got) for g in gold.split("|"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--pages", required=True)
    ap.add_argument("--split", choices=["train", "held", "fresh", "fresh2", "fresh3", "fresh4",
                                                "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                                                "fresh10", "fresh11", "fresh12", "fresh13",
                                                "fresh14", "all"],
                    default="all")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--tml", help="the folder of the TimeML corpora (for the fresh2 pages)")
    ap.add_argument("--polnear", help="the folder of PolNeAR dev's .txt files (for fresh13)")
    a = ap.parse_args()
    labels = {}
    here = os.path.dirname(os.path.abspath(__file__))
    for line in open(os.path.join(here, "claims_speakers.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        page, s, e, v, g = (line.rstrip("\n").split("\t") + [""])[:5]
        labels.setdefault(page, []).append((int(s), int(e), v, g))
    tp = fp = fn = res_n = res_ok = 0
    for page in sorted(labels):
        split = split_of(page)
        if a.split != "all" and a.split != split:
            continue
        if split in ("fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                     "fresh9", "fresh10", "fresh11", "fresh12", "fresh14"):
            if not a.tml:
                continue
            out = run_tml(a.bin, os.path.join(a.tml, page + ".tml"))
        elif split == "fresh13":
            if not a.polnear:
                continue
            txt = os.path.join(a.polnear, page[len("polnear/"):] + ".txt")
            out = subprocess.run([a.bin, "--json", "--format", "text", txt],
                                 capture_output=True, check=True).stdout
        else:
            out = subprocess.run([a.bin, "--json", os.path.join(a.pages, page, "source.html")],
                                 capture_output=True, check=True).stdout
        claims = json.loads(out)["claims"]
        gold = labels[page]
        pairs = []
        for ci, c in enumerate(claims):
            cs, ce = c["content"]["start"], c["content"]["end"]
            for gi, (s, e, _, _) in enumerate(gold):
                ov = min(ce, e) - max(cs, s)
                if ov > 0:
                    pairs.append((ov, ci, gi))
        pairs.sort(reverse=True)
        cmatch, gmatch = {}, {}
        for ov, ci, gi in pairs:
            if ci not in cmatch and gi not in gmatch:
                cmatch[ci], gmatch[gi] = gi, ci
        for ci, c in enumerate(claims):
            gi = cmatch.get(ci)
            who = c["speaker"]["text"] if c["speaker"] else None
            if gi is None or gold[gi][2] != "Y":
                fp += 1
                if a.show and gi is None:
                    print(f"  unlabelled {page} {c['content']['start']} {c['content']['end']}"
                          f" [{who}] -> {c['speaker_resolved']}: {c['content']['text'][:70]}")
                continue
            tp += 1
            g = gold[gi][3]
            if g != "?":
                res_n += 1
                if resolved_ok(g, c["speaker_resolved"]):
                    res_ok += 1
                elif a.show:
                    print(f"  speaker {page} {c['content']['start']} [{who}] ->"
                          f" {c['speaker_resolved']} (want {g})")
        for gi, (s, e, v, g) in enumerate(gold):
            if v == "Y" and gi not in gmatch:
                fn += 1
                if a.show:
                    print(f"  missed {page} {s} {e} ({g})")
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f"found P {100 * p:.1f} R {100 * r:.1f} F1 {100 * f1:.1f} (tp {tp} fp {fp} fn {fn});"
          f" speakers resolved {100 * res_ok / max(res_n, 1):.1f}% ({res_ok}/{res_n})")


if __name__ == "__main__":
    sys.exit(main())
