/* claims_antecedent: what a relative pronoun that opens a paraphrase stands for (or the noun a
 * relative clause without its pronoun qualifies, "cities she said had cut budgets"). In "Prime,
 * Amazon's shipping program, which Amazon founder Jeff Bezos said last year had surpassed 100
 * million members" the speaker's words have no subject of their own: "which" is it, and Prime is
 * what "which" refers to. A reader is shown "[Prime] had surpassed 100 million members", as a
 * journalist writes it (claims_render.c); the span is the claim's `antecedent`. Only a noun
 * phrase that plainly is the antecedent is given: one that a determiner or a possessive opens,
 * right before the pronoun, not the object of a preposition nor the second of two joined nouns
 * ("provisions in the new bill that", "Obama and House leaders that": which noun is meant, the
 * words do not say). */
#include "claims_int.h"

/* The most words a noun phrase is read over, one "of" phrase included. */
#define NP_MAX 8

/* Prepositions the lexicon's WORD_PREP does not hold: they end a noun phrase going back ("a
 * push toward centralized control"). */
static const char more_preps[] = "against along amid among around behind below beneath beside "
				 "besides between beyond despite down inside like near off onto "
				 "outside past toward towards upon via within";

/* True when token k may stand inside a noun phrase before its head ("long-term business deals",
 * "Amazon's $119-a-year shipping program"): a word of no function class, or "$" before a
 * number. */
static bool np_word(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind == TOK_PUNCT)
		return t->end == t->start + 1 && e->text[t->start] == '$' && k + 1 < e->nt &&
		       (e->t[k + 1].flags & TOKF_DIGIT);
	return t->kind == TOK_WORD && !(t->flags & TOKF_INQ) &&
	       !(t->word & (WORD_PREP | WORD_SUBORD | WORD_CONJ | WORD_VERB | WORD_AUX | WORD_PRON |
			    WORD_REL | WORD_ADV | WORD_TIME)) &&
	       !tok_modal(e, k) && !tok_among(e, k, "not nor than") && !tok_among(e, k, more_preps);
}

/* True when token k opens a noun phrase: a determiner or a possessive ("the", "these", "his",
 * "Sanders's"). */
static bool np_opener(const struct engine *e, size_t k)
{
	return claims_det_or_possessive(e, k) || tok_among(e, k, "these those");
}

/* The first token of the noun phrase whose head is token h, no further back than lo, *det set
 * when a determiner or a possessive opens it; SIZE_MAX when h is no noun or the phrase runs over
 * NP_MAX words. A name before a
 * possessive goes with it ("Mrs. Clinton's Iraq war vote"); "and" may join two words before the
 * head ("shipping and media-subscription program"), never two nouns each with its own
 * determiner ("the government and an economic system": the phrase is "an economic system"). */
static size_t np_start(const struct engine *e, size_t lo, size_t h, bool *det)
{
	*det = true;
	if (h < lo || h >= e->nt || !np_word(e, h) || word_possessive(e, h) ||
	    e->t[h].kind != TOK_WORD)
		return SIZE_MAX;
	for (size_t k = h, n = 0; k-- > lo && ++n < NP_MAX;) {
		if (np_opener(e, k)) {
			if (!word_possessive(e, k))
				return k;
			/* the name the possessive ends, with its title ("Mrs.") */
			size_t s = k;
			for (size_t j = k; j-- > lo && k - j < 4;) {
				if (e->t[j].kind == TOK_WORD && (e->t[j].flags & TOKF_CAP) &&
				    np_word(e, j))
					s = j;
				else if (tok_is(e, j, ".") && j > lo &&
					 claims_lex_title(e->text + e->t[j - 1].start,
							  e->t[j - 1].end - e->t[j - 1].start))
					continue;
				else if (tok_is(e, j, "the"))
					return j; /* "the company's plan" */
				else
					break;
			}
			return s;
		}
		if (np_word(e, k))
			continue;
		if (!tok_among(e, k, "and or") || k == lo || !np_word(e, k - 1) || k + 1 == h) {
			*det = false;
			return k + 1;
		}
	}
	*det = false;
	return h == lo || h + 1 - lo < NP_MAX ? lo : SIZE_MAX;
}

/* The name of one to four capitalised words that ends at token z (inclusive) and is not the
 * first of its sentence ("Then came Prime, Amazon's program, which": "Prime"), or SIZE_MAX. */
static size_t name_start(const struct engine *e, size_t lo, size_t z)
{
	size_t s = SIZE_MAX;

	for (size_t k = z + 1; k-- > lo && z - k < 4;) {
		if (e->t[k].kind != TOK_WORD || !(e->t[k].flags & TOKF_CAP) || !np_word(e, k) ||
		    word_possessive(e, k))
			break;
		s = k;
	}
	if (s == SIZE_MAX || s == lo || e->t[s - 1].sent != e->t[s].sent)
		return SIZE_MAX;
	return s;
}

/* True when the words from token w may be a noun phrase with no determiner, the object of a
 * verb in "-s" before it ("... disadvantages needy schools", "... hurts small farms"): a word in
 * lower case that does not look like a verb, and another such word after it, where a subject's
 * verb would end the clause ("which he said voters oppose"). */
static bool bare_object(const struct engine *e, size_t w)
{
	for (size_t k = w; k < w + 2; k++)
		if (k >= e->nt || !np_word(e, k) || (e->t[k].flags & TOKF_CAP) ||
		    word_ends(e, k, "ed") || word_ends(e, k, "ing") || word_possessive(e, k))
			return false;
	return true;
}

/* True when the words after the tag, from token v, begin with a verb: the pronoun is the
 * subject of the speaker's words ("... had surpassed", "... was drafted by the firm",
 * "... improved Indiana's economy", "... includes 2.7 million"), not their object ("which he
 * said the Mexican government should pay for", "which they said voters rejected"). A verb the
 * lexicon does not know must end in "ed" or "s" and be followed by what may begin its object. */
static bool verb_follows(const struct engine *e, size_t v)
{
	if (v + 1 >= e->nt || e->t[v].kind != TOK_WORD || (e->t[v].flags & (TOKF_CAP | TOKF_INQ)))
		return false;
	if ((e->t[v].word & (WORD_VERB | WORD_AUX)) || tok_modal(e, v))
		return !tok_among(e, v, "be been being having");
	if (!np_word(e, v) || word_possessive(e, v) ||
	    (!word_ends(e, v, "ed") && !word_ends(e, v, "s")))
		return false;
	size_t w = v + 1;
	return np_opener(e, w) || tok_among(e, w, "all both each many more most much no to") ||
	       (e->t[w].word & WORD_PREP) || (e->t[w].flags & TOKF_DIGIT) ||
	       (e->t[w].kind == TOK_WORD && (e->t[w].flags & TOKF_CAP) && word_possessive(e, w)) ||
	       (!word_ends(e, v, "ed") && bare_object(e, w));
}

/* The antecedent of claim c, whose content opens with the relative pronoun at token r, the
 * speaker right after it; an empty span when there is none to give. */
static struct span antecedent(const struct engine *e, const struct claim *c, size_t r)
{
	struct span none = {0, 0};
	size_t lo = r, h, s, q, v;
	bool det;

	while (lo > 0 && e->t[lo - 1].sent == e->t[r].sent)
		lo--;
	/* the words after the cue and its time ("said last year"): a verb */
	q = claims_tok_at(e, c->cue.end - 1);
	for (v = q + 1; v < e->nt && v < q + 4 && tok_among(e, v, CLAIMS_TAG_TIMES); v++)
		;
	if (q >= e->nt || !verb_follows(e, v) || e->t[v].start >= c->content.end || r == lo)
		return none;
	h = r - 1;
	if (tok_is(e, r, "which") && tok_is(e, h, ",") && h > lo)
		h--;
	else if (tok_is(e, h, ","))
		return none; /* ", that": no relative pronoun */
	if ((s = np_start(e, lo, h, &det)) == SIZE_MAX)
		return none;
	/* "a letter of apology that", "his proposed expansion of child tax credits, which" */
	if (s >= lo + 2 && tok_is(e, s - 1, "of")) {
		bool od;
		size_t o = np_start(e, lo, s - 2, &od);
		if (o != SIZE_MAX && od && h - o < NP_MAX)
			s = o, det = true;
	}
	if (!det)
		return none;
	/* an apposition after a name: the name ("Prime, Amazon's program, which") */
	if (s >= lo + 2 && tok_is(e, s - 1, ",")) {
		size_t n = name_start(e, lo, s - 2);
		if (n != SIZE_MAX &&
		    (n == lo || !(e->t[n - 1].word & WORD_PREP) || tok_is(e, n - 1, "of")))
			return (struct span){e->t[n].start, e->t[s - 2].end};
	}
	if (s > lo && ((e->t[s - 1].word & (WORD_PREP | WORD_CONJ)) || tok_is(e, s - 1, "nor") ||
		       tok_among(e, s - 1, more_preps)))
		return none;
	return (struct span){e->t[s].start, e->t[h].end};
}

/* True when token r, which opens claim c's content with the speaker right after it, is a noun
 * that a relative clause without its pronoun qualifies and the subject of the speaker's words
 * ("named cities she said had cut budgets", "released code he said exploits the flaw"): a
 * lowercase word of no function class, a verb after the cue and its time ("the regret he voiced
 * at the dinner" is what he voiced). The noun is its own antecedent: "[cities] had cut budgets". */
static bool head_noun(const struct engine *e, const struct claim *c, size_t r)
{
	size_t q = claims_tok_at(e, c->cue.end - 1), v;

	if (e->t[r].kind != TOK_WORD || (e->t[r].flags & (TOKF_CAP | TOKF_DIGIT)) || e->t[r].word ||
	    !np_word(e, r) || word_possessive(e, r) || q >= e->nt)
		return false;
	for (v = q + 1; v < e->nt && v < q + 4 && tok_among(e, v, CLAIMS_TAG_TIMES); v++)
		;
	return verb_follows(e, v) && e->t[v].start < c->content.end;
}

void claims_antecedents(struct engine *e, size_t first)
{
	for (size_t i = first; i < e->nout; i++) {
		struct claim *c = &e->out[i];
		size_t r;
		if (c->kind != CLAIM_INDIRECT || span_empty(c->speaker) || span_empty(c->cue) ||
		    c->cue.start < c->speaker.end || c->cue.end >= c->content.end)
			continue;
		r = claims_tok_at(e, c->content.start);
		if (r + 1 >= e->nt || e->t[r].start != c->content.start ||
		    e->t[r + 1].start != c->speaker.start)
			continue;
		if (tok_among(e, r, "that which"))
			c->antecedent = antecedent(e, c, r);
		else if (head_noun(e, c, r))
			c->antecedent = (struct span){e->t[r].start, e->t[r].end};
	}
}
