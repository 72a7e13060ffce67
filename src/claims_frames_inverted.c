/* claims_frames_inverted: the frame of an inverted speech tag ("...," said X; "...," X said): its
 * source after or before the cue, its content before it, and content that goes on after it. */
#include <strings.h>

#include "claims_int.h"

/* ---- speech verbs, inverted ("...," said X) ---- */

/* True when the quotation closing at q opened right after a sentence's end the splitter did not
 * see ("... a choice.  “With ...,” he said") or after a colon ("he had silenced his wife: “She
 * signed an agreement,” he told them"): the quotation is all the content. */
static bool quote_after_stop(const struct engine *e, size_t q)
{
	size_t o = e->t[q].pair;

	return e->t[q].kind == TOK_QCLOSE && o > 0 &&
	       (tok_punct(e, o - 1, '.') || tok_punct(e, o - 1, '?') || tok_punct(e, o - 1, '!') ||
		tok_punct(e, o - 1, ':'));
}

/* True when the cue before token k follows a closing quotation mark ("“...,” said", "“...”,
 * said"): what comes after the cue is its source, not its content. */
static bool cue_after_quote(const struct engine *e, size_t k)
{
	size_t j = k - 1;

	while (j > 0 && j + 4 > k && e->t[j].kind == TOK_WORD && e->t[j].cue)
		j--;
	if (j > 0 && tok_punct(e, j, ','))
		j--;
	return e->t[j].kind == TOK_QCLOSE;
}

/* True when the words from k (before b) after an inverted cue are a noun phrase, not a clause
 * ("said the plan was dead"): no verb, cue or "that" up to a comma. A capitalised "May" or
 * "Will" is a name's or a date's ("said Theresa May", "said Ann Lee on May 5"); a lowercase
 * word ending in "-ed" right after a determiner is an adjective ("said the printed slate card",
 * "said one well-connected Democrat"). A relative clause describes the source when "one" or "a"
 * opens it or a quotation comes before the cue ("said a woman who lives nearby", "“...,” said
 * Sen. Jim Whelan who represents ..."; not "said the staff member who succeeded him ...,
 * should be fired"); after a quotation, so does a clause of the occasion ("said Dan Golvach
 * when asked", "said Sanders as he closed out") or a participle and its preposition ("said one
 * Republican involved in the planning"). */
static bool noun_phrase_from(const struct engine *e, size_t k, size_t b)
{
	bool quoted = cue_after_quote(e, k);
	bool rel_ok = quoted || tok_among(e, k, "a an one");

	/* up to a comma, or a colon before a quotation ("Said Ellis: “...”") */
	for (size_t i = k + 1;
	     i < b && i < k + 12 && !tok_punct(e, i, ',') &&
	     !(tok_punct(e, i, ':') && i + 1 < b && e->t[i + 1].kind == TOK_QOPEN);
	     i++) {
		if ((rel_ok && tok_among(e, i, "who whom whose")) ||
		    (quoted && e->t[i - 1].kind == TOK_WORD &&
		     tok_among(e, i, "when while as because although though until once")) ||
		    (quoted && i > k + 1 && i + 1 < b && e->t[i - 1].kind == TOK_WORD &&
		     !(e->t[i - 1].flags & TOKF_DIGIT) && e->t[i].kind == TOK_WORD &&
		     !(e->t[i].flags & TOKF_CAP) && !e->t[i].word && word_ends(e, i, "ed") &&
		     e->t[i + 1].word & WORD_PREP))
			return true;
		if ((e->t[i].word & (WORD_VERB | WORD_AUX) &&
		     !((e->t[i].flags & TOKF_CAP) && tok_among(e, i, "may will"))) ||
		    (e->t[i].cue & CUE_VERB && claims_cue_verb(e, i)) || tok_is(e, i, "that") ||
		    (e->t[i].kind == TOK_WORD && !(e->t[i].flags & TOKF_CAP) &&
		     word_ends(e, i, "ed") &&
		     !(i == k + 1 && (e->t[k].word & WORD_DET || tok_is(e, k, "one")))))
			return false;
	}
	return true;
}

/* True when the "one" at k (before b) after an inverted cue begins its source: "one of" a
 * group ("said one of those advisers"), or "one" and a noun phrase ("said one voter", "said one
 * official who asked not to be named"); not a number ("said one in five", "said one day"), nor
 * alone after a verb of speech ("“...,” said one." names nobody); after "read" it does. */
static bool one_source(const struct engine *e, size_t k, size_t b)
{
	/* "“...,” read one." and "“...,” reads one, against ...": one of the signs or messages
	 * named before reads the words (PolNeAR has "one" as the source) */
	if (k > 0 && tok_among(e, k - 1, "read reads") &&
	    (k + 1 >= b || e->t[k + 1].kind != TOK_WORD))
		return true;
	if (k + 1 >= b)
		return false;
	if (e->t[k + 1].kind != TOK_WORD || (e->t[k + 1].word & (WORD_TIME | WORD_VERB)) ||
	    e->t[k + 1].flags & TOKF_DIGIT)
		return false;
	if (tok_is(e, k + 1, "of"))
		return k + 2 < b && e->t[k + 2].kind == TOK_WORD &&
		       (e->t[k + 2].word & (WORD_DET | WORD_PRON) ||
			e->t[k + 2].flags & TOKF_DIGIT ||
			tok_among(e, k + 2, "those these two three four five several many"));
	if (e->t[k + 1].word &
	    (WORD_PREP | WORD_DET | WORD_PRON | WORD_CONJ | WORD_ADV | WORD_SUBORD))
		return false;
	return noun_phrase_from(e, k, b);
}

/* True when the preposition at j, after the lowercase words from k before a name, joins a
 * title ("secretary of state", "master of ceremonies"): "of" between two lowercase words. */
static bool title_of(const struct engine *e, size_t k, size_t j, size_t b)
{
	return j > k && j + 1 < b && tok_is(e, j, "of") && e->t[j + 1].kind == TOK_WORD &&
	       !(e->t[j + 1].flags & TOKF_CAP) && !e->t[j + 1].word;
}

/* True when token k can begin the source after an inverted cue ("said Frank Coleman", "said the
 * company's chief"): a word that is no "that". */
static bool source_starts(const struct engine *e, size_t k, size_t b)
{
	const struct tok *t = &e->t[k];

	if (k >= b || t->kind != TOK_WORD || tok_is(e, k, "that"))
		return false;
	/* "said Thursday." and "said Thursday morning": a time, not a source; "said June Carter"
	 * is a name */
	if (t->word & WORD_TIME &&
	    (k + 1 >= b || e->t[k + 1].kind != TOK_WORD || !(e->t[k + 1].flags & TOKF_CAP)))
		return false;
	if (claims_message_source(e, k, b))
		return true; /* "said a statement released by the union" */
	/* "one voter", "one of those advisers", "read one.": "one" opens a noun phrase as a
	 * determiner does */
	if (tok_is(e, k, "one"))
		return one_source(e, k, b);
	/* "former Pennsylvania governor Ed Rendell", "master of ceremonies Asab Al-Tabchi":
	 * lowercase words before a name */
	if (!(t->flags & (TOKF_CAP | TOKF_DIGIT) || t->word & (WORD_DET | WORD_PRON) ||
	      tok_among(e, k, "several many some most few both two three four five"))) {
		size_t j = k;
		while (j < b && j < k + 6 && e->t[j].kind == TOK_WORD &&
		       !(e->t[j].flags & TOKF_CAP) &&
		       (!(e->t[j].word & (WORD_VERB | WORD_PREP)) || title_of(e, k, j, b)) &&
		       !e->t[j].cue)
			j++;
		if (j >= b || j == k || e->t[j].kind != TOK_WORD || !(e->t[j].flags & TOKF_CAP))
			return false;
	}
	/* "..., said he." but not "..., said he saw"; after a quotation, "said his daughter" is a
	 * noun phrase (not after other words: "stated his intention") */
	if ((t->word & WORD_PRON) &&
	    !(tok_among(e, k, "his her their its our") && k >= 2 && e->t[k - 2].kind == TOK_QCLOSE))
		return k + 1 >= b || e->t[k + 1].kind != TOK_WORD;
	return noun_phrase_from(e, k, b);
}

/* True when the words from k (before b) are a bare plural noun phrase that ends the clause
 * after an inverted "say" or "said" at k - 1 ("..., say economists.", "..., said political
 * consultants and some campaign advisers."): lowercase words, "and" between, up to a comma or
 * the sentence's end, the last a plural ("said yes", "say thanks" are answers, not sources). */
static bool plural_source(const struct engine *e, size_t k, size_t b)
{
	size_t j = k;

	if (k == 0 || !tok_among(e, k - 1, "say said"))
		return false;
	while (j < b && j < k + 7 && e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_CAP) &&
	       (tok_is(e, j, "and") || tok_among(e, j, "some many other several") ||
		!(e->t[j].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_PRON | WORD_ADV |
				  WORD_DET | WORD_TIME | WORD_SUBORD | WORD_REL | WORD_CONJ))) &&
	       !e->t[j].cue && !word_ends(e, j, "ing")) {
		/* a plural is the head, last before "and" or the end ("say taxing consumption
		 * encourages savings" is a clause) */
		if (j > k && word_plural(e, j - 1) && !tok_is(e, j, "and"))
			return false;
		j++;
	}
	if (j == k || tok_is(e, j - 1, "and") || !word_ends(e, j - 1, "s") ||
	    tok_among(e, j - 1, "yes thanks"))
		return false;
	return j >= b || tok_punct(e, j, '.') || tok_punct(e, j, ',');
}

/* True when [a, comma) is a name and its apposition ("Congressman Chris Collins, a Trump
 * supporter"): the subject of a cue after the comma, not content before it. */
static bool apposed_subject(const struct engine *e, size_t a, size_t comma)
{
	size_t k = claims_trim_intro(e, a, comma), name = k;

	while (k < comma && ((e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) &&
			      !(e->t[k].word & (WORD_PRON | WORD_DET | WORD_TIME))) ||
			     (k > name && tok_punct(e, k, '.')))) /* "Sen. Jon Tester" */
		k++;
	if (k == name || k + 2 >= comma || !tok_punct(e, k, ',') || e->t[k + 1].kind != TOK_WORD)
		return false;
	/* ", a Trump supporter,", ", chairman of the committee," */
	if (!tok_among(e, k + 1, "a an the") &&
	    ((e->t[k + 1].flags & TOKF_CAP) || e->t[k + 1].cue ||
	     (e->t[k + 1].word & (WORD_PREP | WORD_SUBORD | WORD_REL | WORD_PRON | WORD_CONJ |
				  WORD_ADV | WORD_TIME | WORD_VERB))))
		return false;
	for (k += 2; k < comma; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_VERB | WORD_REL)) ||
		    ((e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k)))
			return false;
	return true;
}

/* True when the lowercase word at k, outside quotation marks, may lead a name as part of the
 * person's title ("former Sen. Ann Lee", "state Del. Ann Lee", "spokesman Tom Ray"). */
static bool name_lead(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	return t->kind == TOK_WORD && !(t->flags & (TOKF_CAP | TOKF_INQ)) &&
	       ((t->word & WORD_ROLE) || tok_among(e, k, "state former retired"));
}

/* True when the tag [s, qa) between a closing mark and its cue is a name and its apposition, with
 * no comma before the cue ("Kaplan, also an avid collector of games, rare tarot cards, and
 * books"): capitalised words and stops, a comma, perhaps "also", an article, then words and
 * commas with no verb, cue, pronoun or quotation, at most 24 tokens. */
static bool name_and_apposition(const struct engine *e, size_t s, size_t qa)
{
	size_t k = s;

	while (k < qa && ((e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) &&
			   !(e->t[k].word & (WORD_PRON | WORD_DET | WORD_TIME))) ||
			  (k > s && tok_punct(e, k, '.'))))
		k++;
	if (k == s || k + 3 > qa || qa > s + 24 || !tok_punct(e, k, ',') ||
	    tok_punct(e, qa - 1, ','))
		return false;
	k++;
	if (tok_is(e, k, "also"))
		k++;
	if (!tok_among(e, k, "a an the"))
		return false;
	for (; k < qa; k++)
		if (!(tok_punct(e, k, ',') ||
		      (e->t[k].kind == TOK_WORD && !e->t[k].cue && !(e->t[k].flags & TOKF_INQ) &&
		       !(e->t[k].word & (WORD_VERB | WORD_AUX | WORD_REL | WORD_PRON)))))
			return false;
	return true;
}

/* True when [a, comma) is a description of a person and the name set off after it ("his
 * daughter, Ann Lee", "the mayor's aide, state Del. Ann Lee (D-Va.)"): a possessive or a
 * determiner and at most four lowercase words with no verb, a comma, then lowercase title words,
 * capitalised words and stops, and perhaps a bracket, up to the comma. The subject of a cue after
 * the comma, like a name and its apposition. */
static bool described_name(const struct engine *e, size_t a, size_t comma)
{
	size_t k, name = 0;

	if (a >= comma || !claims_det_or_possessive(e, a) || (e->t[a].flags & TOKF_INQ))
		return false;
	for (k = a + 1; k < comma && !tok_punct(e, k, ','); k++)
		if (k > a + 4 || e->t[k].kind != TOK_WORD ||
		    (e->t[k].flags & (TOKF_CAP | TOKF_INQ)) ||
		    (e->t[k].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_PRON | WORD_CONJ |
				     WORD_SUBORD | WORD_REL)) ||
		    e->t[k].cue)
			return false;
	if (k == a + 1 || k >= comma)
		return false;
	for (k++; k < comma; k++) {
		const struct tok *t = &e->t[k];
		if (tok_punct(e, k, '(') && name > 0) { /* "(D-Newport News)" before the comma */
			size_t j = k + 1;
			while (j + 1 < comma && j < k + 8 && e->t[j].kind != TOK_QOPEN &&
			       e->t[j].kind != TOK_QCLOSE && !tok_punct(e, j, '(') &&
			       !tok_punct(e, j, ')'))
				j++;
			return j + 1 == comma && tok_punct(e, j, ')');
		}
		size_t past = claims_after_nickname(e, k, comma);
		if (past > k) {
			k = past - 1; /* Marcia "Cia" Price */
			continue;
		}
		if (t->kind == TOK_WORD && (t->flags & TOKF_CAP) && !(t->flags & TOKF_INQ) &&
		    !(t->word & (WORD_PRON | WORD_DET | WORD_TIME)))
			name++;
		else if (!(tok_punct(e, k, '.') && (e->t[k - 1].flags & TOKF_CAP)) &&
			 !(name == 0 && name_lead(e, k)))
			return false; /* "Del." and "Marcia" but "state", "former" before them */
	}
	return name > 0;
}

static bool present_verb_at(const struct engine *e, size_t k);

/* The comma after the short noun phrase that opens [a, comma) as a subject ("The survey,", "Lloyd
 * Grove,", "The judge,"): it opens with an article, a possessive or a capital (no answer such as
 * "Yes") and holds no verb in at most eight words; SIZE_MAX when there is none. */
static size_t subject_comma(const struct engine *e, size_t a, size_t comma)
{
	size_t s = claims_trim_intro(e, a, comma), c1;

	if (s >= comma || e->t[s].kind != TOK_WORD || (e->t[s].flags & TOKF_INQ) ||
	    (e->t[s].word & (WORD_PRON | WORD_TIME | WORD_PREP | WORD_SUBORD)) ||
	    !((e->t[s].flags & TOKF_CAP) || claims_det_or_possessive(e, s)) ||
	    tok_among(e, s,
		      "yes no not never well oh okay ok sure absolutely certainly thanks "
		      "thank good great sorry please"))
		return SIZE_MAX;
	for (c1 = s; c1 < comma && c1 < s + 8 && !tok_punct(e, c1, ','); c1++) {
		const struct tok *t = &e->t[c1];
		if (c1 > s && tok_punct(e, c1, '.'))
			continue; /* "Douglas J. Band" */
		if (claims_after_nickname(e, c1, comma) > c1) {
			c1 = e->t[c1].pair; /* Marcia "Cia" Price */
			continue;
		}
		/* "Facebook created the tool to help": a verb, so a clause */
		if (t->kind != TOK_WORD ||
		    (t->word & (WORD_VERB | WORD_AUX | WORD_REL | WORD_SUBORD)) ||
		    (t->cue && claims_cue_verb(e, c1)) || tok_is(e, c1, "to") ||
		    (!(t->flags & TOKF_CAP) &&
		     (word_ends(e, c1, "ed") || tok_in(e, c1, TOKL_PAST))) ||
		    present_verb_at(e, c1))
			return SIZE_MAX;
	}
	return c1 + 1 < comma && tok_punct(e, c1, ',') ? c1 : SIZE_MAX;
}

static bool participle_phrase(const struct engine *e, size_t s, size_t bnd);

/* True when [a, comma) is a subject and a participle's phrase set off after it ("The judge,
 * writing for a unanimous panel,", "Marsh, speaking to reporters,"): the subject of the cue after
 * the comma ("..., said the law “cannot stand”" names no source after the cue). */
static bool participle_aside(const struct engine *e, size_t a, size_t comma)
{
	size_t c1 = subject_comma(e, a, comma);

	return c1 != SIZE_MAX && participle_phrase(e, c1 + 1, comma);
}

/* True when [a, comma) is a subject with phrases set off after it ("The survey, conducted by
 * the Public Policy Institute of California,", "Lloyd Grove, the editor who wrote the profile,",
 * "Will Rogers, for example,"): the subject of the cue after the comma, so the words before it
 * hold no clause that could be what was said ("The plan will fail, says Smith" has one). The
 * subject is a short noun phrase that opens with an article, a possessive or a capital (no
 * answer such as "Yes"), with no verb; the phrases after its comma have no finite verb but in a
 * relative clause ("who wrote", "for whom this race has been"), and none opens with a past after
 * a comma ("Prices, driven by demand, soared, says Smith" has a clause); no quotation. */
static bool modified_subject(const struct engine *e, size_t a, size_t comma)
{
	size_t c1 = subject_comma(e, a, comma), k;
	bool rel = false, seg = false;

	if (c1 == SIZE_MAX)
		return false;
	/* "Folks, if you criticize them, expect ...": a clause set off after a name spoken to */
	if ((e->t[c1 + 1].word & (WORD_SUBORD | WORD_REL)) == WORD_SUBORD)
		return false;
	for (k = c1 + 1; k < comma && k < c1 + 40; k++) {
		const struct tok *t = &e->t[k];
		if (claims_after_nickname(e, k, comma) > k) {
			k = t->pair; /* "the mayor's aide, Marcia "Cia" Price" */
			seg = false;
			continue;
		}
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || (t->flags & TOKF_INQ))
			return false;
		if (t->kind == TOK_PUNCT) {
			if (tok_punct(e, k, ','))
				rel = false, seg = true;
			else if (!tok_punct(e, k, '.') && !tok_dash(e, k))
				return false;
			continue;
		}
		if (tok_among(e, k, "who whom whose which") ||
		    ((t->word & WORD_PREP) && tok_among(e, k + 1, "whom which"))) {
			rel = true;
		} else if (!rel) {
			if ((t->word & (WORD_VERB | WORD_AUX)) ||
			    ((t->cue & CUE_VERB) && claims_cue_verb(e, k)))
				return false;
			/* "Prices, driven by demand, soared": a past after a later comma */
			if (seg && !(t->flags & TOKF_CAP) &&
			    (word_ends(e, k, "ed") || tok_in(e, k, TOKL_PAST)))
				return false;
		}
		seg = false;
	}
	return k == comma;
}

/* The comma before the source of an inverted cue set off by commas ("..., Tad Devine, told"),
 * and before a description that the source follows ("..., his top aide, Tad Devine, told", "...,
 * his aide, former Sen. Ann Lee, said"): the comma before "his top aide" when the words between
 * two commas are a short noun phrase opening with a possessive or a determiner and a name, maybe
 * led by lowercase words of its title (name_lead()), comes after; else comma. */
static size_t apposed_before(const struct engine *e, size_t a, size_t comma, size_t qa)
{
	size_t k, n, lead;

	if (comma == SIZE_MAX)
		return comma;
	if (comma + 1 == qa) { /* ", Tad Devine, told": the comma before the name */
		/* Marcia "Cia" Price: a nickname in the name is the name's */
		for (k = comma, n = 0; k > a && n < 6; n++) {
			if (claims_nickname(e, k - 1) && e->t[k - 1].pair > a)
				k = e->t[k - 1].pair;
			else if ((e->t[k - 1].flags & TOKF_CAP || tok_punct(e, k - 1, '.')) &&
				 (e->t[k - 1].kind == TOK_WORD || tok_punct(e, k - 1, '.')))
				k--;
			else
				break;
		}
		for (lead = 0; k < comma && k > a + 1 && lead < 2 && name_lead(e, k - 1); lead++)
			k--;
		if (k == comma || k <= a + 1 || !tok_punct(e, k - 1, ',') ||
		    (e->t[k].word & (WORD_PRON | WORD_DET)))
			return comma;
		comma = k - 1;
	}
	if (comma + 1 >= e->nt || !(e->t[comma + 1].flags & TOKF_CAP || name_lead(e, comma + 1)))
		return comma;
	for (k = comma; k > a && k + 7 > comma && e->t[k - 1].kind == TOK_WORD &&
			!(e->t[k - 1].word & (WORD_VERB | WORD_PREP | WORD_REL | WORD_SUBORD)) &&
			!e->t[k - 1].cue;
	     k--)
		;
	/* "“...,” her mother, Fiona, said": the quotation's closing mark before the description */
	if (k == comma || k <= a + 1 ||
	    !(tok_punct(e, k - 1, ',') || e->t[k - 1].kind == TOK_QCLOSE) ||
	    !tok_among(e, k, "his her their its the a an our") || k + 2 > comma)
		return comma;
	return k - 1;
}

/* "“Why have a war?” asked a customs officer": after a question, "asked" is the asker's tag and
 * what follows it the asker, not the one asked as in "asked reporters whether ...". */
static bool asked_after_question(const struct engine *e, size_t a, size_t qa)
{
	return qa >= a + 2 && tok_among(e, qa, "asked asks") && e->t[qa - 1].kind == TOK_QCLOSE &&
	       tok_punct(e, qa - 2, '?');
}

/* The closing mark, before qa, of a quotation the sentence at a opens or that began in a
 * sentence before and runs into it ("A. B," X, who is ..., said), or SIZE_MAX. */
static size_t leading_quote_close(const struct engine *e, size_t a, size_t qa)
{
	if (e->t[a].kind == TOK_QOPEN)
		return e->t[a].pair < qa ? e->t[a].pair : SIZE_MAX;
	if (!(e->t[a].flags & TOKF_INQ))
		return SIZE_MAX;
	for (size_t k = a; k < qa; k++)
		if (e->t[k].kind == TOK_QCLOSE)
			return e->t[k].pair < a ? k : SIZE_MAX;
	return SIZE_MAX;
}

/* True when the verb of writing at k has a quoted title before b for its object ("who wrote “Going
 * Viral,”"): a work, no report. */
static bool wrote_title(const struct engine *e, size_t k, size_t b)
{
	return claims_written_verb(e, k) && k + 1 < b && e->t[k + 1].kind == TOK_QOPEN &&
	       e->t[k + 1].pair < b && claims_title_words(e, k + 2, e->t[k + 1].pair);
}

/* True when the quotation closing at token cl, after a, is a title in a phrase ("who wrote “Going
 * Viral,”", "the co-author of “The Long Road,”", "starred in “Parks and Recreation” and
 * “Guardians of the Galaxy,”"): title words after a lowercase preposition, determiner,
 * possessive, verb of writing, or "and" after another quotation. */
static bool quoted_title(const struct engine *e, size_t a, size_t cl)
{
	size_t q;

	if (e->t[cl].kind != TOK_QCLOSE || (q = e->t[cl].pair) <= a || q >= cl ||
	    !claims_title_words(e, q + 1, cl) || e->t[q - 1].kind != TOK_WORD ||
	    (e->t[q - 1].flags & TOKF_CAP))
		return false;
	return (e->t[q - 1].word & (WORD_PREP | WORD_DET)) || word_possessive(e, q - 1) ||
	       claims_written_verb(e, q - 1) ||
	       (tok_among(e, q - 1, "and or") && q >= 2 && e->t[q - 2].kind == TOK_QCLOSE);
}

/* The token where content before an inverted cue ends ("...," said X / "...," X said / Y, X
 * said): the closing mark or comma before the source, or SIZE_MAX. Sets *after_cue when it
 * comes right before the cue and a source follows the cue. A quotation that closes the sentence
 * before ("...?" Sanders said.) is the boundary of a sentence that is only its tag. */
static size_t inverted_boundary(const struct engine *e, size_t a, size_t qa, size_t qb, size_t b,
				bool *after_cue)
{
	size_t k = qa, comma = SIZE_MAX, q;

	*after_cue = k > a && (tok_punct(e, k - 1, ',') || e->t[k - 1].kind == TOK_QCLOSE) &&
		     ((!(e->t[qb - 1].cue & (CUE_NP | CUE_OBJ)) &&
		       !(e->t[qa].cue & (CUE_NP | CUE_OBJ))) ||
		      asked_after_question(e, a, qa)) &&
		     !(e->t[qb - 1].word & WORD_PREP) && /* not "..., a user, wrote on the forum" */
		     !(e->t[k - 1].kind == TOK_QCLOSE && quoted_title(e, a, k - 1)) &&
		     (source_starts(e, qb, b) || plural_source(e, qb, b)) &&
		     !(tok_punct(e, k - 1, ',') &&
		       (apposed_subject(e, a, k - 1) || modified_subject(e, a, k - 1)));
	if (*after_cue)
		return k - 1;
	for (size_t n = 0; k > a && n < 30; k--, n++) {
		/* "“...,” Hemsley, the co-author of “Going Viral,” said", "“...,” Lee, who wrote “The
		 * Long Road,” said": a title quoted at the end of the source's phrase, right before
		 * the cue, is no quotation the tag reports; the walk goes on before it ("are big fans
		 * of ''Prison Break,'' Mr. Madden said" ends its content with the title) */
		if (k == qa && quoted_title(e, a, k - 1)) {
			q = e->t[k - 1].pair;
			/* titles in a list: "“Parks and Recreation” and “Guardians ...,”" */
			while (q >= 2 && tok_among(e, q - 1, "and or") && quoted_title(e, a, q - 2))
				q = e->t[q - 2].pair;
			n += k - 1 - q;
			k = q + 1;
			continue;
		}
		/* Marcia "Cia" Price: a nickname inside a name is no quotation */
		if (e->t[k - 1].kind == TOK_QCLOSE &&
		    claims_after_nickname(e, e->t[k - 1].pair, k) == k) {
			n += k - 1 - e->t[k - 1].pair;
			k = e->t[k - 1].pair + 1;
			continue;
		}
		/* "Voters want a “Fresh” Start, the mayor said": a word or two quoted inside the
		 * sentence, which runs on after the mark to the tag's comma, ends no quotation */
		if (e->t[k - 1].kind == TOK_QCLOSE && comma != SIZE_MAX && k < comma &&
		    e->t[k].kind == TOK_WORD &&
		    (q = claims_scare_quote_open(e, a, k - 1)) != SIZE_MAX) {
			n += k - 1 - q;
			k = q + 1;
			continue;
		}
		/* a closing mark: the boundary, unless a comma nearer the cue ends content that goes
		 * on after the quotation ("''...'' of the case, the opinion said") */
		if (e->t[k - 1].kind == TOK_QCLOSE &&
		    (comma == SIZE_MAX || (e->t[k].kind == TOK_WORD &&
					   (e->t[k].flags & TOKF_CAP || e->t[k].word & WORD_DET))))
			return k - 1;
		if (tok_punct(e, k - 1, ',') && comma == SIZE_MAX)
			comma = k - 1;
		else if (tok_punct(e, k - 1, ',') && k >= a + 2 && e->t[k - 2].kind == TOK_QCLOSE)
			return k - 2;
		else if (claims_stop_back(e, k - 1))
			break;
	}
	/* "''...,'' Cecelia Purner, 67, a retired customer service representative in Allentown,
	 * Pa., said": a quotation opening the sentence, or begun in a sentence before, then only
	 * its source before the cue */
	if ((q = leading_quote_close(e, a, qa)) != SIZE_MAX && q + 1 < qa &&
	    source_starts(e, q + 1, qa)) {
		size_t j;
		for (j = q + 1; j < qa && !(e->t[j].cue & CUE_VERB && claims_cue_verb(e, j) &&
					    !wrote_title(e, j, qa));
		     j++)
			;
		if (j == qa)
			return q;
	}
	/* "“... Loudoun.” Will Estrada said", "“... Loudoun.” Will Estrada, the chairman, said":
	 * a sentence that is only the tag, its source a name and the apposition set off by commas
	 * after it, follows a quotation that closed the sentence before */
	if ((comma == SIZE_MAX ||
	     (comma + 1 == qa && (apposed_subject(e, a, comma) || described_name(e, a, comma)))) &&
	    k == a && a > 0 && e->t[a - 1].kind == TOK_QCLOSE &&
	    doc_sentence(e->d, e->t[a - 1].sent)->paragraph ==
		    doc_sentence(e->d, e->t[a].sent)->paragraph)
		return a - 1;
	return apposed_before(e, a, comma, qa);
}

/* True when the content from cs, which its tag ends, follows a "But", "And" or "So" that opens
 * the sentence at a: that word is the speaker's ("But the point of those sanctions is ..., he
 * said"). The caller leaves it the writer's when content goes on after the tag ("But in those
 * nights, she wrote, she began ...") or a document or data is the source ("records show"),
 * unless a quotation follows the word ("But ''the more interesting issue,'' he added, ''is
 * ...''": quoted true, the words around the tag are one statement). */
static bool tag_keeps_connective(const struct engine *e, size_t a, size_t cs, bool quoted)
{
	if (!tok_among(e, a, "but and so") || !(e->t[a].flags & TOKF_CAP))
		return false;
	if (quoted)
		return e->t[a + 1].kind == TOK_QOPEN && e->t[a + 1].end == cs;
	return e->t[a + 1].kind == TOK_WORD && e->t[a + 1].start == cs;
}

/* The token after ", and" or ", but" that follows the tag of the sentence's last claim, itself
 * a claim before its cue ("A, the mayor said, and B, a spokesman said"), when bnd lies after it:
 * where B, the next tag's content, begins; SIZE_MAX when there is no such tag. */
static size_t after_last_tag(const struct engine *e, size_t bnd)
{
	const struct claim *last;
	size_t k = e->frame_end;

	if (e->nout <= e->sent_first || k + 2 >= bnd || !tok_punct(e, k, ',') ||
	    !tok_among(e, k + 1, "and but") || e->t[k + 2].kind != TOK_WORD)
		return SIZE_MAX;
	last = &e->out[e->nout - 1];
	return last->cue.start > last->content.end && last->cue.end <= e->t[k].start ? k + 2
										     : SIZE_MAX;
}

/* True when the quotation opening at o follows a comma where the content of the sentence's last
 * claim ends ("X, the officials said, Y, “Z,” Mr. McHugh said"): Y is theirs, Z alone is the
 * content of the tag after the quotation. */
static bool quote_after_claim(const struct engine *e, size_t o)
{
	const struct claim *last;

	if (e->nout <= e->sent_first || o == 0 || !tok_punct(e, o - 1, ','))
		return false;
	if (e->frame_end == o - 1)
		return true; /* "Y, the officials said, “Z,” Mr. McHugh said" */
	last = &e->out[e->nout - 1];
	return last->content.end >= e->t[o - 1].start && last->content.end <= e->t[o].start;
}

/* True when token k may open a subject that a relative clause or an apposition interrupts
 * ("opposition leader Morgan Tsvangirai, who ..., returned"): a word that is no function word,
 * verb, adverb or participle. */
static bool subject_word(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	return t->kind == TOK_WORD && !(t->flags & TOKF_INQ) && !(t->cue & CUE_VERB) &&
	       !(t->word & (WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_ADV | WORD_VERB |
			    WORD_INTRO | WORD_PRON)) &&
	       !word_ends(e, k, "ing") && !word_ends(e, k, "ed") && !word_ends(e, k, "ly");
}

/* "Fuelling speculation that the plan was in motion, opposition leader Morgan Tsvangirai returned
 * to Harare, his spokesman said": a participle that opens the sentence (a capitalised word in
 * "-ing" that is no cue), its phrase to the first comma with no quotation and no verb of saying in
 * it, then a main clause before the tag at bnd: the phrase is the writer's, the content the
 * clause after its comma. That clause's first token, or s. */
static size_t after_participle(const struct engine *e, size_t s, size_t bnd)
{
	if (s + 3 >= bnd || !(e->t[s].flags & TOKF_CAP) || (e->t[s].flags & TOKF_INQ) ||
	    e->t[s].cue || !word_ends(e, s, "ing") || (e->t[s].word & (WORD_PREP | WORD_SUBORD)))
		return s;
	for (size_t k = s + 1; k + 1 < bnd && k < s + 40; k++) {
		if (e->t[k].kind == TOK_QOPEN || e->t[k].kind == TOK_QCLOSE ||
		    (e->t[k].flags & TOKF_INQ) || (e->t[k].cue & CUE_VERB))
			return s;
		if (tok_punct(e, k, ','))
			return claims_main_clause(e, k + 1, bnd) || subject_word(e, k + 1) ? k + 1
											   : s;
		if (e->t[k].kind != TOK_WORD)
			return s;
	}
	return s;
}

/* True when the quotation opening at o, after a, follows a dash that opens an aside ("leaders —
 * “He would have loved Stalin,” Mr. Biden said — and"), not one that closes it ("— as many
 * researchers believe — “why wouldn't you ...?”": the words before the aside are the claim's
 * too): an even number of dashes in the sentence before that one. */
static bool opening_dash(const struct engine *e, size_t a, size_t o)
{
	size_t n = 0;

	if (o <= a || !tok_dash(e, o - 1))
		return false;
	for (size_t k = a; k + 1 < o; k++)
		n += tok_dash(e, k);
	return n % 2 == 0;
}

/* "The people of the valley “deserve a mayor who listens. That is Ortiz,” said the governor": a
 * quotation opening at o in lower case goes on with the words that open its sentence before it,
 * its subject, which are then the content's first (PolNeAR has them in it): one to nine words,
 * with no verb, cue, comma or claim of their own. That sentence's first token, or SIZE_MAX. */
static size_t subject_before_quote(const struct engine *e, size_t o)
{
	size_t s = o;

	if (o == 0 || o + 1 >= e->nt || e->t[o + 1].kind != TOK_WORD ||
	    (e->t[o + 1].flags & TOKF_CAP))
		return SIZE_MAX;
	while (s > 0 && e->t[s - 1].sent == e->t[o].sent && s + 9 > o)
		s--;
	if (s == o || (s > 0 && e->t[s - 1].sent == e->t[o].sent))
		return SIZE_MAX;
	for (size_t k = s; k < o; k++)
		if ((e->t[k].kind != TOK_WORD &&
		     !(tok_punct(e, k, '.') && k > s && claims_title_before(e, k))) ||
		    (e->t[k].flags & (TOKF_INQ | TOKF_USED)) || claims_verb_like(e, k) ||
		    (e->t[k].word & (WORD_SUBORD | WORD_REL)))
			return SIZE_MAX;
	return s;
}

/* "As for the budget, “it was late,” she said": a topic set before the quotation that follows
 * its comma is the writer's, and the quotation alone the content (PolNeAR train and dev 2 to 0;
 * "As for X, she said, “...”" keeps it). True when the sentence from a opens with "As for" and
 * a noun phrase with no verb or cue, at most ten words, and the quotation opens at o right after
 * its comma. */
static bool topic_before_quote(const struct engine *e, size_t a, size_t o)
{
	if (o < a + 4 || o > a + 13 || !tok_is(e, a, "as") || !tok_is(e, a + 1, "for") ||
	    !tok_punct(e, o - 1, ',') || (e->t[a].flags & TOKF_INQ))
		return false;
	for (size_t k = a + 2; k + 1 < o; k++)
		if ((e->t[k].kind != TOK_WORD && !tok_punct(e, k, '.')) || claims_verb_like(e, k) ||
		    (e->t[k].flags & TOKF_INQ))
			return false;
	return true;
}

/* "Clinton held a roundtable and pledged to “promote ...,” the Orlando Sentinel reported", "He
 * said at a Post-sponsored conference that he was ''very comfortable,'' The Post reported",
 * "The board backed the plan, a spokesman said": a tag set off by a comma at the end of the
 * sentence (or before a dash) after a claim made inside it reports the whole sentence
 * (PolNeAR's gold), not the words after that claim's cue; the inner claim nests in it or goes
 * (claims_drop_nested()). The inner claim has another speaker than the tag's, which is no
 * pronoun ("DuVernay said she felt ..., she said", "Rick Tyler said that ..., Tyler said" tell
 * one statement), and its cue is a step of a statement (a stance, an act, claims_step_cue()),
 * or the tag is an outlet's "reported" after a partial quotation (no person coref knows). */
static bool tag_reports_sentence(const struct engine *e, const struct frame *f, size_t bnd)
{
	size_t end = f->qb > f->sb ? f->qb : f->sb;
	const struct claim *last;

	if (e->frame_end <= f->a || e->nout <= e->sent_first || f->sa >= f->sb || f->sb > f->qa ||
	    f->qa + 1 != f->qb || bnd + 1 != f->sa ||
	    !(tok_punct(e, bnd, ',') ||
	      (e->t[bnd].kind == TOK_QCLOSE && tok_punct(e, bnd - 1, ','))))
		return false;
	if (end < e->nt && e->t[end].sent == e->t[f->qa].sent && !tok_punct(e, end, '.') &&
	    !tok_dash(e, end))
		return false;
	for (size_t k = f->sa; k < f->sb; k++)
		if (e->t[k].word & WORD_PRON)
			return false;
	struct span src = {e->t[f->sa].start, e->t[f->sb - 1].end};
	last = &e->out[e->nout - 1];
	if (span_empty(last->speaker) || last->cue.start < e->t[f->a].start ||
	    last->content.end > e->t[bnd].end || last->speaker.end > e->t[bnd].start ||
	    (last->speaker.end - last->speaker.start == src.end - src.start &&
	     memcmp(e->text + src.start, e->text + last->speaker.start, src.end - src.start) == 0))
		return false;
	/* "Clearly, Energy Control believed that ..., he said": a belief keeps its own row */
	for (size_t k = claims_tok_at(e, last->cue.start);
	     k < e->nt && e->t[k].start < last->cue.end; k++)
		if (e->t[k].cue & CUE_BELIEF)
			return false;
	if (claims_step_cue(e, last))
		return true;
	return e->t[bnd].kind == TOK_QCLOSE && e->t[bnd].pair > f->a &&
	       e->frame_end <= e->t[bnd].pair && tok_among(e, f->qa, "reported reports") &&
	       !claims_known_person(e, src);
}

/* Sets the content's start before an inverted cue whose boundary is bnd, and returns where it
 * ends before any carrying on: at the first of the marks and commas before the source. */
static size_t inverted_content(const struct engine *e, struct frame *f, size_t bnd)
{
	size_t cb = bnd, lt;

	while (cb > f->a &&
	       (tok_punct(e, cb - 1, ',') || tok_punct(e, cb - 1, '?') ||
		tok_punct(e, cb - 1, '!') || e->t[cb - 1].kind == TOK_QCLOSE) &&
	       e->t[cb].kind != TOK_QCLOSE)
		cb--;
	if (e->t[bnd].kind == TOK_QCLOSE && e->t[bnd].pair < f->a &&
	    (lt = claims_quote_para_split(e, e->t[bnd].pair)) != SIZE_MAX)
		f->cs = e->t[lt + 1].end; /* "“A,” he said. “B. ¶ “C,” he said": C alone */
	else if (e->t[bnd].kind == TOK_QCLOSE && e->t[bnd].pair < f->a &&
		 (lt = subject_before_quote(e, e->t[bnd].pair)) != SIZE_MAX)
		f->cs = e->t[lt].start; /* "The budget “was late. It hurt,” she said" */
	else if (e->t[bnd].kind == TOK_QCLOSE &&
		 (e->t[bnd].pair < f->a || quote_after_stop(e, bnd) ||
		  topic_before_quote(e, f->a, e->t[bnd].pair) ||
		  quote_after_claim(e, e->t[bnd].pair) || opening_dash(e, f->a, e->t[bnd].pair) ||
		  /* "blowback from members (“I want my dues back,” wrote Edward Nelson)" */
		  (e->t[bnd].pair > f->a && tok_punct(e, e->t[bnd].pair - 1, '('))))
		f->cs = e->t[e->t[bnd].pair].end; /* a quotation opened in a sentence before, after
						     another claim's content, set off by a dash
						     with its tag ("leaders — “He would have loved
						     Stalin,” Mr. Biden said —") or opening a
						     parenthesis */
	else if (e->t[bnd].kind != TOK_QCLOSE && (lt = after_last_tag(e, bnd)) != SIZE_MAX)
		f->cs = e->t[lt].start; /* "A, the mayor said, and B, a spokesman said" */
	else if (tag_reports_sentence(e, f, bnd))
		f->cs = e->t[after_participle(e, claims_skip_connective(e, f->a, bnd), bnd)].start;
	else if (e->t[bnd].kind != TOK_QCLOSE && claims_holds_claims(e, e->t[bnd].start))
		f->cs = e->t[claims_skip_connective(e, f->a, bnd)].start; /* "X hopes Y, the company
								      said": X's claim is in it */
	else
		f->cs = claims_floor_start(
			e, after_participle(e, claims_skip_connective(e, f->a, bnd), bnd), bnd);
	f->cs = claims_aside_span_start(e, f->cs, cb); /* "..., 21 months, he said, after" */
	return e->t[cb].start;
}

/* True when the quotation that closes at bnd (or just before it) opens the sentence that starts
 * at a, or began in a sentence before: a quotation the cue's tag follows, not a title inside an
 * introductory phrase. */
static bool quote_leads(const struct engine *e, size_t a, size_t bnd)
{
	size_t q = e->t[bnd].kind == TOK_QCLOSE ? bnd : bnd - 1, open = e->t[q].pair;

	/* "To chants of “Go Lena! Go Lena!,” the senator said the race ...": where a mark inside
	 * the quotation ended a sentence, a quotation right after a preposition is the object of a
	 * phrase, no tag's statement ("Clinton “offers ... Does that fly?” Axelrod asked" leads) */
	if (open < a)
		return !(open > 0 && e->t[open - 1].kind == TOK_WORD &&
			 (e->t[open - 1].word & WORD_PREP) && !(e->t[open - 1].flags & TOKF_CAP));
	/* "Fallon fired back: “A,” he wrote, “B”", "... - ''A,'' he said, ''B'' - and ...": a
	 * quotation after a colon or a dash opens a statement of its own */
	return claims_trim_intro(e, a, open + 1) >= open ||
	       (open > a && tok_punct(e, open - 1, ':') && !(e->t[open - 1].flags & TOKF_INQ));
}

/* "... the equivalent of “The Big Parade.” She says he is unfit", "... “corporate welfare.”
 * Hale has backed the grants": a quotation that a full stop closes in the sentence before is no
 * tag's content when the cue's own clause or noun phrase follows it at once (p, where
 * claims_content_start found it); after "told" the words that follow are its addressee. */
static bool clause_after_stop(const struct engine *e, const struct frame *f, size_t bnd, size_t p)
{
	return bnd < f->a && e->t[bnd].kind == TOK_QCLOSE && tok_punct(e, bnd - 1, '.') &&
	       p == f->qb && !(f->cue & CUE_OBJ);
}

/* True when the words [k, end) set off by commas after a name tell more of the one it names: an
 * age ("30"), a place after "of" or "from" ("of Raleigh"), or a state's abbreviation ("N.C."). */
static bool after_name(const struct engine *e, size_t k, size_t end)
{
	if (end == k + 1 && (e->t[k].flags & TOKF_DIGIT))
		return true;
	if (tok_among(e, k, "of from") && !(e->t[k].flags & TOKF_CAP) && k + 1 < end &&
	    (e->t[k + 1].flags & TOKF_CAP))
		return true;
	/* "N.C.", "Del.", "Calif.": a capitalised abbreviation with its stops */
	if (end == k + 2 && (e->t[k].flags & TOKF_CAP) && e->t[k].end - e->t[k].start <= 6 &&
	    tok_punct(e, k + 1, '.'))
		return true;
	for (size_t j = k; j < end; j++)
		if (!(tok_punct(e, j, '.') ||
		      (e->t[j].kind == TOK_WORD && (e->t[j].flags & TOKF_CAP) &&
		       e->t[j].end - e->t[j].start <= 2)))
			return false;
	return end > k;
}

/* "Y, the source, who said he had spoken to people inside, told Reuters.": a source set off by
 * commas and followed by a relative clause between the comma before the cue and ", who". Returns
 * the comma before the source and sets [*sa, *sb) to it, or SIZE_MAX when the cue at qa has no
 * such source. */
static size_t relative_source(const struct engine *e, size_t a, size_t qa, size_t *sa, size_t *sb)
{
	size_t comma = qa - 1, rel, k;

	if (qa < a + 6 || !tok_punct(e, comma, ','))
		return SIZE_MAX;
	for (rel = comma - 1; rel > a + 3 && rel + 40 > comma; rel--) {
		if (e->t[rel].kind == TOK_QOPEN || tok_punct(e, rel, ';') || tok_punct(e, rel, ':'))
			return SIZE_MAX;
		if (tok_among(e, rel, "who whose") && tok_punct(e, rel - 1, ','))
			break;
	}
	if (!tok_among(e, rel, "who whose") || !tok_punct(e, rel - 1, ','))
		return SIZE_MAX;
	/* the noun phrase between the comma before it and ", who": a few words and no verb */
	size_t end = rel - 1;
	for (;;) {
		for (k = end; k > a && k + 9 > end; k--) {
			const struct tok *t = &e->t[k - 1];
			if (tok_punct(e, k - 1, ',') || e->t[k - 1].kind == TOK_QCLOSE)
				break;
			if ((t->kind != TOK_WORD && !tok_punct(e, k - 1, '.')) ||
			    (t->word &
			     (WORD_VERB | WORD_AUX | WORD_REL | WORD_SUBORD | WORD_CONJ)) ||
			    (t->cue && claims_cue_verb(e, k - 1)))
				return SIZE_MAX;
		}
		/* "“...,” Hal Bond, 30, of Dover, Del., who ...": an age, a place and its state
		 * set off after the name belong to it; the name comes first */
		if (k > a + 1 && k < end && tok_punct(e, k - 1, ',') && after_name(e, k, end)) {
			end = k - 1;
			continue;
		}
		break;
	}
	if (k <= a + 1 || k + 1 >= rel || k >= end)
		return SIZE_MAX;
	*sa = k;
	*sb = rel - 1;
	/* "“...,” Warren, who has not endorsed anyone, told reporters": the name right after the
	 * quotation's closing mark, the source with its relative clause as after any quotation
	 * ("Ruth Ames, who is treasurer of the club") */
	if (e->t[k - 1].kind == TOK_QCLOSE) {
		if (!(e->t[k].flags & TOKF_CAP))
			return SIZE_MAX;
		*sb = comma;
	} else if (!tok_punct(e, k - 1, ',')) {
		return SIZE_MAX;
	}
	return k - 1;
}

/* The inverted frame: content before the cue. False when the cue does not have one (then the
 * forward frame is tried); true when it does, whether or not a claim came of it. */
/* "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”": a capitalised
 * cue that opens the sentence, its source after it, then a quotation after a comma or a colon
 * (no other cue between) that is the content. False when the frame is not that. */
static bool try_said_first(struct engine *e, struct frame *f)
{
	size_t c = f->c, b = f->b, sb, q;

	if (c + 2 >= b || !(e->t[c].flags & TOKF_CAP) || (f->cue & CUE_ING) ||
	    e->t[c + 1].kind != TOK_WORD ||
	    !((e->t[c + 1].flags & TOKF_CAP) || (e->t[c + 1].word & WORD_DET)) ||
	    !source_starts(e, c + 1, b))
		return false;
	sb = claims_source_after(e, c, b);
	if (sb <= c + 1 || sb >= b)
		return false;
	for (q = sb; q < b && q < sb + 40; q++) {
		if (e->t[q].kind == TOK_QOPEN)
			break;
		if ((e->t[q].cue & CUE_VERB) && claims_cue_verb(e, q))
			return false;
	}
	if (q >= b || q >= sb + 40 || !(tok_punct(e, q - 1, ',') || tok_punct(e, q - 1, ':')))
		return false;
	f->sa = c + 1;
	f->sb = sb;
	claims_content_at(e, f, q);
	claims_emit(e, f);
	return true;
}

/* True when the sentence at a opens with a name and a relative clause on it ("Mr. Ames, who ran
 * the board for years,") that runs to the cue at qa: a subject set off with its apposition, not
 * content before an inverted cue. */
static bool relative_opens(const struct engine *e, size_t a, size_t qa)
{
	for (size_t k = a; k + 1 < qa && k < a + 6; k++) {
		if (tok_punct(e, k, ','))
			return k > a && tok_is(e, k + 1, "who");
		if (!(e->t[k].flags & TOKF_CAP) && !tok_punct(e, k, '.'))
			return false;
	}
	return false;
}

/* True when the words from k after an inverted cue (at most 30, before b) hold a finite verb in
 * lower case before any relative pronoun or "but": "Mr. Ames, who ran the board for years, said
 * the sale, later blocked by the court, was meant to ...": with relative_opens(), a clause that
 * is what was said, the words before the cue its speaker ("said a spokesman who was not
 * authorized to speak" keeps its source). */
static bool verb_inside(const struct engine *e, size_t k, size_t b)
{
	for (size_t lim = k + 30 < b ? k + 30 : b; k < lim; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
			continue;
		if ((e->t[k].word & WORD_REL) || tok_among(e, k, "that whose but and"))
			return false;
		if ((e->t[k].word & WORD_VERB) && !(e->t[k].flags & TOKF_CAP))
			return true;
	}
	return false;
}

/* True when a comma and a participle of speech lie between the cue's end qb and p, where
 * content was found after it ("Y, X said Tuesday in Paris, noting the mayor “...”"): what
 * follows is the participle's, and the cue's content is the clause before its tag. */
static bool participle_between(const struct engine *e, size_t qb, size_t p)
{
	for (size_t k = qb; k + 1 < p; k++)
		if (tok_punct(e, k, ',') && (e->t[k + 1].cue & CUE_ING) &&
		    claims_cue_verb(e, k + 1))
			return true;
	return false;
}

/* True when the tag at c ("X said of the board in March") ends at a comma before a subordinate
 * clause that tells when or why (", when the board refused to meet her"): the writer's, so a
 * sentence that is only a tag after a quotation closed in the one before ("“...?” X said ...,
 * when ...") still ends its tag there. The tag has no verb ("in May" is a month) and at most
 * 14 words. */
static bool tag_before_subordinate(const struct engine *e, size_t c, size_t b)
{
	for (size_t k = c + 1; k + 2 < b && k <= c + 14; k++) {
		if (tok_punct(e, k, ','))
			return tok_among(e, k + 1,
					 "when after as because while before though although");
		/* "X told ITV when asked how ...", "X said while campaigning": a clause of time
		 * with no subject, no comma before it */
		if (k > c + 1 && claims_bare_time_clause(e, k, b))
			return true;
		/* "in an interview aired on Monday": a participle on the noun before it */
		if (tok_among(e, k, "aired broadcast published posted released recorded") &&
		    k > c + 2 && tok_among(e, k - 1, "interview statement video program show"))
			continue;
		if (e->t[k].kind != TOK_WORD || e->t[k].cue ||
		    ((e->t[k].word & WORD_VERB) && !(e->t[k].flags & TOKF_CAP)))
			return false;
	}
	return false;
}

/* Where the words after a tag set inside a sentence begin to go on: after the addressee of a cue
 * that takes one ("And, Reed tells the crowd, he has been tough": the comma after "the crowd"),
 * a few words with no verb before a comma; else right after the cue. */
static size_t addressee_end(const struct engine *e, const struct frame *f)
{
	if (!(f->cue & CUE_OBJ))
		return f->qb;
	for (size_t k = f->qb; k + 1 < f->b && k < f->qb + 5; k++) {
		if (tok_punct(e, k, ','))
			return k > f->qb ? k : f->qb;
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & WORD_VERB) || e->t[k].cue)
			return f->qb;
	}
	return f->qb;
}

/* True when the inverted "say" at c after the comma bnd gives an example, set after a word that
 * wants its object ("a document of, say five hundred pages, in a crimpy hand", "to, say a
 * dozen"): no report can end on that word, so it is no tag. */
static bool example_say(const struct engine *e, size_t bnd, size_t c)
{
	return bnd > 0 && tok_is(e, c, "say") && !(e->t[c].flags & TOKF_CAP) &&
	       tok_punct(e, bnd, ',') && e->t[bnd - 1].kind == TOK_WORD &&
	       ((e->t[bnd - 1].word & (WORD_PREP | WORD_DET)) || tok_is(e, bnd - 1, "to"));
}

/* True when the words from s to bnd are a participle's phrase with no finite verb ("Weighing in
 * on the discussion", "Following an animated town hall meeting"): an "-ing" word first, then no
 * verb, auxiliary or cue verb, and no past (in "-ed", or "led") but after an article or a
 * possessive ("Seeing him suffer changed her", "Seeing his brother suffer led him" are clauses,
 * the gerund their subject). */
static bool participle_phrase(const struct engine *e, size_t s, size_t bnd)
{
	if (!word_ends(e, s, "ing") || (e->t[s].flags & TOKF_INQ) ||
	    (e->t[s].word & (WORD_VERB | WORD_AUX | WORD_PREP)) || s + 2 > bnd || bnd > s + 30)
		return false;
	for (size_t k = s + 1; k < bnd; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || (t->flags & TOKF_INQ) ||
		    (t->word & (WORD_VERB | WORD_AUX)) ||
		    ((t->cue & CUE_VERB) && claims_cue_verb(e, k)))
			return false;
		if (t->kind == TOK_WORD && !(t->flags & TOKF_CAP) &&
		    (word_ends(e, k, "ed") || tok_in(e, k, TOKL_PAST | TOKL_FINITE)) &&
		    !claims_det_or_possessive(e, k - 1))
			return false;
	}
	return true;
}

/* True when the clause that the subordinator at o opens the sentence with (after s and perhaps
 * an adverb: "even after", "just as") runs alone to bnd ("even after several videos of the
 * incident surfaced"): no comma (a clause after "Since then," is the main one), no time or number
 * right after it (a preposition: "killings since 1993 were ..."), and no second subject, an
 * article or a pronoun right after a plain noun ("After the vote he left the party" holds a main
 * clause, which a tag after it reports), and no second verb ("When the mill closed the town
 * lost its jobs"). A word in "-ed", "-s" or "-ing" before an article may be a verb with its
 * object, so it counts as no noun there. */
static bool one_clause(const struct engine *e, size_t s, size_t o, size_t bnd)
{
	for (size_t k = s; k < o; k++)
		if (!(e->t[k].word & WORD_ADV) && !tok_among(e, k, "even just only shortly soon"))
			return false;
	if (!tok_adverbial_subordinator(e, o, true) || o + 2 >= bnd || bnd > o + 30 ||
	    (e->t[o + 1].flags & TOKF_DIGIT) || (e->t[o + 1].word & WORD_TIME))
		return false;
	for (size_t k = o + 1, verbs = 0; k < bnd; k++) {
		const struct tok *p = &e->t[k - 1];
		if (e->t[k].kind != TOK_WORD)
			return false;
		/* "When the mill closed the town lost its jobs": a second verb, a second clause */
		if (!(e->t[k].flags & TOKF_CAP) &&
		    ((e->t[k].word & (WORD_VERB | WORD_AUX)) || tok_in(e, k, TOKL_PAST) ||
		     (word_ends(e, k, "ed") && !claims_det_or_possessive(e, k - 1))) &&
		    ++verbs > 1)
			return false;
		if (k < o + 3 || p->kind != TOK_WORD ||
		    !((e->t[k].word & WORD_DET) || tok_among(e, k, "he she they we i")))
			continue;
		if (!p->word && !p->cue && !(p->flags & (TOKF_DIGIT | TOKF_INQ)) &&
		    !word_ends(e, k - 1, "ed") && !word_ends(e, k - 1, "s") &&
		    !word_ends(e, k - 1, "ing"))
			return false;
	}
	return true;
}

/* True when token k, inside a phrase that opens with a preposition, begins a clause after the
 * preposition's object: an article or a personal pronoun, or a word in "-ed" in lower case,
 * right after a name, a number or a time that ends the object ("In March the law expires", "In
 * 2017 it expired", "In 2017 Congress passed"; not "In the heart of a city", "In a closed
 * session", "In the text accompanying the post", "In breaking down the results"). */
bool claims_clause_after_object(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];
	/* "In March, the law expires": a comma may set the phrase off; then only an article or
	 * a pronoun opens the clause ("In March, hired hands" is no clause) */
	bool comma = k >= 2 && tok_punct(e, k - 1, ',');
	size_t o = comma ? k - 2 : k - 1;
	const struct tok *p = &e->t[o];

	if (t->kind != TOK_WORD || p->kind != TOK_WORD || (p->word & (WORD_PREP | WORD_ADV)) ||
	    claims_det_or_possessive(e, o) ||
	    !((p->flags & (TOKF_CAP | TOKF_DIGIT)) || (p->word & WORD_TIME)))
		return false;
	return (t->word & WORD_DET) || tok_among(e, k, "he she it they we i") ||
	       (!comma && !(t->flags & TOKF_CAP) && word_ends(e, k, "ed"));
}

/* True when the words [a, bnd) before an inverted tag are only an opening phrase or clause
 * ("In a statement on Friday, the board said ...", "When I ask him about it, he says ...",
 * "Friday morning, as the parade went by, the station reported ..."): a time, a place or a
 * subordinate clause that sets the scene for the main clause is no statement of its own. A
 * subordinate clause counts when words run on after the tag at c (before b), or when it is the
 * only clause before the tag ("Even after the videos surfaced, the campaign denied it":
 * one_clause()), since a tag that ends the sentence may follow a main clause with no comma
 * before it ("After the vote he left the party, aides said"); a gerund that opens the sentence
 * is a subject ("Seeing him suffer changed her, she said"), a participle's phrase with no verb
 * is not ("Following a town hall meeting, Kasich boasted ..."). */
static bool opening_only(const struct engine *e, size_t a, size_t bnd, size_t c, size_t b)
{
	size_t s = claims_skip_connective(e, a, bnd), o, t;

	if (s >= bnd || e->t[s].kind != TOK_WORD)
		return false;
	if ((e->t[s].word & WORD_PREP) && claims_no_verb(e, s, bnd)) {
		/* not "In March the law expires, the lawyers said": a clause after the phrase */
		for (size_t k = s + 2; k < bnd; k++)
			if (claims_clause_after_object(e, k))
				return false;
		return true;
	}
	if (participle_phrase(e, s, bnd))
		return true;
	o = claims_opening(e, a, bnd);
	/* "On Tuesday, even as shares were falling, X wrote": the opening after a time */
	if (o == SIZE_MAX && (t = claims_trim_intro(e, a, bnd)) > s && t < bnd &&
	    (o = claims_opening(e, t, bnd)) != SIZE_MAX)
		s = t;
	return o != SIZE_MAX && (!word_ends(e, o, "ing") || (e->t[o].word & WORD_PREP)) &&
	       (!claims_tag_ends(e, c, b) || one_clause(e, s, o, bnd));
}

/* True when the tag at c is set inside the sentence: a comma follows the cue and a few words
 * with no verb ("In his town, she said on Monday, the mill ..."), so the clause goes on after
 * it. */
static bool tag_interrupts(const struct engine *e, size_t c, size_t b)
{
	for (size_t k = c + 1; k < b && k <= c + 10; k++) {
		if (tok_punct(e, k, ','))
			return true;
		if (e->t[k].kind != TOK_WORD || e->t[k].cue || tok_is(e, k, "that") ||
		    ((e->t[k].word & WORD_VERB) && !(e->t[k].flags & TOKF_CAP)))
			return false;
	}
	return false;
}

/* True when the content before a pronoun tag opens with a claim of the sentence whose source is
 * the same pronoun, its cue after it ("He added that the plan would fail, he said"): the tag
 * repeats that claim's attribution, so it is the same statement's tag, not a report of it. */
static bool tag_repeats_claim(const struct engine *e, const struct frame *f)
{
	size_t k, n;

	if (f->sb != f->sa + 1 || !tok_among(e, f->sa, "he she they we i"))
		return false;
	k = claims_skip_connective(e, claims_tok_at(e, f->cs), f->c);
	n = e->t[f->sa].end - e->t[f->sa].start;
	for (size_t i = e->sent_first; i < e->nout; i++) {
		const struct claim *h = &e->out[i];
		if (h->speaker.start == e->t[k].start && h->speaker.end == h->speaker.start + n &&
		    strncasecmp(e->text + h->speaker.start, e->text + e->t[f->sa].start, n) == 0 &&
		    h->cue.start > h->speaker.start && h->content.end >= f->ce &&
		    h->cue.end <= e->t[f->qa].start)
			return true;
	}
	return false;
}

/* True when the lowercase word at k, which no list knows, reads as a verb in the present after
 * a noun: it ends in "-s" (not "-ss", "-us" or "-is"), a lowercase word that is no determiner,
 * preposition, pronoun or number comes before it and a determiner or possessive after it ("the
 * request gives the U.S.", "the group wants its money"; "the bus drivers the city hired" is a
 * noun, for "drivers" follows "bus", and "the" after a plural noun is rare in a phrase). */
static bool present_verb_at(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (k == 0 || k + 1 >= e->nt || !tok_unlisted(e, k, TOKF_CAP | TOKF_DIGIT) ||
	    t->end - t->start < 4 || !word_plain_s(e, k))
		return false;
	t = &e->t[k - 1];
	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_DIGIT)) ||
	    (t->word & (WORD_DET | WORD_PREP | WORD_PRON | WORD_CONJ | WORD_VERB)) || t->cue ||
	    word_ends(e, k - 1, "s"))
		return false;
	return e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_CAP) &&
	       tok_among(e, k + 1, "a an her his its my our the their this these those");
}

/* True when the inverted source from k to b holds a verb in the present ("“...,” said the
 * Kuwaiti request gives the U.S. the right"): the words are a clause, what was said. */
static bool present_verb_in(const struct engine *e, size_t k, size_t b)
{
	for (size_t lim = k + 12 < b ? k + 12 : b; k < lim; k++) {
		if (tok_punct(e, k, ','))
			return false;
		if (present_verb_at(e, k))
			return true;
	}
	return false;
}

/* True when the cue from qa to c has an auxiliary or a negation before its verb ("did not
 * mention", "has said", "also would say"): an inverted tag ("...," said X) is the bare verb,
 * so a source after such a cue is the object of a clause whose subject came before. */
static bool cue_has_auxiliary(const struct engine *e, size_t qa, size_t c)
{
	for (size_t k = qa; k < c; k++)
		if ((e->t[k].word & (WORD_VERB | WORD_AUX)) || tok_among(e, k, "never not n't"))
			return true;
	return false;
}

/* The first token from k (before b) past the words of a time ("last Friday", "on Monday"):
 * where a clause whose subject ends at k goes on. */
static size_t past_time(const struct engine *e, size_t k, size_t b)
{
	while (k < b && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_INQ) &&
	       ((e->t[k].word & WORD_TIME) || (k + 1 < b && tok_among(e, k, "last next this on") &&
					       (e->t[k + 1].word & WORD_TIME))))
		k++;
	return k;
}

bool claims_try_inverted(struct engine *e, struct frame *f)
{
	bool after_cue, quoted, rel = false;
	size_t bnd, ce, rsa = 0, rsb = 0, se, p, vk, tag_end = 0, lt;

	if (f->c == f->a)
		return try_said_first(e, f);
	if (f->cue & CUE_ING || f->c <= f->a)
		return false;
	/* "“...,” said Luis Navarro, who learned to read at 52": a cue that reports only with
	 * "that" or a quotation, an infinitive after it, tells an act, no report */
	if ((f->cue & CUE_NEEDTHAT) && !(f->cue & (CUE_INF | CUE_INFONLY)) &&
	    tok_infinitive(e, f->c + 1, f->b))
		return false;
	/* "had said that because, she said, the remark ...": an aside inside the outer report,
	 * whose speaker the tag names again; no content of its own */
	for (size_t k = f->c; k-- > f->a && k + 7 > f->c;)
		if (claims_that_before_tag(e, k, f->b) == f->c)
			return true;
	/* "“...,” Hemsley, who wrote “Going Viral,” said": a verb of writing with a title for its
	 * object reports no quotation before it */
	if (f->qb == f->c + 1 && wrote_title(e, f->c, f->b))
		return false;
	bnd = inverted_boundary(e, f->a, f->qa, f->qb, f->b, &after_cue);
	if (after_cue && example_say(e, bnd, f->c))
		return true;
	/* "The secretary ..., a supporter of Clinton, even went on CNN to declare Clinton the
	 * winner": a cue that opens with its phrase ("went on to say", claims_goes_on_to()) has its
	 * speaker before it, never the words after it */
	if (after_cue)
		for (size_t k = f->c + 1; k < f->qb && k < f->c + 12; k++)
			if (claims_goes_on_to(e, k) == f->c)
				return false;
	if (!after_cue && claims_tag_ends(e, f->c, f->b)) {
		size_t r = relative_source(e, f->a, f->qa, &rsa, &rsb);
		if (r != SIZE_MAX) {
			bnd = r;
			rel = true;
		}
	}
	if (after_cue && (f->cue & CUE_DOC))
		return false; /* "The poll, released ..., showed Clinton leading": no source after */
	/* The words before the cue's comma are its subject, not content and a source after it,
	 * unless a quotation closed just before them ("“...” Smith, an aide, said."): with the
	 * source before the cue, a subject and a phrase about it ("Sam Jacobs, the magazine's
	 * editor, explained to CBS why ..."); with it after, a description and the name set off
	 * after it or a name and its apposition ("Her deputy, Tova Lind, said the ferry costs too
	 * much" is no content with "the ferry costs" as its source). */
	if (f->qa > f->a + 3 && tok_punct(e, f->qa - 1, ',') &&
	    !(f->a > 0 && e->t[f->a - 1].kind == TOK_QCLOSE) &&
	    (after_cue
		     ? described_name(e, f->a, f->qa - 1) || apposed_subject(e, f->a, f->qa - 1) ||
			       participle_aside(e, f->a, f->qa - 1)
		     : modified_subject(e, f->a, f->qa - 1)))
		return false;
	/* "..., planned the attacks", "..., did not mention Ritter by name": a cue that takes
	 * only an infinitive, or one with an auxiliary or "not", is no inverted tag */
	if (f->cue & CUE_INFONLY || (after_cue && cue_has_auxiliary(e, f->qa, f->c)))
		return false;
	if (bnd == SIZE_MAX ||
	    (bnd <= f->a && !(bnd + 1 == f->a && (claims_tag_ends(e, f->c, f->b) ||
						  tag_before_subordinate(e, f->c, f->b)))))
		return false;
	quoted = e->t[bnd].kind == TOK_QCLOSE || (bnd > 0 && e->t[bnd - 1].kind == TOK_QCLOSE);
	/* "the “why” indicates a cause": a quotation right after a determiner, the cue right after
	 * its closing mark and no comma inside it, is a word quoted in the subject's noun phrase,
	 * no tag ("This is a “raw time,” said Axelrod" is one) */
	if (after_cue && e->t[bnd].kind == TOK_QCLOSE && bnd + 1 == f->qa && e->t[bnd].pair > 0 &&
	    e->t[bnd - 1].kind == TOK_WORD && claims_det_or_possessive(e, e->t[bnd].pair - 1))
		return false;
	/* "..., who had talked about so many of the things ...", "spoke about the importance of
	 * ...": a cue that ends with its preposition reports the words after it, never a clause
	 * before it */
	if (f->qb > f->c + 1 && f->qb < f->b && e->t[f->qb].kind == TOK_WORD &&
	    tok_among(e, f->qb - 1, "about to for against") && !(f->cue & CUE_ACCORDING))
		return false;
	/* "“He’s amazing,” one user wrote on the Silk Road 2.0 forum": after a quotation, "on"
	 * tells where or when it was said, no object of the cue's, as PolNeAR marks the cue
	 * (train: "wrote" 5 of 5 before "on"; "called on people to" is the cue's own) */
	if (quoted && f->qb == f->c + 2 && !(f->cue & CUE_FOR) && tok_is(e, f->c + 1, "on"))
		f->qb = f->c + 1;
	/* "He proposed X, but analysts agreed it was ...": a source after "and" or "but" begins a
	 * clause coordinated with the one before, which is no report of it */
	if (!after_cue && !quoted && bnd + 2 < f->c && tok_among(e, bnd + 1, "and but") &&
	    !(e->t[bnd + 1].flags & TOKF_INQ))
		return false;
	if (!after_cue && (p = claims_content_start(e, f->qb, f->b, f->cue)) != SIZE_MAX &&
	    !participle_between(e, f->qb, p) &&
	    (!quoted || !quote_leads(e, f->a, bnd) || clause_after_stop(e, f, bnd, p)) &&
	    !(e->t[p].kind == TOK_QOPEN && claims_quote_tagged(e, p - 1, f->b)))
		return false; /* "Y, X said that ...", "On “Hannity,” X said ...": the content follows
				 the cue */
	/* "X, in a statement released Thursday, said he “appreciates ...”": a pronoun after the
	 * cue that a clause goes on from is the content's subject, not an inverted source */
	if (after_cue && f->qb + 1 < f->b && tok_among(e, f->qb, "he she they we i it") &&
	    (e->t[f->qb + 1].kind == TOK_QOPEN ||
	     (e->t[f->qb + 1].kind == TOK_WORD && !(e->t[f->qb + 1].word & WORD_TIME) &&
	      !(e->t[f->qb + 1].flags & TOKF_CAP))))
		return false;
	/* "“... magic of Trump,” said the candidate could be ...", "X, for example, said Trump’s
	 * visit — ... — would help": a subject and its verb after the cue are the content, not an
	 * inverted source */
	if (after_cue && (se = claims_source_after(e, f->qb - 1, f->b)) > f->qb &&
	    (((vk = past_time(e, se, f->b)) < f->b && e->t[vk].kind == TOK_WORD &&
	      (e->t[vk].word & (WORD_VERB | WORD_AUX)) && !(e->t[vk].flags & TOKF_CAP)) ||
	     (relative_opens(e, f->a, f->qa) && verb_inside(e, f->qb, f->b)) ||
	     present_verb_in(e, f->qb, se)))
		return false;
	/* the source */
	if (after_cue) {
		f->sa = f->qb;
		f->sb = claims_source_after(e, f->qb - 1, f->b);
		/* "The plan, say economists, marks a new era": the tag interrupts a clause whose
		 * subject came before it, so the source ends at the comma where the clause goes on */
		if (!quoted && bnd > f->a && bnd <= f->a + 8 && claims_no_verb(e, f->a, bnd))
			for (size_t k = f->qb + 1; k + 1 < f->sb; k++)
				if (tok_punct(e, k, ',')) {
					/* not an apposition: ", a Canadian geophysicist," */
					if (e->t[k + 1].kind == TOK_WORD &&
					    !(e->t[k + 1].flags & TOKF_CAP) &&
					    !(e->t[k + 1].word & (WORD_DET | WORD_PRON)))
						f->sb = k;
					break;
				}
		/* "said diplomats here": where they are, not who; the tag still ends after it */
		tag_end = f->sb;
		if (f->sb > f->sa + 1 && tok_is(e, f->sb - 1, "here"))
			f->sb--;
	} else if (rel) {
		f->sa = rsa;
		f->sb = rsb;
	} else if (!claims_subject_back(e, bnd < f->a ? f->a : bnd + 1, f->c, &f->sa, &f->sb)) {
		f->sa = f->sb = 0;
	} else if (quoted && e->t[bnd].kind == TOK_QCLOSE && f->sa > bnd + 1 &&
		   name_and_apposition(e, bnd + 1, f->qa)) {
		/* "“...,” Kaplan, also an avid collector of games, rare tarot cards, and books
		 * says, “...”": all of it, not the list's last word */
		f->sa = bnd + 1;
		f->sb = f->qa;
	} else if (tok_among(e, f->sa, "his her their its our")) {
		/* "his top aide, Tad Devine": the name, which the reader can place */
		for (size_t k = f->sa + 1; k + 1 < f->sb; k++)
			if (tok_punct(e, k, ',') && (e->t[k + 1].flags & TOKF_CAP)) {
				f->sa = k + 1;
				break;
			}
	}
	if (f->sa >= f->sb && !quoted)
		return true;
	/* "Asked if he was ever bullied, the candidate said no": the question is not what he
	 * said; the answer after the cue is */
	if (!quoted && bnd > f->a && claims_opening(e, f->a, bnd) != SIZE_MAX &&
	    tok_is(e, claims_opening(e, f->a, bnd), "asked"))
		return false;
	/* "On Friday, the senator told a joke", "When I ask him, he says not much": the words
	 * before the tag only set the scene; what was said, if anything, follows the cue */
	if (!quoted && !after_cue && !rel && bnd > f->a && opening_only(e, f->a, bnd, f->c, f->b) &&
	    !tag_interrupts(e, f->c, f->b))
		return false;
	/* the content; direct when it is a quotation that opens the sentence or began before it */
	ce = inverted_content(e, f, bnd);
	if (rel && f->cs >= ce) /* the relative clause's claim came after the content */
		f->cs = e->t[claims_skip_connective(e, f->a, bnd)].start;
	f->ce = claims_carry_on(e, f->sa < f->sb && after_cue ? tag_end : addressee_end(e, f), f->b,
				ce, quoted);
	if (!(f->cue & CUE_DOC) && (tag_keeps_connective(e, f->a, f->cs, true) ||
				    (f->ce == ce && tag_keeps_connective(e, f->a, f->cs, false))))
		f->cs = e->t[f->a].start;
	f->kind =
		quoted && (e->t[f->a].kind == TOK_QOPEN || e->t[bnd].pair < f->a ||
			   topic_before_quote(e, f->a, e->t[bnd].pair) ||
			   (e->t[bnd].kind == TOK_QCLOSE && quote_after_claim(e, e->t[bnd].pair)) ||
			   quote_after_stop(e, bnd))
			? CLAIM_DIRECT
			: CLAIM_INDIRECT;
	/* "The budget “was late. It hurt,” she said": the subject before the marks is the
	 * writer's, the quotation a partial one (subject_before_quote) */
	if (f->kind == CLAIM_DIRECT && e->t[bnd].kind == TOK_QCLOSE && e->t[bnd].pair < f->a &&
	    (lt = subject_before_quote(e, e->t[bnd].pair)) != SIZE_MAX && f->cs == e->t[lt].start)
		f->kind = CLAIM_INDIRECT;
	if (!quoted && tag_repeats_claim(e, f))
		return true;
	/* a partial quotation is the speaker's words inside the writer's sentence, which may go on
	 * after the tag; a whole quotation stays as quoted */
	if (quoted && f->kind == CLAIM_INDIRECT && f->ce == ce)
		f->ce = claims_partial_goes_on(
			e, f->sa < f->sb && after_cue ? tag_end : addressee_end(e, f), f->b, ce);
	claims_emit(e, f);
	return true;
}
