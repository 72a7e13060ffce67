/* claims_frames: the frames tried at a cue (claims_try_cue): where a speech verb's cue begins and
 * ends, the guards that keep a cue word from being one, and the frames of a backer, a denial and a
 * signal; each other kind of frame has a file of its own (claims_frames_*.c). */
#include "claims_int.h"

/* ---- where a speech verb's cue begins and ends ---- */

/* True when the quotation opening at k is a phrase quoted inside a noun phrase ("warned of a
 * “ferocious” battle", "boasted about a plan to spend “a million dollars”"): a word, not a
 * comma or colon, before it, and a word in lower case first inside it. */
static bool quoted_phrase(const struct engine *e, size_t k)
{
	return k > 0 && e->t[k - 1].kind == TOK_WORD && k + 1 < e->nt &&
	       e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_CAP);
}

/* The preposition after the cue at f->c that its content follows ("talked to reporters about",
 * "referring to", "railed against"), within six tokens and before any punctuation, verb or
 * "that"; SIZE_MAX when there is none, or when a that-clause or quotation comes after it (then
 * it begins a phrase: "wrote on Twitter that"). */
static size_t prep_after(const struct engine *e, const struct frame *f)
{
	size_t lim = f->c + 7 < f->b ? f->c + 7 : f->b, p = SIZE_MAX;

	for (size_t k = f->c + 1; k + 1 < lim && p == SIZE_MAX; k++) {
		const struct tok *t = &e->t[k];
		/* "asked Mrs. Ortiz about": the stop of a title goes with the name */
		if (k > f->c + 1 && tok_punct(e, k, '.') && claims_title_before(e, k))
			continue;
		if (t->kind != TOK_WORD || (t->word & WORD_VERB) || tok_is(e, k, "that") ||
		    (t->cue & CUE_VERB && claims_cue_verb(e, k)))
			return SIZE_MAX;
		/* right after the verb any of them; further on "about" and "against" only ("spoke
		 * to reporters about", not "spoke to the gathering of") */
		if (((f->cue & CUE_PREP) &&
		     (tok_is(e, k, "about") || tok_is(e, k, "against") ||
		      (k == f->c + 1 &&
		       /* "wrote on Friday": a time, not a topic */
		       ((tok_is(e, k, "on") && !(k + 1 < e->nt && e->t[k + 1].word & WORD_TIME)) ||
			tok_is(e, k, "of") || tok_is(e, k, "over"))))) ||
		    ((f->cue & CUE_TO) && k == f->c + 1 && tok_is(e, k, "to")) ||
		    (k == f->c + 1 && tok_is(e, k, "for") &&
		     tok_among(e, f->c, "ask asked asking asks")))
			p = k; /* "asked for a sentence of three years" asks for the sentence */
	}
	for (size_t k = p + 1; p != SIZE_MAX && k < f->b && k < p + 8; k++)
		if (tok_is(e, k, "that") || (e->t[k].kind == TOK_QOPEN && !quoted_phrase(e, k)) ||
		    tok_punct(e, k, ':'))
			return SIZE_MAX;
	/* "speaking on (the) condition of anonymity" */
	if (p != SIZE_MAX && p + 2 < f->b &&
	    (tok_is(e, p + 1, "condition") || tok_is(e, p + 2, "condition")))
		return SIZE_MAX;
	return p;
}

/* Where a cue in "-ing" at c begins when a form of "be" makes it progressive ("is telling
 * supporters", "has been warning", "will be challenging", "is also calling for"): with the
 * "be" and the auxiliaries before it, as PolNeAR marks the cue (train 91 to 1); qa is where it
 * began without them. */
static size_t progressive_start(const struct engine *e, size_t a, size_t qa, size_t c)
{
	if (qa <= a || !word_ends(e, c, "ing") || (e->t[qa - 1].flags & TOKF_CAP) ||
	    !tok_among(e, qa - 1, "is are was were am be been"))
		return qa;
	return claims_skip_aux_back(e, a, qa - 1);
}

/* Where a cue that begins at qa begins when "both" or "all" floated off its subject goes before
 * it ("Lee and Ortiz both denounced", "the two senators have both argued"): with the quantifier
 * and the auxiliaries before it, as PolNeAR marks the cue (train 11 to 0 after a name, a bracket
 * or "have"); "both" that is the subject itself ("And both vowed", "the two both seemed") is
 * left out. */
static size_t floated_quantifier(const struct engine *e, size_t a, size_t qa)
{
	if (qa < a + 2 || !tok_among(e, qa - 1, "both all") || (e->t[qa - 1].flags & TOKF_CAP) ||
	    !(tok_among(e, qa - 2, "have had") || tok_punct(e, qa - 2, ')') ||
	      (qa - 2 > a && (e->t[qa - 2].flags & TOKF_CAP))))
		return qa;
	return claims_skip_aux_back(e, a, qa - 1);
}

/* True when a noun that names a statement put out lies in [j, k): "a statement", "a press
 * release", "a fundraising email", "a new radio ad". */
static bool statement_noun_between(const struct engine *e, size_t j, size_t k)
{
	for (size_t i = j; i < k; i++)
		if (tok_among(e, i,
			      "statement statements release email e-mail ad letter message memo"))
			return true;
	return false;
}

/* Where a participle cue at c begins when it tells what a statement put out said ("issued a
 * statement Tuesday saying", "released a new radio ad calling", "sent out a press release
 * saying", "responded on Twitter, calling", "responded by saying", "shot back in a statement,
 * saying"): at the verb
 * that put it out, as PolNeAR marks the cue (train 24 to 2); qa where it began without it. A
 * comma, words of time and up to four words of the statement's noun phrase or phrase may come
 * between. */
static size_t statement_act_start(const struct engine *e, size_t a, size_t qa, size_t c)
{
	size_t k = qa, stop;

	if (!tok_among(e, c, "saying calling describing asking stating") || k <= a)
		return qa;
	if (tok_punct(e, k - 1, ','))
		k--;
	while (k > a && e->t[k - 1].kind == TOK_WORD &&
	       (((e->t[k - 1].word & WORD_TIME) && !(e->t[k - 1].word & WORD_DET)) ||
		tok_among(e, k - 1, "morning afternoon evening night on again")))
		k--;
	stop = k > a + 6 ? k - 6 : a;
	for (size_t j = k; j > stop; j--) {
		size_t v = j - 1;
		if (e->t[v].kind != TOK_WORD || (e->t[v].flags & TOKF_INQ))
			return qa;
		bool back = tok_is(e, v, "back") && v > a && tok_among(e, v - 1, "shot hit fired");
		bool answer = back || tok_among(e, v, "responded replied");
		if (!answer && !tok_among(e, v, "issued released sent put"))
			continue;
		/* "responded on Twitter, calling", not "responded to the charge, saying" */
		if (answer && v + 1 < k && tok_is(e, v + 1, "to"))
			return qa;
		/* "put out a statement", "sent out a release": the noun of a statement */
		if (!answer && !statement_noun_between(e, j, k))
			return qa;
		return claims_skip_aux_back(e, a, back ? v - 1 : v);
	}
	return qa;
}

/* True when a noun of something said ("claims", "reports", "rumors"), a determiner or a
 * possessive before it or not, then "that" follow the cue at c ("denied claims that", "confirmed
 * the reports that", "denied his suggestions that"). */
static bool noun_that(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1;

	if (k < b && (tok_among(e, k, "all any these those") || claims_det_or_possessive(e, k)))
		k++;
	return k + 1 < b && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) &&
	       ((e->t[k].cue & CUE_NOUN) ||
		tok_among(e, k, "charges claims report reports suggestions")) &&
	       tok_is(e, k + 1, "that");
}

/* True when "ruled" at c has "that" after it, at most three words of time between ("ruled
 * that", "ruled Wednesday that", "ruled late last month that"). */
static bool ruled_that(const struct engine *e, size_t c, size_t b)
{
	if (!tok_is(e, c, "ruled"))
		return false;
	for (size_t k = c + 1; k < b && k <= c + 4; k++) {
		if (tok_is(e, k, "that"))
			return true;
		if (e->t[k].kind != TOK_WORD ||
		    !((e->t[k].word & WORD_TIME) || tok_among(e, k, "early late")))
			return false;
	}
	return false;
}

/* "Trump backed off some of his proposals", "backed away from a suggestion that ...": a stance
 * given up; the particle (and "from") are the cue's and what was given up the content (PolNeAR
 * train and dev gold 3 of 3). The token after the phrase, or SIZE_MAX. */
static size_t backed_off(const struct engine *e, size_t c, size_t b)
{
	size_t k;

	if (!tok_among(e, c, "back backed backing backs") || c + 2 >= b)
		return SIZE_MAX;
	if (tok_is(e, c + 1, "off"))
		k = c + 2;
	else if (tok_is(e, c + 1, "away") && tok_is(e, c + 2, "from"))
		k = c + 3;
	else
		return SIZE_MAX;
	/* "Facing blowback, Berlin backed off.": nothing given up after it */
	return k < b && e->t[k].kind == TOK_WORD ? k : SIZE_MAX;
}

/* The particle of a "called for" at c (before b) after a day or a time between the two ("called
 * Wednesday for", "called on Friday for", "pushed last week for"): its token, or SIZE_MAX. */
static size_t particle_after_time(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1, n = 0;

	if (k + 1 < b && tok_is(e, k, "on") && (e->t[k + 1].word & WORD_TIME))
		k++;
	for (; k < b && n < 2 && e->t[k].kind == TOK_WORD && (e->t[k].word & WORD_TIME); k++)
		n++;
	return n && k < b && tok_among(e, k, "for on upon") ? k : SIZE_MAX;
}

/* Where a speech verb's cue ends ("pointed out", "called for", "talked about") and where it
 * begins ("has also said"); false when the verb is no cue here (a passive, "pointed" with
 * neither "out" nor "to", "talked" without "about"). A cue that ends in a preposition takes a
 * noun phrase or a clause after it as its content. */
static bool cue_extent(const struct engine *e, struct frame *f)
{
	size_t c = f->c, k;

	if (c + 1 < f->b && tok_is(e, c + 1, "by") && word_ends(e, c, "ed"))
		return false; /* passive: "a statement reported by the FT" */
	if (c > f->a && tok_among(e, c, "point points") &&
	    ((e->t[c - 1].flags & TOKF_DIGIT) || tok_among(e, c - 1, "percentage basis")))
		return false; /* a measure: "by 0.1 percentage points to 4.2 percent" */
	if ((f->cue & CUE_OUT) && c + 1 < f->b && tok_is(e, c + 1, "out")) {
		f->qb = c + 2;
	} else if ((k = backed_off(e, c, f->b)) != SIZE_MAX) {
		f->qb = k;
		f->cue = (f->cue | CUE_NP) & ~(unsigned)(CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY);
	} else if ((f->cue & (CUE_PREP | CUE_TO | CUE_OBJ)) && (k = prep_after(e, f)) != SIZE_MAX) {
		f->qb = k + 1;
		f->cue = (f->cue | CUE_NP) & ~(unsigned)(CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY);
	} else if ((f->cue & CUE_FOR) && (k = particle_after_time(e, c, f->b)) != SIZE_MAX) {
		/* "called Wednesday for Ginsburg to resign": the day is the cue's, as PolNeAR marks
		 * it ("called Wednesday for"), and the content what is called for */
		f->qb = k + 1;
	} else if ((f->cue & CUE_FOR) && c + 1 < f->b && tok_among(e, c + 1, "for on upon out")) {
		f->qb = c + 2;
	} else if (c + 3 < f->b && tok_among(e, c, "claimed claims claim claiming") &&
		   tok_among(e, c + 1, "responsibility credit") && tok_is(e, c + 2, "for")) {
		/* "claimed responsibility for the attack": the deed claimed, the rest the cue's
		 * (PolNeAR train and dev 5 to 0) */
		f->qb = c + 3;
	} else if (tok_among(e, c, "expressed expresses expressing voiced voicing") &&
		   (k = claims_feeling_prep(e, c, f->b)) != SIZE_MAX) {
		/* "expressed doubt that": the cue ends with the feeling, "that" opens the content
		 * (PolNeAR train 9 to 0); a preposition stays in the cue ("expressed concern about") */
		f->qb = tok_is(e, k, "that") ? k : k + 1;
		f->cue = (f->cue | CUE_NP) & ~(unsigned)(CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY);
	} else if ((k = claims_sounded_prep(e, c, f->b)) != SIZE_MAX) {
		/* "sounded a cautious note about the report": the note and its preposition are the
		 * cue's, what it is about the content (PolNeAR train 6 of 6) */
		f->qb = k + 1;
		f->cue = (f->cue | CUE_NP) & ~(unsigned)(CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY);
	} else if ((f->cue & CUE_NEEDTHAT) && noun_that(e, c, f->b)) {
		/* "denied claims that ...", "confirmed reports that ...": the noun of what was said
		 * and its clause are the content, as after "rejected" */
		f->cue = (f->cue | CUE_NP) & ~(unsigned)(CUE_NEEDTHAT | CUE_THATONLY);
	} else if (ruled_that(e, c, f->b)) {
		/* "the board ruled Monday that ...": a ruling reports a finding; content only after
		 * "that" ("ruled in favor of", "ruled the country" are none) */
		f->cue = (f->cue | CUE_NEEDTHAT | CUE_THATONLY) & ~(unsigned)CUE_NP;
	} else if (f->cue & (CUE_OUT | CUE_PREPONLY)) {
		return false;
	}
	if (f->qb < f->b && tok_is(e, f->qb, "by") && word_ends(e, c, "ed"))
		return false; /* "is called on by tribes" */
	for (k = f->qb; k < f->b && k < f->qb + 4; k++)
		if (tok_is(e, k, "into") && k + 1 < f->b && tok_is(e, k + 1, "question"))
			return false; /* "calls that into question" */
	/* "went on to say", "continued to insist", "was quick to point out": the phrase is the
	 * cue, its first word the verb whose subject is the source */
	if ((k = claims_goes_on_to(e, c)) != SIZE_MAX && k >= f->a)
		f->c = c = k;
	f->qa = claims_skip_aux_back(e, f->a, c);
	f->qa = progressive_start(e, f->a, floated_quantifier(e, f->a, f->qa), c);
	f->qa = statement_act_start(e, f->a, f->qa, c);
	return true;
}

/* True when "as" follows the cue at c within ten words, before any punctuation (before b). */
static bool as_follows(const struct engine *e, size_t c, size_t b)
{
	/* "The offensive views include a post ... as one solution": the noun, its verb after it */
	if (c + 1 < b &&
	    (tok_among(e, c + 1, "include included includes range ranged vary varied") ||
	     (e->t[c + 1].word & WORD_AUX)))
		return false;
	for (size_t k = c + 2; k < b && k < c + 12 && e->t[k].kind == TOK_WORD; k++)
		if (tok_is(e, k, "as"))
			return true;
	return false;
}

/* True when "attributed" at c (before b) gives a cause: its object, then "to" and the cause,
 * within the clause ("attributed the delay to a strike"); "attributed to him" (a quotation's
 * author) and "attributed nothing" give none. */
static bool attributes_cause(const struct engine *e, size_t c, size_t b)
{
	if (c + 1 >= b || tok_is(e, c + 1, "to"))
		return false;
	for (size_t k = c + 2; k + 1 < b && k < c + 24; k++) {
		if (tok_is(e, k, "to"))
			return true;
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, ','))
			return false;
	}
	return false;
}

/* True when "asking" at c (in a sentence from a, before b) asks for something or asks a
 * question: within seven words an infinitive, a question word, "that", "for", "about" or a
 * quotation ("asking him to step aside", "asking Sanders why ...", "asking for money",
 * "asking, “...”", "asking them questions about how ..."); not "asking questions from the
 * bench", "asking employees brain-teaser questions to see how", "without asking Mr. Mitchell
 * first", "without reporters asking him", "months of asking", "the asking price", "asking
 * Mojang for comment". */
static bool asking_frame(const struct engine *e, size_t a, size_t c, size_t b)
{
	bool asks = false; /* questions asked before: only "about" gives what they asked */

	if ((c > a && tok_among(e, c - 1, "without of the")) ||
	    (c > a + 1 && tok_is(e, c - 2, "without")))
		return false; /* "without reporters asking him to" */
	for (size_t k = c + 1; k < b && k < c + 8; k++) {
		if (tok_among(e, k, "question questions"))
			asks = true;
		if (asks && !tok_is(e, k, "about"))
			continue;
		if (tok_is(e, k, "for"))
			return !tok_among(e, k + 1, "comment comments"); /* a reporter's request */
		if (e->t[k].kind == TOK_QOPEN ||
		    tok_among(e, k, "that whether if why how what who when where which about"))
			return true;
		if (tok_is(e, k, "to"))
			return k + 1 < b && e->t[k + 1].kind == TOK_WORD &&
			       !(e->t[k + 1].word & (WORD_DET | WORD_PRON)) &&
			       !(e->t[k + 1].flags & TOKF_CAP);
		if (k == c + 1 && tok_punct(e, k, ','))
			continue;
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & WORD_VERB))
			return false;
	}
	return false;
}

/* Where the adverbs in "-ly" (lower-case, outside quotations) just before c begin, back to no
 * further than a + 1: c when there are none ("voters overwhelmingly support", "who similarly
 * blasts"). */
static size_t ly_adverbs_from(const struct engine *e, size_t a, size_t c)
{
	size_t q = c;

	while (q > a + 1 && e->t[q - 1].kind == TOK_WORD && word_ends(e, q - 1, "ly") &&
	       !(e->t[q - 1].flags & (TOKF_CAP | TOKF_INQ)))
		q--;
	return q;
}

/* True when "support" at c (in a sentence from a) is a verb: after a subject that can hold a
 * stance, a share of the people asked or a group ("three-quarters support", "Millennials
 * support", "senators support"), not a noun ("their support", "strong support from"); not
 * after a pronoun or an auxiliary either ("they would support"): more often a hypothetical
 * than a stance. Adverbs in "-ly" may come between ("Millennials strongly support"). */
static bool support_verb(const struct engine *e, size_t a, size_t c)
{
	const struct tok *p;
	size_t q = ly_adverbs_from(e, a, c);

	if (c == a || c + 1 >= e->nt || e->t[c + 1].kind != TOK_WORD ||
	    (e->t[c + 1].word & (WORD_PREP | WORD_VERB | WORD_CONJ)) || !claims_cue_verb(e, c))
		return false;
	p = &e->t[q - 1];
	if (p->kind != TOK_WORD)
		return false;
	return ((p->flags & TOKF_CAP) && !(p->word & WORD_PRON)) ||
	       (!(p->word & ~(unsigned)WORD_TIME) && word_plural(e, c - 1) &&
		!word_possessive(e, c - 1));
}

/* True when "welcome" at c (before b) takes a thing for its object, a stance ("welcomed the
 * EU's contribution", "welcomed Khan's election"), not a host's welcome of people: no number,
 * no pronoun for people and no particle after it ("welcomed several hundred guests", "welcomed
 * them all with open arms", "has welcomed in many refugees", "are welcomed back"). */
static bool welcome_stance(const struct engine *e, size_t c, size_t b)
{
	if (c + 1 < b && e->t[c + 1].kind == TOK_QOPEN)
		return true; /* welcomed “the recognition that ...” */
	/* "welcomed world leaders to the White House", "welcomed Trump to visit the city": people
	 * welcomed to a place or to do something */
	for (size_t k = c + 2; k < b && k <= c + 4; k++) {
		if (e->t[k].kind != TOK_WORD)
			break;
		if (tok_is(e, k, "to") && k + 1 < b &&
		    ((k == c + 2 && (e->t[c + 1].flags & TOKF_CAP)) ||
		     (e->t[k + 1].flags & TOKF_CAP) ||
		     (tok_is(e, k + 1, "the") && k + 2 < b && (e->t[k + 2].flags & TOKF_CAP))))
			return false;
	}
	return c + 1 < b && e->t[c + 1].kind == TOK_WORD &&
	       !(e->t[c + 1].flags & (TOKF_DIGIT | TOKF_INQ)) &&
	       !tok_among(e, c + 1,
			  "back dozens everyone hundreds him in me several their them thousands "
			  "us you");
}

/* True when "blasts" at c (in a sentence from a) is a verb: after a name or "who", adverbs in
 * "-ly" between ("Super PAC blasts Trump", "who similarly blasts free trade"). */
static bool blasts_verb(const struct engine *e, size_t a, size_t c)
{
	size_t q = ly_adverbs_from(e, a, c);

	if (q == a || e->t[q - 1].kind != TOK_WORD)
		return false;
	return tok_is(e, q - 1, "who") ||
	       ((e->t[q - 1].flags & TOKF_CAP) && !(e->t[q - 1].word & WORD_PRON));
}

/* True when a capitalised word is among the tokens [a, b). */
static bool name_in(const struct engine *e, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (e->t[i].flags & TOKF_CAP)
			return true;
	return false;
}

/* True when the verb group at k (before b) is a finite cue verb's, after auxiliaries and
 * adverbs ("said", "have said", "also declined"): the noun phrase before k is its subject; not
 * a second participle ("supporting Sanders or slamming the party"). */
static bool speech_verb_at(const struct engine *e, size_t k, size_t b)
{
	while (k < b && e->t[k].kind == TOK_WORD && !e->t[k].cue &&
	       (e->t[k].word & (WORD_AUX | WORD_ADV)))
		k++;
	return k < b && (e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k) &&
	       !word_ends(e, k, "ing") && !(e->t[k - 1].word & WORD_CONJ);
}

/* "super PACs supporting Jeb Bush", "pastors backing Mr. Cruz": a participle after the noun
 * phrase that holds the stance, its object the content. True when the cue at f->c is in that
 * frame (whether or not a claim came of it); after a comma it is the clause's participle
 * ("Kasich has won ..., supporting a path to legal status") and the frames of participles
 * follow. */
static bool try_backer(struct engine *e, struct frame *f)
{
	size_t c = f->c, k;
	const struct tok *p;

	if (c == f->a)
		return false;
	p = &e->t[c - 1];
	/* "issued statements supporting the plan": what a statement says is its issuer's, as
	 * "issued a statement saying" (the participle frames) */
	if (statement_noun_between(e, c - 1, c))
		return false;
	if (p->kind != TOK_WORD || (p->word & ~(unsigned)(WORD_TIME | WORD_ROLE)) || p->cue ||
	    word_ends(e, c - 1, "ly") || word_ends(e, c - 1, "ing") || word_ends(e, c - 1, "ed"))
		return !tok_punct(e, c - 1, ',');
	for (k = c - 1;
	     k > f->a && k + 8 > c && e->t[k - 1].kind == TOK_WORD &&
	     (e->t[k - 1].word & WORD_DET ||
	      (!(e->t[k - 1].word & ~(unsigned)(WORD_TIME | WORD_ROLE)) && !e->t[k - 1].cue &&
	       !word_ends(e, k - 1, "ed") && !word_ends(e, k - 1, "ing")));
	     k--)
		;
	f->sa = claims_trim_intro(e, k, c);
	f->sb = c;
	if (f->sa >= f->sb || c + 1 >= f->b)
		return true;
	/* the object: a noun phrase up to a clause's punctuation or verb ("supporting Jeb Bush,
	 * spent", "supporting X also have spent") */
	for (k = c + 1; k < f->b && k < c + 30; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE ||
		    (t->kind == TOK_PUNCT && !tok_punct(e, k, '.') && !tok_punct(e, k, '\'') &&
		     !tok_punct(e, k, '-') && !tok_punct(e, k, '&')) ||
		    (t->word & (WORD_VERB | WORD_REL | WORD_ADV)) ||
		    ((t->cue & CUE_VERB) && claims_cue_verb(e, k)) ||
		    (t->kind == TOK_WORD && !(t->flags & TOKF_CAP) &&
		     (word_ends(e, k, "ed") ||
		      tok_among(e, k, "spent met won lost led ran paid sent held put set"))) ||
		    claims_while_clause(e, c + 1, k, f->b))
			break; /* "supporting Jane Doe spent", "backing the mayor as the party split" */
	}
	/* "Supporters backing Ann Lee said ...", "Republicans supporting the bill have said": the
	 * speakers, no stance (the subject holds it, as claims_subject_back() reads it) */
	if (speech_verb_at(e, k, f->b) && (claims_doer_noun(e, c - 1) || !name_in(e, c + 1, k)))
		return true;
	while (k > c + 1 && e->t[k - 1].kind == TOK_PUNCT)
		k--;
	if (k == c + 1 || e->t[c + 1].kind != TOK_WORD || (e->t[c + 1].word & WORD_PREP))
		return true;
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[c + 1].start;
	f->ce = e->t[k - 1].end;
	claims_emit(e, f);
	return true;
}

/* "denied the charges", "denies any wrongdoing", "denied any improper role in the internment":
 * a denial whose object is an accusation named as a noun phrase (a determiner, up to two words,
 * then a noun for a charge or a report) denies it, as a that-clause would; "denied him a
 * hearing", "denied the opportunity" and "denied bail" are refusals, no claim. The noun's token,
 * or SIZE_MAX. */
static size_t denied_charge(const struct engine *e, size_t c, size_t b)
{
	size_t k = c + 1;

	if (!tok_among(e, c, "denied denies deny denying"))
		return SIZE_MAX;
	if (k < b && tok_among(e, k, "the any all these those his her their its"))
		k++;
	for (size_t n = 0; k < b && n < 3 && e->t[k].kind == TOK_WORD; k++, n++) {
		if (tok_among(e, k,
			      "charge charges accusation accusations allegation allegations "
			      "claims report reports rumor rumors story stories link links role "
			      "involvement wrongdoing assertion assertions"))
			return k;
		if (e->t[k].word || e->t[k].cue)
			return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The claim of a denial whose noun is at head (denied_charge at f->c): the source is the
 * clause's subject, the content the noun phrase after the cue with its phrases of, to, in, about,
 * against, over and for ("any links to terrorism groups"); it ends after the noun before any
 * other preposition ("the charges through his lawyer"), a verb, a conjunction or punctuation. */
static void try_denied(struct engine *e, struct frame *f, size_t head)
{
	size_t k;

	if (!cue_extent(e, f) || !claims_forward_source(e, f))
		return;
	for (k = head + 1; k < f->b && k < head + 14; k++) {
		const struct tok *t = &e->t[k];
		if ((tok_punct(e, k, '/') || tok_punct(e, k, '-') || tok_punct(e, k, '.')) &&
		    k + 1 < f->b && e->t[k + 1].kind == TOK_WORD)
			continue; /* "any involvement in the 9/11 attacks", "the Sept. 11 attacks" */
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
		    (t->word & (WORD_VERB | WORD_CONJ | WORD_REL | WORD_SUBORD)) ||
		    ((t->word & WORD_PREP) &&
		     !tok_among(e, k, "of to in about against over for")) ||
		    ((t->cue & CUE_VERB) && claims_cue_verb(e, k)))
			break;
	}
	f->kind = CLAIM_INDIRECT;
	f->cs = e->t[f->c + 1].start;
	f->ce = e->t[k - 1].end;
	claims_emit(e, f);
}

/* "Top officials sent strong new signals Sunday that the army would leave", "the mayor gave word
 * that ...": a message sent is a statement; the cue runs from the verb that sends it to the
 * noun, the verb's subject is the source. What follows "that" must open a clause of its own,
 * not a relative one ("sent a message that angered voters"). */
static void try_signal(struct engine *e, struct frame *f)
{
	size_t v = claims_signal_verb(e, f->c), p = claims_content_start(e, f->qb, f->b, f->cue);

	if (v == SIZE_MAX || v < f->a || p == SIZE_MAX || p + 1 >= f->b || !tok_is(e, p, "that"))
		return;
	p++;
	if (e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_CAP) &&
	    ((e->t[p].word & (WORD_VERB | WORD_ADV | WORD_PREP | WORD_REL)) || e->t[p].cue ||
	     word_ends(e, p, "ed") || word_ends(e, p, "s")))
		return;
	f->qa = claims_skip_aux_back(e, f->a, v);
	claims_try_forward(e, f);
}

/* "tried to make the case", "tried on Tuesday to make the case": the attempt is the cue's with
 * its time, its subject the source's (PolNeAR marks "tried on Tuesday to make the case"); the
 * first token of the cue, from "make" at m back over it and any auxiliaries (a sentence from
 * a). */
static size_t made_case_try(const struct engine *e, size_t a, size_t m)
{
	size_t k = m;

	if (k < a + 2 || !tok_is(e, k - 1, "to"))
		return progressive_start(e, a, claims_skip_aux_back(e, a, m), m);
	k--; /* "to" */
	for (size_t n = 0; n < 3 && k > a && (e->t[k - 1].word & (WORD_TIME | WORD_PREP)) &&
			   !tok_is(e, k - 1, "to");
	     n++)
		k--; /* "on Tuesday", "last week" */
	if (k > a && tok_among(e, k - 1, "tried tries try trying attempted attempts attempting"))
		return progressive_start(e, a, claims_skip_aux_back(e, a, k - 1), k - 1);
	return progressive_start(e, a, claims_skip_aux_back(e, a, m), m);
}

/* True when the cue at c is a participle that describes the noun after it, between a
 * determiner (or a possessive) and that noun, adverbs in "-ly" between ("the previously
 * announced pact to sell the unit", "its widely reported plan"): an adjective, no one's
 * statement. */
static bool attributive_cue(const struct engine *e, size_t a, size_t c, size_t b)
{
	size_t k = c;

	if (c + 1 >= b || e->t[c].kind != TOK_WORD || (e->t[c].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !word_ends(e, c, "ed"))
		return false;
	while (k > a && e->t[k - 1].kind == TOK_WORD && word_ends(e, k - 1, "ly") &&
	       !(e->t[k - 1].flags & TOKF_CAP))
		k--;
	if (k == c || k == a) /* "the announced plan" is left as it was */
		return false;
	if (!(((e->t[k - 1].word & WORD_DET) && !(e->t[k - 1].word & WORD_PRON)) ||
	      tok_among(e, k - 1, "its their his her our")))
		return false;
	return e->t[c + 1].kind == TOK_WORD && !(e->t[c + 1].flags & (TOKF_CAP | TOKF_INQ)) &&
	       !(e->t[c + 1].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_DET | WORD_CONJ |
				     WORD_SUBORD | WORD_REL | WORD_PRON)) &&
	       !tok_is(e, c + 1, "that");
}

/* True when "promise", "pledge" or "vow" at c (or its "-s"), an infinitive or "that" after it,
 * is a noun and no cue: a determiner, a possessive, an adjective or a noun of a thing before it
 * ("his promise to build a wall", "a forceful promise to strengthen unions", "other public
 * promises to give", "baby boomer retirements promise to swell costs", "The Census' vow that
 * responses will be kept confidential is as reliable as ..."). The verb follows its subject's
 * name or pronoun, a noun of a person, an auxiliary, an adverb, a comma or "and" ("Rabbis vow
 * to", "He promises to", "the mayor promises to", "Republicans will pledge to", "Trump, Ryan,
 * pledge to", "and vow to"); a quotation after "to" is left to the frames as it was ("Her plan
 * promises to “lift up ...”"). A name right after a noun opens a relative clause whose object
 * went before it ("the special dividend LIN promises to pay shareholders"): no cue either. */
static bool vow_noun(const struct engine *e, size_t a, size_t c, size_t b)
{
	const struct tok *t;

	if (c + 2 >= b || !tok_among(e, c + 1, "to that") ||
	    !tok_among(e, c, "promise promises pledge pledges vow vows") ||
	    e->t[c + 2].kind == TOK_QOPEN)
		return false;
	if (c == a)
		return true;
	t = &e->t[c - 1];
	if (tok_punct(e, c - 1, ','))
		return false;
	if (t->kind != TOK_WORD || claims_det_or_possessive(e, c - 1))
		return true;
	if ((t->flags & TOKF_CAP) && c - 1 > a && e->t[c - 2].kind == TOK_WORD &&
	    !(e->t[c - 2].flags & TOKF_CAP) && !e->t[c - 2].cue &&
	    !(e->t[c - 2].word & (WORD_DET | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_VERB |
				  WORD_PRON | WORD_ADV | WORD_REL | WORD_TIME)))
		return true;
	return !((t->flags & TOKF_CAP) ||
		 (t->word & (WORD_PRON | WORD_VERB | WORD_ADV | WORD_PERSON | WORD_ROLE)) ||
		 claims_person_noun(e, c - 1) || word_ends(e, c - 1, "ly") ||
		 tok_is(e, c - 1, "and"));
}

void claims_try_cue(struct engine *e, size_t a, size_t b, size_t c)
{
	struct frame f = {.a = a, .b = b, .c = c, .cue = e->t[c].cue, .qa = c, .qb = c + 1};
	size_t k;

	if (attributive_cue(e, a, c, b) || vow_noun(e, a, c, b))
		return;
	if (claims_try_colon_tag(e, a, b, c) || claims_try_agent(e, a, b, c) ||
	    claims_try_charge(e, &f))
		return;
	if (f.cue & CUE_SEEM) {
		claims_try_seem(e, &f);
		return;
	}
	if (claims_try_told(e, &f))
		return;
	if (f.cue & CUE_HEARSAY) {
		claims_try_hearsay(e, &f);
		return;
	}
	if (f.cue & CUE_SIGNAL) {
		try_signal(e, &f);
		return;
	}
	if ((f.cue & CUE_NOUN) && !((f.cue & CUE_VERB) && support_verb(e, a, c)) &&
	    !(tok_is(e, c, "argument") && claims_made_case(e, c) != SIZE_MAX)) {
		claims_try_noun(e, &f);
		return;
	}
	if (tok_among(e, c, "supporting backing") && try_backer(e, &f))
		return;
	if (tok_is(e, c, "put")) { /* "as Sykes put it, ...", "she put it this way: “...”" */
		if (c + 2 >= b || !tok_is(e, c + 1, "it"))
			return;
		f.qb = c + 2;
		if (claims_try_as(e, &f))
			return;
		if (!claims_try_inverted(e, &f))
			claims_try_forward(e, &f);
		return;
	}
	if (tok_among(e, c, "see sees saw view views viewed regard regards regarded") &&
	    !as_follows(e, c, b))
		return; /* "saw the incident" is no view; "see Trump as the solution" is */
	if (tok_among(e, c, "welcomed welcomes") && !welcome_stance(e, c, b))
		return;
	/* "the bomb blasts", "the chromatograph blasts the sample": the verb only after a name
	 * or "who" ("Clinton blasts Trump", "who similarly blasts free trade"); "preferred
	 * stock" is a kind of share */
	if ((tok_is(e, c, "blasts") && !blasts_verb(e, a, c)) ||
	    (tok_among(e, c, "prefer preferred") && c + 1 < b &&
	     tok_among(e, c + 1, "dividend dividends equity securities share shares stock stocks")))
		return;
	/* "would I prefer to keep buying ...?", "they would prefer she stockpile", "would have
	 * preferred": a wish under a modal is a hypothetical, no stance (as "they would support"
	 * in support_verb()) */
	if (tok_among(e, c, "prefer preferred") && c > a + 1 &&
	    tok_among(e,
		      (tok_is(e, c - 1, "have") || (e->t[c - 1].word & WORD_PRON)) ? c - 2 : c - 1,
		      "could couldn't couldn’t might should would wouldn't wouldn’t"))
		return;
	if (tok_is(e, c, "asking") && !asking_frame(e, a, c, b))
		return;
	if (tok_among(e, c, "attributed attributing") && !attributes_cause(e, c, b))
		return;
	if (tok_is(e, c, "clear")) { /* "Emanuel also made clear that he has not considered ..." */
		f.c = claims_made_clear(e, c);
		f.qa = progressive_start(e, a, claims_skip_aux_back(e, a, f.c), f.c);
		claims_try_forward(e, &f);
		return;
	}
	/* "Lindqvist made the case that the dam was safe", "made a strong case that", "made the
	 * point that", "made the argument that": the argument after "that" */
	if (tok_is(e, c, "case") ||
	    (tok_among(e, c, "point argument") && claims_made_case(e, c) != SIZE_MAX)) {
		if ((f.c = claims_made_case(e, c)) == SIZE_MAX || f.c < a)
			return;
		f.cue = CUE_VERB | CUE_NEEDTHAT | CUE_THATONLY;
		f.qa = made_case_try(e, a, f.c);
		claims_try_forward(e, &f);
		return;
	}
	if (f.cue & CUE_ADJ) { /* "Her aides are confident that the count will hold" */
		if ((f.c = claims_belief_adj(e, c)) == SIZE_MAX || f.c < a)
			return;
		f.qa = claims_skip_aux_back(e, a, f.c);
		claims_try_forward(e, &f);
		return;
	}
	/* "described it during the session": a pronoun described is no claim without "as" */
	if (tok_among(e, c, "describe described describes describing") && c + 2 < b &&
	    tok_among(e, c + 1, "it him her them this himself herself themselves itself") &&
	    !tok_is(e, c + 2, "as"))
		return;
	if (claims_try_asked(e, &f))
		return;
	if (tok_is(e, c, "expected") && claims_try_expected(e, &f))
		return;
	if (claims_try_said_to(e, &f) || claims_try_it_said(e, &f))
		return;
	/* "denied claims that ...": the noun and its clause, as cue_extent() reads them */
	if ((k = denied_charge(e, c, b)) != SIZE_MAX && !tok_is(e, k + 1, "that")) {
		try_denied(e, &f, k);
		return;
	}
	if (claims_try_winner(e, &f))
		return;
	/* "prices are determined by an algorithm" is no report, as "was first reported by" is */
	if ((f.cue & CUE_VERB) &&
	    (claims_try_as(e, &f) || (!(f.cue & CUE_THATONLY) && claims_try_passive(e, &f))))
		return;
	if (f.cue & CUE_ACCORDING)
		claims_try_according(e, &f);
	else if (f.cue & CUE_QUOTED)
		claims_try_quoted(e, &f);
	else if (f.cue & CUE_VERB && cue_extent(e, &f) && !claims_try_inverted(e, &f))
		claims_try_forward(e, &f);
}
