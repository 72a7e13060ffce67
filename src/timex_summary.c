/* timex_summary: the one-line summary of a dated event: the clause the date belongs to, without
 * the date phrase where the label says it, without leading discourse filler, speech as speech
 * ("Huang said: “China will decide”"), and a pronoun subject replaced by the name it stands for. */
#include <stdlib.h>
#include <string.h>

#include "timex_int.h"

/* A summary looks at most this far either side of its date: a sentence of a megabyte stays
 * linear, and no clause a reader wants is longer. */
#define WINDOW 450

/* ---- tokens ---- */

struct sum;
static void sum_free(struct sum *m);

/* A word (cp 0) or one punctuation character (cp its code point), as a byte span. */
struct stok {
	size_t s, e;
	uint32_t cp;
	bool cap;    /* a word that starts with a capital */
	bool date;   /* part of the date phrase being summarised */
	bool cjk;    /* a CJK character (a word of its own) */
	char c0;     /* a word's first byte, lowercase */
	int8_t verb; /* verbish(): 0 not asked yet, 1 a verb, -1 not */
	bool drop;   /* left out of the summary */
};

struct sum {
	const char *t;
	struct stok *k;
	size_t n;
	bool trunc;           /* the window starts after the sentence's start */
	struct span *subject; /* where to note a pronoun that opens the summary (may be NULL) */
};

static uint32_t cp_at(const char *t, size_t i, size_t e, int *len)
{
	if ((unsigned char)t[i] < 0x80) {
		*len = 1;
		return (unsigned char)t[i];
	}
	uint32_t cp;
	int l = text_decode(t + i, e - i, &cp);
	*len = l ? l : 1;
	return l ? cp : 0xFFFD;
}

/* ASCII letters and digits, the common case, without a table lookup of Unicode. */
static bool alnum(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	return text_is_alnum(cp);
}

static bool space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return text_is_space(cp);
}

/* A Chinese or Japanese character (ideographs, hiragana, katakana): a word of its own. */
static bool cjk(uint32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
	       (cp >= 0xF900 && cp <= 0xFAFF);
}

/* Characters that join two parts of one word: "Huang's", "U.S", "3:30", "1,000", "mid-2024". */
static bool joiner(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' || cp == ':' || cp == ',';
}

static void tokenize(struct sum *m, size_t s, size_t e, struct span cut)
{
	const char *t = m->t;
	/* words run five bytes and a space: a third of the bytes is room enough, mostly */
	size_t cap = (e > s ? e - s : 0) / 3 + 16;
	m->n = 0;
	m->k = xmalloc(cap * sizeof(*m->k));
	for (size_t i = s; i < e;) {
		int l;
		uint32_t cp = cp_at(t, i, e, &l);
		if (space(cp)) {
			i += (size_t)l;
			continue;
		}
		if (m->n == cap)
			m->k = xgrow(m->k, &cap, m->n + 1, sizeof(*m->k));
		struct stok *k = &m->k[m->n++];
		*k = (struct stok){.s = i};
		if (cjk(cp)) {
			/* one word a character, as the tagger reads Chinese */
			k->cjk = true;
			i += (size_t)l;
		} else if (alnum(cp)) {
			k->cap = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : text_is_upper(cp);
			bool digit = cp >= '0' && cp <= '9';
			i += (size_t)l;
			while (i < e) {
				/* the common case: more ASCII letters */
				unsigned char b = (unsigned char)t[i];
				if (((b | 32) >= 'a' && (b | 32) <= 'z')) {
					digit = false;
					i++;
					continue;
				}
				uint32_t c2 = cp_at(t, i, e, &l);
				if (cjk(c2))
					break;
				if (alnum(c2)) {
					digit = c2 >= '0' && c2 <= '9';
					i += (size_t)l;
					continue;
				}
				int l3;
				if (!joiner(c2) || i + (size_t)l >= e)
					break;
				uint32_t c3 = cp_at(t, i + (size_t)l, e, &l3);
				bool d3 = c3 >= '0' && c3 <= '9';
				/* "1,000" and "3:30" join digits only; the others join letters too */
				if (!alnum(c3) || ((c2 == ',' || c2 == ':') && !(digit && d3)))
					break;
				i += (size_t)l;
			}
		} else {
			k->cp = cp;
			i += (size_t)l;
		}
		k->e = i;
		k->date = k->s < cut.end && k->e > cut.start;
		k->c0 = k->cp ? 0 : (char)(t[k->s] | (t[k->s] >= 'A' && t[k->s] <= 'Z' ? 32 : 0));
	}
}

/* Keeps every token again (the summary starts over). */
static void undrop(struct sum *m)
{
	for (size_t k = 0; k < m->n; k++)
		m->k[k].drop = false;
}

static bool is_word(const struct sum *m, size_t k)
{
	return k < m->n && m->k[k].cp == 0;
}

static bool is_p(const struct sum *m, size_t k, uint32_t cp)
{
	return k < m->n && m->k[k].cp == cp;
}

/* Token k is the word w (ASCII, any case; a curly apostrophe in the text matches "'"). */
static bool wd(const struct sum *m, size_t k, const char *w)
{
	if (!is_word(m, k))
		return false;
	if (m->k[k].c0 != w[0])
		return false;
	const char *t = m->t;
	size_t i = m->k[k].s, e = m->k[k].e;
	for (; *w; w++) {
		if (i >= e)
			return false;
		char ch = t[i];
		if (*w == '\'' && e - i >= 3 && memcmp(t + i, "\xE2\x80\x99", 3) == 0) {
			i += 3;
			continue;
		}
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch + 32);
		if (ch != *w)
			return false;
		i++;
	}
	return i == e;
}

static bool wd_in(const struct sum *m, size_t k, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (wd(m, k, list[i]))
			return true;
	return false;
}

static bool open_q(const struct sum *m, size_t k)
{
	return is_p(m, k, 0x201C) || is_p(m, k, '"');
}

static bool close_q(const struct sum *m, size_t k)
{
	return is_p(m, k, 0x201D) || is_p(m, k, '"');
}

static bool end_punct(const struct sum *m, size_t k)
{
	return is_p(m, k, '.') || is_p(m, k, '!') || is_p(m, k, '?') || is_p(m, k, 0x3002) ||
	       is_p(m, k, 0x2026);
}

/* ---- what words are ---- */

/* Finite verbs and auxiliaries, sorted (looked up by binary search, bytes in strcmp order). */
static const char *const verbs[] = {
	"am",        "are",    "argues",  "be",     "became",   "been",     "began",   "believe",
	"believes",  "bought", "brought", "built",  "came",     "can",      "can't",   "chose",
	"could",     "cut",    "did",     "didn't", "do",       "does",     "doesn't", "drew",
	"estimates", "expect", "expects", "fell",   "flew",     "found",    "gave",    "got",
	"grew",      "had",    "has",     "hasn't", "have",     "haven't",  "held",    "hit",
	"hope",      "hopes",  "insists", "is",     "isn't",    "kept",     "knew",    "know",
	"knows",     "led",    "left",    "let",    "lost",     "made",     "may",     "met",
	"might",     "must",   "paid",    "plan",   "plans",    "predicts", "put",     "ran",
	"remains",   "rose",   "said",    "sat",    "saw",      "say",      "says",    "see",
	"seems",     "sees",   "sent",    "set",    "shall",    "should",   "sold",    "spoke",
	"stood",     "struck", "tells",   "think",  "thinks",   "thought",  "threw",   "told",
	"took",      "want",   "wants",   "warns",  "was",      "wasn't",   "went",    "were",
	"will",      "won",    "won't",   "would",  "wouldn't", "wrote",
};
#define NVERBS (sizeof(verbs) / sizeof(verbs[0]))

/* Is token k (a word) one of the sorted list of n words (ASCII, any case, a curly apostrophe
 * read as "'")? */
static bool in_sorted(const struct sum *m, size_t k, const char *const *list, size_t n)
{
	char w[16];
	size_t len = 0;
	for (size_t i = m->k[k].s; i < m->k[k].e; i++) {
		char ch = m->t[i];
		if (len + 1 >= sizeof(w))
			return false;
		if ((unsigned char)ch == 0xE2 && i + 2 < m->k[k].e &&
		    memcmp(m->t + i, "\xE2\x80\x99", 3) == 0) {
			w[len++] = '\'';
			i += 2;
			continue;
		}
		w[len++] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
	}
	w[len] = '\0';
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(w, list[mid]);
		if (c == 0)
			return true;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

/* A word that looks like a finite verb: one of the list, or a past form in "-ed". */
static bool verbish(const struct sum *m, size_t k)
{
	if (!is_word(m, k))
		return false;
	struct stok *w = &m->k[k];
	if (w->verb)
		return w->verb > 0;
	size_t n = w->e - w->s;
	bool v = (!w->cap && n >= 5 && m->t[w->e - 2] == 'e' && m->t[w->e - 1] == 'd') ||
		 in_sorted(m, k, verbs, NVERBS);
	w->verb = v ? 1 : -1; /* asked again and again by the clause tests */
	return v;
}

/* Do tokens [a, b) read as a clause: two words or more, one of them a verb? */
static bool clause_like(const struct sum *m, size_t a, size_t b)
{
	size_t words = 0;
	bool verb = false;
	for (size_t k = a; k < b; k++) {
		words += is_word(m, k);
		verb |= verbish(m, k);
	}
	return words >= 2 && verb;
}

static const char *const relatives[] = {"that",  "who",  "which", "whom",    "whose",
					"where", "when", "if",    "whether", NULL};

/* Does a finite verb come in [k, e) before any relative word or comma (the clause's own verb,
 * not one of a clause inside it: "a tacit acknowledgment that he may be")? */
static bool main_verb(const struct sum *m, size_t k, size_t e)
{
	for (; k < e; k++) {
		if (is_p(m, k, ',') || is_p(m, k, ';') || wd_in(m, k, relatives))
			return false;
		if (verbish(m, k))
			return true;
	}
	return false;
}

/* Does the clause [k, e) open with its own subject and verb (not ", and is expected to", ",
 * and expanding", ", and persuade executives", ", and a tacit acknowledgment that ...")? A
 * name may carry an apposition before its verb ("Suu Kyi, a Nobel laureate, invited"). */
static bool has_subject(const struct sum *m, size_t k, size_t e)
{
	if (!is_word(m, k) || verbish(m, k) || wd(m, k, "to"))
		return false;
	const struct stok *w = &m->k[k];
	size_t n = w->e - w->s;
	if (n > 4 && memcmp(m->t + w->e - 3, "ing", 3) == 0)
		return false;
	if (w->cap && !wd_in(m, k, relatives))
		return clause_like(m, k, e);
	/* "and eventually illustrated": an adverb, then the verb of the same subject */
	if (n > 3 && memcmp(m->t + w->e - 2, "ly", 2) == 0 && verbish(m, k + 1))
		return false;
	return main_verb(m, k + 1, e);
}

/* Prepositions in "-ing" that start no participle clause. */
static const char *const ing_preps[] = {"according",  "during",    "following",       "regarding",
					"concerning", "including", "notwithstanding", "pending",
					"excluding",  "beginning", "starting",        NULL};

static bool ing_word(const struct sum *m, size_t k)
{
	if (!is_word(m, k) || m->k[k].cap || wd_in(m, k, ing_preps))
		return false;
	const struct stok *w = &m->k[k];
	return w->e - w->s > 4 && memcmp(m->t + w->e - 3, "ing", 3) == 0;
}

/* ---- the clause of the date ---- */

static const char *const coordinators[] = {"and", "but", "while", "whereas", "yet", NULL};
static const char *const subordinators[] = {"after",  "before",  "when",    "while",  "although",
					    "though", "because", "as",      "once",   "until",
					    "if",     "since",   "whereas", "whilst", NULL};

/* Narrows [*a, *b) to the clause that holds token d: the sentence split at semicolons, at a
 * colon, before ", and/but/while ..." joining two clauses, after a leading subordinate clause
 * ("After X, Y": X when the date is in X, else Y), and before a participle clause after the
 * date (", stating ..."). */
static void narrow_clause(struct sum *m, size_t d, size_t *a, size_t *b)
{
	size_t s = *a, e = *b;
	int depth = 0;
	for (size_t k = s; k < e; k++) {
		if (!m->k[k].cp)
			continue; /* words cut nothing */
		if (is_p(m, k, '(') || is_p(m, k, '['))
			depth++;
		else if ((is_p(m, k, ')') || is_p(m, k, ']')) && depth > 0)
			depth--;
		if (depth)
			continue;
		bool cut = false;
		size_t next = k + 1;
		if (is_p(m, k, ';'))
			cut = true;
		else if (is_p(m, k, ':') && k > s + 2 && !open_q(m, k + 1))
			cut = true;
		else if (is_p(m, k, ',') && wd_in(m, k + 1, coordinators) &&
			 has_subject(m, k + 2, e) && clause_like(m, s, k)) {
			cut = true;
			next = k + 2;
		} else if (is_p(m, k, ',') && k > d && ing_word(m, k + 1) && k > s + 3) {
			cut = true;
		}
		if (!cut)
			continue;
		if (d < k) {
			e = k;
			/* ", and, depending on ...": the "and" goes with what was cut */
			while (e > s + 1 && (wd_in(m, e - 1, coordinators) || wd(m, e - 1, "or") ||
					     is_p(m, e - 1, ',')))
				e--;
			break;
		}
		s = next;
	}
	/* "After rebels staged an uprising in 2003, security services ...": the leading
	 * subordinate clause is an event of its own */
	if (wd_in(m, s, subordinators)) {
		for (size_t k = s + 1; k < e && k < s + 40; k++) {
			if (!is_p(m, k, ','))
				continue;
			if (!clause_like(m, s + 1, k) || !clause_like(m, k + 1, e))
				break;
			if (d < k) {
				s = s + 1;
				e = k;
			} else {
				s = k + 1;
			}
			break;
		}
	}
	*a = s;
	*b = e;
}

/* Is token k a verb, or an adverb in "-ly" and then a verb ("Christie, who ..., blasted")? */
static bool verb_next(const struct sum *m, size_t k)
{
	if (verbish(m, k))
		return true;
	const struct stok *w = &m->k[k];
	return is_word(m, k) && w->e - w->s > 3 && memcmp(m->t + w->e - 2, "ly", 2) == 0 &&
	       verbish(m, k + 1);
}

/* "The program, which was created in 1990, has expanded": a date inside a relative clause
 * dates what the clause says of its antecedent; narrows [*a, *b) to the antecedent and the
 * clause, without "which" ("The program was created in 1990"). */
static void relative_event(struct sum *m, size_t ds, size_t de, size_t *a, size_t *b)
{
	for (size_t k = ds; k-- > *a + 1;) {
		if (is_p(m, k, ',') || is_p(m, k, ';') || open_q(m, k) || close_q(m, k))
			break;
		if (!(wd(m, k, "which") || wd(m, k, "who")) || !is_p(m, k - 1, ','))
			continue;
		size_t c = de;
		while (c < *b && !is_p(m, c, ',') && !is_p(m, c, ';') && !is_p(m, c, 0x2014))
			c++;
		/* the antecedent is a short phrase with no verb of its own that the sentence goes on
		 * with ("Christie, who ..., blasted"), and the clause has a verb */
		if (k - 1 - *a > 8 || k - 1 == *a || main_verb(m, *a, k - 1) ||
		    !clause_like(m, k + 1, c) || !(c < *b && verb_next(m, c + 1)))
			return;
		m->k[k - 1].drop = m->k[k].drop = true;
		*b = c;
		return;
	}
}

/* ---- leading filler ---- */

static const char *const fillers[] = {
	"meanwhile",   "however",      "additionally",  "moreover",   "furthermore",
	"also",        "still",        "yet",           "but",        "and",
	"so",          "then",         "now",           "instead",    "indeed",
	"similarly",   "likewise",     "separately",    "further",    "nevertheless",
	"nonetheless", "meantime",     "previously",    "earlier",    "later",
	"afterwards",  "afterward",    "conversely",    "ultimately", "eventually",
	"notably",     "specifically", "overall",       "thus",       "therefore",
	"hence",       "otherwise",    "besides",       "anyway",     "again",
	"recently",    "currently",    "first",         "second",     "third",
	"finally",     "lastly",       "plus",          "too",        "regardless",
	"importantly", "crucially",    "interestingly", "curiously",  "surprisingly",
	"clearly",     "obviously",    "apparently",    "reportedly", "admittedly",
	NULL};

/* Two- to four-word fillers, each followed by a comma. */
static const char *const filler_phrases[][4] = {
	{"for", "example", NULL, NULL},   {"for", "instance", NULL, NULL},
	{"in", "addition", NULL, NULL},   {"in", "fact", NULL, NULL},
	{"of", "course", NULL, NULL},     {"at", "the", "same", "time"},
	{"in", "the", "meantime", NULL},  {"since", "then", NULL, NULL},
	{"by", "then", NULL, NULL},       {"before", "that", NULL, NULL},
	{"after", "that", NULL, NULL},    {"as", "a", "result", NULL},
	{"in", "turn", NULL, NULL},       {"in", "response", NULL, NULL},
	{"in", "other", "words", NULL},   {"on", "the", "other", "hand"},
	{"by", "contrast", NULL, NULL},   {"in", "contrast", NULL, NULL},
	{"in", "particular", NULL, NULL}, {"above", "all", NULL, NULL},
	{"as", "well", NULL, NULL},       {"in", "short", NULL, NULL},
	{"in", "the", "end", NULL},       {"at", "first", NULL, NULL},
	{"at", "last", NULL, NULL},       {"once", "again", NULL, NULL},
	{"even", "so", NULL, NULL},       {"what's", "more", NULL, NULL},
	{"on", "top", "of", "that"},      {"that", "said", NULL, NULL},
	{"in", "any", "case", NULL},      {"at", "the", "time", NULL},
};

/* Words that end a relative time phrase: "The week before,", "Two days earlier,". */
static const char *const rel_ends[] = {"before",     "earlier",   "later", "after",
				       "afterwards", "afterward", "ago",   "prior",
				       "previously", "on",        NULL};

/* The first kept token at or after k (below e). */
static size_t kept(const struct sum *m, size_t k, size_t e)
{
	while (k < e && m->k[k].drop)
		k++;
	return k;
}

static void drop_range(struct sum *m, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		m->k[k].drop = true;
}

/* Drops one leading filler at the clause's first kept token; returns whether it did. */
static bool drop_filler(struct sum *m, size_t s, size_t e)
{
	size_t k = kept(m, s, e);
	if (k >= e)
		return false;
	/* quotation marks, dashes and bullets that open nothing here */
	if (is_p(m, k, '-') || is_p(m, k, 0x2014) || is_p(m, k, 0x2013) || is_p(m, k, 0x2022) ||
	    is_p(m, k, ',') || is_p(m, k, 0xFF0C) || is_p(m, k, 0x3001)) {
		m->k[k].drop = true;
		return true;
	}
	/* "And", "But", "Yet" need no comma; the others do */
	if ((wd(m, k, "and") || wd(m, k, "but") || wd(m, k, "yet")) && is_word(m, k + 1)) {
		m->k[k].drop = true;
		return true;
	}
	if (!is_word(m, k))
		return false;
	/* "According to Reuters," */
	if (wd(m, k, "according") && wd(m, k + 1, "to")) {
		for (size_t j = k + 2; j < e && j < k + 12; j++)
			if (is_p(m, j, ',')) {
				drop_range(m, k, j + 1);
				return true;
			}
	}
	/* every other filler ends in a comma within five words */
	size_t comma = k + 1;
	while (comma < e && comma <= k + 5 && !is_p(m, comma, ','))
		comma++;
	if (comma >= e || comma > k + 5)
		return false;
	if (is_p(m, k + 1, ',') && wd_in(m, k, fillers)) {
		drop_range(m, k, k + 2);
		return true;
	}
	for (size_t i = 0; i < sizeof(filler_phrases) / sizeof(filler_phrases[0]); i++) {
		size_t j = 0;
		while (j < 4 && filler_phrases[i][j] && wd(m, k + j, filler_phrases[i][j]))
			j++;
		if (j >= 2 && (j == 4 || !filler_phrases[i][j]) && is_p(m, k + j, ',')) {
			drop_range(m, k, k + j + 1);
			return true;
		}
	}
	/* "The week before,", "Two days earlier,", "Moments later,": a short phrase of time
	 * that ends in a comma, with no verb */
	for (size_t j = k + 1; j < e && j <= k + 5; j++) {
		if (!is_p(m, j, ','))
			continue;
		if (wd_in(m, j - 1, rel_ends) && !wd(m, j - 1, "on") && !clause_like(m, k, j)) {
			bool words = true;
			for (size_t i = k; i < j; i++)
				words &= is_word(m, i);
			if (words) {
				drop_range(m, k, j + 1);
				return true;
			}
		}
		break;
	}
	return false;
}

/* ---- the date phrase ---- */

static const char *const cut_preps[] = {"on", "in", "at", "during", NULL};
/* The same before a Chinese date (在, 于, 於) and after a Japanese one (に). */
static const char *const cjk_preps[] = {"\xE5\x9C\xA8", "\xE4\xBA\x8E", "\xE6\x96\xBC", NULL};
static const char *const cjk_after[] = {"\xE3\x81\xAB", NULL};
/* 至, 到: "to" between two dates. */
static const char *const cjk_to[] = {"\xE8\x87\xB3", "\xE5\x88\xB0", NULL};

/* Token k is one of the CJK characters in list (UTF-8). */
static bool cjk_is(const struct sum *m, size_t k, const char *const *list)
{
	if (k >= m->n || !m->k[k].cjk)
		return false;
	for (size_t i = 0; list[i]; i++)
		if (m->k[k].e - m->k[k].s == strlen(list[i]) &&
		    memcmp(m->t + m->k[k].s, list[i], strlen(list[i])) == 0)
			return true;
	return false;
}
static const char *const adverbial[] = {"yesterday", "today",  "tomorrow", "tonight", "last",
					"this",      "next",   "earlier",  "later",   "recently",
					"early",     "late",   "mid",      "within",  "over",
					"past",      "coming", NULL};
/* Second words after "the" that make an adverbial: "the same day", "the next week". */
static const char *const the_adverbial[] = {"same",  "next",    "following", "previous",
					    "past",  "coming",  "day",       "week",
					    "night", "morning", NULL};
/* Last words of an adverbial amount: "two days earlier", "a year ago". */
static const char *const rel_last[] = {"ago", "earlier", "later", "before", "after", NULL};
static const char *const weekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
				       "friday", "saturday", "sunday",    "yesterday",
				       "today",  "tomorrow", "tonight",   NULL};
static const char *const parts_of_day[] = {"morning", "afternoon", "evening", "night", NULL};
static const char *const determiners[] = {
	"the",    "a",      "an",     "this",    "that",    "these",   "those",   "its",
	"his",    "her",    "their",  "our",     "my",      "your",    "every",   "each",
	"of",     "to",     "from",   "until",   "by",      "since",   "between", "than",
	"around", "about",  "before", "after",   "through", "for",     "in",      "on",
	"at",     "during", "over",   "within",  "into",    "with",    "like",    "next",
	"last",   "per",    "till",   "towards", "toward",  "against", NULL};
static const char *const needs_date[] = {"beginning", "starting", "effective", "ending", "dated",
					 "expiring",  "from",     "since",     "until",  "till",
					 "through",   "between",  "and",       "or",     "as",
					 "than",      NULL};
static const char *const auxiliaries[] = {"did", "does",  "do",  "has",   "have", "had",    "is",
					  "was", "were",  "are", "be",    "been", "will",   "would",
					  "can", "could", "may", "might", "must", "should", NULL};
static const char *const pronouns[] = {"he", "she", "it", "they", "we", "i", "you", NULL};
static const char *const participles[] = {
	"born",    "written", "built", "made", "known", "held",   "begun", "shown",  "seen",
	"taken",   "given",   "sold",  "won",  "drawn", "chosen", "grown", "thrown", "flown",
	"brought", "bought",  "paid",  "sent", "set",   "led",    "kept",  NULL};

/* A past participle: "published", "founded", "born", "written". */
static bool participle(const struct sum *m, size_t k)
{
	if (!is_word(m, k) || m->k[k].cap)
		return false;
	const struct stok *w = &m->k[k];
	return (w->e - w->s >= 5 && m->t[w->e - 2] == 'e' && m->t[w->e - 1] == 'd') ||
	       wd_in(m, k, participles);
}

static const char *const copulas[] = {"is",   "was",   "were", "are", "be",
				      "been", "being", "am",   "'s",  NULL};

/* Does token k start a date: a number, a month, a weekday, "the 1970s"? */
static bool date_word(const struct sum *m, size_t k)
{
	if (!is_word(m, k))
		return false;
	const struct stok *w = &m->k[k];
	if (m->t[w->s] >= '0' && m->t[w->s] <= '9')
		return true;
	if (wd(m, k, "the") && is_word(m, k + 1) && m->t[m->k[k + 1].s] >= '0' &&
	    m->t[m->k[k + 1].s] <= '9')
		return true;
	return (w->cap && date_month_parse(m->t + w->s, w->e - w->s)) || wd_in(m, k, weekdays);
}

/* Is the date phrase [ds, de) plainly an adverbial of time ("yesterday", "last week", "the
 * next day", "two days earlier"), which reads as one without a preposition? */
static bool adverbial_date(const struct sum *m, size_t ds, size_t de)
{
	/* in Chinese a time phrase before or inside the clause is its adverbial: 去年, 今年 */
	if (m->k[ds].cjk || m->k[de - 1].cjk)
		return true;
	return wd_in(m, ds, adverbial) || (wd(m, ds, "the") && wd_in(m, ds + 1, the_adverbial)) ||
	       (de > ds + 1 && wd_in(m, de - 1, rel_last));
}

/* Drops the date phrase [ds, de) and what goes with it, where the summary reads well without
 * it (the label says the date): "On November 7, X did Y" → "X did Y", "X met Y on July 3" →
 * "X met Y", "X announced Tuesday that" → "X announced that". Kept where cutting would leave a
 * fragment ("was in 2002, when", "from midnight to 6 a.m.", "by 2027", "August's report",
 * "Black Friday per nostalgici") or where the date stands inside a quotation. */
static void cut_date(struct sum *m, size_t s, size_t e, size_t ds, size_t de, bool quoted)
{
	if (quoted || ds >= de || ds < s || de > e)
		return;
	/* "August's report": a possessive date stays */
	const struct stok *last = &m->k[de - 1];
	if (last->e - last->s >= 2 && (m->t[last->e - 1] == 's') &&
	    (m->t[last->e - 2] == '\'' || (unsigned char)m->t[last->e - 2] == 0x99))
		return;
	size_t a = ds, b = de;
	bool prep = a > s && (wd_in(m, a - 1, cut_preps) || cjk_is(m, a - 1, cjk_preps));
	if (prep)
		a--;
	/* Japanese puts its preposition after the date: 11月7日に */
	if (b < e && m->k[de - 1].cjk && cjk_is(m, b, cjk_after))
		b++;
	/* "later on Friday", "early in July", "late Thursday" */
	if (a > s && (wd(m, a - 1, "later") || wd(m, a - 1, "earlier") || wd(m, a - 1, "early") ||
		      wd(m, a - 1, "late")))
		a--;
	/* "Friday evening" */
	if (wd_in(m, b, parts_of_day))
		b++;
	bool opening = kept(m, s, e) >= a;
	if (opening) {
		/* a bare date opening the clause is cut only when it is plainly an adverbial:
		 * "Yesterday X did", "November 7, X did"; "Black Friday per nostalgici",
		 * "November 2018 marked" keep it */
		bool comma = is_p(m, b, ',') || is_p(m, b, 0xFF0C) || is_p(m, b, 0x3001);
		if (!prep && !comma && !adverbial_date(m, ds, de))
			return;
		if (comma)
			b++;
		drop_range(m, a, b);
		return;
	}
	/* mid-clause and bare: only a weekday or an adverbial after a verb or an object ("said
	 * Tuesday that", "rose 3 percent last week") */
	if (!prep && (!(wd_in(m, ds, weekdays) || adverbial_date(m, ds, de)) ||
		      !is_word(m, a - 1) || wd_in(m, a - 1, determiners)))
		return;
	/* "in 2008 and 2012", "from 2011 to 2016", "1990-1995": the date is one end of a pair */
	if (b < e &&
	    (wd(m, b, "and") || wd(m, b, "or") || wd(m, b, "to") || wd(m, b, "through") ||
	     wd(m, b, "until")) &&
	    date_word(m, b + 1))
		return;
	if (b < e && (is_p(m, b, '-') || is_p(m, b, 0x2013)) && m->k[b].s == m->k[b - 1].e)
		return;
	/* 2011年9月至2014年9月 */
	if ((b < e && cjk_is(m, b, cjk_to)) || (a > s && cjk_is(m, a - 1, cjk_to)))
		return;
	/* at the clause's end, a word left without what it governs: "work that began in July",
	 * "just as it did in the 20th century", "designers working today", "a post published
	 * Thursday", "Tarot Cards, published in 1970" */
	if (kept(m, b, e) >= e || (m->k[kept(m, b, e)].cp && end_punct(m, kept(m, b, e)))) {
		if (a >= s + 2 && verbish(m, a - 1) && wd_in(m, a - 2, relatives))
			return;
		if (a > s && wd_in(m, a - 1, auxiliaries))
			return;
		/* "designers working today", but "an uprising in 2003" is a noun */
		if (a > s && ing_word(m, a - 1) && !(a >= s + 2 && wd_in(m, a - 2, determiners)))
			return;
		/* a participle after its noun when the clause has its verb already ("wrote in a
		 * post published Thursday"), or after a comma ("Tarot Cards, published in
		 * 1970"); "The bell disappeared in 1984" is the verb itself */
		if (a >= s + 2 && participle(m, a - 1) &&
		    (is_p(m, a - 2, ',') ||
		     (!wd_in(m, a - 2, pronouns) && !wd_in(m, a - 2, auxiliaries) &&
		      clause_like(m, s, a - 1))))
			return;
	}
	/* "beginning in January", "effective on Monday": a word that needs the date */
	if (a > s && wd_in(m, a - 1, needs_date))
		return;
	/* "was in 2002, when": a copula left without its complement */
	size_t after = b < e ? b : e;
	if (a > s && wd_in(m, a - 1, copulas) && (after >= e || m->k[after].cp))
		return;
	/* "The flood, in March 2019, caused": the commas around the date go with it */
	if (a > s && is_p(m, a - 1, ',') && b < e && is_p(m, b, ',') && !m->k[a - 1].drop) {
		a--;
		b++;
	}
	drop_range(m, a, b);
}

/* ---- output ---- */

static bool closing_punct(uint32_t cp)
{
	return cp == ',' || cp == '.' || cp == ';' || cp == ':' || cp == ')' || cp == ']' ||
	       cp == '!' || cp == '?' || cp == 0x201D || cp == 0x2019 || cp == 0xFF0C ||
	       cp == 0x3002 || cp == 0x3001 || cp == 0xFF09;
}

static bool opening_punct(uint32_t cp)
{
	return cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 || cp == 0xFF08;
}

/* Appends the kept tokens of [a, b) to o, one space where the text had white space or where
 * something was dropped between two words. A "he" or "she" that opens the summary is noted in
 * *m->subject. */
static void emit(struct sum *m, size_t a, size_t b, struct buf *o)
{
	size_t prev = (size_t)-1;
	bool first = true;
	for (size_t k = a; k < b; k++) {
		if (m->k[k].drop)
			continue;
		const struct stok *w = &m->k[k];
		if (prev != (size_t)-1) {
			const struct stok *p = &m->k[prev];
			bool gap = w->s > p->e;
			if (k > prev + 1) {
				/* something was dropped between: a space, but none before closing
				 * or after opening punctuation */
				if (w->cp && w->cp != '"' && closing_punct(w->cp))
					gap = false;
				else if (p->cp && opening_punct(p->cp))
					gap = false;
				else if (p->cjk || w->cjk)
					gap = false; /* Chinese has no spaces */
				else
					gap = true;
			}
			/* ", ," or a comma after an opening bracket, left by a cut */
			if (w->cp == ',' && (o->len == 0 || o->data[o->len - 1] == ',' ||
					     o->data[o->len - 1] == '('))
				continue;
			if (gap)
				buf_putc(o, ' ');
		}
		/* a pronoun that opens the summary: noted for timex_name_subjects() */
		if (first && o->len == 0 && m->subject && (wd(m, k, "he") || wd(m, k, "she")) &&
		    is_word(m, k + 1))
			*m->subject = (struct span){w->s, w->e};
		buf_put(o, m->t + w->s, w->e - w->s);
		prev = k;
		first = false;
	}
}

/* Tidies a summary in place: no punctuation at either end (nor CJK commas and stops), a capital
 * first letter, no unmatched quotation mark at either end. */
static void tidy(struct buf *o)
{
	if (!o->len)
		return; /* an empty buffer's data is a constant "" */
	char *s = o->data;
	size_t n = o->len, lead = 0;
	for (;;) {
		/* the full stop of "6 p.m." or "the U.S." stays */
		bool abbr = n >= 4 && s[n - 1] == '.' && s[n - 3] == '.' &&
			    ((s[n - 2] | 32) >= 'a' && (s[n - 2] | 32) <= 'z');
		if (n && !abbr &&
		    (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == ',' || s[n - 1] == ';' ||
		     s[n - 1] == ':' || s[n - 1] == '-')) {
			n--;
		} else if (n >= 3 && (memcmp(s + n - 3, "\xE3\x80\x82", 3) == 0 ||
				      memcmp(s + n - 3, "\xEF\xBC\x8C", 3) == 0 ||
				      memcmp(s + n - 3, "\xE2\x80\x94", 3) == 0)) {
			n -= 3;
		} else {
			break;
		}
	}
	for (;;) {
		if (lead < n && (s[lead] == ',' || s[lead] == ' ' || s[lead] == ';'))
			lead++;
		else if (lead + 3 <= n && (memcmp(s + lead, "\xEF\xBC\x8C", 3) == 0 ||
					   memcmp(s + lead, "\xE3\x80\x81", 3) == 0))
			lead += 3;
		else
			break;
	}
	/* one quotation mark at an end that has no partner inside */
	size_t quotes = 0, opens = 0, closes = 0;
	for (size_t i = lead; i < n; i++) {
		quotes += s[i] == '"';
		if (i + 3 <= n && memcmp(s + i, "\xE2\x80\x9C", 3) == 0)
			opens++;
		if (i + 3 <= n && memcmp(s + i, "\xE2\x80\x9D", 3) == 0)
			closes++;
	}
	if (lead < n && s[lead] == '"' && quotes % 2) {
		lead++;
		quotes--;
	} else if (lead + 3 <= n && memcmp(s + lead, "\xE2\x80\x9C", 3) == 0 && opens > closes) {
		lead += 3;
		opens--;
	}
	while (lead < n && s[lead] == ' ')
		lead++;
	if (n > lead && s[n - 1] == '"' && quotes % 2)
		n--;
	else if (n >= lead + 3 && memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 && closes > opens)
		n -= 3;
	while (n > lead && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	memmove(s, s + lead, n - lead);
	n -= lead;
	s[n] = '\0';
	o->len = n;
	if (n && s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 32);
}

/* Does s hold at least `want` words (a CJK character counts as one)? */
static bool has_words(const char *s, size_t want)
{
	size_t n = 0;
	bool in = false;
	for (const unsigned char *p = (const unsigned char *)s; *p && n < want; p++) {
		if (*p >= 0xE3 && *p <= 0xE9 && p[1] && p[2]) {
			uint32_t cp = ((uint32_t)(*p & 0x0F) << 12) |
				      ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
			if (cjk(cp)) {
				n++;
				in = false;
				p += 2;
				continue;
			}
		}
		bool w = (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z') ||
			 *p >= 0x80;
		n += w && !in;
		in = w;
	}
	return n >= want;
}

/* ---- speech ---- */

/* The close of the quotation opened at token q (below e), or e. */
static size_t quote_end(const struct sum *m, size_t q, size_t e)
{
	bool curly = is_p(m, q, 0x201C);
	for (size_t k = q + 1; k < e; k++)
		if (curly ? is_p(m, k, 0x201D) : is_p(m, k, '"'))
			return k;
	return e;
}

/* Appends the quoted words [a, b) (without the marks, without a comma that ended them before
 * the speech tag) in curly quotation marks. */
static void emit_quote(struct sum *m, size_t a, size_t b, struct buf *o)
{
	while (b > a && is_p(m, b - 1, ','))
		b--;
	buf_puts(o, "\xE2\x80\x9C");
	emit(m, a, b, o);
	buf_puts(o, "\xE2\x80\x9D");
}

static const char *const speech_verbs[] = {
	"said",      "says",         "say",       "told",      "tells",    "added",
	"adds",      "noted",        "notes",     "declared",  "stated",   "explained",
	"insisted",  "insists",      "warned",    "warns",     "wrote",    "writes",
	"asked",     "asks",         "argued",    "argues",    "replied",  "recalled",
	"claimed",   "claims",       "continued", "announced", "remarked", "shouted",
	"tweeted",   "posted",       "predicted", "admitted",  "conceded", "countered",
	"cautioned", "acknowledged", "suggested", "responded", "vowed",    NULL};

/* The speech tag [a, b) ("he said on Friday", "said Huang", "Huang told reporters") as the
 * summary's subject and verb, its date cut; false when it is no tag (too long, no speech verb,
 * or a quotation inside). When the date lies in what the tag says of the speaker after a comma
 * and about is not NULL, writes that instead ("Don Fowler helmed the DNC from 1995 to 1997")
 * and sets *about. */
static bool emit_tag(struct sum *m, size_t a, size_t b, size_t ds, size_t de, struct buf *o,
		     bool *about)
{
	size_t e0 = b;
	while (b > a && (end_punct(m, b - 1) || is_p(m, b - 1, ',') || is_p(m, b - 1, ':')))
		b--;
	size_t words = 0, verb = b;
	for (size_t k = a; k < b; k++) {
		if (open_q(m, k) || close_q(m, k))
			return false;
		words += is_word(m, k);
		if (verb == b && wd_in(m, k, speech_verbs))
			verb = k;
	}
	if (verb == b || words < 2)
		return false;
	/* "says Parata, a fierce elder of the tribe", "he said, adding that ...": the tag ends at
	 * the comma after its speaker */
	for (size_t k = verb + 1; k < b; k++)
		if (is_p(m, k, ',') && k > verb + 1) {
			b = k;
			break;
		}
	/* the date is in what follows the speaker ("said Don Fowler, who helmed the DNC from
	 * 1995"): the event is what that says of the speaker, not the speech */
	if (ds < de && ds >= b) {
		if (!about)
			return false;
		size_t sa = verb == a ? verb + 1 : a, sb = verb == a ? b : verb;
		emit(m, sa, sb, o);
		size_t r = b + 1, end = e0;
		while (end > r && (end_punct(m, end - 1) || is_p(m, end - 1, ',')))
			end--;
		if (wd(m, r, "who")) {
			buf_putc(o, ' ');
			r++;
		} else {
			buf_puts(o, ", ");
		}
		if (ds >= r)
			cut_date(m, r, end, ds, de, false);
		emit(m, r, end, o);
		*about = true;
		return true;
	}
	words = 0;
	for (size_t k = a; k < b; k++)
		words += is_word(m, k);
	if (words > 12)
		return false;
	if (ds < de && ds >= a && de <= b)
		cut_date(m, a, b, ds, de, false);
	/* "said Huang": the speaker first */
	if (verb == kept(m, a, b) && verb + 1 < b) {
		emit(m, verb + 1, b, o);
		buf_putc(o, ' ');
		emit(m, verb, verb + 1, o);
		return true;
	}
	emit(m, a, b, o);
	return true;
}

/* Speech: a sentence that is a quotation with its tag, where the date belongs to the tag or the
 * quotation: `"China will decide," he said on Friday.` → `He said: “China will decide”`, with
 * the quotation that goes on in the next sentence (`"We will be ready."`) joined by "and".
 * `next` is that sentence's tokens (may be NULL). Returns false when the sentence is no such
 * quotation. */
static bool speech(struct sum *m, size_t s, size_t e, size_t ds, size_t de, struct sum *next,
		   struct buf *o)
{
	size_t q = kept(m, s, e);
	if (q < e && open_q(m, q)) {
		/* quotation first, tag after */
		size_t qe = quote_end(m, q, e);
		if (qe + 1 >= e)
			return false;
		size_t ta = qe + 1, tb = e;
		if (is_p(m, ta, ','))
			ta++;
		/* a tag between two parts: "A," he said, "B." */
		size_t q2 = ta;
		while (q2 < e && !open_q(m, q2))
			q2++;
		tb = q2;
		if (ds < de && ds < ta && de > qe)
			return false; /* the date spans the quotation's end: no tag */
		struct buf tag = BUF_INIT;
		bool about = false;
		if (!emit_tag(m, ta, tb, ds >= ta ? ds : de, de, &tag, &about)) {
			buf_free(&tag);
			return false;
		}
		buf_put(o, tag.data, tag.len);
		buf_free(&tag);
		if (about)
			return true;
		buf_puts(o, ": ");
		emit_quote(m, q + 1, qe, o);
		if (q2 < e) {
			size_t q2e = quote_end(m, q2, e);
			buf_puts(o, " and ");
			emit_quote(m, q2 + 1, q2e, o);
		} else if (next && next->n && open_q(next, 0) && qe > q + 1 &&
			   is_p(m, qe - 1, ',')) {
			/* the quotation the tag broke off goes on in the next sentence */
			size_t ne = quote_end(next, 0, next->n);
			if (ne + 1 >= next->n || (ne + 2 == next->n && end_punct(next, ne + 1))) {
				buf_puts(o, " and ");
				emit_quote(next, 1, ne, o);
			}
		}
		return true;
	}
	/* tag first: "Huang said on Friday: "China will decide."" */
	for (size_t k = s; k + 1 < e && k < s + 16; k++) {
		if (!((is_p(m, k, ':') || is_p(m, k, ',')) && open_q(m, k + 1)))
			continue;
		size_t qe = quote_end(m, k + 1, e);
		struct buf tag = BUF_INIT;
		if (!emit_tag(m, s, k, ds < k ? ds : de, de, &tag, NULL) || tag.len == 0) {
			buf_free(&tag);
			return false;
		}
		buf_put(o, tag.data, tag.len);
		buf_free(&tag);
		buf_puts(o, ": ");
		emit_quote(m, k + 2, qe, o);
		return true;
	}
	return false;
}

/* Loads sentence si (at most WINDOW bytes of it) into m, no date marked. */
static void load_plain(struct sum *m, const struct doc *d, size_t si, struct span *subject)
{
	size_t len;
	memset(m, 0, sizeof(*m));
	m->t = doc_text(d, &len);
	m->subject = subject;
	struct span sp = doc_sentence(d, si)->span;
	size_t e = sp.end;
	if (e > sp.start + WINDOW)
		e = sp.start;
	tokenize(m, sp.start, e, (struct span){0, 0});
}

/* The speech tag sentence si holds, written to tag (speaker and verb, a pronoun resolved):
 * after a quotation (`"...," Forte said.`), before one (`He added: "...`), or as the whole
 * sentence (`Forte said.`). after: only a tag that follows a quotation's end counts. */
static bool sentence_tag(const struct doc *d, size_t si, struct span *subject, bool after,
			 struct buf *tag)
{
	struct sum m;
	bool found = false;
	load_plain(&m, d, si, subject);
	size_t qc = m.n;
	for (size_t k = 0; k < m.n; k++)
		if (close_q(&m, k) && (k == 0 || !open_q(&m, k) || k + 1 < m.n)) {
			/* a straight quote closes when it follows a word or punctuation directly */
			if (is_p(&m, k, '"') && k > 0 && m.k[k].s > m.k[k - 1].e)
				continue;
			qc = k;
			break;
		}
	if (qc < m.n) {
		size_t ta = qc + 1;
		if (is_p(&m, ta, ','))
			ta++;
		size_t tb = ta;
		while (tb < m.n && !open_q(&m, tb))
			tb++;
		found = ta < tb && emit_tag(&m, ta, tb, 0, 0, tag, NULL);
	} else if (m.n && !open_q(&m, 0)) {
		/* a sentence that is only a tag, or one that opens a quotation */
		size_t k = 0;
		while (k < m.n && !open_q(&m, k))
			k++;
		if (k == m.n)
			found = emit_tag(&m, 0, m.n, 0, 0, tag, NULL);
		else if (!after && k > 0 && (is_p(&m, k - 1, ':') || is_p(&m, k - 1, ',')))
			found = emit_tag(&m, 0, k - 1, 0, 0, tag, NULL);
	}
	sum_free(&m);
	return found && tag->len;
}

/* A date inside a quotation with no tag in its sentence: the tag from the sentences after it in
 * the paragraph (up to where the quotation closes) or before it (within two paragraphs, the
 * speaker a quotation goes on from). */
static bool find_tag(const struct doc *d, size_t si, struct span *subject, struct buf *tag)
{
	size_t para = doc_sentence(d, si)->paragraph, ns = doc_sentence_count(d);
	for (size_t j = si + 1; j < ns && j <= si + 3; j++) {
		if (doc_sentence(d, j)->paragraph != para)
			break;
		buf_clear(tag);
		*subject = (struct span){0, 0};
		if (sentence_tag(d, j, subject, true, tag))
			return true;
		if (!doc_sentence(d, j)->ends_in_quote)
			break;
	}
	for (size_t j = si; j-- > 0 && si - j <= 8;) {
		if (para - doc_sentence(d, j)->paragraph > 2)
			break;
		buf_clear(tag);
		*subject = (struct span){0, 0};
		if (sentence_tag(d, j, subject, false, tag))
			return true;
	}
	buf_clear(tag);
	*subject = (struct span){0, 0};
	return false;
}

/* Is token d inside a quotation in [s, e)? */
static bool in_quote(const struct sum *m, size_t s, size_t e, size_t d)
{
	for (size_t k = s; k < e && k < d; k++) {
		if (!open_q(m, k))
			continue;
		size_t qe = quote_end(m, k, e);
		if (d > k && d < qe)
			return true;
		k = qe;
	}
	return false;
}

/* ---- the entry point ---- */

static void sum_load(struct sum *m, const struct doc *d, size_t si, struct span cut)
{
	size_t len;
	m->t = doc_text(d, &len);
	struct span sp = doc_sentence(d, si)->span;
	size_t s = sp.start, e = sp.end;
	if (cut.start > s + WINDOW) {
		m->trunc = true;
		s = cut.start - WINDOW;
		while (s < cut.start && m->t[s] != ' ')
			s++;
	}
	if (e > cut.end + WINDOW) {
		e = cut.end + WINDOW;
		while (e > cut.end && m->t[e - 1] != ' ')
			e--;
	}
	/* a dateline opening the paragraph ("TAIPEI — ") is no part of the sentence */
	const struct doc_sentence *ds = doc_sentence(d, si);
	if (ds->span.start == s && doc_paragraph(d, ds->paragraph)->first_sentence == si)
		s = text_dateline_end(m->t, s, e);
	tokenize(m, s, e, cut);
}

static void sum_free(struct sum *m)
{
	free(m->k);
}

char *tx_summary(const struct doc *d, size_t si, struct span cut, struct span *subject)
{
	struct sum m;
	struct buf o = BUF_INIT;
	memset(&m, 0, sizeof(m));
	m.subject = subject;
	*subject = (struct span){0, 0};
	sum_load(&m, d, si, cut);

	size_t ds = m.n, de = 0;
	for (size_t k = 0; k < m.n; k++)
		if (m.k[k].date) {
			ds = ds < k ? ds : k;
			de = k + 1;
		}
	if (ds >= de) {
		ds = de = 0;
	}

	/* speech: the sentence is a quotation with its tag */
	struct sum next;
	memset(&next, 0, sizeof(next));
	const struct doc_sentence *sn = si + 1 < doc_sentence_count(d) ? doc_sentence(d, si + 1)
								       : NULL;
	/* the next sentence only matters to a quotation that opens this one */
	if (sn && sn->paragraph == doc_sentence(d, si)->paragraph && m.n && open_q(&m, 0)) {
		next.t = m.t;
		next.subject = NULL;
		size_t ne = sn->span.end;
		if (ne > sn->span.start + WINDOW)
			ne = sn->span.start;
		tokenize(&next, sn->span.start, ne, (struct span){0, 0});
	}
	bool done = speech(&m, 0, m.n, ds, de, next.n ? &next : NULL, &o);
	sum_free(&next);
	if (done) {
		tidy(&o);
		if (has_words(o.data, 3)) {
			sum_free(&m);
			return buf_detach(&o, NULL);
		}
		buf_clear(&o);
		*subject = (struct span){0, 0};
		undrop(&m);
	}

	/* a date inside a quotation that has no tag in its sentence: the tag found around it */
	if (de && !done) {
		size_t q0 = kept(&m, 0, m.n);
		bool opens = q0 < m.n && open_q(&m, q0);
		bool cont = si > 0 && doc_sentence(d, si - 1)->ends_in_quote &&
			    doc_sentence(d, si - 1)->paragraph == doc_sentence(d, si)->paragraph;
		size_t qs = opens ? q0 + 1 : 0, qe = opens ? quote_end(&m, q0, m.n) : 0;
		if (!opens && cont)
			while (qe < m.n && !close_q(&m, qe))
				qe++;
		if ((opens || cont) && ds >= qs && de <= qe) {
			struct buf tag = BUF_INIT;
			if (find_tag(d, si, subject, &tag)) {
				buf_put(&o, tag.data, tag.len);
				buf_puts(&o, ": ");
			}
			buf_free(&tag);
			emit_quote(&m, qs, qe, &o);
			tidy(&o);
			sum_free(&m);
			return buf_detach(&o, NULL);
		}
	}

	/* the clause the date belongs to, without filler and without the date */
	size_t a = 0, b = m.n;
	/* a sentence end the sentence splitter let pass ("off the hook). Senate ..."): the date's
	 * sentence starts after it */
	size_t fresh = a;
	for (size_t k = a + 1; k + 1 < ds && k < b; k++) {
		if (!m.k[k].cp || !end_punct(&m, k) || !is_word(&m, k + 1) || !m.k[k + 1].cap)
			continue;
		const struct stok *p = &m.k[k - 1];
		bool lower = p->cp == 0 && p->e - p->s >= 2 && !p->cap;
		if (lower || is_p(&m, k - 1, ')') || close_q(&m, k - 1))
			fresh = k + 1;
	}
	a = fresh;
	if (m.trunc && a == 0) {
		/* the window cut into a long sentence: start at a clause boundary */
		for (size_t k = a; k < ds && k < b; k++)
			if (is_p(&m, k, ',') || is_p(&m, k, ';') || is_p(&m, k, ':')) {
				a = k + 1;
				break;
			}
	}
	if (de)
		narrow_clause(&m, ds, &a, &b);
	if (de)
		relative_event(&m, ds, de, &a, &b);
	bool quoted = de && in_quote(&m, a, b, ds);
	for (int round = 0; round < 8 && drop_filler(&m, a, b); round++)
		;
	if (de && !quoted) {
		cut_date(&m, a, b, ds, de, false);
		for (int round = 0; round < 8 && drop_filler(&m, a, b); round++)
			;
	}
	emit(&m, a, b, &o);
	tidy(&o);
	if (!has_words(o.data, 3)) {
		/* too little left: the whole sentence, the date kept */
		buf_clear(&o);
		*subject = (struct span){0, 0};
		undrop(&m);
		for (int round = 0; round < 8 && drop_filler(&m, 0, m.n); round++)
			;
		emit(&m, 0, m.n, &o);
		tidy(&o);
	}
	sum_free(&m);
	return buf_detach(&o, NULL);
}
