/* coref: reads a document's names once into entities and mentions (coref_build), then resolves
 * names, pronouns and descriptions at any position against them (coref_resolve). */
#include "dateline/coref.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "coref_int.h"

#define ROLES_MAX 4    /* roles remembered per entity */
#define RUN_MAX   12   /* words in a name run */
#define PARA_BACK 5    /* paragraphs a pronoun or description looks back over */
#define SENT_BACK 12   /* sentences a pronoun looks back over */
#define SCAN_MAX  400  /* mentions a resolution looks at, at most */
#define TOKS_MAX  4096 /* tokens of a sentence that are read (the rest is skipped) */

/* Mention flags. */
enum {
	MF_SUBJ = 1u << 0, /* the subject of its sentence */
	MF_POSS = 1u << 1, /* possessive: "NVIDIA's" */
	MF_MOD = 1u << 2,  /* a modifier of a noun: "the Trump campaign" */
	MF_OBL = 1u << 3,  /* after a preposition */
	MF_INQ = 1u << 4,  /* inside a quotation */
	MF_WEAK = 1u << 5, /* one capitalised word opening its sentence: maybe no name at all */
};

struct ment {
	size_t start, end; /* the name, without titles or "'s" */
	size_t ent;
	size_t sent, para;
	unsigned flags;
};

/* What the build knows of an entity beside its public record. */
struct ent_x {
	unsigned short roles[ROLES_MAX];
	unsigned nroles;
	bool strong;       /* named at least once where a capital means a name */
	size_t nwords;     /* words in its fullest name */
	uint64_t initials; /* its capitalised words' initials, packed, for acronyms */
};

/* An open-addressing map from a name's words (case-folded) to an entity; the key is kept as a
 * span of the text. */
struct slot {
	uint64_t h; /* 0: empty */
	struct span key;
	size_t ent;
};
struct map {
	struct slot *s;
	size_t cap, n; /* cap: a power of two */
};

struct coref {
	const struct doc *d;
	const char *text;
	size_t len;
	struct coref_entity *ents;
	struct ent_x *ex;
	size_t nents, capents;
	struct ment *m; /* in text order */
	size_t nm, capm;
	struct map names; /* every form a name was written in → entity */
	struct map words; /* each word of a person's name → the person named last with it */
};

/* ---- tokens of a sentence ---- */

enum {
	TF_CAP = 1u << 0,    /* starts with a capital letter */
	TF_ALLCAP = 1u << 1, /* two or more letters, all capitals */
	TF_DIGIT = 1u << 2,
	TF_INQ = 1u << 3,
	TF_WORD = 1u << 4,
	TF_DATELINE = 1u << 5,
};

struct ctok {
	size_t start, end; /* bytes */
	size_t bend;       /* the end without a possessive "'s" */
	unsigned lex;      /* coref_lex() classes of [start, bend) */
	unsigned id;       /* its canonical lexicon entry */
	unsigned flags;
};

/* A sentence being read. */
struct sent {
	struct ctok *t;
	size_t n, cap;
	size_t index, para;
	size_t subj;  /* the token where the subject begins, or n */
	size_t first; /* its first word, or n */
	bool heading; /* a heading: capitals tell nothing there */
};

static bool is_upper_ascii(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool is_lower_ascii(char c)
{
	return c >= 'a' && c <= 'z';
}

/* True when the token is the word w (ASCII, case-insensitive). */
static bool tok_is(const struct coref *c, const struct ctok *t, const char *w)
{
	size_t n = strlen(w);

	return (t->flags & TF_WORD) && t->end - t->start == n &&
	       strncasecmp(c->text + t->start, w, n) == 0;
}

/* True when the token is the one punctuation character ch. */
static bool tok_ch(const struct coref *c, const struct ctok *t, char ch)
{
	return !(t->flags & TF_WORD) && t->end - t->start == 1 && c->text[t->start] == ch;
}

static uint32_t char_at(const struct coref *c, size_t pos, int *n)
{
	uint32_t cp;

	*n = text_decode(c->text + pos, c->len - pos, &cp);
	if (*n == 0)
		*n = 1;
	return cp;
}

/* Reads the word at pos (first character cp of n bytes) up to `end`: letters and digits, with
 * apostrophes and hyphens inside, and the dots of "U.S." and of an initial ("J."). */
static size_t word_end(const struct coref *c, size_t pos, size_t end, uint32_t cp, int n)
{
	size_t s = pos, seg = 1; /* letters since the last hyphen or dot */
	bool upper = text_is_upper(cp);

	pos += (size_t)n;
	while (pos < end) {
		int m, k;
		uint32_t ch = char_at(c, pos, &m);
		if (text_is_alnum(ch)) {
			pos += (size_t)m;
			seg++;
			continue;
		}
		if ((ch == '\'' || ch == 0x2019 || ch == '-') && pos + (size_t)m < end &&
		    text_is_alnum(char_at(c, pos + (size_t)m, &k))) {
			pos += (size_t)m;
			upper = text_is_upper(char_at(c, pos, &k)); /* Sino-U.S. */
			seg = 0;
			continue;
		}
		/* U.S., J. Trump, Mr.: a dot after one capital, or after a title's abbreviation */
		if (ch == '.' &&
		    ((seg == 1 && upper) ||
		     (pos - s <= 4 && (coref_lex(c->text + s, pos - s, NULL) & LEX_TITLE)))) {
			pos++;
			if (pos + 1 < end && is_upper_ascii(c->text[pos]) &&
			    c->text[pos + 1] == '.') {
				pos += 2; /* U.S. */
				continue;
			}
		}
		break;
	}
	return pos;
}

static void push(struct sent *st, size_t s, size_t e, unsigned flags)
{
	struct ctok *t;

	if (st->n >= TOKS_MAX)
		return;
	st->t = xgrow(st->t, &st->cap, st->n + 1, sizeof(*st->t));
	t = &st->t[st->n++];
	memset(t, 0, sizeof(*t));
	t->start = s;
	t->end = t->bend = e;
	t->flags = flags;
}

/* Classifies the word token t: capitals, digits, possessive and its lexicon classes. */
static void classify(const struct coref *c, struct ctok *t)
{
	const char *w = c->text + t->start;
	size_t n = t->end - t->start, letters = 0, upper = 0;

	if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
		t->bend = t->end - 2;
	else if (n > 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0)
		t->bend = t->end - 4;
	for (size_t i = 0; i < n; i++) {
		if (is_upper_ascii(w[i]) || (unsigned char)w[i] >= 0x80)
			upper += is_upper_ascii(w[i]);
		if (is_upper_ascii(w[i]) || is_lower_ascii(w[i]))
			letters++;
		if (w[i] >= '0' && w[i] <= '9')
			t->flags |= TF_DIGIT;
	}
	{
		int m;
		if (text_is_upper(char_at(c, t->start, &m)))
			t->flags |= TF_CAP;
	}
	if (letters >= 2 && upper == letters)
		t->flags |= TF_ALLCAP;
	t->lex = coref_lex(w, t->bend - t->start, &t->id);
	if (!t->lex && t->bend - t->start > 1 && w[t->bend - t->start - 1] == '.')
		t->lex = coref_lex(w, t->bend - t->start - 1, &t->id); /* "Mr.", "Sen." */
}

/* True for the possessive determiners (his, her, its, their, our, my, your). */
static bool possessive_pronoun(const struct coref *c, const struct ctok *t)
{
	static const char *const poss[] = {"his", "her", "its", "their", "our", "my", "your"};

	for (size_t i = 0; i < sizeof(poss) / sizeof(poss[0]); i++)
		if (tok_is(c, t, poss[i]))
			return true;
	return false;
}

/* Cuts sentence span [s, e) into tokens; `inq` carries the quotation state of the paragraph. */
static void tokenize(const struct coref *c, struct sent *st, size_t s, size_t e, bool *inq,
		     size_t dateline_end)
{
	size_t pos = s;

	st->n = 0;
	while (pos < e) {
		int n;
		uint32_t cp = char_at(c, pos, &n);
		if (text_is_space(cp) || cp == 0xA0) {
			pos += (size_t)n;
			continue;
		}
		if (text_is_alnum(cp)) {
			size_t end = word_end(c, pos, e, cp, n);
			push(st, pos, end, TF_WORD | (*inq ? TF_INQ : 0));
			if (st->n)
				classify(c, &st->t[st->n - 1]);
			if (end <= dateline_end && st->n)
				st->t[st->n - 1].flags |= TF_DATELINE;
			pos = end;
			continue;
		}
		if (cp == '"')
			*inq = !*inq;
		else if (cp == 0x201C || cp == 0x00AB)
			*inq = true;
		else if (cp == 0x201D || cp == 0x00BB)
			*inq = false;
		push(st, pos, pos + (size_t)n, *inq ? TF_INQ : 0);
		pos += (size_t)n;
	}
}

/* The token where the sentence's subject begins: after opening punctuation, a conjunction and
 * an introductory phrase that ends at a comma ("In July, ..."). */
static size_t subject_start(const struct coref *c, const struct sent *st)
{
	size_t i = 0;

	while (i < st->n && !(st->t[i].flags & TF_WORD))
		i++;
	while (i < st->n && (tok_is(c, &st->t[i], "and") || tok_is(c, &st->t[i], "but") ||
			     tok_is(c, &st->t[i], "so") || tok_is(c, &st->t[i], "yet")))
		i++;
	if (i < st->n && (st->t[i].lex & (LEX_PREP | LEX_TIME) ||
			  ((st->t[i].lex & LEX_STOP) && !(st->t[i].lex & LEX_PRON) &&
			   !tok_is(c, &st->t[i], "the")))) {
		for (size_t k = i; k < st->n && k < i + 14; k++)
			if (tok_ch(c, &st->t[k], ','))
				return k + 1 < st->n ? k + 1 : st->n;
	}
	return i;
}

/* ---- the maps ---- */

/* A hash of the words of s, case-folded, white space folded. */
static uint64_t name_hash(const struct coref *c, struct span s)
{
	uint64_t h = 1469598103934665603ull;
	bool space = false;

	for (size_t i = s.start; i < s.end; i++) {
		unsigned char ch = (unsigned char)c->text[i];
		if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
			space = true;
			continue;
		}
		if (space)
			h = (h ^ ' ') * 1099511628211ull;
		space = false;
		if (ch >= 'A' && ch <= 'Z')
			ch = (unsigned char)(ch + 32);
		h = (h ^ ch) * 1099511628211ull;
	}
	return h ? h : 1;
}

/* True when a and b are the same words, case-folded. */
static bool name_eq(const struct coref *c, struct span a, struct span b)
{
	size_t i = a.start, j = b.start;

	for (;;) {
		bool sa = false, sb = false;
		while (i < a.end && strchr(" \n\t\r", c->text[i]))
			i++, sa = true;
		while (j < b.end && strchr(" \n\t\r", c->text[j]))
			j++, sb = true;
		if (i >= a.end || j >= b.end)
			return i >= a.end && j >= b.end;
		if (sa != sb)
			return false;
		unsigned char x = (unsigned char)c->text[i], y = (unsigned char)c->text[j];
		if (x >= 'A' && x <= 'Z')
			x = (unsigned char)(x + 32);
		if (y >= 'A' && y <= 'Z')
			y = (unsigned char)(y + 32);
		if (x != y)
			return false;
		i++;
		j++;
	}
}

static size_t map_get(const struct coref *c, const struct map *m, struct span key)
{
	uint64_t h = name_hash(c, key);

	if (!m->cap)
		return COREF_NONE;
	for (size_t i = h & (m->cap - 1); m->s[i].h; i = (i + 1) & (m->cap - 1))
		if (m->s[i].h == h && name_eq(c, m->s[i].key, key))
			return m->s[i].ent;
	return COREF_NONE;
}

static void map_put(const struct coref *c, struct map *m, struct span key, size_t ent)
{
	uint64_t h = name_hash(c, key);
	size_t i;

	if ((m->n + 1) * 2 > m->cap) {
		struct map g = {xcalloc(m->cap ? m->cap * 2 : 256, sizeof(struct slot)),
				m->cap ? m->cap * 2 : 256, 0};
		for (size_t k = 0; k < m->cap; k++) {
			if (!m->s[k].h)
				continue;
			for (i = m->s[k].h & (g.cap - 1); g.s[i].h; i = (i + 1) & (g.cap - 1))
				;
			g.s[i] = m->s[k];
			g.n++;
		}
		free(m->s);
		*m = g;
	}
	for (i = h & (m->cap - 1); m->s[i].h; i = (i + 1) & (m->cap - 1)) {
		if (m->s[i].h == h && name_eq(c, m->s[i].key, key)) {
			m->s[i].ent = ent;
			return;
		}
	}
	m->s[i] = (struct slot){h, key, ent};
	m->n++;
}

/* ---- entities ---- */

/* Calls fn on each word of the name s (space-separated). */
#define FOR_WORDS(c, s, w)                                                                         \
	for (struct span w = {(s).start, (s).start}; w.start < (s).end;                            \
	     w.start = w.end < (s).end ? w.end + 1 : (s).end)                                      \
		if ((w.end = word_stop(c, w.start, (s).end)) > w.start)

static size_t word_stop(const struct coref *c, size_t p, size_t end)
{
	while (p < end && !strchr(" \n\t\r", c->text[p]))
		p++;
	return p;
}

static size_t count_words(const struct coref *c, struct span s)
{
	size_t n = 0;

	FOR_WORDS(c, s, w)
	n++;
	return n;
}

/* The initials of the capitalised words of s, packed six bits each (up to ten words). */
static uint64_t initials(const struct coref *c, struct span s)
{
	uint64_t v = 0;

	FOR_WORDS(c, s, w)
	if (is_upper_ascii(c->text[w.start]))
		v = (v << 6) | (uint64_t)(c->text[w.start] - 'A' + 1);
	return v;
}

/* The packed letters of an acronym ("FT"), or 0 when s is not one word of 2-6 capitals. */
static uint64_t acronym(const struct coref *c, struct span s)
{
	uint64_t v = 0;

	if (s.end - s.start < 2 || s.end - s.start > 6)
		return 0;
	for (size_t i = s.start; i < s.end; i++) {
		if (!is_upper_ascii(c->text[i]))
			return 0;
		v = (v << 6) | (uint64_t)(c->text[i] - 'A' + 1);
	}
	return v;
}

static size_t new_entity(struct coref *c, struct span name, size_t pos)
{
	size_t id = c->nents;
	size_t cap = c->capents;

	c->ents = xgrow(c->ents, &c->capents, id + 1, sizeof(*c->ents));
	c->ex = xgrow(c->ex, &cap, id + 1, sizeof(*c->ex));
	memset(&c->ents[id], 0, sizeof(c->ents[id]));
	memset(&c->ex[id], 0, sizeof(c->ex[id]));
	c->ents[id].name = name;
	c->ents[id].first = pos;
	c->ex[id].nwords = count_words(c, name);
	c->ex[id].initials = initials(c, name);
	c->nents++;
	return id;
}

static void add_role(struct coref *c, size_t e, unsigned role)
{
	struct ent_x *x = &c->ex[e];

	for (unsigned i = 0; i < x->nroles; i++)
		if (x->roles[i] == role)
			return;
	if (x->nroles < ROLES_MAX)
		x->roles[x->nroles++] = (unsigned short)role;
}

/* What a run of capitalised words tells of its entity. */
struct evidence {
	enum coref_kind kind;
	enum coref_gender gender;
	enum coref_org org;
	unsigned roles[ROLES_MAX];
	unsigned nroles;
	bool titled; /* a title or a role says it is a person */
};

static void note_role(struct evidence *ev, unsigned id)
{
	if (ev->nroles < ROLES_MAX)
		ev->roles[ev->nroles++] = id;
}

static enum coref_org org_class(unsigned lex)
{
	if (lex & LEX_COMPANY)
		return COREF_ORG_COMPANY;
	if (lex & LEX_MEDIA)
		return COREF_ORG_MEDIA;
	if (lex & LEX_AUTHORITY)
		return COREF_ORG_AUTHORITY;
	if (lex & LEX_OTHER)
		return COREF_ORG_OTHER;
	return COREF_ORG_ANY;
}

/* Merges what a mention says into entity e: a person stays a person, a known kind is not
 * undone by a weaker guess. */
static void merge_evidence(struct coref *c, size_t e, const struct evidence *ev)
{
	struct coref_entity *x = &c->ents[e];

	if (x->kind == COREF_UNKNOWN || (ev->kind == COREF_PERSON && ev->titled))
		x->kind = ev->kind;
	if (x->kind == COREF_ORG && ev->org != COREF_ORG_ANY && x->org == COREF_ORG_ANY)
		x->org = ev->org;
	if (x->gender == COREF_GENDER_UNKNOWN)
		x->gender = ev->gender;
	for (unsigned i = 0; i < ev->nroles; i++)
		add_role(c, e, ev->roles[i]);
}

/* True when the one-word name w is the first or last word of the person e's fuller name. */
static bool short_of(const struct coref *c, size_t e, struct span w)
{
	struct span name = c->ents[e].name, first = {0, 0}, last = {0, 0};

	FOR_WORDS(c, name, x)
	{
		if (first.end == 0)
			first = x;
		last = x;
	}
	return name_eq(c, first, w) || name_eq(c, last, w);
}

/* The entity a mention named `name` (kind from ev) belongs to: a form seen before, a short
 * name of a person named in full, an acronym of an organisation, or a new entity. */
static size_t find_entity(struct coref *c, struct span name, const struct evidence *ev, size_t pos)
{
	size_t e = map_get(c, &c->names, name), nw = count_words(c, name);

	if (e != COREF_NONE)
		return e;
	if (nw == 1) {
		uint64_t a = acronym(c, name);
		e = map_get(c, &c->words, name);
		if (e != COREF_NONE && c->ents[e].kind != COREF_ORG && ev->kind != COREF_ORG)
			return e;
		/* FT = Financial Times: the latest organisation with those initials */
		for (size_t k = c->nm, n = 0; a && k-- > 0 && n < SCAN_MAX; n++) {
			size_t o = c->m[k].ent;
			if (c->ents[o].kind == COREF_ORG && c->ex[o].nwords >= 2 &&
			    c->ex[o].initials == a)
				return o;
		}
		return new_entity(c, name, pos);
	}
	/* "Huang Renxun" after "Huang", "Donald J. Trump" after "Donald Trump": a person named
	 * before by its first or last word, or by both */
	if (ev->kind == COREF_PERSON || ev->kind == COREF_UNKNOWN) {
		struct span first = {0, 0}, last = {0, 0};
		FOR_WORDS(c, name, x)
		{
			if (first.end == 0)
				first = x;
			last = x;
		}
		for (size_t k = c->nm, n = 0; k-- > 0 && n < SCAN_MAX; n++) {
			size_t o = c->m[k].ent;
			const struct coref_entity *x = &c->ents[o];
			if (x->kind != COREF_PERSON && x->kind != COREF_UNKNOWN)
				continue;
			if (c->ex[o].nwords == 1 &&
			    (name_eq(c, x->name, first) || name_eq(c, x->name, last)))
				return o;
			if (c->ex[o].nwords >= 2 && short_of(c, o, first) && short_of(c, o, last))
				return o;
		}
	}
	return new_entity(c, name, pos);
}

/* Records a mention of `name` at [name.start, name.end) with the evidence of its run. */
static size_t add_mention(struct coref *c, const struct sent *st, struct span name,
			  const struct evidence *ev, unsigned flags)
{
	size_t e = find_entity(c, name, ev, name.start);
	struct coref_entity *x;
	struct ment *m;

	merge_evidence(c, e, ev);
	x = &c->ents[e];
	x->mentions++;
	if (!(flags & MF_WEAK))
		c->ex[e].strong = true;
	/* the fullest name wins: "Huang Renxun" over "Huang" */
	if (count_words(c, name) > c->ex[e].nwords) {
		x->name = name;
		c->ex[e].nwords = count_words(c, name);
		c->ex[e].initials = initials(c, name);
	}
	map_put(c, &c->names, name, e);
	if (x->kind == COREF_PERSON && c->ex[e].nwords >= 2 && !(flags & MF_WEAK)) {
		struct span full = x->name;
		FOR_WORDS(c, full, w)
		if (!(coref_lex(c->text + w.start, w.end - w.start, NULL) & LEX_PARTICLE))
			map_put(c, &c->words, w, e);
	}
	c->m = xgrow(c->m, &c->capm, c->nm + 1, sizeof(*c->m));
	m = &c->m[c->nm++];
	m->start = name.start;
	m->end = name.end;
	m->ent = e;
	m->sent = st->index;
	m->para = st->para;
	m->flags = flags;
	return e;
}

/* ---- name runs ---- */

/* True when token i may be a word of a name: capitalised, not a function or time word (an
 * all-capitals country such as "US" is a name). */
static bool name_word(const struct sent *st, size_t i)
{
	const struct ctok *t = &st->t[i];

	if (!(t->flags & TF_WORD) || !(t->flags & TF_CAP) || (t->flags & (TF_DIGIT | TF_DATELINE)))
		return false;
	if ((t->flags & TF_ALLCAP) && (t->lex & (LEX_GPE | LEX_ORGKEY)))
		return true;
	return !(t->lex & (LEX_STOP | LEX_TIME | LEX_FURNITURE));
}

/* The end (exclusive) of the run of name tokens from a: capitalised words, lowercase
 * particles between them (de, van, bin), and "of", "for", "and", "&" after an organisation's
 * word ("Administration of China"). */
static size_t run_end(const struct coref *c, const struct sent *st, size_t a)
{
	size_t k = a, words = 0;
	bool org = false;

	while (k < st->n && words < RUN_MAX) {
		const struct ctok *t = &st->t[k];
		bool next_cap = k + 1 < st->n && name_word(st, k + 1);
		bool after_first = k > a && (st->t[k - 1].lex & LEX_FIRST) && (t->flags & TF_CAP) &&
				   (t->lex & LEX_TIME) && !(t->lex & (LEX_PREP | LEX_PRON));
		if (name_word(st, k) || after_first) {
			org = org || (t->lex & LEX_ORGKEY);
			words++;
			k++;
			if (t->bend < t->end)
				break; /* a possessive ends the name */
			continue;
		}
		if (k > a && next_cap && (t->flags & TF_WORD) && !(t->flags & TF_CAP) &&
		    ((t->lex & LEX_PARTICLE) ||
		     (org && (tok_is(c, t, "of") || tok_is(c, t, "for") || tok_is(c, t, "and") ||
			      tok_is(c, t, "on"))))) {
			k++;
			continue;
		}
		if (k > a && next_cap && org && tok_ch(c, t, '&')) {
			k++;
			continue;
		}
		break;
	}
	return k;
}

/* The role nouns right before a (lowercase: "spokesman Josh Earnest", "chief executive Tim
 * Cook") are noted in ev. */
static void roles_before(const struct sent *st, size_t a, struct evidence *ev)
{
	for (size_t k = a; k > 0 && k + 3 > a; k--) {
		const struct ctok *t = &st->t[k - 1];
		if (!(t->flags & TF_WORD) || (t->flags & TF_CAP) || !(t->lex & LEX_ROLE))
			break;
		note_role(ev, t->id);
		ev->kind = COREF_PERSON;
		ev->titled = true;
		if (t->lex & (LEX_MALE | LEX_FEMALE))
			ev->gender = (t->lex & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
	}
}

/* An apposition after a name ending at token k: ", the chief executive of NVIDIA," or " (黄仁勋),
 * the company's chip manufacturer": its head noun is noted in ev. */
static void apposition(const struct coref *c, const struct sent *st, size_t k, struct evidence *ev)
{
	if (k < st->n && tok_ch(c, &st->t[k], '(')) {
		size_t lim = k + 8;
		while (k < st->n && k < lim && !tok_ch(c, &st->t[k], ')'))
			k++;
		k++;
	}
	if (k + 1 >= st->n || !tok_ch(c, &st->t[k], ',') ||
	    !(tok_is(c, &st->t[k + 1], "the") || tok_is(c, &st->t[k + 1], "a") ||
	      tok_is(c, &st->t[k + 1], "an")))
		return;
	for (size_t i = k + 2; i < st->n && i < k + 8; i++) {
		const struct ctok *t = &st->t[i];
		if (!(t->flags & TF_WORD) || (t->lex & LEX_PREP) || tok_is(c, t, "who"))
			break;
		if (t->lex & LEX_ROLE && !(t->flags & TF_CAP) && ev->kind != COREF_ORG) {
			note_role(ev, t->id);
			ev->kind = COREF_PERSON;
			ev->titled = true;
		} else if (t->lex & LEX_ORGDESC && !(t->flags & TF_CAP) &&
			   ev->kind != COREF_PERSON && i + 1 < st->n &&
			   !(st->t[i + 1].flags & TF_WORD)) {
			ev->kind = COREF_ORG;
			if (ev->org == COREF_ORG_ANY)
				ev->org = org_class(t->lex);
		}
	}
}

/* What the words [a, b) of a name (without titles) say it is. */
static void name_kind(const struct coref *c, const struct sent *st, size_t a, size_t b,
		      struct evidence *ev)
{
	size_t words = 0;
	unsigned all = 0, last_org = 0;
	const struct ctok *first = &st->t[a];

	for (size_t i = a; i < b; i++) {
		if (!(st->t[i].flags & TF_WORD) || !(st->t[i].flags & TF_CAP))
			continue;
		words++;
		all |= st->t[i].lex;
		if (st->t[i].lex & LEX_ORGKEY)
			last_org = st->t[i].lex;
	}
	if (all & LEX_THING && !(ev->kind == COREF_PERSON && words == 1)) {
		ev->kind = COREF_THING;
		return;
	}
	if (last_org) {
		ev->kind = COREF_ORG;
		ev->org = org_class(last_org);
		return;
	}
	if (ev->kind == COREF_PERSON)
		return;
	if (words == 1 && (first->lex & LEX_GROUP)) {
		ev->kind = COREF_GROUP;
		return;
	}
	if (words == 1 && (first->lex & LEX_GPE)) {
		ev->kind = COREF_GPE;
		return;
	}
	if ((first->lex & LEX_FIRST) &&
	    !(words >= 2 && (all & (LEX_PLACE | LEX_PLACEKEY)) && !(st->t[b - 1].lex & LEX_FIRST) &&
	      (st->t[b - 1].lex & (LEX_PLACE | LEX_PLACEKEY)))) {
		ev->kind = COREF_PERSON;
		ev->gender = (first->lex & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
		return;
	}
	if (words >= 2 && (st->t[b - 1].lex & LEX_GPE)) {
		ev->kind = COREF_GPE; /* United States, South Korea */
		return;
	}
	if (all & (LEX_PLACE | LEX_PLACEKEY)) {
		ev->kind = COREF_PLACE;
		return;
	}
	if (words == 1 && (first->flags & TF_ALLCAP)) {
		ev->kind = COREF_ORG; /* an acronym: NVIDIA, TSMC */
		return;
	}
	if (words >= 2 && words <= 4) {
		ev->kind = COREF_PERSON;
		return;
	}
	(void)c;
}

/* Reads the name that starts at token a (a name word, a title or "the"); returns the token after
 * it. */
static size_t read_name(struct coref *c, struct sent *st, size_t a)
{
	struct evidence ev = {COREF_UNKNOWN, COREF_GENDER_UNKNOWN, COREF_ORG_ANY, {0}, 0, false};
	size_t b = run_end(c, st, a), k = a, s;
	unsigned flags = 0;
	bool the = a > 0 && tok_is(c, &st->t[a - 1], "the"), org = false;
	struct span name;

	if (b == a)
		return a + 1;
	for (s = k; s < b; s++)
		if (st->t[s].lex & LEX_ORGKEY)
			org = true;
	/* "Tunisian Prime Minister Habib Essid": an adjective before a title goes */
	if (!org && k + 1 < b && (st->t[k].lex & LEX_DEMONYM) && (st->t[k + 1].lex & LEX_TITLE))
		k++;
	/* "NVIDIA CEO Huang Renxun": a name before a title is its employer, a name of its own */
	for (s = k; s < b && !(st->t[s].lex & LEX_TITLE); s++)
		;
	if (!org && s > k && s + 1 < b) {
		struct evidence emp = {COREF_UNKNOWN, COREF_GENDER_UNKNOWN, COREF_ORG_ANY, {0}, 0,
				       false};
		name_kind(c, st, k, s, &emp);
		add_mention(c, st, (struct span){st->t[k].start, st->t[s - 1].bend}, &emp, MF_MOD);
		k = s;
	}
	if (b - k >= 2)
		roles_before(st, a, &ev); /* "spokesman Josh Earnest", not "a major Seattle firm" */
	/* titles: Mr., Sen., President, Chief Executive */
	while (!org && k + 1 < b && (st->t[k].lex & LEX_TITLE)) {
		const struct ctok *t = &st->t[k];
		ev.kind = COREF_PERSON;
		ev.titled = true;
		if (t->lex & (LEX_MALE | LEX_FEMALE))
			ev.gender = (t->lex & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
		if (t->lex & LEX_ROLE)
			note_role(&ev, t->id);
		k++;
		if (tok_is(c, &st->t[k], "of") || (st->t[k].lex & LEX_PARTICLE))
			return b; /* "Secretary of State ...": too unsure to read */
	}
	if (k >= b || (b - k == 1 && (st->t[k].lex & LEX_TITLE)))
		return b; /* a title alone: "the President" */
	name_kind(c, st, k, b, &ev);
	apposition(c, st, b, &ev);
	name = (struct span){st->t[k].start, st->t[b - 1].bend};
	if (st->t[b - 1].bend < st->t[b - 1].end)
		flags |= MF_POSS;
	if (a == st->subj || (the && a == st->subj + 1))
		flags |= MF_SUBJ;
	if (a > 0 && (st->t[a - 1].lex & LEX_PREP) && (st->t[a - 1].flags & TF_WORD))
		flags |= MF_OBL;
	if (the && a >= 2 && (st->t[a - 2].lex & LEX_PREP))
		flags |= MF_OBL;
	if (st->t[k].flags & TF_INQ)
		flags |= MF_INQ;
	if (b < st->n && (st->t[b].flags & TF_WORD) && !(st->t[b].flags & TF_CAP) &&
	    (st->t[b].lex & (LEX_ROLE | LEX_ORGDESC)))
		flags |= MF_MOD; /* "the Trump campaign", "NVIDIA chief" */
	if (the && !(flags & MF_MOD) && ev.kind == COREF_UNKNOWN)
		ev.kind = COREF_ORG; /* "the Financial Times" */
	/* one capitalised word opening the sentence, with nothing to say it is a name */
	if (b - k == 1 && k == a && a == st->first && ev.kind == COREF_UNKNOWN &&
	    !(st->t[k].flags & TF_ALLCAP) &&
	    !(b < st->n && (tok_ch(c, &st->t[b], '(') || tok_ch(c, &st->t[b], ','))))
		flags |= MF_WEAK;
	if (st->heading)
		flags |= MF_WEAK;
	/* "Conversely,", "Previously,": a word opening the sentence before a comma that no
	 * apposition follows */
	if (b - k == 1 && k == a && a == st->first && ev.kind == COREF_UNKNOWN && b + 1 < st->n &&
	    tok_ch(c, &st->t[b], ',') &&
	    !(tok_is(c, &st->t[b + 1], "the") || tok_is(c, &st->t[b + 1], "a") ||
	      tok_is(c, &st->t[b + 1], "an") || tok_is(c, &st->t[b + 1], "who") ||
	      (st->t[b + 1].flags & (TF_DIGIT | TF_CAP))))
		return b;
	/* a letter alone ("R&D") names nobody */
	if (b - k == 1 && st->t[k].end - st->t[k].start == 1)
		return b;
	/* one capitalised adjective ("Chinese regulators", "Democratic") names nobody */
	if (b - k == 1 && (st->t[k].lex & LEX_DEMONYM) &&
	    (!(st->t[k].lex & LEX_GROUP) ||
	     (b < st->n && (st->t[b].flags & TF_WORD) && !(st->t[b].flags & TF_CAP))))
		return b;
	add_mention(c, st, name, &ev, flags);
	return b;
}

/* A "he" or "she" outside quotations at token i: when one person (or one name of unknown kind)
 * only is named in this sentence before it or in the sentence before, that is who it is. */
static void learn_gender(struct coref *c, const struct sent *st, size_t i, size_t from)
{
	const struct ctok *t = &st->t[i];
	enum coref_gender g = (t->lex & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
	size_t who = COREF_NONE;

	for (size_t k = c->nm; k-- > from;) {
		const struct ment *m = &c->m[k];
		const struct coref_entity *x = &c->ents[m->ent];
		if (m->start >= t->start || (m->flags & MF_INQ))
			continue;
		if (x->kind != COREF_PERSON && x->kind != COREF_UNKNOWN)
			continue;
		if (who != COREF_NONE && who != m->ent)
			return;
		who = m->ent;
	}
	if (who == COREF_NONE)
		return;
	if (c->ents[who].gender == COREF_GENDER_UNKNOWN)
		c->ents[who].gender = g;
	if (c->ents[who].gender == g) {
		c->ents[who].kind = COREF_PERSON;
		c->ex[who].strong = true; /* a name after all: a pronoun refers to it */
	}
}

/* Reads the names of one sentence; `prev_first` is the first mention of the sentence before. */
static void read_sentence(struct coref *c, struct sent *st, size_t prev_first)
{
	st->subj = subject_start(c, st);
	for (st->first = 0; st->first < st->n && !(st->t[st->first].flags & TF_WORD); st->first++)
		;
	for (size_t i = 0; i < st->n;) {
		const struct ctok *t = &st->t[i];
		if (!(t->flags & TF_WORD)) {
			i++;
			continue;
		}
		if ((t->lex & (LEX_MALE | LEX_FEMALE)) && (t->lex & LEX_PRON) &&
		    !(t->flags & TF_INQ)) {
			learn_gender(c, st, i, prev_first);
			i++;
			continue;
		}
		if (name_word(st, i) || ((t->lex & LEX_TITLE) && (t->flags & TF_CAP))) {
			i = read_name(c, st, i);
			continue;
		}
		i++;
	}
}

struct coref *coref_build(const struct doc *d)
{
	struct coref *c = xcalloc(1, sizeof(*c));
	struct sent st = {0};
	size_t np = doc_paragraph_count(d), prev_first = 0;

	c->d = d;
	c->text = doc_text(d, &c->len);
	for (size_t p = 0; p < np; p++) {
		const struct doc_para *para = doc_paragraph(d, p);
		size_t dl = text_dateline_end(c->text, para->span.start, para->span.end);
		bool inq = false;
		for (size_t i = 0; i < para->nsentences; i++) {
			const struct doc_sentence *s = doc_sentence(d, para->first_sentence + i);
			size_t first = c->nm;
			st.index = para->first_sentence + i;
			st.para = p;
			st.heading = para->heading;
			tokenize(c, &st, s->span.start, s->span.end, &inq,
				 dl > para->span.start ? dl : 0);
			read_sentence(c, &st, prev_first);
			prev_first = first;
		}
	}
	free(st.t);
	return c;
}

void coref_free(struct coref *c)
{
	if (!c)
		return;
	free(c->ents);
	free(c->ex);
	free(c->m);
	free(c->names.s);
	free(c->words.s);
	free(c);
}

size_t coref_entity_count(const struct coref *c)
{
	return c->nents;
}

const struct coref_entity *coref_entity(const struct coref *c, size_t id)
{
	return &c->ents[id];
}

/* ---- resolution ---- */

/* The words of a mention span being resolved (at most WORDS_MAX, up to a comma, a bracket or
 * a preposition after the first word). */
#define WORDS_MAX 10
struct words {
	struct ctok w[WORDS_MAX];
	size_t n;
};

static void read_words(const struct coref *c, struct span s, struct words *ws, bool whole)
{
	size_t pos = s.start;

	ws->n = 0;
	while (pos < s.end && ws->n < WORDS_MAX) {
		int n;
		uint32_t cp = char_at(c, pos, &n);
		if (text_is_space(cp) || cp == 0xA0) {
			pos += (size_t)n;
			continue;
		}
		if (!text_is_alnum(cp)) {
			/* a comma, a bracket, a colon, a dash or a quotation mark ends the phrase */
			if (!whole && ((cp < 128 && strchr(",();:[]", (int)cp)) || cp == 0x2014 ||
				       cp == 0x2013 || cp == '"' || cp == 0x201C || cp == 0x201D ||
				       cp == 0xAB || cp == 0xBB ||
				       (cp == '-' && pos + 1 < s.end && c->text[pos + 1] == '-')))
				break;
			pos += (size_t)n;
			continue;
		}
		struct ctok *t = &ws->w[ws->n++];
		memset(t, 0, sizeof(*t));
		t->start = pos;
		t->end = t->bend = word_end(c, pos, s.end, cp, n);
		t->flags = TF_WORD;
		classify(c, t);
		pos = t->end;
		if (!whole && ws->n > 1 && (t->lex & LEX_PREP) && !(t->flags & TF_CAP)) {
			ws->n--; /* "officials at the ministry": the phrase before the preposition */
			break;
		}
	}
}

/* Index of the first mention starting at or after pos (nm when none). */
static size_t first_at(const struct coref *c, size_t pos)
{
	size_t lo = 0, hi = c->nm;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->m[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The entity of the name that ends a phrase [s.start, end) (its head: "Josh Earnest" in "White
 * House press secretary Josh Earnest"), or COREF_NONE. */
static size_t name_inside(const struct coref *c, struct span s, size_t end)
{
	size_t k = first_at(c, end);
	const struct ment *m = k > 0 ? &c->m[k - 1] : NULL;

	/* the last name that starts in the phrase, when it reaches its end (perhaps but "'s") */
	return m && m->start >= s.start && m->end + 4 >= end ? m->ent : COREF_NONE;
}

/* What a pronoun or a description asks of its antecedent. */
struct want {
	bool person, org, group, gpe, unknown;
	enum coref_gender gender;
	enum coref_org org_class; /* COREF_ORG_ANY: any class */
	unsigned role;            /* a lexicon id, or 0 */
	struct span head;         /* the description's head word ("ministry") */
	bool subject_only;        /* "it", "they": only a sentence's subject */
	size_t sent_back;
};

static bool has_role(const struct coref *c, size_t e, unsigned role)
{
	for (unsigned i = 0; i < c->ex[e].nroles; i++)
		if (c->ex[e].roles[i] == role)
			return true;
	return false;
}

/* True when the entity's name holds the word w ("Ministry of Commerce" for "ministry"). */
static bool name_has(const struct coref *c, size_t e, struct span w)
{
	struct span name = c->ents[e].name;

	FOR_WORDS(c, name, x)
	if (name_eq(c, x, w))
		return true;
	return false;
}

static bool compatible(const struct coref *c, size_t e, const struct want *w)
{
	const struct coref_entity *x = &c->ents[e];

	if (!c->ex[e].strong)
		return false;
	if (w->role)
		return has_role(c, e, w->role);
	switch (x->kind) {
	case COREF_PERSON:
		return w->person && !(w->gender && x->gender && w->gender != x->gender);
	case COREF_ORG:
		if (!w->org)
			return false;
		if (w->head.end > w->head.start && name_has(c, e, w->head))
			return true;
		return w->org_class == COREF_ORG_ANY || x->org == w->org_class ||
		       (w->org_class == COREF_ORG_COMPANY && x->org == COREF_ORG_ANY);
	case COREF_GROUP:
		return w->group;
	case COREF_GPE:
		return w->gpe;
	case COREF_UNKNOWN:
		return w->unknown;
	default:
		return false;
	}
}

/* The most salient compatible mention before pos: in the nearest sentence that has one, its
 * subject, else its first mention that is no possessive, modifier or object, else the nearest. */
static size_t antecedent(const struct coref *c, size_t pos, const struct want *w)
{
	size_t k = first_at(c, pos), para = doc_paragraph_at(c->d, pos);
	size_t sent = doc_sentence_at(c->d, pos), cur = COREF_NONE;
	size_t n = 0, plain = COREF_NONE, nearest = COREF_NONE;

	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		if (m->para + PARA_BACK < para || m->sent + w->sent_back < sent)
			break;
		if (cur != COREF_NONE && m->sent != cur)
			break; /* the nearest sentence with a candidate is read */
		if ((m->flags & MF_INQ) || !compatible(c, m->ent, w))
			continue;
		if (w->subject_only && !(m->flags & MF_SUBJ))
			continue;
		if (m->flags & MF_SUBJ)
			return m->ent;
		cur = m->sent;
		if (nearest == COREF_NONE)
			nearest = m->ent;
		if (!(m->flags & (MF_POSS | MF_MOD | MF_OBL)))
			plain = m->ent; /* read backwards: the leftmost wins */
	}
	return plain != COREF_NONE ? plain : nearest;
}

/* The last mention before pos that a description fits: a name holding its head word first,
 * then any of the right kind or role. */
static size_t described(const struct coref *c, size_t pos, const struct want *w)
{
	size_t k = first_at(c, pos), para = doc_paragraph_at(c->d, pos), n = 0;

	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		if (m->para + PARA_BACK < para)
			break;
		if (!(m->flags & MF_INQ) && compatible(c, m->ent, w))
			return m->ent;
	}
	return COREF_NONE;
}

/* Fills w for the pronoun t; false when it refers to no one we can name (I, we, you). */
static bool want_pronoun(const struct coref *c, const struct ctok *t, struct want *w)
{
	memset(w, 0, sizeof(*w));
	w->sent_back = SENT_BACK;
	if (t->lex & (LEX_MALE | LEX_FEMALE)) {
		w->person = true;
		w->gender = (t->lex & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
		return true;
	}
	if (tok_is(c, t, "it") || tok_is(c, t, "its")) {
		w->org = w->gpe = w->unknown = true;
		w->subject_only = true;
		w->sent_back = 1;
		return true;
	}
	if (tok_is(c, t, "they") || tok_is(c, t, "their") || tok_is(c, t, "them")) {
		w->org = w->group = true;
		w->subject_only = true;
		w->sent_back = 1;
		return true;
	}
	if (tok_is(c, t, "who")) {
		w->person = true;
		w->sent_back = 0;
		return true;
	}
	return false;
}

/* Fills w for the description ws ("the company", "the chief executive"); false when it is
 * none we resolve. */
static bool want_description(const struct coref *c, const struct words *ws, struct want *w)
{
	const struct ctok *head;

	memset(w, 0, sizeof(*w));
	if (ws->n < 2 || !(tok_is(c, &ws->w[0], "the") || tok_is(c, &ws->w[0], "this")))
		return false;
	for (size_t i = 1; i < ws->n; i++)
		if (ws->w[i].flags & TF_CAP)
			return false; /* "the Trump campaign": a phrase of its own */
	head = &ws->w[ws->n - 1];
	if (head->lex & LEX_ORGDESC) {
		w->org = true;
		w->org_class = org_class(head->lex);
		w->head = (struct span){head->start, head->bend};
		return true;
	}
	if (head->lex & LEX_ROLE) {
		w->person = true;
		w->role = head->id;
		return true;
	}
	return false;
}

size_t coref_resolve(const struct coref *c, struct span s)
{
	struct words ws;
	struct want w;
	size_t head_end, e;

	if (!c || s.end <= s.start || s.end > c->len)
		return COREF_NONE;
	read_words(c, s, &ws, false);
	if (ws.n == 0)
		return COREF_NONE;
	if ((ws.w[0].lex & LEX_PRON) && (ws.n == 1 || !possessive_pronoun(c, &ws.w[0])))
		return want_pronoun(c, &ws.w[0], &w) ? antecedent(c, s.start, &w) : COREF_NONE;
	if (want_description(c, &ws, &w))
		return described(c, s.start, &w);
	head_end = ws.w[ws.n - 1].end;
	if (!(ws.w[ws.n - 1].flags & TF_CAP) && !(ws.w[0].lex & LEX_TITLE))
		return COREF_NONE; /* "people familiar with the plans", "Chinese regulators" */
	e = name_inside(c, s, head_end);
	return e;
}

struct span coref_resolve_name(const struct coref *c, struct span s)
{
	size_t e = coref_resolve(c, s);
	struct span none = {0, 0};

	return e == COREF_NONE ? none : c->ents[e].name;
}

bool coref_source_ok(const struct coref *c, struct span s)
{
	struct words ws;
	const struct doc_para *para;
	unsigned all = ~0u;
	size_t e, dl;

	if (!c || s.end <= s.start || s.end > c->len)
		return false;
	para = doc_paragraph(c->d, doc_paragraph_at(c->d, s.start));
	dl = text_dateline_end(c->text, para->span.start, para->span.end);
	if (dl > para->span.start && s.start >= para->span.start && s.start < dl) {
		if (s.end <= dl)
			return false; /* "LOS ANGELES —" */
		s.start = dl;
	}
	/* only function words, times and page furniture: "AM UTC Updated", "Our Standards" */
	read_words(c, s, &ws, true);
	if (ws.n == 0)
		return false;
	for (size_t i = 0; i < ws.n; i++) {
		const struct ctok *t = &ws.w[i];
		if ((t->lex & LEX_PRON) && i == 0 && (ws.n == 1 || !possessive_pronoun(c, t)))
			return true;
		all &= (t->flags & TF_DIGIT) ? LEX_TIME
					     : t->lex & (LEX_STOP | LEX_TIME | LEX_FURNITURE);
	}
	if (all)
		return false;
	/* the phrase before a comma or a preposition: a place or an adjective alone */
	read_words(c, s, &ws, false);
	if (ws.n == 0)
		return true;
	e = name_inside(c, s, ws.w[ws.n - 1].end);
	if (e != COREF_NONE && c->ents[e].kind == COREF_PLACE && ws.n <= 3)
		return false;
	if (ws.n == 1) {
		const struct ctok *t = &ws.w[0];
		if ((t->lex & LEX_DEMONYM) && !(t->lex & LEX_GROUP) && e == COREF_NONE)
			return false; /* "Democratic", "Russian" */
		if ((t->lex & (LEX_PLACE | LEX_PLACEKEY)) && !(t->lex & LEX_GPE) && e == COREF_NONE)
			return false;
		if (!(t->flags & TF_CAP) && t->end - t->start > 3 &&
		    memcmp(c->text + t->end - 2, "ly", 2) == 0)
			return false; /* an adverb */
	}
	return true;
}
