/* claims_content_np: where noun-phrase content ends (claims_np_ends, asked by
 * claims_clause_limit): before a time that dates the telling ("endorsed Trump on Thursday"), an
 * occasion ("in an interview", "on Hugh Hewitt's radio show") or a coordinated verb phrase ("but
 * did not say"); after a time that dates the content's own event (claims_time_closes). */
#include "claims_int.h"

/* True when the tokens [p, k) are a noun phrase alone: words with no verb, preposition,
 * relative word or "that" among them. */
static bool short_np(const struct engine *e, size_t p, size_t k)
{
	for (size_t i = p; i < k; i++) {
		if (tok_punct(e, i, '.') && i > p && claims_title_before(e, i))
			continue; /* "Mr. Sanders", "Sen. Ted Cruz" */
		if (e->t[i].kind != TOK_WORD ||
		    (e->t[i].word & (WORD_VERB | WORD_PREP | WORD_REL)) || tok_is(e, i, "that") ||
		    (e->t[i].cue & CUE_VERB))
			return false;
	}
	return true;
}

/* True when the time word at k, or "this", "last" or "next" and one, belongs to the phrase
 * before it: after a preposition, a determiner, a possessive, a participle or "later"
 * ("nominee in November", "by July 31", "the party's July convention", "comments made this
 * week", "later this month"), not a time the writer dates the telling by. */
static bool time_in_phrase(const struct engine *e, size_t k)
{
	if (k == 0 || e->t[k - 1].kind != TOK_WORD ||
	    !((e->t[k].word & WORD_TIME) || tok_among(e, k, "on last this next earlier")))
		return false;
	if (word_possessive(e, k - 1))
		return true;
	return !(e->t[k - 1].flags & TOKF_CAP) &&
	       ((e->t[k - 1].word & (WORD_PREP | WORD_DET)) || word_ends(e, k - 1, "ed") ||
		tok_among(e, k - 1, "later earlier such"));
}

/* True when the day, week or year at k ("on Monday", "last week", "Tuesday night", "on April 15",
 * "in 2011") has words of the phrase after it ("blasted Trump on Monday over his stance", "pointed to his
 * victories Tuesday in Texas", "criticized Democrats in 2011 for seeking ..."): the time is then inside what the speaker went on with, not the
 * date the writer puts on the telling. Not "and" or "but", a pronoun, a verb or a cue, which
 * begin a clause of their own ("his vote, but late Saturday he announced ..."). */
static bool time_goes_on(const struct engine *e, size_t k, size_t lim)
{
	size_t j = k;

	if (tok_among(e, j, "on last this next earlier in"))
		j++;
	if (j >= lim || (!(e->t[j].word & WORD_TIME) && !(e->t[j].flags & TOKF_DIGIT)) ||
	    (e->t[j].word & WORD_DET))
		return false;
	while (j < lim && j < k + 5 &&
	       ((e->t[j].word & WORD_TIME) || (e->t[j].flags & TOKF_DIGIT) ||
		tok_among(e, j, "night morning afternoon evening")))
		j++;
	if (j < lim && word_possessive(e, j))
		return false; /* "in last Sunday's debate": an occasion */
	if (j + 1 < lim && tok_is(e, j, "on") &&
	    ((e->t[j + 1].flags & TOKF_CAP) || (e->t[j + 1].word & (WORD_DET | WORD_PRON))))
		return false; /* "Wednesday on his radio show", "Monday on CNN": where it was said */
	return j < lim && e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_INQ) &&
	       !tok_among(e, j, "and but") && !e->t[j].cue && !word_ends(e, j, "ed") &&
	       !(e->t[j].word & (WORD_PRON | WORD_VERB | WORD_AUX));
}

/* True when the content [p, k) that a cue of noun-phrase content took is a clause of its own
 * ("repeated the ministry opposed the plan", "alleged the paper had harmed her"): "that" first,
 * a finite verb or an auxiliary in it, or a subject and its verb; a participle after a
 * determiner ("the self-described socialist") is a noun's word, not a verb. A verb after "and"
 * then goes on with the clause's subject ("... opposed the plan and acted against it"). */
static bool np_clause(const struct engine *e, size_t p, size_t k)
{
	if (tok_is(e, p, "that"))
		return true;
	for (size_t i = p; i < k; i++)
		if ((e->t[i].word & WORD_VERB) && !(e->t[i].flags & TOKF_INQ))
			return true;
	return p + 1 < k && !((e->t[p].word & WORD_DET) && word_ends(e, p + 1, "ed")) &&
	       claims_main_clause(e, p, k);
}

bool claims_occasion_after(const struct engine *e, size_t k, size_t lim)
{
	static const char occasions[] =
		"interview statement speech rally debate press conference event meeting letter post "
		"tweet appearance op-ed email radio broadcast town forum campaign visit call hearing "
		"session show program briefing address remarks stop";

	for (size_t j = k + 2; j < lim && j < k + 5; j++)
		if (tok_among(e, j, occasions))
			return true;
	return false;
}

/* True when the preposition at k (before lim) opens the occasion of a telling whose object is a
 * short noun phrase, with no determiner of its own or an occasion's noun five words on ("criticized
 * Trump at news conference", "mentions her granddaughter in speeches", "attacked the judge at a
 * boisterous San Diego rally", "rejected the argument in a ruling released Thursday"): in, at,
 * during, after or before, then adjectives and nouns only (no verb, preposition or "to") up to the
 * noun. */
static bool short_occasion(const struct engine *e, size_t k, size_t lim)
{
	static const char nouns[] =
		"interview interviews statement statements speech speeches rally rallies debate "
		"debates conference event events meeting meetings tweet tweets appearance "
		"appearances forum hearing briefing address remarks ruling";

	if (!tok_among(e, k, "in at during after before"))
		return false;
	for (size_t j = k + 1; j < lim && j < k + 6; j++) {
		const struct tok *t = &e->t[j];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ))
			return false;
		if (tok_among(e, j, nouns))
			return true;
		if ((t->word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_REL | WORD_SUBORD)) ||
		    tok_is(e, j, "to") || t->cue)
			return false;
	}
	return false;
}

/* True when the phrase from the preposition at k belongs to the content for all its word of an
 * occasion: it follows an infinitive's verb ("a reason for the U.S. to reinvest in its space
 * program"), whose complement it is. */
static bool phrase_of_content(const struct engine *e, size_t k)
{
	return k >= 2 && tok_infinitive(e, k - 2, k) && !(e->t[k - 2].flags & TOKF_INQ);
}

/* True when "on" at k names the programme or page the telling was on: a determiner, a possessive
 * or a name, then within four words "show", "radio", "program", "broadcast" or "page" ("on Hugh
 * Hewitt's radio show", "on its Facebook page", "on Aaron Klein Investigative Radio"); a topic
 * ("on the economy", "on Syria's war") goes on. */
static bool on_medium(const struct engine *e, size_t k, size_t lim)
{
	if (!tok_is(e, k, "on") || k + 2 >= lim ||
	    !((e->t[k + 1].word & (WORD_DET | WORD_PRON)) || (e->t[k + 1].flags & TOKF_CAP)))
		return false;
	for (size_t j = k + 2; j < lim && j < k + 6 && e->t[j].kind == TOK_WORD; j++)
		if (tok_among(e, j, "broadcast page program programme radio show"))
			return true;
	return false;
}

/* True when the noun phrase [p, k) has no word that may be a verb or a clause's subject: no
 * quotation, no "-ed" word or irregular past, participle or present ("Reagan appeared
 * unsteady", "he said"), no "-ing" word but after a determiner or a possessive ("his
 * reasoning", not "Trump losing supporters"), no subject pronoun first. */
static bool np_plain(const struct engine *e, size_t p, size_t k)
{
	if (tok_among(e, p, "he she they we i it you"))
		return false;
	for (size_t i = p; i < k; i++) {
		if (e->t[i].kind != TOK_WORD)
			continue; /* claims_np_short() leaves a title's stop and quotation marks */
		if ((e->t[i].flags & TOKF_INQ) || word_ends(e, i, "ed") ||
		    tok_in(e, i, TOKL_PAST | TOKL_PARTICIPLE | TOKL_PRESENT | TOKL_FINITE) ||
		    (word_ends(e, i, "ing") &&
		     !(i > p &&
		       (claims_det_or_possessive(e, i - 1) || (e->t[i - 1].word & WORD_DET) ||
			tok_among(e, i - 1, "his her their its our my your")))))
			return false;
	}
	return true;
}

/* True when the short noun phrase [p, k) a cue of any kind took (claims_np_short, np_plain) is
 * followed at k by the occasion of the telling ("explained his reasoning in an appearance on
 * CBS", "refused to endorse Trump during a speech at the convention"), and no word after it in
 * its sentence may be a verb: the occasion is the writer's, not what was said. A subject whose
 * verb follows the occasion ("said protesters at a rally were hurt", "the talk in the campaign
 * skips over ...") goes on; after "and" or "or" the phrase is not done. */
bool claims_np_occasion(const struct engine *e, size_t p, size_t k, size_t lim)
{
	if (k <= p || !claims_np_short(e, p, k) || !np_plain(e, p, k) ||
	    tok_among(e, k - 1, "and or") || phrase_of_content(e, k) || k + 2 >= lim)
		return false;
	if (!((tok_among(e, k, "in at during") && (e->t[k + 1].word & (WORD_DET | WORD_PRON)) &&
	       claims_occasion_after(e, k, lim)) ||
	      short_occasion(e, k, lim) || on_medium(e, k, lim)))
		return false;
	for (size_t j = k + 1; j < lim; j++) {
		const struct tok *t = &e->t[j];
		if (tok_punct(e, j, '?') || tok_punct(e, j, '!') ||
		    (tok_punct(e, j, '.') && !claims_title_before(e, j)))
			break;
		if (t->kind == TOK_QOPEN)
			return false;
		if (t->kind == TOK_WORD && !(t->flags & TOKF_CAP) &&
		    !tok_among(e, j, "show shows program address call post tweet") &&
		    ((t->word & (WORD_VERB | WORD_AUX | WORD_REL)) || tok_modal(e, j) ||
		     tok_is(e, j, "that") || word_ends(e, j, "ed") || word_ends(e, j, "ing") ||
		     (t->cue & CUE_VERB)))
			return false;
	}
	return true;
}

/* True when "on" at k names the network or the site the telling went out on ("mocks Trump on
 * Twitter.", "blamed local officials on Twitter before the speech", "on Fox News,", "on social
 * media last week") and nothing of the content goes on after it: the sentence ends, a comma, a
 * time or a clause's "before", "after", "and" follows. A reason or a role after it ("on Twitter
 * for backing ...", "on Twitter as a clear sign") may be the speaker's words: it goes on. */
static bool on_platform(const struct engine *e, size_t k, size_t lim)
{
	size_t j = k + 1;

	if (!tok_is(e, k, "on") || j >= lim || (e->t[j].flags & TOKF_INQ))
		return false;
	if (tok_among(e, j, "social cable") && j + 1 < lim && tok_among(e, j + 1, "media news"))
		j += 2;
	else if (tok_among(e, j,
			   "twitter facebook instagram youtube tv television cnn msnbc fox abc nbc "
			   "cbs pbs c-span"))
		j++;
	else
		return false;
	while (j < lim && e->t[j].kind == TOK_WORD && (e->t[j].flags & TOKF_CAP) &&
	       !(e->t[j].word & WORD_TIME) && j < k + 5)
		j++; /* "Fox News", "CNN Newsroom" */
	if (j >= lim || tok_punct(e, j, '.') || tok_punct(e, j, ',') || tok_punct(e, j, ';'))
		return true;
	return e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_INQ) &&
	       ((e->t[j].word & WORD_TIME) || tok_among(e, j, "before after and last this"));
}

/* True when "on" at k names the website the telling went out on and ends the sentence ("posted
 * the letter and a video of it on its website."): a determiner, a
 * possessive or a name, at most three more words, then "website" or "blog" and the
 * sentence's stop or a comma. Any content stops there, not only a noun phrase's: "a page on the
 * site that lists ..." goes on. */
bool claims_on_website(const struct engine *e, size_t k, size_t lim)
{
	if (!tok_is(e, k, "on") || k < 1 || k + 2 >= lim || (e->t[k].flags & TOKF_INQ) ||
	    e->t[k - 1].kind != TOK_WORD || tok_be(e, k - 1) ||
	    (e->t[k - 1].word & (WORD_VERB | WORD_AUX | WORD_CONJ | WORD_PREP)) ||
	    !((e->t[k + 1].word & (WORD_DET | WORD_PRON)) || (e->t[k + 1].flags & TOKF_CAP)))
		return false;
	for (size_t j = k + 2; j < lim && j < k + 6 && e->t[j].kind == TOK_WORD; j++)
		if (tok_among(e, j, "website websites blog"))
			return j + 1 >= lim || tok_punct(e, j + 1, '.') || tok_punct(e, j + 1, ',');
	return false;
}

/* True when the noun-phrase content [p, k) is short, a name or a noun and its words ("Trump",
 * "his endorsement", "Mrs. Clinton", "that promise", "it “meritless”"): at most six tokens, no
 * verb, preposition, relative word or "to". A day after such an object dates the telling ("endorsed
 * Trump on Thursday"); after longer content it is the content's own ("debate him in Brooklyn on
 * April 14", "the successful test of a hydrogen bomb on Wednesday"). */
bool claims_np_short(const struct engine *e, size_t p, size_t k)
{
	if (k > p + 6)
		return false;
	for (size_t i = p; i < k; i++) {
		if ((tok_punct(e, i, '.') && i > p && claims_title_before(e, i)) ||
		    e->t[i].kind == TOK_QOPEN || e->t[i].kind == TOK_QCLOSE ||
		    (i == p && tok_among(e, i, "that these this those")))
			continue; /* "Mr. Sanders", "it “meritless”", "that promise" */
		if (e->t[i].kind != TOK_WORD || tok_is(e, i, "to") ||
		    (e->t[i].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_REL | WORD_SUBORD)))
			return false;
	}
	return true;
}

/* True when token i is "to" before a verb: a word in lower case that is no determiner,
 * pronoun, preposition or time and does not end in "s" ("to debate", "to have"; not "to
 * supporters", "to his aides", "to Congress"). */
static bool infinitive_to(const struct engine *e, size_t i, size_t k)
{
	return tok_infinitive(e, i, k) && e->text[e->t[i + 1].end - 1] != 's';
}

/* True when a verb stands in [p, k) outside quotations, finite, an infinitive or a participle
 * ("to debate him in Brooklyn", "refugees were detained", "a claim to have conducted the
 * test"): the content tells of an event of its own, which a day may date. */
static bool verb_in(const struct engine *e, size_t p, size_t k)
{
	for (size_t i = p; i < k; i++)
		if (e->t[i].kind == TOK_WORD && !(e->t[i].flags & TOKF_INQ) &&
		    ((e->t[i].word & (WORD_VERB | WORD_AUX)) || infinitive_to(e, i, k) ||
		     word_ends(e, i, "ed") || word_ends(e, i, "ing")))
			return true;
	return false;
}

/* True when the noun phrase [p, k) ranks its noun against a time ("the first time", "the
 * highest rate", "its worst month", "the only loss"): a "since" or an "until" after it belongs to
 * it ("the highest rate since 2008"). */
static bool ranked_np(const struct engine *e, size_t p, size_t k)
{
	for (size_t i = p; i < k; i++)
		if (tok_among(e, i, "first last only best worst most least") ||
		    (i > p && word_ends(e, i, "est") &&
		     (tok_is(e, i - 1, "the") || word_possessive(e, i - 1) ||
		      tok_among(e, i - 1, "its his her their our"))))
			return true;
	return false;
}

/* True when "since", "until", "because" or "when" at k follows a short object of the cue (the
 * claims_np_short() kind) and a word goes on after it: the writer's own circumstance of the
 * telling, when or why the speaker did it ("has backed the plan since the spring", "did not
 * name Ortiz until the last minute", "criticized the governor because of the cuts", "skipped
 * the vote because they felt ...", "supported the bill when it came to the Senate"), not what
 * the speaker said; or "before" or "after" and a participle, the speaker's act before or after
 * the telling ("called the bridge a disgrace before explaining why ...", "declared their
 * allegiance after arriving undecided", "before also ripping ..."; "after the vote" is left as
 * it was). Not after a ranked noun ("the first time since 1990"), a noun of time ("the
 * day when the plant closed") nor a quotation, whose reason may be the speaker's own ('called
 * the bridge "a waste" because so few use it'). */
static bool circumstance_after(const struct engine *e, size_t p, size_t k, size_t lim)
{
	if (k + 1 >= lim || e->t[k + 1].kind != TOK_WORD || !claims_np_short(e, p, k))
		return false;
	if (tok_is(e, k, "because"))
		return e->t[k - 1].kind != TOK_QCLOSE;
	if (tok_is(e, k, "when"))
		return !tok_among(e, k - 1,
				  "day days time times moment year years night week era period "
				  "point months month age");
	if (tok_among(e, k, "before after")) {
		size_t v = k + 1;
		if (v + 1 < lim && tok_among(e, v, "also then again later"))
			v++;
		return word_ends(e, v, "ing") && e->t[v].kind == TOK_WORD &&
		       !(e->t[v].flags & (TOKF_CAP | TOKF_INQ)) &&
		       !(e->t[v].word & (WORD_PREP | WORD_TIME | WORD_DET | WORD_PRON)) &&
		       !tok_among(e, v, "nothing something anything everything");
	}
	return tok_among(e, k, "since until") && !ranked_np(e, p, k);
}

/* The token after the names from v (before lim), "the" and a list of them joined by commas or
 * "and" ("the United States, Britain and France"), each of capitalised words; v when none. */
static size_t names_after(const struct engine *e, size_t v, size_t lim)
{
	size_t k = v, end = v;

	if (k < lim && tok_is(e, k, "the"))
		k++;
	while (k < lim && k < v + 12) {
		if (e->t[k].kind != TOK_WORD || !(e->t[k].flags & TOKF_CAP) ||
		    (e->t[k].flags & TOKF_INQ) || (e->t[k].word & (WORD_PRON | WORD_DET)))
			break;
		end = ++k;
		if (k + 1 < lim && (tok_punct(e, k, ',') || tok_is(e, k, "and")) &&
		    (e->t[k + 1].flags & TOKF_CAP))
			k++;
		else if (k + 2 < lim && tok_punct(e, k, ',') && tok_is(e, k + 1, "and"))
			k += 2;
	}
	return end;
}

bool claims_while_clause(const struct engine *e, size_t p, size_t k, size_t lim)
{
	size_t v = k + 1;

	if (!tok_is(e, k, "as") || k + 2 >= lim || !claims_np_short(e, p, k) ||
	    tok_is(e, k - 1, "such"))
		return false;
	for (size_t i = p; i < k; i++)
		if (tok_is(e, i, "as"))
			return false;
	bool pron = tok_among(e, v, "he she it they we"), named = false;

	if (pron)
		v++;
	else if (tok_is(e, v, "the") && e->t[v + 1].kind == TOK_WORD &&
		 !(e->t[v + 1].flags & TOKF_CAP) && !(e->t[v + 1].word & WORD_VERB))
		v += 2;
	else if ((v = names_after(e, v, lim)) > k + 1)
		named = true;
	else
		return false;
	if (v >= lim || e->t[v].kind != TOK_WORD || (e->t[v].flags & (TOKF_CAP | TOKF_INQ)))
		return false;
	bool verb = tok_in(e, v, TOKL_FINITE) || (e->t[v].word & WORD_VERB) ||
		    claims_past_word(e, v);
	/* after names an auxiliary, a modal or a verb of saying too ("as the United States,
	 * Britain and France support") */
	if (named)
		return verb || (e->t[v].word & WORD_AUX) || tok_modal(e, v) ||
		       ((e->t[v].cue & CUE_VERB) && claims_cue_verb(e, v));
	if (e->t[v].word & (WORD_PRON | WORD_PREP | WORD_DET | WORD_TIME))
		return false;
	/* after a pronoun a word in "-s" is its verb; after a noun only one the lexicon knows
	 * ("cited the audit as the reason he's not ..." names a reason) */
	return verb || (pron && word_plural(e, v));
}

size_t claims_time_closes(const struct engine *e, size_t p, size_t k, size_t lim)
{
	size_t j = k + 1;
	bool comma = false;

	if (k + 1 >= lim || e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) ||
	    !tok_among(e, k, "earlier last next on this") || !(e->t[j].word & WORD_TIME) ||
	    (e->t[j].word & WORD_DET) || claims_np_short(e, p, k))
		return SIZE_MAX;
	for (size_t i = k + 1; i < lim && i < k + 5; i++) {
		comma = comma || tok_punct(e, i, ',');
		if ((!comma && tok_is(e, i, "that")) || e->t[i].kind == TOK_QOPEN)
			return SIZE_MAX;
	}
	if (time_in_phrase(e, k) || time_goes_on(e, k, lim) || !verb_in(e, p, k))
		return SIZE_MAX;
	while (j < lim && j < k + 5 &&
	       ((e->t[j].word & WORD_TIME) || (e->t[j].flags & TOKF_DIGIT) ||
		tok_among(e, j, "afternoon evening morning night")))
		j++;
	if (j < lim && e->t[j].kind == TOK_WORD)
		return SIZE_MAX;
	return j;
}

/* True when the noun-phrase content [p, k) is one phrase: words only (a title's stop aside), no
 * infinitive, relative word, subordinator or "that" ("issues he cares about", "proof of
 * citizenship"); not a list ("the bill, the ban and the tax"), an infinitive ("to build houses
 * on the lots") or a noun with a clause of its own ("an optimist whose age ..."). */
static bool one_phrase(const struct engine *e, size_t p, size_t k)
{
	for (size_t i = p; i < k; i++) {
		if (tok_punct(e, i, '.') && i > p && claims_title_before(e, i))
			continue;
		if (e->t[i].kind != TOK_WORD || (e->t[i].flags & TOKF_INQ) ||
		    (e->t[i].word & (WORD_REL | WORD_SUBORD)) || tok_is(e, i, "that") ||
		    tok_infinitive(e, i, k))
			return false;
	}
	return true;
}

/* True when the word before k, after the noun phrase's first word, is a participle in "-ed"
 * that the phrase after k belongs to ("refers to the documents released in March", "a plan
 * unveiled in 2019"): the time dates what the participle tells, not the telling ("endorsed
 * Sanders in December" ends before it). */
static bool participle_before(const struct engine *e, size_t p, size_t k)
{
	return k > p + 1 && e->t[k - 1].kind == TOK_WORD &&
	       !(e->t[k - 1].flags & (TOKF_CAP | TOKF_INQ)) && word_ends(e, k - 1, "ed") &&
	       !word_ends(e, k - 1, "eed") && !claims_det_or_possessive(e, k - 2);
}

/* True when "while" or "whereas" at k, or "and" before a number, opens a clause of its own after
 * the short noun-phrase content that begins at p: a subject of up to eight words, then a verb
 * the lexicon knows or one in "-ed" ("preferred Clinton while about 6 in 10 white men supported
 * Sanders", "prefer Johnson and 1 percent support Stein"): another statement, another group's
 * stance. Not a phrase with no verb ("backed the bill while in office") nor a participle right
 * after "while" ("while campaigning"). */
static bool contrast_clause(const struct engine *e, size_t p, size_t k, size_t lim)
{
	if (k == p || (e->t[k].flags & TOKF_INQ) || !claims_np_short(e, p, k) ||
	    !(tok_among(e, k, "while whereas") ||
	      (tok_is(e, k, "and") && k + 1 < lim && (e->t[k + 1].flags & TOKF_DIGIT))))
		return false;
	for (size_t j = k + 2; j < lim && j < k + 10; j++) {
		const struct tok *t = &e->t[j];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ))
			return false;
		if (((t->cue & CUE_VERB) && claims_cue_verb(e, j)) ||
		    (!(t->flags & TOKF_CAP) && word_ends(e, j, "ed")))
			return true;
	}
	return false;
}

bool claims_np_ends(const struct engine *e, size_t p, size_t k, size_t lim)
{
	const struct tok *t = &e->t[k];
	bool comma = false;

	if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || k + 1 >= lim)
		return false;
	/* "statements by Trump last week that ...", "called them ... last week, ''X''" go on; a
	 * "that" after a comma is another clause's ("which endorsed Mr. Sanders in December, said
	 * that ...") */
	for (size_t j = k + 1; j < lim && j < k + 5; j++) {
		comma = comma || tok_punct(e, j, ',');
		if ((!comma && tok_is(e, j, "that")) || e->t[j].kind == TOK_QOPEN)
			return false;
	}
	if (time_in_phrase(e, k))
		return false; /* "in November", "by July 31", "later this month", "the July vote" */
	if (time_goes_on(e, k, lim))
		return false; /* "blasted Trump on Monday over his stance on abortion" */
	if ((tok_is(e, k, "on") || tok_is(e, k, "last") || tok_is(e, k, "this") ||
	     tok_is(e, k, "next") || tok_is(e, k, "earlier")) &&
	    (e->t[k + 1].word & WORD_TIME) && !(e->t[k + 1].word & WORD_DET))
		return claims_np_short(e, p, k) ||
		       !verb_in(e, p, k); /* else its own: claims_time_closes() */
	if ((t->word & WORD_TIME) && !(t->word & (WORD_DET | WORD_ADV)) && (t->flags & TOKF_CAP))
		return true; /* "endorsed Trump Thursday" */
	if (tok_is(e, k, "on") && (e->t[k + 1].flags & TOKF_CAP) && k + 2 >= lim)
		return true; /* "on Twitter", "on CNN" ending the sentence */
	/* "endorsed Sanders in December", "proposed just that in 2013", "in early March", after a
	 * short noun phrase ("a bill that she supported in 2007" goes on) */
	if (k <= p + 6 && short_np(e, p, k) && tok_is(e, k, "in") && !time_goes_on(e, k, lim) &&
	    !participle_before(e, p, k) &&
	    ((e->t[k + 1].word & WORD_TIME) || (e->t[k + 1].flags & TOKF_DIGIT) ||
	     (tok_among(e, k + 1, "early late mid") && k + 2 < lim &&
	      ((e->t[k + 2].word & WORD_TIME) || (e->t[k + 2].flags & TOKF_DIGIT)))))
		return true;
	/* "have asked for copies as well.": the short object ends before "as well" that ends the
	 * sentence, which says the speaker did it too ("to reject Trump as well" keeps it) */
	if (k > p && claims_np_short(e, p, k) && tok_is(e, k, "as") && tok_is(e, k + 1, "well") &&
	    (k + 2 >= lim || tok_punct(e, k + 2, '.')))
		return true;
	if (circumstance_after(e, p, k, lim) || claims_while_clause(e, p, k, lim) ||
	    contrast_clause(e, p, k, lim))
		return true; /* "has praised the plan since March", "ignored her because of ..." */
	/* "endorsed Clinton during a conference call", "attacked his personal life after ..." */
	if (k <= p + 6 && short_np(e, p, k) && tok_is(e, k, "during") &&
	    e->t[k + 1].kind == TOK_WORD)
		return true;
	if ((tok_is(e, k, "in") || tok_is(e, k, "at") || tok_is(e, k, "during") ||
	     tok_is(e, k, "after") || tok_is(e, k, "before")) &&
	    k + 2 < lim && (e->t[k + 1].word & (WORD_DET | WORD_PRON)) &&
	    claims_occasion_after(e, k, lim) && !phrase_of_content(e, k))
		return true;
	if (on_medium(e, k, lim) || (claims_np_short(e, p, k) && on_platform(e, k, lim)))
		return true;
	/* not after "and" or "or", whose second part is still to come ("donors seeking and in
	 * some cases obtaining meetings") */
	if (k > p && claims_np_short(e, p, k) && !tok_among(e, k - 1, "and or") &&
	    short_occasion(e, k, lim) && !phrase_of_content(e, k))
		return true;
	/* "asked for proof of citizenship, and his license was no longer enough", "spoke about the
	 * issues he cares about, and he remains popular", "and there were none": after a noun
	 * phrase, ", and" and a clause with a subject and a verb of its own is the writer's next
	 * statement. PolNeAR train: of short noun-phrase contents, 7 ran on past ", and" where
	 * gold ends, 1 goes on with it ("a voice vote, and then a visual vote", no clause); so
	 * ", but" ("is backing Clinton, but he's not pleased") */
	if (tok_among(e, k, "and but") && k > p + 1 && tok_punct(e, k - 1, ',') &&
	    !(e->t[k].flags & TOKF_INQ) && one_phrase(e, p, k - 1) && !np_clause(e, p, k - 1) &&
	    (claims_main_clause(e, k + 1, lim) ||
	     (k + 2 < lim && tok_is(e, k + 1, "there") && tok_be(e, k + 2))))
		return true;
	if ((tok_is(e, k, "and") || tok_is(e, k, "but")) && e->t[k + 1].kind == TOK_WORD) {
		size_t v = k + 1;
		if (v + 1 < lim && tok_among(e, v, "also then later now still") &&
		    e->t[v + 1].kind == TOK_WORD)
			v++; /* "but also had to", "and then purged them" */
		const struct tok *n = &e->t[v];
		if (tok_is(e, v, "not") && v + 1 < lim && word_ends(e, v + 1, "ing"))
			return true; /* "the business mogul but not naming him" */
		if (word_ends(e, k - 1, "ed") || tok_among(e, k - 1, "over out up down off"))
			return false; /* "had been taken over and looted": two participles */
		if (tok_dash(e, k - 1))
			return false; /* "— which Clinton denounced — and is building": the sentence's
					 verb after an aside */
		/* a verb in the past or the present: "-ed", or one of the lexicon's ("and went
		 * right back", "and took the stage", "but is not working for her"); not "be",
		 * "having", nor a modal ("and would leave the bottom 95 percent alone" may be the
		 * content's own) */
		if ((n->flags & TOKF_CAP) ||
		    !(word_ends(e, v, "ed") ||
		      ((n->word & WORD_VERB) &&
		       !tok_among(e, v,
				  "be been being can could having may might must shall should "
				  "will would"))))
			return false;
		/* checked last: "the ministry opposed the plan and acted against it"; "a town that
		 * borders the river and has had ties with the port" goes on with its relative
		 * clause */
		return !np_clause(e, p, k) && !claims_relative_and(e, p, k);
	}
	return false;
}
