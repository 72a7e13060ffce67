/* claims_subject: where a cue's source lies, the subject before or after it. */
#include "claims_int.h"

#define BACK_MAX 40 /* the longest subject scanned backwards from a cue */

bool claims_stop_back(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || (t->flags & TOKF_INQ))
		return true;
	if (t->kind == TOK_PUNCT)
		return !(tok_punct(e, i, ',') || tok_punct(e, i, '.') || tok_dash(e, i) ||
			 tok_punct(e, i, '(') || tok_punct(e, i, ')') || tok_punct(e, i, '&') ||
			 tok_punct(e, i, '\'') || tok_punct(e, i, '/'));
	if (t->word & (WORD_SUBORD | WORD_VERB) ||
	    ((t->cue & (CUE_VERB | CUE_ACCORDING)) && claims_cue_verb(e, i)))
		return true;
	if (!(t->flags & TOKF_CAP) && word_ends(e, i, "ed"))
		return true;
	return false;
}

size_t claims_skip_aux_back(const struct engine *e, size_t a, size_t c)
{
	while (c > a && e->t[c - 1].kind == TOK_WORD && !(e->t[c - 1].flags & TOKF_CAP) &&
	       ((e->t[c - 1].word & (WORD_AUX | WORD_ADV)) || word_ends(e, c - 1, "ly") ||
		tok_is(e, c - 1, "will") || tok_is(e, c - 1, "would") || tok_is(e, c - 1, "did")))
		c--;
	return c;
}

/* After a time phrase that ends at a comma within six tokens of a ("The same day, ..."): the
 * token after the comma, or SIZE_MAX. */
static size_t after_time_phrase(const struct engine *e, size_t a, size_t b)
{
	size_t k = a, lim = a + 6 < b ? a + 6 : b;
	bool time = false;

	for (; k < lim && !tok_punct(e, k, ','); k++)
		if (e->t[k].kind == TOK_WORD && (e->t[k].word & WORD_TIME) &&
		    !(e->t[k].word & WORD_DET))
			time = true;
	return time && k < lim && k + 1 < b ? k + 1 : SIZE_MAX;
}

/* True when the word at a may open an introductory phrase ("In 2008,", "Finally,", "According
 * to ..."). */
static bool opens_intro(const struct engine *e, size_t a, size_t b)
{
	return e->t[a].word & (WORD_INTRO | WORD_PREP | WORD_ADV | WORD_TIME) ||
	       (e->t[a].flags & TOKF_DIGIT) ||
	       (a + 1 < b && tok_punct(e, a + 1, ',') && word_ends(e, a, "ly")) ||
	       (e->t[a].cue & CUE_ACCORDING);
}

/* The end of an introductory phrase at a without a comma ("On Tuesday Trump said"): the first
 * capitalised word after it, before lim, when the phrase ends with a number or a capital;
 * else a. */
static size_t intro_end(const struct engine *e, size_t a, size_t b, size_t lim)
{
	size_t k = a + 1;

	while (k < lim && !(e->t[k].flags & TOKF_CAP && !(e->t[k].word & WORD_TIME)))
		k++;
	while (k < b && k > a + 1 && (e->t[k].word & WORD_TIME))
		k++;
	if (k < b && k > a + 1 && e->t[k - 1].flags & (TOKF_DIGIT | TOKF_CAP))
		return k;
	return a;
}

size_t claims_trim_intro(const struct engine *e, size_t a, size_t b)
{
	for (;;) {
		size_t k, lim;

		while (a < b && e->t[a].kind == TOK_PUNCT)
			a++;
		if (a >= b)
			return a;
		if (e->t[a].word & WORD_CONJ && !(e->t[a].word & WORD_DET)) {
			a++;
			continue;
		}
		if ((k = after_time_phrase(e, a, b)) != SIZE_MAX) {
			a = k;
			continue;
		}
		if (!opens_intro(e, a, b))
			return a;
		lim = a + 12 < b ? a + 12 : b;
		for (k = a; k < lim && !tok_punct(e, k, ','); k++)
			;
		if (k >= lim)
			return intro_end(e, a, b, lim);
		a = k + 1;
	}
}

bool claims_subject_back(const struct engine *e, size_t a, size_t c, size_t *sa, size_t *sb)
{
	size_t end = claims_skip_aux_back(e, a, c), k = end, n = 0;

	while (k > a && n < BACK_MAX) {
		const struct tok *t = &e->t[k - 1];
		if (t->word & WORD_REL) {
			k--;
			break;
		}
		if (claims_stop_back(e, k - 1))
			break;
		if (t->word & WORD_CONJ &&
		    !(k >= 2 + a && (e->t[k - 2].flags & TOKF_CAP || e->t[k - 2].word & WORD_PRON)))
			break;
		k--;
		n++;
	}
	if (n >= BACK_MAX)
		return false;
	k = claims_trim_intro(e, k, end);
	while (end > k && (tok_punct(e, end - 1, ',') || tok_dash(e, end - 1)))
		end--;
	if (k >= end)
		return false;
	*sa = k;
	*sb = end;
	return true;
}

/* True when token k can be part of a subject that begins at a: a name's word, a full stop, an
 * apostrophe or a hyphen, but no verb, cue or (after the first word) preposition or pronoun. */
static bool subject_word(const struct engine *e, size_t a, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD)
		return tok_punct(e, k, '.') || tok_punct(e, k, '\'') || tok_punct(e, k, '-');
	if (t->word & (WORD_VERB | WORD_SUBORD | WORD_REL | WORD_ADV) || t->cue)
		return false;
	if (k > a && !(t->flags & TOKF_CAP) &&
	    (word_ends(e, k, "ed") || (t->word & WORD_PREP && !tok_is(e, k, "of"))))
		return false;
	return !(k > a && t->word & WORD_PRON);
}

bool claims_subject_fwd(const struct engine *e, size_t a, size_t b, size_t *sa, size_t *sb)
{
	size_t k, lim = a + 30 < b ? a + 30 : b;

	a = claims_trim_intro(e, a, lim);
	k = a;
	while (k < lim && k - a < 12 && subject_word(e, a, k)) {
		bool pron = e->t[k].word & WORD_PRON;
		k++;
		if (pron)
			break; /* a pronoun is the whole subject */
	}
	if (k == a || k - a >= 12)
		return false;
	*sa = a;
	*sb = k;
	return true;
}

/* True when token k ends the source after an inverted cue: a quotation mark, a clause's
 * punctuation, a comma before a participle, preposition or quotation, or a time phrase. */
static bool source_ends(const struct engine *e, size_t k, size_t b)
{
	const struct tok *t = &e->t[k];

	if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || tok_punct(e, k, ';') ||
	    tok_punct(e, k, ':') || tok_punct(e, k, '?') || tok_punct(e, k, '!'))
		return true;
	if (tok_punct(e, k, ',') && k + 1 < b &&
	    (word_ends(e, k + 1, "ing") ||
	     e->t[k + 1].word & (WORD_PREP | WORD_SUBORD | WORD_TIME) ||
	     e->t[k + 1].kind == TOK_QOPEN))
		return true;
	if (t->kind == TOK_WORD && (t->word & WORD_TIME) && !(t->word & WORD_DET))
		return true;
	return t->kind == TOK_WORD &&
	       (tok_is(e, k, "on") || tok_is(e, k, "in") || tok_is(e, k, "during") ||
		tok_is(e, k, "at")) &&
	       k + 1 < b && (e->t[k + 1].word & (WORD_TIME | WORD_DET) || tok_is(e, k + 1, "an"));
}

size_t claims_source_after(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1;

	while (k < b && !source_ends(e, k, b))
		k++;
	while (k > c + 1 && (tok_punct(e, k - 1, '.') || tok_punct(e, k - 1, ',')))
		k--;
	return k;
}
