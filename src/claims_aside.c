/* claims_aside: a speech tag set between commas inside the writer's sentence ("Y, she said, Z"):
 * whether the sentence goes on after it with the speaker's words, and whether it goes on with
 * words of the writer's that a run-on over the next quotation would take in. */
#include "claims_int.h"

#define ASIDE_LOOK 40 /* tokens read after a tag for the rest of its sentence */

/* True when the word at k is a number ("21", "two") or a word of quantity before a unit of
 * time ("a few", "several"). */
static bool number_at(const struct engine *e, size_t k)
{
	return (e->t[k].flags & TOKF_DIGIT) ||
	       tok_among(e, k,
			 "a eight eighteen eleven fifteen fifty five forty four fourteen few "
			 "many nine nineteen ninety several seven seventeen seventy six sixteen "
			 "sixty ten thirteen thirty twelve twenty two");
}

/* True when the content before the tag ends with a span of time ("21 months", "two years"),
 * which the "after" or "before" on the tag's other side measures from. */
static bool ends_with_span(const struct engine *e, size_t last)
{
	return last > 0 && e->t[last].kind == TOK_WORD && !(e->t[last].flags & TOKF_INQ) &&
	       tok_among(e, last,
			 "days decades hours minutes months weeks years") &&
	       number_at(e, last - 1);
}

bool claims_aside_goes_on(const struct engine *e, size_t k, size_t b, size_t last)
{
	size_t w = k + 1;

	if (k + 1 >= b || (e->t[k].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !tok_among(e, k, "after before since until"))
		return false;
	if (ends_with_span(e, last))
		return true;
	/* "after privately reporting", "before being shot": a gerund, an adverb before it */
	if (w + 1 < b && word_ends(e, w, "ly") && !(e->t[w].flags & TOKF_CAP))
		w++;
	if (e->t[w].kind == TOK_WORD && word_ends(e, w, "ing") &&
	    !(e->t[w].flags & (TOKF_CAP | TOKF_INQ)) && !e->t[w].cue)
		return true;
	/* "after the company first reported the flaw": a clause of its own */
	return claims_main_clause(e, k + 1, b);
}

bool claims_aside_more(const struct engine *e, size_t r, size_t b)
{
	for (size_t k = r; k < b && k < r + ASIDE_LOOK; k++) {
		if (e->t[k].kind == TOK_QOPEN)
			return false;
		if ((tok_punct(e, k, ',') || tok_punct(e, k, ';')) && k + 1 < b &&
		    e->t[k + 1].kind == TOK_WORD)
			return true;
	}
	return false;
}
