/* claims_agent: a characterisation in the passive whose speaker is the agent after "by" ("was
 * described as “heartbreaking” by the conservation department"). */
#include "claims_int.h"

#define AGENT_MAX 12 /* words of the agent's noun phrase */

/* The auxiliary that makes the participle at c passive ("was", "has been", "is widely", with
 * adverbs between), or c when there is none. */
static size_t passive_before(const struct engine *e, size_t a, size_t c)
{
	size_t k = c;

	while (k > a && k + 4 > c && e->t[k - 1].kind == TOK_WORD &&
	       !(e->t[k - 1].flags & TOKF_CAP) &&
	       ((e->t[k - 1].word & WORD_ADV) || word_ends(e, k - 1, "ly")))
		k--;
	return k > a && tok_be(e, k - 1) ? k - 1 : c;
}

/* The end (exclusive) of the agent's noun phrase that starts at k, before b: up to a comma, a
 * stop, a dash, a quotation or a verb; k when it does not start like one (a determiner, a
 * capitalised word, a plural noun: not "by 2020", "by then", "by far"). */
size_t claims_agent_end(const struct engine *e, size_t k, size_t b)
{
	size_t j = k;

	if (k >= b || e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_DIGIT) ||
	    (e->t[k].word & (WORD_TIME | WORD_PREP | WORD_ADV | WORD_CONJ)) ||
	    tok_among(e, k, "far then now much way"))
		return k;
	if (!(e->t[k].flags & TOKF_CAP) && !(e->t[k].word & WORD_DET) &&
	    !tok_among(e, k, "his her their its our many some several critics") &&
	    !word_ends(e, k, "s"))
		return k;
	while (j < b && j < k + AGENT_MAX && e->t[j].kind == TOK_WORD &&
	       !(e->t[j].word & (WORD_VERB | WORD_REL)) && !(e->t[j].cue & CUE_VERB))
		j++;
	return j < k + AGENT_MAX ? j : k;
}

bool claims_try_agent(struct engine *e, size_t a, size_t b, size_t c)
{
	size_t k, by = SIZE_MAX, s, end, before = e->nout;
	struct frame f;

	if (!tok_among(e, c, "described called") || (e->t[c].flags & TOKF_INQ) || c + 3 >= b ||
	    passive_before(e, a, c) == c)
		return false;
	/* "as" and the characterisation, then "by" and the agent, no verb between */
	s = tok_is(e, c + 1, "as") ? c + 2 : c + 1;
	for (k = s; k < b && k < s + 16; k++) {
		if (tok_is(e, k, "by") && !(e->t[k].flags & TOKF_INQ)) {
			by = k;
			break;
		}
		if ((e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_INQ) &&
		     (e->t[k].word & (WORD_VERB | WORD_REL))) ||
		    (tok_punct(e, k, ',') && !(e->t[k].flags & TOKF_INQ)))
			return false;
	}
	if (by == SIZE_MAX || by == s || (end = claims_agent_end(e, by + 1, b)) == by + 1)
		return false;
	f = (struct frame){.a = a,
			   .b = b,
			   .c = c,
			   .cue = e->t[c].cue,
			   .qa = c,
			   .qb = c + 1,
			   .sa = by + 1,
			   .sb = end,
			   .kind = CLAIM_INDIRECT,
			   .cs = e->t[s].start,
			   .ce = e->t[by - 1].end};
	/* the marks around a quoted word are the quotation's, not the content's edges */
	if (e->t[by - 1].kind == TOK_QCLOSE && e->t[s].kind == TOK_QOPEN &&
	    e->t[by - 1].pair == s && by - 1 > s + 1) {
		f.kind = CLAIM_DIRECT;
		f.cs = e->t[s].end;
		f.ce = e->t[by - 1].start;
	}
	if (claims_frame_junk(e, &f))
		return false;
	claims_emit(e, &f);
	return e->nout > before;
}
