/* claims_frames_offer: what a speaker "offered" when it is something said ("Trump offered an
 * emotional defense of the city", "Rubio offered the crowd an emotional evaluation of ...";
 * claims_try_offered). */
#include "claims_int.h"

/* The nouns of something said that "offered" gives; not "advice" or "support", more often a
 * deed than words. */
static const char said_nouns[] = "assessment condolences defense description descriptions "
				 "evaluation explanation praise promise response slogan thoughts";

/* The noun of something said after "offered" at c, past an addressee, a determiner or a
 * possessive and adjectives ("offered the crowd an emotional evaluation"); SIZE_MAX when none
 * comes within seven words. */
static size_t said_noun(const struct engine *e, size_t c, size_t b)
{
	for (size_t k = c + 1; k < b && k < c + 8; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_INQ | TOKF_USED)) ||
		    (e->t[k].word & (WORD_VERB | WORD_PREP | WORD_REL | WORD_SUBORD | WORD_CONJ)))
			return SIZE_MAX;
		if (tok_among(e, k, said_nouns))
			return k;
	}
	return SIZE_MAX;
}

void claims_try_offered(struct engine *e, size_t a, size_t b)
{
	for (size_t c = a + 1; c + 2 < b; c++) {
		size_t n, p, q, sa, sb, lim;
		struct frame f;

		if (!tok_is(e, c, "offered") || (e->t[c].flags & (TOKF_INQ | TOKF_USED)) ||
		    tok_be(e, c - 1) || (n = said_noun(e, c, b)) == SIZE_MAX)
			continue; /* "was offered a deal" is a passive */
		/* the content from the determiner or possessive of the noun ("an emotional
		 * evaluation"), else from the word after the verb ("contradictory descriptions") */
		for (p = n; p > c + 1 && !claims_det_or_possessive(e, p - 1); p--)
			;
		if (p > c + 1)
			p--;
		q = claims_skip_aux_back(e, a, c);
		if (!claims_subject_back(e, a, q, &sa, &sb) || sa == sb ||
		    (e->t[sa].word & WORD_SUBORD))
			continue;
		for (size_t k = sa; k + 1 < sb; k++)
			if (tok_dash(e, k) && k > sa && (e->t[k - 1].flags & TOKF_DIGIT))
				sa = k + 1; /* "between 1983 and 1986 — Trump also offered" */
		/* the noun phrase ends before a subordinate clause or a time ("a slogan straight
		 * out of the 1990s when I asked him", "an emotional evaluation ... Tuesday as he
		 * ended his bid") */
		lim = claims_clause_limit(e, p, b, true);
		for (size_t k = n + 1; k < lim; k++)
			if ((e->t[k].word & (WORD_SUBORD | WORD_TIME)) &&
			    !(e->t[k].word & WORD_REL) && !tok_among(e, k, "that which who") &&
			    !(e->t[k].flags & TOKF_INQ)) {
				lim = (e->t[k - 1].word & WORD_PREP) ? k - 1 : k; /* "on Tuesday" */
				break;
			}
		/* the noun alone says nothing of what was said ("offered a halting response") */
		if (lim <= n + 1 ||
		    !(e->t[n + 1].kind == TOK_WORD || e->t[n + 1].kind == TOK_QOPEN))
			continue;
		f = (struct frame){.a = a,
				   .b = b,
				   .c = c,
				   .cue = CUE_VERB | CUE_NP,
				   .qa = q,
				   .qb = c + 1,
				   .sa = sa,
				   .sb = sb,
				   .kind = CLAIM_INDIRECT,
				   .cs = e->t[p].start,
				   .ce = claims_content_end(e, p, lim)};
		if (!claims_frame_junk(e, &f))
			claims_emit(e, &f);
		c = n;
	}
}
