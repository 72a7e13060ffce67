/* claims_subject: where a cue's source lies: the subject scanned back from it, past
 * parentheticals, relative clauses and appositions; the words the scan reads, the introductory
 * phrases before a subject and the subject or source after a cue are in claims_subject_words.c,
 * claims_subject_intro.c and claims_subject_after.c. */
#include "claims_int.h"

#define BACK_MAX   40 /* the longest subject scanned backwards from a cue */
#define PAREN_MAX  45 /* the longest parenthetical between a subject and its cue */
#define BRACKET_IN 6  /* the longest bracket inside a source's phrase, marks included */

/* True when a relative pronoun comes right before the verb at i, or before its auxiliaries and
 * adverbs ("who said", "who has refused", "which was not reported"), after a; or when the verb
 * is a passive ("after the winner was declared"). */
static bool rel_before(const struct engine *e, size_t a, size_t i)
{
	if (i > a && word_ends(e, i, "ed") && tok_among(e, i - 1, "was were is are been being"))
		return true;
	for (size_t k = i, n = 0; k > a && n < 4; k--, n++) {
		const struct tok *t = &e->t[k - 1];
		if (t->word & WORD_REL)
			return true;
		if (t->kind != TOK_WORD || (t->flags & TOKF_CAP) ||
		    !((t->word & (WORD_AUX | WORD_ADV | WORD_VERB)) || word_ends(e, k - 1, "ly")))
			return false;
	}
	return false;
}

size_t claims_bracket_within(const struct engine *e, size_t k, size_t b)
{
	size_t j = k + 1;

	if (!tok_punct(e, k, '('))
		return k;
	while (j < b && j < k + BRACKET_IN && !tok_punct(e, j, ')') && e->t[j].kind != TOK_QOPEN &&
	       e->t[j].kind != TOK_QCLOSE && !tok_punct(e, j, '('))
		j++;
	/* a place or a share in it, then the name or the phrase goes on: a capitalised word or
	 * "of" */
	if (j + 1 >= b || j == k + 1 || !tok_punct(e, j, ')') || e->t[j + 1].kind != TOK_WORD ||
	    !((e->t[j + 1].flags & TOKF_CAP) || tok_is(e, j + 1, "of")))
		return k;
	return j + 1;
}

/* "Jo Banks (who edits the newsletter) noted", "The agency (its name has changed) said": a
 * bracket holding a clause (a relative pronoun or a verb: not a party's label, "Sen. Jo Banks
 * (D-Vt.)", which is part of the source) that closes right before the cue, within PAREN_MAX
 * tokens after a: its opening bracket, or SIZE_MAX. */
static size_t bracket_before(const struct engine *e, size_t a, size_t end)
{
	bool clause = false;

	if (end < a + 3 || !tok_punct(e, end - 1, ')'))
		return SIZE_MAX;
	for (size_t k = end - 1; k > a + 1 && end - k < PAREN_MAX; k--) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || tok_punct(e, k - 1, ')') ||
		    tok_punct(e, k - 1, ';'))
			return SIZE_MAX;
		if (tok_punct(e, k - 1, '('))
			return clause ? k - 1 : SIZE_MAX;
		clause = clause || (t->word & (WORD_REL | WORD_VERB | WORD_AUX));
	}
	return SIZE_MAX;
}

/* True when token i, after a comma, is a participle of being asked, or "when" before one ("Lee,
 * asked whether he would run, replied", "Cruz, when asked about the bill, said"): the question
 * put to the subject, set off between it and its cue. */
static bool asked_after_comma(const struct engine *e, size_t i)
{
	return i > 0 && tok_punct(e, i - 1, ',') && !(e->t[i].flags & TOKF_CAP) &&
	       (tok_among(e, i, "asked pressed questioned") ||
		(tok_is(e, i, "when") && i + 1 < e->nt &&
		 tok_among(e, i + 1, "asked pressed questioned")));
}

size_t claims_scare_quote_open(const struct engine *e, size_t a, size_t i)
{
	size_t q = e->t[i].pair;

	if (e->t[i].kind != TOK_QCLOSE || q <= a || q + 1 >= i || i - q > 3 ||
	    e->t[q - 1].kind != TOK_WORD)
		return SIZE_MAX;
	for (size_t k = q + 1; k < i; k++)
		if (e->t[k].kind != TOK_WORD)
			return SIZE_MAX;
	return q;
}

/* The opening mark of a title quoted in a phrase set off after a subject, closing at i (after a)
 * with the phrase's comma inside it ("Hemsley, the co-author of “Going Viral,” said", "the author
 * of “The Long Road,” about the war, said"): up to six words after a preposition, a determiner
 * or a possessive, and that comma; else SIZE_MAX. */
static size_t title_quote_open(const struct engine *e, size_t a, size_t i)
{
	size_t q = e->t[i].pair;

	if (e->t[i].kind != TOK_QCLOSE || q <= a + 1 || q + 2 >= i || i - q > 8 ||
	    !tok_punct(e, i - 1, ',') || e->t[q - 1].kind != TOK_WORD ||
	    (e->t[q - 1].flags & TOKF_CAP) ||
	    !((e->t[q - 1].word & (WORD_PREP | WORD_DET)) || word_possessive(e, q - 1)) ||
	    !(e->t[q + 1].flags & TOKF_CAP))
		return SIZE_MAX;
	for (size_t k = q + 1; k + 1 < i; k++)
		if (e->t[k].kind != TOK_WORD)
			return SIZE_MAX;
	return q;
}

/* True when the words from k to the comma `end` are a past participle's phrase set off after
 * a subject ("named to the panel last year", "elected in 2014 on a promise", "based in Ohio",
 * "known for his temper", "rumored a takeover target for months", "clad in a red cape", "sent
 * to the chief of staff"): a lowercase participle (in "-ed", one of TOKL_PARTICIPLE, or a
 * past form that is one too or a participle the lexicon lacks: "held", "born"), then a
 * preposition, a time or a determiner, and no finite verb before the comma ("The plan, approved
 * by the board, said" and not "Critics, worried the plan is dead, said"). */
static bool past_participle_phrase(const struct engine *e, size_t k, size_t end)
{
	if (k + 1 >= end || e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_CAP) ||
	    e->t[k].word || e->t[k].cue ||
	    !(word_ends(e, k, "ed") || tok_in(e, k, TOKL_PARTICIPLE) ||
	      tok_among(e, k, "born clad held led sent")) ||
	    !(e->t[k + 1].word & (WORD_PREP | WORD_TIME | WORD_DET)))
		return false;
	for (size_t i = k + 1; i < end; i++)
		if (e->t[i].word & (WORD_VERB | WORD_AUX) || e->t[i].kind == TOK_QOPEN ||
		    ((e->t[i].cue & CUE_VERB) && claims_cue_verb(e, i)))
			return false;
	return true;
}

/* Is the participle cue at i a noun's reduced relative ("a new poll showing Trump down",
 * "officials saying"), not a clause's verb ("he was saying")? A parenthetical may hold it
 * ("Priebus, in the wake of a new poll showing Trump down to 14 percent, told Fox News"). */
static bool ing_after_noun(const struct engine *e, size_t a, size_t i)
{
	return (e->t[i].cue & CUE_ING) && i > a && e->t[i - 1].kind == TOK_WORD &&
	       !(e->t[i - 1].word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_CONJ | WORD_SUBORD |
				     WORD_REL | WORD_PREP | WORD_DET)) &&
	       !tok_be(e, i - 1);
}

/* True when a name of capitalised words and initials opens at k and a comma right after it, at
 * end at the latest, sets off what follows ("Warren E. Buffett, the investor,"). */
static bool name_then_comma(const struct engine *e, size_t k, size_t end)
{
	size_t j = k;

	while (j < end &&
	       ((e->t[j].kind == TOK_WORD && (e->t[j].flags & TOKF_CAP)) ||
		(tok_punct(e, j, '.') && j > k && e->t[j - 1].end - e->t[j - 1].start == 1)))
		j++;
	return j > k && j <= end && tok_punct(e, j, ',');
}

/* True when a comma in (k, end) comes before a capitalised word: a clause that opens at k ends
 * there and a name, the subject, follows ("when without rising from his desk, Lee ..."). */
static bool name_after_comma(const struct engine *e, size_t k, size_t end)
{
	for (size_t j = k + 1; j + 1 < end; j++)
		if (tok_punct(e, j, ',') && e->t[j + 1].kind == TOK_WORD &&
		    (e->t[j + 1].flags & TOKF_CAP) && !(e->t[j + 1].flags & TOKF_INQ))
			return true;
	return false;
}

/* True when a name's capitalised words (a title with it, four words at most) open at k and end
 * in a possessive before a word in lower case, before end ("President Obama's special envoy",
 * "Gov. Ann Lee's spokesman"): after a comma that opens an apposition, as a lone possessive
 * does ("Clinton's director"). */
static bool name_possessive_opens(const struct engine *e, size_t k, size_t end)
{
	for (size_t j = k; j + 1 < end && j < k + 5; j++) {
		if (e->t[j].kind == TOK_WORD && (e->t[j].flags & TOKF_CAP) && word_possessive(e, j))
			return j > k && e->t[j + 1].kind == TOK_WORD &&
			       !(e->t[j + 1].flags & (TOKF_CAP | TOKF_INQ));
		if (!(e->t[j].kind == TOK_WORD && (e->t[j].flags & TOKF_CAP) &&
		      !(e->t[j].word & (WORD_PRON | WORD_DET | WORD_PREP))) &&
		    !(tok_punct(e, j, '.') && j > k))
			return false;
	}
	return false;
}

/* True when token k opens a count of a group, "one of", "two of", "many of", "among" with a
 * word after it, before the comma `end`: "Sen. Mark Ellison, one of 25 Republicans who voted
 * no, said" sets off what he is one of. Not a count of those named before ("committee
 * members, many of them skeptical, the campaign chief said": of them, not of the speaker). */
static bool count_of(const struct engine *e, size_t k, size_t end)
{
	if (k + 2 >= end || e->t[k].kind != TOK_WORD)
		return false;
	if (tok_is(e, k, "among"))
		return !(e->t[k + 1].word & WORD_PRON);
	return tok_is(e, k + 1, "of") && !(e->t[k + 2].word & WORD_PRON) &&
	       !tok_among(e, k + 2, "whom those") &&
	       (tok_among(e, k, "one each either neither " CLAIMS_BARE_QUANTIFIERS) ||
		claims_number_word(e, k));
}

/* True when an adjective and an infinitive open at k, before end ("Japanese officials, eager to
 * rebut foreign criticism, hailed", "Lee, quick to respond, said"): a phrase set off about the
 * subject before it, as a participle's is (rec61). */
static bool adjective_to(const struct engine *e, size_t k, size_t end)
{
	return k + 2 < end && e->t[k].kind == TOK_WORD && !e->t[k].word && !e->t[k].cue &&
	       !(e->t[k].flags & (TOKF_CAP | TOKF_INQ | TOKF_DIGIT)) && tok_is(e, k + 1, "to") &&
	       e->t[k + 2].kind == TOK_WORD && !(e->t[k + 2].word & (WORD_DET | WORD_PRON)) &&
	       !(e->t[k + 2].flags & TOKF_CAP);
}

/* A parenthetical between a subject and its cue ending at the comma `end` ("Shane Shook, a
 * security expert who has helped ..., said"; "Sanders, who has sent pleas, said"; "Corey
 * Lewandowski, in a statement released on Thursday, said"): the comma that opens it, or
 * SIZE_MAX. *part is set when the parenthetical belongs to the source (an apposition or a
 * relative clause) rather than being a phrase of its own ("in a statement"). */
static size_t parenthetical(const struct engine *e, size_t a, size_t end, bool *part)
{
	size_t found = SIZE_MAX, k0 = end;
	/* found is an apposition's comma, after which a participle's phrase may still open */
	bool appos = false;

	if (title_quote_open(e, a, end) != SIZE_MAX) /* "the co-author of “Going Viral,” said" */
		k0 = title_quote_open(e, a, end);
	for (size_t k = k0, n = 0; k > a + 1 && n < PAREN_MAX; k--, n++) {
		const struct tok *t = &e->t[k - 1];
		size_t q = claims_scare_quote_open(e, a, k - 1);
		if (q == SIZE_MAX)
			q = title_quote_open(e, a, k - 1);
		if (q != SIZE_MAX) { /* "in an “initiative” designed to ..." */
			n += k - 1 - q;
			k = q + 1;
			continue;
		}
		/* "a version of the “Lee rule” after Ann Lee, the investor, complained": the
		 * subject's clause opens after "after", "because", "when" before a name set off
		 * by its apposition ("appearing after Clinton at the forum," stays a phrase) */
		if (tok_adverbial_subordinator(e, k - 1, false) && !(t->flags & TOKF_CAP) &&
		    k >= 2 && !tok_punct(e, k - 2, ',') && name_then_comma(e, k, end))
			break;
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || tok_punct(e, k - 1, ';') ||
		    tok_punct(e, k - 1, ':') ||
		    (t->cue & CUE_VERB && claims_cue_verb(e, k - 1) && !rel_before(e, a, k - 1) &&
		     !(((t->cue & CUE_ING) || asked_after_comma(e, k - 1) ||
			claims_naming_participle(e, k - 1)) &&
		       k >= 2 && tok_punct(e, k - 2, ',')) &&
		     !ing_after_noun(e, a, k - 1) && !claims_naming_after_noun(e, k - 1)))
			break;
		if (!tok_punct(e, k - 1, ',') || k - 1 == end || k >= end)
			continue;
		/* the comma at k - 1 opens a parenthetical when what follows it says so */
		/* "Sen. Ann Ames, facing a rival in Ohio, a swing state, said": an apposition
		 * inside a participle's phrase is its noun's, and the phrase is set off whole */
		if (((e->t[k].cue & CUE_ING) || asked_after_comma(e, k) ||
		     (e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) && !e->t[k].word &&
		      word_ends(e, k, "ing"))) &&
		    (found == SIZE_MAX || appos)) {
			found = k - 1; /* "Clinton, speaking to reporters Tuesday, said"; "John
					  Archer, wearing a T-shirt, said" */
			*part = false;
			appos = false;
		} else if (found == SIZE_MAX &&
			   (past_participle_phrase(e, k, end) || claims_naming_participle(e, k) ||
			    adjective_to(e, k, end))) {
			/* "The senator, named to the panel last year, said"; "The senator, called
			 * a liar by rivals, said" */
			found = k - 1;
			*part = false;
		} else if ((e->t[k].word & (WORD_REL | WORD_DET)) ||
			   (found == SIZE_MAX && count_of(e, k, end)) ||
			   (word_possessive(e, k) && k + 1 < end &&
			    !(e->t[k + 1].flags & TOKF_CAP)) ||
			   name_possessive_opens(e, k, end)) {
			/* "Marlon Marshall, Clinton's director of state campaigns and ..., said" */
			appos = found == SIZE_MAX;
			found = k - 1;
			*part = true;
		} else if (found == SIZE_MAX && tok_among(e, k, "though when while if") &&
			   name_after_comma(e, k, end)) {
			break; /* "..., when without rising from his desk, Lee in a calm voice, said" */
		} else if (found == SIZE_MAX &&
			   ((e->t[k].word & (WORD_PREP | WORD_TIME | WORD_ADV)) ||
			    tok_among(e, k, "though when while if"))) {
			/* "Murphy, though, said", "Powell's office, when contacted, said"; but "Ann
			 * Lee, 59, of Ashton, Md., who ...": where she is from is the source's */
			found = k - 1;
			*part = tok_is(e, k, "of") && !(e->t[k].flags & TOKF_CAP) && k + 1 < end &&
				(e->t[k + 1].flags & TOKF_CAP) && e->t[k + 1].kind == TOK_WORD &&
				!(e->t[k + 1].word & (WORD_DET | WORD_PRON));
		}
	}
	/* "Joseph R. Biden Jr., who ...": an abbreviation's full stop before the comma */
	if (found != SIZE_MAX && found > a + 1 && tok_punct(e, found - 1, '.') &&
	    e->t[found - 2].kind == TOK_WORD && (e->t[found - 2].flags & TOKF_CAP) &&
	    e->t[found - 2].end == e->t[found - 1].start)
		return found;
	/* "Sen. Jo Banks (R-Mo.), facing a rival, said": a party's label closes the name */
	if (found != SIZE_MAX && found > a + 1 && tok_punct(e, found - 1, ')'))
		return found;
	if (found == SIZE_MAX || found <= a || e->t[found - 1].kind != TOK_WORD ||
	    (e->t[found - 1].word & (WORD_PREP | WORD_DET | WORD_CONJ)))
		return SIZE_MAX;
	return found;
}

/* True when token i is a pronoun that can be a clause's subject: he, she, it, we, they, I,
 * you. */
static bool subject_pronoun(const struct engine *e, size_t i)
{
	return e->t[i].kind == TOK_WORD && (e->t[i].word & WORD_PRON) &&
	       tok_among(e, i, "he she it we they i you");
}

bool claims_contact_relative(const struct engine *e, size_t a, size_t p)
{
	const struct tok *n = &e->t[p - 1];

	if (p <= a + 1 || p + 1 >= e->nt || !subject_pronoun(e, p) || tok_is(e, p, "it") ||
	    subject_pronoun(e, p - 2) || /* "I guess we agreed" */
	    ((e->t[p].flags & TOKF_CAP) && !tok_is(e, p, "i")) || n->kind != TOK_WORD ||
	    n->sent != e->t[p].sent || (n->flags & (TOKF_CAP | TOKF_INQ | TOKF_DIGIT)) ||
	    (n->word & ~(unsigned)(WORD_PERSON | WORD_ROLE | WORD_COMPANY | WORD_DOC)) ||
	    (n->cue & CUE_VERB) || word_ends(e, p - 1, "ed") || word_ends(e, p - 1, "ly") ||
	    word_ends(e, p - 1, "ing") || word_possessive(e, p - 1))
		return false;
	n = &e->t[p + 1];
	return n->kind == TOK_WORD && n->sent == e->t[p].sent &&
	       !(n->flags & (TOKF_CAP | TOKF_INQ)) && !(n->word & WORD_AUX) &&
	       !tok_in(e, p + 1, TOKL_MODAL) && !tok_in(e, p + 1, TOKL_BE) &&
	       ((n->word & WORD_VERB) || (n->cue & CUE_VERB) || word_ends(e, p + 1, "ed") ||
		tok_in(e, p + 1, TOKL_PAST));
}

/* True when the words [k, i) before a comma are an introductory phrase, not a noun phrase that
 * an apposition follows: no determiner or pronoun opens them and no capitalised word is among
 * them ("nearly 20 years of hostile relations", not "the company" or "Caudevilla"). */
static bool intro_before_comma(const struct engine *e, size_t k, size_t i)
{
	if (e->t[k].word & (WORD_DET | WORD_PRON))
		return false;
	for (size_t j = k; j < i; j++)
		if (e->t[j].flags & TOKF_CAP)
			return false;
	return true;
}

/* True when token k opens a share of people ("47 percent", "most voters", "half"): after an
 * introductory phrase ("At that time, 47 percent said") it is the subject. */
static bool share_opens(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) &&
	       ((e->t[k].flags & TOKF_DIGIT) ||
		tok_among(e, k,
			  "most many half nearly almost about just more fewer few several all "
			  "both majority"));
}

/* A relative clause or a participle set off by commas between a subject and its cue, ending at
 * the comma `end`, that holds cues or quotations of its own ("Cruz, who says Trump is attacking
 * him, said"; "One attendee, who spoke on condition of anonymity to discuss the meeting, said";
 * "Just this week, the trade group for the plans, which dominate many exchanges, spelled out",
 * where parenthetical() goes back to the opening phrase's comma);
 * "Mr. Manafort, citing “the unique magic of Trump,” said", "The paper, quoting “secret
 * reports,” said"): the comma that opens it, or
 * SIZE_MAX. *part is set for a relative clause, which belongs to the source. */
static size_t clause_between(const struct engine *e, size_t a, size_t end, bool *part)
{
	for (size_t k = end, n = 0; k > a + 1 && n < PAREN_MAX; k--, n++) {
		const struct tok *t = &e->t[k - 1];
		if (tok_punct(e, k - 1, ';') || tok_punct(e, k - 1, ':') ||
		    ((t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE) &&
		     (t->pair < a + 1 || t->pair > end)))
			return SIZE_MAX; /* a quotation that does not lie inside it (it may close at
					    end, after its comma) */
		if (!tok_punct(e, k - 1, ',') || k >= end)
			continue;
		if (tok_among(e, k, "who whose which") && !(e->t[k].flags & TOKF_CAP)) {
			*part = true;
			return k - 1;
		}
		/* "The paper, quoting “secret reports,” said": a participle that is no cue of its
		 * own, before the quotation it takes */
		if ((((e->t[k].cue & CUE_ING) ||
		      (word_ends(e, k, "ing") && k + 1 < end && e->t[k + 1].kind == TOK_QOPEN)) &&
		     !(e->t[k].flags & TOKF_CAP)) ||
		    asked_after_comma(e, k)) {
			*part = false;
			return k - 1;
		}
	}
	return SIZE_MAX;
}

/* "officials who spoke with The Post", "people who talked to reporters": speaking with someone
 * says who the speaker is, not what was said */
static bool spoke_with(const struct engine *e, size_t i)
{
	return i + 1 < e->nt && tok_among(e, i, "spoke spoken talked") &&
	       tok_among(e, i + 1, "with to");
}

/* True when the verb at i is a relative clause's own, "who" right before it ("others who oppose
 * the plan", "critics who have long doubted it"): a cue word there says what the people are, it
 * reports nothing. */
static bool verb_after_who(const struct engine *e, size_t a, size_t i)
{
	size_t k = claims_skip_aux_back(e, a, i);

	return k > a && tok_is(e, k - 1, "who") && !(e->t[k - 1].flags & TOKF_CAP);
}

/* True when "and" at k joins two names or two plural nouns inside a relative clause ("in Peru and
 * Chile", "roads and bridges"), not two clauses or two subjects. */
static bool and_inside(const struct engine *e, size_t k)
{
	const struct tok *p = &e->t[k - 1], *n = &e->t[k + 1];

	if (!tok_is(e, k, "and") || p->kind != TOK_WORD || n->kind != TOK_WORD || n->cue ||
	    (n->word & (WORD_DET | WORD_PRON | WORD_VERB | WORD_AUX | WORD_REL | WORD_SUBORD)))
		return false;
	if ((p->flags & TOKF_CAP) && (n->flags & TOKF_CAP))
		return true;
	return !(p->flags & TOKF_CAP) && !(n->flags & TOKF_CAP) && word_ends(e, k - 1, "s") &&
	       word_ends(e, k + 1, "s") && !word_ends(e, k - 1, "ss") && !word_ends(e, k + 1, "ss");
}

/* "Lawmakers who are open to reform said", "those who have a 401(k) said", "the owners whose
 * shops were hit say": the "who" or "whose" that opens a
 * relative clause without commas of three words or more (a verb and what follows it: not "who
 * first revealed", where the cue is the clause's own verb), no quotation, clause of its own or
 * cue verb in it (but its own verb: "others who oppose the plan say"), right before end (within
 * 12 tokens), after a word of the noun phrase it describes; SIZE_MAX when there is none. */
static size_t relative_before(const struct engine *e, size_t a, size_t end)
{
	if (end > a && (word_possessive(e, end - 1) || tok_punct(e, end - 1, '\'')))
		return SIZE_MAX; /* "people who have responded to Sanders' call": a noun */
	for (size_t k = end; k > a + 1 && k + 12 > end; k--) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || tok_punct(e, k - 1, ',') ||
		    tok_punct(e, k - 1, ';') || tok_punct(e, k - 1, ':') || tok_dash(e, k - 1) ||
		    ((t->cue & CUE_VERB) && claims_cue_verb(e, k - 1) && !spoke_with(e, k - 1) &&
		     !(k < end && verb_after_who(e, a, k - 1))))
			return SIZE_MAX;
		if ((t->word & (WORD_CONJ | WORD_SUBORD) && !(k < end && and_inside(e, k - 1)) &&
		     !claims_as_role(e, k - 1, true)) ||
		    ((t->word & WORD_REL) && !tok_among(e, k - 1, "who whose")))
			return SIZE_MAX;
		if (tok_among(e, k - 1, "who whose")) {
			const struct tok *n = &e->t[k - 2];
			/* "Jane Roe, who is chairman of the group said": the comma that should
			 * close the clause is missing; the name before it is still the source, when
			 * "who" is the clause's subject ("Roe, who many had backed": not) */
			if (k + 3 <= end && k >= a + 3 && tok_punct(e, k - 2, ',') &&
			    (e->t[k - 3].flags & TOKF_CAP) && e->t[k - 3].kind == TOK_WORD &&
			    (e->t[k].word & (WORD_VERB | WORD_AUX)))
				return k - 2;
			return k + 3 <= end && n->kind == TOK_WORD &&
					       !(n->word & (WORD_REL | WORD_CONJ | WORD_PREP |
							    WORD_VERB | WORD_SUBORD))
				       ? k - 1
				       : SIZE_MAX;
		}
	}
	return SIZE_MAX;
}

/* "That person said", "That official told", "That report found", "That 1978 resolution calls
 * for": a capitalised "That" at i opening its sentence, before a lowercase noun (a year before
 * it or not), is the noun's determiner, not the word that opens a clause ("That he lied is
 * clear": a pronoun, a name or a determiner follows that one). */
static bool demonstrative(const struct engine *e, size_t i)
{
	const struct tok *n = &e->t[i + 1];

	if (!tok_is(e, i, "that") || !(e->t[i].flags & TOKF_CAP) ||
	    (i > 0 && e->t[i - 1].sent == e->t[i].sent))
		return false;
	if ((n->flags & TOKF_DIGIT) && n->end - n->start == 4 && i + 2 < e->nt &&
	    e->t[i + 2].sent == e->t[i].sent)
		n = &e->t[i + 2];
	return n->kind == TOK_WORD && !(n->flags & (TOKF_CAP | TOKF_INQ)) &&
	       ((n->word & (WORD_PERSON | WORD_ROLE)) ||
		!(n->word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_VERB | WORD_ADV | WORD_CONJ |
			     WORD_SUBORD | WORD_REL)));
}

enum text_abbrev claims_stop_abbrev(const struct engine *e, size_t a, size_t i)
{
	size_t n;

	if (i <= a || !tok_punct(e, i, '.'))
		return TEXT_ABBREV_NONE;
	/* most stops follow a lowercase word or a longer one, which closes none: asked no further */
	n = e->t[i - 1].end - e->t[i - 1].start;
	if (n > 4 || (n > 1 && !(e->t[i - 1].flags & TOKF_CAP)))
		return TEXT_ABBREV_NONE;
	return text_abbrev_stop(e->text, e->t[a].start, e->t[i].start);
}

/* True when token i is the stop of an abbreviation that closes a name or of initials in capitals
 * ("Widgets Corp. and", "the U.S. and"), an "and" after which joins a second name to the first,
 * not a second verb to the subject; not "at 9 a.m. and". */
static bool listed_stop(const struct engine *e, size_t a, size_t i)
{
	enum text_abbrev kind = claims_stop_abbrev(e, a, i);

	return kind == TEXT_ABBREV_NAME ||
	       (kind == TEXT_ABBREV_INITIALS && (e->t[i - 1].flags & TOKF_CAP));
}

/* Wider than claims_stop_abbrev(), whose list of a name's last words it takes in: what follows
 * the stop decides here, so a title's ("Gov."), a state's ("Calif.") or any capitalised word's
 * stop will do; initials' not ("The U.S. elected officials"). */
bool claims_abbrev_stop(const struct engine *e, size_t i)
{
	if (i < 1 || !tok_punct(e, i, '.'))
		return false;
	const struct tok *w = &e->t[i - 1];
	return w->kind == TOK_WORD && (w->flags & TOKF_CAP) && w->end == e->t[i].start &&
	       w->end > w->start + 1;
}

/* Where the words before the cue at end begin when they are only a time phrase after a comma
 * ("Reed, who opposed Fox, last week said", "..., on Friday declared"): the token after that
 * comma; else end. */
static size_t phrase_after_comma(const struct engine *e, size_t a, size_t end)
{
	bool time = false;

	for (size_t j = end, n = 0; j > a + 1 && n < 4; j--, n++) {
		const struct tok *t = &e->t[j - 1];
		if (tok_punct(e, j - 1, ','))
			return time && j < end && e->t[j].word & (WORD_PREP | WORD_TIME) ? j : end;
		if (t->kind != TOK_WORD || t->cue || t->word & (WORD_VERB | WORD_PRON))
			return end;
		time = time || (t->word & WORD_TIME && !(t->word & WORD_DET));
	}
	return end;
}

/* True when token i is "Mr.", "Mrs." or "Ms." after a full stop: a sentence begins there that
 * an abbreviation's stop hid from the splitter ("... with Nord Berg Ltd. Mr. Lund said"). */
static bool mr_after_stop(const struct engine *e, size_t i)
{
	return i > 0 && i < e->nt && tok_punct(e, i - 1, '.') && (e->t[i].flags & TOKF_CAP) &&
	       tok_among(e, i, "mr mrs ms");
}

bool claims_same_word(const struct engine *e, size_t i, size_t j)
{
	size_t n = e->t[i].end - e->t[i].start;

	return n == e->t[j].end - e->t[j].start &&
	       strncasecmp(e->text + e->t[i].start, e->text + e->t[j].start, n) == 0;
}

/* Where a subject [k, end) ends without the time after it ("The city council Tuesday said",
 * "the court on Monday ruled", "the board last week voted"): the day says when, and read as
 * the subject's last word it is the speaker's name ("Tuesday"). Only after a plain noun
 * phrase: a clause or a participle takes its time with it ("a poll released last week",
 * "Kim, who was in Europe this week", "voters going to the polls Tuesday"). */
static size_t time_after_subject(const struct engine *e, size_t k, size_t end)
{
	size_t j = claims_time_ends(e, k, end);

	if (j == end ||
	    (j > k && j + 2 == end && tok_among(e, j - 1, "out up") && claims_time_phrase_at(e, j)))
		return end; /* "A poll out this week shows": the time is the poll's */
	for (size_t i = k; i < j; i++)
		if (tok_punct(e, i, ',') || (e->t[i].word & (WORD_REL | WORD_VERB)) ||
		    (e->t[i].kind == TOK_WORD && !(e->t[i].flags & TOKF_CAP) &&
		     (word_ends(e, i, "ed") || word_ends(e, i, "ing"))))
			return end;
	return j;
}

/* True when token j opens the words a subject may take from a: the first of them (after the
 * comma before an inverted tag's source) or of its sentence. */
static bool opens_at(const struct engine *e, size_t a, size_t j)
{
	return j == a || j == 0 || e->t[j - 1].sent != e->t[j].sent;
}

/* The head of the noun phrase [k, end): its last word, or the word before its first
 * preposition ("advisers to Acme"). */
static size_t conjunct_head(const struct engine *e, size_t k, size_t end)
{
	for (size_t m = k + 1; m < end; m++)
		if (e->t[m].kind == TOK_WORD && (e->t[m].word & WORD_PREP))
			return m - 1;
	return end - 1;
}

/* "Grape experts and plum growers said", "Israel radio and Israel army radio said", "The mayor
 * and the governor said", "The mayor and her deputy said": the subject [k, end) that follows
 * "and" at k - 1 goes back over a
 * first noun phrase like it that opens the sentence or a clause, after an opening phrase's comma
 * or a conjunction ("Through real-time analytics, reporters and editors know", "But attorneys
 * and legal experts said"; up to four words, no verb, preposition or pronoun but a possessive:
 * "Her advisers and allies say"): both heads lowercase plurals (the second's before a
 * preposition: "regulators and advisers to Acme"), or one head word, or "the" and
 * one or two words each (the second may open with a possessive); the start of the whole, else
 * k. */
static size_t plural_conjunct(const struct engine *e, size_t a, size_t k, size_t end)
{
	size_t j = k - 1;
	bool plural, same, the, shared;

	if (k < a + 2 || !tok_is(e, k - 1, "and") || e->t[k - 2].kind != TOK_WORD ||
	    (e->t[k - 2].flags & TOKF_CAP))
		return k;
	plural = word_ends(e, conjunct_head(e, k, end), "s") && word_plural(e, k - 2);
	/* "current and former officials": a word that is no plural before "and", and two words
	 * or more after it with a plural head, are one group that shares that head */
	shared = !plural && end >= k + 2 && !word_ends(e, k - 2, "s") &&
		 word_ends(e, conjunct_head(e, k, end), "s") && e->t[k].kind == TOK_WORD &&
		 !(e->t[k].flags & TOKF_CAP) && !(e->t[k].word & (WORD_DET | WORD_PRON));
	plural = plural || shared;
	same = claims_same_word(e, k - 2, end - 1);
	/* "The mayor and the police chief", "The mayor and her deputy": "the" and one or two
	 * lowercase words, then "and", "the" or a possessive and one or two words */
	the = (end == k + 2 || end == k + 3) && tok_among(e, k, "the his her their") &&
	      ((k >= a + 3 && tok_is(e, k - 3, "the") && opens_at(e, a, k - 3)) ||
	       (k >= a + 4 && tok_is(e, k - 4, "the") && opens_at(e, a, k - 4) &&
		e->t[k - 3].kind == TOK_WORD && !(e->t[k - 3].flags & TOKF_CAP)));
	if (!plural && !same && !the)
		return k;
	while (j > a && k - j < 5 && e->t[j - 1].sent == e->t[k].sent &&
	       e->t[j - 1].kind == TOK_WORD && !(e->t[j - 1].flags & TOKF_INQ) &&
	       !(e->t[j - 1].word & (WORD_VERB | WORD_PREP | WORD_PRON | WORD_CONJ | WORD_SUBORD |
				     WORD_REL | WORD_TIME)) &&
	       !e->t[j - 1].cue)
		j--;
	if (shared && j + 3 < k)
		return k; /* "passed the bill and former officials": a clause, not one group */
	if (j > a && j < k - 1 && tok_among(e, j - 1, "his her their our") &&
	    e->t[j - 1].sent == e->t[k].sent)
		j--; /* "Her advisers and allies" */
	return j < k - 1 && (opens_at(e, a, j) ||
			     (plural && e->t[j - 1].sent == e->t[j].sent &&
			      (tok_punct(e, j - 1, ',') ||
			       tok_among(e, j - 1, "but and while as so yet"))))
		       ? j
		       : k;
}

/* "The former first lady and U.S. senator said", "The actor and director said": two singular
 * heads under one "the" that opens the sentence or a clause, the second with no determiner of
 * its own, are two titles of one person; the subject [k, end) after "and" at k - 1 goes back
 * to that "the" (one to three lowercase words before "and", one or two after it, "U.S." one);
 * else k. */
static size_t one_holder_roles(const struct engine *e, size_t a, size_t k, size_t end)
{
	const unsigned no = WORD_VERB | WORD_AUX | WORD_PREP | WORD_PRON | WORD_DET | WORD_CONJ |
			    WORD_SUBORD | WORD_REL | WORD_TIME;

	if (k < a + 3 || k >= end || end > k + 6 || !tok_is(e, k - 1, "and") ||
	    word_ends(e, k - 2, "ed") || e->t[end - 1].kind != TOK_WORD ||
	    (e->t[end - 1].flags & TOKF_CAP) || word_ends(e, end - 1, "s") ||
	    word_ends(e, k - 2, "s"))
		return k;
	for (size_t i = k, words = 0; i < end; i++)
		if (tok_punct(e, i, '.') && i > k && e->t[i].start == e->t[i - 1].end)
			continue; /* "U.S. senator" */
		else if (e->t[i].kind != TOK_WORD || (e->t[i].word & no) || e->t[i].cue ||
			 (e->t[i].flags & TOKF_INQ) || word_possessive(e, i) ||
			 (e->t[i].end > e->t[i].start + 1 && ++words > 2))
			return k;
	for (size_t j = k - 1; j-- > a && k - 1 - j <= 4;) {
		if (tok_is(e, j, "the"))
			return j + 1 < k - 1 && opens_at(e, a, j) ? j : k;
		if (e->t[j].kind != TOK_WORD || (e->t[j].flags & (TOKF_CAP | TOKF_INQ)) ||
		    (e->t[j].word & no) || e->t[j].cue)
			return k;
	}
	return k;
}

/* "The consumer-products and newsprint company said", "The El Paso, Texas, maker of boots and
 * leather accessories said": "and" at i joins two words inside a description of a business that
 * opens with "the" or "a" (modifiers of its head, or the things it makes), not two subjects;
 * the words after it up to end are lowercase nouns. */
static bool and_in_business(const struct engine *e, size_t a, size_t i, size_t end)
{
	static const char business[] =
		"bank company concern firm maker manufacturer producer retailer thrift";
	const unsigned no = WORD_VERB | WORD_AUX | WORD_PREP | WORD_PRON | WORD_DET | WORD_CONJ |
			    WORD_SUBORD | WORD_REL;
	bool head;

	if (!tok_is(e, i, "and") || i + 1 >= end)
		return false;
	for (size_t k = i + 1; k < end; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & no) || e->t[k].cue ||
		    (e->t[k].flags & TOKF_INQ))
			return false;
	head = tok_among(e, end - 1, business);
	for (size_t k = i; k > a && i - k < 16; k--) {
		const struct tok *t = &e->t[k - 1];
		if (tok_among(e, k - 1, "the a an"))
			return head;
		if (tok_is(e, k - 1, "of") && k >= 2 && tok_among(e, k - 2, business)) {
			head = true;
			continue;
		}
		if (tok_punct(e, k - 1, ',') || tok_punct(e, k - 1, '-') ||
		    (tok_punct(e, k - 1, '.') && t->sent == e->t[i].sent))
			continue; /* "El Paso, Texas,", "Oneida, N.Y.,", "food-service" */
		if (t->kind != TOK_WORD || (t->word & (no & ~(unsigned)WORD_DET)) || t->cue ||
		    (t->flags & TOKF_INQ))
			return false;
	}
	return false;
}

/* True when the words [k, end) are a determiner and at most three lowercase words, none a
 * person's ("the storm", "the war"; not "the mayor", "the man", "Lee"). */
static bool plain_thing(const struct engine *e, size_t k, size_t end)
{
	if (end <= k + 1 || end > k + 4 || !(e->t[k].word & WORD_DET) || (e->t[k].word & WORD_PRON))
		return false;
	for (size_t j = k + 1; j < end; j++)
		if (e->t[j].kind != TOK_WORD || (e->t[j].flags & (TOKF_CAP | TOKF_DIGIT)) ||
		    (e->t[j].word & (WORD_PERSON | WORD_ROLE)) ||
		    tok_among(e, j, "man woman men women person people"))
			return false;
	return true;
}

/* True when the "and" or comma at k, before end, joins two capitalised words of one name
 * ("Cooperation and Development", "Sciences, Engineering and Medicine": a comma only before a
 * capitalised word and then "and" and another). */
static bool caps_joined(const struct engine *e, size_t k, size_t end)
{
	if (k == 0 || k + 1 >= end || !(e->t[k - 1].flags & TOKF_CAP) ||
	    e->t[k - 1].kind != TOK_WORD || e->t[k + 1].kind != TOK_WORD ||
	    !(e->t[k + 1].flags & TOKF_CAP) || (e->t[k + 1].word & (WORD_DET | WORD_PRON)))
		return false;
	if (tok_is(e, k, "and"))
		return true;
	return tok_punct(e, k, ',') && k + 3 < end && tok_is(e, k + 2, "and") &&
	       (e->t[k + 3].flags & TOKF_CAP);
}

/* True when token i, a word that would end a subject going backwards, opens a phrase of the noun
 * right before it that runs, with no verb, pronoun, conjunction or comma, up to the cue at end
 * (after its auxiliaries): a time phrase before an auxiliary ("Visitors to the coast since the
 * storm have said"; but "Shares fell after the company said" and "a fine after the man had
 * said" are clauses of their own) or a
 * participle with what follows it ("New rules put out on Aug. 3 suggest", "A report issued
 * last week says"). The noun and its phrase are the subject; the phrase alone was taken for it.
 * A day's name in the participle's phrase ("a poll released Sunday") is left out: the
 * speaker's name was read from it. */
static bool phrase_of_noun(const struct engine *e, size_t a, size_t i, size_t end)
{
	const struct tok *p = &e->t[i - 1], *t = &e->t[i];
	bool time, participle;

	if (i <= a || i + 1 >= end || end >= e->nt || t->kind != TOK_WORD ||
	    (t->flags & (TOKF_CAP | TOKF_INQ)) || p->kind != TOK_WORD || p->sent != t->sent ||
	    (p->flags & (TOKF_INQ | TOKF_DIGIT)) ||
	    (p->word & (WORD_VERB | WORD_AUX | WORD_ADV | WORD_PREP | WORD_DET | WORD_CONJ |
			WORD_SUBORD | WORD_REL | WORD_PRON | WORD_TIME)) ||
	    ((p->cue & CUE_VERB) && claims_cue_verb(e, i - 1)) ||
	    (!(p->flags & TOKF_CAP) && (word_ends(e, i - 1, "ly") || word_ends(e, i - 1, "ed") ||
					word_ends(e, i - 1, "ing"))))
		return false;
	/* not before "had": "a fine after the man had posted" is a clause of its own, its past
	 * perfect the subordinate clause's tense */
	time = tok_among(e, i, "since after before") && plain_thing(e, i + 1, end) &&
	       (e->t[end].word & (WORD_AUX | WORD_VERB)) && !tok_is(e, end, "had");
	/* "put out on Friday", "released yesterday", "issued by the ministry": after a common
	 * noun ("Lee appeared on a show and said" is a verb of Lee's) */
	participle = !(p->flags & TOKF_CAP) &&
		     (word_ends(e, i, "ed") || tok_among(e, i, "put set held given taken shown")) &&
		     (e->t[i + 1].word & (WORD_PREP | WORD_TIME) ||
		      tok_among(e, i + 1, "out up down off"));
	/* and the cue a verb: in "a release linked to the agency report" it is the agency's */
	if ((!time && !participle) || !(e->t[end].word & (WORD_AUX | WORD_VERB) ||
					((e->t[end].cue & CUE_VERB) &&
					 !(e->t[end].word & WORD_DOC) && claims_cue_verb(e, end))))
		return false;
	for (size_t k = i + 1; k < end; k++) {
		const struct tok *w = &e->t[k];
		if (caps_joined(e, k, end))
			continue; /* "by the Organization for Economic Cooperation and Development" */
		if (w->flags & TOKF_INQ || (w->kind == TOK_PUNCT && !tok_punct(e, k, '.')) ||
		    (w->kind != TOK_WORD && w->kind != TOK_PUNCT) ||
		    (w->word & (WORD_VERB | WORD_AUX | WORD_SUBORD | WORD_REL | WORD_PRON |
				WORD_CONJ) &&
		     !(w->word & WORD_PREP)) ||
		    ((w->cue & CUE_VERB) && claims_cue_verb(e, k)))
			return false;
	}
	return true;
}

/* "As anger grew in the port, the home of many fishermen, officials of the authority said": a
 * noun phrase after an opening phrase's comma, set off by a second comma, describes the phrase's
 * last noun, and the subject follows it (a bare noun up to end, with no comma and no "and" but
 * one inside a name or between plurals: not "..., the mayor, the governor and the judge").
 * Where the subject begins: after the second comma, else k. */
static size_t past_apposition(const struct engine *e, size_t a, size_t k, size_t end)
{
	size_t j = k + 1;

	if (k <= a || k + 3 >= end || !tok_punct(e, k - 1, ',') || !(e->t[k].word & WORD_DET) ||
	    (e->t[k].word & WORD_PRON))
		return k;
	for (; j < end && !tok_punct(e, j, ','); j++)
		if (e->t[j].kind == TOK_QOPEN || e->t[j].kind == TOK_QCLOSE ||
		    (e->t[j].word & (WORD_VERB | WORD_AUX | WORD_SUBORD | WORD_REL | WORD_PRON) &&
		     !(e->t[j].word & WORD_PREP)) ||
		    ((e->t[j].cue & CUE_VERB) && claims_cue_verb(e, j)))
			return k;
	/* a bare noun in lower case ("officials of ..."): after a name ("the agency's head, Jo
	 * Lee") or a determiner ("the Post, a daily paper") the second phrase names or describes
	 * the first, which is the subject */
	if (j + 1 >= end || e->t[j + 1].kind != TOK_WORD || (e->t[j + 1].flags & TOKF_CAP) ||
	    (e->t[j + 1].word & (WORD_CONJ | WORD_REL | WORD_SUBORD | WORD_PREP | WORD_ADV |
				 WORD_PRON | WORD_TIME | WORD_DET)) ||
	    word_ends(e, j + 1, "ing") || tok_is(e, j + 1, "whose"))
		return k;
	for (size_t i = j + 1; i < end; i++)
		if ((e->t[i].kind != TOK_WORD && !tok_punct(e, i, '.') && !tok_punct(e, i, '\'') &&
		     !tok_punct(e, i, '-')) ||
		    (e->t[i].word & WORD_CONJ && !(i + 1 < end && and_inside(e, i))))
			return k;
	return j + 1;
}

/* "When it comes to phones — a gripe of the police — software firms are quick to": words after
 * a subordinator, a preposition or a verb are a clause or an object of their own, and with an
 * aside set off by two dashes after them (no comma, no quotation) the subject is what follows
 * the second dash, before the cue at end. Where the subject begins: there, else k. */
static size_t past_dash_aside(const struct engine *e, size_t a, size_t k, size_t end)
{
	size_t d1 = SIZE_MAX, d2 = SIZE_MAX;

	if (k <= a || e->t[k - 1].sent != e->t[k].sent || e->t[k - 1].kind != TOK_WORD ||
	    (e->t[k - 1].flags & TOKF_INQ) ||
	    !((e->t[k - 1].word & WORD_SUBORD) ||
	      (!(e->t[k - 1].flags & TOKF_CAP) && (e->t[k - 1].word & (WORD_PREP | WORD_VERB)))))
		return k;
	for (size_t i = k + 1; i < end; i++) {
		if (tok_punct(e, i, ',') || (e->t[i].flags & TOKF_INQ))
			return k;
		if (!tok_dash(e, i))
			continue;
		if (d1 == SIZE_MAX)
			d1 = i;
		else if (d2 == SIZE_MAX)
			d2 = i;
		else
			return k;
	}
	if (d2 == SIZE_MAX || d2 + 1 >= end || e->t[d2 + 1].kind != TOK_WORD ||
	    (e->t[d2 + 1].flags & TOKF_INQ) || (e->t[d2 + 1].word & (WORD_CONJ | WORD_PREP)))
		return k;
	return d2 + 1;
}

/* True when token i is a participle between a determiner or a possessive and the noun in lower
 * case it describes, with no comma or conjunction after it before end ("an unnamed official",
 * "the embattled mayor", "Ruritania's ousted ruler"): a word of the subject, not a verb that
 * ends it. After a comma the walk stops there as before ("A self-styled moderate, Lee said",
 * "he's renounced it, critics say"); before a name the name is the subject anyway; after a
 * verb or "and" the noun phrase is no subject ("was a sustained clarion call for"). */
static bool participle_modifier(const struct engine *e, size_t a, size_t i, size_t end)
{
	const struct tok *p = &e->t[i - 1];

	for (size_t k = i + 1; k < end; k++)
		if (tok_punct(e, k, ',') || tok_dash(e, k) || (e->t[k].word & WORD_CONJ))
			return false;
	return i > a && i + 1 < end && e->t[i].kind == TOK_WORD &&
	       !(e->t[i].flags & (TOKF_CAP | TOKF_INQ)) && word_ends(e, i, "ed") &&
	       !(e->t[i].cue & CUE_VERB) && p->kind == TOK_WORD && p->sent == e->t[i].sent &&
	       (((p->word & WORD_DET) && !(p->word & WORD_PRON)) || word_possessive(e, i - 1) ||
		tok_among(e, i - 1, "his her its their our")) &&
	       e->t[i + 1].kind == TOK_WORD && !(e->t[i + 1].flags & TOKF_CAP) &&
	       !(e->t[i + 1].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_DET | WORD_CONJ |
				     WORD_SUBORD | WORD_REL | WORD_PRON)) &&
	       !(i >= 2 && e->t[i - 2].sent == p->sent &&
		 (e->t[i - 2].word & (WORD_VERB | WORD_CONJ)));
}

bool claims_describes_person(const struct engine *e, size_t k)
{
	return (e->t[k].word & (WORD_PERSON | WORD_ROLE)) || claims_person_noun(e, k) ||
	       word_ends(e, k, "ers") || word_ends(e, k, "ors") || word_ends(e, k, "ists") ||
	       word_ends(e, k, "ians") ||
	       tok_among(
		       e, k,
		       "aide chief head member veteran expert friend ally colleague partner executive "
		       "executives general nominee secretary attorney delegate hopeful "
		       "partners wife husband son daughter mother father");
}

/* "After the speech, Trump said", "It was an intelligence failure, de Blasio said": a phrase
 * that ends in a noun in lower case which describes no person, then a comma and a name (no
 * comma, verb, pronoun or conjunction in it, its last word capitalised) up to end: the phrase
 * ends a clause or an opening of its own, and the name is the subject. Where the subject
 * begins: after that comma, else k. */
static size_t name_after_phrase(const struct engine *e, size_t k, size_t end)
{
	size_t i = end, last = end;

	while (last > k && tok_punct(e, last - 1, ')')) /* "Jo Lee (D-Vt.)" */
		for (last--; last > k && !tok_punct(e, last - 1, '('); last--)
			;
	if (last <= k + 3 || e->t[last - 1].kind != TOK_WORD || !(e->t[last - 1].flags & TOKF_CAP))
		return k;
	while (i > k + 2 && !tok_punct(e, i - 1, ','))
		i--;
	if (i <= k + 2 || i >= last)
		return k;
	for (size_t j = i; j < last; j++)
		if ((e->t[j].kind != TOK_WORD && !tok_punct(e, j, '.') && !tok_punct(e, j, '-') &&
		     !tok_punct(e, j, '\'')) ||
		    (e->t[j].flags & TOKF_INQ) || e->t[j].cue ||
		    (e->t[j].word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_CONJ | WORD_SUBORD |
				     WORD_REL | WORD_TIME)) ||
		    ((e->t[j].word & WORD_PREP) && !tok_is(e, j, "of")))
			return k;
	i -= 2; /* the word before the comma */
	if (e->t[i].kind != TOK_WORD || (e->t[i].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) ||
	    (e->t[i].word & (WORD_DET | WORD_PREP | WORD_CONJ | WORD_PRON | WORD_ADV)) ||
	    word_ends(e, i, "ly") || claims_describes_person(e, i))
		return k;
	/* a phrase after a verb or a preposition is its object, no description; one that opens
	 * the sentence may still describe the name ("The state's attorney general, Jo Lee", "A
	 * lawyer for the unions, Jo Lee"), unless it ends in a plural and holds no person */
	if (k > 0 && e->t[k - 1].sent == e->t[k].sent && e->t[k - 1].kind == TOK_WORD)
		return i + 2;
	if (!word_plural(e, i))
		return k;
	for (size_t j = k; j < i; j++)
		if (e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_CAP) &&
		    claims_describes_person(e, j))
			return k;
	return i + 2;
}

/* True when the words [a, b) are a name alone: one to four capitalised words, with the stops
 * and hyphens of titles and initials ("Sen. Graham", "Mark-Viverito"), none quoted or a cue. */
static bool bare_name(const struct engine *e, size_t a, size_t b)
{
	size_t words = 0;

	for (size_t j = a; j < b; j++) {
		if (tok_punct(e, j, '.') || tok_punct(e, j, '-'))
			continue;
		if (e->t[j].kind != TOK_WORD || !(e->t[j].flags & TOKF_CAP) ||
		    (e->t[j].flags & (TOKF_INQ | TOKF_DIGIT)) || e->t[j].cue ||
		    (e->t[j].word & (WORD_DET | WORD_PRON | WORD_TIME)))
			return false;
		words++;
	}
	return words >= 1 && words <= 4;
}

/* True when token s, which opens its sentence, opens a phrase before the subject: a
 * preposition, an adverb or a subordinator ("During", "Also", "As"), or a participle
 * ("Speaking to ..."), not a noun phrase's word. */
static bool opening_phrase_word(const struct engine *e, size_t s)
{
	const struct tok *t = &e->t[s];

	return t->kind == TOK_WORD && (t->flags & TOKF_CAP) && !(t->flags & TOKF_INQ) &&
	       !(t->word & (WORD_DET | WORD_PRON)) &&
	       ((t->word & (WORD_PREP | WORD_ADV | WORD_SUBORD)) || word_ends(e, s, "ing") ||
		word_ends(e, s, "ly"));
}

/* "Also during that speech, Trump explained", "Speaking to ... on Tuesday, Bush described": for
 * a source [sa, sb) in a sentence that opens with a phrase (a preposition, an adverb, a
 * subordinator or a participle first), whose last comma comes before a name coref reads as a
 * person's, no singular person's word before it ("her senior adviser, Jo Lee" is one subject):
 * where the name begins, the subject; else sa. */
static size_t name_after_opening(const struct engine *e, size_t sa, size_t sb)
{
	size_t s = sa, i = sb, id;

	while (i > sa + 1 && !tok_punct(e, i - 1, ','))
		i--;
	if (i <= sa + 1 || i >= sb || !bare_name(e, i, sb))
		return sa;
	while (s > 0 && e->t[s - 1].sent == e->t[sa].sent && e->t[s - 1].kind != TOK_QOPEN &&
	       e->t[s - 1].kind != TOK_QCLOSE)
		s--;
	if ((s > 0 && e->t[s - 1].sent == e->t[sa].sent) || !opening_phrase_word(e, s))
		return sa;
	/* not a person described right before the comma ("her senior adviser, Jo Lee"); a
	 * plural describes no one name ("his rivals, Kasich") */
	for (size_t j = s; j < i - 1; j++)
		if (e->t[j].flags & TOKF_INQ)
			return sa;
	for (size_t j = i - 1; j > sa && !tok_punct(e, j - 1, ','); j--)
		if (e->t[j - 1].kind == TOK_WORD && !(e->t[j - 1].flags & TOKF_CAP) &&
		    claims_describes_person(e, j - 1) && !word_ends(e, j - 1, "s"))
			return sa;
	id = coref_resolve(e->co, (struct span){e->t[i].start, e->t[sb - 1].end});
	return id != COREF_NONE && coref_entity(e->co, id)->kind == COREF_PERSON ? i : sa;
}

/* True when a subject the backward walk ended at k may begin there: at a, at its sentence's
 * start or after a word that opens a clause ("that", "and"), not after a verb. */
static bool clause_opens_at(const struct engine *e, size_t a, size_t k)
{
	const struct tok *t = &e->t[k - 1];

	return k <= a || t->sent != e->t[k].sent || t->kind != TOK_WORD ||
	       (t->word & (WORD_SUBORD | WORD_CONJ | WORD_REL)) || (e->t[k].word & WORD_REL);
}

/* True when the word at k may close the noun a present participle's phrase describes: a name,
 * a plural or a person's word, none of the words that end a subject going backwards. */
static bool noun_before_participle(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
	    (t->word & (WORD_VERB | WORD_AUX | WORD_ADV | WORD_PREP | WORD_DET | WORD_CONJ |
			WORD_SUBORD | WORD_REL | WORD_PRON | WORD_TIME)) ||
	    claims_stop_back(e, k))
		return false;
	if (t->flags & TOKF_CAP)
		return true;
	return !word_ends(e, k, "ing") && !word_ends(e, k, "ly") &&
	       (word_ends(e, k, "s") || (t->word & (WORD_PERSON | WORD_ROLE)) ||
		claims_person_noun(e, k) || tok_among(e, k, "man men woman women people"));
}

/* "A man standing near the stage said", "House Republicans supporting the bill said", "Voters
 * leaving the polls said": a present participle's phrase with no comma between a noun and the
 * cue describes that noun, which is the subject; the walk back took the participle's object
 * ("the stage", "the bill") for it. Where the subject begins: at the noun phrase before the
 * participle when it opens a clause and the phrase names no one (or, named_ok, a name is in a
 * second phrase after "after" that participle_after_prep() reads), else k. */
static size_t participle_phrase_subject(const struct engine *e, size_t a, size_t k, size_t end,
					bool named_ok)
{
	size_t j = k, n, s;
	bool named = false, comma = false;

	if (k >= end || k <= a + 1 || e->t[k].sent != e->t[k - 1].sent)
		return k;
	/* the participle's preposition ("near", "outside") */
	if (e->t[j - 1].kind == TOK_WORD && !(e->t[j - 1].flags & TOKF_CAP) &&
	    (((e->t[j - 1].word & WORD_PREP) && !tok_among(e, j - 1, "as than")) ||
	     tok_among(e, j - 1, "near outside inside behind beside against")))
		j--;
	if (j <= a + 1 || e->t[j - 1].kind != TOK_WORD ||
	    (e->t[j - 1].flags & (TOKF_CAP | TOKF_INQ)) || !word_ends(e, j - 1, "ing") ||
	    e->t[j - 1].end - e->t[j - 1].start < 6 ||
	    tok_among(e, j - 1, "according saying during including regarding concerning"))
		return k;
	n = j - 2;
	if (!noun_before_participle(e, n))
		return k;
	/* a name in the phrase is the participle's object when the noun names people ("Voters
	 * leaving the polls in Iowa", "Supporters backing Sanders"); after a name ("Obama
	 * speaking in Iowa") or before a comma ("One pastor supporting Mr. Cruz, Dan Lee of
	 * ...", whose name is the speaker's) it stays as it was */
	for (size_t i = j; i < end; i++) {
		named = named || (e->t[i].flags & TOKF_CAP);
		comma = comma || tok_punct(e, i, ',');
	}
	if (named && (comma || !claims_doer_noun(e, n)) && !named_ok)
		return k;
	/* the noun's phrase: its words back to a determiner or the clause's start */
	for (s = n; s > a && n - s < 5; s--) {
		const struct tok *w = &e->t[s - 1];
		if (w->kind != TOK_WORD || w->sent != e->t[n].sent || (w->flags & TOKF_INQ) ||
		    (w->word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_SUBORD |
				WORD_REL | WORD_PRON | WORD_TIME) &&
		     !(w->word & WORD_DET)) ||
		    claims_stop_back(e, s - 1))
			break;
		if (w->word & WORD_DET) {
			s--;
			break;
		}
	}
	return clause_opens_at(e, a, s) ? s : k;
}

/* Tokens back participle_after_prep() looks for the participle before the preposition. */
#define PARTICIPLE_BACK 10

/* "Men smoking cigars on the porch after shooting skeet at the club said": a subject that opens
 * with a lowercase "-ing" word right after "after", "before", "while" or "since" is the second
 * phrase of a participle's phrase before it, no one who speaks ("shooting skeet ... said" reads
 * as an action): the subject is the noun phrase with the first participle's phrase, as
 * participle_phrase_subject() finds it within PARTICIPLE_BACK tokens; else (or when k opens no
 * such phrase) k. */
static size_t participle_after_prep(const struct engine *e, size_t a, size_t k, size_t end)
{
	size_t p = k - 1, s;

	if (k >= end || k < a + 2 || e->t[k].kind != TOK_WORD ||
	    (e->t[k].flags & (TOKF_CAP | TOKF_INQ)) || !word_ends(e, k, "ing") ||
	    e->t[k].end - e->t[k].start < 6 || e->t[p].sent != e->t[k].sent ||
	    !tok_among(e, p, "after before while since"))
		return k;
	for (size_t i = p; i > a + 1 && p - i < PARTICIPLE_BACK; i--) {
		const struct tok *t = &e->t[i - 1];
		/* "smoking cigars and drinking beer": "and" before a second participle */
		bool and_ing = tok_is(e, i - 1, "and") && !(e->t[i].flags & TOKF_CAP) &&
			       word_ends(e, i, "ing");
		if (t->kind != TOK_WORD || t->sent != e->t[k].sent || (t->flags & TOKF_INQ) ||
		    ((t->word & (WORD_CONJ | WORD_REL | WORD_SUBORD | WORD_AUX)) && !and_ing))
			break;
		if (!(t->flags & TOKF_CAP) && word_ends(e, i - 1, "ing") &&
		    (s = participle_phrase_subject(e, a, i, end, true)) < i)
			return s;
	}
	return k;
}

/* True when token i closes a label in brackets after a name ("Jo Banks (D-Vt.)", "Ann Lee
 * (Ohio)"): a bracket of at most six tokens after token a, no lowercase word in it, right after
 * a capitalised word. A list of names with such labels goes on back past it. */
static bool name_label_close(const struct engine *e, size_t a, size_t i)
{
	size_t k = i;

	if (!tok_punct(e, i, ')'))
		return false;
	while (k > a && i - k < 7 && !tok_punct(e, k - 1, '(')) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind == TOK_WORD && !(t->flags & TOKF_CAP))
			return false;
		k--;
	}
	return k > a + 1 && k < i && tok_punct(e, k - 1, '(') && e->t[k - 2].kind == TOK_WORD &&
	       (e->t[k - 2].flags & TOKF_CAP);
}

/* "I am the father of Tomas and immigration has said that ...": after "and" at k - 1 a single
 * lowercase word in the singular, no determiner, then a verb in the singular at end ("has",
 * "is", "was", "says"): that word is the clause's own subject, no second name joined to the
 * name before "and" ("Smith and he said", "Lee and aides say" go on). */
static bool bare_singular_after_and(const struct engine *e, size_t k, size_t end)
{
	return k + 1 == end && e->t[k].kind == TOK_WORD &&
	       !(e->t[k].flags & (TOKF_CAP | TOKF_INQ | TOKF_DIGIT)) && !e->t[k].word &&
	       !e->t[k].cue && !word_ends(e, k, "s") && end < e->nt &&
	       tok_among(e, end, "has is was says does");
}
/* True when the "and" or "or" at k follows a name that is the object of an irregular past or an
 * infinitive ("Lee met Putin and said", "The president met Mr. Putin and said", "declined to
 * threaten Moscow or even declare"): the conjunction joins a second verb to the clause's
 * subject, not a second subject ("Smith and Jones said"). */
static bool name_after_past(const struct engine *e, size_t a, size_t k)
{
	size_t j = k;

	while (j > a && (e->t[j - 1].flags & TOKF_CAP) && e->t[j - 1].kind == TOK_WORD)
		j--;
	if (j > a + 1 && j < k && tok_punct(e, j - 1, '.') && (e->t[j - 2].flags & TOKF_CAP))
		j -= 2; /* "Mr. Putin" */
	if (j >= k || j <= a + 1 || e->t[j - 1].kind != TOK_WORD ||
	    (e->t[j - 1].flags & TOKF_CAP) || e->t[j - 2].kind != TOK_WORD)
		return false;
	/* "declined to threaten Moscow or even declare": an infinitive's object */
	if (tok_is(e, j - 2, "to") && !e->t[j - 1].word && !e->t[j - 1].cue)
		return true;
	return tok_in(e, j - 1, TOKL_PAST) && !tok_among(e, j - 1, "said told wrote") &&
	       !(e->t[j - 2].word & (WORD_DET | WORD_PREP));
}

/* True when "and" at i is the second half of "both ... and" after a preposition: "trials in
 * both children and adults suggest", "surveys of both dogs and cats and owners say"; a few
 * lowercase words (one more "and" among them) lead back to "both", so the pair is the object
 * of the noun's phrase, which the subject's walk goes on past (not "sources, both military and
 * civilian, told", nor a verb's object: "incorporates both business and technology plans"). */
static bool both_and(const struct engine *e, size_t a, size_t i)
{
	for (size_t k = i; k > a && i - k < 6; k--) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind != TOK_WORD || t->sent != e->t[i].sent || (t->flags & TOKF_INQ))
			return false;
		if (tok_among(e, k - 1, "both either neither"))
			return k < i && k >= a + 3 && !tok_among(e, k, "of") &&
			       (e->t[k - 2].word & WORD_PREP) && e->t[k - 2].sent == t->sent;
		if ((t->flags & TOKF_CAP) ||
		    (t->word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_PRON | WORD_SUBORD |
				WORD_REL | WORD_DET)) ||
		    t->cue)
			return false;
	}
	return false;
}

/* claims_subject_back() but for the time after the subject, which the callers here take with
 * it (the end they test is a comma's). */
static bool subject_back(const struct engine *e, size_t a, size_t c, size_t *sa, size_t *sb)
{
	size_t end = claims_skip_aux_back(e, a, c), k = end, n = 0, w, s, t, rel_end;
	size_t cm = phrase_after_comma(e, a, end), past = SIZE_MAX;
	bool part = false, after_verb, after_ed;

	/* the comma before the cue, or one inside the quotation that closes there ("citing “the
	 * unique magic of Trump,” said"), or before a time phrase there ("Reed, who ..., on
	 * Friday said") */
	if (cm > a + 2 && (tok_punct(e, cm - 1, ',') ||
			   (e->t[cm - 1].kind == TOK_QCLOSE && tok_punct(e, cm - 2, ',')))) {
		w = parenthetical(e, a, cm - 1, &part);
		if (w != SIZE_MAX && subject_back(e, a, w + 1, &s, &t) && t == w) {
			*sa = s; /* with the mark that closes a title quoted at its end */
			*sb = !part ? t : e->t[cm - 1].kind == TOK_QCLOSE ? cm : cm - 1;
			return true;
		}
		w = clause_between(e, a, cm - 1, &part);
		if (w != SIZE_MAX && subject_back(e, a, w + 1, &s, &t) && t == w) {
			*sa = s;
			*sb = part ? cm - 1 : t;
			return true;
		}
	}

	/* the subject before a bracket, without it */
	if ((w = bracket_before(e, a, end)) != SIZE_MAX && subject_back(e, a, w, &s, &t) &&
	    t == w) {
		*sa = s;
		*sb = t;
		return true;
	}

	/* the noun phrase before a relative clause without commas, with its clause; before the
	 * comma of a parenthetical too ("Guides who work in Peru and Chile, which ..., say") */
	rel_end = end > a && tok_punct(e, end - 1, ',') ? end - 1 : end;
	if ((w = relative_before(e, a, rel_end)) != SIZE_MAX && subject_back(e, a, w, &s, &t) &&
	    t == w) {
		*sa = s;
		*sb = tok_punct(e, w, ',') ? w
					   : rel_end; /* the name, not its clause after a comma */
		return true;
	}
	while (k > a && n < BACK_MAX) {
		const struct tok *t = &e->t[k - 1];
		if (t->word & WORD_REL) {
			k--;
			break;
		}
		/* "The lawyers I called said": the verb of a relative clause with no pronoun of
		 * its own, its subject right after the noun it tells of, ends no subject */
		if (k >= a + 3 && claims_contact_relative(e, a, k - 2)) {
			k -= 2;
			n += 2;
			continue;
		}
		if (claims_stop_back(e, k - 1) && !participle_modifier(e, a, k - 1, end)) {
			if (past != SIZE_MAX || !phrase_of_noun(e, a, k - 1, end))
				break;
			past = k;
		}
		/* "Smith and he said", but not "play down the friction between them and point to":
		 * an object pronoun ends a verb phrase, and "and" with the cue right after it joins
		 * a second verb to the clause's subject, not a second subject */
		if (t->word & WORD_CONJ &&
		    (!(k >= 2 + a && (e->t[k - 2].flags & TOKF_CAP || e->t[k - 2].word & WORD_PRON ||
				      name_label_close(e, a, k - 2))) ||
		     (k == end && tok_among(e, k - 2, "them him me us")) ||
		     (k == end && name_after_past(e, a, k - 1)) ||
		     bare_singular_after_and(e, k, end)) &&
		    !listed_stop(e, a, k - 2) && !and_in_business(e, a, k - 1, end) &&
		    !claims_roles_joined(e, k - 1) && !both_and(e, a, k - 1))
			break;
		k--;
		n++;
	}
	/* the noun before a phrase is the subject's only when the walk then stops where a clause
	 * begins; after a verb ("to question the driver before the police said") the phrase is
	 * a clause of its own */
	if (past != SIZE_MAX && (n >= BACK_MAX || !clause_opens_at(e, a, k))) {
		k = past;
		n = 0;
	}
	if (n >= BACK_MAX)
		return false;
	/* "Security researchers and federal investigators, however, said": the conjuncts are
	 * read before the comma that closes the subject, as an interrupter set off after it
	 * leaves it */
	for (w = end; w > k && (tok_punct(e, w - 1, ',') || tok_dash(e, w - 1));)
		w--;
	k = one_holder_roles(e, a, plural_conjunct(e, a, k, w), w);
	if (k > a && k < end && demonstrative(e, k - 1))
		k--;
	/* "which Lorenz wanted to visualize", "which they cited": the subject after the relative
	 * pronoun, which is the object */
	if (k + 1 < end && (e->t[k].word & WORD_REL) && !tok_punct(e, k + 1, ','))
		k++;
	/* "In the post announcing Energy Control's service, the group promised": what follows a
	 * verb or a participle up to a comma is its object, not the subject */
	after_verb = k > 0 && k > a && e->t[k - 1].kind == TOK_WORD &&
		     !(e->t[k - 1].flags & TOKF_CAP) &&
		     (e->t[k - 1].word & WORD_VERB || (e->t[k - 1].cue & CUE_ING) ||
		      word_ends(e, k - 1, "ing"));
	after_ed = after_verb || (k > a && e->t[k - 1].kind == TOK_WORD &&
				  !(e->t[k - 1].flags & TOKF_CAP) && word_ends(e, k - 1, "ed"));
	k = claims_trim_intro(e, k, end);
	while (end > k && (tok_punct(e, end - 1, ',') || tok_dash(e, end - 1)))
		end--;
	/* "and when pressed on why the plan leaves out dads, the mother of three replied": the
	 * words after a wh-word up to a comma are that clause; the subject follows the comma */
	if (k > a && !(e->t[k - 1].flags & TOKF_CAP) &&
	    tok_among(e, k - 1, "why how whether what where"))
		for (size_t i = k + 1; i + 1 < end; i++)
			if (tok_punct(e, i, ',')) {
				/* not a list: "what John Leguizamo, Zoe Saldana and many more said" */
				bool list = false;
				for (size_t j = i + 1; j < end; j++)
					list = list || tok_punct(e, j, ',') || tok_is(e, j, "and");
				if (!list && ((e->t[i + 1].word & WORD_DET) ||
					      (e->t[i + 1].flags & TOKF_CAP)))
					k = i + 1;
				break;
			}
	/* "the first time the writer has said": a noun phrase begins again at a determiner after
	 * a noun (not after "than": "Less than a third agreed"; nor at a time phrase: "The
	 * analysts this month said"); at a possessive after an article and its noun too ("a
	 * decision his agent called", "the move their critics described") */
	for (size_t i = end; i > k + 1; i--)
		if ((e->t[i - 1].word & WORD_DET ||
		     (i > k + 2 && tok_among(e, i - 1, "his her their its") &&
		      tok_among(e, i - 3, "a an the") && i < end && e->t[i].kind == TOK_WORD &&
		      !(e->t[i].word & ~(unsigned)WORD_ROLE))) &&
		    e->t[i - 2].kind == TOK_WORD && !(e->t[i - 2].flags & TOKF_CAP) &&
		    !tok_is(e, i - 2, "than") &&
		    !(i + 1 == end && claims_time_phrase_at(e, i - 1)) &&
		    !(e->t[i - 2].word &
		      (WORD_PREP | WORD_DET | WORD_CONJ | WORD_PRON | WORD_ADV)) &&
		    !word_possessive(e, i - 2)) {
			k = i - 1;
			break;
		}
	/* "Talking about his recent successes, he said", "The plan is weak — he told the AP": a
	 * pronoun after a comma or a dash is the subject; so is one right after a noun ("attack
	 * code he said exploits", "eyes that light up whenever he discusses"): the subject of a
	 * clause inside another */
	if (end >= k + 2 && subject_pronoun(e, end - 1) &&
	    ((end >= k + 3 && tok_punct(e, end - 2, ',')) || tok_dash(e, end - 2) ||
	     (e->t[end - 2].kind == TOK_WORD && !(e->t[end - 2].word & WORD_CONJ))))
		k = end - 1;
	/* "After nearly 20 years of hostile relations, the American government plans": a phrase
	 * with no name, a comma, then a noun phrase of its own is an introduction and a subject */
	for (size_t i = k + 1; i + 1 < end; i++) {
		size_t past; /* past a phrase that opens after the comma; end when none does */
		if (!tok_punct(e, i, ','))
			continue;
		past = claims_opens_intro(e, i + 1, end) ? claims_trim_intro(e, i + 1, end) : end;
		if (((intro_before_comma(e, k, i) || after_verb) &&
		     (((e->t[i + 1].word & WORD_DET) && !(e->t[i + 1].word & WORD_PRON)) ||
		      share_opens(e, i + 1))) ||
		    /* "... was obvious, supporters of the plan said", "has not raised the
		     * issue himself, his aides say": the words after a verb end its clause */
		    (after_ed && e->t[i + 1].kind == TOK_WORD && !word_ends(e, i + 1, "ing") &&
		     !(e->t[i - 1].flags & TOKF_CAP) && /* "Rep. Chris Collins, R-NY," */
		     !(e->t[i + 1].word & (WORD_ADV | WORD_PREP | WORD_VERB | WORD_CONJ | WORD_REL |
					   WORD_SUBORD | WORD_TIME))))
			k = i + 1;
		/* "In a move that shocked everyone, especially in the north, Reed said": a second
		 * opening phrase after the clause, then the subject */
		else if (after_ed && !(e->t[i - 1].flags & TOKF_CAP) && past < end)
			k = i + 1;
		if (k == i + 1 && past < end)
			k = past;
		break;
	}
	k = past_dash_aside(e, a, k, end);
	k = past_apposition(e, a, k, end);
	k = name_after_phrase(e, k, end);
	/* "Asked whether he would run again, Mr. Trump": an introductory clause ends at a comma
	 * after an adverb or a verb */
	for (size_t i = end; i > k + 1; i--) {
		const struct tok *w = &e->t[i - 2];
		if (tok_punct(e, i - 1, ',') && w->kind == TOK_WORD && !(w->flags & TOKF_CAP) &&
		    (w->word & (WORD_ADV | WORD_VERB) || word_ends(e, i - 2, "ly") ||
		     word_ends(e, i - 2, "ed"))) {
			k = i;
			break;
		}
		/* "Frustrated, Sanders said", "Undeterred, she said": a participle of six letters or
		 * more opening the sentence alone before its comma (not "Jared, ...") */
		if (tok_punct(e, i - 1, ',') && i - 2 == k && w->kind == TOK_WORD &&
		    (w->flags & TOKF_CAP) && w->end - w->start > 5 && word_ends(e, i - 2, "ed") &&
		    i < end && ((e->t[i].flags & TOKF_CAP) || (e->t[i].word & WORD_PRON))) {
			k = i;
			break;
		}
	}
	/* "... Nord Berg Ltd. Mr. Lund said": the subject begins at the title */
	for (size_t i = end; i > k + 1; i--)
		if (mr_after_stop(e, i - 1)) {
			k = i - 1;
			break;
		}
	k = participle_after_prep(e, a, participle_phrase_subject(e, a, k, end, false), end);
	if (k >= end)
		return false;
	*sa = k;
	*sb = end;
	return true;
}

/* Where a subject [sa, sb) begins when a bracket opens in it that does not close before its
 * end ("needs external Vpp to program (presumably Silego did not want"): after the bracket
 * and the adverbs in "-ly" that open it; the words before it are the clause the bracket
 * comments on. */
static size_t after_open_bracket(const struct engine *e, size_t sa, size_t sb)
{
	size_t open = SIZE_MAX;

	for (size_t k = sa; k < sb; k++)
		if (tok_punct(e, k, '('))
			open = k;
		else if (tok_punct(e, k, ')'))
			open = SIZE_MAX;
	if (open == SIZE_MAX || open + 1 >= sb)
		return sa;
	for (sa = open + 1; sa + 1 < sb && word_ends(e, sa, "ly") && !(e->t[sa].flags & TOKF_CAP);)
		sa++;
	return sa;
}

/* "Critics of the plan, like Senators Ann Ames, Democrat of Ohio, and Tom Lark, Republican of
 * Utah, say": a subject [k, end) that is a name after ", and" is the last of the examples of a
 * group the sentence opens with (", like", ", including"), when the words before it, from the
 * sentence's start, are noun phrases and commas alone (no verb, clause or quotation; not an
 * opening phrase: "In Ohio, and in Utah, officials said"); the sentence's start, else k. ("The
 * mayor, a Democrat, and Gov. Tom Reed said" names no group, and stays as it is.) */
static size_t list_subject(const struct engine *e, size_t a, size_t k, size_t end)
{
	size_t j = k - 2, commas = 0;
	bool examples = false;

	if (k < a + 4 || k >= end || !tok_is(e, k - 1, "and") || !tok_punct(e, k - 2, ',') ||
	    !(e->t[k].flags & TOKF_CAP) || (e->t[k].word & (WORD_PRON | WORD_DET)))
		return k;
	for (; j > a && e->t[j - 1].sent == e->t[k].sent && k - j < 40; j--) {
		const struct tok *t = &e->t[j - 1];
		if (tok_punct(e, j - 1, ','))
			commas++;
		else if (j >= a + 2 && tok_punct(e, j - 2, ',') &&
			 tok_among(e, j - 1, "like including"))
			examples = true;
		else if (!(t->kind == TOK_WORD || tok_punct(e, j - 1, '.')) || t->cue ||
			 (t->flags & TOKF_INQ) ||
			 (t->word & (WORD_VERB | WORD_REL | WORD_SUBORD | WORD_PRON)))
			return k;
	}
	if (!opens_at(e, a, j) || !commas || !examples || tok_punct(e, j, ',') ||
	    (e->t[j].word &
	     (WORD_PREP | WORD_INTRO | WORD_SUBORD | WORD_TIME | WORD_ADV | WORD_CONJ)))
		return k;
	return j;
}

/* "In Denver, Colorado, the senator says", "At a rally in Novi, Michigan, Trump says": a subject
 * [sa, sb) that opens with the state of a city named after "in", "at", "from" or "near" and its
 * comma: the state is the opening phrase's, the subject begins after its comma. */
static size_t after_place_opening(const struct engine *e, size_t a, size_t sa, size_t sb)
{
	size_t k = sa - 1, x;

	if (sa < a + 3 || !tok_punct(e, sa - 1, ','))
		return sa;
	/* the city: one to three capitalised words after the preposition, no month or day ("In
	 * July, Ann Lee, vice chairman of ..., told": a time, then the person) */
	while (k > a && k + 4 > sa && e->t[k - 1].kind == TOK_WORD &&
	       (e->t[k - 1].flags & TOKF_CAP) && !(e->t[k - 1].flags & TOKF_INQ) &&
	       !tok_among(e, k - 1, "in at from near")) {
		if ((e->t[k - 1].word & WORD_TIME) || tok_is(e, k - 1, "may"))
			return sa;
		k--;
	}
	if (k == sa - 1 || k == a || !tok_among(e, k - 1, "in at from near"))
		return sa;
	/* the state: one or two capitalised words, its comma, then the subject; no person coref
	 * knows ("At a rally in Novi, Ann Lee, the mayor, said") */
	for (x = sa; x < sb && x < sa + 3; x++)
		if (e->t[x].kind != TOK_WORD || !(e->t[x].flags & TOKF_CAP) ||
		    (e->t[x].word & (WORD_DET | WORD_PRON)))
			break;
	if (x > sa && claims_known_person(e, (struct span){e->t[sa].start, e->t[x - 1].end}))
		return sa;
	return x > sa && x + 1 < sb && tok_punct(e, x, ',') ? x + 1 : sa;
}

/* "The film ― which weaves together the voices of activists ..., among others ― explains", "he
 * and his staff — no longer aiming to poach superdelegates — go out of their way to assure",
 * "Gingrich — mentioned by Newsmax as ... — told": a relative clause, or a participle's phrase
 * (a past participle first, or one in "-ing" among its first three words after no determiner
 * or preposition; not an apposition, "— the production company that owns ... —", nor "— for
 * everything from ... —"), set off by dashes right before the cue at c, is the subject's aside;
 * the subject is read back from its opening dash (else a pair, "he and his staff", runs on into
 * the aside and is named by its first alone). SIZE_MAX when there is no such aside. */
static size_t dash_relative_before(const struct engine *e, size_t a, size_t c)
{
	size_t o;

	if (c < a + 4 || !tok_dash(e, c - 1) ||
	    (o = claims_dash_before(e, a, c - 1, 40)) == SIZE_MAX || o <= a || o + 2 >= c)
		return SIZE_MAX;
	if (tok_among(e, o + 1, "which who whose"))
		return o;
	if (e->t[o + 1].kind != TOK_WORD || (e->t[o + 1].flags & TOKF_CAP) ||
	    (e->t[o + 1].word & (WORD_DET | WORD_PREP | WORD_PRON)))
		return SIZE_MAX;
	if (word_ends(e, o + 1, "ed"))
		return o;
	for (size_t i = o + 1; i + 1 < c && i < o + 4; i++) {
		if (e->t[i].kind != TOK_WORD || (e->t[i].flags & TOKF_CAP) ||
		    (e->t[i].word & (WORD_DET | WORD_PREP | WORD_PRON)))
			return SIZE_MAX;
		if (word_ends(e, i, "ing") && !word_ends(e, i, "thing"))
			return o;
	}
	return SIZE_MAX;
}

/* "Cruz, Blackwell wrote", "led by former Mayor Rudy Giuliani, Trump has said": for a source
 * [sa, sb) whose last comma comes before a name coref reads as a person's that runs into the cue
 * with no comma after it (no apposition closes there: "Paul Manafort, the campaign chief, said"),
 * the words before the comma are no part of the subject, unless a singular word for a person
 * ends them ("another friend, Mariam Emara told"): where the name begins, the subject; else sa. */
static size_t name_before_cue(const struct engine *e, size_t sa, size_t sb)
{
	size_t i = sb, last = sb, id;

	if (sb >= e->nt || tok_punct(e, sb, ',') || tok_dash(e, sb))
		return sa;
	while (last > sa && tok_punct(e, last - 1, ')')) /* "Mary Fallin (R-OK)" */
		for (last--; last > sa && !tok_punct(e, last - 1, '('); last--)
			;
	while (i > sa + 1 && !tok_punct(e, i - 1, ','))
		i--;
	if (i <= sa + 1 || i >= last || !bare_name(e, i, last))
		return sa;
	if (e->t[i - 2].kind == TOK_WORD && !(e->t[i - 2].flags & TOKF_CAP) &&
	    claims_describes_person(e, i - 2) && !word_ends(e, i - 2, "s"))
		return sa;
	id = coref_resolve(e->co, (struct span){e->t[i].start, e->t[last - 1].end});
	return id != COREF_NONE && coref_entity(e->co, id)->kind == COREF_PERSON ? i : sa;
}

/* For a cue at c that opens with "then" after a comma ("she told a cheering crowd, then referred
 * to"): the verb of the clause before the comma, whose subject the second verb shares, when the
 * phrase [s, t) that ends at the comma is that verb's object; else SIZE_MAX. */
static size_t then_after_object(const struct engine *e, size_t a, size_t c, size_t s, size_t t)
{
	if (c < a + 3 || !tok_is(e, c, "then") || !tok_punct(e, c - 1, ',') || t + 1 != c ||
	    s <= a || e->t[s - 1].sent != e->t[c].sent || e->t[s - 1].kind != TOK_WORD ||
	    (e->t[s - 1].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !((e->t[s - 1].word & WORD_VERB) || (e->t[s - 1].cue & CUE_VERB)))
		return SIZE_MAX;
	return s - 1;
}

bool claims_subject_back(const struct engine *e, size_t a, size_t c, size_t *sa, size_t *sb)
{
	size_t o = dash_relative_before(e, a, c), v;

	/* "he’s predicting", "she's been saying": the pronoun with its "is" or "has" is the whole
	 * subject, never the end of a phrase before it */
	if (c > a && claims_person_pronoun_s(e, c - 1)) {
		*sa = c - 1;
		*sb = c;
		return true;
	}
	if (o != SIZE_MAX && subject_back(e, a, o, sa, sb))
		*sb = o; /* the subject alone, before its aside */
	else if (!subject_back(e, a, c, sa, sb))
		return false;
	/* "... ― as was true for the years his returns were made public ― Trump boasted": the
	 * name after the dash that closes an aside is the subject, not the aside's last words */
	for (size_t d = *sb - 1; d > *sa + 1; d--)
		if (tok_dash(e, d - 1) && e->t[d].kind == TOK_WORD &&
		    ((e->t[d].flags & TOKF_CAP) || (e->t[d].word & (WORD_DET | WORD_PRON))) &&
		    claims_dash_before(e, a, d - 1, 40) != SIZE_MAX) {
			*sa = d;
			break;
		}
	*sa = after_place_opening(e, a, *sa, *sb);
	*sa = name_after_opening(e, *sa, *sb);
	*sa = name_before_cue(e, *sa, *sb);
	*sa = list_subject(e, a, *sa, *sb);
	*sa = after_open_bracket(e, *sa, *sb);
	*sb = time_after_subject(e, *sa, *sb);
	/* "none of the scholars I interviewed this week thought": the subject is the noun phrase
	 * a relative clause with no pronoun of its own tells of, without the clause */
	for (size_t p = *sa + 1; p + 1 < *sb; p++)
		if (claims_contact_relative(e, a, p)) {
			*sb = p;
			break;
		}
	/* "she told a cheering crowd, then referred to": she, not the crowd she told */
	if ((v = then_after_object(e, a, c, *sa, *sb)) != SIZE_MAX) {
		size_t s, t;
		if (claims_subject_back(e, a, v, &s, &t) && t == v) {
			*sa = s;
			*sb = t;
		}
	}
	return true;
}
