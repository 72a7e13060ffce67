/* coref: reads a document's names once into entities and mentions (coref_build; a sentence's
 * names are read by coref_sentence.c, coref_names.c and coref_runs.c); coref_resolve.c answers
 * what a mention refers to. */
#include "dateline/coref.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "coref_int.h"
#include "dateline/formats.h"
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
	if (text_is_ascii_upper(c->text[w.start]))
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
		if (!text_is_ascii_upper(c->text[i]))
			return 0;
		v = (v << 6) | (uint64_t)(c->text[i] - 'A' + 1);
	}
	return v;
}

/* True when the letter ch (a capital) is the initial of a word of s, any case ("of" in
 * "Department of Justice" gives DOJ its O). */
static bool initial_in(const struct coref *c, struct span s, char ch)
{
	FOR_WORDS(c, s, w)
	if ((c->text[w.start] & ~0x20) == ch)
		return true;
	return false;
}

/* "The Centers for Disease Control and Prevention (CDC)": the packed letters of an acronym in
 * brackets right after the organisation's name `name`, the name it is then known by; 0 when
 * none follows, or when its letters do not fit the name: one that is no word's initial ("Tesla
 * Inc. (TSLA)", a ticker; "Barclays Bank (UK)", a place), or a first letter that opens none of
 * its capitalised words. A party label ("(R-Fla.)") or a place ("(Ohio)") is no acronym. */
static uint64_t bracketed_acronym(const struct coref *c, struct span name)
{
	size_t a = name.end + 2, b = a;
	uint64_t v;

	if (a + 3 > c->len || c->text[name.end] != ' ' || c->text[name.end + 1] != '(')
		return 0;
	while (b < c->len && b < a + 7 && text_is_ascii_upper(c->text[b]))
		b++;
	if (b >= c->len || c->text[b] != ')' || (v = acronym(c, (struct span){a, b})) == 0)
		return 0;
	for (size_t i = a; i < b; i++)
		if (!initial_in(c, name, c->text[i]))
			return 0;
	FOR_WORDS(c, name, w)
	if (c->text[w.start] == c->text[a])
		return v;
	return 0;
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
	c->ex[id].twin = COREF_NONE;
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

void coref_note_role(struct evidence *ev, unsigned id)
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
	c->ex[e].unisex = c->ex[e].unisex || (ev->unisex && x->kind == COREF_PERSON);
	for (unsigned i = 0; i < ev->nroles; i++)
		add_role(c, e, ev->roles[i]);
}

/* The first and the last word of the entity e's name ({0, 0} both when it has none). */
static void name_ends(const struct coref *c, size_t e, struct span *first, struct span *last)
{
	*first = *last = (struct span){0, 0};
	FOR_WORDS(c, c->ents[e].name, x)
	{
		if (first->end == 0)
			*first = x;
		*last = x;
	}
}

/* True when the one-word name w is the first or last word of the person e's fuller name. */
static bool short_of(const struct coref *c, size_t e, struct span w)
{
	struct span first, last;

	name_ends(c, e, &first, &last);
	return coref_name_eq(c, first, w) || coref_name_eq(c, last, w);
}

/* True when the one-word name w, read as an organisation's only because it is written in
 * capitals (ev), is the last word of the person e's (of known gender) name: "TAPPER:" labelling a turn of a
 * transcript after "Jake Tapper" or "JAKE TAPPER:" is the man, not an acronym. */
static bool surname_in_capitals(const struct coref *c, size_t e, struct span w,
				const struct evidence *ev)
{
	struct span first, last;

	/* a gender (a given name, a title, a pronoun) says the words are a person's, not only
	 * capitalised words ("N.V. DSM" then "DSM") */
	if (ev->kind != COREF_ORG || !ev->guessed || c->ents[e].kind != COREF_PERSON ||
	    c->ents[e].gender == COREF_GENDER_UNKNOWN)
		return false;
	name_ends(c, e, &first, &last);
	return last.end > last.start && coref_name_eq(c, last, w);
}

/* True when the mention's evidence ev is a person's of one sex (by a title, or by a given name:
 * coref_names.c reads it) and the person e is known to be of the other: "Michelle Obama" after
 * "Mr. Obama" is his wife, no fuller name of his. */
static bool named_other_sex(const struct coref *c, size_t e, const struct evidence *ev)
{
	return ev->kind == COREF_PERSON && ev->gender != COREF_GENDER_UNKNOWN &&
	       c->ents[e].kind == COREF_PERSON && c->ents[e].gender != COREF_GENDER_UNKNOWN &&
	       c->ents[e].gender != ev->gender;
}

/* named_other_sex() for a mention whose sex a title tells ("Ms. Khan" after "Mr. Khan"). */
static bool other_sex(const struct coref *c, size_t e, const struct evidence *ev)
{
	return ev->titled && named_other_sex(c, e, ev);
}

/* The one person of the mention's sex (ev, a title's) among the last 64 entities whose fuller
 * name ends with the one-word name ("Mary Okafor ... her brother John Okafor ... Ms. Okafor":
 * Mary); COREF_NONE when there is none, or more than one. */
static size_t sex_surname(const struct coref *c, struct span name, const struct evidence *ev)
{
	struct span first, last;
	size_t x = COREF_NONE;

	if (ev->gender == COREF_GENDER_UNKNOWN || count_words(c, name) != 1)
		return COREF_NONE;
	for (size_t o = c->nents, i = 0; o-- > 0 && i < 64; i++) {
		if (c->ents[o].kind != COREF_PERSON || c->ents[o].gender != ev->gender ||
		    c->ex[o].nwords < 2)
			continue;
		name_ends(c, o, &first, &last);
		if (!coref_name_eq(c, last, name))
			continue;
		if (x != COREF_NONE)
			return COREF_NONE;
		x = o;
	}
	return x;
}

/* "Ms. Khan" after "Mr. Khan", "Mr. Clinton" after "Hillary Clinton": for a titled mention
 * (ev) whose name means the person e of the other sex, the person of the mention's sex: the
 * one the one-word name means (its word a word of her fuller name: "Ghazala Khan"), or e's
 * twin, or the one person of its sex with that surname (sex_surname()), or a new person, e's
 * twin from then on. *known is set, so that the name keeps meaning e when it is named bare. */
static size_t sex_twin(struct coref *c, size_t e, struct span name, const struct evidence *ev,
		       bool *known)
{
	size_t w = count_words(c, name) == 1 ? coref_map_get(c, &c->words, name) : COREF_NONE, t;

	*known = true;
	if (c->ex[e].twin != COREF_NONE && !other_sex(c, c->ex[e].twin, ev))
		return c->ex[e].twin;
	if (w != COREF_NONE && w != e && c->ents[w].kind == COREF_PERSON && !other_sex(c, w, ev))
		t = w;
	else if ((t = sex_surname(c, name, ev)) == COREF_NONE || t == e)
		t = new_entity(c, name, name.start);
	c->ex[e].twin = t;
	if (c->ex[t].twin == COREF_NONE)
		c->ex[t].twin = e;
	return t;
}

/* True when the word before byte `at` is "the" ("the Apple Vision Pro"). */
static bool after_the(const struct coref *c, size_t at)
{
	size_t k = at;

	while (k > 0 && at - k < 4 && c->text[k - 1] == ' ')
		k--;
	return k < at && k >= 3 && strncasecmp(c->text + k - 3, "the", 3) == 0 &&
	       (k == 3 || !text_is_ascii_letter(c->text[k - 4]));
}

/* True when the name at `at` follows a capitalised "The" inside a sentence ("making sure The
 * Right People are elevated"): a title, which a capitalised common word opening a sentence
 * ("People are telling her") is no short form of ("the Bernie Sanders campaign" is no title). */
static bool titled(const struct coref *c, size_t at)
{
	size_t k = at;

	while (k > 0 && at - k < 4 && c->text[k - 1] == ' ')
		k--;
	if (k == at || k < 5 || memcmp(c->text + k - 3, "The", 3) != 0 || c->text[k - 4] != ' ')
		return false;
	k -= 4;
	while (k > 0 && c->text[k - 1] == ' ')
		k--;
	return k > 0 && (text_is_ascii_lower(c->text[k - 1]) || c->text[k - 1] == ',');
}

/* The organisation named before that the name of two words opening with an ordinal ("9th
 * Circuit") calls short: the latest of the last SCAN_MAX whose name opens with that ordinal and
 * has that last word ("9th U.S. Circuit Court of Appeals"); COREF_NONE when there is none. */
static size_t numbered_body(const struct coref *c, struct span name)
{
	struct span ord = {name.start, word_stop(c, name.start, name.end)};
	struct span last = {ord.end + 1, name.end};

	if (!coref_ordinal(c->text + ord.start, ord.end - ord.start))
		return COREF_NONE;
	for (size_t e = c->nents, n = 0; e-- > 0 && n < SCAN_MAX; n++) {
		struct span full = c->ents[e].name, first = {0, 0};
		if (c->ents[e].kind != COREF_ORG || c->ex[e].nwords < 3)
			continue;
		FOR_WORDS(c, full, w)
		{
			if (first.end == 0) {
				first = w;
				if (!coref_name_eq(c, w, ord))
					break;
			} else if (coref_name_eq(c, w, last)) {
				return e;
			}
		}
	}
	return COREF_NONE;
}

/* The entity a mention named `name` (kind from ev; weak: one capitalised word opening its
 * sentence, MF_WEAK; h: the name's coref_name_hash()) belongs to: a form seen before (*known is
 * then set), a short name of a person named in full, an acronym of an organisation, or a new
 * entity. */
static size_t find_entity(struct coref *c, struct span name, uint64_t h, const struct evidence *ev,
			  bool weak, bool *known)
{
	size_t e = coref_map_find(c, &c->names, name, h), nw, pos = name.start;
	struct span first = {0, 0}, last = {0, 0}, before = {0, 0};

	*known = e != COREF_NONE;
	if (e != COREF_NONE)
		return other_sex(c, e, ev) ? sex_twin(c, e, name, ev, known) : e;
	nw = count_words(c, name);
	if (nw == 1) {
		uint64_t a = acronym(c, name);
		e = coref_map_find(c, &c->words, name, h);
		if (e != COREF_NONE && other_sex(c, e, ev))
			return sex_twin(c, e, name, ev, known);
		/* "King Hussein" after "Saddam Hussein": a royal title the person named before
		 * never had keeps them apart */
		if (e != COREF_NONE && c->ents[e].kind != COREF_ORG && ev->kind != COREF_ORG &&
		    !(ev->royal && !coref_has_role(c, e, ev->royal)) &&
		    !(weak && titled(c, c->ents[e].name.start)))
			return e;
		if (e != COREF_NONE && surname_in_capitals(c, e, name, ev))
			return e;
		e = ev->kind == COREF_PERSON ? COREF_NONE : coref_map_find(c, &c->firsts, name, h);
		if (e != COREF_NONE)
			return e;
		/* FT = Financial Times: the latest organisation with those initials */
		e = a ? coref_imap_get(&c->acronyms, a) : COREF_NONE;
		return e != COREF_NONE ? e : new_entity(c, name, pos);
	}
	if (nw == 2 && (e = numbered_body(c, name)) != COREF_NONE)
		return e;
	if (ev->kind != COREF_PERSON && ev->kind != COREF_UNKNOWN)
		return new_entity(c, name, pos);
	/* "Huang Renxun" after "Huang": a person named before by its first or last word (not
	 * "the Apple Vision Pro" after "Apple": a name after "the" that begins with the one named
	 * before is a thing's, maybe its product; "the Bernie Sanders campaign" after "Sanders"
	 * still names him) */
	FOR_WORDS(c, name, x)
	{
		if (first.end == 0)
			first = x;
		before = last;
		last = x;
	}
	for (int k = after_the(c, name.start) ? 1 : 0; k < 2; k++) {
		e = coref_map_get(c, &c->names, k ? last : first);
		/* not a word only ever seen opening a sentence ("People ...") for a title ("The
		 * Right People") */
		if (e != COREF_NONE && c->ex[e].nwords == 1 &&
		    (c->ents[e].kind == COREF_PERSON || c->ents[e].kind == COREF_UNKNOWN) &&
		    !(!c->ex[e].strong && titled(c, name.start)) && !named_other_sex(c, e, ev))
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
	/* "Bill de Blasio" after "De Blasio" (a headline): a fuller name that ends with the
	 * particle and the last name a person was named by */
	if (nw >= 3 &&
	    (coref_lex(c->text + before.start, before.end - before.start, NULL) & LEX_PARTICLE)) {
		e = coref_map_get(c, &c->names, (struct span){before.start, last.end});
		if (e != COREF_NONE && c->ex[e].nwords == 2 &&
		    (c->ents[e].kind == COREF_PERSON || c->ents[e].kind == COREF_UNKNOWN))
			return e;
	}
	return new_entity(c, name, pos);
}

/* Appends the mention [name.start, name.end) of entity e in the sentence st. */
void coref_push_mention(struct coref *c, const struct sent *st, struct span name, size_t e,
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

	if (s >= e || !text_is_ascii_upper(c->text[s]))
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
bool coref_company_form_near(const struct coref *c, const struct sent *st, size_t a, size_t b)
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
		if (!text_is_ascii_lower(c->text[s]) ||
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
	if (first.end - first.start >= 3 && text_is_ascii_upper(c->text[first.start]) &&
	    first.end < name.end &&
	    !coref_lex(c->text + first.start, first.end - first.start, NULL)) {
		coref_map_put(c, &c->firsts, first, e);
		/* "Shipping firm Nordvik posts loss" then "Nordvik Shipping ASA reported": the
		 * word read before as a name of no known kind is the business's */
		size_t u = coref_map_get(c, &c->names, first);
		if (u != COREF_NONE && u != e && c->ents[u].kind == COREF_UNKNOWN &&
		    c->ents[e].kind == COREF_ORG) {
			c->ents[u].kind = COREF_ORG;
			c->ents[u].org = c->ents[e].org;
		}
	}
}

/* True when the entity e is a place whose name ends in a word for a water or a land that is
 * called by its first word alone ("the Sable River" then "the Sable", "the Gobi Desert"): that
 * word later is the place, no organisation of its own. Not "Trump Tower", "Hudson Street": a
 * building's or a street's first word is more often a person's name. */
static bool place_key_last(const struct coref *c, size_t e)
{
	struct span first, last;

	if (c->ents[e].kind != COREF_PLACE)
		return false;
	name_ends(c, e, &first, &last);
	return last.end > first.end &&
	       text_word_in("canal desert gulf ocean peninsula river sea strait",
			    c->text + last.start, last.end - last.start);
}

/* True when the name s has no lowercase letter: a transcript's label ("JAKE TAPPER"). */
static bool in_capitals(const struct coref *c, struct span s)
{
	for (size_t i = s.start; i < s.end; i++)
		if (text_is_ascii_lower(c->text[i]))
			return false;
	return true;
}

/* The words of the person e's name but its particles ("de", "bin"), with their hashes: read
 * once for each name the person has (a person named a thousand times is keyed once). */
static const struct name_key *name_keys(struct coref *c, size_t e, size_t *n)
{
	struct ent_x *x = &c->ex[e];
	struct span name = c->ents[e].name;

	if (x->keyed.start != name.start || x->keyed.end != name.end) {
		x->keyed = name;
		x->key0 = c->nkeys;
		x->nkey = 0;
		FOR_WORDS(c, name, w)
		{
			if (coref_lex(c->text + w.start, w.end - w.start, NULL) & LEX_PARTICLE)
				continue;
			c->keys = xgrow(c->keys, &c->capkeys, c->nkeys + 1, sizeof(*c->keys));
			c->keys[c->nkeys++] = (struct name_key){w, coref_name_hash(c, w)};
			x->nkey++;
		}
	}
	*n = x->nkey;
	return c->keys + x->key0;
}

/* True when the word w is the last (last) or the first (!last) of the person e's name of two
 * words or more. */
static bool end_of(const struct coref *c, size_t e, struct span w, bool last)
{
	struct span x0, x1;

	if (c->ex[e].nwords < 2)
		return false;
	name_ends(c, e, &x0, &x1);
	return coref_name_eq(c, last ? x1 : x0, w);
}

/* For the place e named `name`, two words of which the first is a given name ("Lena Park"): its
 * second word maps to it, unless that word names something already. */
static void put_given_surname(struct coref *c, struct span name, size_t e)
{
	struct span first = {0, 0}, last = {0, 0};

	FOR_WORDS(c, name, x)
	{
		if (first.end == 0)
			first = x;
		last = x;
	}
	if (!(coref_lex(c->text + first.start, first.end - first.start, NULL) & LEX_FIRST) ||
	    coref_map_get(c, &c->words, last) != COREF_NONE ||
	    coref_map_get(c, &c->names, last) != COREF_NONE)
		return;
	coref_map_put(c, &c->words, last, e);
}

/* True when `full`, a name read in a headline, is `name` after one word no lexicon knows (no
 * given name, title or place): "Derelict Obama" over "Obama", an adjective of the headline,
 * no word of his name ("Hillary Clinton" stays over "Clinton"). */
static bool headline_adjective(const struct coref *c, struct span full, struct span name)
{
	size_t sp = full.start;

	while (sp < full.end && c->text[sp] != ' ')
		sp++;
	if (sp >= full.end || count_words(c, full) != count_words(c, name) + 1 ||
	    coref_lex(c->text + full.start, sp - full.start, NULL))
		return false;
	return coref_name_eq(c, (struct span){sp + 1, full.end}, name);
}

/* True when the text [a, b) has at least `least` words and seven in ten of them or more start
 * with a capital: a headline, where capitals tell nothing of names. */
static bool title_case(const struct coref *c, size_t a, size_t b, size_t least)
{
	size_t words = 0, caps = 0;

	for (size_t i = a; i < b; i++)
		if (i == a || c->text[i - 1] == ' ') {
			words++;
			caps += text_is_ascii_upper(c->text[i]);
		}
	return words >= least && caps * 10 >= words * 7;
}

/* True when the sentence of st, the first of the text, is a line of its own above more lines
 * of its paragraph, in title case ("Derelict Obama and Clinton; \nTrump will ..."): a
 * headline over its subhead, where a capital tells nothing. */
static bool headline_line(const struct coref *c, const struct sent *st)
{
	const struct doc_sentence *s;
	size_t e;

	if (st->para != 0 || st->index != 0)
		return false;
	s = doc_sentence(c->d, st->index);
	for (e = s->span.end; e < c->len && c->text[e] == ' ';)
		e++;
	if (e >= c->len || c->text[e] != '\n')
		return false;
	return title_case(c, s->span.start, s->span.end, 3);
}

/* Records a mention of `name` at [name.start, name.end) with the evidence of its run. */
size_t coref_add_mention(struct coref *c, const struct sent *st, struct span name,
			 const struct evidence *ev, unsigned flags)
{
	bool known;                                      /* this form of the name is in the map */
	bool head = st->heading || headline_line(c, st); /* a headline's words */
	uint64_t h = coref_name_hash(c, name);
	size_t e = find_entity(c, name, h, ev, (flags & MF_WEAK) != 0, &known), nw;
	uint64_t a;
	struct coref_entity *x;

	merge_evidence(c, e, ev);
	x = &c->ents[e];
	x->mentions++;
	if (x->mentions == 1 && x->name.start == name.start)
		c->ex[e].head_name = head;
	if (!(flags & MF_WEAK))
		c->ex[e].strong = true;
	if (flags & (MF_SUBJ | MF_POSS))
		c->ex[e].agent = true;
	if (flags & MF_OWNED)
		c->ex[e].owned = true;
	/* the fullest name wins: "Huang Renxun" over "Huang"; but not one only a headline gave
	 * ("Derelict Obama" gives way to "Obama"), unless the body says it too */
	if (!head && coref_name_eq(c, x->name, name))
		c->ex[e].head_name = false;
	nw = count_words(c, name);
	if (nw > c->ex[e].nwords ||
	    (c->ex[e].head_name && !head && headline_adjective(c, x->name, name))) {
		x->name = name;
		c->ex[e].nwords = nw;
		c->ex[e].initials = initials(c, name);
		c->ex[e].head_name = head;
		c->words_last = COREF_NONE;
	} else if (x->kind == COREF_PERSON && in_capitals(c, x->name) && !in_capitals(c, name) &&
		   coref_name_eq(c, x->name, name)) {
		x->name =
			name; /* "JAKE TAPPER:" labelled a turn; "Jake Tapper" is how he is named */
	}
	if (nw == 1 && x->kind == COREF_PERSON && end_of(c, e, name, false))
		c->ex[e].given_alone = true;
	if (!known)
		coref_map_set(c, &c->names, name, h, e);
	if (!known && x->kind == COREF_ORG && nw >= 2)
		put_short_org(c, name, e);
	if (!known && nw >= 2 &&
	    ((x->kind == COREF_ORG && x->org == COREF_ORG_COMPANY) || place_key_last(c, e)))
		put_first_word(c, name, e);
	if (x->kind == COREF_ORG && c->ex[e].nwords >= 2 && c->ex[e].initials)
		coref_imap_put(&c->acronyms, c->ex[e].initials, e);
	if (x->kind == COREF_ORG && nw >= 2 && (a = bracketed_acronym(c, name)) != 0)
		coref_imap_put(&c->acronyms, a, e);
	/* "Lena Park" (a given name and a place's word, read as a place): its last word alone
	 * ("Park said") is the same name, which may yet speak as a person (coref_source_ok()) */
	if (!known && x->kind == COREF_PLACE && nw == 2)
		put_given_surname(c, name, e);
	if (x->kind == COREF_PERSON && c->ex[e].nwords >= 2 && !(flags & MF_WEAK) &&
	    c->words_last != e) {
		/* "Saddam" after "King Hussein": a person called by one word of his name is named
		 * by that word only, and leaves his other words to another person named by them
		 * since ("Hussein" stays the King's); a fuller name takes them all back */
		bool one = nw == 1;
		size_t nk;
		const struct name_key *k = name_keys(c, e, &nk);
		if (!one)
			c->words_last =
				e; /* its words are in the map already when it was the last */
		for (size_t i = 0; i < nk; i++) {
			size_t o = coref_map_find(c, &c->words, k[i].w, k[i].h);
			bool keep = o != COREF_NONE && o != e && c->ents[o].kind == COREF_PERSON;
			/* "daughter Chelsea Clinton's apartment" in a story that has named Hillary
			 * Clinton three times: the surname the two share stays with the one named
			 * more often, whom "Clinton" alone then means, when the newcomer is an
			 * owner or after a preposition, no subject, and the other is never called
			 * by a given name alone ("Elian" leaves "Gonzalez" to his father) */
			if (!one)
				keep = keep && c->ents[o].mentions >= 2 &&
				       c->ents[o].mentions > x->mentions &&
				       (flags & (MF_POSS | MF_OBL)) && !(flags & MF_SUBJ) &&
				       !c->ex[o].given_alone && end_of(c, o, k[i].w, true);
			if (!keep)
				coref_map_set(c, &c->words, k[i].w, k[i].h, e);
			else if (!one)
				c->words_last =
					COREF_NONE; /* a word left to o: not all in the map */
		}
	}
	coref_push_mention(c, st, name, e, flags);
	return e;
}

/* True when the paragraph reads as a headline the page did not mark: one line of four words or
 * more with no closing stop, seven in ten words or more capitalised ("Firm Launches New Tools
 * for Teams"), where capitals tell nothing of names. */
static bool unmarked_headline(const struct coref *c, const struct doc_para *p)
{
	size_t n = p->span.end - p->span.start;
	char last;

	if (p->nsentences != 1 || n < 8 || n > 200 || memchr(c->text + p->span.start, '\n', n))
		return false;
	last = c->text[p->span.end - 1];
	if (!text_is_ascii_letter(last) && !(last >= '0' && last <= '9'))
		return false;
	return title_case(c, p->span.start, p->span.end, 4);
}

/* True when the paragraph is a short line in capitals only, a section's label ("FULL TEXT.",
 * "ABSTRACT."): a heading, whose words are no person a later "he" means. */
static bool label_line(const struct coref *c, const struct doc_para *p)
{
	if (p->nsentences != 1 || p->span.end - p->span.start > 40)
		return false;
	for (size_t i = p->span.start; i < p->span.end; i++)
		if (text_is_ascii_lower(c->text[i]) || c->text[i] == '\n' || c->text[i] == ':')
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
		while (k + n < b && (text_is_ascii_upper(t[k + n]) ||
				     (t[k + n] >= 'a' && t[k + n] <= 'z') || t[k + n] == '\''))
			n++;
		if (n && n <= 6 && text_word_in(speech, t + k, n))
			return false;
		k += n ? n : 1;
	}
	return true;
}

/* Fills c->mpage (struct coref) once the mentions are all read; none when they are not in the
 * order of their starts (first_at() then searches them all, as it always did). */
static void index_mentions(struct coref *c)
{
	size_t j = 0;

	for (size_t i = 1; i < c->nm; i++)
		if (c->m[i].start < c->m[i - 1].start)
			return;
	c->nmpage = (c->len >> COREF_PAGE_BITS) + 1;
	c->mpage = xmalloc((c->nmpage + 1) * sizeof(*c->mpage));
	for (size_t k = 0; k <= c->nmpage; k++) {
		while (j < c->nm && c->m[j].start < k << COREF_PAGE_BITS)
			j++;
		c->mpage[k] = (uint32_t)j;
	}
}

/* Frees the name maps find_entity() reads (every form of a name, the words of people's names,
 * the first words of businesses' names, organisations' initials) and empties them: once the
 * build is done (coref_build()), or with the rest (coref_free()). */
static void free_name_maps(struct coref *c)
{
	free(c->names.s);
	free(c->words.s);
	free(c->firsts.s);
	free(c->acronyms.k);
	free(c->acronyms.v);
	memset(&c->names, 0, sizeof(c->names));
	memset(&c->words, 0, sizeof(c->words));
	memset(&c->firsts, 0, sizeof(c->firsts));
	memset(&c->acronyms, 0, sizeof(c->acronyms));
}

/* The paragraph's setting for its sentences' tokens: false when its names are not read at all
 * (page furniture, a byline); else where its dateline ends (0: none), whether it opens inside a
 * quotation (*inq) and whether it is a heading (*heading). */
static bool para_setup(const struct coref *c, size_t p, size_t *dl, bool *inq, bool *heading)
{
	const struct doc_para *para = doc_paragraph(c->d, p);

	/* "[Video: President Obama Speech at ...]": no name of his; "Photo: Mary Smith ... She
	 * said" is not Mary Smith (doc_para.furniture); "By Ann Lee ... She said" is not the
	 * writer, whom only "I" names (doc_para.byline, claims_resolve_text()) */
	if (para->furniture || para->byline)
		return false;
	*dl = text_dateline_end(c->text, para->span.start, para->span.end);
	if (*dl <= para->span.start)
		*dl = 0;
	/* so that its opening mark closes what no one says */
	*inq = excerpt_paragraph(c, para);
	*heading = para->heading || unmarked_headline(c, para) || label_line(c, para);
	return true;
}

/* ---- tokens cut ahead on a second thread ----
 *
 * A sentence's tokens depend only on its paragraph (coref_tokenize() reads the text and the
 * lexicon, nothing the build has learnt), so on a large document a second thread cuts them a
 * batch of paragraphs ahead while the build reads names from those cut before: the same tokens,
 * and the same coreference, as one thread cutting each sentence before it reads it. */

size_t coref_split_min = (size_t)1 << 19;

#define AHEAD_BATCHES 4     /* batches cut and not yet read, at most */
#define AHEAD_TOKS    32768 /* tokens a batch holds before it is handed over (whole paragraphs) */

struct batch {
	struct ctok *t;
	size_t n, cap;
	size_t *off; /* each sentence's first token, and n after the last */
	size_t ns, capoff;
};

struct ahead {
	struct coref cut; /* text and lexicon only, with a memo of its own */
	pthread_mutex_t lock;
	pthread_cond_t moved;
	struct batch b[AHEAD_BATCHES];
	size_t made, used; /* batches cut, batches read (used <= made <= used + AHEAD_BATCHES) */
	size_t next;       /* the reader's next sentence in batch used % AHEAD_BATCHES */
	bool done;         /* every batch is cut */
};

static void *ahead_run(void *arg)
{
	struct ahead *a = arg;
	struct sent st = {0};
	size_t np = doc_paragraph_count(a->cut.d);

	for (size_t p = 0; p < np;) {
		struct batch *b;
		pthread_mutex_lock(&a->lock);
		while (a->made - a->used == AHEAD_BATCHES)
			pthread_cond_wait(&a->moved, &a->lock);
		pthread_mutex_unlock(&a->lock);
		/* the batch is the cutter's until `made` counts it */
		b = &a->b[a->made % AHEAD_BATCHES];
		b->n = b->ns = 0;
		for (; p < np && b->n < AHEAD_TOKS; p++) {
			const struct doc_para *para = doc_paragraph(a->cut.d, p);
			size_t dl;
			bool inq;
			if (!para_setup(&a->cut, p, &dl, &inq, &st.heading))
				continue;
			for (size_t i = 0; i < para->nsentences; i++) {
				const struct doc_sentence *s =
					doc_sentence(a->cut.d, para->first_sentence + i);
				coref_tokenize(&a->cut, &st, s->span.start, s->span.end, &inq, dl);
				b->t = xgrow(b->t, &b->cap, b->n + st.n, sizeof(*b->t));
				b->off = xgrow(b->off, &b->capoff, b->ns + 2, sizeof(*b->off));
				if (st.n)
					memcpy(b->t + b->n, st.t, st.n * sizeof(*st.t));
				b->off[b->ns++] = b->n;
				b->n += st.n;
			}
		}
		if (b->off)
			b->off[b->ns] = b->n;
		pthread_mutex_lock(&a->lock);
		a->made++;
		pthread_cond_broadcast(&a->moved);
		pthread_mutex_unlock(&a->lock);
	}
	free(st.t);
	pthread_mutex_lock(&a->lock);
	a->done = true;
	pthread_cond_broadcast(&a->moved);
	pthread_mutex_unlock(&a->lock);
	return NULL;
}

/* Points st at the next sentence's tokens (which the reader may change: they are its own until
 * it asks for the next); false when none is left. */
static bool ahead_next(struct ahead *a, struct sent *st)
{
	for (;;) {
		pthread_mutex_lock(&a->lock);
		while (a->made == a->used && !a->done)
			pthread_cond_wait(&a->moved, &a->lock);
		if (a->made == a->used) {
			pthread_mutex_unlock(&a->lock);
			return false;
		}
		pthread_mutex_unlock(&a->lock);
		struct batch *b = &a->b[a->used % AHEAD_BATCHES];
		if (a->next < b->ns) {
			st->t = b->t + b->off[a->next];
			st->n = b->off[a->next + 1] - b->off[a->next];
			st->cap = st->n;
			a->next++;
			return true;
		}
		/* read to its end: handed back to the cutter */
		pthread_mutex_lock(&a->lock);
		a->used++;
		a->next = 0;
		pthread_cond_broadcast(&a->moved);
		pthread_mutex_unlock(&a->lock);
	}
}

/* Starts cutting c's tokens ahead on a second thread; false (and nothing started) when the
 * document is too small for it or the thread cannot be made. */
static bool ahead_start(struct ahead *a, pthread_t *thread, const struct coref *c)
{
	if (c->len < coref_split_min)
		return false;
	memset(a, 0, sizeof(*a));
	a->cut.d = c->d;
	a->cut.text = c->text;
	a->cut.len = c->len;
	a->cut.memo = xcalloc(1, sizeof(*a->cut.memo));
	pthread_mutex_init(&a->lock, NULL);
	pthread_cond_init(&a->moved, NULL);
	if (pthread_create(thread, NULL, ahead_run, a) == 0)
		return true;
	pthread_cond_destroy(&a->moved);
	pthread_mutex_destroy(&a->lock);
	free(a->cut.memo);
	return false;
}

/* Joins the cutter and frees it, giving the words its memo holds to c's where a slot is empty
 * (the claims engine reads c's after the build). */
static void ahead_end(struct ahead *a, pthread_t thread, struct coref *c)
{
	struct sent st = {0};

	while (ahead_next(a, &st))
		; /* unblocks a cutter still waiting for room */
	pthread_join(thread, NULL);
	for (size_t j = 0; j < (1u << LEX_MEMO_BITS); j++)
		if (!c->memo->slot[j].w.a && !c->memo->slot[j].w.b)
			c->memo->slot[j] = a->cut.memo->slot[j];
	for (size_t k = 0; k < AHEAD_BATCHES; k++) {
		free(a->b[k].t);
		free(a->b[k].off);
	}
	free(a->cut.memo);
	pthread_cond_destroy(&a->moved);
	pthread_mutex_destroy(&a->lock);
}

struct coref *coref_build(const struct doc *d)
{
	struct coref *c = xcalloc(1, sizeof(*c));
	struct sent st = {0};
	size_t np = doc_paragraph_count(d), prev_first = 0;
	struct ctok *own;
	struct ahead a;
	pthread_t thread;
	bool two;

	c->d = d;
	c->text = doc_text(d, &c->len);
	c->words_last = COREF_NONE;
	c->memo = xcalloc(1, sizeof(*c->memo));
	/* mentions hold 32-bit offsets: a text of 4 GB or more is left unresolved */
	if (c->len >= UINT32_MAX - 64)
		np = 0;
	two = np > 0 && ahead_start(&a, &thread, c);
	for (size_t p = 0; p < np; p++) {
		const struct doc_para *para = doc_paragraph(d, p);
		size_t dl;
		bool inq;
		if (!para_setup(c, p, &dl, &inq, &st.heading))
			continue;
		for (size_t i = 0; i < para->nsentences; i++) {
			const struct doc_sentence *s = doc_sentence(d, para->first_sentence + i);
			size_t first = c->nm;
			st.index = para->first_sentence + i;
			st.para = p;
			if (two) {
				if (!ahead_next(&a, &st))
					die("coref: the tokens cut ahead ran out");
			} else {
				coref_tokenize(c, &st, s->span.start, s->span.end, &inq, dl);
			}
			coref_read_sentence(c, &st, prev_first);
			prev_first = first;
		}
	}
	own = two ? NULL : st.t;
	if (two)
		ahead_end(&a, thread, c);
	free(own);
	index_mentions(c);
	c->memo_done = true;
	free(c->keys);
	c->keys = NULL;
	c->nkeys = c->capkeys = 0;
	/* The name maps serve the build only (find_entity): freed before the claims engine reads
	 * the coreference, which a long article holds while it finds its claims. */
	free_name_maps(c);
	return c;
}

void coref_free(struct coref *c)
{
	if (!c)
		return;
	free(c->ents);
	free(c->ex);
	free(c->m);
	free(c->mpage);
	free(c->keys);
	free(c->memo);
	free_name_maps(c);
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
