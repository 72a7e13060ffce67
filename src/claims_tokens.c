/* claims_tokens: cuts a block of paragraphs into tokens and pairs its quotation marks. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claims_int.h"

#define BLOCK_MAX 200        /* paragraphs one quotation may run on over */
#define AT_MAX    (1u << 20) /* the longest block whose bytes claims_tok_at() reads from a table */

/* Quotation mark families; a mark closes only a quotation of its own family. */
enum {
	QMARK_NONE,
	QMARK_STRAIGHT,
	QMARK_CURLY,
	QMARK_GUILLEMET,
	QMARK_CORNER,
	QMARK_WHITE_CORNER,
	QMARK_SINGLE,
	QMARK_TWO_APOS
};
enum {
	QSIDE_OPEN,
	QSIDE_CLOSE,
	QSIDE_EITHER
};

size_t claims_tok_search(const struct engine *e, size_t pos)
{
	size_t lo = 0, hi = e->nt;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (e->t[mid].end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool claims_markup(const struct engine *e, size_t i)
{
	return i < e->nt && e->t[i].kind == TOK_PUNCT && e->t[i].end > e->t[i].start + 2 &&
	       e->text[e->t[i].start] == '<';
}

size_t claims_made_clear(const struct engine *e, size_t i)
{
	size_t m = i > 0 && tok_is(e, i - 1, "it") ? i - 1 : i;

	if (m == 0 || !tok_among(e, m - 1, "made makes making"))
		return SIZE_MAX;
	return m - 1;
}

size_t claims_made_case(const struct engine *e, size_t i)
{
	size_t j = i - 1;

	if (i < 2 || !tok_among(e, i, "case point argument") || (e->t[i].flags & TOKF_CAP))
		return SIZE_MAX;
	/* "an impassioned case", "a strong case", "a careful argument": one plain word before
	 * the noun */
	if (tok_among(e, i, "case argument") && j > 1 && e->t[j].kind == TOK_WORD &&
	    !e->t[j].word && !e->t[j].cue &&
	    !(e->t[j].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) &&
	    tok_among(e, j - 1, "a an the"))
		j--;
	/* "a case" only with its word ("by making a case that" has no teller of its own) */
	if (!(tok_is(e, j, "the") || (j + 1 < i && tok_among(e, j, "a an"))) || j == 0 ||
	    !tok_among(e, j - 1, "make made makes making"))
		return SIZE_MAX;
	return j - 1;
}

/* "took to Twitter to say", "have taken to social media to complain", "went on CNN to declare",
 * "rushing to TV to say", "appeared on “Fox & Friends” to defend": a verb of turning to a medium
 * and "to" (or of going on air and "on" or "before"), one to four words that name it (no verb,
 * no "a" or "an") and the "to" at i - 1 of the cue at i; "have taken to saying" with no medium
 * (not "taken to calling it X", a name). Not a participle after a comma ("denounced him,
 * rushing to TV to say"), whose speaker is another clause's subject. The verb's token, or
 * SIZE_MAX. */
static size_t took_to_medium(const struct engine *e, size_t i)
{
	static const char turns[] = "took take takes taking taken turned turn turns turning rushed "
				    "rush rushes rushing";
	static const char airs[] = "went go goes going gone appeared appear appears appearing";
	size_t v = SIZE_MAX;

	if (tok_among(e, i - 2, "took taken taking takes") && word_ends(e, i, "ing") &&
	    !tok_among(e, i, "calling dubbing naming labeling labelling referring"))
		v = i - 2;
	for (size_t k = i - 2, n = 0; v == SIZE_MAX && k >= 2 && k + 10 > i && n <= 4; k--, n++) {
		if (n > 0 && ((tok_is(e, k, "to") && tok_among(e, k - 1, turns)) ||
			      (tok_among(e, k, "on before") && tok_among(e, k - 1, airs)))) {
			v = k - 1;
			break;
		}
		/* a quoted title: "appeared on “Fox & Friends” to" */
		if (n == 0 && e->t[k].kind == TOK_QCLOSE && e->t[k].pair < k &&
		    e->t[k].pair + 6 > k && e->t[k].pair > 2) {
			k = e->t[k].pair;
			continue;
		}
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
		    (e->t[k].word & (WORD_VERB | WORD_AUX)) || tok_modal(e, k) ||
		    tok_among(e, k, "to a an"))
			break; /* "has gone on a tour to talk": an errand, no medium */
	}
	if (v == SIZE_MAX || (v > 0 && word_ends(e, v, "ing") && tok_punct(e, v - 1, ',')))
		return SIZE_MAX;
	return v;
}

size_t claims_goes_on_to(const struct engine *e, size_t i)
{
	size_t k;

	if (i < 2 || !tok_is(e, i - 1, "to"))
		return SIZE_MAX;
	if ((k = took_to_medium(e, i)) != SIZE_MAX)
		return k;
	/* "went out of his way to say that ...": the speaker takes pains to say it */
	if (i >= 6 && tok_is(e, i - 2, "way") &&
	    tok_among(e, i - 3, "his her their its my our your") && tok_is(e, i - 4, "of") &&
	    tok_is(e, i - 5, "out") && tok_among(e, i - 6, "went go goes going gone"))
		return i - 6;
	/* "Mr. Trump was prompted to say, “...”": moved to speak, the subject the speaker (not an
	 * active "prompted him to say", whose object speaks) */
	if (i >= 3 && tok_among(e, i - 2, "prompted moved") &&
	    tok_among(e, i - 3, "is are was were been be"))
		return i - 3;
	/* "was quick to point out", "were slightly more likely to say", "is right to note": an
	 * adjective of readiness or likelihood after a form of "be" (adverbs between): the phrase
	 * from "be" is the cue, its subject the source */
	if (tok_among(e, i - 2, "quick likely eager willing right")) {
		size_t k = i - 2;
		while (k > 0 && k + 4 > i - 2 &&
		       tok_among(e, k - 1, "more most less slightly generally much far not also"))
			k--;
		if (k > 0 && tok_among(e, k - 1, "is are was were"))
			return k - 1;
	}
	if (tok_among(e, i - 2, "continued continues continuing quick proceeded proceeds"))
		return i - 2;
	/* "tried to argue that ...", "has sought to suggest that ...": an attempt to say a
	 * clause, the attempt with the cue ("trying to underscore that contrast" has no clause) */
	if (tok_among(e, i - 2,
		      "tried tries try trying attempted attempts attempting sought seeks seeking") &&
	    i + 2 < e->nt && tok_is(e, i + 1, "that") && !(e->t[i].flags & TOKF_CAP) &&
	    claims_main_clause(e, i + 2, e->nt))
		return i - 2;
	if (i >= 3 && tok_is(e, i - 2, "on") && tok_among(e, i - 3, "went goes going"))
		return i - 3;
	/* "went so far as to say": the speaker goes further than before */
	if (i >= 5 && tok_is(e, i - 2, "as") && tok_is(e, i - 3, "far") && tok_is(e, i - 4, "so") &&
	    tok_among(e, i - 5, "go goes going gone went"))
		return i - 5;
	return SIZE_MAX;
}

size_t claims_signal_verb(const struct engine *e, size_t i)
{
	static const char sends[] = "gave gives giving sending sends sent";
	size_t k = i;

	while (k > 0 && k + 4 > i && e->t[k - 1].kind == TOK_WORD &&
	       !(e->t[k - 1].flags & (TOKF_CAP | TOKF_DIGIT)) && !e->t[k - 1].word &&
	       !e->t[k - 1].cue && !tok_among(e, k - 1, sends) && !tok_is(e, k - 1, "out"))
		k--;
	if (k > 0 && tok_among(e, k - 1, "a an the"))
		k--;
	if (k > 0 && tok_is(e, k - 1, "out"))
		k--;
	if (k == 0 || !tok_among(e, k - 1, sends))
		return SIZE_MAX;
	return k - 1;
}

size_t claims_belief_adj(const struct engine *e, size_t i)
{
	size_t k = i;

	while (k > 0 && k + 2 > i && e->t[k - 1].kind == TOK_WORD &&
	       !(e->t[k - 1].flags & TOKF_CAP) &&
	       ((e->t[k - 1].word & WORD_ADV) || word_ends(e, k - 1, "ly") ||
		tok_among(e, k - 1, "so very too")))
		k--;
	if (k == 0 ||
	    !tok_among(e, k - 1, "am are be been being is remain remained remains was were"))
		return SIZE_MAX;
	return k - 1;
}

bool claims_person_pronoun_s(const struct engine *e, size_t k)
{
	const char *s = e->text + e->t[k].start;
	size_t n = claims_uncontracted(s, e->t[k].end - e->t[k].start);

	return k < e->nt && e->t[k].kind == TOK_WORD &&
	       ((n == 2 && text_ascii_eq(s, "he", 2)) || (n == 3 && text_ascii_eq(s, "she", 3)));
}

/* True when token k (before b) is one of `words` and a word in lower case follows it that is
 * a speech verb, a verb or a word in "-ing" or "-ed": a clause with no subject of its own. */
static bool bare_clause(const struct engine *e, size_t k, size_t b, const char *words)
{
	if (k + 1 >= b || !tok_among(e, k, words))
		return false;
	const struct tok *t = &e->t[k + 1];
	return t->kind == TOK_WORD && !(t->flags & TOKF_CAP) &&
	       ((t->cue & CUE_VERB) || (t->word & WORD_VERB) || word_ends(e, k + 1, "ing") ||
		word_ends(e, k + 1, "ed"));
}

bool claims_bare_time_clause(const struct engine *e, size_t k, size_t b)
{
	return bare_clause(e, k, b, "when while after before");
}

bool claims_bare_condition(const struct engine *e, size_t k, size_t b)
{
	return bare_clause(e, k, b, "if once");
}

size_t claims_dash_before(const struct engine *e, size_t a, size_t k, size_t within)
{
	for (size_t j = k; j > a && j + within > k && e->t[j - 1].sent == e->t[k].sent; j--)
		if (tok_dash(e, j - 1) && !(e->t[j - 1].flags & TOKF_INQ))
			return j - 1;
	return SIZE_MAX;
}

bool claims_cue_verb(const struct engine *e, size_t i)
{
	const struct tok *p;

	if (!e->t[i].cue)
		return false;
	/* "clear" is a cue only as the end of "made (it) clear" */
	if (tok_is(e, i, "clear"))
		return claims_made_clear(e, i) != SIZE_MAX;
	/* "case" only as the end of "made the case" ("point" is a verb too) */
	if (tok_is(e, i, "case"))
		return claims_made_case(e, i) != SIZE_MAX;
	if (tok_is(e, i, "point") && claims_made_case(e, i) != SIZE_MAX)
		return true; /* "made the point that" */
	/* "the report states: “...”", not "the swing states said", "those states that Obama won"
	 * or "the United States": "states" is a verb only in lower case before a colon, a comma or
	 * a quotation */
	if (tok_is(e, i, "states") &&
	    ((e->t[i].flags & TOKF_CAP) ||
	     !(i + 1 < e->nt && (tok_punct(e, i + 1, ':') || tok_punct(e, i + 1, ',') ||
				 e->t[i + 1].kind == TOK_QOPEN))))
		return false;
	/* a compound noun: "a liberal think tank", "the report card", "a claims office", "a talk
	 * show host" (after a determiner and a word of the noun: "the polls show host cities ..."
	 * stays a verb) */
	if (i + 1 < e->nt && e->t[i + 1].kind == TOK_WORD &&
	    ((tok_is(e, i, "think") && tok_among(e, i + 1, "tank tanks")) ||
	     (tok_is(e, i, "report") && tok_among(e, i + 1, "card cards")) ||
	     (tok_is(e, i, "show") && tok_among(e, i + 1, "host hosts") && i >= 2 &&
	      (e->t[i - 2].word & WORD_DET) && e->t[i - 1].kind == TOK_WORD &&
	      !(e->t[i - 1].flags & TOKF_CAP) && !word_plain_s(e, i - 1))))
		return false;
	/* "the Blue Cross Blue Shield plans, which dominate many exchanges,": a cue word before a
	 * comma and "which" is the noun the relative clause is about, no verb */
	if (i + 2 < e->nt && tok_punct(e, i + 1, ',') && tok_is(e, i + 2, "which") &&
	    !(e->t[i + 2].flags & TOKF_CAP))
		return false;
	/* "to file minority reports -- or dissents from the majority -- which could prolong": so
	 * is one before a phrase set off by dashes and "which" */
	if (i + 3 < e->nt && tok_dash(e, i + 1))
		for (size_t k = i + 2; k + 1 < e->nt && k < i + 16 && e->t[k].sent == e->t[i].sent;
		     k++)
			if (tok_dash(e, k)) {
				if (tok_is(e, k + 1, "which") && !(e->t[k + 1].flags & TOKF_CAP))
					return false;
				break;
			}
	/* "the new report said", "a campaign report shows": a cue word right before a speech verb
	 * is the noun that verb's subject ends with */
	if (i + 1 < e->nt && (e->t[i + 1].cue & CUE_VERB) &&
	    tok_among(e, i + 1, "said says say show shows showed found finds"))
		return false;
	/* "an earlier report in the paper said", "a new report by the agency found": "report"
	 * after a determiner and an adjective, before a preposition, is the noun */
	if (i >= 2 && i + 1 < e->nt && tok_among(e, i, "report reports") &&
	    tok_among(e, i + 1, "in by from on of for") && (e->t[i - 2].word & WORD_DET) &&
	    e->t[i - 1].kind == TOK_WORD && !(e->t[i - 1].flags & TOKF_CAP) &&
	    !(e->t[i - 1].word & (WORD_VERB | WORD_PRON | WORD_CONJ | WORD_PREP)))
		return false;
	/* "spokeswoman Hope Hicks said", "“We will win,” Hope Hicks said": a capitalised cue
	 * inside a sentence before a name, after a word in lower case, or after a quotation's
	 * closing mark with a speech verb in lower case after the name (not a headline's "“...”
	 * Says Trump In ..."), is a first name */
	if ((e->t[i].flags & TOKF_CAP) && i > 0 && e->t[i - 1].sent == e->t[i].sent &&
	    ((e->t[i - 1].kind == TOK_WORD && !(e->t[i - 1].flags & TOKF_CAP)) ||
	     (e->t[i - 1].kind == TOK_QCLOSE && i + 2 < e->nt && !(e->t[i + 2].flags & TOKF_CAP) &&
	      tok_among(e, i + 2, "said says told added"))) &&
	    i + 1 < e->nt && e->t[i + 1].kind == TOK_WORD && (e->t[i + 1].flags & TOKF_CAP) &&
	    !(e->t[i + 1].word & (WORD_PRON | WORD_DET)) && !e->t[i + 1].cue)
		return false;
	/* "despite committing repeated gaffes", "making unfounded claims": a word in "-ed" right
	 * after a word in "-ing" and before a lowercase noun is an adjective of that noun */
	if (i >= 1 && i + 1 < e->nt && !(e->t[i].flags & TOKF_CAP) && word_ends(e, i, "ed") &&
	    e->t[i - 1].kind == TOK_WORD && !(e->t[i - 1].flags & TOKF_CAP) &&
	    word_ends(e, i - 1, "ing") && !e->t[i - 1].cue && e->t[i + 1].kind == TOK_WORD &&
	    !(e->t[i + 1].flags & (TOKF_CAP | TOKF_INQ)) &&
	    !(e->t[i + 1].word &
	      (WORD_PREP | WORD_DET | WORD_PRON | WORD_CONJ | WORD_REL | WORD_SUBORD | WORD_AUX)))
		return false;
	/* a word that is a noun too, right after an article, a demonstrative or a possessive
	 * ("pushed back on those claims Thursday, saying", "his claims about the bill"), or after
	 * a superlative after a determiner ("the greatest fear", "his latest claims"), is that noun
	 * ("the party that claims", "they claim", "the priest said" keep their verb) */
	if (i >= 1 &&
	    tok_among(e, i, "fear fears claim claims hope hopes worry worries promise promises")) {
		if (!(e->t[i].flags & TOKF_CAP) &&
		    tok_among(e, i - 1, "the these those such his her its their our my your") &&
		    !(e->t[i - 1].flags & TOKF_INQ))
			return false;
		if (i >= 2 && e->t[i - 1].kind == TOK_WORD && !(e->t[i - 1].flags & TOKF_CAP) &&
		    word_ends(e, i - 1, "est") &&
		    ((e->t[i - 2].word & WORD_DET) ||
		     tok_among(e, i - 2, "his her its their our my your")))
			return false;
	}
	/* "an urgent, worldwide worry that is prompting": the base form of a word that is a noun
	 * too, after "a" or "an" and lowercase words of its phrase (no plural, which would be the
	 * verb's subject: "a few residents worry"), before "that" and a verb, is that noun with a
	 * relative clause, which tells nothing said ("a passing promise that Mr. Lee would ..."
	 * gives what was promised) */
	if (i >= 2 && i + 2 < e->nt && !(e->t[i].flags & TOKF_CAP) &&
	    tok_among(e, i, "fear claim hope worry promise") && tok_is(e, i + 1, "that") &&
	    (e->t[i + 2].word & (WORD_VERB | WORD_AUX)) && !(e->t[i + 2].flags & TOKF_CAP)) {
		size_t k = i;
		while (k > 0 && i - k < 5 && e->t[k - 1].sent == e->t[i].sent &&
		       ((e->t[k - 1].kind == TOK_WORD && !(e->t[k - 1].flags & TOKF_CAP) &&
			 !(e->t[k - 1].word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_DET)) &&
			 !word_ends(e, k - 1, "s") && !tok_among(e, k - 1, "few lot number")) ||
			tok_punct(e, k - 1, ',')))
			k--;
		if (k > 0 && k < i && tok_among(e, k - 1, "a an") &&
		    e->t[k - 1].sent == e->t[i].sent)
			return false;
	}
	if (i == 0)
		return true;
	p = &e->t[i - 1];
	if (p->kind != TOK_WORD)
		return true;
	/* "Ian Read said", "Jonathan Hope told": a capitalised cue after a name, before a word in
	 * lower case, is the end of the name (a headline in title case goes on in capitals) */
	if ((e->t[i].flags & TOKF_CAP) && (p->flags & TOKF_CAP) && p->sent == e->t[i].sent &&
	    !(p->word & (WORD_PRON | WORD_DET)) && i + 1 < e->nt && e->t[i + 1].kind == TOK_WORD &&
	    !(e->t[i + 1].flags & (TOKF_CAP | TOKF_DIGIT)) && e->t[i + 1].sent == e->t[i].sent)
		return false;
	/* "The Drudge Report, Breitbart", "the Culture-Business Report: ...": a capitalised cue in
	 * its base form after a name, before a comma or a colon, ends the name of a publication
	 * (not "Trump Says: ...", whose verb ends in -s) */
	if ((e->t[i].flags & TOKF_CAP) && (p->flags & TOKF_CAP) && p->sent == e->t[i].sent &&
	    !(p->word & (WORD_PRON | WORD_DET)) && tok_among(e, i, "report review") &&
	    i + 1 < e->nt && (tok_punct(e, i + 1, ',') || tok_punct(e, i + 1, ':')))
		return false;
	/* "went on to say", "continued to insist", "was quick to point out": the speaker goes on */
	if (claims_goes_on_to(e, i) != SIZE_MAX)
		return true;
	/* "Senator Defends Himself Against Claims He Lied": in a headline in title case a cue in
	 * -s right after a preposition is a plural noun */
	if ((e->t[i].flags & TOKF_CAP) && (p->flags & TOKF_CAP) && word_ends(e, i, "s") &&
	    ((p->word & WORD_PREP) || tok_among(e, i - 1, "against amid amidst among despite")))
		return false;
	/* "Yet another said, “...”", "Some say the plan ...": a determiner that stands alone as
	 * the subject before a verb that is no noun (not "had some say in it", nor "an aggressive
	 * - some say unrealistic - pledge", a remark inside a noun phrase) */
	if (tok_is(e, i - 1, "another") && !(e->t[i].flags & TOKF_CAP) &&
	    tok_among(e, i,
		      "said says told tweeted wrote added noted argued insisted explained "
		      "replied responded warned predicted"))
		return true;
	/* "Some believe the plan ...", "some argued", "Some view the move as ...", "Some accused
	 * him of ...": a verb of belief, argument or judgment is no noun either ("some fear",
	 * "some hope" may be: "there is some hope that") */
	if (tok_is(e, i - 1, "some") &&
	    tok_among(e, i,
		      "say said believe believed think argue argued contend contended insist "
		      "insisted predict predicted suggest suggested speculate speculated see saw "
		      "view viewed accuse accused") &&
	    !(e->t[i].flags & TOKF_CAP) &&
	    (i < 2 || e->t[i - 2].sent != e->t[i].sent || tok_punct(e, i - 2, ',') ||
	     tok_among(e, i - 2, "and but while although though whereas yet")) &&
	    !(i + 1 < e->nt && tok_among(e, i + 1, "in over on about")))
		return true;
	if (p->word & WORD_DET || tok_is(e, i - 1, "to") || tok_is(e, i - 1, "his") ||
	    tok_is(e, i - 1, "her") || tok_is(e, i - 1, "its") || tok_is(e, i - 1, "their") ||
	    tok_is(e, i - 1, "our") || tok_is(e, i - 1, "my") || tok_is(e, i - 1, "your"))
		return false;
	/* "Trump's saying" is a noun, but "he's saying", "and she’s claimed": a person's pronoun
	 * with "is" or "has" run in is the verb's subject when it opens a clause (not "it's
	 * called", a name given, nor "whether he's wanted to", "an office he's wanted to hold",
	 * "Why she's protesting:", whose clauses are no report) */
	if (word_possessive(e, i - 1) &&
	    !(claims_person_pronoun_s(e, i - 1) &&
	      (i < 2 || e->t[i - 2].sent != e->t[i - 1].sent || e->t[i - 2].kind != TOK_WORD ||
	       tok_among(e, i - 2, "and but so that because though although while when if as yet"))))
		return false;
	/* "As reported by Western Journalism, ...": a passive cue with its source after "by" */
	if (tok_is(e, i - 1, "as") && i + 1 < e->nt && tok_is(e, i + 1, "by") &&
	    word_ends(e, i, "ed"))
		return true;
	/* "his opening remarks", "the published reports": a plural cue after a participle used as
	 * an adjective that follows a determiner or a possessive is a noun (not "its polling
	 * shows", "the filing cites": nouns in -ing before a verb) */
	if (i >= 2 && word_ends(e, i, "s") && !(e->t[i].flags & TOKF_CAP) && !p->cue &&
	    !(p->flags & TOKF_CAP) &&
	    (word_ends(e, i - 1, "ed") ||
	     tok_among(e, i - 1,
		       "opening closing concluding ongoing sweeping scathing following preceding "
		       "remaining")) &&
	    ((e->t[i - 2].word & WORD_DET) || tok_among(e, i - 2, "his her its their our my your")))
		return false;
	/* "She has since said that ...", "the leaders have since denounced": a preposition that
	 * is an adverb too, right after "has", "have" or "had", is the adverb of the verb after
	 * it ("the years since said agreement" stay a noun's) */
	if ((p->word & WORD_PREP) && (p->word & WORD_ADV) && !(p->flags & TOKF_CAP) && i >= 2 &&
	    (e->t[i - 2].word & WORD_AUX) && e->t[i - 2].sent == e->t[i].sent)
		return true;
	/* "financial report", "new poll shows": a lowercase adjective before a noun-like cue */
	if (!(e->t[i].cue & CUE_ING) && (p->word & WORD_PREP) && !(e->t[i].cue & CUE_ACCORDING))
		return false;
	/* "the subject of a search following reports that he ...": "following" as a preposition,
	 * the plural after it a noun, as after "amid" or "after" */
	return !(tok_is(e, i - 1, "following") && word_plural(e, i));
}

bool claims_quote_mark(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	return t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE ||
	       (t->kind == TOK_PUNCT && t->mark != QMARK_NONE && t->mark != QMARK_SINGLE);
}

/* Classifies a quotation mark code point; QMARK_NONE when it is not one. */
static int mark_of(uint32_t cp, int *side)
{
	switch (cp) {
	case '"':
		*side = QSIDE_EITHER;
		return QMARK_STRAIGHT;
	case 0x201C:
		*side = QSIDE_OPEN;
		return QMARK_CURLY;
	case 0x201E:
		*side = QSIDE_OPEN;
		return QMARK_CURLY;
	case 0x201D:
		*side = QSIDE_CLOSE;
		return QMARK_CURLY;
	case 0x00AB:
		*side = QSIDE_OPEN;
		return QMARK_GUILLEMET;
	case 0x00BB:
		*side = QSIDE_CLOSE;
		return QMARK_GUILLEMET;
	case 0x300C:
		*side = QSIDE_OPEN;
		return QMARK_CORNER;
	case 0x300D:
		*side = QSIDE_CLOSE;
		return QMARK_CORNER;
	case 0x300E:
		*side = QSIDE_OPEN;
		return QMARK_WHITE_CORNER;
	case 0x300F:
		*side = QSIDE_CLOSE;
		return QMARK_WHITE_CORNER;
	case 0x2018:
		*side = QSIDE_OPEN;
		return QMARK_SINGLE;
	case 0x2019:
		*side = QSIDE_CLOSE;
		return QMARK_SINGLE;
	default:
		return QMARK_NONE;
	}
}

static inline uint32_t char_at(const struct engine *e, size_t pos, int *n)
{
	uint32_t cp;

	if (pos < e->len && (unsigned char)e->text[pos] < 0x80) {
		*n = 1;
		return (unsigned char)e->text[pos];
	}
	*n = text_decode(e->text + pos, e->len - pos, &cp);
	if (*n == 0)
		*n = 1;
	return cp;
}

static bool is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static inline void push_tok(struct engine *e, size_t s, size_t end, int kind, size_t sent)
{
	struct tok *t;

	if (e->nt == e->capt)
		e->t = xgrow(e->t, &e->capt, e->nt + 1, sizeof(*e->t));
	t = &e->t[e->nt++];
	memset(t, 0, sizeof(*t));
	t->start = s;
	t->end = end;
	t->kind = (unsigned char)kind;
	t->sent = sent;
	t->pair = SIZE_MAX;
}

/* True when the marks t and open are a straight and a curly double mark: a typing slip that
 * still closes the quotation ("... to compete,” said Paul Lindsay). */
static bool mixed(const struct tok *t, const struct tok *open)
{
	return (t->mark == QMARK_STRAIGHT && open->mark == QMARK_CURLY) ||
	       (t->mark == QMARK_CURLY && open->mark == QMARK_STRAIGHT);
}

static void unopen(struct engine *e, size_t upto);

/* The offset of the first curly double mark (“ or ”) in text t from p up to lim, not past a
 * line's end, or lim when there is none. */
static size_t next_curly_double(const char *t, size_t p, size_t lim)
{
	for (; p < lim && t[p] != '\n'; p++)
		if (text_curly_double(t + p, lim - p))
			return p;
	return lim;
}

/* "“I’d rather live in what he calls “hell” than live there.”": a curly opening mark that
 * starts a word inside an open curly quotation, closed within a few words by a curly mark that
 * another closing one follows before the line ends, is a quotation inside the quotation typed
 * with the same marks, not a new one that replaces it. Looks ahead a bounded stretch. */
static bool nested_same(const struct engine *e, size_t i)
{
	const char *t = e->text;
	size_t p = e->t[i].end, lim = e->len, q;

	if (e->t[i].mark != QMARK_CURLY || e->t[e->open].mark != QMARK_CURLY)
		return false;
	q = next_curly_double(t, p, p + 60 < lim ? p + 60 : lim);
	if (q == p || text_curly_double(t + q, lim - q) != 0x201D)
		return false;
	p = q + 3;
	q = next_curly_double(t, p, p + 2000 < lim ? p + 2000 : lim);
	return text_curly_double(t + q, lim - q) == 0x201D;
}

/* Pairs the quotation mark at token i with the open one, or opens a quotation; a straight mark
 * opens or closes by the spaces around it. */
static void pair_mark(struct engine *e, size_t i, bool spaced_before, bool spaced_after)
{
	struct tok *t = &e->t[i];
	int side = t->side;

	if (side == QSIDE_EITHER)
		side = spaced_before && !spaced_after   ? QSIDE_OPEN
		       : spaced_after && !spaced_before ? QSIDE_CLOSE
		       : e->open == SIZE_MAX            ? QSIDE_OPEN
							: QSIDE_CLOSE;
	/* "“It's unusual,“ said Larry Noble": an opening curly mark typed for the closing one,
	 * attached to the words before it while a curly quotation is open */
	if (side == QSIDE_OPEN && t->mark == QMARK_CURLY && e->open != SIZE_MAX &&
	    e->t[e->open].mark == QMARK_CURLY && !spaced_before && spaced_after)
		side = QSIDE_CLOSE;
	if (e->open == SIZE_MAX) {
		if (side == QSIDE_OPEN)
			e->open = i;
		else
			t->kind = TOK_PUNCT;
		return;
	}
	/* "“I read the question: "Is she fit?" Half said no,” he said": a curly quotation inside
	 * a straight one (or the reverse) closes with its own style of mark, which then closes the
	 * inner quotation, not the outer one as a typing slip would */
	if (e->inner != SIZE_MAX && t->mark == e->t[e->inner].mark) {
		t->kind = TOK_PUNCT;
		e->inner = t->side == QSIDE_OPEN ? i : SIZE_MAX;
		return;
	}
	if (t->mark != e->t[e->open].mark && !(side == QSIDE_CLOSE && mixed(t, &e->t[e->open]))) {
		t->kind = TOK_PUNCT; /* a quotation inside the quotation */
		if (side == QSIDE_OPEN && spaced_before && !spaced_after &&
		    mixed(t, &e->t[e->open])) {
			e->inner = i;
			e->nested = true;
		}
		return;
	}
	if (side == QSIDE_CLOSE) {
		e->t[e->open].kind = TOK_QOPEN;
		e->t[e->open].pair = i;
		t->kind = TOK_QCLOSE;
		t->pair = e->open;
		/* what lies inside it is quoted: a pair is never undone, nor is one inside another */
		for (size_t k = e->open + 1; k < i; k++)
			e->t[k].flags |= TOKF_INQ;
		e->open = SIZE_MAX;
		e->inner = SIZE_MAX;
		e->nested = false;
	} else if (e->nested) {
		unopen(e, i + 1);
	} else if (spaced_before && !spaced_after && nested_same(e, i)) {
		t->kind =
			TOK_PUNCT; /* its closing mark closes it, as a mark of another style would */
		e->inner = i;
	} else {
		e->t[e->open].kind = TOK_PUNCT; /* never closed: the new one replaces it */
		e->open = i;
	}
}

/* Whether the quotation mark at token k has a space (or an opening bracket) before it and a space
 * or a stop after it, as read_mark() tells. */
static void mark_spaces(const struct engine *e, size_t k, bool *before, bool *after)
{
	size_t s = e->t[k].start, end = e->t[k].end;
	char pc = s > 0 ? e->text[s - 1] : ' ', nc = end < e->len ? e->text[end] : ' ';

	*before = text_is_space((unsigned char)pc) || (pc && strchr("([{\xE2", pc));
	*after = text_is_space((unsigned char)nc) || (nc && strchr(",.;:!?)]", nc));
}

/* The open quotation never closed, up to token `upto` (exclusive): its mark opened nothing, and the
 * marks after it, read as inside it (a quotation of the other style in it), are paired again as if
 * it were not there (‘"Pastor Scott defended the “hug” line.’ with no closing mark). */
static void unopen(struct engine *e, size_t upto)
{
	size_t from = e->open + 1;

	e->t[e->open].kind = TOK_PUNCT;
	e->open = SIZE_MAX;
	e->inner = SIZE_MAX;
	e->nested = false;
	for (size_t k = from; k < upto; k++)
		if (e->t[k].mark && (e->t[k].kind == TOK_PUNCT || e->t[k].kind == TOK_MARK)) {
			bool before, after;
			mark_spaces(e, k, &before, &after);
			e->t[k].kind = TOK_MARK;
			pair_mark(e, k, before, after);
		}
}

/* True when coref reads the word token i as a person's name: alone, or, with `last_of_two`, as
 * the last of two capitalised words of its sentence ("Day" after "Kristen Day", a name read
 * whole). The one question person_named() and modal_named() ask coref. */
static bool coref_person_word(const struct engine *e, size_t i, bool last_of_two)
{
	size_t id = coref_resolve(e->co, (struct span){e->t[i].start, e->t[i].end});

	if (id == COREF_NONE && last_of_two && i > 0 && e->t[i - 1].kind == TOK_WORD &&
	    (e->t[i - 1].flags & TOKF_CAP) && e->t[i - 1].sent == e->t[i].sent)
		id = coref_resolve(e->co, (struct span){e->t[i - 1].start, e->t[i].end});
	return id != COREF_NONE && coref_entity(e->co, id)->kind == COREF_PERSON;
}

/* True when the word token i names a person coref knows, alone or as the last of two words
 * ("Day" after "Kristen Day"), and is no day's or month's name, nor a word of the clock
 * ("Friday", "June", "Today"). */
static bool person_named(const struct engine *e, size_t i)
{
	return !tok_among(e, i,
			  "april august december february friday january july june march may "
			  "monday november october saturday september sunday thursday today "
			  "tomorrow tonight tuesday wednesday yesterday") &&
	       coref_person_word(e, i, true);
}

/* True when token i is a capitalised modal ("May", "Will") that coref reads as a person's name,
 * and either a past form follows it (`past`) or it does not open its sentence; the month's name
 * person_named() refuses is a name here ("Theresa May said ... May added"). */
static bool modal_named(const struct engine *e, size_t i, bool past)
{
	if (e->t[i].kind != TOK_WORD || !(e->t[i].flags & TOKF_CAP) || !tok_in(e, i, TOKL_MODAL) ||
	    e->t[i + 1].sent != e->t[i].sent)
		return false;
	if (!past && (i == 0 || e->t[i - 1].sent != e->t[i].sent))
		return false;
	return coref_person_word(e, i, false);
}

/* The word classes a part of a name joined by "&" or "and" loses ("AT&T", "AT and T": no
 * preposition, determiner, pronoun or conjunction). */
#define NAME_PART_CLEAR (~(unsigned)(WORD_PREP | WORD_DET | WORD_PRON | WORD_CONJ | WORD_SUBORD))

/* The length of token k when it is an all-capital word of one to three letters ("AT", "T"), else
 * 0. */
static size_t capital_letters(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || t->end - t->start > 3)
		return 0;
	for (size_t i = t->start; i < t->end; i++)
		if (e->text[i] < 'A' || e->text[i] > 'Z')
			return 0;
	return t->end - t->start;
}

/* True when token k is "and" or "&" between two all-capital words of at most three letters in
 * one sentence, one of them a single letter or the "and" in lowercase (not a headline in
 * capitals): "AT and T", "S & P", "A and P", "US and UK" (the letters of one name, or of two
 * named together; no preposition, article or pronoun). */
static bool letters_joined(const struct engine *e, size_t k)
{
	size_t l, r;

	if (k == 0 || k + 1 >= e->nt || !(tok_is(e, k, "and") || tok_punct(e, k, '&')) ||
	    e->t[k - 1].sent != e->t[k].sent || e->t[k + 1].sent != e->t[k].sent)
		return false;
	l = capital_letters(e, k - 1);
	r = capital_letters(e, k + 1);
	return l && r && (l == 1 || r == 1 || e->text[e->t[k].start] == 'a');
}

/* Reads the word that starts with cp at pos (n bytes) and ends before `end`; returns its end. */
static size_t read_word(struct engine *e, size_t pos, size_t end, uint32_t cp, int n, size_t sent)
{
	bool cap = text_is_upper(cp), digit = cp >= '0' && cp <= '9';
	/* only a word that opens with a digit may be a time glued to a word */
	size_t s = pos, glued = digit ? text_time_glued(e->text, pos, end) : pos;
	struct claims_lexed x;
	struct tok *t;

	if (glued > s)
		end = glued; /* "52PM", then "Bush" */
	pos += (size_t)n;
	while (pos < end) {
		int m, k;
		/* most words are ASCII letters: no decoding for them (the text in a local, which no
		 * call in the loop can change) */
		const char *text = e->text;
		while (pos < end && text_ascii_alnum[(unsigned char)text[pos]])
			pos++;
		if (pos >= end)
			break;
		unsigned char b = (unsigned char)text[pos];
		/* the commonest end, a space or a stop: an ASCII character that is no letter or digit
		 * and none of those the checks below may keep inside the word */
		if (b < 0x80 && b != '\'' && b != '-' && b != '.' && b != ',')
			break;
		/* "Netan\u00ADyahu": a soft hyphen or a zero-width space between letters is a
		 * place the word may break, inside the word */
		size_t hint = b >= 0xC2 ? text_break_hint(e->text + pos, end - pos) : 0;
		if (hint && pos + hint < end && text_is_alnum(char_at(e, pos + hint, &k))) {
			pos += hint;
			continue;
		}
		uint32_t c = char_at(e, pos, &m);
		if (text_is_alnum(c)) {
			pos += (size_t)m;
			continue;
		}
		/* Inside a word: don't, U.S-style hyphens, 3.5, 21,000 */
		if ((is_apostrophe(c) || c == '-' || ((c == '.' || c == ',') && digit)) &&
		    pos + (size_t)m < end && text_is_alnum(char_at(e, pos + (size_t)m, &k)) &&
		    (c != ',' || (unsigned char)(e->text[pos + 1] - '0') < 10)) {
			pos += (size_t)m;
			continue;
		}
		break;
	}
	push_tok(e, s, pos, TOK_WORD, sent);
	t = &e->t[e->nt - 1];
	claims_lex_classes_memo(e->memo, e->text + s, pos - s, e->text + e->len, &x);
	t->cue = x.cue;
	t->word = x.word;
	t->key = x.key;
	t->lists = x.lists;
	if (t->cue) {
		if (e->ncues == e->capcues)
			e->cues = xgrow(e->cues, &e->capcues, e->ncues + 1, sizeof(*e->cues));
		e->cues[e->ncues++] = e->nt - 1;
	}
	t->flags = (unsigned char)((cap ? TOKF_CAP : 0) | (digit ? TOKF_DIGIT : 0) |
				   (x.foreign ? TOKF_FOREIGN : 0) | (x.keyed ? TOKF_KEY : 0));
	/* "Day said" after "Kristen Day": a capitalised time word that coref reads as a word of a
	 * person's name is a name here, no time (not a day's or a month's name: "Friday said") */
	if (cap && (t->word & WORD_TIME) && !(t->word & WORD_DET) && e->co &&
	    person_named(e, e->nt - 1))
		t->word &= ~(unsigned)WORD_TIME;
	/* "Theresa May said ... May added", "In particular, Will wrote": a capitalised modal that
	 * coref reads as a person's name is that name, no verb, when a past form follows it or it
	 * does not open its sentence ("Will the deal pass?" stays a question) */
	if (e->nt >= 2 && !cap && e->co && tok_in(e, e->nt - 2, TOKL_MODAL) &&
	    modal_named(e, e->nt - 2,
			word_ends(e, e->nt - 1, "ed") || tok_in(e, e->nt - 1, TOKL_PAST))) {
		e->t[e->nt - 2].word &= ~(unsigned)WORD_VERB;
		e->t[e->nt - 2].lists &= (unsigned char)~TOKL_MODAL;
	}
	/* "AT&T", "Texas A&M": a capitalised word glued to an ampersand and a letter is a word of
	 * a name, no preposition or article */
	if (cap &&
	    ((pos + 1 < e->len && e->text[pos] == '&' && text_is_ascii_letter(e->text[pos + 1])) ||
	     (s >= 2 && e->text[s - 1] == '&' && text_is_ascii_letter(e->text[s - 2]))))
		t->word &= NAME_PART_CLEAR;
	/* "AT and T said", "A & P": so are the letters on both sides of a spaced "and" or "&" (a
	 * name cut at "AT" read as a preposition showed its speaker as "T") */
	if (cap && e->nt >= 3 && letters_joined(e, e->nt - 2)) {
		e->t[e->nt - 3].word &= NAME_PART_CLEAR;
		t->word &= NAME_PART_CLEAR;
	}
	/* "isn't", "didn’t": a verb */
	if (pos - s > 3 && e->text[pos - 1] == 't' &&
	    (memcmp(e->text + pos - 3, "n't", 3) == 0 ||
	     (pos - s > 5 && memcmp(e->text + pos - 5, "n\xE2\x80\x99t", 5) == 0)))
		t->word |= WORD_VERB | WORD_AUX;
	return pos;
}

/* The quotation mark family of cp at pos, before `end`, or QMARK_NONE; sets *side and, for two
 * apostrophes, *n to their length. */
static int mark_at(const struct engine *e, size_t pos, size_t end, uint32_t cp, int *n, int *side)
{
	int mark = mark_of(cp, side);

	if (mark == QMARK_SINGLE && *side == QSIDE_CLOSE && e->open == SIZE_MAX)
		mark = QMARK_NONE; /* an apostrophe (voters’) */
	/* "CBS‘ Face the Nation": an opening single mark typed for the apostrophe, glued to the
	 * letters before it and spaced after, opens nothing */
	if (mark == QMARK_SINGLE && *side == QSIDE_OPEN && pos > 0 && pos + 3 < end &&
	    text_is_ascii_letter(e->text[pos - 1]) && e->text[pos + 3] == ' ')
		mark = QMARK_NONE;
	if (cp == '\'' && pos + 2 < end && e->text[pos + 1] == '\'' && e->text[pos + 2] == '\'' &&
	    e->open != SIZE_MAX && e->t[e->open].mark == QMARK_TWO_APOS && pos > 0 &&
	    !text_is_space((unsigned char)e->text[pos - 1])) {
		/* "'Kosovo is a special case,''' Mr. Putin said": three closing a quotation inside
		 * one, the single mark first, then the two */
		mark = QMARK_SINGLE;
		*side = QSIDE_CLOSE;
		*n = 1;
	} else if (cp == '\'' && pos + 1 < end && e->text[pos + 1] == '\'') {
		mark = QMARK_TWO_APOS; /* ''a quotation'' in some newspapers' text */
		*side = QSIDE_EITHER;
		*n = 2;
	} else if (cp == '`' && pos + 1 < end && e->text[pos + 1] == '`') {
		mark = QMARK_TWO_APOS; /* ``a quotation'' in wire text typed on a typewriter's keys */
		*side = QSIDE_OPEN;
		*n = 2;
	}
	return mark;
}

/* Reads the quotation mark of n bytes at pos in the paragraph `para` and pairs it, unless it
 * only says that an open quotation goes on (`goes_on`: the first token of a paragraph that
 * continues the quotation). */
static void read_mark(struct engine *e, struct span para, size_t pos, int n, int mark, int side,
		      size_t sent, bool goes_on)
{
	size_t i = e->nt;
	char pc = pos > para.start ? e->text[pos - 1] : ' ';
	char nc = pos + (size_t)n < para.end ? e->text[pos + (size_t)n] : ' ';
	bool before = text_is_space((unsigned char)pc) || (pc && strchr("([{\xE2", pc));
	bool after = text_is_space((unsigned char)nc) || (nc && strchr(",.;:!?)]", nc));

	/* '"“You don’t win it by states,” Rubio said ..."': a straight mark glued to a curly
	 * opening one at the paragraph's start wraps the paragraph as a page copied it: no token
	 * (its partner at the end then closes nothing) */
	if (mark == QMARK_STRAIGHT && pos == para.start && e->open == SIZE_MAX &&
	    text_curly_double(e->text + pos + 1, para.end - pos - 1) == 0x201C)
		return;
	push_tok(e, pos, pos + (size_t)n, TOK_MARK, sent);
	e->t[i].mark = (unsigned char)mark;
	e->t[i].side = (unsigned char)side;
	if (goes_on && e->open != SIZE_MAX && mark == e->t[e->open].mark && side != QSIDE_CLOSE)
		e->t[i].kind = TOK_PUNCT; /* the quotation goes on */
	else
		pair_mark(e, i, before, after);
}

/* Reads punctuation at pos (n bytes): a run of the same ASCII character ("--", "...") is one
 * token. Returns its end. */
static size_t read_punct(struct engine *e, size_t pos, size_t end, int n, size_t sent)
{
	size_t s = pos;

	pos += (size_t)n;
	if (n == 1)
		while (pos < end && e->text[pos] == e->text[s])
			pos++;
	push_tok(e, s, pos, TOK_PUNCT, sent);
	return pos;
}

/* For markup at pos (before end) left in plain text, a tag such as "<tweet id="7" author="@x">"
 * or "</tweet>": where it ends, past its ">" (at most TAG_MAX bytes on); else pos. Its words and
 * quotation marks are no one's: the tag is one mark. */
#define TAG_MAX 200
static size_t markup_end(const char *t, size_t pos, size_t end)
{
	size_t i = pos + 1, name;

	if (i < end && t[i] == '/')
		i++;
	name = i;
	while (i < end && i < pos + TAG_MAX &&
	       ((unsigned char)((t[i] | 0x20) - 'a') < 26 ||
		(i > name && t[i] >= '0' && t[i] <= '9')))
		i++;
	if (i == name || i >= end || (t[i] != '>' && t[i] != ' ' && t[i] != '/'))
		return pos;
	while (i < end && i < pos + TAG_MAX && t[i] != '>' && t[i] != '<' && t[i] != '\n')
		i++;
	return i < end && t[i] == '>' ? i + 1 : pos;
}

/* Cuts paragraph p into tokens. `cont` is true when an open quotation runs on into it. */
static void tokenize_para(struct engine *e, size_t p, bool cont)
{
	const struct doc_para *para = doc_paragraph(e->d, p);
	size_t pos = para->span.start, end = para->span.end;
	size_t si = para->first_sentence, slast = para->first_sentence + para->nsentences;
	/* where sentence si + 1 starts (SIZE_MAX: none) */
	size_t next = si + 1 < slast ? doc_sentence(e->d, si + 1)->span.start : SIZE_MAX;
	/* the sentence of the tokens read, worked out again only when a sentence starts */
	size_t sent = si < slast ? si : (slast ? slast - 1 : 0);
	bool first = true;

	if (para->furniture)
		return; /* a caption of the page's ("[Video: ...]"): no one's words */
	while (pos < end) {
		int n, mark, side;

		if (e->text[pos] == ' ') {
			pos++; /* the space between two words, the commonest byte */
			continue;
		}
		uint32_t cp = char_at(e, pos, &n);

		/* white space, and the middle dot set off by spaces that parts two cells of a table
		 * row (a sentence ends at it: doc_sentences.c), no token of either cell */
		if (text_is_space(cp) || cp == 0xA0 ||
		    (cp == 0xB7 && pos > para->span.start && e->text[pos - 1] == ' ' &&
		     pos + 2 < end && e->text[pos + 2] == ' ')) {
			pos += (size_t)n;
			continue;
		}
		while (next <= pos) {
			si++;
			next = si + 1 < slast ? doc_sentence(e->d, si + 1)->span.start : SIZE_MAX;
			sent = si; /* a real sentence: next is finite only while si + 1 < slast */
		}
		if (cp == '<' && markup_end(e->text, pos, end) > pos) {
			/* one mark for the whole tag: it ends what came before */
			push_tok(e, pos, markup_end(e->text, pos, end), TOK_PUNCT, sent);
			pos = e->t[e->nt - 1].end;
			first = false;
			continue;
		}
		/* a direction mark before the first word (U+200E, U+200F, U+202A to U+202E) is no
		 * text of the paragraph: a pasted comment may open with one */
		if (first && (cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E))) {
			pos += (size_t)n;
			continue;
		}
		if (text_is_alnum(cp)) {
			pos = read_word(e, pos, end, cp, n, sent);
		} else if ((mark = mark_at(e, pos, end, cp, &n, &side)) != QMARK_NONE) {
			/* "” … they are so not like him,” she said": a closing curly mark that opens
			 * its paragraph, with no quotation running on into it, is typed for the
			 * opening one */
			if (first && !cont && cp == 0x201D)
				side = QSIDE_OPEN;
			read_mark(e, para->span, pos, n, mark, side, sent, first && cont);
			pos += (size_t)n;
		} else {
			pos = read_punct(e, pos, end, n, sent);
		}
		first = false;
	}
}

/* True when paragraph p opens with the same kind of mark as the open quotation. */
static bool para_continues(struct engine *e, size_t p)
{
	const struct doc_para *para = doc_paragraph(e->d, p);
	int n, side;
	uint32_t cp;

	if (para->span.start >= para->span.end)
		return false;
	cp = char_at(e, para->span.start, &n);
	return mark_of(cp, &side) == e->t[e->open].mark && side != QSIDE_CLOSE;
}

/* Links each token to the first token of the next sentence. */
static void link_sentences(struct engine *e)
{
	for (size_t i = e->nt; i-- > 0;)
		e->t[i].next = i + 1 < e->nt && e->t[i + 1].sent == e->t[i].sent ? e->t[i + 1].next
										 : i + 1;
}

/* True when "that" follows the token at i past up to three adverbs or times ("confident
 * Tuesday that", "acutely aware that"), or, with wide, past any words but a verb or a cue
 * ("determined in a ruling that"). */
static bool that_follows(const struct engine *e, size_t i, bool wide)
{
	for (size_t k = i + 1; k < e->nt && k < i + 7 && e->t[k].sent == e->t[i].sent; k++) {
		const struct tok *t = &e->t[k];
		if (tok_is(e, k, "that"))
			return true;
		if (t->kind != TOK_WORD || (wide && ((t->word & WORD_VERB) || t->cue)) ||
		    (!wide && (k >= i + 4 || !(((t->word & WORD_TIME) && !(t->word & WORD_DET)) ||
					       (!(t->flags & TOKF_CAP) && word_ends(e, k, "ly"))))))
			return false;
	}
	return false;
}

/* True when the bare verb at i (no -ed, -s or -ing) opens its sentence or follows "please": an
 * order to the reader ("Note that the figures are rough", "Please note that ..."), no one's
 * statement. */
static bool imperative(const struct engine *e, size_t i)
{
	if (word_ends(e, i, "ed") || word_ends(e, i, "s") || word_ends(e, i, "ing"))
		return false;
	return i == 0 || e->t[i - 1].sent != e->t[i].sent || tok_is(e, i - 1, "please");
}

/* True when the tag-only cue at i follows a quotation: right after it ("“...,” worries Ada
 * Cole") or after its speaker, up to four capitalised words or a subject pronoun, and ends the
 * tag there ("“Go back to Univision,” Trump barked.", "“...,” she scoffed and left"; not
 * "“...,” Trump barked orders"). */
static bool tag_after_quote(const struct engine *e, size_t i)
{
	size_t k = i;

	if (i + 1 < e->nt && e->t[i + 1].sent == e->t[i].sent && e->t[i + 1].kind == TOK_WORD &&
	    !(e->t[i + 1].word & (WORD_PREP | WORD_TIME | WORD_CONJ)) && k > 0 &&
	    e->t[k - 1].kind != TOK_QCLOSE && !tok_punct(e, k - 1, ','))
		return false;
	if (k > 0 && e->t[k - 1].kind == TOK_WORD && tok_among(e, k - 1, "he she they i we"))
		k--;
	else
		while (k > 0 && i - k < 4 && e->t[k - 1].kind == TOK_WORD &&
		       (e->t[k - 1].flags & TOKF_CAP))
			k--;
	if (k > 0 && tok_punct(e, k - 1, ','))
		k--;
	return k > 0 && e->t[k - 1].kind == TOK_QCLOSE;
}

/* True when the word after "that" at k opens a clause, not a relative clause's verb: no verb
 * of the word lists, no preposition, and no plain word in "-s" before a determiner or a
 * quotation ("that shows the", "that reads “..."). */
static bool clause_after_that(const struct engine *e, size_t k)
{
	const struct tok *t = k + 1 < e->nt ? &e->t[k + 1] : NULL;

	if (!t || t->sent != e->t[k].sent || t->kind != TOK_WORD ||
	    (t->word & (WORD_VERB | WORD_AUX | WORD_PREP)))
		return false;
	if (t->word || (t->flags & TOKF_CAP) || !word_ends(e, k + 1, "s") || k + 2 >= e->nt)
		return true;
	return !(e->t[k + 2].word & WORD_DET) && e->t[k + 2].kind != TOK_QOPEN;
}

/* True when the tag-only cue "posted" at i says where it was posted and then "that" opens a
 * clause ("posted on Twitter that", "posted on her Facebook page Monday that", "posted to
 * social media that"): "on" or "to", then up to four capitalised words, a possessive and its
 * nouns, "social media" or a time, then "that" before a word that is no verb (not "posted on
 * the site that hosts ...", whose "that" is a relative; not "posted a video on Facebook that
 * shows ...", whose object comes first). */
static bool posted_that(const struct engine *e, size_t i)
{
	size_t k = i + 1, end = i + 7;

	if (!tok_is(e, i, "posted") || k >= e->nt || !tok_among(e, k, "on to"))
		return false;
	for (k++; k < e->nt && k < end && e->t[k].sent == e->t[i].sent; k++) {
		const struct tok *t = &e->t[k];
		if (tok_is(e, k, "that"))
			return k > i + 2 && clause_after_that(e, k);
		if (t->kind != TOK_WORD ||
		    !((t->flags & TOKF_CAP) || (t->word & WORD_TIME) ||
		      tok_among(e, k,
				"his her their its our my social media account page feed "
				"website blog")))
			return false;
	}
	return false;
}

/* A cue that takes only "that" (CUE_THATONLY) is a cue only before "that", a quotation or
 * punctuation, or after a comma or a quotation, as an inverted tag ("cautioned that",
 * "determined in March that", "..., she cautioned.", "..., cautioned two pilots."), an
 * adjective of belief (CUE_ADJ) only after a form of "be" and before "that" ("are confident
 * that"); elsewhere it is a word like any other ("an able and determined opponent", "remain
 * confident despite ..."), which ends no clause; so is one that gives an order ("Note that"), and a
 * message noun (CUE_SIGNAL) is a cue only after the verb that sends it and before "that", and a
 * tag-only cue (CUE_TAGONLY) only right after a quotation. */
static void that_only_cues(struct engine *e)
{
	for (size_t c = 0; c < e->ncues; c++) {
		size_t i = e->cues[c];
		if (!(e->t[i].cue & (CUE_THATONLY | CUE_TAGONLY)))
			continue;
		if (e->t[i].cue & CUE_TAGONLY) {
			if (posted_that(e, i))
				e->t[i].cue &= ~(unsigned)CUE_TAGONLY;
			else if (!tag_after_quote(e, i))
				e->t[i].cue = 0;
		} else if (e->t[i].cue & CUE_SIGNAL) {
			if (claims_signal_verb(e, i) == SIZE_MAX || !that_follows(e, i, true))
				e->t[i].cue = 0;
		} else if (e->t[i].cue & CUE_ADJ) {
			if (claims_belief_adj(e, i) == SIZE_MAX || !that_follows(e, i, false))
				e->t[i].cue = 0;
		} else if (imperative(e, i)) {
			e->t[i].cue = 0;
		} else if (i + 1 < e->nt && e->t[i + 1].kind == TOK_WORD &&
			   !that_follows(e, i, true) &&
			   !(i > 0 &&
			     (tok_punct(e, i - 1, ',') || e->t[i - 1].kind == TOK_QCLOSE))) {
			e->t[i].cue = 0;
		}
	}
}

/* True when the word at k has a verb run into it ("They're", "she’s"). */
static bool run_in_be(const struct engine *e, size_t k)
{
	size_t len = e->t[k].end - e->t[k].start;

	return e->t[k].kind == TOK_WORD && claims_uncontracted(e->text + e->t[k].start, len) < len;
}

/* "expecting" is a cue of belief only in a progressive after a form of "be", perhaps with
 * "not" or an adverb between ("officials are expecting a record turnout", "They're not
 * expecting to win"; PolNeAR train 4 of 4); a participle that modifies a noun ("investors
 * expecting a deal may want to wait", "Anyone expecting him to change should ...") has the
 * sentence's main verb after its object, and a headline's "expecting second child" a birth. */
static void expecting_cues(struct engine *e)
{
	for (size_t c = 0; c < e->ncues; c++) {
		size_t i = e->cues[c], k = i;
		if (!tok_is(e, i, "expecting"))
			continue;
		while (k > 0 && e->t[k - 1].kind == TOK_WORD && e->t[k - 1].sent == e->t[i].sent &&
		       (tok_among(e, k - 1, "not never still also now") ||
			word_ends(e, k - 1, "ly")))
			k--;
		if (k == 0 || e->t[k - 1].sent != e->t[i].sent ||
		    !(tok_be(e, k - 1) || tok_is(e, k - 1, "am") || run_in_be(e, k - 1)))
			e->t[i].cue = 0;
	}
}

/* After "expressed" (or "voiced") at c: the token that ends the feeling it expresses and begins
 * its content ("expressed concern about", "expressed his condolences over", "expressed
 * confidence that", "expressed doubt it would", "voiced concerns about"), or SIZE_MAX;
 * "expressed their support for X" has their support for its content, but a bare "support" or
 * "sympathy" and its "for" or "with" are the cue's ("expressed support for wider engagement":
 * PolNeAR train 3 to 0, "admiration for" stays). */
size_t claims_feeling_prep(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1;

	if (k + 2 < b && tok_among(e, k, "support sympathy") && tok_among(e, k + 1, "for with") &&
	    !(e->t[k].flags & TOKF_INQ))
		return k + 1;

	while (k < b && k < c + 3 && e->t[k].kind == TOK_WORD &&
	       (e->t[k].word & WORD_DET || tok_among(e, k, "his her their its our my some")))
		k++;
	if (k + 2 >= b || e->t[k].kind != TOK_WORD || e->t[k].word || e->t[k].cue)
		return SIZE_MAX; /* a noun of feeling: no function word, no cue */
	if (tok_among(e, k + 1, "about over in with at that"))
		return k + 1;
	if (tok_among(e, k + 1, "he she they it we i"))
		return k; /* "expressed confidence it was ...": the clause follows the noun */
	return SIZE_MAX;
}

size_t claims_sounded_prep(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1;

	if (!tok_among(e, c, "sound sounded sounding sounds"))
		return SIZE_MAX;
	if (k + 2 < b && tok_is(e, k, "off"))
		return tok_among(e, k + 1, "on against about at") ? k + 1 : SIZE_MAX;
	if (k >= b || !tok_among(e, k, "a an the"))
		return SIZE_MAX;
	for (k++; k < b && k < c + 5 && e->t[k].kind == TOK_WORD && !e->t[k].word && !e->t[k].cue &&
		  !(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) &&
		  !tok_among(e, k, "note notes alarm alarms warning");
	     k++)
		; /* "a cautious note", "a rare and early warning" has its "and" stop it */
	if (k + 2 >= b || !tok_among(e, k, "note notes alarm alarms warning"))
		return SIZE_MAX;
	return tok_among(e, k + 1, "about on for over against") ? k + 1 : SIZE_MAX;
}

/* Drops the cue of each of `words` that the phrase after it does not make one: `phrase` (which
 * reads the cue at i up to the sentence's end b) finds none (SIZE_MAX). */
static void cues_in_phrase(struct engine *e, const char *words,
			   size_t (*phrase)(const struct engine *, size_t, size_t))
{
	for (size_t c = 0; c < e->ncues; c++) {
		size_t i = e->cues[c], b = i;
		if (!e->t[i].cue || !tok_among(e, i, words))
			continue;
		while (b < e->nt && e->t[b].sent == e->t[i].sent)
			b++;
		if (phrase(e, i, b) == SIZE_MAX)
			e->t[i].cue = 0;
	}
}

/* "voiced" and "voicing" are cues only before a feeling and its preposition or "that", as
 * "expressed" is read ("voiced concerns about", "voiced support for", "voiced confidence that";
 * claims_feeling_prep()): elsewhere an actor's voice ("voiced the part of the queen") or a
 * phrase of no feeling ("voiced concerns regarding", which then ends no content). "sounded"
 * (and its forms) is a cue only in its phrases of speech ("sounded off on Trump", "sounded a
 * cautious note about the report", "sounded the alarm over"; claims_sounded_prep()), elsewhere a
 * sound or a seeming ("sounded like", "sounded tired", "a sound plan"). */
static void voiced_and_sounded_cues(struct engine *e)
{
	cues_in_phrase(e, "voiced voicing", claims_feeling_prep);
	cues_in_phrase(e, "sound sounded sounding sounds", claims_sounded_prep);
}

bool claims_det_or_possessive(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD &&
	       ((e->t[k].word & WORD_DET) || tok_among(e, k, "his her its their our my your") ||
		word_possessive(e, k));
}

/* "claim" and "claims" are nouns after a determiner or a possessive ("his claim that", "Lena's
 * claims"), "claim" also after one lowercase word there that is no plural ("a false claim",
 * "his recent claim", not "the two senators claim"; but "the ad claims" is a verb): verbs
 * elsewhere ("they claim that", "claimed to be"). Each keeps the classes of the one it is, so a
 * verb's frames never take it for the noun nor the other way. */
static void claim_nouns_or_verbs(struct engine *e)
{
	for (size_t c = 0; c < e->ncues; c++) {
		size_t i = e->cues[c];
		if (!e->t[i].cue || !tok_among(e, i, "claim claims claimed claiming"))
			continue;
		/* the verb takes an infinitive ("claimed to be") but is no act on something, which a
		 * claim inside another's content would be (claims_junk), when it takes a clause */
		if (!(i + 1 < e->nt && tok_is(e, i + 1, "to")))
			e->t[i].cue &= ~(unsigned)CUE_INF;
		if (!(e->t[i].cue & CUE_NOUN))
			continue;
		if (i > 0 &&
		    (claims_det_or_possessive(e, i - 1) ||
		     (e->t[i - 1].kind == TOK_WORD &&
		      (((e->t[i - 1].word & WORD_PREP) && !tok_is(e, i - 1, "to")) ||
		       tok_among(e, i - 1, "against despite"))) ||
		     (i > 1 && tok_is(e, i, "claim") && claims_det_or_possessive(e, i - 2) &&
		      e->t[i - 1].kind == TOK_WORD && !e->t[i - 1].word && !e->t[i - 1].cue &&
		      !(e->t[i - 1].flags & (TOKF_CAP | TOKF_DIGIT)) && !word_ends(e, i - 1, "s"))))
			e->t[i].cue = CUE_NOUN;
		else
			e->t[i].cue &= ~(unsigned)CUE_NOUN;
	}
}

/* The most tokens other_name_before() reads back. */
#define NAME_BACK 60

/* True when a name other than the one that opens the sentence comes before token k in it (a
 * capitalised word that is no time), within NAME_BACK tokens: "Cameron criticised Trump in
 * parliament over his call for", where "his" may be either man's and is no holder to name. */
static bool other_name_before(const struct engine *e, size_t k)
{
	size_t s = k, i;

	while (s > 0 && k - s < NAME_BACK && e->t[s - 1].sent == e->t[k].sent)
		s--;
	for (i = s; i < k && e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP); i++)
		;
	for (; i < k; i++)
		if (e->t[i].kind == TOK_WORD && (e->t[i].flags & TOKF_CAP) &&
		    !(e->t[i].word & WORD_TIME))
			return true;
	return false;
}

/* "Pence's call for a special prosecutor", "his renewed calls for surveillance", "its calls for
 * Silicon Valley to roll back the encryption": "call" or "calls" before "for" with a holder's
 * possessive before it, past up to two adjectives in "-ed" (not "Cardin's plan calls for"), and
 * no other name before a pronoun (other_name_before()), is the noun of a demand and keeps only that
 * class, its holder the source (claims_try_noun); not the verb ("they call for calm") nor a
 * call nobody is named for ("calls for his resignation grew", "a call for help"). */
static void call_nouns(struct engine *e)
{
	for (size_t c = 0; c < e->ncues; c++) {
		size_t i = e->cues[c], k = i;
		if (!e->t[i].cue || !tok_among(e, i, "call calls") || i + 2 >= e->nt ||
		    !tok_is(e, i + 1, "for"))
			continue;
		while (k > 0 && k + 2 > i && e->t[k - 1].sent == e->t[i].sent &&
		       e->t[k - 1].kind == TOK_WORD && !e->t[k - 1].word && !e->t[k - 1].cue &&
		       !(e->t[k - 1].flags & TOKF_CAP) && word_ends(e, k - 1, "ed"))
			k--;
		if (k > 0 && e->t[k - 1].sent == e->t[i].sent &&
		    ((tok_among(e, k - 1, "his her their its our") &&
		      !other_name_before(e, k - 1)) ||
		     ((e->t[k - 1].flags & TOKF_CAP) && word_possessive(e, k - 1))))
			e->t[i].cue = CUE_NOUN;
	}
}

/* "his early-morning tweets attempting to shame", "Trump's flurry of late-night tweets
 * targeting", "the tweets": "tweets" after a determiner, a possessive or a hyphenated
 * adjective, or before a participle, is the plural noun, no cue ("Trump tweets that ..." keeps
 * the verb). */
static void tweets_nouns(struct engine *e)
{
	for (size_t c = 0; c < e->ncues; c++) {
		size_t i = e->cues[c];
		if (!e->t[i].cue || !tok_is(e, i, "tweets") || (e->t[i].flags & TOKF_CAP))
			continue;
		if ((i > 0 && e->t[i - 1].sent == e->t[i].sent && e->t[i - 1].kind == TOK_WORD &&
		     (claims_det_or_possessive(e, i - 1) ||
		      (!(e->t[i - 1].flags & TOKF_CAP) && tok_hyphenated(e, i - 1)))) ||
		    (i + 1 < e->nt && e->t[i + 1].kind == TOK_WORD &&
		     !(e->t[i + 1].flags & TOKF_CAP) && word_ends(e, i + 1, "ing")))
			e->t[i].cue = 0;
	}
}

/* "a clear, well thought out plan", "an ill advised move": a cue word after "well" or "ill" that
 * follows a determiner, a comma or "and" and goes on to a lowercase word is half of an
 * adjective, no cue ("the team played well, said the coach" and "it is well known that" keep
 * theirs). */
static void compound_adjectives(struct engine *e)
{
	for (size_t c = 0; c < e->ncues; c++) {
		size_t i = e->cues[c];
		if (i >= 2 && i + 1 < e->nt && e->t[i].cue && tok_among(e, i - 1, "ill well") &&
		    e->t[i - 1].sent == e->t[i].sent &&
		    (tok_punct(e, i - 2, ',') || tok_is(e, i - 2, "and") ||
		     claims_det_or_possessive(e, i - 2)) &&
		    e->t[i + 1].kind == TOK_WORD && !(e->t[i + 1].flags & TOKF_CAP) &&
		    !tok_is(e, i + 1, "that") && e->t[i + 1].sent == e->t[i].sent)
			e->t[i].cue = 0;
	}
}

/* "Dr. Feel wrote", "Mr. Will said": a capitalised cue word right after a title's abbreviation is
 * a name, no cue. */
static void titled_names(struct engine *e)
{
	for (size_t c = 0; c < e->ncues; c++) {
		size_t i = e->cues[c];
		if (i >= 2 && e->t[i].cue && (e->t[i].flags & TOKF_CAP) &&
		    tok_punct(e, i - 1, '.') && e->t[i - 1].end == e->t[i - 1].start + 1 &&
		    claims_title_before(e, i - 1))
			e->t[i].cue = 0;
	}
}

/* Fills e->at for the block's bytes, unless it is long (the binary search then serves): the
 * first token that ends after each byte. */
static void index_bytes(struct engine *e)
{
	size_t base = e->nt ? e->t[0].start : 0, n = e->nt ? e->t[e->nt - 1].end - base : 0;

	if (n == 0 || n > AT_MAX || e->nt >= UINT32_MAX)
		return;
	/* eight to spare after the last byte's entry */
	e->at = xgrow(e->at, &e->capat, n + 8, sizeof(*e->at));
	/* the table in a local: the inner loop is a plain fill */
	uint32_t *at = e->at;
	for (size_t i = 0, b = 0; i < e->nt; i++) {
		size_t stop = e->t[i].end - base;
		/* eight entries at a time, as many as most tokens and the space after them take:
		 * those past the token's bytes are the next token's, which writes them again (the
		 * last token's fall in the spare room) */
		for (; b < stop; b += 8)
			for (size_t k = 0; k < 8; k++)
				at[b + k] = (uint32_t)i;
		b = stop;
	}
	e->at_base = base;
	e->at_n = n;
}

/* True when a quotation mark comes after token k in the block. */
static bool marks_after(const struct engine *e, size_t k)
{
	while (++k < e->nt)
		if (e->t[k].mark)
			return true;
	return false;
}

size_t claims_block_read(struct engine *e, size_t p)
{
	size_t np = doc_paragraph_count(e->d), run = 0;

	e->nt = 0;
	e->at_n = 0;
	e->ncues = 0;
	for (;;) {
		tokenize_para(e, p, run > 0);
		if (e->open == SIZE_MAX || p + 1 >= np || run >= BLOCK_MAX ||
		    !para_continues(e, p + 1))
			break;
		run++;
		p++;
	}
	while (e->open != SIZE_MAX && marks_after(e, e->open))
		unopen(e, e->nt);
	if (e->open != SIZE_MAX) {
		e->t[e->open].kind = TOK_PUNCT;
		e->open = SIZE_MAX;
	}
	e->inner = SIZE_MAX;
	link_sentences(e);
	that_only_cues(e);
	expecting_cues(e);
	voiced_and_sounded_cues(e);
	claim_nouns_or_verbs(e);
	call_nouns(e);
	compound_adjectives(e);
	tweets_nouns(e);
	titled_names(e);
	index_bytes(e);
	return p + 1;
}

void claims_block_free(struct engine *e)
{
	free(e->t);
	free(e->at);
	free(e->cues);
	claims_lists_free(e->lists);
	free(e->memo);
	e->memo = NULL;
	e->t = NULL;
	e->at = NULL;
	e->cues = NULL;
	e->lists = NULL;
}
