/* claims_content_coord: a second verb of the speaker's own after a claim's content ("has vowed
 * to keep abortion legal and celebrated the ruling", "denies that the crime was a genocide and
 * goes to great lengths", "concluded she had been careless, but did not recommend charges"):
 * the content ends before its "and" or its ", but". */
#include "claims_int.h"

/* The forms a verb may take that a coordinated verb repeats. */
enum form {
	FORM_NONE,
	FORM_PAST,
	FORM_S
};

/* The irregular pasts and the participles that are no past form ("should be taken out and
 * washed": the "-ed" after "and" goes on with them) are the word lists TOKL_PAST and
 * TOKL_PARTICIPLE (claims_lex.c), which the block reader gives each word. */

/* The form of the word at i as a verb: the past or its participle ("-ed", "went", "said", "was",
 * "didn't", "taken"), the present after "he" ("is", "has", "doesn't", "-s" after a letter other
 * than "s", "u" or "i": not "boss", "status", "politics"; some plural nouns pass, so the caller
 * checks more); FORM_NONE for any other word. */
static enum form verb_form(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];
	char last;

	if (t->kind != TOK_WORD || t->end - t->start < 2)
		return FORM_NONE;
	if (word_ends(e, i, "ed") || tok_in(e, i, TOKL_PAST | TOKL_PARTICIPLE) ||
	    tok_among(e, i, "didn't didn’t hadn't hadn’t wasn't wasn’t weren't weren’t"))
		return FORM_PAST;
	if (tok_among(e, i, "doesn't doesn’t hasn't hasn’t isn't isn’t"))
		return FORM_S;
	last = e->text[t->end - 2];
	if (tok_in(e, i, TOKL_PRESENT) ||
	    (e->text[t->end - 1] == 's' && last != 's' && last != 'u' && last != 'i' &&
	     last != '\'' && t->end - t->start > 3))
		return FORM_S;
	return FORM_NONE;
}

bool claims_present_s(const struct engine *e, size_t i)
{
	return verb_form(e, i) == FORM_S;
}

/* True when the word at i is a finite verb or a modal that the lexicon knows ("will", "was",
 * "has", "can't"): the verb of a clause in the content, whose form then shows. */
static bool known_finite(const struct engine *e, size_t i)
{
	return tok_modal(e, i) || tok_in(e, i, TOKL_FINITE) || word_ends(e, i, "n't") ||
	       word_ends(e, i, "n’t");
}

/* True when the verb at v (before lim) goes on with a phrase of its own: an object or a
 * complement ("celebrated the ruling", "considers him", "goes through", "spiked it"), not the
 * end of a list of nouns ("rules and regulations.", "hundreds of leaders"). */
static bool phrase_after(const struct engine *e, size_t v, size_t lim)
{
	const struct tok *n;

	if (v + 1 >= lim)
		return false;
	n = &e->t[v + 1];
	return n->kind == TOK_WORD && !(n->flags & TOKF_INQ) && !tok_is(e, v + 1, "of") &&
	       ((n->word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_ADV)) ||
		tok_among(e, v + 1, "back down it off on out to up"));
}

/* True when the content from p shows what it is before the conjunction: an infinitive ("to
 * keep abortion legal"), a clause whose verb the lexicon knows ("the crime was a genocide"), or
 * a noun phrase after a cue that takes one ("praised Obama's attempt") or a short one after any
 * cue ("mentioned Clinton's remarks and went right back", "claimed self-defense and was
 * acquitted"); a clause whose verb it does not know ("that Clinton misspoke and intended to
 * say") may go on with the second verb. */
static bool content_shown(const struct engine *e, const struct frame *f, size_t p, size_t k,
			  bool finite)
{
	return tok_is(e, p, "to") || finite ||
	       (((f->cue & CUE_NP) || claims_np_short(e, p, k)) && !tok_is(e, p, "that") &&
		!(e->t[p].word & (WORD_SUBORD | WORD_PRON)));
}

/* True when ", but" at k and the verb after it more likely go on with the content's clause from
 * p: the clause before it stops at its auxiliary ("he did not, but was referring to ..."), the
 * auxiliary after it is one the content has used ("the warming had been steady since 1958, but
 * had sped up", "Trump would be firm with Russia, but would deal with it": train 9 contents go
 * on, 2 stop), or the verb is one of planning, wanting or trying ("was not certain ..., but
 * planned to follow it"). */
static bool but_goes_on(const struct engine *e, size_t p, size_t k)
{
	size_t v = k + 1;

	if (tok_is(e, k - 2, "not") || tok_in(e, k - 2, TOKL_FINITE) || tok_modal(e, k - 2))
		return true;
	if (tok_among(e, v, "are can could had has have is was were will would") &&
	    !(e->t[v].flags & TOKF_INQ))
		for (size_t i = p; i + 1 < k && i < p + 60; i++)
			if (claims_same_word(e, i, v) && !(e->t[i].flags & TOKF_INQ))
				return true;
	if ((e->t[v].word & WORD_ADV) && !(e->t[v].flags & TOKF_CAP))
		v++;
	return tok_among(e, v,
			 "hoped intended planned tried wanted hopes intends plans tries wants");
}

size_t claims_cue_and_verb(const struct engine *e, const struct frame *f, size_t p, size_t lim)
{
	enum form cue = verb_form(e, f->c);
	bool same = verb_form(e, p) == cue; /* a word of the cue's form in the content so far */
	bool finite = known_finite(e, p);   /* a known finite verb of another form */

	if (cue == FORM_NONE || (f->cue & CUE_ING) || p <= f->c)
		return lim;
	for (size_t k = p + 1; k + 2 < lim; k++) {
		size_t v = k + 1;
		bool but = tok_is(e, k, "but") && tok_punct(e, k - 1, ',') && k >= p + 3 &&
			   !but_goes_on(e, p, k);
		if ((but || (!same && tok_is(e, k, "and") && !tok_punct(e, k - 1, ','))) &&
		    !(e->t[k].flags & TOKF_INQ) &&
		    content_shown(e, f, p, but ? k - 1 : k, finite)) {
			if ((e->t[v].word & WORD_ADV) && !(e->t[v].flags & TOKF_CAP))
				v++; /* "and then left", "and later celebrated" */
			/* "and has", "and is" more often go on with the content's clause ("notes
			 * that he was the first ... and has the most experience") */
			if (!(e->t[v].flags & (TOKF_CAP | TOKF_INQ)) && verb_form(e, v) == cue &&
			    !(cue == FORM_S && (e->t[v].word & WORD_VERB)) &&
			    ((e->t[v].word & WORD_VERB) || phrase_after(e, v, lim)))
				return but ? k - 1 : k;
		}
		/* any word of the cue's form, in or out of a quotation, and any dash (an aside may
		 * hold the "and"): the verb after "and" may go on with the content ("said the bill
		 * was dead and left"); after ", but" a contrast with the content, not more of it,
		 * is the speaker's more often ("concluded she had been careless, but did not
		 * recommend charges": train 5 contents exact, 0 lost) */
		same = same || verb_form(e, k) == cue || tok_dash(e, k);
		finite = finite || known_finite(e, k);
	}
	return lim;
}
