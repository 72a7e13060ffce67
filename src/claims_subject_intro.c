/* claims_subject_intro: the introductory phrases before a subject ("In 2008,", "But", "Shortly
 * after the ruling,"), which a subject begins after. */
#include "claims_int.h"

#define LONG_INTRO 24 /* the longest introductory phrase before a comma */

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

/* True when token k opens its sentence capitalised and is no name the story knows ("Rather",
 * "Specifically", "Sure"; not "Cruz", "Kelly"): the capital is the sentence's, not a name's. */
static bool opening_not_name(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	return t->kind == TOK_WORD && (t->flags & TOKF_CAP) &&
	       !(t->flags & (TOKF_DIGIT | TOKF_INQ)) && (k == 0 || e->t[k - 1].sent != t->sent) &&
	       !t->cue && !(t->word & (WORD_DET | WORD_PRON | WORD_REL | WORD_TIME)) &&
	       coref_resolve(e->co, (struct span){t->start, t->end}) == COREF_NONE;
}

/* True when token k can open a noun phrase that is a subject: a determiner, a possessive or a
 * subject pronoun, a capitalised word or a plural noun in lower case ("the mayor", "I",
 * "Rihanna", "critics"). */
static bool noun_phrase_opens(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || t->cue)
		return false;
	if (t->word & (WORD_DET | WORD_PRON))
		return !(t->word & WORD_REL);
	if (t->flags & TOKF_CAP)
		return !(t->word & (WORD_TIME | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_VERB));
	return !t->word && !(t->flags & TOKF_DIGIT) && word_plural(e, k);
}

/* "Frankly the mayor said", "Even critics say", "Meanwhile Rihanna spoke": an adverb before the
 * noun phrase at a + 1 is no word of the subject. One of the adverb list (not "most", "only",
 * "not" and the like, which go with the noun: "Most voters", "Not everyone") or, before a
 * determiner or a pronoun, one in "-ly" of six letters or more (an adjective in "-ly" goes
 * before a bare noun: "Likely voters", "Elderly residents"); capitalised, it opens its sentence
 * and names no one ("Kelly"). */
static bool adverb_before_subject(const struct engine *e, size_t a, size_t b)
{
	const struct tok *t = &e->t[a];

	if (a + 1 >= b || t->kind != TOK_WORD || (t->flags & (TOKF_INQ | TOKF_DIGIT)) || t->cue ||
	    !noun_phrase_opens(e, a + 1))
		return false;
	/* "Later the league said", "Yesterday the mayor said", "Separately the firm said": a
	 * word of time or of sequence alone before the subject (not "Earlier this year the firm
	 * said": a time phrase goes on) */
	if (tok_among(e, a,
		      "afterward afterwards earlier later separately today tonight yesterday"))
		return !(e->t[a + 1].word & WORD_TIME) &&
		       !(a + 2 < b && e->t[a + 2].kind == TOK_WORD &&
			 (e->t[a + 2].word & WORD_TIME));
	if ((t->flags & TOKF_CAP) && !opening_not_name(e, a))
		return false;
	if (t->word & (WORD_PREP | WORD_SUBORD | WORD_CONJ | WORD_PRON | WORD_DET | WORD_TIME))
		return false; /* "Since Lee's op-ed, ..." */
	if (t->word & WORD_ADV)
		return !tok_among(e, a,
				  "most long further once only just not never ever here there");
	/* not one that counts ("Nearly a third say") */
	return t->end - t->start > 5 && word_ends(e, a, "ly") && !word_ends(e, a, "ely") &&
	       (e->t[a + 1].word & (WORD_DET | WORD_PRON)) &&
	       !tok_among(e, a, "nearly roughly approximately barely merely exactly hardly fully");
}

/* "Rather, sources say", "Sure, official data suggest", "Shortly afterward, McCain said": a
 * word that opens the sentence and names no one, with at most two lowercase words after it,
 * before a comma and a noun phrase or a noun in lower case that no comma sets off before b (not
 * a share, "Most voters, however,", or a number, "Two aides, Jo Lee and Al Roe,"). */
static bool opening_word_comma(const struct engine *e, size_t a, size_t b)
{
	size_t k = a + 1;

	if (!opening_not_name(e, a) ||
	    tok_among(e, a,
		      "most many half nearly almost about just more fewer few several all both some "
		      "none each any only " CLAIMS_ONE_TO_TEN))
		return false;
	while (k < b && k < a + 3 && e->t[k].kind == TOK_WORD &&
	       !(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) && !e->t[k].cue &&
	       !(e->t[k].word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_DET | WORD_CONJ)))
		k++;
	if (k + 1 >= b || !tok_punct(e, k, ',') || tok_among(e, k + 1, "a an"))
		return false; /* "Rendell, a Clinton supporter, said": an apposition */
	for (size_t j = k + 1; j + 1 < b; j++)
		if (tok_punct(e, j, ','))
			return false;
	k++;
	return noun_phrase_opens(e, k) ||
	       (e->t[k].kind == TOK_WORD && !e->t[k].cue &&
		!(e->t[k].word & (WORD_PREP | WORD_SUBORD | WORD_INTRO | WORD_ADV | WORD_TIME |
				  WORD_CONJ | WORD_VERB | WORD_AUX | WORD_REL)) &&
		!(e->t[k].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) && !word_ends(e, k, "ly") &&
		!word_ends(e, k, "ing"));
}

/* "Appearing before cheering supporters Monday morning, Suu Kyi, 70, said ... but added", "Facing
 * mounting criticism, Mr. Trump released a statement, describing", "Reached by POLITICO, Bennett
 * denied ..., explaining", "Led by Council Speaker Ann Lee, the rally denounced": a participle in
 * "-ing" or "-ed", or an irregular one before its agent's "by" (TOKL_PAST, TOKL_PARTICIPLE: "Led
 * by", "Driven by"), that opens the sentence capitalised before a lowercase word, its phrase (no verb, cue verb, quotation or
 * relative pronoun in it, within LONG_INTRO tokens) ending at a comma before a main clause:
 * the token after that comma, or SIZE_MAX. Not a gerund that is the subject itself ("Polling
 * shows", "Using the word ... is"): one has no comma before its verb. */
static size_t after_participle_phrase(const struct engine *e, size_t a, size_t b)
{
	const struct tok *t = &e->t[a];
	size_t lim = a + LONG_INTRO < b ? a + LONG_INTRO : b;

	if (a + 2 >= b || t->kind != TOK_WORD || !(t->flags & TOKF_CAP) ||
	    (t->flags & (TOKF_DIGIT | TOKF_INQ)) || (a > 0 && e->t[a - 1].sent == t->sent) ||
	    !((t->end - t->start >= 5 && (word_ends(e, a, "ing") || word_ends(e, a, "ed"))) ||
	      (tok_in(e, a, TOKL_PAST | TOKL_PARTICIPLE) && tok_is(e, a + 1, "by"))) ||
	    t->cue || e->t[a + 1].kind != TOK_WORD || (e->t[a + 1].flags & (TOKF_CAP | TOKF_INQ)) ||
	    (e->t[a + 1].word & (WORD_VERB | WORD_AUX)) || e->t[a + 1].cue ||
	    (e->t[a].word & (WORD_PREP | WORD_SUBORD | WORD_CONJ | WORD_INTRO)) ||
	    tok_among(e, a, "anything everything nothing something"))
		return SIZE_MAX;
	for (size_t k = a + 1; k < lim; k++) {
		t = &e->t[k];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || (t->flags & TOKF_INQ) ||
		    (t->word & (WORD_VERB | WORD_AUX | WORD_REL)) ||
		    ((t->cue & CUE_VERB) && claims_cue_verb(e, k)) || tok_punct(e, k, ';') ||
		    tok_punct(e, k, ':'))
			return SIZE_MAX;
		/* the main clause may end at b, the cue's verb ("Led by ..., the rally
		 * denounced") */
		if (tok_punct(e, k, ','))
			return k > a + 1 && k + 1 < b && noun_phrase_opens(e, k + 1) &&
					       claims_main_clause(
						       e, k + 1,
						       b < e->nt && e->t[b].sent == e->t[a].sent
							       ? b + 1
							       : b)
				       ? k + 1
				       : SIZE_MAX;
	}
	return SIZE_MAX;
}

bool claims_opens_intro(const struct engine *e, size_t a, size_t b)
{
	return e->t[a].word & (WORD_INTRO | WORD_PREP | WORD_ADV | WORD_TIME) ||
	       opening_word_comma(e, a, b) ||
	       /* "In 2008, ...", "15 minutes later, ..."; not an age ("71-year-old Ann Lee,
		* a retired nurse, said"), which opens the subject */
	       ((e->t[a].flags & TOKF_DIGIT) && !word_ends(e, a, "-old")) ||
	       (a + 1 < b && tok_punct(e, a + 1, ',') && word_ends(e, a, "ly")) ||
	       /* "More importantly, he said" */
	       (a + 2 < b && tok_among(e, a, "more most") && word_ends(e, a + 1, "ly") &&
		tok_punct(e, a + 2, ',')) ||
	       (e->t[a].cue & CUE_ACCORDING) ||
	       /* "Overall, the fund predicted", "Regardless, the State Department said", "But
		* first, Pence sounded": a word that orders or sets aside, alone before its comma */
	       (a + 1 < b && tok_punct(e, a + 1, ',') &&
		tok_among(e, a, "overall altogether regardless first second third")) ||
	       /* prepositions that open a phrase before the subject but do not bind to a
		* cue the way "about" or "of" do: "Amid the protests, ...", "Ahead of the vote, ..." */
	       tok_among(e, a,
			 "amid amidst despite among against toward towards upon within between "
			 "throughout unlike") ||
	       /* "Around that time, ..." (not "Around 40 percent said") */
	       (a + 1 < b && tok_is(e, a, "around") && !(e->t[a + 1].flags & TOKF_DIGIT)) ||
	       (a + 1 < b && tok_among(e, a, "ahead prior") && tok_among(e, a + 1, "of to")) ||
	       /* "Especially in the north, ...", "Even after the vote, ...": a focusing adverb
		* before a preposition or a subordinator */
	       (a + 1 < b &&
		tok_among(e, a,
			  "chiefly especially even largely mainly mostly notably only particularly "
			  "partly primarily") &&
		(e->t[a + 1].word & (WORD_PREP | WORD_SUBORD))) ||
	       /* "Early in his campaign, ...", "Late on Friday, ...", "Back in 2012, ...": when,
		* before a preposition */
	       (a + 1 < b && tok_among(e, a, "early late earlier later back") &&
		(e->t[a + 1].word & WORD_PREP)) ||
	       /* "Shortly after the court ruled, ...", "Soon before the vote, ...": how long
		* after or before */
	       (a + 1 < b && tok_among(e, a, "shortly soon long right just immediately directly") &&
		tok_among(e, a + 1, "after before"));
}

/* The end of an introductory phrase at a without a comma ("On Tuesday Trump said"): the first
 * capitalised word after it, before lim, when the phrase ends with a number or a capital and
 * holds no possessive ("This year's survey of 900 Python developers" is one noun phrase);
 * else a. */
static size_t intro_end(const struct engine *e, size_t a, size_t b, size_t lim)
{
	size_t k = a + 1;

	/* "On Monday a neighbor said", "On one forum an anonymous user wrote": after a phrase of a
	 * preposition and its noun, an article opens the subject */
	if ((e->t[a].word & WORD_PREP) && !(e->t[a].word & WORD_SUBORD))
		for (size_t i = a + 2; i + 1 < lim && i <= a + 6; i++) {
			const struct tok *t = &e->t[i - 1];
			/* "In his remarks Tuesday the senator said": a word that can be a verb
			 * or a cue is the noun right after a possessive or an article */
			bool noun = i == a + 3 &&
				    !(t->word & (WORD_AUX | WORD_CONJ | WORD_REL | WORD_SUBORD)) &&
				    tok_among(e, a + 1, "his her their its our the");
			if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || (t->cue && !noun) ||
			    word_possessive(e, i - 1) || word_ends(e, i - 1, "ed") ||
			    (t->word &
				     (WORD_VERB | WORD_AUX | WORD_CONJ | WORD_REL | WORD_SUBORD) &&
			     !noun))
				break;
			if (tok_among(e, i, "a an the") && !(e->t[i].flags & TOKF_INQ) &&
			    !(t->word & (WORD_PREP | WORD_DET | WORD_PRON | WORD_ADV)) &&
			    e->t[i + 1].kind == TOK_WORD)
				return i;
		}

	while (k < lim && !(e->t[k].flags & TOKF_CAP && !(e->t[k].word & WORD_TIME))) {
		/* "This year's survey of 900 Python developers": a time's possessive opens the
		 * subject's noun phrase, no phrase before it */
		if (word_possessive(e, k))
			return a;
		k++;
	}
	while (k < b && k > a + 1 && (e->t[k].word & WORD_TIME))
		k++;
	if (k < b && k > a + 1 && e->t[k - 1].flags & (TOKF_DIGIT | TOKF_CAP))
		return k;
	return a;
}

/* "In his Sunday Mass at St. Patrick's Cathedral in New York, Cardinal John O'Connor": a
 * prepositional phrase at a longer than a dozen tokens that ends at a comma (within LONG_INTRO
 * tokens, no verb, cue or quotation before it, a word after it before b): that comma, or
 * SIZE_MAX. */
static size_t long_intro(const struct engine *e, size_t a, size_t b)
{
	size_t lim = a + LONG_INTRO < b ? a + LONG_INTRO : b;

	if (!(e->t[a].word & WORD_PREP) || (e->t[a].cue & CUE_ACCORDING))
		return SIZE_MAX;
	for (size_t k = a + 1; k < lim; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || (t->word & WORD_VERB) ||
		    t->cue || tok_punct(e, k, ';') || tok_punct(e, k, ':'))
			return SIZE_MAX;
		if (tok_punct(e, k, ','))
			return k + 1 < b && e->t[k + 1].kind == TOK_WORD ? k : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* Where the subject may start after the comma at k that ends an introductory phrase: after the
 * state when the phrase ends in a city ("At a rally in Portsmouth, N.H., on Tuesday, Senator
 * X"), else right after the comma. */
static size_t after_intro_comma(const struct engine *e, size_t k, size_t b)
{
	size_t p, q, j;

	if (k == 0 || k + 1 >= b || !(e->t[k - 1].flags & TOKF_CAP) ||
	    e->t[k + 1].kind != TOK_WORD || !(e->t[k + 1].flags & TOKF_CAP))
		return k + 1;
	/* the state, one token or several ("Ore.", "N.H.") */
	p = e->t[k + 1].start;
	q = text_state_end(e->text, p, e->len);
	if (q == p || q >= e->len || e->text[q] != ',')
		return k + 1;
	j = claims_tok_at(e, q);
	return j + 1 < b && tok_punct(e, j, ',') ? j + 1 : k + 1;
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
		if (adverb_before_subject(e, a, b)) {
			a++;
			continue;
		}
		if ((k = after_participle_phrase(e, a, b)) != SIZE_MAX) {
			a = k;
			continue;
		}
		if (!claims_opens_intro(e, a, b))
			return a;
		lim = a + 12 < b ? a + 12 : b;
		for (k = a; k < lim && !tok_punct(e, k, ','); k++)
			;
		if (k >= lim && (k = long_intro(e, a, b)) == SIZE_MAX)
			return intro_end(e, a, b, lim);
		a = after_intro_comma(e, k, b);
	}
}
