/* coref: reads a document's names once into entities and mentions (coref_build); coref_resolve.c
 * answers what a mention refers to. */
#include "dateline/coref.h"

#include <stdlib.h>
#include <string.h>

#include "coref_int.h"
#include "dateline/text.h"

/* ---- entities ---- */

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
	c->ex[id].employer = COREF_NONE;
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
	bool titled;    /* a title or a role says it is a person */
	bool guessed;   /* an organisation only because it is written in capitals */
	unsigned royal; /* the word id of a royal title before the name ("King"), or 0 */
};

/* True when the entity e has been given the role `role`. */
static bool ent_has_role(const struct coref *c, size_t e, unsigned role)
{
	for (unsigned i = 0; i < c->ex[e].nroles; i++)
		if (c->ex[e].roles[i] == role)
			return true;
	return false;
}

static void note_role(struct evidence *ev, unsigned id)
{
	if (ev->nroles < ROLES_MAX)
		ev->roles[ev->nroles++] = id;
}

/* Merges what a mention says into entity e: a person stays a person, a known kind is not
 * undone by a weaker guess. */
static void merge_evidence(struct coref *c, size_t e, const struct evidence *ev)
{
	struct coref_entity *x = &c->ents[e];

	/* an organisation only by its capitals until other evidence says so */
	if (ev->kind == COREF_ORG && ev->guessed && x->kind == COREF_UNKNOWN)
		c->ex[e].guessed = true;
	else if (ev->kind == COREF_ORG && !ev->guessed)
		c->ex[e].guessed = false;
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
	return coref_name_eq(c, first, w) || coref_name_eq(c, last, w);
}

/* True when the one-word name w, read as an organisation's only because it is written in
 * capitals (ev), is the last word of the person e's (of known gender) name: "TAPPER:" labelling a turn of a
 * transcript after "Jake Tapper" or "JAKE TAPPER:" is the man, not an acronym. */
static bool surname_in_capitals(const struct coref *c, size_t e, struct span w,
				const struct evidence *ev)
{
	struct span last = {0, 0};

	/* a gender (a given name, a title, a pronoun) says the words are a person's, not only
	 * capitalised words ("N.V. DSM" then "DSM") */
	if (ev->kind != COREF_ORG || !ev->guessed || c->ents[e].kind != COREF_PERSON ||
	    c->ents[e].gender == COREF_GENDER_UNKNOWN)
		return false;
	FOR_WORDS(c, c->ents[e].name, x)
	last = x;
	return last.end > last.start && coref_name_eq(c, last, w);
}

/* The entity a mention named `name` (kind from ev) belongs to: a form seen before (*known is
 * then set), a short name of a person named in full, an acronym of an organisation, or a new
 * entity. */
static size_t find_entity(struct coref *c, struct span name, const struct evidence *ev, bool *known)
{
	size_t e = coref_map_get(c, &c->names, name), nw, pos = name.start;
	struct span first = {0, 0}, last = {0, 0};

	*known = e != COREF_NONE;
	if (e != COREF_NONE)
		return e;
	nw = count_words(c, name);
	if (nw == 1) {
		uint64_t a = acronym(c, name);
		e = coref_map_get(c, &c->words, name);
		/* "King Hussein" after "Saddam Hussein": a royal title the person named before
		 * never had keeps them apart */
		if (e != COREF_NONE && c->ents[e].kind != COREF_ORG && ev->kind != COREF_ORG &&
		    !(ev->royal && !ent_has_role(c, e, ev->royal)))
			return e;
		if (e != COREF_NONE && surname_in_capitals(c, e, name, ev))
			return e;
		e = ev->kind == COREF_PERSON ? COREF_NONE : coref_map_get(c, &c->firsts, name);
		if (e != COREF_NONE)
			return e;
		/* FT = Financial Times: the latest organisation with those initials */
		e = a ? coref_imap_get(&c->acronyms, a) : COREF_NONE;
		return e != COREF_NONE ? e : new_entity(c, name, pos);
	}
	if (ev->kind != COREF_PERSON && ev->kind != COREF_UNKNOWN)
		return new_entity(c, name, pos);
	/* "Huang Renxun" after "Huang": a person named before by its first or last word */
	FOR_WORDS(c, name, x)
	{
		if (first.end == 0)
			first = x;
		last = x;
	}
	for (int k = 0; k < 2; k++) {
		e = coref_map_get(c, &c->names, k ? last : first);
		if (e != COREF_NONE && c->ex[e].nwords == 1 &&
		    (c->ents[e].kind == COREF_PERSON || c->ents[e].kind == COREF_UNKNOWN))
			return e;
	}
	/* "Donald J. Trump" after "Donald Trump": a person with the same first and last words */
	e = coref_map_get(c, &c->words, last);
	if (e != COREF_NONE && short_of(c, e, first) && short_of(c, e, last))
		return e;
	/* "De Miranda" opening a sentence after "Luis de Miranda": a particle and the last name */
	if (e != COREF_NONE && nw == 2 && short_of(c, e, last) &&
	    (coref_lex(c->text + first.start, first.end - first.start, NULL) & LEX_PARTICLE)) {
		struct span full = c->ents[e].name;
		FOR_WORDS(c, full, x)
		if (coref_name_eq(c, x, first))
			return e;
	}
	return new_entity(c, name, pos);
}

/* Appends the mention [name.start, name.end) of entity e in the sentence st. */
static void push_mention(struct coref *c, const struct sent *st, struct span name, size_t e,
			 unsigned flags)
{
	struct ment *m;

	c->m = xgrow(c->m, &c->capm, c->nm + 1, sizeof(*c->m));
	m = &c->m[c->nm++];
	m->start = (uint32_t)name.start;
	m->end = (uint32_t)name.end;
	m->ent = (uint32_t)e;
	m->sent = (uint32_t)st->index;
	m->para = (uint32_t)st->para;
	m->flags = flags;
}

/* True when the word w is a business's legal form, which a later mention leaves out ("Corp",
 * "Holdings"). */
static bool legal_form(const struct coref *c, struct span w)
{
	return coref_lex(c->text + w.start, w.end - w.start, NULL) & (LEX_LEGAL | LEX_LEGAL_FULL);
}

/* True when the bytes [s, e) are a business's legal form written short, dots or none: "Cie.",
 * "Corp.", "S.A.", "N.V.", "GmbH", "PLC" (not "Group", which opens names of other kinds). */
static bool company_form(const struct coref *c, size_t s, size_t e)
{
	char w[8];
	size_t n = 0;

	if (s >= e || !is_upper_ascii(c->text[s]))
		return false;
	for (size_t i = s; i < e; i++) {
		if (c->text[i] == '.')
			continue;
		if (n == sizeof(w))
			return false;
		w[n++] = c->text[i];
	}
	return coref_legal_form(w, n);
}

/* True when a legal form stands right before the name [a, b) ("Cie. Financiere de Paribas",
 * read in the text, as the sentence may have ended at its dot), ends it or follows it ("Royal
 * Dutch, N.V."): the name is a business's. */
static bool company_form_near(const struct coref *c, const struct sent *st, size_t a, size_t b)
{
	size_t e = st->t[a].start, s;

	/* the word before, or the one before a particle ("Cie. de Navigation Mixte") */
	for (int w = 0; w < 2; w++) {
		size_t at = e;
		while (e > 0 && e + 3 > at && c->text[e - 1] == ' ')
			e--;
		for (s = e; s > 0 && e - s < 8 &&
			    (text_is_ascii_letter(c->text[s - 1]) || c->text[s - 1] == '.');
		     s--)
			;
		if (s == e || (s > 0 && text_is_ascii_letter(c->text[s - 1])))
			break;
		if (company_form(c, s, e))
			return true;
		if (!is_lower_ascii(c->text[s]) ||
		    !(coref_lex(c->text + s, e - s, NULL) & LEX_PARTICLE))
			break;
		e = s;
	}
	if (b > a && company_form(c, st->t[b - 1].start, st->t[b - 1].bend))
		return true;
	s = b < st->n && tok_ch(c, &st->t[b], ',') ? b + 1 : b;
	return s < st->n && (st->t[s].flags & TF_WORD) &&
	       company_form(c, st->t[s].start, st->t[s].bend);
}

/* "Unisys Corp." then "Unisys", "Reuters Holdings PLC" then "Reuters": the organisation e's
 * name without its legal forms at its end names it too (when that form names nothing yet). */
static void put_short_org(struct coref *c, struct span name, size_t e)
{
	struct span last = {0, 0}, prev = {0, 0};

	for (int n = 0; n < 3; n++) {
		last = prev = (struct span){0, 0};
		FOR_WORDS(c, name, w)
		{
			prev = last;
			last = w;
		}
		if (prev.end == 0 || !legal_form(c, last))
			return;
		name.end = prev.end;
		if (coref_map_get(c, &c->names, name) == COREF_NONE)
			coref_map_put(c, &c->names, name, e);
	}
}

/* "Poughkeepsie Savings Bank" then "Poughkeepsie", "Elco Industries Inc." then "Elco": a business
 * is called by the first word of its name, when that word is none the lexicon knows (not
 * "General", "National", a given name as in "Morgan Stanley", a place); find_entity() asks
 * `firsts` after the names and a person's words, so "Mr. Paulson" stays the man. */
static void put_first_word(struct coref *c, struct span name, size_t e)
{
	struct span first = {name.start, word_stop(c, name.start, name.end)};

	/* "Alibaba Group and Yahoo Japan" read as one name: "Alibaba" is one of the two */
	FOR_WORDS(c, name, w)
	if (w.end - w.start == 3 && strncasecmp(c->text + w.start, "and", 3) == 0)
		return;
	if (first.end - first.start >= 3 && is_upper_ascii(c->text[first.start]) &&
	    first.end < name.end &&
	    !coref_lex(c->text + first.start, first.end - first.start, NULL))
		coref_map_put(c, &c->firsts, first, e);
}

/* True when the name s has no lowercase letter: a transcript's label ("JAKE TAPPER"). */
static bool in_capitals(const struct coref *c, struct span s)
{
	for (size_t i = s.start; i < s.end; i++)
		if (is_lower_ascii(c->text[i]))
			return false;
	return true;
}

/* Records a mention of `name` at [name.start, name.end) with the evidence of its run. */
static size_t add_mention(struct coref *c, const struct sent *st, struct span name,
			  const struct evidence *ev, unsigned flags)
{
	bool known; /* this form of the name is in the map */
	size_t e = find_entity(c, name, ev, &known), nw;
	struct coref_entity *x;

	merge_evidence(c, e, ev);
	x = &c->ents[e];
	x->mentions++;
	if (!(flags & MF_WEAK))
		c->ex[e].strong = true;
	if (flags & (MF_SUBJ | MF_POSS))
		c->ex[e].agent = true;
	if (flags & MF_OWNED)
		c->ex[e].owned = true;
	/* the fullest name wins: "Huang Renxun" over "Huang" */
	nw = count_words(c, name);
	if (nw > c->ex[e].nwords) {
		x->name = name;
		c->ex[e].nwords = nw;
		c->ex[e].initials = initials(c, name);
		c->words_last = COREF_NONE;
	} else if (x->kind == COREF_PERSON && in_capitals(c, x->name) && !in_capitals(c, name) &&
		   coref_name_eq(c, x->name, name)) {
		x->name =
			name; /* "JAKE TAPPER:" labelled a turn; "Jake Tapper" is how he is named */
	}
	if (!known)
		coref_map_put(c, &c->names, name, e);
	if (!known && x->kind == COREF_ORG && nw >= 2)
		put_short_org(c, name, e);
	if (!known && x->kind == COREF_ORG && x->org == COREF_ORG_COMPANY && nw >= 2)
		put_first_word(c, name, e);
	if (x->kind == COREF_ORG && c->ex[e].nwords >= 2 && c->ex[e].initials)
		coref_imap_put(&c->acronyms, c->ex[e].initials, e);
	if (x->kind == COREF_PERSON && c->ex[e].nwords >= 2 && !(flags & MF_WEAK) &&
	    c->words_last != e) {
		/* "Saddam" after "King Hussein": a person called by one word of his name is named
		 * by that word only, and leaves his other words to another person named by them
		 * since ("Hussein" stays the King's); a fuller name takes them all back */
		bool one = nw == 1;
		struct span full = x->name;
		if (!one)
			c->words_last =
				e; /* its words are in the map already when it was the last */
		FOR_WORDS(c, full, w)
		{
			size_t o;
			if (coref_lex(c->text + w.start, w.end - w.start, NULL) & LEX_PARTICLE)
				continue;
			o = one ? coref_map_get(c, &c->words, w) : COREF_NONE;
			if (o == COREF_NONE || o == e || c->ents[o].kind != COREF_PERSON)
				coref_map_put(c, &c->words, w, e);
		}
	}
	push_mention(c, st, name, e, flags);
	return e;
}

/* ---- name runs ---- */

/* True for a word that ends in a contraction: "He'd", "She’ll", "They've". */
static bool contracted(const struct coref *c, const struct ctok *t)
{
	const char *s = c->text + t->start;
	size_t n = t->end - t->start;

	for (size_t k = n > 6 ? n - 6 : 0; k + 1 < n; k++) {
		size_t tail;
		if (s[k] == '\'')
			tail = n - k - 1;
		else if (k + 3 < n && memcmp(s + k, "\xE2\x80\x99", 3) == 0)
			tail = n - k - 3;
		else
			continue;
		return (tail == 1 && s[n - 1] == 'd') ||
		       (tail == 2 &&
			(memcmp(s + n - 2, "ll", 2) == 0 || memcmp(s + n - 2, "ve", 2) == 0 ||
			 memcmp(s + n - 2, "re", 2) == 0));
	}
	return false;
}

/* True when token i is a month's short name used as a given name: "Mar Hicks", not "in May
 * Trump" or "Mar. 3" (three letters, no full stop, a capitalised word that is no time after
 * it, no preposition or number before it). */
static bool month_name(const struct coref *c, const struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i], *n = i + 1 < st->n ? &st->t[i + 1] : NULL;

	if (t->end - t->start != 3 || !(tok_lex(c, t) & LEX_TIME) || (tok_lex(c, t) & LEX_STOP) ||
	    !n || !(n->flags & TF_WORD) || !(n->flags & TF_CAP) || (n->flags & TF_DIGIT) ||
	    (tok_lex(c, n) & (LEX_TIME | LEX_STOP)))
		return false;
	if (t->end < c->len && c->text[t->end] == '.')
		return false;
	return !(i > 0 &&
		 ((st->t[i - 1].flags & TF_DIGIT) || (tok_lex(c, &st->t[i - 1]) & LEX_PREP)));
}

/* True when token i may be a word of a name: capitalised, not a function word, pronoun or time
 * word (an all-capitals country such as "US" is a name). */
static bool name_word_of(const struct coref *c, const struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i];

	if ((t->flags & TF_ALLCAP) && (tok_lex(c, t) & (LEX_GPE | LEX_ORGKEY)))
		return true;
	if (month_name(c, st, i))
		return true;
	return !(tok_lex(c, t) & (LEX_STOP | LEX_PRON | LEX_TIME | LEX_FURNITURE)) &&
	       !contracted(c, t);
}

/* name_word_of() for a capitalised word, kept in the token's flags. */
static bool name_word_set(const struct coref *c, const struct sent *st, size_t i)
{
	bool yes = name_word_of(c, st, i);

	st->t[i].flags |= TF_NAMEW_SET | (yes ? TF_NAMEW : 0);
	return yes;
}

/* name_word_of(), read once per token: asked of every word, and again of the next one. */
static inline bool name_word(const struct coref *c, const struct sent *st, size_t i)
{
	unsigned f = st->t[i].flags;

	if ((f & (TF_WORD | TF_CAP | TF_DIGIT | TF_DATELINE)) != (TF_WORD | TF_CAP))
		return false;
	if (f & TF_NAMEW_SET)
		return (f & TF_NAMEW) != 0;
	return name_word_set(c, st, i);
}

/* "Credit Suisse", "Home Depot": a capitalised word of a page's frame that opens a name, before
 * a name word, inside a sentence; at a sentence's start only when an organisation's word follows
 * within three ("Credit Suisse Group said", not "Share Facebook"). */
static bool furniture_opens_name(const struct coref *c, const struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i];

	if (st->heading || !(t->flags & TF_WORD) || !(t->flags & TF_CAP) ||
	    (t->flags & (TF_DIGIT | TF_DATELINE | TF_INQ)) || !(tok_lex(c, t) & LEX_FURNITURE) ||
	    (tok_lex(c, t) & (LEX_STOP | LEX_TIME)) || i + 1 >= st->n || !name_word(c, st, i + 1))
		return false;
	if (i != st->first)
		return true;
	for (size_t k = i + 1; k < st->n && k < i + 4 && name_word(c, st, k); k++)
		if (tok_lex(c, &st->t[k]) & LEX_ORGKEY)
			return true;
	return false;
}

/* The end (exclusive) of the run of name tokens from a: capitalised words, lowercase
 * particles between them (de, van, bin), and "of", "for", "and", "&" after an organisation's
 * word ("Administration of China"). */
/* True when the word token t is a particle joined by a hyphen to a capitalised word: "el-Sayed",
 * "al-Assad". */
static bool hyphen_particle(const struct coref *c, const struct ctok *t)
{
	const char *w = c->text + t->start;
	size_t n = t->bend - t->start, h = 0;

	if (!(t->flags & TF_WORD) || (t->flags & TF_CAP))
		return false;
	while (h < n && h < 4 && w[h] != '-')
		h++;
	return h >= 2 && h < 4 && h + 1 < n && w[h] == '-' && is_upper_ascii(w[h + 1]) &&
	       (coref_lex(w, h, NULL) & LEX_PARTICLE);
}

/* True when token k opens the aim an organisation's name goes on with, "to" and a capitalised
 * verb before more of the name ("Alliance to Save Our Parks", "Committee to Protect
 * Journalists"), or is a capitalised "Our" or "Your" inside that aim; not in a headline, whose
 * capitals are every word's ("Acme Corp to Buy Rival"). */
static bool org_purpose(const struct coref *c, const struct sent *st, size_t k)
{
	const struct ctok *t = &st->t[k];

	if (st->heading || k + 2 >= st->n || !(t->flags & TF_WORD))
		return false;
	if ((t->flags & TF_CAP) && (tok_is(c, t, "our") || tok_is(c, t, "your")))
		return name_word(c, st, k + 1);
	return !(t->flags & TF_CAP) && tok_is(c, t, "to") && name_word(c, st, k + 1) &&
	       (name_word(c, st, k + 2) ||
		((st->t[k + 2].flags & TF_CAP) &&
		 (tok_is(c, &st->t[k + 2], "our") || tok_is(c, &st->t[k + 2], "your"))));
}

/* True when the time word t is a day's ("Friday", "Today"): after a first name it says when
 * ("Governor Ann Lee Friday said"), no surname, which a month may be ("Theresa May"). */
static bool day_name(const struct coref *c, const struct ctok *t)
{
	return t->bend - t->start > 3 && strncasecmp(c->text + t->bend - 3, "day", 3) == 0;
}

static size_t run_end(const struct coref *c, const struct sent *st, size_t a)
{
	size_t k = a, words = 0;
	bool org = false;

	while (k < st->n && words < RUN_MAX) {
		struct ctok *t = &st->t[k];
		bool next_cap = k + 1 < st->n && name_word(c, st, k + 1);
		bool after_first = k > a && (tok_lex(c, &st->t[k - 1]) & LEX_FIRST) &&
				   (t->flags & TF_CAP) && (tok_lex(c, t) & LEX_TIME) &&
				   !(tok_lex(c, t) & (LEX_PREP | LEX_PRON)) && !day_name(c, t);
		/* "Mr." before a name: a title (a stop word alone) */
		bool title = (t->flags & TF_CAP) && (tok_lex(c, t) & LEX_TITLE) && k + 1 < st->n &&
			     (st->t[k + 1].flags & TF_CAP);
		/* "Food Standards Agency": a frame's word between two words of a name */
		bool inside = k > a && next_cap && (t->flags & TF_CAP) && !(t->flags & TF_DIGIT) &&
			      (tok_lex(c, t) & LEX_FURNITURE) &&
			      !(tok_lex(c, t) & (LEX_STOP | LEX_TIME)) && name_word(c, st, k - 1);
		if (name_word(c, st, k) || after_first || title || inside ||
		    (k == a && furniture_opens_name(c, st, k))) {
			org = org || (tok_lex(c, t) & LEX_ORGKEY);
			words++;
			k++;
			if (t->bend < t->end)
				break; /* a possessive ends the name */
			continue;
		}
		if (k > a && hyphen_particle(c, t)) {
			words++; /* "Ahmed Maher el-Sayed", "Bashar al-Assad" */
			k++;
			if (t->bend < t->end)
				break;
			continue;
		}
		if (k > a && next_cap && (t->flags & TF_WORD) && !(t->flags & TF_CAP) &&
		    ((tok_lex(c, t) & LEX_PARTICLE) ||
		     (org && (tok_is(c, t, "of") || tok_is(c, t, "for") || tok_is(c, t, "and") ||
			      tok_is(c, t, "on"))))) {
			k++;
			continue;
		}
		if (k > a && next_cap && org && tok_ch(c, t, '&')) {
			k++;
			continue;
		}
		if (k > a && org && org_purpose(c, st, k)) {
			k++; /* "Alliance to Save Our Parks": the body's aim is its name */
			continue;
		}
		break;
	}
	return k;
}

/* The role nouns right before a (lowercase: "spokesman Josh Earnest", "chief executive Tim
 * Cook") are noted in ev. */
static void roles_before(const struct coref *c, const struct sent *st, size_t a,
			 struct evidence *ev)
{
	for (size_t k = a; k > 0 && k + 3 > a; k--) {
		struct ctok *t = &st->t[k - 1];
		if (!(t->flags & TF_WORD) || (t->flags & TF_CAP) || !(tok_lex(c, t) & LEX_ROLE))
			break;
		note_role(ev, t->id);
		ev->kind = COREF_PERSON;
		ev->titled = true;
		if (tok_lex(c, t) & (LEX_MALE | LEX_FEMALE))
			ev->gender = (tok_lex(c, t) & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
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
	/* "Harbor Patrol Investigations, a division of ...": a part of a body is a body, though
	 * its words read as a person's name */
	if (k + 3 < st->n && !ev->titled && tok_is(c, &st->t[k + 3], "of") &&
	    (tok_is(c, &st->t[k + 2], "division") || tok_is(c, &st->t[k + 2], "unit") ||
	     tok_is(c, &st->t[k + 2], "branch") || tok_is(c, &st->t[k + 2], "arm"))) {
		ev->kind = COREF_ORG;
		ev->org = COREF_ORG_AUTHORITY; /* of an agency, unless a business's word says so */
		ev->gender = COREF_GENDER_UNKNOWN;
		for (size_t i = k + 4; i < st->n && i < k + 10 && (st->t[i].flags & TF_WORD); i++)
			if (tok_lex(c, &st->t[i]) & (LEX_COMPANY | LEX_LEGAL | LEX_MEDIA))
				ev->org = org_class(tok_lex(c, &st->t[i]));
		return;
	}
	for (size_t i = k + 2; i < st->n && i < k + 8; i++) {
		struct ctok *t = &st->t[i];
		if (!(t->flags & TF_WORD) || (tok_lex(c, t) & LEX_PREP) || tok_is(c, t, "who"))
			break;
		if (tok_lex(c, t) & LEX_ROLE && !(t->flags & TF_CAP) && ev->kind != COREF_ORG) {
			note_role(ev, t->id);
			ev->kind = COREF_PERSON;
			ev->titled = true;
		} else if (tok_lex(c, t) & LEX_ORGDESC && !(t->flags & TF_CAP) &&
			   ev->kind != COREF_PERSON && i + 1 < st->n &&
			   !(st->t[i + 1].flags & TF_WORD)) {
			ev->kind = COREF_ORG;
			if (ev->org == COREF_ORG_ANY)
				ev->org = org_class(tok_lex(c, t));
		}
	}
}

/* What the words [a, b) of a name (without titles) say it is. */
static void name_kind(const struct coref *c, const struct sent *st, size_t a, size_t b,
		      struct evidence *ev)
{
	size_t words = 0;
	unsigned all = 0, last_org = 0, things = 0;
	struct ctok *first = &st->t[a];

	for (size_t i = a; i < b; i++) {
		if (!(st->t[i].flags & TF_WORD) || !(st->t[i].flags & TF_CAP))
			continue;
		words++;
		all |= tok_lex(c, &st->t[i]);
		if (tok_lex(c, &st->t[i]) & LEX_ORGKEY)
			last_org = tok_lex(c, &st->t[i]);
		if (i > a || !(tok_lex(c, first) & LEX_FIRST))
			things |= tok_lex(c, &st->t[i]) & LEX_THING;
	}
	/* "Bill Rash", "President Bill Clinton": a given name that is a thing's word too ("the
	 * Farm Bill") opens a person's name of capitalised words only ("the Bill of Rights" stays) */
	if (words < 2 || words != b - a)
		things = all & LEX_THING;
	if (things && !(ev->kind == COREF_PERSON && words == 1)) {
		ev->kind = COREF_THING;
		return;
	}
	if (last_org) {
		ev->kind = COREF_ORG;
		ev->org = org_class(last_org);
		return;
	}
	if (ev->kind == COREF_PERSON) {
		if (!ev->gender && (tok_lex(c, first) & LEX_FIRST) && words >= 2)
			ev->gender = (tok_lex(c, first) & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
		return;
	}
	if (words == 1 && (tok_lex(c, first) & LEX_GROUP)) {
		ev->kind = COREF_GROUP;
		return;
	}
	if (words == 1 && (tok_lex(c, first) & LEX_GPE)) {
		ev->kind = COREF_GPE;
		return;
	}
	if ((tok_lex(c, first) & LEX_FIRST) &&
	    !(words >= 2 && (all & (LEX_PLACE | LEX_PLACEKEY)) &&
	      !(tok_lex(c, &st->t[b - 1]) & LEX_FIRST) &&
	      (tok_lex(c, &st->t[b - 1]) & (LEX_PLACE | LEX_PLACEKEY)))) {
		ev->kind = COREF_PERSON;
		ev->gender = (tok_lex(c, first) & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
		return;
	}
	/* "Tunisian Islamists", "Chinese officials": a nation's adjective and a plural */
	if (words >= 2 && (tok_lex(c, first) & LEX_DEMONYM) &&
	    st->t[b - 1].end - st->t[b - 1].start > 3 && c->text[st->t[b - 1].bend - 1] == 's') {
		ev->kind = COREF_GROUP;
		return;
	}
	if (words >= 2 && (tok_lex(c, &st->t[b - 1]) & LEX_GPE)) {
		ev->kind = COREF_GPE; /* United States, South Korea */
		return;
	}
	/* the one country named by a continent: "South Africa said" speaks for its government */
	if (words == 2 && b == a + 2 && tok_is(c, first, "south") &&
	    tok_is(c, &st->t[a + 1], "africa")) {
		ev->kind = COREF_GPE;
		return;
	}
	if (all & (LEX_PLACE | LEX_PLACEKEY)) {
		ev->kind = COREF_PLACE;
		return;
	}
	if (words == 1 && (first->flags & TF_ALLCAP)) {
		ev->kind = COREF_ORG; /* an acronym: NVIDIA, TSMC */
		ev->guessed = true;
		return;
	}
	if (words >= 2 && words <= 4) {
		ev->kind = COREF_PERSON;
		return;
	}
	(void)c;
}

/* The span of token k without a possessive. */
static struct span name_of(const struct sent *st, size_t k)
{
	return (struct span){st->t[k].start, st->t[k].bend};
}

/* True when the word w was read before as a name or a word of a person's name ("Fetter" after
 * "Ellen Fetter"). */
static bool known_word(const struct coref *c, struct span w)
{
	return coref_map_get(c, &c->names, w) != COREF_NONE ||
	       coref_map_get(c, &c->words, w) != COREF_NONE;
}

/* True when the name at token a opens a sentence's subject behind a description of a few words
 * that ends in a role ("Opposition leader Morgan Tsvangirai returned"), or is set off by commas
 * after a description that opens the sentence with "the" ("The Czech foreign minister, Jan
 * Kavan, ...", "The head of the FBI investigation in Dar es Salaam, Kenneth Piernick, said"). */
static bool role_led_subject(const struct coref *c, const struct sent *st, size_t a)
{
	if (a >= st->subj + 3 && a <= st->subj + 10 && tok_ch(c, &st->t[a - 1], ',') &&
	    (tok_is(c, &st->t[st->subj], "the") || tok_is(c, &st->t[st->subj], "a") ||
	     tok_is(c, &st->t[st->subj], "an"))) {
		size_t i = st->subj + 1;
		while (i < a - 1 && (st->t[i].flags & TF_WORD))
			i++;
		if (i == a - 1)
			return true;
	}
	if (a <= st->subj || a > st->subj + 4 || (st->t[a - 1].flags & TF_CAP) ||
	    !(tok_lex(c, &st->t[a - 1]) & LEX_ROLE))
		return false;
	for (size_t i = st->subj; i < a; i++)
		if (!(st->t[i].flags & TF_WORD))
			return false;
	return true;
}

/* True when the name [a, b) follows a verb of saying that follows a quotation's close or a
 * comma, and ends the clause ("``It is well,'' said Delfin Gonzalez, ...", "..., said Mr.
 * Ruiz."): the name is who said it, the subject of that clause; not the start of what was said
 * ("Lee, the party's leader, said Yoon's decision ..."). */
static bool inverted_subject(const struct coref *c, const struct sent *st, size_t a, size_t b)
{
	const struct ctok *v = a >= 2 ? &st->t[a - 1] : NULL;

	return v && (v->flags & TF_WORD) && !(v->flags & TF_CAP) &&
	       (b >= st->n || !(st->t[b].flags & TF_WORD)) &&
	       st->t[b - 1].bend == st->t[b - 1].end && !(st->t[a - 2].flags & TF_WORD) &&
	       !(st->t[a - 2].flags & TF_DIGIT) &&
	       (tok_is(c, v, "said") || tok_is(c, v, "says") || tok_is(c, v, "added") ||
		tok_is(c, v, "asked") || tok_is(c, v, "recalled") || tok_is(c, v, "explained"));
}

/* True when the word w is a word of a person's name read before ("Cuban" after "Mark Cuban"). */
static bool person_word(const struct coref *c, struct span w)
{
	size_t e = coref_map_get(c, &c->words, w);

	return e != COREF_NONE && c->ents[e].kind == COREF_PERSON;
}

/* "Secretary of State John Kerry", "Director of the Federal Bureau of Investigation Louis Freeh":
 * in a run [k, b) that follows "of" (or "of the"), where a given name opens the last two words or
 * more, all capitalised, the words before it name the body and the rest the person; the token
 * where the person's name begins, or k. */
static size_t after_of_person(const struct coref *c, struct sent *st, size_t a, size_t k, size_t b)
{
	size_t s;

	if (!((a >= 1 && tok_is(c, &st->t[a - 1], "of")) ||
	      (a >= 2 && tok_is(c, &st->t[a - 1], "the") && tok_is(c, &st->t[a - 2], "of"))))
		return k;
	for (s = b; s > k && (st->t[s - 1].flags & TF_WORD) && (st->t[s - 1].flags & TF_CAP); s--)
		;
	for (; s + 1 < b; s++) {
		if (tok_lex(c, &st->t[s]) & LEX_TITLE)
			return k; /* "of President Barack Obama": a title, no body */
		if (s > k && (tok_lex(c, &st->t[s]) & LEX_FIRST))
			return s;
	}
	return k;
}

/* The first title among the tokens [k, b) ("Director", "CEO", "Sen."), or b. */
static size_t first_title(const struct coref *c, struct sent *st, size_t k, size_t b)
{
	while (k < b && !(tok_lex(c, &st->t[k]) & LEX_TITLE))
		k++;
	return k;
}

/* Records the words [k, s) before a person's title as whom the person works for: an
 * organisation unless they name another kind of thing ("NVIDIA CEO Huang Renxun"); after "of"
 * (`body`: "Secretary of State John Kerry") an organisation even when they read as a person's. */
static size_t add_employer(struct coref *c, const struct sent *st, size_t k, size_t s, bool body,
			   unsigned flags)
{
	struct evidence emp = {body ? COREF_ORG : COREF_UNKNOWN,
			       COREF_GENDER_UNKNOWN,
			       COREF_ORG_ANY,
			       {0},
			       0,
			       false,
			       false,
			       0};

	name_kind(c, st, k, s, &emp);
	if (emp.kind == COREF_UNKNOWN ||
	    (emp.kind == COREF_PERSON && (body || company_form_near(c, st, k, s)))) {
		emp.kind = COREF_ORG; /* "Cie. de Navigation Mixte Chairman Marc Fournier" */
		emp.gender = COREF_GENDER_UNKNOWN;
	}
	return add_mention(c, st, (struct span){st->t[k].start, st->t[s - 1].bend}, &emp, flags);
}

/* True when the words before the name [a, b) make it a thing owned or one of many: "a", "an" or
 * a possessive ("its", "the company's"), perhaps with a lowercase adjective between ("an
 * original Xbox"), when the name is the head of the phrase or names a part ("its Ticketron
 * unit"), not a word before another noun ("its Uber drivers", "a Google spokesman"). */
static bool owner_before(const struct coref *c, struct sent *st, size_t a, size_t b)
{
	struct ctok *t = &st->t[a - 1];

	if (b < st->n && (st->t[b].flags & TF_WORD) && !(st->t[b].flags & TF_CAP) &&
	    !(tok_lex(c, &st->t[b]) & LEX_STOP) &&
	    !text_word_in("arm brand division plan subsidiary unit", c->text + st->t[b].start,
			  st->t[b].bend - st->t[b].start))
		return false;

	if (a >= 2 && (t->flags & TF_WORD) && !(t->flags & TF_CAP) && t->bend == t->end &&
	    !(tok_lex(c, t) & LEX_STOP))
		t = &st->t[a - 2]; /* an adjective */
	if (!(t->flags & TF_WORD))
		return false;
	return tok_is(c, t, "a") || tok_is(c, t, "an") || coref_possessive(c, t) ||
	       (!(t->flags & TF_CAP) && t->bend < t->end);
}

/* "Director of the Federal Bureau of Investigation (FBI) Louis Freeh": a title, "of" and the
 * body, its acronym in brackets, right before the person's name at token a, which the brackets
 * keep out of one run; the title's token, or a when there is none. The body (or its acronym)
 * is the last name read before a. */
static size_t title_of_body(const struct coref *c, const struct sent *st, size_t a)
{
	size_t i = a;

	if (i < 3 || !tok_ch(c, &st->t[i - 1], ')'))
		return a;
	for (i -= 2; i > 0 && i + 4 > a && !tok_ch(c, &st->t[i], '('); i--)
		;
	if (!tok_ch(c, &st->t[i], '('))
		return a;
	/* back over the body's words to the "of" after the title */
	for (size_t n = 0; i > 1 && n < RUN_MAX; n++) {
		struct ctok *t = &st->t[--i];
		if (!(t->flags & TF_WORD))
			return a;
		if (tok_is(c, t, "of") && (st->t[i - 1].flags & TF_CAP) &&
		    (tok_lex(c, &st->t[i - 1]) & LEX_TITLE) &&
		    (tok_lex(c, &st->t[i - 1]) & LEX_ROLE))
			return i - 1;
		if (!(t->flags & TF_CAP) && !tok_is(c, t, "the") && !tok_is(c, t, "of") &&
		    !tok_is(c, t, "and"))
			return a;
	}
	return a;
}

/* True when the token t is an adverb of manner or certainty ("Certainly", "Clearly",
 * "Apparently"): more than five letters ending in "ly" but not "ley", a given name's ending
 * ("Bradley", "Ashley"). */
static bool ly_adverb(const struct coref *c, const struct ctok *t)
{
	size_t n = t->end - t->start;
	const char *w = c->text + t->start;

	return n > 5 && w[n - 2] == 'l' && w[n - 1] == 'y' && w[n - 3] != 'e';
}

/* True when the tokens from b read as a share price's move: a verb for it, a number and "to"
 * another or a percentage ("eased 1/8 to 31 7/8", "fell 4 to 15", "rose 3%"). A name that opens
 * a sentence before them is a company on the stock market, as a reader of the market report
 * knows, whom "the company" or "the chip maker" then refers to. */
static bool price_move(const struct coref *c, struct sent *st, size_t b)
{
	static const char moves[] = "added advanced climbed declined dipped dropped eased edged "
				    "fell firmed gained jumped lost plunged rallied rocketed rose "
				    "sank slid slipped soared surged tumbled";
	bool digit = false;

	if (b + 2 >= st->n || !(st->t[b].flags & TF_WORD) ||
	    !text_word_in(moves, c->text + st->t[b].start, st->t[b].end - st->t[b].start))
		return false;
	for (size_t i = b + 1; i < st->n && i < b + 8; i++) {
		struct ctok *t = &st->t[i];
		if (t->flags & TF_DIGIT)
			digit = true;
		else if (tok_is(c, t, "to") || tok_ch(c, t, '%') || tok_is(c, t, "percent"))
			return digit;
		else if (!tok_ch(c, t, '/') && !tok_ch(c, t, '.') && !tok_ch(c, t, '$'))
			return false;
	}
	return false;
}

/* True when the name [k, b) is one U.S. state after "City, " (text_state_abbrev()), its stop
 * if any followed by a comma, a space or the sentence's end ("Rockford, Ill.,", "El Paso,
 * Texas,"; not "Norwood, Mass.-based Phoenix", where Norwood may be a firm's name too). */
static bool state_after_city(const struct coref *c, const struct sent *st, size_t k, size_t b)
{
	const struct ctok *t = &st->t[k];

	if (b != k + 1 || k < 2 || !tok_ch(c, &st->t[k - 1], ',') ||
	    !(st->t[k - 2].flags & TF_WORD) || !(st->t[k - 2].flags & TF_CAP) ||
	    !text_state_abbrev(c->text + t->start, t->end - t->start))
		return false;
	bool stop = c->text[t->end - 1] == '.';

	if (!stop && b < st->n && tok_ch(c, &st->t[b], '.')) {
		stop = true;
		b++;
	}
	/* a space after the stop ("Nashua, N.H. on Monday"); "Texas" needs its comma ("Joh Husted,
	 * Ohio Secretary of State" is no city) */
	return b >= st->n || tok_ch(c, &st->t[b], ',') ||
	       (stop && st->t[b].start > st->t[b - 1].end);
}

/* True when the name ending before token b is a city that its state's abbreviation follows
 * ("Rockford, Ill.,"). */
static bool city_of_state(const struct coref *c, const struct sent *st, size_t b)
{
	return b + 1 < st->n && tok_ch(c, &st->t[b], ',') && (st->t[b + 1].flags & TF_WORD) &&
	       state_after_city(c, st, b + 1, b + 2);
}

/* True when the capitalised word t is a title made plural ("Presidents", "Sens."), not a royal
 * one ("Kings Point"). */
static bool plural_title(const struct coref *c, const struct ctok *t)
{
	size_t n = t->end - t->start;
	unsigned id;

	return (t->flags & TF_CAP) && n >= 4 && c->text[t->end - 1] == 's' &&
	       (coref_lex(c->text + t->start, n - 1, &id) & LEX_TITLE) &&
	       !text_word_in("kings queens princes princesses", c->text + t->start, n);
}

/* Reads the name that starts at token a (a name word, a title or "the"); returns the token after
 * it. */
/* True when the name [a, b) opens its paragraph before a colon: the label of a transcript's
 * turn ("TAPPER: Do you think ...?"), whose speaker is "I" in the turn and "you" in the next,
 * never the "he" of either. */
static bool turn_label(const struct coref *c, const struct sent *st, size_t a, size_t b)
{
	/* a transcript pasted whole may open each turn with a straight quote ("\"PENCE: ...") */
	size_t at = a == 1 && tok_ch(c, &st->t[0], '"') ? 0 : a;

	return at == 0 && b < st->n && tok_ch(c, &st->t[b], ':') &&
	       st->t[0].start == doc_paragraph(c->d, st->para)->span.start;
}

/* True when a lowercase noun for a person follows token b, after one adjective at most:
 * "[Elian's] father", "[Smith's] longtime lawyer", a person other than the one named. */
static bool person_noun_after(const struct coref *c, const struct sent *st, size_t b)
{
	for (size_t k = b; k < st->n && k < b + 2; k++) {
		struct ctok *t = &st->t[k];
		if (!(t->flags & TF_WORD) || (t->flags & TF_CAP))
			return false;
		if ((tok_lex(c, t) & (LEX_ROLE | LEX_KIN)) ||
		    text_word_in("father mother son daughter wife husband brother sister widow",
				 c->text + t->start, t->end - t->start))
			return true;
	}
	return false;
}

static size_t read_name(struct coref *c, struct sent *st, size_t a)
{
	struct evidence ev = {
		COREF_UNKNOWN, COREF_GENDER_UNKNOWN, COREF_ORG_ANY, {0}, 0, false, false, 0};
	size_t b = run_end(c, st, a), k = a, s;
	unsigned flags = 0;
	bool the = a > 0 && tok_is(c, &st->t[a - 1], "the"), org = false;
	size_t employer = COREF_NONE, e;
	struct span name;
	bool subj_lead = false, form_org = false;

	if (b == a)
		return a + 1;
	/* "FBI Director Louis Freeh", "House Speaker Nancy Pelosi": an organisation's word before
	 * a title names the employer, not the person named after it */
	s = first_title(c, st, k, b);
	if (s + 1 >= b)
		s = k;
	for (; s < b; s++)
		if (tok_lex(c, &st->t[s]) & LEX_ORGKEY)
			org = true;
	/* "Tunisian Prime Minister Habib Essid", "Republican Donald Trump": an adjective before a
	 * title or a given name goes */
	if (!org && k + 1 < b && (tok_lex(c, &st->t[k]) & LEX_DEMONYM) &&
	    ((tok_lex(c, &st->t[k + 1]) & LEX_TITLE) ||
	     (k + 2 < b && (tok_lex(c, &st->t[k + 1]) & LEX_FIRST))))
		k++;
	/* "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin": a title made plural, before a
	 * name of two words or more, is no word of the first one */
	if (!org && k + 2 < b && plural_title(c, &st->t[k])) {
		ev.kind = COREF_PERSON;
		ev.titled = true;
		k++;
	}
	/* "Enter Stuart R. Kaplan", "Meet John Smith": a verb opening the sentence, before a
	 * person's name of two words or more, is no word of it; nor is an adverb ("Certainly
	 * Tomas Berg continues") */
	if (!org && k == st->first && b - k >= 3 &&
	    !(tok_lex(c, &st->t[k]) &
	      (LEX_FIRST | LEX_TITLE | LEX_DEMONYM | LEX_GPE | LEX_PLACE)) &&
	    ((tok_lex(c, &st->t[k]) & LEX_OPENER) || (tok_lex(c, &st->t[k + 1]) & LEX_FIRST) ||
	     ly_adverb(c, &st->t[k])))
		k++;
	/* "NVIDIA CEO Huang Renxun": a name before a title is its employer, a name of its own */
	s = first_title(c, st, k, b);
	if (!org && s > k && s + 1 < b) {
		employer = add_employer(c, st, k, s, false, MF_MOD);
		k = s;
	} else if ((s = after_of_person(c, st, a, k, b)) > k) {
		/* "Secretary of State John Kerry said": the title opened the subject */
		size_t lead = tok_is(c, &st->t[a - 1], "of") ? a - 1 : a - 2;
		subj_lead = lead >= 1 && lead - 1 == st->subj &&
			    (tok_lex(c, &st->t[lead - 1]) & LEX_TITLE);
		employer = add_employer(c, st, k, s, true, MF_MOD | MF_OBL);
		k = s;
	}
	/* "spokesman Josh Earnest", not "a major Seattle firm"; nor "the official Xinhua News
	 * Agency", where the word before an organisation's name is an adjective */
	if (b - k >= 2 && !org)
		roles_before(c, st, a, &ev);
	/* a name set off by commas after a lowercase role that ends a description: "The Czech
	 * foreign minister, Jan Kavan," (a description opening the sentence), or one word after a
	 * kin word, that relative's given name, of the kin word's sex ("Elian's paternal
	 * grandmother, Mariela,", "his cousin, Ana,") */
	if (a == k && a >= 2 && tok_ch(c, &st->t[a - 1], ',') && b < st->n &&
	    tok_ch(c, &st->t[b], ',') && (st->t[a - 2].flags & TF_WORD) &&
	    !(st->t[a - 2].flags & TF_CAP)) {
		unsigned lex = tok_lex(c, &st->t[a - 2]);
		bool kin = b - k == 1 && (lex & LEX_KIN);
		if (kin ||
		    (b - k >= 2 && a >= 3 && role_led_subject(c, st, a) && (lex & LEX_ROLE))) {
			note_role(&ev, st->t[a - 2].id);
			ev.kind = COREF_PERSON;
			ev.titled = true;
			if (kin && (lex & (LEX_MALE | LEX_FEMALE)))
				ev.gender = (lex & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
		}
	}
	/* titles: Mr., Sen., President, Chief Executive; a role opening the sentence, capitalised
	 * only there ("Spokesman Yuri Petrov said") */
	while (!org && k + 1 < b &&
	       ((tok_lex(c, &st->t[k]) & LEX_TITLE) ||
		(k == st->first && (tok_lex(c, &st->t[k]) & LEX_ROLE) &&
		 !(tok_lex(c, &st->t[k]) & LEX_FIRST)))) {
		struct ctok *t = &st->t[k];
		ev.kind = COREF_PERSON;
		ev.titled = true;
		if (tok_lex(c, t) & (LEX_MALE | LEX_FEMALE))
			ev.gender = (tok_lex(c, t) & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
		if (tok_lex(c, t) & LEX_ROLE)
			note_role(&ev, t->id);
		if (tok_is(c, t, "king") || tok_is(c, t, "queen") || tok_is(c, t, "prince") ||
		    tok_is(c, t, "princess")) {
			ev.royal = t->id;
			break; /* "King Hussein": the title is part of the name */
		}
		k++;
		if (tok_is(c, &st->t[k], "of") || (tok_lex(c, &st->t[k]) & LEX_PARTICLE))
			return b; /* "Secretary of State ...": too unsure to read */
	}
	if (k >= b || (b - k == 1 && (tok_lex(c, &st->t[k]) & LEX_TITLE)))
		return b; /* a title alone: "the President" */
	name_kind(c, st, k, b, &ev);
	apposition(c, st, b, &ev);
	/* "the Rockford, Ill., maker of fasteners", "Acme Inc., Hasbrouk Heights, N.J., said": a
	 * city and its state, where a business is, are places; never the company a later "the
	 * company said" means */
	if (city_of_state(c, st, b) || state_after_city(c, st, k, b)) {
		ev.kind = COREF_PLACE;
		ev.gender = COREF_GENDER_UNKNOWN;
	}
	if (a == st->subj && !ev.titled && ev.kind != COREF_ORG && price_move(c, st, b)) {
		ev.kind = COREF_ORG;
		ev.org = COREF_ORG_COMPANY;
		ev.gender = COREF_GENDER_UNKNOWN;
	}
	/* "Cie. Financiere de Paribas": words read as a person's are a business's by its form */
	if (ev.kind == COREF_PERSON && !ev.titled && company_form_near(c, st, k, b)) {
		ev.kind = COREF_ORG;
		ev.org = COREF_ORG_COMPANY;
		ev.gender = COREF_GENDER_UNKNOWN;
		form_org = true;
	}
	name = (struct span){st->t[k].start, st->t[b - 1].bend};
	if (st->t[b - 1].bend < st->t[b - 1].end)
		flags |= MF_POSS;
	if (a == st->subj || (the && a == st->subj + 1) || role_led_subject(c, st, a) ||
	    inverted_subject(c, st, a, b))
		flags |= MF_SUBJ;
	if (a > 0 && (tok_lex(c, &st->t[a - 1]) & LEX_PREP) && (st->t[a - 1].flags & TF_WORD))
		flags |= MF_OBL;
	if (the && a >= 2 && (tok_lex(c, &st->t[a - 2]) & LEX_PREP))
		flags |= MF_OBL;
	if (subj_lead)
		flags = (flags & ~(unsigned)MF_OBL) | MF_SUBJ;
	if (st->t[k].flags & TF_INQ)
		flags |= MF_INQ;
	if (b < st->n && (st->t[b].flags & TF_WORD) && !(st->t[b].flags & TF_CAP) &&
	    (tok_lex(c, &st->t[b]) & (LEX_ROLE | LEX_ORGDESC))) {
		if (the && ev.kind != COREF_PERSON &&
		    (tok_lex(c, &st->t[b]) & (LEX_ORGDESC | LEX_MEDIA)) ==
			    (LEX_ORGDESC | LEX_MEDIA)) {
			/* "the Maariv newspaper", "the Haaretz daily": the name is the paper's */
			ev.kind = COREF_ORG;
			ev.org = COREF_ORG_MEDIA;
		} else {
			flags |= MF_MOD; /* "the Trump campaign", "NVIDIA chief" */
		}
	}
	/* "the company's Ticketron unit", "its Teams plan", "an original Xbox": a thing a firm has,
	 * or one of many, is no firm that speaks */
	if (a > 0 && !(flags & MF_MOD) && owner_before(c, st, a, b))
		flags |= MF_OWNED;
	if (the && !(flags & MF_MOD) && ev.kind == COREF_UNKNOWN)
		ev.kind = COREF_ORG; /* "the Financial Times" */
	/* one capitalised word opening the sentence, with nothing to say it is a name */
	if (b - k == 1 && k == a && a == st->first && ev.kind == COREF_UNKNOWN &&
	    !(st->t[k].flags & TF_ALLCAP) &&
	    !(b < st->n && (tok_ch(c, &st->t[b], '(') || tok_ch(c, &st->t[b], ','))))
		flags |= MF_WEAK;
	if (st->heading)
		flags |= MF_WEAK;
	if (turn_label(c, st, a, b))
		flags |= MF_LABEL;
	if ((flags & MF_POSS) && person_noun_after(c, st, b))
		flags |= MF_OWNER;
	/* "Conversely,", "Previously,": a word opening the sentence before a comma that no
	 * apposition follows */
	if (b - k == 1 && k == a && a == st->first && ev.kind == COREF_UNKNOWN && b + 1 < st->n &&
	    tok_ch(c, &st->t[b], ',') && !known_word(c, name_of(st, k)) &&
	    !(tok_is(c, &st->t[b + 1], "the") || tok_is(c, &st->t[b + 1], "a") ||
	      tok_is(c, &st->t[b + 1], "an") || tok_is(c, &st->t[b + 1], "who") ||
	      (st->t[b + 1].flags & (TF_DIGIT | TF_CAP))))
		return b;
	/* "Nearly", "Clearly": an adverb opening the sentence names nobody */
	if (b - k == 1 && k == st->first && st->t[k].end - st->t[k].start > 4 &&
	    memcmp(c->text + st->t[k].end - 2, "ly", 2) == 0)
		return b;
	/* "Securities analysts were", "Software makers": a business's word alone opening the
	 * sentence is a common noun, no company's name */
	if (b - k == 1 && k == a && a == st->first && !the &&
	    (tok_lex(c, &st->t[k]) & (LEX_ORGKEY | LEX_COMPANY)) == (LEX_ORGKEY | LEX_COMPANY) &&
	    !(st->t[k].flags & TF_ALLCAP))
		return b;
	/* a letter alone ("R&D") names nobody */
	if (b - k == 1 && st->t[k].end - st->t[k].start == 1)
		return b;
	/* one capitalised adjective ("Chinese regulators", "Democratic") names nobody, unless it
	 * is a word of a person's name read before ("Cuban" after "Mark Cuban") */
	if (b - k == 1 && (tok_lex(c, &st->t[k]) & LEX_DEMONYM) &&
	    !person_word(c, name_of(st, k)) &&
	    (!(tok_lex(c, &st->t[k]) & LEX_GROUP) ||
	     (b < st->n && (st->t[b].flags & TF_WORD) && !(st->t[b].flags & TF_CAP))))
		return b;
	if (ev.kind == COREF_PERSON && employer == COREF_NONE && k == a && c->nm > 0 &&
	    (s = title_of_body(c, st, a)) < a && c->m[c->nm - 1].start > st->t[s].end &&
	    c->ents[c->m[c->nm - 1].ent].kind == COREF_ORG) {
		note_role(&ev, st->t[s].id);
		ev.titled = true;
		employer = c->m[c->nm - 1].ent;
	}
	e = add_mention(c, st, name, &ev, flags);
	/* ... then "Paribas": its last word alone names it too, when it names nothing yet */
	if (form_org && b - k >= 2 && c->ents[e].kind == COREF_ORG &&
	    !known_word(c, name_of(st, b - 1)))
		coref_map_put(c, &c->names, name_of(st, b - 1), e);
	if (employer != COREF_NONE && c->ents[e].kind == COREF_PERSON &&
	    c->ents[employer].kind == COREF_ORG)
		c->ex[e].employer = employer; /* "Nvidia Chief Executive Jensen Huang" */
	return b;
}

/* True when a verb follows the byte offset pos: a lowercase word ending in "s" or "ed", or an
 * auxiliary ("Bassi said", "Bassi has"), not a noun or a preposition ("Fresh halibut",
 * "Talking about"). */
static bool verb_after(const struct coref *c, size_t pos)
{
	static const char *const aux[] = {"can",    "could", "did", "had",  "might", "must",
					  "should", "told",  "was", "were", "will",  "would"};
	size_t a, n;

	while (pos < c->len && ascii_space(c->text[pos]))
		pos++;
	for (a = pos; pos < c->len && is_lower_ascii(c->text[pos]); pos++)
		;
	n = pos - a;
	if (n < 2 || (pos < c->len && (c->text[pos] & 0x80)))
		return false;
	if (c->text[pos - 1] == 's' ||
	    (n > 3 && c->text[pos - 2] == 'e' && c->text[pos - 1] == 'd'))
		return true;
	for (size_t i = 0; i < sizeof(aux) / sizeof(aux[0]); i++)
		if (strlen(aux[i]) == n && memcmp(aux[i], c->text + a, n) == 0)
			return true;
	return false;
}

/* True when the one capitalised word [a, b) that opens a sentence reads as a common noun, not
 * a surname: an abstract noun's ending ("Immigration", "Fundraising", "Enforcement") or a
 * plural verb after it ("Sales were", "Employees have"). */
static bool noun_opener(const struct coref *c, size_t a, size_t b)
{
	static const char *const ends[] = {"tion", "sion", "ment", "ness", "ity", "ism", "ing"};
	static const char *const plural[] = {"are ", "were ", "have ", "do "};
	size_t n = b - a;

	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
		size_t k = strlen(ends[i]);
		if (n > k + 2 && memcmp(c->text + b - k, ends[i], k) == 0)
			return true;
	}
	for (size_t i = 0; i < sizeof(plural) / sizeof(plural[0]); i++) {
		size_t k = strlen(plural[i]);
		if (b + 1 + k <= c->len && c->text[b] == ' ' &&
		    memcmp(c->text + b + 1, plural[i], k) == 0)
			return true;
	}
	return false;
}

/* True when the one capitalised word [a, b) that opens a sentence reads as a plural: five
 * letters or more ending in a lowercase letter and "s", not "ss", "us" or "is" ("Rebels",
 * "Farmers"; not "Ross", "Marcus", "Jarvis"), and no verb of the singular ending in "s" after it
 * ("Sanders faces", "Jones has", "Evans was"). A surname alone that opens a sentence ("Jones
 * said") was nearly always named in full before, and so is known by then. */
static bool plural_opener(const struct coref *c, size_t a, size_t b)
{
	char p = b - a >= 5 ? c->text[b - 2] : 0;
	size_t v = b;

	if (c->text[b - 1] != 's' || !is_lower_ascii(p) || p == 's' || p == 'u' || p == 'i')
		return false;
	while (v < c->len && c->text[v] == ' ')
		v++;
	while (v < c->len && is_lower_ascii(c->text[v]))
		v++;
	return !(v > b + 2 && c->text[v - 1] == 's');
}

/* True when a person of gender g is named before mention `from`, within two paragraphs of the
 * sentence st. */
static bool known_person_near(const struct coref *c, const struct sent *st, size_t from,
			      enum coref_gender g)
{
	for (size_t k = from, n = 0; k-- > 0 && n < 200; n++) {
		const struct ment *m = &c->m[k];
		const struct coref_entity *x = &c->ents[m->ent];
		if (m->para + 2 < st->para)
			break;
		if (x->kind == COREF_PERSON && x->gender == g && c->ex[m->ent].strong)
			return true;
	}
	return false;
}

/* True when the sentence st opens its subject with a description of a person ("the/a" and a
 * lowercase noun: "The grandmother of ...") that mention m, in a phrase after it, belongs to. */
static bool described_subject(const struct coref *c, const struct sent *st, const struct ment *m)
{
	size_t s = st->subj;

	return s + 2 < st->n && (st->t[s + 1].flags & TF_WORD) && !(st->t[s + 1].flags & TF_CAP) &&
	       (tok_is(c, &st->t[s], "the") || tok_is(c, &st->t[s], "a")) &&
	       (tok_lex(c, &st->t[s + 1]) & LEX_ROLE) && m->start > st->t[s + 1].start &&
	       m->start < st->t[s + 1].end + 40;
}

/* A "he" or "she" outside quotations at token i: when one person (or one name of unknown kind)
 * only is named in this sentence before it or in the sentence before, that is who it is; so is
 * the subject of this sentence when it is the only one named in it before the pronoun, whoever
 * the sentence before named ("Moyo fled. Morgan Tsvangirai returned, his spokesman said"); a
 * capitalised word that only opens a sentence counts when a verb follows it ("Bassi said", not
 * "Fresh halibut fillets" or "Talking about") and it is no common noun ("Sales were") nor a
 * plural ("Rebels claimed the town. She claimed": "she" is no rebel) unless it is a word of a
 * person's name read before ("Sanders" after "Bernie Sanders"). */
static void learn_gender(struct coref *c, const struct sent *st, size_t i, size_t from)
{
	struct ctok *t = &st->t[i];
	enum coref_gender g = (tok_lex(c, t) & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
	size_t who = COREF_NONE, poss = COREF_NONE; /* poss: a possessive named after who */
	bool subject = false, poss_only;            /* subject: who is this sentence's */

	for (size_t k = c->nm; k-- > from;) {
		const struct ment *m = &c->m[k];
		const struct coref_entity *x = &c->ents[m->ent];
		if (m->start >= t->start || (m->flags & MF_INQ))
			continue;
		if (x->kind != COREF_PERSON && x->kind != COREF_UNKNOWN)
			continue;
		/* "The grandmother of Elian Gonzalez said she": the description is who "she" is,
		 * not the name in its phrase */
		if (m->sent == st->index && (m->flags & MF_OBL) && described_subject(c, st, m))
			return;
		/* "The only thing on television is Elian's story, she said. She does not ...": a
		 * possessive inside a phrase is someone talked about, not the one who acts; it is
		 * one more person named all the same ("Acheson is Albright's favorite, her aides
		 * said" teaches Acheson nothing) */
		poss_only = (m->flags & MF_POSS) && !(m->flags & MF_SUBJ);
		if (!poss_only && (m->flags & MF_WEAK) && !c->ex[m->ent].strong &&
		    (!verb_after(c, m->end) || noun_opener(c, m->start, m->end) ||
		     (plural_opener(c, m->start, m->end) &&
		      !person_word(c, (struct span){m->start, m->end}))))
			continue;
		if ((who != COREF_NONE && who != m->ent) ||
		    (poss != COREF_NONE && poss != m->ent)) {
			if (subject && m->sent != st->index)
				break;
			/* "Jan Kavan, who lived in London until the Soviets invaded Czechoslovakia,
			 * said he": the person who is the sentence's subject, not a name of unknown
			 * kind after it */
			if (who != COREF_NONE && poss == COREF_NONE &&
			    c->ents[who].kind == COREF_UNKNOWN && x->kind == COREF_PERSON &&
			    m->sent == st->index && (m->flags & MF_SUBJ)) {
				who = m->ent;
				subject = true;
				continue;
			}
			return;
		}
		if (poss_only) {
			poss = m->ent;
			continue;
		}
		who = m->ent;
		subject = subject || (m->sent == st->index && (m->flags & MF_SUBJ));
	}
	if (who == COREF_NONE)
		return;
	/* "Hicks said ... On Facebook, she wrote": a name of unknown kind is no person when one
	 * of that sex was named just before */
	if (c->ents[who].kind == COREF_UNKNOWN && known_person_near(c, st, from, g) && !subject)
		return;
	if (c->ents[who].gender == COREF_GENDER_UNKNOWN)
		c->ents[who].gender = g;
	if (c->ents[who].gender == g) {
		c->ents[who].kind = COREF_PERSON;
		c->ex[who].strong = true; /* a name after all: a pronoun refers to it */
	}
}

/* True for he, him, his, she, her (any case). */
static bool he_or_she(const struct coref *c, struct ctok *t)
{
	size_t n = t->end - t->start;
	char first = (char)(c->text[t->start] | 0x20);

	return n >= 2 && n <= 3 && (first == 'h' || first == 's') &&
	       (tok_lex(c, t) & (LEX_MALE | LEX_FEMALE)) && (tok_lex(c, t) & LEX_PRON);
}

/* Reads the names of one sentence; `prev_first` is the first mention of the sentence before. */
/* "the president" at token i (a role word after "the", no name after it) that refers to a
 * person named before is a mention of that person, so that a "he" after it finds him ("the
 * president's face ... he proceeded"); so is "the Jordanian monarch", a nation's adjective
 * before a royal role (not "the French president": the adjective may name another nation than
 * the last president's). */
static void read_role(struct coref *c, struct sent *st, size_t i)
{
	size_t j = i + 1;
	struct ctok *r;
	struct ment *m;
	size_t e;

	if (j + 1 < st->n && (st->t[j].flags & TF_WORD) && (st->t[j].flags & TF_CAP) &&
	    (tok_lex(c, &st->t[j]) & LEX_DEMONYM) && !(tok_lex(c, &st->t[j]) & LEX_GROUP) &&
	    tok_royal(c, &st->t[j + 1]))
		j++;
	r = j < st->n ? &st->t[j] : NULL;
	if (!r || !(r->flags & TF_WORD) || (r->flags & TF_CAP) || !(tok_lex(c, r) & LEX_ROLE) ||
	    (j + 1 < st->n && (st->t[j + 1].flags & TF_CAP)))
		return;
	e = coref_resolve(c, (struct span){st->t[i].start, r->bend});
	if (e == COREF_NONE || c->ents[e].kind != COREF_PERSON)
		return;
	c->m = xgrow(c->m, &c->capm, c->nm + 1, sizeof(*c->m));
	m = &c->m[c->nm++];
	m->start = (uint32_t)st->t[i].start;
	m->end = (uint32_t)r->bend;
	m->ent = (uint32_t)e;
	m->sent = (uint32_t)st->index;
	m->para = (uint32_t)st->para;
	m->flags = (i == st->subj ? MF_SUBJ : 0) | (r->bend < r->end ? MF_POSS : 0) |
		   (i > 0 && (tok_lex(c, &st->t[i - 1]) & LEX_PREP) ? MF_OBL : 0);
}

/* True when token i opens the tag after a quotation that opens its sentence ("“It is over,”
 * she said"): the quotation stands where the subject would, and the tag's pronoun is who speaks
 * (the subject of the clause that tells who talked, before any name in what follows). */
static bool quote_tag(const struct sent *st, size_t i)
{
	return st->subj < i && (st->t[st->subj].flags & TF_INQ) && i >= 2 &&
	       !(st->t[i - 1].flags & (TF_WORD | TF_INQ)) && (st->t[i - 2].flags & TF_INQ);
}

/* "He said he could not confirm a link to Osama Bin Laden. ... \"Hundreds were interviewed,\" he
 * said": a "he" or "she" outside quotations that is its sentence's subject is a mention of the
 * person it refers to, so that the next pronoun finds the one the text goes on about before a
 * name in an object. */
static void read_subject_pronoun(struct coref *c, struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i];
	size_t e;

	if (!(i == st->subj || quote_tag(st, i)) || !(tok_is(c, t, "he") || tok_is(c, t, "she")))
		return;
	e = coref_resolve(c, (struct span){t->start, t->end});
	if (e == COREF_NONE || c->ents[e].kind != COREF_PERSON)
		return;
	push_mention(c, st, (struct span){t->start, t->end}, e, MF_SUBJ);
}

static void read_sentence(struct coref *c, struct sent *st, size_t prev_first)
{
	st->subj = coref_subject_start(c, st);
	for (st->first = 0; st->first < st->n && !(st->t[st->first].flags & TF_WORD); st->first++)
		;
	for (size_t i = 0; i < st->n;) {
		struct ctok *t = &st->t[i];
		if (!(t->flags & TF_WORD)) {
			i++;
			continue;
		}
		if (he_or_she(c, t) && !(t->flags & TF_INQ)) {
			learn_gender(c, st, i, prev_first);
			read_subject_pronoun(c, st, i);
			i++;
			continue;
		}
		if (name_word(c, st, i) || ((t->flags & TF_CAP) && (tok_lex(c, t) & LEX_TITLE)) ||
		    furniture_opens_name(c, st, i)) {
			i = read_name(c, st, i);
			continue;
		}
		if (tok_is(c, t, "the") && !(t->flags & TF_INQ))
			read_role(c, st, i);
		i++;
	}
}

/* True when the paragraph reads as a headline the page did not mark: one line of four words or
 * more with no closing stop, seven in ten words or more capitalised ("Firm Launches New Tools
 * for Teams"), where capitals tell nothing of names. */
static bool unmarked_headline(const struct coref *c, const struct doc_para *p)
{
	size_t words = 0, caps = 0, n = p->span.end - p->span.start;
	char last;

	if (p->nsentences != 1 || n < 8 || n > 200 || memchr(c->text + p->span.start, '\n', n))
		return false;
	last = c->text[p->span.end - 1];
	if (!text_is_ascii_letter(last) && !(last >= '0' && last <= '9'))
		return false;
	for (size_t i = p->span.start; i < p->span.end; i++)
		if (i == p->span.start || c->text[i - 1] == ' ') {
			words++;
			caps += is_upper_ascii(c->text[i]);
		}
	return words >= 4 && caps * 10 >= words * 7;
}

/* True when the paragraph is a short line in capitals only, a section's label ("FULL TEXT.",
 * "ABSTRACT."): a heading, whose words are no person a later "he" means. */
static bool label_line(const struct coref *c, const struct doc_para *p)
{
	if (p->nsentences != 1 || p->span.end - p->span.start > 40)
		return false;
	for (size_t i = p->span.start; i < p->span.end; i++)
		if (is_lower_ascii(c->text[i]) || c->text[i] == '\n' || c->text[i] == ':')
			return false;
	return true;
}

/* True when the paragraph opens with a straight quotation mark that nothing in it closes and
 * says no "I", "we" or "you": an excerpt of another writer's narration ("Melanie thought it
 * unfair. She was tired."), whose names are the story's people, not words of someone's speech. */
static bool excerpt_paragraph(const struct coref *c, const struct doc_para *p)
{
	static const char speech[] = "i me my we us our you your i'm we're you're";
	const char *t = c->text;
	size_t a = p->span.start, b = p->span.end;

	while (a < b && (t[a] == ' ' || t[a] == '\n'))
		a++;
	if (a + 1 >= b || t[a] != '"' || memchr(t + a + 1, '"', b - a - 1))
		return false;
	for (size_t k = a + 1; k < b;) {
		size_t n = 0;
		while (k + n < b && (is_upper_ascii(t[k + n]) ||
				     (t[k + n] >= 'a' && t[k + n] <= 'z') || t[k + n] == '\''))
			n++;
		if (n && n <= 6 && text_word_in(speech, t + k, n))
			return false;
		k += n ? n : 1;
	}
	return true;
}

struct coref *coref_build(const struct doc *d)
{
	struct coref *c = xcalloc(1, sizeof(*c));
	struct sent st = {0};
	size_t np = doc_paragraph_count(d), prev_first = 0;

	c->d = d;
	c->text = doc_text(d, &c->len);
	c->words_last = COREF_NONE;
	/* mentions hold 32-bit offsets: a text of 4 GB or more is left unresolved */
	if (c->len >= UINT32_MAX - 64)
		np = 0;
	for (size_t p = 0; p < np; p++) {
		const struct doc_para *para = doc_paragraph(d, p);
		size_t dl = text_dateline_end(c->text, para->span.start, para->span.end);
		/* so that its opening mark closes what no one says */
		bool inq = excerpt_paragraph(c, para);
		for (size_t i = 0; i < para->nsentences; i++) {
			const struct doc_sentence *s = doc_sentence(d, para->first_sentence + i);
			size_t first = c->nm;
			st.index = para->first_sentence + i;
			st.para = p;
			st.heading = para->heading || unmarked_headline(c, para) ||
				     label_line(c, para);
			coref_tokenize(c, &st, s->span.start, s->span.end, &inq,
				       dl > para->span.start ? dl : 0);
			read_sentence(c, &st, prev_first);
			prev_first = first;
		}
	}
	free(st.t);
	/* The name maps serve the build only (find_entity): freed before the claims engine reads
	 * the coreference, which a long article holds while it finds its claims. */
	free(c->names.s);
	free(c->words.s);
	free(c->firsts.s);
	free(c->acronyms.k);
	free(c->acronyms.v);
	memset(&c->names, 0, sizeof(c->names));
	memset(&c->words, 0, sizeof(c->words));
	memset(&c->firsts, 0, sizeof(c->firsts));
	memset(&c->acronyms, 0, sizeof(c->acronyms));
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
	free(c->firsts.s);
	free(c->acronyms.k);
	free(c->acronyms.v);
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
