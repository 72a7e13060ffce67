/* claims_resolve_desc: what a description of an unnamed source carries that names no one, for
 * claims_resolve.c: a relative clause that only says the source asked not to be named ("Committee
 * sources who spoke on the condition of anonymity"), one that gives the name the source goes by
 * ("who gave her name only as Denise"), and a source read from the object of a preposition
 * ("after shooting skeet at the Buffalo Shooting Club"). */
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

/* Where the name begins that the relative clause opening with "who" at token k and running to
 * b (the source's end) gives the source, or SIZE_MAX: the clause says how the source was named
 * ("who gave her name only as Denise", "who identified himself as Joe", "who asked to be
 * identified only by her first name, Maria") and ends in that name, one to three capitalised
 * words after "as", "name" or a comma, "identified" or the source's "name" at most six words
 * before it; within 16 words, no quotation, "and" or "but". */
size_t claims_given_name(const struct engine *e, size_t k, size_t b)
{
	size_t n = b, naming = 0;

	if (k + 3 >= b || b > k + 17 || !tok_is(e, k, "who") || (e->t[k].flags & TOKF_CAP))
		return SIZE_MAX;
	while (n > k + 1 && n + 3 > b && e->t[n - 1].kind == TOK_WORD &&
	       (e->t[n - 1].flags & TOKF_CAP) && !(e->t[n - 1].flags & TOKF_INQ) &&
	       !(e->t[n - 1].word & (WORD_PRON | WORD_DET)))
		n--;
	if (n == b || n <= k + 2 || !(tok_among(e, n - 1, "as name") || tok_punct(e, n - 1, ',')))
		return SIZE_MAX;
	for (size_t j = k + 1; j + 1 < n; j++) {
		if (e->t[j].kind != TOK_WORD && !tok_punct(e, j, ','))
			return SIZE_MAX;
		if (tok_among(e, j, "and but"))
			return SIZE_MAX;
		/* "her name", "his first name"; "identified", "identify" */
		if (tok_among(e, j, "identified identify") ||
		    (tok_is(e, j, "name") && (tok_among(e, j - 1, "his her their") ||
					      tok_among(e, j - 2, "his her their"))))
			naming = j;
	}
	/* the naming word before the name: "by her first name, Maria", "only as Joe" */
	return naming && naming + 6 >= n ? n : SIZE_MAX;
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
