/* claims_content_comment: the writer's comment set after a claim's content, a noun phrase that
 * names what was said or done as such ("... was not classified - a point that intelligence
 * officials have disputed", "... superdelegate system — a move that would dilute their power",
 * "... on Wednesday morning, a clear message about the intensity he is bringing"): the content
 * ends before its comma or dash (claims_clause_limit asks claims_comment_noun). */
#include "claims_int.h"

/* Nouns that name a statement or an act as such, the head of the writer's comment on it. */
static const char comment_nouns[] =
	"acknowledgment allegation argument assertion blow boost charge claim contrast departure "
	"dig echo fact indication jab message milestone move nod point reason reference reminder "
	"reversal sentiment setback sign signal step swipe victory";

/* True when another dash stands in the sentence of the dash at k, one that pairs with it to set
 * an aside inside the sentence ("the candidate - who has chafed at the changes - has decided
 * ..."), looked for over at most 80 tokens each way. */
static bool dash_paired(const struct engine *e, size_t k)
{
	size_t sent = e->t[k].sent;

	for (size_t j = k + 1; j < e->nt && j < k + 80 && e->t[j].sent == sent; j++)
		if (tok_dash(e, j) && !(e->t[j].flags & TOKF_INQ))
			return true;
	return claims_dash_before(e, 0, k, 80) != SIZE_MAX;
}

/* The token after the head of the comment that opens at i: a determiner ("a", "an", "another",
 * "the"), at most two words in lower case that are no verb, preposition, pronoun or relative
 * word ("a key", "an apparent"), then one of comment_nouns, or "time" after "first", "last" or
 * "only" ("the first time it has weighed in"); SIZE_MAX when there is none. */
static size_t comment_head_end(const struct engine *e, size_t i, size_t lim)
{
	if (i + 1 >= lim || !tok_among(e, i, "a an another the"))
		return SIZE_MAX;
	for (size_t j = i + 1; j < lim && j < i + 4; j++) {
		const struct tok *t = &e->t[j];
		if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)))
			return SIZE_MAX;
		if (tok_among(e, j, comment_nouns) ||
		    (tok_is(e, j, "time") && tok_among(e, j - 1, "first last only")))
			return j + 1;
		if ((t->word &
		     (WORD_VERB | WORD_AUX | WORD_CONJ | WORD_PREP | WORD_PRON | WORD_REL)) ||
		    t->cue)
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

bool claims_comment_noun(const struct engine *e, size_t k, size_t lim)
{
	size_t n;

	if (k + 2 >= lim || (e->t[k].flags & TOKF_INQ) || (e->t[k + 1].flags & TOKF_INQ))
		return false;
	if (!tok_punct(e, k, ',') && !(tok_dash(e, k) && !dash_paired(e, k)))
		return false;
	n = comment_head_end(e, k + 1, lim);
	if (n == SIZE_MAX)
		return false;
	/* the comment goes on with a relative clause, a participle or a phrase ("a move that
	 * would", "a fact later confirmed", "the first time it has", "a message about the
	 * intensity he is bringing"), or the sentence ends. "And" or a comma after the noun make it
	 * an item of a list (", a criminal charge and a TV-ready illustration"), a verb before any of
	 * those the subject of a main clause (", the point is that ...", ", the threat to their
	 * lives has gone up") */
	if (n < lim && e->t[n].sent == e->t[k].sent &&
	    (tok_punct(e, n, ',') || tok_among(e, n, "and but or")))
		return false;
	for (size_t j = n; j < lim && j < n + 30 && e->t[j].sent == e->t[k].sent; j++) {
		const struct tok *t = &e->t[j];
		if (t->flags & TOKF_INQ)
			return false;
		if (t->kind != TOK_WORD)
			return !tok_dash(e, j);
		if (tok_among(e, j, "he i it she that they we what which who whom whose") ||
		    (!(t->word & (WORD_VERB | WORD_AUX)) &&
		     (word_ends(e, j, "ed") || word_ends(e, j, "ing"))))
			return true;
		if ((t->word & (WORD_VERB | WORD_AUX)) || tok_modal(e, j))
			return false;
	}
	return true;
}
