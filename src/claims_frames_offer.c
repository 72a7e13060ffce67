/* claims_frames_offer: what a speaker "offered" when it is something said ("Trump offered an
 * emotional defense of the city", "Rubio offered the crowd an emotional evaluation of ...";
 * claims_try_offered). */
#include "claims_int.h"

/* The nouns of something said that "offered" gives, in the singular and the plural ("offered
 * increasingly strident defenses of", "offered promises Monday"), and "congratulations" and
 * "words" ("offered some kind words about"); not "advice" or "support", more often a deed than
 * words. */
static const char said_nouns[] =
	"assessment assessments condolences congratulations defense defenses description "
	"descriptions evaluation evaluations explanation explanations praise promise promises "
	"response responses slogan slogans thoughts words";

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

/* PolNeAR train has the topic alone for content after "offered his thoughts on" and "his own
 * condolences for" (3 to 0) and the clause after "a promise ... that" (1 to 0); the assessment,
 * defense or evaluation offered stays whole ("offered a defense of the bill"). */
size_t claims_offer_topic(const struct engine *e, size_t p, size_t b, size_t *cue_end)
{
	for (size_t n = p; n < b && n < p + 4; n++) {
		if (e->t[n].kind != TOK_WORD || (e->t[n].flags & TOKF_INQ) ||
		    (e->t[n].word & (WORD_VERB | WORD_PREP | WORD_REL | WORD_SUBORD | WORD_CONJ)))
			return SIZE_MAX;
		if (n + 2 < b && tok_among(e, n, "thoughts condolences") &&
		    tok_among(e, n + 1, "on about for") && e->t[n + 2].kind == TOK_WORD &&
		    !(e->t[n + 2].flags & TOKF_INQ)) {
			*cue_end = n + 2;
			return n + 2;
		}
		if (tok_among(e, n, "promise promises")) {
			size_t t = n + 1 < b && tok_is(e, n + 1, "yet") ? n + 2 : n + 1;
			if (t + 2 < b && tok_is(e, t, "that") && e->t[t + 1].kind == TOK_WORD) {
				*cue_end = t;
				return t + 1;
			}
			return SIZE_MAX;
		}
	}
	return SIZE_MAX;
}

void claims_try_offered(struct engine *e, size_t a, size_t b)
{
	for (size_t c = a + 1; c + 2 < b; c++) {
		size_t n, p, q, sa, sb, lim, t, qb;
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
		/* "offered his thoughts on the budget": the topic, the rest the cue's */
		if ((t = claims_offer_topic(e, p, lim, &qb)) == SIZE_MAX) {
			t = p;
			qb = c + 1;
		}
		f = (struct frame){.a = a,
				   .b = b,
				   .c = c,
				   .cue = CUE_VERB | CUE_NP,
				   .qa = q,
				   .qb = qb,
				   .sa = sa,
				   .sb = sb,
				   .kind = CLAIM_INDIRECT,
				   .cs = e->t[t].start,
				   .ce = claims_content_end(e, t, lim)};
		if (!claims_frame_junk(e, &f))
			claims_emit(e, &f);
		c = n;
	}
}
