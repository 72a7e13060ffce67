/* claims: finds direct quotes, reported speech and attributions, and resolves their speakers. */
#include "dateline/claims.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claims_int.h"

/*
 * The engine works one block at a time: a paragraph, or several when a quotation runs on over
 * paragraphs. A block is cut into tokens (words, punctuation, quotation marks); quotation marks
 * are paired; then each sentence is searched for cues ("said", "according to", "told") and
 * the frame around each cue gives the source, the content and the kind. Every scan from a cue
 * is bounded by a constant or stops at the sentence's end, so the pass is linear.
 */

enum tok_kind {
	TOK_WORD,
	TOK_PUNCT,
	TOK_QOPEN,
	TOK_QCLOSE,
	TOK_MARK
};

enum {
	TOKF_CAP = 1,  /* a word that starts with a capital letter */
	TOKF_INQ = 2,  /* inside a quotation (between its marks) */
	TOKF_USED = 4, /* already part of a claim's frame */
	TOKF_DIGIT = 8,
};

/* Quotation mark families; a mark closes only a quotation of its own family. */
enum {
	QMARK_NONE,
	QMARK_STRAIGHT,
	QMARK_CURLY,
	QMARK_GUILLEMET,
	QMARK_CORNER,
	QMARK_WHITE_CORNER,
	QMARK_SINGLE,
	QMARK_TWO_APOS
};
enum {
	QSIDE_OPEN,
	QSIDE_CLOSE,
	QSIDE_EITHER
};

struct tok {
	size_t start, end;
	size_t sent;
	size_t pair;   /* for paired quotation marks: the other mark's index */
	size_t next;   /* the first token of the next sentence */
	unsigned cue;  /* claims_lex_cue() flags */
	unsigned word; /* claims_lex_word() flags */
	unsigned char kind, flags, mark, side;
};

#define NAMES     64  /* remembered names for short-name resolution */
#define BACK_MAX  40  /* the longest subject scanned backwards from a cue */
#define BLOCK_MAX 200 /* paragraphs one quotation may run on over */

struct engine {
	const struct doc *d;
	const char *text;
	size_t len;
	struct tok *t;
	size_t nt, capt;
	struct claim *out;
	size_t nout, capout;
	size_t open; /* index of the open quotation mark in the block, or SIZE_MAX */
	/* Discourse state for resolution: spans of names seen, most recent last. */
	struct span names[NAMES];
	bool name_person[NAMES];
	size_t nnames; /* total pushed; the ring holds the last NAMES */
	struct span last_person, last_org, last_any;
	struct span last_company; /* the last organisation that is no authority */
	/* Sentence state. */
	struct span sent_src; /* source of the sentence's last claim */
	size_t frame_end;     /* the token after the sentence's last claim frame */
};

/* ---- tokens ---- */

static bool tok_is(const struct engine *e, size_t i, const char *w)
{
	const struct tok *t = &e->t[i];
	char c = e->text[t->start];

	if ((c | 0x20) != (w[0] | 0x20))
		return false;
	size_t n = strlen(w);
	return t->end - t->start == n && strncasecmp(e->text + t->start, w, n) == 0;
}

static bool tok_punct(const struct engine *e, size_t i, char c)
{
	const struct tok *t = &e->t[i];

	return t->kind == TOK_PUNCT && t->end - t->start == 1 && e->text[t->start] == c;
}

static bool tok_dash(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];
	const char *s = e->text + t->start;
	size_t n = t->end - t->start;

	if (t->kind != TOK_PUNCT)
		return false;
	return (n == 1 && *s == '-') || (n == 2 && s[0] == '-' && s[1] == '-') ||
	       (n == 3 && (memcmp(s, "\xE2\x80\x94", 3) == 0 || memcmp(s, "\xE2\x80\x93", 3) == 0));
}

static bool word_ends(const struct engine *e, size_t i, const char *suffix)
{
	const struct tok *t = &e->t[i];
	size_t n = strlen(suffix), len = t->end - t->start;

	return len > n + 1 && strncmp(e->text + t->end - n, suffix, n) == 0;
}

/* True when the cue word at i is used as a verb: not "the report", "his statement", "to explain". */
static bool cue_verb(const struct engine *e, size_t i)
{
	const struct tok *p;

	if (!e->t[i].cue)
		return false;
	if (i == 0)
		return true;
	p = &e->t[i - 1];
	if (p->kind != TOK_WORD)
		return true;
	if (p->word & WORD_DET || tok_is(e, i - 1, "to") || tok_is(e, i - 1, "his") ||
	    tok_is(e, i - 1, "her") || tok_is(e, i - 1, "its") || tok_is(e, i - 1, "their") ||
	    tok_is(e, i - 1, "our") || tok_is(e, i - 1, "my") || tok_is(e, i - 1, "your"))
		return false;
	if (word_ends(e, i - 1, "'s") || word_ends(e, i - 1, "\xE2\x80\x99s"))
		return false;
	/* "financial report", "new poll shows": a lowercase adjective before a noun-like cue */
	if (!(e->t[i].cue & CUE_ING) && (p->word & WORD_PREP) && !(e->t[i].cue & CUE_ACCORDING))
		return false;
	return true;
}

/* Classifies a quotation mark code point; QMARK_NONE when it is not one. */
static int mark_of(uint32_t cp, int *side)
{
	switch (cp) {
	case '"':
		*side = QSIDE_EITHER;
		return QMARK_STRAIGHT;
	case 0x201C:
		*side = QSIDE_OPEN;
		return QMARK_CURLY;
	case 0x201E:
		*side = QSIDE_OPEN;
		return QMARK_CURLY;
	case 0x201D:
		*side = QSIDE_CLOSE;
		return QMARK_CURLY;
	case 0x00AB:
		*side = QSIDE_OPEN;
		return QMARK_GUILLEMET;
	case 0x00BB:
		*side = QSIDE_CLOSE;
		return QMARK_GUILLEMET;
	case 0x300C:
		*side = QSIDE_OPEN;
		return QMARK_CORNER;
	case 0x300D:
		*side = QSIDE_CLOSE;
		return QMARK_CORNER;
	case 0x300E:
		*side = QSIDE_OPEN;
		return QMARK_WHITE_CORNER;
	case 0x300F:
		*side = QSIDE_CLOSE;
		return QMARK_WHITE_CORNER;
	case 0x2018:
		*side = QSIDE_OPEN;
		return QMARK_SINGLE;
	case 0x2019:
		*side = QSIDE_CLOSE;
		return QMARK_SINGLE;
	default:
		return QMARK_NONE;
	}
}

static uint32_t char_at(const struct engine *e, size_t pos, int *n)
{
	uint32_t cp;

	*n = text_decode(e->text + pos, e->len - pos, &cp);
	if (*n == 0)
		*n = 1;
	return cp;
}

static bool is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static void push_tok(struct engine *e, size_t s, size_t end, int kind, size_t sent)
{
	struct tok *t;

	e->t = xgrow(e->t, &e->capt, e->nt + 1, sizeof(*e->t));
	t = &e->t[e->nt++];
	memset(t, 0, sizeof(*t));
	t->start = s;
	t->end = end;
	t->kind = (unsigned char)kind;
	t->sent = sent;
	t->pair = SIZE_MAX;
}

/* Pairs a quotation mark with the open one, or opens a quotation. `first` is true for the
 * first token of a paragraph that continues an open quotation. */
static void pair_mark(struct engine *e, size_t i, bool spaced_before, bool spaced_after)
{
	struct tok *t = &e->t[i];
	int side = t->side;

	if (side == QSIDE_EITHER)
		side = spaced_before && !spaced_after   ? QSIDE_OPEN
		       : spaced_after && !spaced_before ? QSIDE_CLOSE
		       : e->open == SIZE_MAX            ? QSIDE_OPEN
							: QSIDE_CLOSE;
	if (e->open == SIZE_MAX) {
		if (side == QSIDE_OPEN)
			e->open = i;
		else
			t->kind = TOK_PUNCT;
		return;
	}
	if (t->mark != e->t[e->open].mark) {
		t->kind = TOK_PUNCT; /* a quotation inside the quotation */
		return;
	}
	if (side == QSIDE_CLOSE) {
		e->t[e->open].kind = TOK_QOPEN;
		e->t[e->open].pair = i;
		t->kind = TOK_QCLOSE;
		t->pair = e->open;
		e->open = SIZE_MAX;
	} else {
		e->t[e->open].kind = TOK_PUNCT; /* never closed: the new one replaces it */
		e->open = i;
	}
}

/* Cuts paragraph p into tokens. `cont` is true when an open quotation runs on into it. */
static void tokenize_para(struct engine *e, size_t p, bool cont)
{
	const struct doc_para *para = doc_paragraph(e->d, p);
	size_t pos = para->span.start, end = para->span.end;
	size_t si = para->first_sentence, slast = para->first_sentence + para->nsentences;
	bool first = true;

	while (pos < end) {
		int n;
		uint32_t cp = char_at(e, pos, &n);
		size_t sent;
		int mark, side;

		if (text_is_space(cp) || cp == 0xA0) {
			pos += (size_t)n;
			continue;
		}
		while (si + 1 < slast && doc_sentence(e->d, si + 1)->span.start <= pos)
			si++;
		sent = si < slast ? si : (slast ? slast - 1 : 0);
		if (text_is_alnum(cp)) {
			size_t s = pos;
			bool cap = text_is_upper(cp), digit = cp >= '0' && cp <= '9';

			pos += (size_t)n;
			while (pos < end) {
				int m, k;
				uint32_t c = char_at(e, pos, &m);
				if (text_is_alnum(c)) {
					pos += (size_t)m;
					continue;
				}
				/* Inside a word: don't, U.S-style hyphens, 3.5 */
				if ((is_apostrophe(c) || c == '-' || (c == '.' && digit)) &&
				    pos + (size_t)m < end &&
				    text_is_alnum(char_at(e, pos + (size_t)m, &k))) {
					pos += (size_t)m;
					continue;
				}
				break;
			}
			push_tok(e, s, pos, TOK_WORD, sent);
			struct tok *t = &e->t[e->nt - 1];
			t->flags = (unsigned char)((cap ? TOKF_CAP : 0) | (digit ? TOKF_DIGIT : 0));
			t->cue = claims_lex_cue(e->text + s, pos - s);
			t->word = claims_lex_word(e->text + s, pos - s);
			first = false;
			continue;
		}
		mark = mark_of(cp, &side);
		if (mark == QMARK_SINGLE && side == QSIDE_CLOSE && e->open == SIZE_MAX)
			mark = QMARK_NONE; /* an apostrophe (voters’) */
		if (cp == '\'' && pos + 1 < end && e->text[pos + 1] == '\'') {
			mark = QMARK_TWO_APOS; /* ''a quotation'' in some newspapers' text */
			side = QSIDE_EITHER;
			n = 2;
		}
		if (mark != QMARK_NONE) {
			size_t i = e->nt;
			char pc = pos > para->span.start ? e->text[pos - 1] : ' ';
			char nc = pos + (size_t)n < end ? e->text[pos + (size_t)n] : ' ';
			bool before = text_is_space((unsigned char)pc) ||
				      (pc && strchr("([{\xE2", pc));
			bool after = text_is_space((unsigned char)nc) ||
				     (nc && strchr(",.;:!?)]", nc));

			push_tok(e, pos, pos + (size_t)n, TOK_MARK, sent);
			e->t[i].mark = (unsigned char)mark;
			e->t[i].side = (unsigned char)side;
			pos += (size_t)n;
			if (first && cont && e->open != SIZE_MAX && mark == e->t[e->open].mark &&
			    side != QSIDE_CLOSE) {
				e->t[i].kind = TOK_PUNCT; /* the quotation goes on */
			} else {
				pair_mark(e, i, before, after);
			}
			first = false;
			continue;
		}
		/* Punctuation: runs of the same ASCII character ("--", "...") are one token. */
		{
			size_t s = pos;
			pos += (size_t)n;
			if (n == 1)
				while (pos < end && e->text[pos] == e->text[s])
					pos++;
			push_tok(e, s, pos, TOK_PUNCT, sent);
			first = false;
		}
	}
}

/* True when paragraph p opens with the same kind of mark as the open quotation. */
static bool para_continues(struct engine *e, size_t p)
{
	const struct doc_para *para = doc_paragraph(e->d, p);
	int n, side;
	uint32_t cp;

	if (para->span.start >= para->span.end)
		return false;
	cp = char_at(e, para->span.start, &n);
	return mark_of(cp, &side) == e->t[e->open].mark && side != QSIDE_CLOSE;
}

/* ---- discourse: names seen, for resolving pronouns and short names ---- */

static bool span_empty(struct span s)
{
	return s.end <= s.start;
}

static bool org_like(const struct engine *e, struct span s)
{
	static const char *const orgs[] = {
		"Times",      "News",        "Post",
		"Journal",    "Reuters",     "Bloomberg",
		"Inc",        "Corp",        "Ministry",
		"Department", "Committee",   "Party",
		"Campaign",   "Association", "Institute",
		"University", "Poll",        "Agency",
		"Office",     "Press",       "Network",
		"Council",    "Commission",  "Foundation",
		"Group",      "Company",     "Administration",
		"Government", "Center",      "CNN",
		"NBC",        "CBS",         "ABC",
		"Fox",        "Observers",
	};
	size_t p = s.start;

	if (s.end - s.start > 4 && strncmp(e->text + s.start, "The ", 4) == 0)
		return true;
	while (p < s.end) {
		size_t q = p;
		while (q < s.end && e->text[q] != ' ' && e->text[q] != '\n' && e->text[q] != '.')
			q++;
		for (size_t i = 0; q > p && i < sizeof(orgs) / sizeof(orgs[0]); i++)
			if (orgs[i][0] == e->text[p] && strlen(orgs[i]) == q - p &&
			    memcmp(orgs[i], e->text + p, q - p) == 0)
				return true;
		p = q + 1;
	}
	return false;
}

/* Records a name (a run of capitalised words) as mentioned; a weak mention (one word as a
 * sentence's subject: "China") does not become the antecedent of "he" or "she". */
/* Does an organisation's name say it is an authority (a ministry, a court, a party ...) rather
 * than a business that "the company" could refer to? */
static bool authority_like(const struct engine *e, struct span s)
{
	static const char *const words[] = {
		"Administration", "Ministry",   "Department", "Commission", "Agency",
		"Bureau",         "Office",     "Authority",  "Council",    "Government",
		"Regulation",     "Court",      "Parliament", "Congress",   "Senate",
		"Police",         "Committee",  "Party",      "University", "Institute",
		"Association",    "Federation", "Union",      "Assembly",   "Cabinet",
		"Times",          "News",       "Post",       "Journal",    "Reuters",
	};
	size_t p = s.start;

	while (p < s.end) {
		size_t q = p;
		while (q < s.end && e->text[q] != ' ' && e->text[q] != '\n')
			q++;
		for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
			if (strlen(words[i]) == q - p && memcmp(words[i], e->text + p, q - p) == 0)
				return true;
		p = q + 1;
	}
	return false;
}

static void note_name(struct engine *e, struct span s, bool weak)
{
	size_t k = e->nnames % NAMES;
	bool person = !org_like(e, s);

	e->last_any = s;
	if (weak)
		return;
	e->names[k] = s;
	e->name_person[k] = person;
	e->nnames++;
	if (person) {
		e->last_person = s;
	} else {
		e->last_org = s;
		if (!authority_like(e, s))
			e->last_company = s;
	}
}

/* The capitalised-name part of a source span: from its first capitalised word (after titles)
 * to the last word of that run; empty when there is none. Returns token-free byte span. */
static struct span name_core(const struct engine *e, size_t a, size_t b)
{
	struct span r = {0, 0};
	size_t i = a;

	while (i < b && !(e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP) &&
			  !(e->t[i].word & (WORD_PRON | WORD_DET))))
		i++;
	while (i < b && e->t[i].kind == TOK_WORD &&
	       claims_lex_title(e->text + e->t[i].start, e->t[i].end - e->t[i].start)) {
		i++;
		if (i < b && tok_punct(e, i, '.'))
			i++;
	}
	if (i >= b || e->t[i].kind != TOK_WORD || !(e->t[i].flags & TOKF_CAP))
		return r;
	r.start = e->t[i].start;
	r.end = e->t[i].end;
	if (b > i + 8)
		b = i + 8;
	for (i++; i < b; i++) {
		const struct tok *t = &e->t[i];
		if (t->kind == TOK_WORD && (t->flags & TOKF_CAP))
			r.end = t->end;
		else if (t->kind == TOK_WORD && (t->word & WORD_ROLE) && i + 1 < b &&
			 (e->t[i + 1].flags & TOKF_CAP))
			continue;
		else if (!(t->kind == TOK_WORD &&
			   (tok_is(e, i, "of") || tok_is(e, i, "and") || tok_is(e, i, "for")) &&
			   i + 1 < b && (e->t[i + 1].flags & TOKF_CAP)) &&
			 !(t->kind == TOK_PUNCT && (tok_punct(e, i, '.') || tok_punct(e, i, '&'))))
			break;
	}
	return r;
}

static bool word_in(const struct engine *e, struct span hay, struct span w)
{
	size_t n = w.end - w.start;

	for (size_t p = hay.start; p + n <= hay.end; p++)
		if (e->text[p] == e->text[w.start] && (p == hay.start || e->text[p - 1] == ' ') &&
		    memcmp(e->text + p, e->text + w.start, n) == 0 &&
		    (p + n == hay.end || e->text[p + n] == ' ' || e->text[p + n] == '\n'))
			return true;
	return false;
}

static bool one_word(const struct engine *e, struct span s)
{
	for (size_t p = s.start; p < s.end; p++)
		if (e->text[p] == ' ' || e->text[p] == '\n')
			return false;
	return true;
}

/* The most recent multi-word name that contains the one-word name w, or an empty span. */
static struct span full_name(const struct engine *e, struct span w)
{
	size_t n = e->nnames < NAMES ? e->nnames : NAMES;
	struct span none = {0, 0};

	for (size_t k = 0; k < n; k++) {
		size_t j = (e->nnames - 1 - k) % NAMES;
		struct span and = {0, 0};
		if (one_word(e, e->names[j]) || !word_in(e, e->names[j], w))
			continue;
		for (size_t p = e->names[j].start; p + 5 <= e->names[j].end && !and.end; p++)
			if (memcmp(e->text + p, " and ", 5) == 0)
				and.end = 1;
		if (!and.end)
			return e->names[j];
	}
	return none;
}

/* The speaker the source span [a, b) (token indices) refers to, as a byte span. */
static struct span resolve(struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0}, core, full;
	size_t k;

	if (a >= b)
		return none;
	if (e->t[a].word & WORD_PRON || e->t[a].word & WORD_REL) {
		if (e->t[a].word & WORD_PERSON)
			return e->last_person;
		if (tok_is(e, a, "I") || tok_is(e, a, "we") || tok_is(e, a, "you"))
			return none;
		return e->last_any;
	}
	/* the phrase up to an apposition: "Jon Alterman, an analyst" */
	for (k = a; k < b && !tok_punct(e, k, ',') && !tok_punct(e, k, '(') && !tok_dash(e, k); k++)
		;
	if (k == a)
		return none;
	core = name_core(e, a, k);
	if (span_empty(core) ||
	    (tok_is(e, a, "the") && !(e->t[a + (a + 1 < k)].flags & TOKF_CAP))) {
		/* a description: "the company", "the Florida senator" */
		for (size_t i = a; i < k; i++) {
			struct span to = (e->t[i].word & WORD_PERSON)    ? e->last_person
					 : (e->t[i].word & WORD_COMPANY) ? e->last_company
									 : e->last_org;
			if (e->t[i].word & WORD_ROLE && !span_empty(to))
				return to;
		}
		if (span_empty(core)) {
			struct span s = {e->t[a].start, e->t[k - 1].end};
			return s;
		}
	}
	if (one_word(e, core)) {
		full = full_name(e, core);
		if (!span_empty(full)) {
			note_name(e, full, false);
			return full;
		}
	}
	if (core.start == e->t[a].start && core.end < e->t[k - 1].end) {
		/* "Chinese regulatory authorities": the whole phrase names the source */
		struct span s = {e->t[a].start, e->t[k - 1].end};
		note_name(e, s, false);
		return s;
	}
	note_name(e, core, false);
	return core;
}

/* ---- frames ---- */

static bool stop_back(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || (t->flags & TOKF_INQ))
		return true;
	if (t->kind == TOK_PUNCT)
		return !(tok_punct(e, i, ',') || tok_punct(e, i, '.') || tok_dash(e, i) ||
			 tok_punct(e, i, '(') || tok_punct(e, i, ')') || tok_punct(e, i, '&') ||
			 tok_punct(e, i, '\'') || tok_punct(e, i, '/'));
	if (t->word & (WORD_SUBORD | WORD_VERB) ||
	    ((t->cue & (CUE_VERB | CUE_ACCORDING)) && cue_verb(e, i)))
		return true;
	if (!(t->flags & TOKF_CAP) && word_ends(e, i, "ed"))
		return true;
	return false;
}

/* Skips adverbs and auxiliaries right before a cue ("has also said"). */
static size_t skip_aux_back(const struct engine *e, size_t a, size_t c)
{
	while (c > a && e->t[c - 1].kind == TOK_WORD && !(e->t[c - 1].flags & TOKF_CAP) &&
	       ((e->t[c - 1].word & (WORD_AUX | WORD_ADV)) || word_ends(e, c - 1, "ly") ||
		tok_is(e, c - 1, "will") || tok_is(e, c - 1, "would") || tok_is(e, c - 1, "did")))
		c--;
	return c;
}

/* Drops introductory phrases ("In 2008,", "But") from the front of a subject [a, b). */
static size_t trim_intro(const struct engine *e, size_t a, size_t b)
{
	for (;;) {
		while (a < b && e->t[a].kind == TOK_PUNCT)
			a++;
		if (a >= b)
			return a;
		if (e->t[a].word & (WORD_CONJ) && !(e->t[a].word & WORD_DET)) {
			a++;
			continue;
		}
		{
			/* a time phrase before a comma: "The same day, ..." */
			size_t k = a, lim = a + 6 < b ? a + 6 : b;
			bool time = false;
			while (k < lim && !tok_punct(e, k, ',')) {
				if (e->t[k].kind == TOK_WORD && (e->t[k].word & WORD_TIME) &&
				    !(e->t[k].word & WORD_DET))
					time = true;
				k++;
			}
			if (time && k < lim && k + 1 < b) {
				a = k + 1;
				continue;
			}
		}
		if (e->t[a].word & (WORD_INTRO | WORD_PREP | WORD_ADV | WORD_TIME) ||
		    (e->t[a].flags & TOKF_DIGIT) ||
		    (a + 1 < b && tok_punct(e, a + 1, ',') && word_ends(e, a, "ly")) ||
		    (e->t[a].cue & CUE_ACCORDING)) {
			size_t k = a, lim = a + 12 < b ? a + 12 : b;
			while (k < lim && !tok_punct(e, k, ','))
				k++;
			if (k < lim) {
				a = k + 1;
				continue;
			}
			/* "On Tuesday Trump said": skip the phrase up to a capitalised word */
			k = a + 1;
			while (k < lim &&
			       !(e->t[k].flags & TOKF_CAP && !(e->t[k].word & WORD_TIME) &&
				 !claims_lex_title(e->text + e->t[k].start, 0)))
				k++;
			while (k < b && k > a + 1 && (e->t[k].word & WORD_TIME))
				k++;
			if (k < b && k > a + 1 && e->t[k - 1].flags & (TOKF_DIGIT | TOKF_CAP))
				return k;
			return a;
		}
		return a;
	}
}

/* The subject before token c: token range [*sa, *sb); false when there is none. */
static bool subject_back(const struct engine *e, size_t a, size_t c, size_t *sa, size_t *sb)
{
	size_t end = skip_aux_back(e, a, c), k = end, n = 0;

	while (k > a && n < BACK_MAX) {
		const struct tok *t = &e->t[k - 1];
		if (t->word & WORD_REL) {
			k--;
			break;
		}
		if (stop_back(e, k - 1))
			break;
		if (t->word & WORD_CONJ &&
		    !(k >= 2 + a && (e->t[k - 2].flags & TOKF_CAP || e->t[k - 2].word & WORD_PRON)))
			break;
		k--;
		n++;
	}
	if (n >= BACK_MAX)
		return false;
	k = trim_intro(e, k, end);
	while (end > k && (tok_punct(e, end - 1, ',') || tok_dash(e, end - 1)))
		end--;
	if (k >= end)
		return false;
	*sa = k;
	*sb = end;
	return true;
}

/* The subject of the clause that begins at token a (for "..., saying" and "issued a statement
 * saying"): [*sa, *sb). */
static bool subject_fwd(const struct engine *e, size_t a, size_t b, size_t *sa, size_t *sb)
{
	size_t k, n = 0, lim = a + 30 < b ? a + 30 : b;

	a = trim_intro(e, a, lim);
	k = a;
	while (k < lim && n < 12) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD) {
			if (!(tok_punct(e, k, '.') || tok_punct(e, k, '\'') ||
			      tok_punct(e, k, '-')))
				break;
		} else if (t->word & (WORD_VERB | WORD_SUBORD | WORD_REL | WORD_ADV) || t->cue) {
			break;
		} else if (!(t->flags & TOKF_CAP) && k > a &&
			   (word_ends(e, k, "ed") ||
			    (t->word & WORD_PREP && !tok_is(e, k, "of")))) {
			break;
		} else if (t->word & WORD_PRON && k > a) {
			break;
		}
		k++;
		n++;
		if (t->word & WORD_PRON)
			break;
	}
	if (k == a || n >= 12)
		return false;
	*sa = a;
	*sb = k;
	return true;
}

/* The source after an inverted cue ("..., said Jon Alterman, an analyst."): [c+1, *sb). */
static size_t source_after(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1;

	while (k < b) {
		const struct tok *t = &e->t[k];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || tok_punct(e, k, ';') ||
		    tok_punct(e, k, ':') || tok_punct(e, k, '?') || tok_punct(e, k, '!'))
			break;
		if (tok_punct(e, k, ',') && k + 1 < b &&
		    (word_ends(e, k + 1, "ing") ||
		     e->t[k + 1].word & (WORD_PREP | WORD_SUBORD | WORD_TIME) ||
		     e->t[k + 1].kind == TOK_QOPEN))
			break;
		if (t->kind == TOK_WORD && (t->word & WORD_TIME) && !(t->word & WORD_DET))
			break;
		if (t->kind == TOK_WORD &&
		    (tok_is(e, k, "on") || tok_is(e, k, "in") || tok_is(e, k, "during") ||
		     tok_is(e, k, "at")) &&
		    k + 1 < b &&
		    (e->t[k + 1].word & (WORD_TIME | WORD_DET) || tok_is(e, k + 1, "an")))
			break;
		k++;
	}
	while (k > c + 1 && (tok_punct(e, k - 1, '.') || tok_punct(e, k - 1, ',')))
		k--;
	return k;
}

/* The end (byte offset) of content that starts in this sentence and runs to `limit` (token
 * index, exclusive); a quotation opened inside runs on to its close. */
static size_t content_end(const struct engine *e, size_t from, size_t limit)
{
	size_t last = limit;

	while (last > from && e->t[last - 1].kind == TOK_PUNCT &&
	       (tok_punct(e, last - 1, '.') || tok_punct(e, last - 1, ',') ||
		tok_punct(e, last - 1, ';')))
		last--;
	if (last <= from)
		return e->t[from].end;
	/* An open quotation inside the content that closes beyond the sentence. */
	for (size_t i = last; i-- > from && i + 8 > last;) {
		if (e->t[i].kind == TOK_QOPEN && e->t[i].pair >= limit)
			return e->t[e->t[i].pair].start;
		if (e->t[i].kind == TOK_QCLOSE)
			break;
	}
	if (e->t[last - 1].flags & TOKF_INQ) {
		/* The sentence ended inside a quotation: run on to its close. */
		size_t i = last - 1;
		size_t hops = 0;
		while (i > from && e->t[i].kind != TOK_QOPEN && hops < 64) {
			i--;
			hops++;
		}
		if (e->t[i].kind == TOK_QOPEN && e->t[i].pair != SIZE_MAX && e->t[i].pair >= limit)
			return e->t[e->t[i].pair].start;
	}
	return e->t[last - 1].end;
}

/* Adds a claim. Token ranges are [a, b); empty when a == b. */
static void add_claim(struct engine *e, enum claim_kind kind, size_t cs, size_t ce, size_t sa,
		      size_t sb, size_t qa, size_t qb)
{
	struct claim *cl;
	struct span res;

	/* content that opens its paragraph starts after a dateline ("TAIPEI — ") */
	const struct doc_para *para = doc_paragraph(e->d, doc_paragraph_at(e->d, cs));
	if (para && para->span.start == cs)
		cs = text_dateline_end(e->text, cs, ce);
	if (ce <= cs)
		return;
	e->out = xgrow(e->out, &e->capout, e->nout + 1, sizeof(*e->out));
	cl = &e->out[e->nout++];
	memset(cl, 0, sizeof(*cl));
	cl->kind = kind;
	cl->content.start = cs;
	cl->content.end = ce;
	if (sa < sb) {
		cl->speaker.start = e->t[sa].start;
		cl->speaker.end = e->t[sb - 1].end;
		res = resolve(e, sa, sb);
		if (!span_empty(res))
			cl->speaker_resolved = xstrndup(e->text + res.start, res.end - res.start);
		e->sent_src = cl->speaker;
	}
	if (qa < qb) {
		cl->cue.start = e->t[qa].start;
		cl->cue.end = e->t[qb - 1].end;
	}
	cl->paragraph = doc_paragraph_at(e->d, cs);
}

/* The byte range inside a quotation that opens at token q. */
static void quote_bytes(const struct engine *e, size_t q, size_t *s, size_t *end)
{
	*s = e->t[q].end;
	*end = e->t[e->t[q].pair].start;
}

/* Extends content that ends at a closing mark by the quotation-only sentences after it in the
 * same paragraph ("A," he said. "B."). Returns the new end. */
static size_t run_on(struct engine *e, size_t after, size_t nt, size_t end)
{
	size_t i = after, hops = 0;
	size_t para;

	if (after >= nt)
		return end;
	para = doc_sentence(e->d, e->t[after - 1].sent)->paragraph;
	while (i < nt && hops < 20 && e->t[i].kind == TOK_QOPEN && e->t[i].pair != SIZE_MAX &&
	       doc_sentence(e->d, e->t[i].sent)->paragraph == para) {
		size_t cl = e->t[i].pair, j = cl + 1;
		/* the quotation must end its sentence */
		while (j < nt && e->t[j].sent == e->t[cl].sent && e->t[j].kind == TOK_PUNCT)
			j++;
		if (j < nt && e->t[j].sent == e->t[cl].sent)
			break;
		end = e->t[cl].start;
		i = j;
		hops++;
	}
	return end;
}

static size_t clause_limit(const struct engine *e, size_t p, size_t b);

/* The first token of the sentence after the one holding token i. */
static size_t sentence_after(const struct engine *e, size_t i, size_t nt)
{
	(void)nt;
	return e->t[i].next;
}

/* After an inverted cue and its source ending at token r: content that goes on ("A," he said,
 * "B." / Y, he said, Z.) and quotation-only sentences after. Returns the new content end. */
static size_t carry_on(struct engine *e, size_t r, size_t b, size_t nt, size_t ce, bool quoted)
{
	if (r + 1 < b && tok_punct(e, r, ',')) {
		const struct tok *t = &e->t[r + 1];
		if (t->kind == TOK_QOPEN && t->pair != SIZE_MAX) {
			ce = e->t[t->pair].start;
			return run_on(e, sentence_after(e, t->pair, nt), nt, ce);
		}
		if (t->kind == TOK_WORD && !(t->cue & CUE_ING) &&
		    !(t->word & (WORD_PREP | WORD_TIME | WORD_REL)) && !word_ends(e, r + 1, "ing"))
			return content_end(e, r + 1, clause_limit(e, r + 1, b));
	}
	return quoted ? run_on(e, b, nt, ce) : ce;
}

/* Finds the content after a forward cue whose frame ends at token p: returns the token where
 * the content begins (a quotation mark for direct content) or SIZE_MAX. */
static size_t content_start(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	size_t lim;

	if (p >= b)
		return SIZE_MAX;
	if (cue & CUE_NP) {
		if (tok_punct(e, p, ',') && p + 1 < b && e->t[p + 1].kind == TOK_QOPEN)
			return p + 1;
		if ((e->t[p].kind == TOK_WORD && !(e->t[p].word & (WORD_VERB | WORD_CONJ))) ||
		    e->t[p].kind == TOK_QOPEN)
			return p;
		return SIZE_MAX;
	}
	if (cue & CUE_OBJ) {
		/* told reporters that / told a crowd in Ohio that */
		lim = p + 12 < b ? p + 12 : b;
		for (size_t k = p; k < lim; k++) {
			if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
				return k;
			if (tok_punct(e, k, ':') && k + 1 < b)
				return k + 1;
			if ((e->t[k].cue & CUE_VERB && cue_verb(e, k)) || e->t[k].word & WORD_VERB)
				break;
		}
		if (cue & CUE_QUOTEONLY)
			return SIZE_MAX;
		/* told reporters he would / told CNN the deal is off */
		for (size_t k = p + 1; k < lim; k++) {
			if (e->t[k].kind != TOK_WORD)
				break;
			if (tok_is(e, k, "he") || tok_is(e, k, "she") || tok_is(e, k, "they") ||
			    tok_is(e, k, "it") || tok_is(e, k, "we") || tok_is(e, k, "I") ||
			    tok_is(e, k, "the") || tok_is(e, k, "there"))
				return k;
			if (e->t[k].word & WORD_PREP)
				break;
		}
		return SIZE_MAX;
	}
	if (e->t[p].word & (WORD_PREP | WORD_TIME) ||
	    (e->t[p].word & WORD_ADV && !tok_is(e, p, "that"))) {
		lim = p + 20 < b ? p + 20 : b;
		for (size_t k = p; k < lim; k++) {
			if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
				return k;
			if ((tok_punct(e, k, ':') || tok_punct(e, k, ',')) && k + 1 < b &&
			    e->t[k + 1].kind == TOK_QOPEN)
				return k + 1;
		}
		return SIZE_MAX;
	}
	if ((tok_punct(e, p, ':') || tok_punct(e, p, ',')) && p + 1 < b &&
	    e->t[p + 1].kind == TOK_QOPEN)
		return p + 1;
	if (tok_punct(e, p, ':') && p + 1 < b)
		return p + 1;
	if (e->t[p].kind == TOK_QOPEN || tok_is(e, p, "that"))
		return p;
	if (cue & (CUE_NEEDTHAT | CUE_QUOTEONLY))
		return SIZE_MAX;
	if (e->t[p].kind != TOK_WORD || e->t[p].word & (WORD_PREP | WORD_VERB | WORD_CONJ) ||
	    tok_is(e, p, "so") || tok_is(e, p, "yes") || tok_is(e, p, "no"))
		return SIZE_MAX;
	if (p + 1 >= b || tok_punct(e, p + 1, '.'))
		return SIZE_MAX;
	return p;
}

/* The token where the content of a forward claim at token p ends (exclusive): the sentence's
 * end or a participle clause (", adding that"). */
static size_t clause_limit(const struct engine *e, size_t p, size_t b)
{
	size_t lim = p + 400 < b ? p + 400 : b;

	for (size_t k = p + 1; k + 1 < lim; k++)
		if (tok_punct(e, k, ',') && (e->t[k + 1].cue & CUE_ING) &&
		    !(e->t[k + 1].flags & TOKF_INQ))
			return k;
	return lim;
}

/* Where content that ends before token `upto` begins: the sentence's start (a), or the end of
 * the claim before it in the sentence, and never more than 400 tokens back. A byte offset. */
static size_t floor_start(const struct engine *e, size_t a, size_t upto)
{
	size_t f = a > e->frame_end ? a : e->frame_end;

	if (upto > f + 400)
		f = upto - 400;
	return e->t[f].kind == TOK_QOPEN ? e->t[f].end : e->t[f].start;
}

/* Tries the frames around the cue at token c in the sentence [a, b). */
static void try_cue(struct engine *e, size_t a, size_t b, size_t c, size_t nt)
{
	const struct tok *t = &e->t[c];
	unsigned cue = t->cue;
	size_t sa = 0, sb = 0, qb = c + 1, p, k;

	if (cue & CUE_ACCORDING) {
		if (c + 1 >= b || !tok_is(e, c + 1, "to"))
			return;
		qb = c + 2;
		for (k = qb;
		     k < b && k < qb + 40 && !tok_punct(e, k, ',') && e->t[k].kind != TOK_QOPEN;
		     k++)
			;
		sa = qb;
		sb = k;
		while (sb > sa && tok_punct(e, sb - 1, '.'))
			sb--;
		if (sa >= sb)
			return;
		if (trim_intro(e, a, c) == c && k + 1 < b && tok_punct(e, k, ',')) {
			size_t lim = clause_limit(e, k, b);
			add_claim(e, CLAIM_ACCORDING_TO, e->t[k + 1].start,
				  content_end(e, k + 1, lim), sa, sb, c, qb);
		} else if (c > a) {
			size_t ce = c;
			while (ce > a && (tok_punct(e, ce - 1, ',') || tok_dash(e, ce - 1)))
				ce--;
			if (ce > a)
				add_claim(e, CLAIM_ACCORDING_TO, floor_start(e, a, ce - 1),
					  e->t[ce - 1].end, sa, sb, c, qb);
		}
		return;
	}
	if (cue & CUE_QUOTED) {
		/* X quoted Y as saying "..." */
		size_t lim = c + 10 < b ? c + 10 : b;
		for (k = c + 1; k + 1 < lim; k++)
			if (tok_is(e, k, "as") && tok_is(e, k + 1, "saying"))
				break;
		if (k + 1 >= lim || k == c + 1)
			return;
		e->t[k + 1].flags |= TOKF_USED;
		p = content_start(e, k + 2, b, CUE_VERB);
		if (p == SIZE_MAX)
			return;
		if (e->t[p].kind == TOK_QOPEN) {
			size_t cs, ce;
			quote_bytes(e, p, &cs, &ce);
			add_claim(e, CLAIM_DIRECT, cs, ce, c + 1, k, c, c + 1);
		} else {
			add_claim(e, CLAIM_INDIRECT, e->t[p].start,
				  content_end(e, p, clause_limit(e, p, b)), c + 1, k, c, c + 1);
		}
		return;
	}
	if (!(cue & CUE_VERB))
		return;
	if (c + 1 < b && tok_is(e, c + 1, "by") && word_ends(e, c, "ed"))
		return; /* passive: "a statement reported by the FT" */
	if (cue & CUE_OUT) {
		if (c + 1 >= b || !tok_is(e, c + 1, "out"))
			return;
		qb = c + 2;
	}
	if (cue & CUE_FOR && c + 1 < b && (tok_is(e, c + 1, "for") || tok_is(e, c + 1, "on")))
		qb = c + 2;

	/* Inverted: "...," said X / "...," X said / Y, X said. */
	if (!(cue & CUE_ING) && c > a) {
		size_t bnd = SIZE_MAX, comma = SIZE_MAX;
		bool after_cue = false;

		k = skip_aux_back(e, a, c);
		if (k > a && (tok_punct(e, k - 1, ',') || e->t[k - 1].kind == TOK_QCLOSE)) {
			after_cue = true;
			bnd = k - 1;
		} else {
			size_t n = 0;
			while (k > a && n < 16) {
				if (e->t[k - 1].kind == TOK_QCLOSE) {
					bnd = k - 1;
					break;
				}
				if (tok_punct(e, k - 1, ',') && comma == SIZE_MAX) {
					comma = k - 1;
				} else if (tok_punct(e, k - 1, ',') && k >= a + 2 &&
					   e->t[k - 2].kind == TOK_QCLOSE) {
					bnd = k - 2;
					break;
				} else if (stop_back(e, k - 1)) {
					break;
				}
				k--;
				n++;
			}
			if (bnd == SIZE_MAX && comma != SIZE_MAX)
				bnd = comma;
		}
		if (bnd != SIZE_MAX && bnd > a) {
			bool quoted = e->t[bnd].kind == TOK_QCLOSE ||
				      (bnd > a && e->t[bnd - 1].kind == TOK_QCLOSE);
			size_t pf = content_start(e, qb, b, cue);
			size_t ca, ce;
			if (quoted || pf == SIZE_MAX) {
				size_t cb = bnd, cs;
				/* the boundary: the first of the marks and commas before the source */
				while (cb > a &&
				       (tok_punct(e, cb - 1, ',') || tok_punct(e, cb - 1, '?') ||
					tok_punct(e, cb - 1, '!') ||
					e->t[cb - 1].kind == TOK_QCLOSE) &&
				       e->t[cb].kind != TOK_QCLOSE)
					cb--;
				if (e->t[bnd].kind == TOK_QCLOSE && e->t[bnd].pair < a)
					cs = e->t[e->t[bnd].pair].end;
				else
					cs = floor_start(e, a, bnd);
				ca = cb;
				ce = e->t[ca].start;
				if (after_cue) {
					sa = qb;
					sb = source_after(e, qb - 1, b);
				} else {
					if (!subject_back(e, bnd + 1, c, &sa, &sb))
						sa = sb = 0;
				}
				if (sa >= sb && !quoted)
					return;
				ce = carry_on(e, sa < sb && after_cue ? sb : qb, b, nt, ce, quoted);
				{
					bool direct = quoted && (e->t[a].kind == TOK_QOPEN ||
								 e->t[bnd].pair < a);
					add_claim(e, direct ? CLAIM_DIRECT : CLAIM_INDIRECT, cs, ce,
						  sa, sb, skip_aux_back(e, a, c), qb);
				}
				return;
			}
		}
	}

	/* Forward: X said (that) ... / X told Y that ... / X said: "..." */
	if (cue & CUE_ING) {
		if (!span_empty(e->sent_src)) {
			/* the source of the sentence's claim so far: find its tokens */
			for (sa = c > a + 60 ? c - 60 : a;
			     sa < c && e->t[sa].start != e->sent_src.start; sa++)
				;
			for (sb = sa; sb < c && e->t[sb].end <= e->sent_src.end; sb++)
				;
			if (sa >= c)
				sa = sb = 0;
		}
		if (sa >= sb && !subject_fwd(e, a, c, &sa, &sb))
			return;
	} else if (!subject_back(e, a, c, &sa, &sb)) {
		/* "X praised Y and said ...": the subject of the sentence */
		size_t k = skip_aux_back(e, a, c);
		if (!(k > a && (tok_is(e, k - 1, "and") || tok_is(e, k - 1, "but"))) ||
		    !subject_fwd(e, a, k - 1, &sa, &sb))
			return;
	}
	p = content_start(e, qb, b, cue);
	if (p == SIZE_MAX)
		return;
	if (e->t[p].kind == TOK_QOPEN && e->t[p].pair != SIZE_MAX) {
		size_t cs, ce;
		quote_bytes(e, p, &cs, &ce);
		size_t j = e->t[p].pair + 1;
		while (j < b && e->t[j].kind == TOK_PUNCT && !tok_punct(e, j, ','))
			j++;
		if (j >= b)
			ce = run_on(e, sentence_after(e, e->t[p].pair, nt), nt, ce);
		add_claim(e, CLAIM_DIRECT, cs, ce, sa, sb, skip_aux_back(e, a, c), qb);
		return;
	}
	{
		size_t lim = clause_limit(e, p, b);
		if (lim <= p)
			return;
		add_claim(e, CLAIM_INDIRECT, e->t[p].start, content_end(e, p, lim), sa, sb,
			  skip_aux_back(e, a, c), qb);
	}
}

/* Headline and transcript style: Name: "..." / Poll: Voters abandon ... / PENCE: Well, ... */
static void try_colon(struct engine *e, size_t a, size_t c, size_t nt)
{
	static const char *const not_names[] = {
		"note",   "update",  "photo",      "source",     "related", "read",
		"watch",  "video",   "correction", "disclosure", "image",   "credit",
		"editor", "caption", "subscribe",  "follow",     "tags",    "by",
		"click",  "contact", "email",      "share",      "see",     "listen",
	};
	size_t n, para = doc_sentence(e->d, e->t[c].sent)->paragraph, end;

	if (a < c && e->t[a].kind == TOK_QOPEN)
		a++;
	n = c - a;
	if (n == 0 || n > 4 || c + 1 >= nt || e->t[c + 1].sent != e->t[c].sent)
		return;
	if (a > 0 && doc_sentence(e->d, e->t[a - 1].sent)->paragraph == para)
		return; /* not at the start of its paragraph */
	for (size_t i = a; i < c; i++) {
		if (tok_punct(e, i, '.') || tok_punct(e, i, '\''))
			continue;
		if (!(e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP) && !e->t[i].cue &&
		      !(e->t[i].word & (WORD_PRON | WORD_PREP | WORD_INTRO | WORD_DET | WORD_TIME))))
			return;
		for (size_t k = 0; k < sizeof(not_names) / sizeof(not_names[0]); k++)
			if (tok_is(e, i, not_names[k]))
				return;
	}
	if (n == 1 && para > 0 && !doc_paragraph(e->d, para)->heading) {
		/* one word: a label ("Original:") unless a name in capitals or one seen before */
		struct span w = {e->t[a].start, e->t[a].end};
		bool caps = true;
		for (size_t p = w.start; p < w.end; p++)
			if (e->text[p] >= 'a' && e->text[p] <= 'z')
				caps = false;
		if (!caps && span_empty(full_name(e, w)))
			return;
	}
	if (e->t[c + 1].kind == TOK_QOPEN && e->t[c + 1].pair != SIZE_MAX) {
		size_t cs, ce;
		quote_bytes(e, c + 1, &cs, &ce);
		add_claim(e, CLAIM_DIRECT, cs, ce, a, c, c, c + 1);
		return;
	}
	/* the rest of the paragraph */
	for (end = c + 1;
	     end < nt && doc_sentence(e->d, e->t[end].sent)->paragraph == para && end < c + 2000;
	     end++)
		;
	add_claim(e, CLAIM_INDIRECT, e->t[c + 1].start, content_end(e, c + 1, end), a, c, c, c + 1);
}

/* "..." ― Name: a quotation signed with a dash after it. */
static void try_dash(struct engine *e, size_t b, size_t i)
{
	size_t q = i, k;

	while (q > 0 && e->t[q - 1].kind == TOK_PUNCT && !tok_dash(e, q - 1) && q + 3 > i)
		q--;
	if (q == 0 || e->t[q - 1].kind != TOK_QCLOSE || e->t[q - 1].pair == SIZE_MAX)
		return;
	for (k = i + 1;
	     k < b && k < i + 6 && e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP); k++)
		;
	if (k == i + 1 || (k < b && !tok_punct(e, k, '.') && !tok_punct(e, k, ',')))
		return;
	{
		size_t cs, ce;
		quote_bytes(e, e->t[q - 1].pair, &cs, &ce);
		add_claim(e, CLAIM_DIRECT, cs, ce, i + 1, k, i, i + 1);
	}
}

/* Notes the subject of a sentence as a mentioned name. */
static void note_subject(struct engine *e, size_t a, size_t b)
{
	size_t sa, sb;
	struct span core;

	if (!subject_fwd(e, a, b, &sa, &sb))
		return;
	if (e->t[sa].word & (WORD_PRON | WORD_DET))
		return;
	if (e->t[sa].flags & TOKF_INQ)
		return;
	core = name_core(e, sa, sb);
	if (span_empty(core) || !(e->t[sa].flags & TOKF_CAP))
		return;
	if (one_word(e, core)) {
		struct span full = full_name(e, core);
		if (!span_empty(full))
			note_name(e, full, false);
		else
			note_name(e, core, true);
		return;
	}
	note_name(e, core, false);
}

static void analyse_block(struct engine *e)
{
	size_t nt = e->nt;

	for (size_t i = nt; i-- > 0;)
		e->t[i].next = i + 1 < nt && e->t[i + 1].sent == e->t[i].sent ? e->t[i + 1].next
									      : i + 1;
	/* Mark what lies inside quotations. */
	for (size_t i = 0; i < nt; i++) {
		if (e->t[i].kind == TOK_MARK)
			e->t[i].kind = TOK_PUNCT;
		if (e->t[i].kind == TOK_QOPEN) {
			size_t j = e->t[i].pair;
			for (size_t k = i + 1; k < j; k++)
				e->t[k].flags |= TOKF_INQ;
			i = j;
		}
	}
	for (size_t a = 0; a < nt;) {
		size_t b = a;
		while (b < nt && e->t[b].sent == e->t[a].sent)
			b++;
		e->sent_src.start = e->sent_src.end = 0;
		e->frame_end = a;
		note_subject(e, a, b);
		for (size_t i = a; i < b; i++) {
			const struct tok *t = &e->t[i];
			if (t->flags & (TOKF_INQ | TOKF_USED))
				continue;
			if (t->kind == TOK_WORD && cue_verb(e, i)) {
				size_t before = e->nout;
				try_cue(e, a, b, i, nt);
				if (e->nout > before)
					e->frame_end = i + 1;
			} else if (tok_punct(e, i, ':'))
				try_colon(e, a, i, nt);
			else if (tok_dash(e, i) ||
				 (e->t[i].kind == TOK_PUNCT && e->t[i].end - e->t[i].start == 3 &&
				  memcmp(e->text + e->t[i].start, "\xE2\x80\x95", 3) == 0))
				try_dash(e, b, i);
		}
		a = b;
	}
}

static int cmp_claim(const void *x, const void *y)
{
	const struct claim *a = x, *b = y;

	if (a->content.start != b->content.start)
		return a->content.start < b->content.start ? -1 : 1;
	if (a->content.end != b->content.end)
		return a->content.end < b->content.end ? -1 : 1;
	return a->cue.start < b->cue.start ? -1 : a->cue.start > b->cue.start;
}

struct claim_list *claims_find(const struct doc *d)
{
	struct engine e;
	struct claim_list *l = xcalloc(1, sizeof(*l));
	size_t np = doc_paragraph_count(d), run = 0;

	claims_lex_init();
	memset(&e, 0, sizeof(e));
	e.d = d;
	e.text = doc_text(d, &e.len);
	e.open = SIZE_MAX;
	for (size_t p = 0; p < np; p++) {
		tokenize_para(&e, p, run > 0);
		if (e.open != SIZE_MAX && p + 1 < np && run < BLOCK_MAX &&
		    para_continues(&e, p + 1)) {
			run++;
			continue;
		}
		if (e.open != SIZE_MAX) {
			e.t[e.open].kind = TOK_PUNCT;
			e.open = SIZE_MAX;
		}
		analyse_block(&e);
		e.nt = 0;
		run = 0;
	}
	free(e.t);
	if (e.nout > 1) {
		size_t w = 1;
		qsort(e.out, e.nout, sizeof(*e.out), cmp_claim);
		for (size_t i = 1; i < e.nout; i++) {
			if (e.out[i].content.start == e.out[w - 1].content.start &&
			    e.out[i].content.end == e.out[w - 1].content.end) {
				free(e.out[i].speaker_resolved);
				continue;
			}
			e.out[w++] = e.out[i];
		}
		e.nout = w;
	}
	l->items = e.out;
	l->n = e.nout;
	return l;
}

void claim_list_free(struct claim_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i].speaker_resolved);
	free(l->items);
	free(l);
}

const char *claim_kind_name(enum claim_kind k)
{
	static const char *const names[] = {"direct", "indirect", "according_to"};
	return names[k];
}
