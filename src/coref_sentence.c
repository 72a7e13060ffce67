/* coref_sentence: reads one sentence (coref_read_sentence): its names (coref_read_name), the
 * roles and subject pronouns it mentions, and the gender a pronoun or a noun tells of a person
 * named near it (learn_gender). */
#include "coref_int.h"

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
	for (a = pos; pos < c->len && text_is_ascii_lower(c->text[pos]); pos++)
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

	if (c->text[b - 1] != 's' || !text_is_ascii_lower(p) || p == 's' || p == 'u' || p == 'i')
		return false;
	while (v < c->len && c->text[v] == ' ')
		v++;
	while (v < c->len && text_is_ascii_lower(c->text[v]))
		v++;
	return !(v > b + 2 && c->text[v - 1] == 's');
}

bool coref_common_opener(const struct coref *c, size_t a, size_t b)
{
	return noun_opener(c, a, b) || plural_opener(c, a, b);
}

/* The bytes of the word that ends at or before pos (spaces skipped back): [*a, returned end);
 * the end is *a when there is none. */
static size_t word_before(const struct coref *c, size_t pos, size_t *a)
{
	while (pos > 0 && c->text[pos - 1] == ' ')
		pos--;
	*a = pos;
	while (*a > 0 && c->text[*a - 1] != ' ' && c->text[*a - 1] != '\n')
		(*a)--;
	return pos;
}

/* True when mention m is a name used as a modifier of a lowercase noun after "a" or "an",
 * maybe after one lowercase word or a number ("a Dover man", "a 40-year-old Fresno woman", "an
 * Exxon engineer"): the town or the firm the person is of, not the person a pronoun is. */
static bool modifier_after_a(const struct coref *c, const struct ment *m)
{
	size_t a, b = word_before(c, m->start, &a), n;

	if (b > a && b - a != 1 && !(b - a == 2 && strncasecmp(c->text + a, "an", 2) == 0)) {
		/* one word before the name: lowercase letters, digits and hyphens only */
		for (size_t k = a; k < b; k++)
			if (!text_is_ascii_lower(c->text[k]) && c->text[k] != '-' &&
			    !(c->text[k] >= '0' && c->text[k] <= '9'))
				return false;
		b = word_before(c, a, &a);
	}
	n = b - a;
	if (!((n == 1 && (c->text[a] | 0x20) == 'a') ||
	      (n == 2 && strncasecmp(c->text + a, "an", 2) == 0)))
		return false;
	if (m->end + 3 >= c->len || c->text[m->end] != ' ' ||
	    !text_is_ascii_lower(c->text[m->end + 1]))
		return false;
	return !verb_after(c, m->end);
}

/* True when mention m is a name after "from" that follows a lowercase noun of a person ("a man
 * from Dover", "a retired teacher from Leeds", "a lawyer from Ohio"): where the person comes
 * from, not the person a pronoun is ("a letter from Ann Lee" may be hers). */
static bool origin_after_from(const struct coref *c, const struct ment *m)
{
	size_t a, b = word_before(c, m->start, &a), na, nb;
	unsigned lex;

	if (b - a != 4 || strncmp(c->text + a, "from", 4) != 0)
		return false;
	nb = word_before(c, a, &na);
	if (nb <= na || !text_is_ascii_lower(c->text[na]))
		return false;
	lex = coref_lex(c->text + na, nb - na, NULL);
	return (lex & (LEX_ROLE | LEX_KIN)) ||
	       text_word_in("boy boys couple family girl girls man men mother father native person "
			    "people resident residents student students teenager woman women",
			    c->text + na, nb - na);
}

/* True when mention m is a name after "at", "for" or "with" (and maybe "the") that follows a
 * lowercase noun of a person's role after "a" or "an" ("an analyst at Berenberg", "a
 * spokeswoman for the Cook Political Report"): whom the person works for, not the person a
 * pronoun is. */
static bool employer_after_role(const struct coref *c, const struct ment *m)
{
	size_t a, b = word_before(c, m->start, &a), na, nb;

	if (b - a == 3 && strncasecmp(c->text + a, "the", 3) == 0)
		b = word_before(c, a, &a);
	if (!((b - a == 2 && strncmp(c->text + a, "at", 2) == 0) ||
	      (b - a == 3 && strncmp(c->text + a, "for", 3) == 0) ||
	      (b - a == 4 && strncmp(c->text + a, "with", 4) == 0)))
		return false;
	nb = word_before(c, a, &na);
	if (nb <= na || !text_is_ascii_lower(c->text[na]) ||
	    (coref_lex(c->text + na, nb - na, NULL) & (LEX_ROLE | LEX_KIN)) != LEX_ROLE)
		return false;
	b = word_before(c, na, &a);
	return (b - a == 1 && (c->text[a] | 0x20) == 'a') ||
	       (b - a == 2 && strncasecmp(c->text + a, "an", 2) == 0);
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
	bool mod_only = false; /* who is named only as a modifier ("a Dover man") */

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
		      !coref_person_word(c, (struct span){m->start, m->end}))))
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
				mod_only = false;
				continue;
			}
			return;
		}
		if (poss_only) {
			poss = m->ent;
			continue;
		}
		mod_only = (who == COREF_NONE || mod_only) &&
			   (modifier_after_a(c, m) || origin_after_from(c, m) ||
			    employer_after_role(c, m));
		who = m->ent;
		subject = subject || (m->sent == st->index && (m->flags & MF_SUBJ));
	}
	/* "A Dover man was fined. ... she wrote": a name read only as a modifier of a noun after
	 * "a", or after "from" that follows one ("a man from Dover"), is the person's town or
	 * firm, no one "she" is; so is the firm of "an analyst at Berenberg" */
	if (who == COREF_NONE || mod_only)
		return;
	/* "Hicks said ... On Facebook, she wrote": a name of unknown kind is no person when one
	 * of that sex was named just before */
	if (c->ents[who].kind == COREF_UNKNOWN && known_person_near(c, st, from, g) && !subject)
		return;
	/* "The Red Cross said ... Her daughter said": no person's name, no woman */
	if (c->ents[who].gender == COREF_GENDER_UNKNOWN && coref_the_named(c, who))
		return;
	if (c->ents[who].gender == COREF_GENDER_UNKNOWN)
		c->ents[who].gender = g;
	if (c->ents[who].gender == g) {
		c->ents[who].kind = COREF_PERSON;
		c->ex[who].strong = true; /* a name after all: a pronoun refers to it */
	}
}

/* True for he, him, his, she, her (any case): the pronouns of two or three letters that the
 * lexicon gives a sex, written out, as most words of that length are none of them and need no
 * lookup. */
static bool he_or_she(const struct coref *c, struct ctok *t)
{
	/* the words first: most tokens are none of them, and their lexicon is looked up only
	 * when asked; then the class, which the family name "He" has not (surnames() in
	 * coref_tokens.c) */
	return (tok_is(c, t, "he") || tok_is(c, t, "him") || tok_is(c, t, "his") ||
		tok_is(c, t, "she") || tok_is(c, t, "her")) &&
	       (tok_lex(c, t) & LEX_PRON);
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

/* True when token i opens a speech tag set off by commas inside its sentence ("The difference
 * now, he told me, is that ..."): the pronoun is who speaks, as a sentence's subject is. */
static bool aside_tag(const struct coref *c, const struct sent *st, size_t i)
{
	static const char *const verbs[] = {"said", "says", "told", "added", "explained"};

	if (i == 0 || i + 1 >= st->n || !tok_ch(c, &st->t[i - 1], ',') || (st->t[i].flags & TF_INQ))
		return false;
	for (size_t k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
		if (tok_is(c, &st->t[i + 1], verbs[k]))
			return true;
	return false;
}

/* "He said he could not confirm a link to Osama Bin Laden. ... \"Hundreds were interviewed,\" he
 * said": a "he" or "she" outside quotations that is its sentence's subject is a mention of the
 * person it refers to, so that the next pronoun finds the one the text goes on about before a
 * name in an object. */
static void read_subject_pronoun(struct coref *c, struct sent *st, size_t i)
{
	struct ctok *t = &st->t[i];
	size_t e;

	if (!(i == st->subj || quote_tag(st, i) || aside_tag(c, st, i)) ||
	    !(tok_is(c, t, "he") || tok_is(c, t, "she")))
		return;
	e = coref_resolve(c, (struct span){t->start, t->end});
	/* "McLenney said ... . “...,” she said": a surname of unknown kind that the pronoun takes
	 * up is a person's, of the pronoun's sex, for the pronouns after it ("She continued") */
	if (e != COREF_NONE && c->ents[e].kind == COREF_UNKNOWN &&
	    c->ents[e].gender == COREF_GENDER_UNKNOWN) {
		c->ents[e].kind = COREF_PERSON;
		c->ents[e].gender = (tok_lex(c, t) & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
		c->ex[e].strong = true;
	}
	if (e == COREF_NONE || c->ents[e].kind != COREF_PERSON)
		return;
	coref_push_mention(c, st, (struct span){t->start, t->end}, e, MF_SUBJ);
}

void coref_read_sentence(struct coref *c, struct sent *st, size_t prev_first)
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
		/* a name opens with a capital: a name word, a title or page furniture */
		if ((t->flags & TF_CAP) &&
		    (coref_name_word(c, st, i) || (tok_lex(c, t) & LEX_TITLE) ||
		     coref_furniture_opens_name(c, st, i))) {
			i = coref_read_name(c, st, i);
			continue;
		}
		if (tok_is(c, t, "the") && !(t->flags & TF_INQ))
			read_role(c, st, i);
		i++;
	}
}
