/* claims_resolve_clause: "he" or "she" that opens a clause joined to the one before it in its
 * sentence ("The senator defended himself; he said ..."), for claims_resolve_text.c: the subject
 * of that clause is whom the pronoun carries on, not a name coref found further back. */
#include "claims_int.h"

#define CLAUSE_BACK 40 /* tokens read back from the pronoun for the clause before it */
/* words for a woman and for a man that do not end in "woman" or "man" (or are those words) */
#define WOMAN_WORDS "woman mother girl wife daughter sister grandmother widow"
#define MAN_WORDS   "man father boy husband son brother grandfather widower"

/* True when the word at k is a form of the reflexive pronoun of "he" (he is true) or "she". */
static bool reflexive(const struct engine *e, size_t k, bool he)
{
	return tok_is(e, k, he ? "himself" : "herself");
}

/* True when the role noun at k says the person is of the other sex than the pronoun: "woman"
 * words for "he", "man" words for "she" ("spokeswoman", "chairman"). */
static bool other_sex(const struct engine *e, size_t k, bool he)
{
	if (word_ends(e, k, "woman") || word_ends(e, k, "women") || tok_among(e, k, WOMAN_WORDS))
		return he;
	return !he &&
	       (word_ends(e, k, "man") || word_ends(e, k, "men") || tok_among(e, k, MAN_WORDS));
}

/* The end of the capitalised name at s before lim (name words, a title's stop among them). */
static size_t name_run(const struct engine *e, size_t s, size_t lim)
{
	size_t k = s;

	while (k < lim && k < s + 5 &&
	       ((e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) &&
		 !(e->t[k].flags & TOKF_INQ) && !(e->t[k].word & (WORD_PRON | WORD_DET))) ||
		(k > s && tok_punct(e, k, '.') && claims_title_before(e, k))))
		k++;
	return k;
}

static bool person_of_sex(const struct engine *e, size_t k, bool he);

/* The subject that opens the clause at s (before lim): "the", at most two lowercase words and a
 * noun of a person's office or work or a word for a man or a woman ("The senator", "the new
 * coach", "the woman"), or a person's
 * name coref knows (capitalised words, a title and its stop among them); a lowercase word that
 * is no preposition after it. Sets [*sa, *sb); false when there is none. */
static bool clause_subject(const struct engine *e, size_t s, size_t lim, size_t *sa, size_t *sb)
{
	size_t k = s;

	if (tok_is(e, s, "the")) {
		for (k = s + 1; k < lim && k <= s + 3; k++) {
			if (e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) ||
			    (e->t[k].word & (WORD_PRON | WORD_DET | WORD_PREP | WORD_VERB)))
				return false;
			if (claims_office_noun(e, k) || person_of_sex(e, k, true) ||
			    person_of_sex(e, k, false))
				break;
		}
		/* "The ministry defended itself; he said": no body is "he" or "she" */
		if (k >= lim || k > s + 3 ||
		    !(claims_office_noun(e, k) || person_of_sex(e, k, true) ||
		      person_of_sex(e, k, false)) ||
		    coref_org_noun(e->text + e->t[k].start, e->t[k].end - e->t[k].start))
			return false;
		k++;
	} else {
		k = name_run(e, s, lim);
		if (k == s || span_empty(claims_person_named(e, claims_source_span(e, s, k))))
			return false;
	}
	if (k >= lim || e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_CAP) ||
	    (e->t[k].word & WORD_PREP) || word_possessive(e, k - 1))
		return false;
	*sa = s;
	*sb = k;
	return true;
}

/* The claim of the sentence so far whose paraphrase holds the token a after its cue ("said
 * Donald Trump was right when he said"), or NULL. */
static const struct claim *holder(const struct engine *e, size_t a)
{
	for (size_t i = e->sent_first; i < e->nout; i++) {
		const struct claim *h = &e->out[i];
		if (h->kind != CLAIM_DIRECT && !span_empty(h->cue) &&
		    h->cue.end <= h->content.start && h->content.start < e->t[a].start &&
		    e->t[a].end <= h->content.end)
			return &e->out[i];
	}
	return NULL;
}

/* "Flynn said Donald Trump was “absolutely right” when he said ...": "he" or "she" opening an
 * adverbial clause inside a paraphrase whose own subject, at the paraphrase's start, is a
 * person named or described there, of the pronoun's sex, with no comma, semicolon or other person
 * between: that subject, not the speaker of the paraphrase ("said the email issue came up in
 * October, when he told Clinton" stays the speaker's). An empty span when that is not so. */
static struct span content_subject(const struct engine *e, size_t a, bool he)
{
	struct span none = {0, 0}, d;
	const struct claim *h;
	size_t s, sa, sb, id;

	if (!tok_adverbial_subordinator(e, a - 1, true) || !(h = holder(e, a)))
		return none;
	s = claims_tok_at(e, h->content.start);
	if (s >= a - 1 || e->t[s].start != h->content.start ||
	    !clause_subject(e, s, a - 1, &sa, &sb) || other_sex(e, sb - 1, he))
		return none;
	for (size_t k = sb; k + 1 < a; k++)
		if (!(e->t[k].flags & TOKF_INQ) && (tok_punct(e, k, ',') || tok_punct(e, k, ';')))
			return none;
	if (coref_person_named(e->co, e->t[sb - 1].end, e->t[a - 1].start))
		return none;
	d = claims_source_span(e, sa, sb);
	id = coref_resolve(e->co, d);
	if (id != COREF_NONE && coref_entity(e->co, id)->gender == (he ? COREF_FEMALE : COREF_MALE))
		return none; /* "said Hillary Clinton was right when he said" */
	return d;
}

struct span claims_clause_subject(const struct engine *e, size_t a, bool *unsure)
{
	struct span none = {0, 0}, d;
	size_t j, s, sa, sb, sent = e->t[a].sent;
	bool he = tok_is(e, a, "he"), bound = false;

	*unsure = false;
	if (a < 3 || (e->t[a].flags & TOKF_INQ) || !tok_among(e, a, "he she"))
		return none;
	d = content_subject(e, a, he);
	if (!span_empty(d))
		return d;
	/* "...; he said", "..., and he said" */
	if (tok_punct(e, a - 1, ';'))
		j = a - 1;
	else if (tok_is(e, a - 1, "and") && tok_punct(e, a - 2, ','))
		j = a - 2;
	else
		return none;
	/* the clause before: from the sentence's start or the semicolon before */
	for (s = j; s > 0 && e->t[s - 1].sent == sent && !tok_punct(e, s - 1, ';'); s--)
		if (j - s >= CLAUSE_BACK || e->t[s - 1].kind == TOK_QOPEN ||
		    e->t[s - 1].kind == TOK_QCLOSE)
			return none;
	/* "On Monday, the senator ...": after an opening phrase up to a comma */
	if (!clause_subject(e, s, j, &sa, &sb)) {
		size_t c = s;
		while (c < j && c < s + 6 && !tok_punct(e, c, ','))
			c++;
		if (c + 1 >= j || !tok_punct(e, c, ',') || !clause_subject(e, c + 1, j, &sa, &sb))
			return none;
	}
	if (other_sex(e, sb - 1, he))
		return none;
	for (size_t k = sb; k < j; k++) {
		if (reflexive(e, k, !he))
			return none; /* "herself; he said": someone else */
		bound = bound || reflexive(e, k, he);
	}
	/* "The senator attacked Mr. Lund; he said": either of them, unless a reflexive binds the
	 * clause to its subject; not a woman named for "he" ("Rubio said the extremist is Hillary
	 * Clinton, and he railed") nor a man for "she" */
	if (!bound && coref_person_of_named(e->co, e->t[sb - 1].end, e->t[j].start,
					    he ? COREF_MALE : COREF_FEMALE)) {
		*unsure = true;
		return none;
	}
	return claims_source_span(e, sa, sb);
}

/* True when the lowercase word at k heads a description of one person that "he" (he true) or
 * "she" may take up: a woman or a man by the word ("woman", "spokeswoman", "mother", "man"),
 * or a person by work or place whose word says no sex ("resident", "lawyer", "aide"). */
static bool person_of_sex(const struct engine *e, size_t k, bool he)
{
	if (e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)))
		return false;
	if (word_ends(e, k, "woman") || tok_among(e, k, WOMAN_WORDS))
		return !he;
	if (word_ends(e, k, "man") || tok_among(e, k, MAN_WORDS))
		return he;
	return (e->t[k].word & WORD_ROLE) || claims_person_noun(e, k);
}

/* The end of an indefinite description of one person (person_of_sex()) that opens the sentence
 * at s before lim as its subject: capitalised "A" or "An", at most four words that are no verb,
 * preposition, pronoun or determiner ("29-year-old", "Berlin"), the head, then a comma or the
 * verb. 0 when there is none. */
static size_t indefinite_person(const struct engine *e, size_t s, size_t lim, bool he)
{
	if (!tok_among(e, s, "a an") || !(e->t[s].flags & TOKF_CAP) || (e->t[s].flags & TOKF_INQ))
		return 0;
	for (size_t k = s + 1; k + 1 < lim && k <= s + 5; k++) {
		const struct tok *t = &e->t[k], *n = &e->t[k + 1];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || t->cue ||
		    (t->word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_PRON | WORD_DET |
				WORD_CONJ | WORD_REL | WORD_SUBORD)))
			return 0;
		if (person_of_sex(e, k, he) &&
		    (tok_punct(e, k + 1, ',') ||
		     (n->kind == TOK_WORD && !(n->flags & (TOKF_CAP | TOKF_INQ)) &&
		      ((n->word & (WORD_VERB | WORD_AUX)) || word_ends(e, k + 1, "ed") ||
		       tok_in(e, k + 1, TOKL_PAST | TOKL_BE) ||
		       ((n->cue & CUE_VERB) && claims_cue_verb(e, k + 1))))))
			return k + 1;
	}
	return 0;
}

struct span claims_description_before(const struct engine *e, size_t a)
{
	struct span none = {0, 0};
	size_t s0 = a, s1, end, sent = e->t[a].sent;

	if (a == 0 || (e->t[a].flags & TOKF_INQ) || !tok_among(e, a, "he she"))
		return none;
	/* the pronoun's sentence: nothing before it but a quotation it tags */
	while (s0 > 0 && e->t[s0 - 1].sent == sent && a - s0 < CLAUSE_BACK) {
		const struct tok *t = &e->t[s0 - 1];
		if (!(t->flags & TOKF_INQ) && t->kind != TOK_QOPEN && t->kind != TOK_QCLOSE)
			return none;
		s0--;
	}
	if (s0 == 0 || e->t[s0 - 1].sent == sent || e->t[s0 - 1].sent + 1 != sent)
		return none;
	for (s1 = s0 - 1; s1 > 0 && e->t[s1 - 1].sent == e->t[s0 - 1].sent; s1--)
		if (s0 - s1 > 2 * CLAUSE_BACK)
			return none;
	if ((end = indefinite_person(e, s1, s0, tok_is(e, a, "he"))) == 0 ||
	    coref_person_named(e->co, e->t[end - 1].end, e->t[a].start))
		return none;
	return (struct span){e->t[s1].start, e->t[end - 1].end};
}

/* True when the lowercase word at k is a plural noun for people who act as a group
 * (CLAIMS_GROUP_NOUNS, a role's, or "-ists", "-ians": "columnists", "historians"); not "-ers"
 * nor "-ors" alone, which "numbers" and "factors" end in too. */
static bool people_plural(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_DIGIT)) || (t->word & WORD_PRON) ||
	    tok_among(e, k, "his its"))
		return false;
	if (text_word_in(CLAIMS_GROUP_NOUNS, e->text + t->start, t->end - t->start))
		return true;
	return word_ends(e, k, "s") &&
	       ((t->word & (WORD_ROLE | WORD_PERSON)) ||
		(t->end - t->start >= 7 && (word_ends(e, k, "ists") || word_ends(e, k, "ians"))));
}

/* True when the capitalised word at k names a plural group coref knows ("Democrats"). */
static bool group_name(const struct engine *e, size_t k)
{
	if (e->t[k].kind != TOK_WORD || !(e->t[k].flags & TOKF_CAP) || !word_ends(e, k, "s"))
		return false;
	size_t id = coref_resolve(e->co, (struct span){e->t[k].start, e->t[k].end});
	return id != COREF_NONE && coref_entity(e->co, id)->kind == COREF_GROUP;
}

/* The end of a plural group that opens a clause at s before lim: "the", "these" or none, at
 * most three words that are no verb, preposition, pronoun, determiner, possessive or "-ing"
 * ("Disconsolate Republican"), a people_plural() noun ("operatives" is none) or a
 * group_name(), no "and" after it ("his aides and those in attendance"); 0 when none. */
static size_t plural_group(const struct engine *e, size_t s, size_t lim)
{
	size_t k = s + (tok_among(e, s, "the these") ? 1 : 0);

	for (size_t m = k; m < lim && m <= k + 3; m++) {
		if (e->t[m].kind != TOK_WORD || (e->t[m].flags & TOKF_INQ))
			return 0;
		if (people_plural(e, m) || group_name(e, m))
			return tok_among(e, m + 1, "and or") ? 0 : m + 1;
		/* "his advisers": whose, as earlier_group() names them; "That's leaving" */
		if ((e->t[m].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_PRON | WORD_DET |
				     WORD_CONJ | WORD_REL | WORD_SUBORD)) ||
		    tok_among(e, m, "his her its their our my your that this there it what") ||
		    word_ends(e, m, "ing") || word_possessive(e, m) ||
		    memchr(e->text + e->t[m].start, '\'', e->t[m].end - e->t[m].start))
			return 0;
	}
	return 0;
}

/* The end of two people coref knows joined by "and" that open a clause at s before lim
 * ("Mr. Rubio and Mr. Cruz"); 0 when not so. */
static size_t joined_pair(const struct engine *e, size_t s, size_t lim)
{
	size_t k = name_run(e, s, lim), m;

	if (k == s || k + 1 >= lim || !tok_is(e, k, "and") ||
	    span_empty(claims_person_named(e, claims_source_span(e, s, k))))
		return 0;
	m = name_run(e, k + 1, lim);
	if (m == k + 1 || span_empty(claims_person_named(e, claims_source_span(e, k + 1, m))))
		return 0;
	return m;
}

/* The plural subject (plural_group() or joined_pair()) opening the clause at s before lim,
 * followed by a lowercase word or a comma; the sentence's own start, after a subordinator
 * ("As Ames and Lark toured"), or after an opening phrase up to a comma. */
static struct span plural_subject(const struct engine *e, size_t s, size_t lim)
{
	struct span none = {0, 0};
	size_t starts[3] = {s, s, s}, n = 1, c = s;

	/* "As Ann Ames and ...": never "As" in a name */
	if (tok_adverbial_subordinator(e, s, true) || tok_among(e, s, "while though although"))
		starts[0] = s + 1;
	/* an opening phrase of up to six words, or a longer one that a subordinator or a
	 * preposition opens, after a conjunction or not ("As the dispute grew at home in recent
	 * months, officials said", "According to the book and the film, the guards said") */
	size_t o = s + (e->t[s].word & WORD_CONJ ? 1 : 0), far = s + 6;
	if (o < lim && (tok_adverbial_subordinator(e, o, true) || (e->t[o].word & WORD_PREP)))
		far = s + 16;
	while (c < lim && c < far && !tok_punct(e, c, ','))
		c++;
	if (c < lim && tok_punct(e, c, ','))
		starts[n++] = c + 1;
	for (size_t i = 0; i < n; i++) {
		size_t b = plural_group(e, starts[i], lim);
		if (!b)
			b = joined_pair(e, starts[i], lim);
		if (b && b < lim &&
		    (tok_punct(e, b, ',') ||
		     (e->t[b].kind == TOK_WORD && !(e->t[b].flags & (TOKF_CAP | TOKF_INQ)))))
			return claims_source_span(e, starts[i], b);
	}
	return none;
}

/* True when a plural noun for people, a group's name or "and" between two capitalised words
 * stands in [from, to): another group "they" may mean. */
static bool other_group(const struct engine *e, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++)
		if (people_plural(e, k) || group_name(e, k) ||
		    (tok_is(e, k, "and") && k > from && k + 1 < to &&
		     (e->t[k - 1].flags & TOKF_CAP) && (e->t[k + 1].flags & TOKF_CAP)))
			return true;
	return false;
}

struct span claims_they_subject(const struct engine *e, size_t a)
{
	struct span none = {0, 0}, d;
	size_t s0 = a, s1, sent = e->t[a].sent;

	if ((e->t[a].flags & TOKF_INQ) || !tok_is(e, a, "they"))
		return none;
	while (s0 > 0 && e->t[s0 - 1].sent == sent && a - s0 < CLAUSE_BACK)
		s0--;
	if (s0 > 0 && e->t[s0 - 1].sent == sent)
		return none;
	/* "As Ames and Lark toured the state, they said" */
	d = plural_subject(e, s0, a);
	if (!span_empty(d))
		return other_group(e, claims_tok_at(e, d.end - 1) + 1, a) ? none : d;
	/* "Mexican officials ran polls. The outreach, they said": the sentence before's */
	if (s0 == 0 || a - s0 > 6 || e->t[s0 - 1].sent + 1 != sent)
		return none;
	for (s1 = s0 - 1; s1 > 0 && e->t[s1 - 1].sent == e->t[s0 - 1].sent; s1--)
		if (s0 - s1 > 2 * CLAUSE_BACK)
			return none;
	d = plural_subject(e, s1, s0);
	if (span_empty(d) || other_group(e, claims_tok_at(e, d.end - 1) + 1, a))
		return none;
	return d;
}
