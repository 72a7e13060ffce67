/* claims_aside: what the writer sets inside a claim's sentence: a speech tag between commas ("Y,
 * she said, Z"), whether the sentence goes on after it with the speaker's words and whether it
 * goes on with words of the writer's that a run-on over the next quotation would take in; and a
 * tag question after the content ("..., didn't she?"), which no one said. */
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
	       tok_among(e, last, "days decades hours minutes months weeks years") &&
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

size_t claims_aside_span_start(const struct engine *e, size_t cs, size_t cb)
{
	size_t p = claims_tok_at(e, cs);

	if (cb < 3 || cb - 2 <= p || !ends_with_span(e, cb - 1) || !tok_punct(e, cb - 3, ',') ||
	    (e->t[cb - 3].flags & TOKF_INQ))
		return cs;
	return e->t[cb - 2].start;
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

/* True when the word at k is an auxiliary that may open a tag question: "didn't", "isn’t",
 * "won't" or, after a negative clause, "did", "is", "will" ("She never came, did she?"). */
static bool tag_auxiliary(const struct engine *e, size_t k)
{
	static const char *const aux =
		"are can could did do does had has have is may might must shall should was "
		"were will would";
	const char *w = e->text + e->t[k].start;
	size_t n = e->t[k].end - e->t[k].start;

	if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
		return false;
	if (n > 3 && word_ends(e, k, "n't"))
		n -= 3;
	else if (n > 5 && word_ends(e, k, "n\xE2\x80\x99t"))
		n -= 5;
	if (text_word_in(aux, w, n) || text_word_in("ca wo", w, n)) /* "can't", "won't" */
		return true;
	return false;
}

size_t claims_tag_question(const struct engine *e, size_t cs, size_t ce)
{
	size_t k = claims_tok_at(e, cs);

	for (; k + 2 < e->nt && e->t[k + 2].end <= ce; k++) {
		size_t z = k + 3;
		if (!tok_punct(e, k, ',') || e->t[k].start <= cs || (e->t[k].flags & TOKF_INQ) ||
		    !tag_auxiliary(e, k + 1) ||
		    !tok_among(e, k + 2, "he i it she there they we you"))
			continue;
		/* the tag ends the content or the sentence, or a comma closes it */
		if (e->t[k + 2].end == ce || z >= e->nt || e->t[z].sent != e->t[k].sent ||
		    tok_punct(e, z, '?') || tok_punct(e, z, ','))
			return e->t[k].start;
	}
	return ce;
}
