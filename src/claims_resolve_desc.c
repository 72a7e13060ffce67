/* claims_resolve_desc: what a description of an unnamed source carries that names no one, for
 * claims_resolve.c: a relative clause that only says the source asked not to be named ("Committee
 * sources who spoke on the condition of anonymity"), and a source read from the object of a
 * preposition ("after shooting skeet at the Buffalo Shooting Club"). */
#include "claims_int.h"

/* True when the relative clause that opens with "who" at token k and runs to b (the source's
 * end) only says the source would not be named: it holds "anonymity" ("who spoke on the
 * condition of anonymity", "who requested anonymity") or ends in "be named", "be identified"
 * or "be quoted" ("who asked not to be named", "who declined to be identified"); within 12
 * words, no comma and no "and" ("a person who attended and described her remarks on the
 * condition of anonymity" says who the person is), its verb one of asking or speaking. */
bool claims_anonymity_clause(const struct engine *e, size_t k, size_t b)
{
	if (k + 2 >= b || b > k + 13 || !tok_is(e, k, "who") ||
	    !tok_among(e, k + 1,
		       "asked declined demanded did insisted refused requested spoke talked would"))
		return false;
	for (size_t j = k + 1; j < b; j++)
		if (e->t[j].kind != TOK_WORD || tok_among(e, j, "and but or"))
			return false;
	for (size_t j = k + 1; j < b; j++)
		if (tok_is(e, j, "anonymity"))
			return true;
	return tok_is(e, b - 2, "be") && tok_among(e, b - 1, "identified named quoted");
}

/* True when the source [a, b) opens with a lowercase gerund right after a preposition in its
 * sentence ("Men smoking cigars ... after [shooting skeet at the Buffalo Shooting Club in
 * Amherst] said"): the object of the preposition, read as the source because the subject before
 * it was too long; a name inside it (the club) is no speaker, and none is better than it. Not
 * when a comma or a dash comes in it, after which a subject may follow. */
bool claims_gerund_object(const struct engine *e, size_t a, size_t b)
{
	if (a == 0 || b < a + 2 || b > a + 40 || e->t[a].kind != TOK_WORD ||
	    (e->t[a].flags & TOKF_CAP) || e->t[a].cue || !word_ends(e, a, "ing") ||
	    e->t[a - 1].kind != TOK_WORD || !(e->t[a - 1].word & WORD_PREP) ||
	    (e->t[a - 1].cue & CUE_ACCORDING) || e->t[a - 1].sent != e->t[a].sent)
		return false;
	/* "meeting with his National Security Council on Tuesday, Obama": the name after the
	 * comma is the subject the phrase opens for */
	for (size_t k = a + 1; k < b; k++)
		if (tok_punct(e, k, ',') || tok_dash(e, k))
			return false;
	return true;
}
