/* claims_content_start: where the content of a claim begins after its cue, and the content at
 * its start (a quotation, or the clause there). */
#include "claims_int.h"

/* ---- where content after a cue begins: a token below b, or SIZE_MAX ---- */

/* "asked our followers who their favorite speaker was", "asked the conservative who he thought
 * would win": after "asked" at p - 1, "who" or "where" at k asks when a word other than a verb
 * follows it (not "asked the man who was standing there to leave", a relative clause). */
static bool asked_who(const struct engine *e, size_t p, size_t k)
{
	return p > 0 && tok_among(e, p - 1, "asked asks ask asking") &&
	       tok_among(e, k, "who where") && k + 1 < e->nt && !(e->t[k - 1].word & WORD_PREP) &&
	       e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].word & (WORD_VERB | WORD_ADV)) &&
	       !e->t[k + 1].cue && !word_ends(e, k + 1, "ed") && !word_ends(e, k + 1, "s");
}

/* "asked the mayor when the road would open": after a form of "ask" at p - 1, "when" at k is
 * the question put; after another cue's object it says when the speaker did it ("criticized
 * the contractors when the storm ended", "supported the bill when it came to the Senate"), and
 * no question follows. */
static bool asked_when(const struct engine *e, size_t p, size_t k)
{
	return tok_is(e, k, "when") && p > 0 && tok_among(e, p - 1, "asked asks ask asking");
}

/* After the addressee of a request or question that begins at p ("asked workers if", "urged the
 * judge to give", "called on Trump to"): the token of "to", "if", "whether" or a wh-word, or
 * SIZE_MAX. A wh-word after a preposition is that preposition's object, and the noun before it
 * is what the cue takes, no addressee ("highlighted differences in how to spur growth", "the
 * question of what he would do", "praised Sanders for what he has done": PolNeAR starts at the
 * noun); a question asked still starts at its word ("asking them questions about how"). */
static size_t after_addressee(const struct engine *e, size_t p, size_t b)
{
	size_t lim = p + 8 < b ? p + 8 : b;

	for (size_t k = p + 1; k + 1 < lim; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || tok_is(e, k, "that") || (t->word & WORD_VERB) ||
		    (t->cue & CUE_VERB && claims_cue_verb(e, k)))
			return SIZE_MAX;
		if ((e->t[k - 1].word & WORD_PREP) && !tok_is(e, k - 1, "to") &&
		    tok_among(e, k, "if whether why how what when who where") &&
		    !tok_among(e, p - 1, "asked asks ask asking"))
			return SIZE_MAX;
		if ((tok_is(e, k, "to") && e->t[k + 1].kind == TOK_WORD &&
		     !(e->t[k + 1].flags & TOKF_CAP) &&
		     !(e->t[k + 1].word & (WORD_DET | WORD_PRON))) ||
		    tok_is(e, k, "if") || tok_is(e, k, "whether") || tok_is(e, k, "why") ||
		    tok_is(e, k, "how") || tok_is(e, k, "what") || asked_when(e, p, k) ||
		    asked_who(e, p, k))
			return k;
	}
	return SIZE_MAX;
}

/* "announced plans Tuesday to expand the program", "unveiled plans this week to": with a time
 * between them the plans are the cue's, and the infinitive after the time is the content
 * (PolNeAR train and dev 2 to 0; without the time "plans to" is as often the content): the
 * token of "to", or SIZE_MAX. */
static size_t plans_when_to(const struct engine *e, size_t p, size_t b)
{
	size_t k = p + 1;

	if (!tok_among(e, p, "plans plan") || (e->t[p].flags & TOKF_INQ))
		return SIZE_MAX;
	if (k < b && tok_among(e, k, "this last on") && k + 1 < b)
		k++;
	if (k >= b || !((e->t[k].word & WORD_TIME) || claims_day_word(e, k)))
		return SIZE_MAX;
	k++;
	return k + 1 < b && tok_is(e, k, "to") && e->t[k + 1].kind == TOK_WORD &&
			       !(e->t[k + 1].flags & TOKF_CAP) &&
			       !(e->t[k + 1].word & (WORD_DET | WORD_PRON))
		       ? k
		       : SIZE_MAX;
}

/* After a cue whose content may be a noun phrase: "called X a Y", "criticized X". The object
 * stays in the content, as PolNeAR has it (train, with it against without: "called X “Y”" 101
 * to 13, "urged X to Y" 85 to 32, "blamed X for Y" and "accused X of Y" 132 to 10); the question
 * put to it starts after it ("asked X whether Y", "if", "how", "what", "why": 36 to 6). */
static size_t start_after_np(const struct engine *e, size_t p, size_t b)
{
	size_t k;

	if (tok_punct(e, p, ',') && p + 1 < b && e->t[p + 1].kind == TOK_QOPEN)
		return p + 1;
	if (p > 0 && e->t[p].kind == TOK_WORD && (k = after_addressee(e, p, b)) != SIZE_MAX &&
	    !tok_is(e, k, "to"))
		return k; /* asked workers if they ... (but "urged people to protest" keeps them) */
	/* "Loud applause echoed through the hall", "applauding along with the crowd": a phrase of
	 * where or which way is no one's words */
	if (tok_among(e, p, "through across around along throughout toward towards"))
		return SIZE_MAX;
	if ((e->t[p].kind == TOK_WORD && !(e->t[p].word & (WORD_VERB | WORD_CONJ))) ||
	    e->t[p].kind == TOK_QOPEN)
		return p;
	return SIZE_MAX;
}

/* True for a pronoun with a verb joined to it: "she's", "they're", "I'm", "it’ll". */
bool claims_contraction(const struct engine *e, size_t k)
{
	const char *s = e->text + e->t[k].start;
	size_t n = e->t[k].end - e->t[k].start, i = 0;

	while (i < n && s[i] != '\'' && text_curly_single(s + i, n - i) != 0x2019)
		i++;
	return i < n && i > 0 && (claims_lex_word(s, i) & WORD_PRON);
}

/* True for a personal pronoun that opens a clause at k: "she worries", "he's going". */
static bool subject_pronoun(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD &&
	       (tok_among(e, k, "he she they we i") || claims_contraction(e, k));
}

/* "told Hannity a Clinton loss is likely": "a" or "an" at k opens a clause when a finite verb
 * follows its noun phrase of one to three words (no preposition, cue or punctuation between);
 * "told reporters a story" has none. */
static bool article_clause(const struct engine *e, size_t k, size_t b)
{
	if (!tok_among(e, k, "a an"))
		return false;
	for (size_t j = k + 1; j < b && j < k + 5; j++) {
		if (e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_INQ))
			return false;
		if (e->t[j].word & WORD_VERB)
			return j > k + 1 && !tok_among(e, j, "being having");
		if (e->t[j].word & (WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL) || e->t[j].cue)
			return false;
	}
	return false;
}

/* "told Jeb Bush to quiet down", "told Flint residents not to drink the water", "telling him to
 * go home": after a form of "tell" at p - 1, an order to an addressee of one to four words (a
 * name, a pronoun or a noun phrase with its determiner first only: not "told reporters the plan
 * to expand was dead") is the content from its "to", or its "not" or "never" ("told his
 * subordinates never to speak of it"; PolNeAR train: from "to" 5 of 8, as "tells his supporters
 * to “go vote”"): that token, or SIZE_MAX. */
static size_t told_order(const struct engine *e, size_t p, size_t b)
{
	/* the bare "tell" only after a modal ("will ever tell those voters to"), not a question
	 * put ("what're you gonna do about it—tell us to go to hell?") */
	if (p == 0 || !tok_among(e, p - 1, "tell tells told telling") ||
	    (tok_is(e, p - 1, "tell") &&
	     !((p >= 2 && tok_in(e, p - 2, TOKL_MODAL)) ||
	       (p >= 3 && tok_in(e, p - 3, TOKL_MODAL) && (e->t[p - 2].word & WORD_ADV)))))
		return SIZE_MAX;
	for (size_t k = p; k < b && k <= p + 4; k++) {
		if (k > p && tok_infinitive(e, k, b) && !(e->t[k + 1].flags & TOKF_INQ))
			return tok_among(e, k - 1, "not never") && k - 1 > p ? k - 1 : k;
		if (k > p && tok_among(e, k, "not never") && k + 1 < b && tok_is(e, k + 1, "to"))
			continue;
		/* an object pronoun or a plural ends the addressee: "told us newsrooms need to
		 * be reorganized" is a clause told */
		if ((tok_among(e, k, "him them us me you") ||
		     (word_plural(e, k) && !(e->t[k].word & (WORD_PRON | WORD_DET)))) &&
		    k + 1 < b && !tok_among(e, k + 1, "to not never"))
			return SIZE_MAX;
		if (e->t[k].kind != TOK_WORD || e->t[k].cue || subject_pronoun(e, k) ||
		    tok_among(e, k, "that this to when where what how why whether who") ||
		    (e->t[k].word & (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_REL | WORD_TIME)) ||
		    (k > p && ((e->t[k].word & WORD_DET) || word_possessive(e, k))))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* After a cue that takes an addressee: "told reporters that", "told CNN the deal is off"; a
 * clause whose subject comes before a quotation opening in lower case starts at that subject.
 * PolNeAR starts after the addressee and its "that" (train 132 times, at the addressee 4). */
static size_t start_after_object(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	size_t lim = p + 12 < b ? p + 12 : b, subj = SIZE_MAX;
	bool asked = false; /* after "when asked ...", only a colon opens what was told */

	if ((subj = told_order(e, p, b)) != SIZE_MAX)
		return subj;

	/* told reporters that / told a crowd in Ohio that */
	for (size_t k = p; k < lim; k++) {
		/* "told Congress when asked last month about the inquiry: “...”": the question put
		 * is no content; what follows its colon is */
		if (k > p && tok_among(e, k, "when while") && k + 1 < lim &&
		    tok_is(e, k + 1, "asked")) {
			asked = true;
			k++;
			continue;
		}
		if (asked && !tok_punct(e, k, ':'))
			continue;
		if (subj == SIZE_MAX && k > p && subject_pronoun(e, k))
			subj = k;
		/* "told him she worries he's “too nice”": a phrase quoted inside the clause */
		if (e->t[k].kind == TOK_QOPEN && subj != SIZE_MAX && k + 1 < b &&
		    e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_CAP))
			return subj;
		/* "told ABC’s “Good Morning America” that": a title, then the content */
		if (e->t[k].kind == TOK_QOPEN && e->t[k].pair + 1 < b && e->t[k].pair < k + 8 &&
		    tok_is(e, e->t[k].pair + 1, "that"))
			return e->t[k].pair + 1;
		/* "tells his supporters at a rally to “go vote”": the instruction, its "to" with it
		 * (PolNeAR has "to “verb ...” in the content 24 to 5) */
		if (e->t[k].kind == TOK_QOPEN && k > p && tok_is(e, k - 1, "to") && k + 1 < b &&
		    e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_CAP))
			return k - 1 > p && tok_among(e, k - 2, "not never") ? k - 2 : k - 1;
		if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
			return k;
		if (tok_punct(e, k, ':') && k + 1 < b)
			return k + 1;
		if ((e->t[k].cue & CUE_VERB && claims_cue_verb(e, k)) || e->t[k].word & WORD_VERB)
			break;
	}
	if (cue & CUE_QUOTEONLY)
		return SIZE_MAX;
	/* told reporters he would / told CNN the deal is off */
	for (size_t k = p + 1; k < lim; k++) {
		/* "sources tell TMZ ... the ring was taken": an ellipsis after the addressee
		 * stands for the "that" left out */
		if (tok_ellipsis(e, k) && k + 1 < b && e->t[k + 1].kind == TOK_WORD)
			continue;
		if (e->t[k].kind != TOK_WORD)
			break;
		/* "told reporters this was the only chance": a demonstrative and its verb open the
		 * clause, not the noun phrase after the verb */
		if (tok_among(e, k, "this these those") && k + 1 < b &&
		    (e->t[k + 1].word & WORD_VERB))
			return k;
		if (tok_among(e, k, "he she they it we i the there his her their its our my") ||
		    claims_contraction(e, k) || article_clause(e, k, b))
			return k;
		/* "told ITV when asked how ties would fare", "told CNN while campaigning": a
		 * clause of time with no subject of its own says when it was told; the question
		 * inside it is not what was told */
		if (claims_bare_time_clause(e, k, b))
			break;
		/* "told reporters if asked the board would vote no": a condition with no subject
		 * is the content's own */
		if (claims_bare_condition(e, k, b))
			return k;
		/* "told us what steps it was taking", "told reporters how the deal fell apart":
		 * the question told starts at its word, not at the clause inside it ("told them how
		 * to vote" is an instruction) */
		if (tok_among(e, k, "what how why whether") && !tok_is(e, k + 1, "to"))
			return k;
		/* "told the host on Thursday how surprised he is": the day it was told */
		if (tok_is(e, k, "on") && k + 2 < lim && (e->t[k + 1].word & WORD_TIME) &&
		    e->t[k + 1].kind == TOK_WORD) {
			k++;
			continue;
		}
		/* "told The Star-Ledger of Newark last week she would", "told a gathering in
		 * Washington she will": a name's place */
		if ((e->t[k].word & WORD_PREP) &&
		    !(tok_is(e, k, "of") && (e->t[k - 1].flags & TOKF_CAP) && k + 1 < b &&
		      (e->t[k + 1].flags & TOKF_CAP)) &&
		    !(tok_among(e, k, "in at") && k + 1 < b && (e->t[k + 1].flags & TOKF_CAP) &&
		      !(e->t[k + 1].word & WORD_TIME)))
			break;
	}
	return SIZE_MAX;
}

/* Tokens a phrase between a cue and its content runs over, at most ("said in a statement
 * released late on Tuesday by his lawyers:"). */
#define PHRASE_MAX 20

/* True when token k is a comma or a colon and a quotation opens right after it, before b ("said
 * in a statement: “We ...", "said, “We ..."): the quotation is the content. */
static bool quote_after_mark(const struct engine *e, size_t k, size_t b)
{
	return (tok_punct(e, k, ':') || tok_punct(e, k, ',')) && k + 1 < b &&
	       e->t[k + 1].kind == TOK_QOPEN;
}

/* True when a clause whose subject is a noun without a determiner begins at k (before b), after
 * a time that follows the cue ("said today conditions in the region appear calm", "said Tuesday
 * crime has fallen"): a lowercase word in no list (not a participle, an adverb or a preposition
 * the lists leave out: "via", "amid"), then within seven words, before any comma, pronoun or
 * conjunction, a finite verb (a verb of the lists, a word in "-ed", "appear", "seem",
 * "remain"). */
static bool bare_subject(const struct engine *e, size_t k, size_t b)
{
	if (!tok_unlisted(e, k, TOKF_CAP | TOKF_DIGIT | TOKF_INQ) || word_ends(e, k, "ing") ||
	    word_ends(e, k, "ly") ||
	    tok_among(e, k,
		      "via amid amidst alongside ahead outside inside despite per fall spring "
		      "summer winter"))
		return false;
	for (size_t j = k + 1; j < b && j < k + 8 && e->t[j].kind == TOK_WORD; j++) {
		const struct tok *v = &e->t[j];
		if (tok_is(e, j, "that") ||
		    (v->word & (WORD_CONJ | WORD_REL | WORD_SUBORD | WORD_PRON)))
			return false;
		if ((v->word & WORD_VERB) || (!(v->word & WORD_DET) && word_ends(e, j, "ed")) ||
		    tok_among(e, j, "appear appears seem seems remain remains"))
			return true;
	}
	return false;
}

/* After a phrase between the cue and its content: "said on Tuesday that", "said in a
 * statement:". The phrase tells when or where and is left out, as PolNeAR leaves it (train,
 * without it against with: a day and "that" 72 to 0, a preposition's phrase and "that" 119 to
 * 14). */
/* True when "late", "early" or "shortly" at k opens a time ("late Thursday", "early on Monday",
 * "late last week", "shortly after noon"), not a clause ("early voting was strong"). */
static bool late_or_early(const struct engine *e, size_t k, size_t b)
{
	return k + 1 < b && tok_among(e, k, "early late shortly") && e->t[k + 1].kind == TOK_WORD &&
	       (((e->t[k + 1].word & WORD_TIME) && !(e->t[k + 1].word & WORD_DET)) ||
		tok_among(e, k + 1, "after before in last on this"));
}

/* True when "that" at k, right after the preposition that opens the phrase at p, points to the
 * noun after it ("concluded in that case that ...", "said at that meeting he would run"; after
 * "at" even a word that is a cue elsewhere: "said at that point the talks had stalled"): no
 * clause begins there. */
static bool pointing_that(const struct engine *e, size_t p, size_t k, size_t lim)
{
	return tok_is(e, k, "that") && k == p + 1 && (e->t[p].word & WORD_PREP) && k + 2 < lim &&
	       e->t[k + 1].kind == TOK_WORD &&
	       !(e->t[k + 1].word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_DET | WORD_PREP |
				     WORD_CONJ | WORD_SUBORD | WORD_ADV)) &&
	       !(e->t[k + 1].flags & (TOKF_CAP | TOKF_INQ | TOKF_DIGIT)) &&
	       !(e->t[k + 1].cue && claims_cue_verb(e, k + 1) && !tok_is(e, p, "at")) &&
	       !claims_contraction(e, k + 1) && !word_ends(e, k + 1, "ed");
}

/* True when the personal pronoun at k (before the sentence's last token) opens a clause after a
 * short phrase ("said in a statement he would run", "said at the meeting, they ..."): a word
 * other than a preposition after it, and a comma or a plain word before it. */
static bool pronoun_after_phrase(const struct engine *e, size_t k)
{
	return tok_among(e, k, "he she it they we i") && !(e->t[k + 1].word & WORD_PREP) &&
	       e->t[k + 1].kind == TOK_WORD &&
	       (tok_punct(e, k - 1, ',') || (e->t[k - 1].kind == TOK_WORD && !e->t[k - 1].word &&
					     !e->t[k - 1].cue && !word_ends(e, k - 1, "ing")));
}

/* "wrote in both listings he was “honored” to ...": a quotation at q set inside the clause that a
 * pronoun opens after the phrase of where from p (no "of": "said of the visit he had “...”" is
 * the topic's relative clause); the pronoun's token, or SIZE_MAX. */
static size_t pronoun_before_quote(const struct engine *e, size_t p, size_t q)
{
	if (!(e->t[p].word & WORD_PREP) || (e->t[p].word & WORD_TIME) || tok_is(e, p, "of"))
		return SIZE_MAX;
	for (size_t k = p + 2; k < q; k++) {
		if (e->t[k].kind != TOK_WORD)
			return SIZE_MAX;
		if (pronoun_after_phrase(e, k))
			return k;
	}
	return SIZE_MAX;
}

/* "responded on Sunday to accusations that he had inflated his record", "replied to reports
 * that the plant would close": after a cue of answering (its last token before p), "to" and a
 * noun of what others said, then "that": the clause is theirs, not the answer; the content
 * starts at "to" as PolNeAR has it (train 2 of 2), or the row would put their words in the
 * speaker's mouth. Not "responded to the council that ...", an addressee. The token of "to",
 * or SIZE_MAX. */
static size_t answer_to_claim(const struct engine *e, size_t p, size_t b)
{
	size_t k = p;

	if (p == 0 ||
	    !tok_among(e, p - 1,
		       "respond responded responds responding reply replied replies replying"))
		return SIZE_MAX;
	if (k + 1 < b && tok_among(e, k, "on last this") && (e->t[k + 1].word & WORD_TIME))
		k++;
	while (k < b && k < p + 3 && (e->t[k].word & WORD_TIME) && !(e->t[k].word & WORD_DET))
		k++;
	if (k + 3 >= b || !tok_is(e, k, "to"))
		return SIZE_MAX;
	for (size_t j = k + 1; j + 1 < b && j < k + 6; j++) {
		if (e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_INQ))
			return SIZE_MAX;
		if (tok_is(e, j, "that"))
			return j > k + 1 && ((e->t[j - 1].cue & CUE_NOUN) ||
					     tok_among(e, j - 1, "report reports news"))
				       ? k
				       : SIZE_MAX;
	}
	return SIZE_MAX;
}

static bool clause_follows(const struct engine *e, size_t p, size_t b);
static bool reported_clause(const struct engine *e, size_t p, size_t b);
static bool past_verb(const struct engine *e, size_t k);
static size_t start_after_phrase(const struct engine *e, size_t p, size_t b)
{
	size_t lim = p + PHRASE_MAX < b ? p + PHRASE_MAX : b, k = p, t0, dem = SIZE_MAX;
	bool plain = true; /* no comma, conjunction or subordinator in the phrase so far */

	/* "said Tuesday his actions ...", "said on Monday the deal ...", "said late Thursday the
	 * talks ...", "said early on Monday ...": a time, then a clause */
	if (late_or_early(e, k, lim))
		k++;
	if (tok_is(e, k, "on") || tok_is(e, k, "last") || tok_is(e, k, "this"))
		k++;
	t0 = k;
	while (k < lim && (((e->t[k].word & WORD_TIME) && !(e->t[k].word & WORD_DET)) ||
			   (k > t0 && tok_among(e, k, "night morning afternoon evening"))))
		k++; /* "said Tuesday night he considered ..." */
	if (k > t0 && k + 1 < lim && e->t[k].kind == TOK_WORD && !tok_is(e, k, "that") &&
	    (e->t[k].word & (WORD_PRON | WORD_DET) || e->t[k].flags & TOKF_CAP ||
	     claims_contraction(e, k) || bare_subject(e, k, b)) &&
	    !(e->t[k].word & (WORD_PREP | WORD_TIME)))
		return k;

	for (k = p; k < lim; k++) {
		if (tok_dash(e, k) || tok_punct(e, k, ';') || tok_punct(e, k, '('))
			break; /* "reported on Tuesday -- a development that ..." */
		/* "poems they wrote for the boy, dubbed the city's “little hero”": a quotation after
		 * a naming participle is the name, no content of the cue */
		if (claims_naming_word(e, k))
			break;
		/* "hope in 2017 the country says, “...”": a quotation right after another speech
		 * verb (its comma between) is that verb's; not after a noun of the same form ("at
		 * one point, “...”", "on the show “...”") */
		if (k > p && (e->t[k].cue & CUE_VERB) &&
		    !(e->t[k].cue & (CUE_OUT | CUE_DOC | CUE_TO | CUE_NOUN)) &&
		    !(e->t[k - 1].word & (WORD_DET | WORD_PREP)) && claims_cue_verb(e, k) &&
		    k + 1 < b && (e->t[k + 1].kind == TOK_QOPEN || quote_after_mark(e, k + 1, b)))
			break;
		/* "said on NBC's “Meet the Press” that ...": a title quoted in a phrase after a
		 * preposition, then "that" */
		if (e->t[k].kind == TOK_QOPEN && k > p && (e->t[p].word & WORD_PREP) &&
		    e->t[k].pair < lim && e->t[k].pair <= k + 10 &&
		    tok_is(e, e->t[k].pair + 1, "that")) {
			k = e->t[k].pair;
			continue;
		}
		/* "responded by pointing to her work to kill a proposal that would have allowed
		 * ...": "that" and a verb after a plain noun of the phrase open a relative clause
		 * on it, no report */
		if (tok_is(e, k, "that") && k > p && k + 1 < lim && e->t[k - 1].kind == TOK_WORD &&
		    !(e->t[k - 1].flags & (TOKF_CAP | TOKF_DIGIT)) && !e->t[k - 1].cue &&
		    !(e->t[k - 1].word & (WORD_TIME | WORD_PREP | WORD_ADV)) &&
		    !word_ends(e, k - 1, "ing") &&
		    (tok_modal(e, k + 1) || (e->t[k + 1].word & (WORD_AUX | WORD_VERB))))
			continue; /* "responded with a line that could have come from him: “...”" */
		if (pointing_that(e, p, k, lim)) {
			dem = k; /* the phrase's own "that", as before, when no clause follows */
			continue;
		}
		/* "responded then the same way that we must respond now: THEY LOSE", "responded in
		 * the same way that others did": "that" after "way" or "manner" opens a clause on
		 * the manner, no report; a colon after it opens what was said */
		if (tok_is(e, k, "that") && k > p && tok_among(e, k - 1, "way manner")) {
			size_t c = k + 1;
			while (c + 1 < b && c < k + PHRASE_MAX && !tok_punct(e, c, ':'))
				c++;
			if (c + 1 < b && tok_punct(e, c, ':'))
				return c + 1;
			continue;
		}
		if (tok_is(e, k, "that"))
			return k;
		if (e->t[k].kind == TOK_QOPEN) {
			size_t pron = pronoun_before_quote(e, p, k);
			return pron != SIZE_MAX ? pron : k;
		}
		if (quote_after_mark(e, k, b))
			return k + 1;
		/* "a warning about the rhetoric of the party, which said that ...": the phrase
		 * ends where a relative clause begins; the clause after it is its own verb's */
		if (k > p && tok_punct(e, k, ',') && k + 1 < lim &&
		    tok_among(e, k + 1, "which who"))
			break;
	}
	/* "said in politics it takes time", "said in a statement he would run", "explained after
	 * winning Ohio, he would have to ...": a short phrase, then a clause with a pronoun for
	 * its subject */
	if (!(e->t[p].word & WORD_PREP) || (e->t[p].word & WORD_TIME))
		return dem;
	/* not "said of the encounter he had last week": after "of" the topic, a pronoun there
	 * opens a relative clause on it */
	if (tok_is(e, p, "of"))
		return dem;
	for (k = p + 2; k + 1 < b && k < p + 12; k++) {
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, ','))
			break;
		plain = plain && e->t[k - 1].kind == TOK_WORD &&
			(!(e->t[k - 1].word & (WORD_CONJ | WORD_SUBORD | WORD_REL)) ||
			 pointing_that(e, p, k - 1, b));
		if (pronoun_after_phrase(e, k))
			return k;
		/* "said in 2015 the party was weak", "said in an interview the plan was dead": a
		 * determiner after the plain phrase's noun opens a noun phrase and its verb (not
		 * "agreed on X, and when the Soviet Union would", "feels as if the world is") */
		if (plain && (e->t[k].word & WORD_DET) && !(e->t[k].word & WORD_PRON) &&
		    !(e->t[k].flags & TOKF_CAP) && e->t[k - 1].kind == TOK_WORD &&
		    !(e->t[k - 1].word &
		      (WORD_PREP | WORD_DET | WORD_CONJ | WORD_PRON | WORD_ADV)) &&
		    (!e->t[k - 1].cue || (k == p + 3 && pointing_that(e, p, p + 1, b))) &&
		    !word_ends(e, k - 1, "ing") && clause_follows(e, k, b))
			return k; /* "said at that point the talks had stalled" */
		if (tok_is(e, k, "that") ||
		    (((e->t[k].cue & CUE_VERB) || (e->t[k].word & WORD_VERB)) &&
		     !(k == p + 2 && pointing_that(e, p, p + 1, b))))
			break;
	}
	return dem;
}

/* True when token k is a finite form of "be" or "have" that a clause's subject goes before ("the
 * economy is", "it has lost", "there are"). */
static bool finite_be_have(const struct engine *e, size_t k)
{
	return tok_among(e, k, "is are was were has have had");
}

/* True when the word at k holds an apostrophe inside it ("they've", "they’ve", "it's"): a
 * contraction or a possessive, no plain noun. */
static bool word_contraction(const struct engine *e, size_t k)
{
	const char *w = e->text + e->t[k].start;
	size_t n = e->t[k].end - e->t[k].start;

	for (size_t i = 0; i < n; i++)
		if (w[i] == '\'' || text_curly_single(w + i, n - i) == 0x2019)
			return true;
	return false;
}

/* True when a clause with its subject begins at p (before b): a personal pronoun and a verb
 * ("they had", not "found it last month"; "it" and "there" only before "is", "has" and the like:
 * "fears it has lost", "agreed there are"), or up to five words of a noun phrase that opens with
 * a determiner, a possessive or a name (or "some of" and a determiner), then a modal ("her
 * entire program would") or a finite "be" or "have" ("fear Europe is disintegrating", "thought
 * the deal was dead"); so may up to four plain words with no determiner after a verb of belief
 * ("thought compromise was likely"). */
static bool clause_follows(const struct engine *e, size_t p, size_t b)
{
	size_t k;

	if (p + 2 >= b || e->t[p].kind != TOK_WORD || (e->t[p].flags & TOKF_INQ))
		return false;
	if (tok_among(e, p, "he she they we i") && e->t[p + 1].kind == TOK_WORD &&
	    !(e->t[p + 1].flags & TOKF_CAP) &&
	    ((e->t[p + 1].word & (WORD_VERB | WORD_ADV)) || word_ends(e, p + 1, "ed")))
		return true; /* the modals are verbs (WORD_VERB) */
	if (tok_among(e, p, "it there") && !(e->t[p].flags & TOKF_CAP) && finite_be_have(e, p + 1))
		return true;
	/* "thought compromise was likely", "thought tax inversion deals had been slowed": after a
	 * verb of belief right before it, a noun phrase with no determiner, up to four plain words,
	 * before a modal or a finite "be" or "have" (not "feel like they've had": "like" and a
	 * contraction are no noun; not "pledged delegates is", no belief) */
	for (k = p; p > 0 && (e->t[p - 1].cue & CUE_BELIEF) && k < b && k < p + 4 &&
		    tok_unlisted(e, k, TOKF_CAP | TOKF_DIGIT | TOKF_INQ) &&
		    !tok_among(e, k, "like as") && !word_contraction(e, k);)
		if (++k < b && (tok_among(e, k, "would will could should might may can must") ||
				finite_be_have(e, k)))
			return true;
	/* "thought some of the buzz was": a quantifier and "of" before the noun phrase */
	if (p + 3 < b && tok_among(e, p, "some many most all none much") &&
	    tok_is(e, p + 1, "of") && (e->t[p + 2].word & WORD_DET))
		p += 2;
	if (!((e->t[p].word & WORD_DET) || tok_among(e, p, "his her their its our no") ||
	      (e->t[p].flags & TOKF_CAP)))
		return false;
	for (k = p + 1; k < b && k < p + 6 && e->t[k].kind == TOK_WORD; k++) {
		if (tok_among(e, k, "would will could should might may can must") ||
		    finite_be_have(e, k))
			return k > p;
		/* "found the United States was in breach": a capitalised cue word after a
		 * capitalised word ends a name, no verb */
		/* "the talks had stalled": a cue word right after the determiner, before a
		 * finite "be" or "have", is the subject's noun */
		if (k == p + 1 && e->t[k].cue && !(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) &&
		    (e->t[p].word & WORD_DET) && k + 1 < b && finite_be_have(e, k + 1))
			continue;
		if (e->t[k].cue && (e->t[k].flags & TOKF_CAP) && (e->t[k - 1].flags & TOKF_CAP) &&
		    !(e->t[k].word & (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL)))
			continue;
		if (e->t[k].word & (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL) ||
		    e->t[k].cue)
			return false;
	}
	return false;
}

/* True when the two words at k (before b) qualify a number: "at least", "at most", "more
 * than", "fewer than", "less than". */
static bool number_qualifier(const struct engine *e, size_t k, size_t b)
{
	return k + 1 < b && ((tok_is(e, k, "at") && tok_among(e, k + 1, "least most")) ||
			     (tok_among(e, k, "more fewer less") && tok_is(e, k + 1, "than")));
}

/* True when token k is a verb in the past tense, in lower case: "-ed" or an irregular one. */
static bool past_verb(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD && !(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) &&
	       !e->t[k].cue &&
	       ((word_ends(e, k, "ed") && e->t[k].end - e->t[k].start > 3) ||
		tok_among(e, k,
			  "sold fell rose won lost took made went came left grew saw had gave got "
			  "began spent paid bought met ran sent held kept brought built fought hit "
			  "cut shot struck stole broke drove flew wrote"));
}

/* "CNN reported at least six skywriting planes filled the skies", "Amazon reported it sold $30
 * billion", "The Times reported six people died", "he recalled, suggesting the second debate
 * erased all memory of the first": after a verb of reporting or suggesting, a subject (a
 * pronoun, or up to six words that open with a determiner, a number or a name) and a verb in
 * the past with more after it are a clause without "that" (not "reported the man wanted by
 * police", a participle, nor "reported a loss", an object alone). */
static bool reported_clause(const struct engine *e, size_t p, size_t b)
{
	size_t k = p;

	if (p == 0 || p + 2 >= b ||
	    !tok_among(
		    e, p - 1,
		    "reported confirmed disclosed revealed suggest suggested suggesting suggests"))
		return false;
	if (k + 2 < b && number_qualifier(e, k, b))
		k += 2;
	if (tok_among(e, k, "it they he she we")) {
		k++;
	} else {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
		    !((e->t[k].word & WORD_DET) || (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) ||
		      word_possessive(e, k) || claims_number_word(e, k) ||
		      tok_among(e, k, "thousands several many")) ||
		    (e->t[k].word & WORD_PRON && !word_possessive(e, k) &&
		     !tok_among(e, k, "his her their its our")))
			return false;
		size_t n = k + 1;
		while (n < b && n < k + 7 && e->t[n].kind == TOK_WORD && !past_verb(e, n) &&
		       !(e->t[n].flags & TOKF_INQ) && !e->t[n].cue &&
		       (!(e->t[n].word & (WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL |
					  WORD_VERB | WORD_ADV)) ||
			tok_is(e, n, "of")))
			n++;
		if (n == k + 1 && !(e->t[k].flags & TOKF_CAP))
			return false; /* a determiner alone is no subject */
		k = n;
	}
	return k + 1 < b && past_verb(e, k) && !tok_among(e, k + 1, "by to") &&
	       !tok_punct(e, k + 1, ',') && e->t[k + 1].kind != TOK_QOPEN;
}

/* The "that" after up to three words of manner or time between a cue and its clause ("said
 * explicitly that", "argued insistently that", "said late Wednesday that", "recognized long ago
 * that"), or SIZE_MAX. */
static size_t that_after_adverb(const struct engine *e, size_t p, size_t b)
{
	for (size_t k = p; k < b && k < p + 4; k++) {
		const struct tok *t = &e->t[k];
		if (tok_is(e, k, "that"))
			return k > p ? k : SIZE_MAX;
		if (t->kind != TOK_WORD || t->cue || (t->flags & TOKF_INQ) ||
		    !((!(t->flags & TOKF_CAP) && word_ends(e, k, "ly")) ||
		      ((t->word & WORD_TIME) && !(t->word & WORD_DET)) ||
		      tok_among(e, k, "late early long ago afterward afterwards too")))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "said publicly he would not run", "said privately they were worried", "said repeatedly the
 * port was too small": up to two words of the manner or the occasion of saying between a cue and
 * a clause without "that" (a pronoun and its verb, or a noun phrase and a finite "be", "have" or
 * modal) tell how it was said; the content is the clause (PolNeAR: train+dev 5 to 1). Not "said
 * nearly every one was", "said only he could": words of degree belong to the clause. The
 * clause's first token, or SIZE_MAX. */
static size_t clause_after_manner(const struct engine *e, size_t p, size_t b)
{
	static const char manner[] =
		"publicly privately repeatedly openly flatly bluntly firmly quietly explicitly "
		"emphatically angrily confidently recently previously separately frequently "
		"falsely frankly candidly plainly again";
	size_t k = p;

	while (k < b && k < p + 2 && !(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) &&
	       tok_among(e, k, manner))
		k++;
	return k > p && clause_follows(e, k, b) ? k : SIZE_MAX;
}

/* The content of a cue that takes only "that" or a quotation (CUE_THATONLY), or SIZE_MAX:
 * "concluded that the race was lost", "cautioned in June that he would run", "determined: “...”",
 * "added that “...”";
 * not "anticipated how tired she would be", "calculated this by hand", "determined as the
 * limit that ..." or "hinted that in a speech" ("that" a pronoun before a preposition). */
static size_t that_only_start(const struct engine *e, size_t p, size_t b)
{
	size_t k = that_after_adverb(e, p, b);

	if (quote_after_mark(e, p, b))
		return p + 1;
	if (e->t[p].kind == TOK_QOPEN)
		return p;
	/* after a phrase only "that" ("skeptical about the “director's cut”" quotes a phrase) */
	if (k == SIZE_MAX && (e->t[p].word & (WORD_PREP | WORD_TIME)) &&
	    !tok_among(e, p, "that as"))
		k = start_after_phrase(e, p, b);
	if (k == SIZE_MAX)
		k = p;
	if (!tok_is(e, k, "that") || k + 1 >= b ||
	    (e->t[k + 1].kind != TOK_WORD && e->t[k + 1].kind != TOK_QOPEN &&
	     !tok_punct(e, k + 1, ',')) ||
	    (e->t[k + 1].word & (WORD_PREP | WORD_VERB | WORD_CONJ)))
		return SIZE_MAX;
	return k;
}

/* "promised Sunday at a Las Vegas rally to end ...", "sought on Wednesday to ease ...", "has
 * sought for months to temper ...": a time or a place between an infinitive cue and its "to" tells
 * when or where; the content is the infinitive. The token of "to", or SIZE_MAX. */
static size_t infinitive_after_phrase(const struct engine *e, size_t p, size_t b)
{
	if (!(e->t[p].word & (WORD_PREP | WORD_TIME)) || tok_is(e, p, "to"))
		return SIZE_MAX;
	/* "vowed this week to", "pledged last spring to": "this" or "last" opens a time only
	 * before a time's word; "wants this post to end", "wants this to stop" name the object
	 * that is to do it, which the content keeps */
	if (tok_among(e, p, "this last") && p + 1 < b && !(e->t[p + 1].word & WORD_TIME) &&
	    !tok_among(e, p + 1,
		       "morning afternoon evening night weekend spring summer fall autumn winter "
		       "season session quarter term decade century hour time"))
		return SIZE_MAX;
	for (size_t k = p + 1; k + 1 < b && k < p + 8; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & WORD_VERB) || e->t[k].cue)
			return SIZE_MAX;
		if (tok_is(e, k, "to"))
			return tok_infinitive(e, k, b) ? k : SIZE_MAX;
	}
	return SIZE_MAX;
}

static size_t quote_after_place(const struct engine *e, size_t p, size_t b);

/* "said flatly: “...”", "replied evenly, “...”", "wrote back: “...”", "chanted back at him,
 * “...”", "said back in the spring of 2019: “...”": a word of manner, or "back" with its
 * addressee or its time, between the cue and a colon or comma before a quotation tells how or
 * when it was said; the content is the quotation. Its token, or SIZE_MAX. */
static size_t quote_after_manner(const struct engine *e, size_t p, size_t b)
{
	size_t k = p + 1, q;

	if (e->t[p].kind != TOK_WORD || (e->t[p].flags & (TOKF_CAP | TOKF_INQ)) || e->t[p].cue ||
	    !(word_ends(e, p, "ly") || tok_is(e, p, "back")))
		return SIZE_MAX;
	if (k + 2 < b && tok_among(e, k, "at to") && e->t[k + 1].kind == TOK_WORD)
		k += 2; /* "back at him" */
	else if (k < b && tok_is(e, p, "back") && tok_among(e, k, "in during") &&
		 (q = quote_after_place(e, k, b)) != SIZE_MAX)
		return q; /* "back in May" */
	if (quote_after_mark(e, k, b))
		return k + 1;
	return SIZE_MAX;
}

/* "tweeted this update: “...”", "added a caveat: “...”", "explained it this way: “...”": a noun
 * phrase that names the words themselves (a determiner, at most two plain words, a noun of a
 * message), then a colon and a quotation that opens with a capital: the quotation is what was
 * said (PolNeAR starts there: "had one message", "added a caveat", "explained it this way";
 * "recalled the long freeze on pay: “...”" names a topic and keeps it). Its token, or
 * SIZE_MAX. */
static size_t quote_after_message(const struct engine *e, size_t p, size_t b)
{
	size_t k = p;

	if (tok_is(e, k, "it") && !(e->t[k].flags & TOKF_CAP))
		k++; /* "explained it this way" */
	if (k + 3 >= b || (e->t[k].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !tok_among(e, k, "a an another one the this his her its their our"))
		return SIZE_MAX;
	for (size_t n = 0; ++k + 2 < b && n < 3; n++) {
		if (e->t[k].kind != TOK_WORD ||
		    (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) ||
		    (e->t[k].word & (WORD_PREP | WORD_VERB | WORD_CONJ | WORD_SUBORD | WORD_REL |
				     WORD_PRON | WORD_DET | WORD_TIME)))
			return SIZE_MAX;
		if (quote_after_mark(e, k + 1, b) && tok_punct(e, k + 1, ':'))
			return (e->t[k + 2].kind == TOK_QOPEN && k + 3 < b &&
				(e->t[k + 3].flags & TOKF_CAP) &&
				tok_among(e, k,
					  "announcement answer appeal caveat comment message note "
					  "plea promise question remark reminder reply response "
					  "retort statement tweet update warning way"))
				       ? k + 2
				       : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "asked the buzzing crowd, “Can she stay?”", "asks at Western High School, “Any questions?”": a
 * question put to an addressee or at a place, in a quotation that opens with a capital, is the
 * quotation ("asked them “prayerfully consider” ..." keeps its object). Its token, or SIZE_MAX. */
static size_t quote_after_addressee(const struct engine *e, size_t p, size_t b)
{
	for (size_t k = p; k + 1 < b && k < p + 7; k++) {
		if (e->t[k].kind == TOK_QOPEN)
			return k > p && (e->t[k + 1].flags & TOKF_CAP) ? k : SIZE_MAX;
		if (tok_punct(e, k, ',') && e->t[k + 1].kind == TOK_QOPEN)
			continue;
		if (e->t[k].kind != TOK_WORD || e->t[k].cue ||
		    (e->t[k].word & (WORD_VERB | WORD_CONJ | WORD_SUBORD | WORD_REL)) ||
		    tok_among(e, k, "that if whether to about for"))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "blasted out a barrage of news releases", "shouted out an insult", "tweeting out falsified
 * reports": "out" right after a verb that sends words out is its particle, and the noun phrase
 * after it the content ("out of", "out loud", "out to", "out there" are phrases); "asked for a
 * photo and Clinton said, “...”", "warned of a “ferocious” battle ahead that could ...": the
 * preposition "ask" and "warn" take is theirs also where a clause or quotation follows, which left
 * it out of the cue (for "of", only the forms whose cue takes it: "warned", not a headline's
 * "warns"). The token after the particle, or SIZE_MAX. */
static size_t after_particle(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	if (p == 0 || p + 2 >= b || e->t[p + 1].kind != TOK_WORD || (e->t[p + 1].flags & TOKF_INQ))
		return SIZE_MAX;
	if ((tok_is(e, p, "for") && tok_among(e, p - 1, "ask asked asking asks")) ||
	    (tok_is(e, p, "of") && (cue & CUE_PREP) &&
	     tok_among(e, p - 1, "warn warned warning warns")))
		return (e->t[p + 1].word & (WORD_TIME | WORD_PREP | WORD_VERB)) ? SIZE_MAX : p + 1;
	/* a verb that sends words out: not "found out the hard way", "read out the body", nor "a
	 * well-thought-out plan" (a word joined by a hyphen) */
	if (!tok_is(e, p, "out") ||
	    !tok_among(e, p - 1,
		       "blast blasted blasting blasts tweet tweeted tweeting tweets shout shouted "
		       "shouting shouts yell yelled yelling yells") ||
	    !(e->t[p - 1].cue & CUE_VERB) || e->t[p].start == e->t[p - 1].end ||
	    e->text[e->t[p].start - 1] == '-' ||
	    (e->t[p + 1].word & (WORD_PREP | WORD_ADV | WORD_VERB | WORD_CONJ | WORD_TIME)) ||
	    tok_among(e, p + 1, "of loud to there that"))
		return SIZE_MAX;
	return p + 1;
}

/* "lamented in an interview with the Business Insider politics editor Oliver Darcy, ''We have
 * ...''", "called over her shoulder, ''His comments ...''": a phrase of place or occasion after a
 * cue whose content may be a noun phrase, then a comma or colon and a quotation that opens with a
 * capital: the phrase tells where, the quotation is what was said. Its token, or SIZE_MAX. */
static size_t quote_after_place(const struct engine *e, size_t p, size_t b)
{
	if (!(e->t[p].word & WORD_PREP) || tok_among(e, p, "to for of about against on"))
		return SIZE_MAX;
	for (size_t k = p + 1; k + 2 < b && k < p + PHRASE_MAX; k++) {
		if (quote_after_mark(e, k, b))
			return (e->t[k + 2].flags & TOKF_CAP) ? k + 1 : SIZE_MAX;
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
		    tok_is(e, k, "that") || (e->t[k].word & WORD_VERB) || (e->t[k].cue & CUE_VERB))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* True when "most" at p (before b) opens a clause as its subject: "of" after it ("most of the
 * debris burnt up"), or a plain word in lower case and a verb ("most voters stayed home"); not
 * the adverb before an adverb ("most recently"). */
static bool most_subject(const struct engine *e, size_t p, size_t b)
{
	const struct tok *n, *v;

	if (!tok_is(e, p, "most") || p + 2 >= b)
		return false;
	n = &e->t[p + 1];
	v = &e->t[p + 2];
	if (n->kind != TOK_WORD || (n->flags & (TOKF_INQ | TOKF_CAP)))
		return false;
	if (tok_is(e, p + 1, "of"))
		return true;
	return !n->word && !n->cue && !word_ends(e, p + 1, "ly") && v->kind == TOK_WORD &&
	       !(v->flags & (TOKF_CAP | TOKF_INQ)) &&
	       ((v->word & WORD_VERB) || tok_modal(e, p + 2) ||
		tok_in(e, p + 2, TOKL_PAST | TOKL_FINITE) || word_ends(e, p + 2, "ed") ||
		((v->cue & CUE_VERB) && claims_cue_verb(e, p + 2)));
}

/* "reported a profit of $1.78 a share", "reported 2,000 new cases", "reported between $5,000 and
 * $15,000 in income": after "reported" (p - 1) a noun phrase that holds a figure is what the
 * source reported, before any verb, comma or quotation. */
static bool reported_figure(const struct engine *e, size_t p, size_t b)
{
	size_t j;

	if (p == 0 || !tok_among(e, p - 1, "reported reports") || e->t[p].kind != TOK_WORD ||
	    (e->t[p].flags & TOKF_CAP) || (e->t[p].word & WORD_VERB) ||
	    ((e->t[p].word & WORD_PRON) && !tok_among(e, p, "its their his her our")))
		return false;
	/* "the previously reported range of $400 million": a participle after a determiner */
	for (j = p - 1; j > 0 && e->t[j - 1].kind == TOK_WORD && word_ends(e, j - 1, "ly"); j--)
		;
	if (j > 0 && (e->t[j - 1].word & (WORD_DET | WORD_PREP)))
		return false;
	for (size_t k = p; k < b && k < p + 8; k++) {
		if ((e->t[k].flags & TOKF_DIGIT) || tok_punct(e, k, '$'))
			return true;
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_VERB | WORD_SUBORD)) ||
		    e->t[k].cue)
			return false;
	}
	return false;
}

/* "Rubio says, win or lose in Tuesday’s primary, he’s staying in the race": after the comma at p
 * that follows a cue, a phrase with no verb, then a clause with its subject; the clause's first
 * token, or SIZE_MAX. Not a condition ("said, if elected, she would": the condition is part of
 * what was said), nor a phrase that opens with a conjunction ("the drinking continued, and four
 * years later, Freddy was dead"), nor after a cue set off by commas ("to, say, single digits,
 * she could"). */
static size_t clause_after_aside(const struct engine *e, size_t p, size_t b)
{
	if (p < 2 || p + 3 >= b || tok_punct(e, p - 2, ',') || e->t[p + 1].kind != TOK_WORD ||
	    e->t[p + 1].cue || (e->t[p + 1].flags & TOKF_INQ) || word_ends(e, p + 1, "ing") ||
	    (e->t[p + 1].word & (WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_VERB)) ||
	    tok_among(e, p + 1, "if unless once when whether that"))
		return SIZE_MAX;
	for (size_t k = p + 2; k + 1 < b && k < p + 12; k++) {
		if (tok_punct(e, k, ','))
			return clause_follows(e, k + 1, b) || claims_contraction(e, k + 1)
				       ? k + 1
				       : SIZE_MAX;
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) || e->t[k].cue ||
		    (e->t[k].word & WORD_VERB) || tok_is(e, k, "that"))
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* True when a verb follows the words of a number's noun phrase from k (before b): "at least six
 * planes filled the skies", not "claimed at least 217 lives and injured 5,000". */
static bool number_clause(const struct engine *e, size_t k, size_t b)
{
	for (size_t n = k; n < b && n < k + 6; n++) {
		if (e->t[n].word & WORD_VERB || past_verb(e, n))
			return !(e->t[n].flags & TOKF_CAP);
		if (e->t[n].kind != TOK_WORD || (e->t[n].word & (WORD_PREP | WORD_CONJ)) ||
		    e->t[n].cue)
			return false;
	}
	return false;
}

/* "Sanders wants voters to recall that ...", "Other Republicans want Obama to push for new
 * laws": after "want" an object of a few words and its infinitive are the wish, the object with
 * it (PolNeAR marks them so); p, or SIZE_MAX. Not after "I", "we" or "you" just before the
 * cue (a speech's own wishes: "I want you to know"), nor right after a conjunction, a relative
 * pronoun or "less" ("knew about it and wanted", "voters who want Washington to change - only
 * she thinks ...", "a third or less want"), whose subject is another verb's or no speaker; "to"
 * before a verb, not a noun or a word of degree ("want ready access to firearms", "a switch to
 * more liberal policies", "wants it to but"). */
static size_t object_infinitive_after_want(const struct engine *e, size_t p, size_t b)
{
	size_t k;

	if (p < 2 || !tok_among(e, p - 1, "want wants wanted"))
		return SIZE_MAX;
	if (e->t[p - 2].sent != e->t[p].sent || tok_among(e, p - 2, "that less more") ||
	    (e->t[p - 2].word & (WORD_CONJ | WORD_REL)))
		return SIZE_MAX;
	for (size_t i = p - 1; i > 0 && i + 3 >= p; i--)
		if (e->t[i - 1].sent == e->t[p].sent && tok_among(e, i - 1, "i we you"))
			return SIZE_MAX;
	for (k = p; k < b && k < p + 4; k++) {
		const struct tok *t = &e->t[k];
		/* "wants this council to vote": "this" before a word of no time is a determiner */
		bool det = k == p && tok_is(e, k, "this") && k + 1 < b &&
			   e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].word & WORD_TIME);
		if (tok_is(e, k, "to"))
			break;
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || t->cue ||
		    (t->word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_SUBORD |
				WORD_REL | (det ? 0 : WORD_TIME) | WORD_ADV)) ||
		    (k > p && (t->word & WORD_PRON)))
			return SIZE_MAX;
	}
	if (k == p || k + 1 >= b || !tok_infinitive(e, k, b) || tok_is(e, k + 1, "be") ||
	    (e->t[k + 1].word & (WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_ADV | WORD_VERB)) ||
	    tok_among(e, k + 1, "more less most") ||
	    (word_plural(e, k + 1) && !word_ends(e, k + 1, "us")))
		return SIZE_MAX;
	return p;
}

/* For a cue whose content may be a noun phrase: "alleged in the suit that ...", "repeated during
 * Monday's debate that ...": a short phrase of where it was said, one noun phrase after its
 * preposition, then "that" and the clause, which is the content (not "criticized in detail the
 * plan that the board adopted", whose "that" opens a relative clause on the object). The
 * position of "that", or SIZE_MAX. */
static size_t occasion_then_that(const struct engine *e, size_t p, size_t b)
{
	size_t k;

	if (!tok_among(e, p, "in at during after before through via"))
		return SIZE_MAX;
	for (k = p + 1; k < b && k < p + 7 && !tok_is(e, k, "that"); k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
		    (e->t[k].cue & CUE_VERB) ||
		    (k > p + 1 && (e->t[k].word & (WORD_DET | WORD_PRON))) ||
		    (e->t[k].word & (WORD_VERB | WORD_AUX | WORD_CONJ | WORD_SUBORD)))
			return SIZE_MAX;
	if (k == p + 1 || k + 2 >= b || !tok_is(e, k, "that") || start_after_phrase(e, p, b) != k)
		return SIZE_MAX;
	return k;
}

/* "said two weeks ago that ...", "argued a few days ago the plan ...": a span of time counted
 * back from now, then the clause. The position after "ago" (its "that" or the clause's first
 * word), or SIZE_MAX. */
static size_t time_ago(const struct engine *e, size_t p, size_t b)
{
	size_t k = p;

	while (k < b && k < p + 3 &&
	       ((e->t[k].flags & TOKF_DIGIT) ||
		tok_among(e, k,
			  "a an few several some many two three four five six seven eight nine ten "
			  "eleven twelve fifteen twenty thirty")))
		k++;
	if (k + 2 >= b ||
	    !tok_among(e, k,
		       "seconds minutes hours days weeks months years decades "
		       "second minute hour day week month year decade") ||
	    !tok_is(e, k + 1, "ago"))
		return SIZE_MAX;
	k += 2;
	return tok_is(e, k, "that") || clause_follows(e, k, b) ? k : SIZE_MAX;
}

/* "warned voters that ...", "is warning Clinton that ...": the one warned, a name, a pronoun or
 * a plural without a determiner, then the clause after "that", as after "told" (not "warned the
 * rules that Congress passed would fail", where "that" opens a relative clause on the subject).
 * The position of "that", or SIZE_MAX. */
static size_t warned_addressee(const struct engine *e, size_t p, size_t b)
{
	size_t k;

	if (p < 2 ||
	    !(tok_among(e, p - 1, "warn warned warns") ||
	      (tok_is(e, p - 1, "warning") && tok_among(e, p - 2, "is are was were been be"))) ||
	    (e->t[p].word & WORD_PREP))
		return SIZE_MAX;
	for (k = p; k < b && k < p + 4 && !tok_is(e, k, "that"); k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) || e->t[k].cue ||
		    (e->t[k].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_SUBORD |
				     WORD_TIME | WORD_ADV | WORD_DET)) ||
		    word_ends(e, k, "ly"))
			return SIZE_MAX;
	return k > p && k + 2 < b && tok_is(e, k, "that") && e->t[k + 1].kind == TOK_WORD
		       ? k
		       : SIZE_MAX;
}

size_t claims_content_start(const struct engine *e, size_t p, size_t b, unsigned cue)
{
	size_t k;

	if (p >= b)
		return SIZE_MAX;
	if (cue & CUE_THATONLY)
		return that_only_start(e, p, b);
	/* "Our sources say ... the ring was taken": an ellipsis right after the cue stands for the
	 * "that" left out; the content starts after it */
	if (tok_ellipsis(e, p) && p + 1 < b && e->t[p + 1].kind == TOK_WORD)
		return claims_content_start(e, p + 1, b, cue);
	if ((cue & CUE_INF) && (k = infinitive_after_phrase(e, p, b)) != SIZE_MAX)
		return k;
	/* "hoped to sell", "vowed to fight": an infinitive, not a phrase ("said to reporters");
	 * "refused to admit that X" refused to admit X: the clause of the verb of saying (but
	 * "plans to announce that X" is a plan, the announcing with it) */
	/* "as rich as he claims to be to pay no tax": a "be" with nothing after it says nothing */
	if ((cue & CUE_INF) && tok_is(e, p, "to") && p + 2 < b && tok_is(e, p + 1, "be") &&
	    (tok_is(e, p + 2, "to") || e->t[p + 2].kind != TOK_WORD))
		return SIZE_MAX;
	/* "vowed not to repeat the mistake", "pledged never to raise taxes": the negated
	 * infinitive is the content, its negation with it */
	if ((cue & CUE_INF) && tok_among(e, p, "not never") && !(e->t[p].flags & TOKF_CAP) &&
	    p + 2 < b && tok_infinitive(e, p + 1, b))
		return p;
	if ((cue & CUE_INF) && tok_infinitive(e, p, b)) {
		if (p + 3 < b && (e->t[p + 1].cue & CUE_VERB) && tok_is(e, p + 2, "that") &&
		    !(p > 0 && tok_among(e, p - 1, "plan plans planned planning")))
			return p + 2;
		return p;
	}
	if ((cue & CUE_INFONLY) && (k = object_infinitive_after_want(e, p, b)) != SIZE_MAX)
		return k;
	if (cue & CUE_INFONLY)
		return SIZE_MAX;
	/* "Workers think twice before agreeing": to think twice is to hesitate */
	if ((cue & CUE_BELIEF) && tok_is(e, p, "twice"))
		return SIZE_MAX;
	if ((k = warned_addressee(e, p, b)) != SIZE_MAX)
		return k;
	if ((k = answer_to_claim(e, p, b)) != SIZE_MAX)
		return k;
	if ((k = after_particle(e, p, b, cue)) != SIZE_MAX)
		return k;
	if ((k = plans_when_to(e, p, b)) != SIZE_MAX)
		return k; /* "announced plans Tuesday to expand the program" */
	if ((k = quote_after_manner(e, p, b)) != SIZE_MAX)
		return k;
	if ((k = quote_after_message(e, p, b)) != SIZE_MAX)
		return k;
	if ((k = that_after_adverb(e, p, b)) != SIZE_MAX)
		return k;
	if (!(cue & (CUE_NEEDTHAT | CUE_QUOTEONLY | CUE_NP | CUE_OBJ)) &&
	    (k = clause_after_manner(e, p, b)) != SIZE_MAX)
		return k;
	/* "reiterated: “I know the rules”", "asked: “Who wrote them?”": a colon, then the
	 * quotation (a noun phrase after a colon is no object of the cue) */
	if ((cue & (CUE_NP | CUE_OBJ)) && tok_punct(e, p, ':') && p + 2 < b &&
	    e->t[p + 1].kind == TOK_QOPEN)
		return p + 1;
	if ((cue & (CUE_NP | CUE_OBJ)) == (CUE_NP | CUE_OBJ) &&
	    (k = quote_after_addressee(e, p, b)) != SIZE_MAX)
		return k;
	if ((cue & CUE_NP) && (k = quote_after_place(e, p, b)) != SIZE_MAX)
		return k;
	if ((cue & CUE_NP) && (k = occasion_then_that(e, p, b)) != SIZE_MAX)
		return k;
	if (cue & CUE_NP)
		return start_after_np(e, p, b);
	if (cue & CUE_OBJ)
		return start_after_object(e, p, b, cue);
	/* "say this is a rough patch": a determiner that opens the clause, not a time */
	if ((e->t[p].word & (WORD_TIME | WORD_DET)) == (WORD_TIME | WORD_DET) && p + 1 < b &&
	    e->t[p + 1].kind == TOK_WORD && !(e->t[p + 1].word & WORD_TIME) &&
	    !(cue & (CUE_NEEDTHAT | CUE_QUOTEONLY)))
		return p;
	/* "reported at least six planes filled the skies": a number that opens the clause */
	if ((cue & CUE_NEEDTHAT) && !(cue & CUE_QUOTEONLY) && tok_is(e, p, "at") &&
	    reported_clause(e, p, b))
		return p;
	/* "said at least six planes filled the skies", "said more than 20 people died": a number
	 * that opens the clause, not a phrase */
	if (p + 3 < b && !(cue & (CUE_NEEDTHAT | CUE_QUOTEONLY | CUE_NP | CUE_OBJ)) &&
	    number_qualifier(e, p, b) &&
	    (claims_number_word(e, p + 2) || tok_among(e, p + 2, "thousands half one a")) &&
	    number_clause(e, p + 3, b))
		return p;
	/* "said about half of the adjustment reflected ...": a number, not a phrase */
	if (tok_among(e, p, "about around over under nearly almost") && p + 2 < b &&
	    !(cue & (CUE_NEEDTHAT | CUE_QUOTEONLY | CUE_NP | CUE_OBJ)) &&
	    ((e->t[p + 1].flags & TOKF_DIGIT) || tok_among(e, p + 1, "half " CLAIMS_ONE_TO_TEN) ||
	     word_ends(e, p + 1, "thirds") || word_ends(e, p + 1, "quarters")))
		return p;
	/* "said most of the debris burnt up", "said most voters stayed home": "most" the
	 * clause's subject, not the adverb ("said most recently that") */
	if (most_subject(e, p, b) && !(cue & (CUE_QUOTEONLY | CUE_NP | CUE_OBJ)))
		return p;
	/* "said following a vote that ...", "warned ahead of the debate that ...": a phrase
	 * these open ends at "that" (not "said following the rules is hard") */
	if ((tok_among(e, p, "following despite") ||
	     (tok_is(e, p, "ahead") && tok_is(e, p + 1, "of"))) &&
	    (k = start_after_phrase(e, p, b)) != SIZE_MAX && tok_is(e, k, "that") && k + 1 < b &&
	    e->t[k + 1].kind == TOK_WORD)
		return k; /* not "despite all that, ..." */
	if ((k = time_ago(e, p, b)) != SIZE_MAX)
		return k; /* "said two weeks ago that ..." */
	/* "he said according to a transcript": where the words were found, a phrase */
	if (e->t[p].word & (WORD_PREP | WORD_TIME) || late_or_early(e, p, b) ||
	    (p + 1 < b && tok_according_to(e, p)) ||
	    (e->t[p].word & WORD_ADV && !tok_is(e, p, "that") && !tok_is(e, p, "there") &&
	     !((cue & CUE_DOC) && tok_among(e, p, "only just nearly almost"))))
		return start_after_phrase(e, p, b); /* not "shows only a small gap" */
	if (quote_after_mark(e, p, b))
		return p + 1;
	/* "said, among other things, that ...": an aside between commas, then the clause (not
	 * ", adding, “...”", a second cue) */
	if (tok_punct(e, p, ',') && !(cue & CUE_NP) && p + 1 < b && !e->t[p + 1].cue &&
	    !word_ends(e, p + 1, "ing")) {
		for (size_t k = p + 2; k + 1 < b && k < p + 8; k++) {
			if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, ','))
				break;
			if (tok_punct(e, k, ',') &&
			    (tok_is(e, k + 1, "that") || e->t[k + 1].kind == TOK_QOPEN))
				return k + 1;
		}
		if ((k = clause_after_aside(e, p, b)) != SIZE_MAX)
			return k; /* "says, win or lose, he’s staying in the race" */
	}
	if (tok_punct(e, p, ':') && p + 1 < b)
		return p + 1;
	/* "argued emphatically - naming him twice - that ...": a word of manner in "-ly" before
	 * the aside is the cue's as well */
	if (p + 3 < b && e->t[p].kind == TOK_WORD && !e->t[p].cue &&
	    !(e->t[p].flags & (TOKF_CAP | TOKF_INQ)) && word_ends(e, p, "ly") && tok_dash(e, p + 1))
		p++;
	/* "said — on Twitter, as it happens — that ...": an aside between dashes */
	if (tok_dash(e, p) && p + 2 < b)
		for (size_t k = p + 2; k + 1 < b && k < p + 14; k++)
			if (tok_dash(e, k))
				return tok_dash(e, k + 1) ? SIZE_MAX
							  : claims_content_start(e, k + 1, b, cue);
	if (e->t[p].kind == TOK_QOPEN || tok_is(e, p, "that"))
		return p;
	if ((cue & CUE_NEEDTHAT) && reported_figure(e, p, b))
		return p;
	/* "reported seeing", "denied having": a gerund */
	if ((cue & CUE_NEEDTHAT) && e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_CAP) &&
	    word_ends(e, p, "ing") && !e->t[p].cue && p + 1 < b && e->t[p + 1].kind == TOK_WORD)
		return p;
	/* "knows how to use it", "no one knows what the field will look like" */
	if ((cue & CUE_NEEDTHAT) && p + 2 < b &&
	    tok_among(e, p, "how what whether why when who where which"))
		return p;
	/* "agreed they had no recourse", "promised her program would be paid for", "fear the new
	 * approach will leave": a clause without "that", its subject a pronoun or a short noun
	 * phrase before a modal */
	if ((cue & CUE_NEEDTHAT) && !(cue & CUE_QUOTEONLY) &&
	    (clause_follows(e, p, b) || reported_clause(e, p, b)))
		return p;
	if (cue & (CUE_NEEDTHAT | CUE_QUOTEONLY))
		return SIZE_MAX;
	/* "said having Trump at the top ... puts them at risk": a gerund clause */
	if (tok_among(e, p, "having being") && p + 2 < b && e->t[p + 1].kind == TOK_WORD)
		return p;
	/* "46 percent of voters said yes, ...", "the candidate said no.": the answer */
	if ((tok_is(e, p, "yes") || tok_is(e, p, "no")) && !(e->t[p].flags & TOKF_CAP) &&
	    (p + 1 >= b || tok_punct(e, p + 1, ',') || tok_punct(e, p + 1, '.')))
		return p;
	if (e->t[p].kind != TOK_WORD || e->t[p].word & (WORD_PREP | WORD_VERB | WORD_CONJ) ||
	    tok_is(e, p, "so") || tok_is(e, p, "yes") ||
	    (tok_is(e, p, "no") && !((cue & CUE_DOC) && e->t[p + 1].kind == TOK_WORD) &&
	     !clause_follows(e, p, b)))
		return SIZE_MAX; /* "records show no gifts" is what they show, "said no decision
				  * had been made" what was said */
	if (p + 1 >= b || (tok_punct(e, p + 1, '.') && !(p + 2 < b && (e->t[p].flags & TOKF_CAP) &&
							 (e->t[p + 2].flags & TOKF_CAP))))
		return SIZE_MAX; /* one word ("said so."), but "said Mr. Trump ..." goes on */
	return p;
}

/* ---- the content at its start ---- */

/* True when the quotation opening at p is a phrase quoted inside the clause, which goes on after
 * it ("said “it gets me mad” every time he thinks about ...", "vowed to “take our fight” to the
 * 35 states"): the quoted words begin in lower case and end without a stop or comma, and a word
 * of the clause follows, not the speech tag's pronoun. */
static bool quote_in_clause(const struct engine *e, size_t p, size_t b)
{
	size_t q = e->t[p].pair;

	if (q + 1 >= b || q <= p + 1 || e->t[q - 1].kind != TOK_WORD ||
	    (e->t[p + 1].flags & TOKF_CAP))
		return false; /* "chanting “I’m with her” until ...": an utterance of its own */
	const struct tok *n = &e->t[q + 1];
	return n->kind == TOK_WORD && !(n->flags & (TOKF_CAP | TOKF_INQ)) &&
	       !(n->word & WORD_PRON) && !(n->cue & CUE_VERB);
}

/* The token after the sentence's words that go on after a whole quotation opening at p, right
 * after a speech verb's tag ("Tyler said, “We have three weeks to go” until the Iowa
 * caucuses", "she said, “I am so sick of the campaign lying” about her record"): the quoted
 * words begin in capitals and end with a word (no stop, comma, "!" or "?"), and "about",
 * "for", "from" or "until" and a word that is no time, or "to" and a verb, go on with the
 * quoted sentence; the clause ends where claims_clause_limit() and claims_content_end() end
 * it, or at a comma before a main clause ("..., Sanders jabbed at Clinton"). SIZE_MAX
 * otherwise ("yelled “You lie!” at", "tweeted, “...” on Friday", "chants of “I’m with her”
 * until"). The reader still sees the quoted words alone; the content holds the sentence. */
static size_t quote_goes_on(const struct engine *e, const struct frame *f, size_t p)
{
	size_t q = e->t[p].pair, b = f->b;
	const struct tok *n;

	if (!(f->cue & CUE_VERB) || (f->cue & (CUE_NOUN | CUE_ACCORDING)) || q == SIZE_MAX ||
	    q <= p + 2 || q + 2 >= b || !(e->t[p + 1].flags & TOKF_CAP) ||
	    e->t[q - 1].kind != TOK_WORD ||
	    !(p == f->qb ||
	      (p == f->qb + 1 && (tok_punct(e, f->qb, ',') || tok_punct(e, f->qb, ':')))))
		return SIZE_MAX;
	n = &e->t[q + 2];
	if (e->t[q + 1].kind != TOK_WORD || (e->t[q + 1].flags & (TOKF_CAP | TOKF_INQ)) ||
	    n->kind != TOK_WORD || (n->flags & TOKF_INQ) || (n->word & WORD_TIME))
		return SIZE_MAX;
	if (!tok_among(e, q + 1, "about for from until") &&
	    !(tok_is(e, q + 1, "to") && !(n->flags & (TOKF_CAP | TOKF_DIGIT)) &&
	      !(n->word & (WORD_DET | WORD_PRON | WORD_PREP))))
		return SIZE_MAX;
	b = claims_clause_limit(e, q + 1, b, false);
	/* "... lying” about her record, Sanders jabbed at Clinton": the sentence's main clause
	 * after a comma */
	for (size_t k = q + 2; k + 1 < b; k++)
		if (tok_punct(e, k, ',') && !(e->t[k].flags & TOKF_INQ) &&
		    claims_main_clause(e, k + 1, b)) {
			b = k;
			break;
		}
	return claims_content_end(e, q + 1, b);
}

bool claims_main_clause(const struct engine *e, size_t k, size_t b)
{
	const struct tok *t;
	size_t lim;
	int commas = 0;

	/* "at least 21,000 said", "more than half said": a number's qualifier */
	if (k + 2 < b && ((tok_is(e, k, "at") && tok_is(e, k + 1, "least")) ||
			  (tok_among(e, k, "more fewer less") && tok_is(e, k + 1, "than"))))
		k += 2;
	/* "at the town hall this week she said": a short phrase, then a pronoun and its verb */
	if ((e->t[k].word & WORD_PREP) && !tok_among(e, k, "of to") &&
	    !(e->t[k].flags & TOKF_INQ)) {
		for (size_t j = k + 1; j + 1 < b && j < k + 8 && e->t[j].kind == TOK_WORD; j++)
			if (tok_among(e, j, "he she they we i") && !(e->t[j].flags & TOKF_INQ)) {
				size_t v = j + 1;
				while (v + 1 < b && v < j + 3 && (e->t[v].word & WORD_ADV))
					v++;
				return (e->t[v].word & WORD_VERB) ||
				       ((e->t[v].cue & CUE_VERB) && claims_cue_verb(e, v)) ||
				       word_ends(e, v, "ed");
			}
		return false;
	}
	t = &e->t[k];
	lim = k + 8;
	/* "it looks", "they say": a personal pronoun, then its verb */
	if (tok_among(e, k, "he she it they we i") && !(t->flags & TOKF_INQ) && k + 1 < b &&
	    e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & (TOKF_CAP | TOKF_INQ)) &&
	    !(e->t[k + 1].word & (WORD_PREP | WORD_CONJ | WORD_REL | WORD_DET)))
		return true;
	/* "it’s unlikely", "they're": a pronoun with its verb joined to it */
	if (t->kind == TOK_WORD && !(t->flags & TOKF_INQ) && claims_contraction(e, k) &&
	    !(e->t[k].word & WORD_REL) && (e->text[t->start] | 0x20) != 'w')
		return true;
	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
	    (t->word & (WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_ADV | WORD_VERB)) ||
	    (t->cue & CUE_VERB) || tok_among(e, k, "that to not"))
		return false;
	if (!(t->flags & (TOKF_CAP | TOKF_DIGIT)) && !(t->word & (WORD_PRON | WORD_DET)) &&
	    (word_ends(e, k, "ing") || word_ends(e, k, "ed")))
		return false; /* ", leaving ...", ", followed by ...": a phrase, not a subject */
	for (size_t j = k + 1; j < b && j < lim; j++) {
		const struct tok *n = &e->t[j];
		bool verb;
		/* "Michael Briggs, Sanders's spokesman, suggested": one apposition between commas */
		if ((tok_punct(e, j, ',') || tok_dash(e, j)) && !(n->flags & TOKF_INQ)) {
			if (++commas > 2)
				return false;
			if (commas == 1)
				lim = j + 12;
			continue;
		}
		if (tok_punct(e, j, '.') && e->t[j - 1].kind == TOK_WORD &&
		    claims_lex_title(e->text + e->t[j - 1].start,
				     e->t[j - 1].end - e->t[j - 1].start))
			continue; /* "Mrs. Schlafly replied" */
		if (n->kind != TOK_WORD || (n->flags & TOKF_INQ))
			return false;
		/* "the minister left the talks": a past the lexicon does not know, not a word
		 * after a determiner ("the left wing") */
		verb = (n->word & WORD_VERB) || ((n->cue & CUE_VERB) && claims_cue_verb(e, j)) ||
		       (!(n->flags & TOKF_CAP) &&
			(word_ends(e, j, "ed") ||
			 (claims_past_word(e, j) && !claims_det_or_possessive(e, j - 1))));
		if (verb && commas != 1)
			return true;
		if (commas == 2 && !(n->word & WORD_ADV) && !word_ends(e, j, "ly"))
			return false; /* after the apposition, its verb */
	}
	return false;
}

/* True when the tokens [a, b) are words of a noun phrase: no verb, cue, preposition or
 * quotation among them, no stop but one glued to a capitalised word. */
static bool noun_phrase_words(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {
		/* an initial's or an abbreviation's stop: "Robert F. Kennedy Jr." */
		if (k > a && tok_punct(e, k, '.') && e->t[k - 1].kind == TOK_WORD &&
		    (e->t[k - 1].flags & TOKF_CAP) && e->t[k - 1].end == e->t[k].start)
			continue;
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) || e->t[k].cue ||
		    (e->t[k].word & (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL)) ||
		    word_ends(e, k, "ed"))
			return false;
	}
	return true;
}

/* The subordinator that opens the sentence [a, ...) when the comma before token k closes an
 * apposition on its clause's subject, the cue c following with no subject of its own, at most
 * adverbs ("While many trial lawyers, including big donors, fiercely opposed ...", "When the
 * mayor, a former judge, said ..."): the subordinator first (after a connective), and no verb
 * before the comma. SIZE_MAX otherwise. */
static size_t subject_apposition_opening(const struct engine *e, size_t a, size_t k, size_t c)
{
	size_t o = claims_skip_connective(e, a, c);

	for (size_t i = k; i < c; i++)
		if (e->t[i].kind != TOK_WORD || e->t[i].cue || (e->t[i].flags & TOKF_CAP) ||
		    !((e->t[i].word & WORD_ADV) || word_ends(e, i, "ly")))
			return SIZE_MAX;
	if (o + 2 >= k || (e->t[o].flags & TOKF_INQ) || !tok_adverbial_subordinator(e, o, false))
		return SIZE_MAX;
	for (size_t i = o + 1; i + 1 < k; i++)
		if ((e->t[i].word & (WORD_VERB | WORD_SUBORD | WORD_REL)) ||
		    ((e->t[i].cue & CUE_VERB) && claims_cue_verb(e, i)) ||
		    (e->t[i].flags & TOKF_INQ) || word_ends(e, i, "ed"))
			return SIZE_MAX;
	return o;
}

size_t claims_opening(const struct engine *e, size_t a, size_t c)
{
	size_t s = a;

	if (c > a + 60)
		return SIZE_MAX;
	for (size_t k = c; k > a; k--)
		if (tok_punct(e, k - 1, ',') && !(e->t[k - 1].flags & TOKF_INQ)) {
			size_t o = subject_apposition_opening(e, a, k, c);
			if (o != SIZE_MAX)
				return o;
			s = k; /* the clause begins after a phrase with no verb */
			for (size_t i = a; i + 1 < k; i++)
				if ((e->t[i].word & WORD_VERB) || (e->t[i].cue & CUE_VERB) ||
				    (e->t[i].flags & TOKF_INQ) || word_ends(e, i, "ed"))
					return SIZE_MAX;
			break;
		}
	s = claims_skip_connective(e, s, c);
	if (s > c || e->t[s].kind != TOK_WORD || (e->t[s].flags & TOKF_INQ))
		return SIZE_MAX;
	/* "Despite challenging ...", "After leaving ...": a preposition and a participle */
	if (s < c && (e->t[s].word & WORD_PREP) && word_ends(e, s + 1, "ing"))
		return s;
	/* "In a protest demanding his return, thousands marched": a preposition, a noun phrase
	 * and a participle cue on it */
	if (s + 1 < c && c <= s + 6 && (e->t[s].word & WORD_PREP) && word_ends(e, c, "ing") &&
	    noun_phrase_words(e, s + 1, c))
		return s;
	/* "In a year when Trump is talking about ...": a subordinator after a phrase with no verb */
	for (size_t k = s; k < c && k < s + 8; k++) {
		if (tok_among(e, k,
			      "when after as while although though because if since before once "
			      "until whereas unless despite asked") ||
		    (tok_is(e, k, "now") && tok_is(e, k + 1, "that")))
			return k;
		if ((e->t[k].word & (WORD_VERB | WORD_REL)) || e->t[k].kind != TOK_WORD ||
		    (e->t[k].cue & CUE_VERB) || word_ends(e, k, "ed"))
			break;
	}
	if (word_ends(e, s, "ing") && (s == c || !(e->t[s].word & (WORD_VERB | WORD_PREP))))
		return s;
	return SIZE_MAX;
}

/* The comma after p, or the closing mark after a comma inside a quotation, where a clause that
 * `main` reads as a main clause begins (within 400 tokens, before lim); SIZE_MAX when there is
 * none. */
static size_t clause_comma(const struct engine *e, size_t p, size_t lim,
			   bool (*main)(const struct engine *, size_t, size_t))
{
	for (size_t k = p + 1; k + 1 < lim && k < p + 400; k++) {
		size_t n = k + 1;
		/* a comma that ends the clause: alone, or inside the quotation that closes there */
		if (tok_punct(e, k, ',') && (e->t[k].flags & TOKF_INQ) &&
		    e->t[n].kind == TOK_QCLOSE && n + 1 < lim)
			n++;
		else if (!tok_punct(e, k, ',') || (e->t[k].flags & TOKF_INQ))
			continue;
		if (main(e, n, lim))
			return k;
	}
	return SIZE_MAX;
}

size_t claims_main_after(const struct engine *e, size_t p, size_t lim)
{
	return clause_comma(e, p, lim, claims_main_clause);
}

/* True when the word at j, after the subject that begins at k, is a verb in the present that the
 * lexicon does not know: one claims_verb_after_name() reads ("the council disputes the
 * figures"), or after a name of one to three capitalised words, a word in lower case in "-s"
 * (not "-ss", "-us", a possessive) before a preposition, "that" or an object pronoun ("Clinton
 * fixates on the line", "Johnson doubts it"). A plural after an article before a preposition
 * ("the cities in the north") is a noun of a list. */
static bool present_after_subject(const struct engine *e, size_t k, size_t j, size_t lim)
{
	const struct tok *t = &e->t[j], *n;

	if (j + 1 >= lim)
		return false;
	if (claims_verb_after_name(e, j))
		return true;
	if (j == k || j > k + 3 || t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)) ||
	    t->word || t->cue || !word_plural(e, j) || word_ends(e, j, "us") ||
	    word_possessive(e, j))
		return false;
	for (size_t i = k; i < j; i++)
		if (e->t[i].kind != TOK_WORD || !(e->t[i].flags & TOKF_CAP) ||
		    (e->t[i].flags & TOKF_INQ) || word_possessive(e, i))
			return false;
	n = &e->t[j + 1];
	return n->kind == TOK_WORD && !(n->flags & (TOKF_CAP | TOKF_INQ)) &&
	       ((n->word & WORD_PREP) || tok_among(e, j + 1, "that it him them us"));
}

/* True when a main clause begins at k after a clause a subordinator opens, read more loosely
 * than claims_main_clause, since such an opening clause must end before one: a subject (a name,
 * a determiner, a pronoun or "most", "many" ...), perhaps an apposition between commas, then a
 * finite verb, or after the apposition any word that is no function word ("Mr. Lamb, the chief
 * executive, forecast"). An "and" before the verb is a list the comma was part of, but for
 * one that joins two roles in the apposition ("the chairman and founder"). */
static bool fronted_main(const struct engine *e, size_t k, size_t lim)
{
	int commas = 0;

	if (claims_main_clause(e, k, lim))
		return true;
	/* "If we thought they were secure, then we wouldn't need ...": "then" and the main clause */
	if (tok_is(e, k, "then") && !(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) && k + 1 < lim &&
	    claims_main_clause(e, k + 1, lim))
		return true;
	if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
	    (e->t[k].word & (WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL | WORD_VERB)) ||
	    !((e->t[k].flags & TOKF_CAP) || (e->t[k].word & (WORD_PRON | WORD_DET)) ||
	      tok_among(e, k, "most many some few both none all")))
		return false;
	for (size_t j = k + 1; j < lim && j < k + 14; j++) {
		const struct tok *n = &e->t[j];
		if (tok_punct(e, j, ',') && !(n->flags & TOKF_INQ)) {
			if (++commas > 2)
				return false;
			continue;
		}
		/* "Mr.", and an initial: "President George H.W. Bush held" */
		if (tok_punct(e, j, '.') &&
		    (claims_title_before(e, j) ||
		     ((e->t[j - 1].flags & TOKF_CAP) && e->t[j - 1].end == e->t[j - 1].start + 1)))
			continue;
		/* "Mr. Lane, the chairman and founder, forecast": "and" between two lowercase
		 * words of the apposition joins two roles, no list */
		if (commas == 1 && tok_is(e, j, "and") && j + 1 < lim &&
		    e->t[j - 1].kind == TOK_WORD && !(e->t[j - 1].flags & TOKF_CAP) &&
		    e->t[j + 1].kind == TOK_WORD && !(e->t[j + 1].flags & (TOKF_CAP | TOKF_INQ)) &&
		    !(e->t[j + 1].word & (WORD_DET | WORD_PRON | WORD_VERB)))
			continue;
		if (n->kind != TOK_WORD || (n->flags & TOKF_INQ) || (n->word & WORD_CONJ))
			return false;
		if (commas == 2)
			return !(n->flags & TOKF_CAP) &&
			       !(n->word &
				 (WORD_DET | WORD_PREP | WORD_PRON | WORD_REL | WORD_SUBORD));
		/* "... Vance apparently disagrees": a verb in "-s" the lexicon may not know, after
		 * an adverb in "-ly" */
		if (commas == 0 && ((n->word & WORD_VERB) || tok_modal(e, j) ||
				    ((n->cue & CUE_VERB) && claims_cue_verb(e, j)) ||
				    (!(n->flags & TOKF_CAP) &&
				     (word_ends(e, j, "ed") || tok_in(e, j, TOKL_PAST) ||
				      (word_ends(e, j, "s") && word_ends(e, j - 1, "ly") &&
				       !(e->t[j - 1].flags & TOKF_CAP)) ||
				      present_after_subject(e, k, j, lim)))))
			return true;
	}
	/* the apposition's closing comma is the limit: the next claim's cue follows it ("Mr.
	 * Lane, the chairman and founder, predicted") */
	return commas == 1 && lim < k + 14 && lim < e->nt && tok_punct(e, lim, ',') &&
	       lim + 1 < e->nt && (e->t[lim + 1].cue & CUE_VERB) && claims_cue_verb(e, lim + 1);
}

/* For content from p in a clause that a subordinator opens ("Although he called ...", "When
 * she said ..."): the comma, or the closing mark after a comma inside a quotation, where the
 * main clause begins (fronted_main); SIZE_MAX when there is none (claims_int.h). */
size_t claims_fronted_end(const struct engine *e, size_t p, size_t lim)
{
	return clause_comma(e, p, lim, fronted_main);
}

/* For content from p whose cue c lies in a clause that opens the sentence [a, ...)
 * (claims_opening): the comma where the main clause begins (claims_main_after, or for a
 * subordinator's clause fronted_end); else lim. */
static size_t intro_clause_end(const struct engine *e, size_t a, size_t c, size_t p, size_t lim)
{
	size_t o = claims_opening(e, a, c), k;

	/* "We visit schools, but if someone wants to learn, we can only ...": a clause after a
	 * comma and a conjunction opens as a sentence would */
	for (k = c; o == SIZE_MAX && k > a + 1 && k + 12 > c; k--)
		if (tok_punct(e, k - 1, ',') && !(e->t[k - 1].flags & TOKF_INQ)) {
			if (tok_among(e, k, "but and so yet") &&
			    tok_among(e, k + 1, "although though while when after because as if"))
				o = claims_opening(e, k + 1, c);
			break;
		}
	if (o == SIZE_MAX)
		return lim;
	if ((k = claims_main_after(e, p, lim)) != SIZE_MAX)
		return k;
	if (tok_among(e, o, "although though while when after because as if since") &&
	    (k = claims_fronted_end(e, p, lim)) != SIZE_MAX)
		return k;
	return lim;
}

/* "Benenson, whom one Obama insider described as “his brother”", "Trump, who he blasted as a
 * bully", "what some are criticizing as a photo op": content from "as" after the cue describes the
 * object, a relative pronoun just before the source, and holds it. That pronoun's token, or p. */
static size_t object_before(const struct engine *e, const struct frame *f, size_t p)
{
	if (p == f->qb && tok_is(e, p, "as") && f->sa > f->a &&
	    tok_among(e, f->sa - 1, "whom who what") && !(e->t[f->sa - 1].flags & TOKF_INQ))
		return f->sa - 1;
	return p;
}

/* "But, he added, “We are ...”", "Of course, the mayor said, “I ...”": "but", "and", "instead"
 * or "of course" opening the sentence, a comma after it, then the tag and a quotation that
 * opens with a capital, its content: the word is the speaker's first, the tag set inside the
 * statement ("Still, she added, “...”" is the writer's; before a quotation in lower case,
 * "But, he said, “there is ...”", the quotation goes on from the tag alone). Its token, or
 * SIZE_MAX. */
static size_t connective_before_tag(const struct engine *e, const struct frame *f, size_t p)
{
	size_t a = f->a;

	if (f->sa <= a + 1 || f->sa > a + 3 || !tok_punct(e, f->sa - 1, ',') ||
	    !(e->t[a].flags & TOKF_CAP) || (e->t[a].flags & TOKF_INQ) || p != f->qb + 1 ||
	    !(tok_punct(e, f->qb, ',') || tok_punct(e, f->qb, ':')) || p + 1 >= f->b ||
	    !(e->t[p + 1].flags & TOKF_CAP))
		return SIZE_MAX;
	if (f->sa == a + 2 && tok_among(e, a, "but and instead"))
		return a;
	if (f->sa == a + 3 && tok_is(e, a, "of") && tok_is(e, a + 1, "course"))
		return a;
	return SIZE_MAX;
}

/* The token after the comma that opens a clause set into the subject of the sentence [a, ...)
 * (a after a connective) for frame f, whose cue sits in it: "who" or "which" as the source right
 * after that comma (or after an apposition that follows it: "Senator Jane Roe, an Ohio Republican
 * who warned of ..."); or, for a cue whose source is that subject or the clause's own ("Dunmore,
 * who endorsed Vance and said ...", "Vance, though she praised the clerk and said ..."), "who",
 * "which" or a subordinator right after the comma, with no other comma, quotation or stop
 * between it and the cue, the source that subject or the clause's pronoun. The noun phrase
 * before the comma opens the sentence, in one to six words, and names no time. SIZE_MAX when
 * there is none. */
static size_t subject_clause_opening(const struct engine *e, const struct frame *f, size_t a)
{
	size_t m = f->sa, words = 0;

	if (f->sb == f->sa + 1 && tok_among(e, f->sa, "which who")) {
		/* the clause on an apposition (an article, then up to five words of a noun
		 * phrase) set after the subject */
		for (size_t k = f->sa; k > a + 2 && k + 6 > f->sa; k--)
			if (tok_punct(e, k - 1, ',')) {
				if (k < f->sa && tok_among(e, k, "a an the") &&
				    noun_phrase_words(e, k, f->sa))
					m = k;
				break;
			}
	} else {
		/* back from the cue (or from a source inside the clause) to the comma */
		m = SIZE_MAX;
		for (size_t k = f->sa > a && f->sa < f->qa ? f->sa : f->qa;
		     k > a + 1 && k + 40 > f->qa; k--) {
			const struct tok *t = &e->t[k - 1];
			if (tok_punct(e, k - 1, ',') && !(t->flags & TOKF_INQ)) {
				if (tok_among(e, k, "which who") ||
				    tok_adverbial_subordinator(e, k, false))
					m = k;
				break;
			}
			if (t->kind != TOK_WORD || (t->flags & TOKF_INQ))
				break;
		}
		/* "Last month, when I asked ...": a time, no subject */
		if (m == SIZE_MAX || f->c < m || !(f->sa < m - 1 || (e->t[f->sa].word & WORD_PRON)))
			return SIZE_MAX;
		for (size_t i = a; i + 1 < m; i++)
			if (e->t[i].word & WORD_TIME)
				return SIZE_MAX;
	}
	if (m < a + 2 || m > a + 12 || !tok_punct(e, m - 1, ',') || (e->t[m].flags & TOKF_INQ) ||
	    !noun_phrase_words(e, a, m - 1))
		return SIZE_MAX;
	/* one to six words: the stops of initials and abbreviations do not count ("Health
	 * Secretary Robert F. Kennedy Jr.,") */
	for (size_t i = a; i + 1 < m; i++)
		words += e->t[i].kind == TOK_WORD;
	return words <= 6 ? m : SIZE_MAX;
}

/* "Collins, who had endorsed Jeb Bush, represents ...", "Mark Zuckerberg, who said he plans to
 * give ..., sat ...", "Dunmore, who endorsed Vance and said he would campaign with her,
 * ultimately did not show up": the cue in a clause set into the subject of the sentence
 * (subject_clause_opening), the content ends with that clause, at the comma (or a comma inside
 * a quotation that closes there) before a word in lower case that is no function word: the main
 * clause's verb goes on there. A relative clause or a concession set inside the content
 * ("said the plan, which passed in May, was flawed") is stepped over. That comma's token (the
 * token after the closing mark when the comma is inside a quotation), or SIZE_MAX. */
static size_t subject_relative_end(const struct engine *e, const struct frame *f, size_t p,
				   size_t lim)
{
	size_t a = claims_skip_connective(e, f->a, f->sa);
	bool relative = f->sb == f->sa + 1 && tok_among(e, f->sa, "which who");

	if (subject_clause_opening(e, f, a) == SIZE_MAX ||
	    (relative && (e->t[f->sa].flags & TOKF_INQ)))
		return SIZE_MAX;
	for (size_t k = p + 1; k + 1 < lim && k < p + 400; k++) {
		size_t n = k + 1;
		if (!tok_punct(e, k, ','))
			continue;
		if (e->t[k].flags & TOKF_INQ) {
			if (e->t[n].kind != TOK_QCLOSE)
				continue;
			n++;
		} else if (claims_inner_relative(e, p, k, lim) != SIZE_MAX) {
			k = claims_inner_relative(e, p, k, lim);
			continue;
		}
		/* the main clause's verb, not a list's next item ("women, Hispanics, and") */
		if (n < lim && e->t[n].kind == TOK_WORD &&
		    !(e->t[n].flags & (TOKF_CAP | TOKF_INQ | TOKF_DIGIT)) &&
		    !(e->t[n].word &
		      (WORD_DET | WORD_PREP | WORD_PRON | WORD_CONJ | WORD_REL | WORD_SUBORD)))
			return n == k + 1 ? k : n; /* after a quotation: its mark, then the verb */
	}
	return SIZE_MAX;
}

/* True when a name set before its verb begins at k: capitalised words (and "of" between them)
 * up to a comma, then a word in lower case that is no function word ("Rita Vance of Elm Ward,
 * appeared ready to ..."): the sentence's subject named in apposition, then its verb. */
static bool named_then_verb(const struct engine *e, size_t k, size_t lim)
{
	size_t j = k;

	while (j < lim && j < k + 7 && e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_INQ) &&
	       ((e->t[j].flags & TOKF_CAP) || (j > k && tok_is(e, j, "of"))))
		j++;
	return j > k && j + 1 < lim && tok_punct(e, j, ',') && e->t[j + 1].kind == TOK_WORD &&
	       !(e->t[j + 1].flags & (TOKF_CAP | TOKF_INQ | TOKF_DIGIT)) &&
	       ((e->t[j + 1].word & WORD_VERB) || word_ends(e, j + 1, "ed"));
}

/* "A dairy farmer who backs Brandt, Okafor lost ...", "Among those who said they cared about
 * roads, most backed Vance", "At the moment Vance learned she had lost, she was ...": the cue in
 * a clause that opens the sentence before its subject: a noun phrase of at most six words (after
 * a preposition) and "who" or "which" as the source, or "the", "every" or "each" and "moment",
 * "time", "day" or "minute" first (after a preposition), the cue within ten tokens and only
 * words before it. The content ends at the first comma after it where the main
 * clause begins (fronted_main, or a name in apposition and its verb); SIZE_MAX when there is
 * none, or when another comma comes first. */
static size_t fronted_subject_end(const struct engine *e, const struct frame *f, size_t p,
				  size_t lim)
{
	size_t a = claims_skip_connective(e, f->a, f->c), o = SIZE_MAX;

	if (a < f->c && (e->t[a].word & WORD_PREP) && !tok_adverbial_subordinator(e, a, true))
		a++;
	if (f->sb == f->sa + 1 && tok_among(e, f->sa, "who which") && f->sa > a && f->sa <= a + 6 &&
	    !(e->t[f->sa].flags & TOKF_INQ) && noun_phrase_words(e, a, f->sa))
		o = f->sa;
	else if (a + 2 < f->c && f->c <= a + 10 && tok_among(e, a, "the every each") &&
		 tok_among(e, a + 1, "moment time day minute") && !(e->t[a].flags & TOKF_INQ))
		o = a;
	if (o == SIZE_MAX)
		return SIZE_MAX;
	for (size_t i = o; i < f->c; i++)
		if (e->t[i].kind != TOK_WORD &&
		    !(tok_punct(e, i, '.') && claims_title_before(e, i)))
			return SIZE_MAX;
	for (size_t k = p + 1; k + 1 < lim && k < p + 400; k++) {
		if (!tok_punct(e, k, ',') || (e->t[k].flags & TOKF_INQ))
			continue;
		if (claims_inner_relative(e, p, k, lim) != SIZE_MAX) {
			k = claims_inner_relative(e, p, k, lim);
			continue;
		}
		return fronted_main(e, k + 1, lim) || named_then_verb(e, k + 1, lim) ? k : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The content of a stance taken on a thing ("opposes abortion", "welcomed the EU's contribution",
 * "hailed the record streak", "prefer to back a winner") ends at a comma that opens another clause
 * or an afterthought: a conjunction, a determiner, a pronoun, a verb or a quotation after it
 * (", and three of the four GOP supporters hold seats", ", doesn't mince words", ", since it makes
 * the game smoother", ", but from the left"); a list of things goes on ("opposes abortion,
 * same-sex marriage and gun control"). */
static size_t stance_object_end(const struct engine *e, const struct frame *f, size_t p, size_t lim)
{
	if (!tok_among(
		    e, f->c,
		    "applaud blasts hailed hails opposes prefer preferred prefers welcomed welcomes") ||
	    tok_is(e, p, "that"))
		return lim;
	for (size_t k = p + 1; k + 1 < lim; k++) {
		const struct tok *n = &e->t[k + 1];
		if (!tok_punct(e, k, ',') || (e->t[k].flags & TOKF_INQ))
			continue;
		if (n->kind != TOK_WORD ||
		    (n->word & (WORD_DET | WORD_PRON | WORD_VERB | WORD_AUX | WORD_REL |
				WORD_SUBORD | WORD_CONJ)) ||
		    tok_among(e, k + 1, "and as because but or since while"))
			return k;
	}
	return lim;
}

/* "declined to criticize former KKK leader David Duke", "refused to endorse Mr. Trump", "sought to
 * characterize her tenure as a success": after a cue of refusal or effort, "to" and a verb of
 * judging or naming something: that verb is the speaker's act, part of the cue, and what it
 * judges or names is the content (not "declined to comment", "refused to fight"). */
static bool refused_act(const struct engine *e, const struct frame *f, size_t p)
{
	static const char acts[] = "back call characterize claim clarify condemn criticize define "
				   "denounce disavow distinguish endorse name offer provide";

	return p == f->qb && p + 3 < f->b && tok_is(e, p, "to") && !(e->t[p].flags & TOKF_INQ) &&
	       tok_among(e, p + 1, acts) &&
	       tok_among(
		       e, f->qb - 1,
		       "declined declines declining refused refuses refusing seeking seeks sought") &&
	       e->t[p + 2].kind == TOK_WORD && !(e->t[p + 2].word & (WORD_PREP | WORD_CONJ)) &&
	       !(e->t[p + 2].flags & TOKF_INQ);
}

/* "quickly blasted out an email to supporters stating, “...”", "wrote a letter to the mayor
 * asking that ...", "emailed a news article reporting that ...", "added the caption which
 * reads, “...”": after a verb of writing or sending at p - 1 (or "out" after it), a message
 * named as a noun phrase and the participle (or "which reads") that gives its words (a
 * request's, "asking" or "urging", only before "that": "a letter asking the council to act" is
 * the request itself): the message and that participle are the cue's, what it says is the
 * content, as PolNeAR has it (train 5 to 1; an op-ed or a column the writer wrote is the claim
 * itself, not a message).
 * The token after the participle (and its "that"), or SIZE_MAX. */
static size_t sent_message(const struct engine *e, size_t p, size_t b)
{
	static const char senders[] = "wrote emailed blasted sent posted released issued added "
				      "tweeted circulated mailed";
	static const char messages[] = "letter email e-mail memo note statement robocall "
				       "article caption message post mailer flier text";
	static const char giving[] = "saying stating touting reporting declaring claiming "
				     "insisting";
	/* a request's participle only before "that": "asking the council to act" keeps it */
	static const char asking[] = "asking urging warning demanding";
	size_t v = p - 1, n = SIZE_MAX, k;

	if (p == 0 || p + 3 >= b)
		return SIZE_MAX;
	if (tok_is(e, v, "out") && v > 0)
		v--;
	if (!tok_among(e, v, senders) || !claims_det_or_possessive(e, p) ||
	    (e->t[p].flags & TOKF_INQ))
		return SIZE_MAX;
	for (k = p + 1; k < b && k < p + 5; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
		    (e->t[k].word & (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_REL)))
			return SIZE_MAX;
		if (tok_among(e, k, messages)) {
			n = k;
			break;
		}
	}
	if (n == SIZE_MAX)
		return SIZE_MAX;
	/* the addressee or the medium between ("to supporters", "to the mayor"), then the
	 * participle */
	for (k = n + 1; k + 1 < b && k < n + 10; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ))
			return SIZE_MAX;
		if (tok_among(e, k, giving) ||
		    (tok_among(e, k, asking) && tok_is(e, k + 1, "that")) ||
		    (tok_among(e, k, "which that") && tok_among(e, k + 1, "reads read"))) {
			size_t q = tok_among(e, k, "which that") ? k + 2 : k + 1;
			if (q < b && tok_is(e, q, "that"))
				q++;
			else if (q + 1 < b && (tok_punct(e, q, ',') || tok_punct(e, q, ':')) &&
				 e->t[q + 1].kind == TOK_QOPEN)
				q++;
			return q < b && (e->t[q].kind == TOK_QOPEN || e->t[q].kind == TOK_WORD)
				       ? q
				       : SIZE_MAX;
		}
		if ((t->word & (WORD_VERB | WORD_CONJ | WORD_SUBORD)) || t->cue)
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

void claims_content_at(const struct engine *e, struct frame *f, size_t p)
{
	size_t w;

	/* "offering his thoughts on the budget": the topic (claims_offer_topic) */
	if (p == f->qb && p > 0 && tok_among(e, p - 1, "offering offers offer") &&
	    (w = claims_offer_topic(e, p, f->b, &f->qb)) != SIZE_MAX)
		p = w;
	/* the message and its participle are the cue's; its words the content */
	if ((p == f->qb || (p == f->qb + 1 && tok_is(e, f->qb, "out"))) &&
	    (w = sent_message(e, p, f->b)) != SIZE_MAX) {
		size_t g = w;
		while (g > p && (e->t[g - 1].kind != TOK_WORD || tok_is(e, g - 1, "that")))
			g--;
		f->qb = g;
		p = w;
	}

	if (e->t[p].kind == TOK_QOPEN && quote_in_clause(e, p, f->b)) {
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[p].start;
		f->ce = claims_content_end(e, p,
					   claims_clause_limit(e, p, f->b, (f->cue & CUE_NP) != 0));
	} else if (e->t[p].kind == TOK_QOPEN && (w = connective_before_tag(e, f, p)) != SIZE_MAX) {
		f->kind = CLAIM_INDIRECT; /* the connective, the tag, then the quotation */
		f->cs = e->t[w].start;
		f->ce = e->t[e->t[p].pair].start;
	} else if (e->t[p].kind == TOK_QOPEN) {
		f->kind = CLAIM_DIRECT;
		f->cs = e->t[p].end;
		f->ce = (w = claims_quote_para_split(e, p)) != SIZE_MAX ? e->t[w].end
									: e->t[e->t[p].pair].start;
		if (w == SIZE_MAX && (w = quote_goes_on(e, f, p)) != SIZE_MAX)
			f->ce = w;
	} else if (tok_among(e, p, "yes no") && !(e->t[p].flags & TOKF_CAP) &&
		   !(tok_is(e, p, "no") && (((f->cue & CUE_DOC) && e->t[p + 1].kind == TOK_WORD) ||
					    clause_follows(e, p, f->b)))) {
		size_t k = p; /* "said yes, yes, yes, over and over": the answer alone */
		while (k + 2 < f->b && tok_punct(e, k + 1, ',') && tok_is(e, k + 2, "yes"))
			k += 2;
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[p].start;
		f->ce = e->t[k].end;
	} else {
		size_t lim, r;
		if (refused_act(e, f, p)) {
			f->qb = p + 2;
			p += 2;
		}
		lim = claims_cue_and_verb(e, f, p,
					  claims_clause_limit(e, p, f->b, (f->cue & CUE_NP) != 0));
		lim = stance_object_end(e, f, p, lim);
		r = subject_relative_end(e, f, p, lim);
		if (r == SIZE_MAX)
			r = fronted_subject_end(e, f, p, lim);
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[object_before(e, f, p)].start;
		f->ce = claims_content_end(
			e, p, r != SIZE_MAX ? r : intro_clause_end(e, f->a, f->c, p, lim));
	}
}
