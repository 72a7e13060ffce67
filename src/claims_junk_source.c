/* claims_junk_source: frames whose source is no one: a clause or a time read as a subject,
 * polls no one names, a list of states, a thing's name, page labels and list headings, an opener
 * alone, an order to the reader, two clauses across a dash, a gerund's phrase, a topic. */
#include "claims_int.h"

/* True when the word at k is a pronoun and "is" or "has" run together ("It's", "That’s"). */
static bool pronoun_is(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];
	const char *s = e->text + t->start;
	size_t n = t->end - t->start;

	if (t->kind != TOK_WORD || !word_possessive(e, k))
		return false;
	n -= word_ends(e, k, "'s") ? 2 : 4;
	return (n == 2 && strncasecmp(s, "it", 2) == 0) ||
	       (n == 4 && (strncasecmp(s, "that", 4) == 0 || strncasecmp(s, "what", 4) == 0 ||
			   strncasecmp(s, "here", 4) == 0)) ||
	       (n == 5 && strncasecmp(s, "there", 5) == 0);
}

/* "The shipping firm, owned by a bank, earlier this week announced": a source that is only a
 * time phrase ("earlier this month", "late last year") says when, not who; the subject before
 * it was lost to the phrase set off by commas, so the claim keeps no speaker. A capitalised
 * word after the first is a name's ("This Week said"). */
static bool time_source(const struct engine *e, size_t a, size_t b)
{
	bool time = false;

	for (size_t k = a; k < b; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD || (k > a && (t->flags & TOKF_CAP)) ||
		    !((t->word & (WORD_TIME | WORD_DET)) || tok_among(e, k, "early late just")))
			return false;
		time = time || (t->word & WORD_TIME);
	}
	return time;
}

bool claims_currency_before(const struct engine *e, size_t k)
{
	return k + 1 < e->nt && e->t[k].kind == TOK_PUNCT && (e->t[k + 1].flags & TOKF_DIGIT) &&
	       e->t[k].end == e->t[k + 1].start &&
	       (tok_punct(e, k, '$') ||
		(e->t[k].end - e->t[k].start > 1 &&
		 (memcmp(e->text + e->t[k].start, "\xC2\xA3", 2) == 0 ||
		  memcmp(e->text + e->t[k].start, "\xE2\x82\xAC", 3) == 0)));
}

/* "Shortly after the ruling, Lee wrote to the judge, requesting ...": a capitalised adverb
 * that opens the sentence before a preposition is no speaker (names end in "-ly" too: "Kelly
 * said", "Daly, a lawyer, said"). */
static bool adverb_source(const struct engine *e, size_t a, size_t b)
{
	return b == a + 1 && b < e->nt && e->t[b].sent == e->t[a].sent && word_ends(e, a, "ly") &&
	       e->t[a].kind == TOK_WORD && (e->t[b].word & WORD_PREP) &&
	       !(e->t[b].flags & TOKF_CAP) && !tok_is(e, b, "of");
}

/* True when the words from b are a noun phrase's determiner and a past participle that
 * describes its noun ("from the previously announced sale", "its recently revealed plan"): a
 * cue there has no subject, so the words before the phrase are none of its source. */
static bool participle_in_phrase(const struct engine *e, size_t b)
{
	size_t k = b;

	if (k < e->nt && e->t[k].kind == TOK_WORD && (e->t[k].word & WORD_PREP))
		k++;
	if (k + 2 >= e->nt || !claims_det_or_possessive(e, k))
		return false;
	k++;
	if (e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) && word_ends(e, k, "ly"))
		k++;
	return k + 1 < e->nt && e->t[k].kind == TOK_WORD && e->t[k].cue &&
	       !(e->t[k].flags & TOKF_CAP) && word_ends(e, k, "ed") &&
	       e->t[k + 1].kind == TOK_WORD && !(e->t[k + 1].flags & TOKF_CAP) && !e->t[k + 1].word;
}

/* "about $40 million in the quarter announced": a source right after a currency sign (which
 * the source leaves out as punctuation) is a sum, no one. */
static bool sum_source(const struct engine *e, size_t a)
{
	return a > 0 && claims_currency_before(e, a - 1);
}

bool claims_source_clause(const struct engine *e, size_t a, size_t b)
{
	return a < b && (pronoun_is(e, a) || participle_in_phrase(e, b) || time_source(e, a, b) ||
			 sum_source(e, a) || adverb_source(e, a, b));
}

/* "Bush sits at single digits in the polls", "She is still ahead in national polls", "support
 * above 80 percent in some polls": a standing "in" polls that no one names (a plural "polls"
 * after lowercase words only, the standing before it) is the writer's summary of the race, no
 * attribution ("in a CNN poll", "in the latest NBC News/Wall Street Journal poll", "in New
 * Hampshire surveys" and an opening "In the latest polls," name a source and stay). */
static bool unnamed_polls(const struct engine *e, const struct frame *f)
{
	if (f->kind != CLAIM_ACCORDING_TO || !tok_is(e, f->c, "in") ||
	    (e->t[f->c].flags & TOKF_CAP) || f->ce > e->t[f->c].start)
		return false;
	for (size_t k = f->sa; k < f->sb && k < f->sa + 4; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)))
			return false;
		if (tok_is(e, k, "polls"))
			return true;
	}
	return false;
}

/* "in nine states: Ohio, ...", "the four early nominating states", "the deepest blue states",
 * "three moderates who have led big states": "states" after a number or an adjective of states
 * (a size, a place, a colour, a superlative) is the plural noun, not the verb ("the document
 * states", "the ruling states that"). */
static bool states_noun(const struct engine *e, const struct frame *f)
{
	size_t k = f->c - 1;

	if (!tok_is(e, f->c, "states") || f->qa != f->c || f->c <= f->a ||
	    e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_CAP))
		return false;
	return (e->t[k].flags & TOKF_DIGIT) ||
	       tok_among(e, k,
			 "two three four five six seven eight nine ten eleven twelve dozen many "
			 "several other both all few remaining red blue purple swing battleground "
			 "big small large key early southern northern western eastern midwestern "
			 "border member neighboring neighbouring individual respective nominating "
			 "voting primary caucus biggest largest smallest deepest reddest bluest "
			 "poorest richest");
}

/* "the founder of a Facebook group called Occupy DNC Convention", "at a consulting firm called
 * Gavekal Dragonomics", "A German news organization called “The Local”", "one PAC called Stop
 * Hillary", "a move called the boneless": a participle right after an indefinite noun phrase
 * ("a", "an" or "one", up to three words, then a noun that is no person) before a name gives
 * the name of what was introduced, not words anyone said ("a spokesman called the plan ...",
 * "one lawmaker called Trump ..." and "a group, called ..." stay). */
static bool indefinite_named(const struct engine *e, const struct frame *f)
{
	size_t h = f->c - 1, p = claims_tok_at(e, f->cs), k;

	if (f->c <= f->a + 1 || f->qa != f->c || f->qb != f->c + 1 ||
	    !tok_among(e, f->c, "called named dubbed") || e->t[h].kind != TOK_WORD ||
	    (e->t[h].word & (WORD_PRON | WORD_PERSON | WORD_REL | WORD_VERB | WORD_AUX)) ||
	    e->t[h].cue || claims_person_noun(e, h) || p >= e->nt || p > f->c + 2 ||
	    !(e->t[p].kind == TOK_QOPEN || (e->t[p].flags & TOKF_CAP) || tok_is(e, p, "the")))
		return false;
	for (k = h; k > f->a && k + 4 > h; k--) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind != TOK_WORD)
			return false;
		if (tok_among(e, k - 1, "a an one"))
			return true;
		if ((t->word & (WORD_PRON | WORD_REL | WORD_VERB | WORD_AUX | WORD_CONJ |
				WORD_PREP | WORD_DET)) ||
		    t->cue)
			return false;
	}
	return false;
}

/* "BYLINE: Amber Phillips.", "BOOM: Trump Just Fired ...", "Wow: Al Sharpton Just Said ...",
 * "Paid Notice: Deaths ...": a label of the page or an exclamation before a colon is no one who
 * speaks; so is the role that puts a transcript's questions ("INTERVIEWER: Do you think ...?",
 * "QUESTION: What about ...?", as "Q:" is). A named turn ("TAPPER:", "Graham:") stays. */
static bool furniture_label(const struct engine *e, const struct frame *f)
{
	if (!tok_punct(e, f->c, ':') || f->sa >= f->sb || f->sb > f->sa + 2 ||
	    !(e->t[f->sa].flags & TOKF_CAP))
		return false;
	if (f->sb == f->sa + 2)
		return tok_is(e, f->sa, "paid") && tok_is(e, f->sa + 1, "notice");
	return tok_among(e, f->sa,
			 "byline dateline boom look wow watch breaking update updated exclusive "
			 "listen whoa yikes oops bonus correction clarification interviewer "
			 "interviewers question questions");
}

/* "Honorable mentions: ...", "Additional notes: ...": a list's heading, a cue that is a plural
 * noun right before a colon after one adjective that opens the sentence ("-able", "-ible",
 * "-ive", "-ful", "-ous", "-ary", "-ial" or "-ional"; no name ends so), not a name seen before;
 * "Obama notes: ..." stays. */
static bool list_heading(const struct engine *e, const struct frame *f)
{
	size_t a = f->sa;

	if (f->sb != a + 1 || f->qb != f->c + 1 || !tok_punct(e, f->qb, ':') ||
	    !tok_among(e, f->c, "mentions notes remarks thoughts comments questions") ||
	    e->t[a].kind != TOK_WORD || !(e->t[a].flags & TOKF_CAP) || e->t[a].word ||
	    (a > 0 && e->t[a - 1].sent == e->t[a].sent))
		return false;
	return (word_ends(e, a, "able") || word_ends(e, a, "ible") || word_ends(e, a, "ive") ||
		word_ends(e, a, "ful") || word_ends(e, a, "ous") || word_ends(e, a, "ary") ||
		word_ends(e, a, "ial") || word_ends(e, a, "ional")) &&
	       !claims_known_name(e, (struct span){e->t[a].start, e->t[a].end});
}

/* "These days, many residents worry about ...", "Offstage, the actors agree with ...", "Now,
 * Carson has responded to Trump's rant.", "Then, last week, Eric Trump called.": an adverb or a
 * time that opens the sentence before the source is no paraphrase when the cue goes on with its
 * own words (no comma soon after it, as "Instead, Trump told CNN, his policy ..." has); an
 * answer ("Sorry, Sanders said.") stays. */
static bool opener_only(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n = 0, k;

	if (f->kind != CLAIM_INDIRECT || f->sa >= f->sb || f->ce > e->t[f->sa].start || p >= f->sa)
		return false;
	for (k = p; k < f->sa && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind != TOK_WORD)
			continue;
		if (++n > 3 || !((e->t[k].word & (WORD_ADV | WORD_TIME)) || word_ends(e, k, "ly") ||
				 tok_among(e, k,
					   "these this last next then now there offstage "
					   "overall meanwhile days")))
			return false;
	}
	if (n == 0)
		return false;
	for (k = f->qb; k < f->b && k < f->qb + 5; k++)
		if (tok_punct(e, k, ','))
			return false;
	return true;
}

/* "Check out the Sanders campaign website", "Absent a strong defense of these programs": a
 * source that opens its sentence with a capitalised word no list knows (no -ed, -s or -ing, no
 * adverb in -ly), right before a determiner, is an order to the reader or an opening phrase,
 * not a noun phrase ("Meet the Press" is short; "Thursday the", "Now the" are known words). */
static bool order_as_source(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa, d = k + 1;

	if (k >= f->sb || (k > 0 && e->t[k - 1].sent == e->t[k].sent) || e->t[k].kind != TOK_WORD ||
	    !(e->t[k].flags & TOKF_CAP) || e->t[k].word || e->t[k].cue || word_ends(e, k, "ed") ||
	    word_ends(e, k, "s") || word_ends(e, k, "ing") || word_ends(e, k, "ly") ||
	    tok_among(e, k, "here instead meanwhile now still then there thus"))
		return false;
	if (d < f->sb && tok_among(e, d, "out up"))
		d++;
	return d + 2 < f->sb && (e->t[d].word & WORD_DET) && !(e->t[d].flags & TOKF_CAP);
}

/* "youth and charisma - he rejects the rest": a source that runs across a dash to the personal
 * pronoun right before the cue is two clauses; its words before the dash are no speaker's. */
static bool source_across_dash(const struct engine *e, const struct frame *f)
{
	return f->sb >= 2 && f->sa + 2 < f->sb && f->sb == f->c && tok_dash(e, f->sb - 2) &&
	       (e->t[f->sb - 1].word & WORD_PRON) && !(e->t[f->sb - 1].word & WORD_REL);
}

/* "The two men were at opposite poles, the one impassioned in blasting me": a cue in -ing after
 * a preposition, after a comma and a determiner that opens a phrase with no verb of its own,
 * is a gerund whose subject is that phrase ("the one"); the source is another verb's subject
 * ("Betsey Wright, a close aide, coined the term in describing" keeps its claim). */
static bool gerund_past_comma(const struct engine *e, const struct frame *f)
{
	size_t k;

	if (f->c < 2 || f->c <= f->sb || f->c - f->sb > 16 || !word_ends(e, f->c, "ing") ||
	    !tok_among(e, f->c - 1, "at in of on"))
		return false;
	for (k = f->c - 1; k > f->sb && !tok_punct(e, k, ','); k--)
		if (e->t[k].word & WORD_VERB)
			return false;
	return k > f->sb && tok_punct(e, k, ',') && k + 1 < f->c &&
	       tok_among(e, k + 1, "a an another each one the");
}

/* "a page on health care, which dutifully recounts": "which" after a noun phrase that follows
 * "on" or "about" has the topic of the noun before it nearest, where its antecedent would be
 * looked for; the page is no speaker and the topic less so. */
static bool which_after_topic(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa;

	if (f->sb != f->sa + 1 || k < 3 || !tok_is(e, k, "which") || !tok_punct(e, k - 1, ','))
		return false;
	for (k -= 2; k > 0 && k + 6 > f->sa && e->t[k].kind == TOK_WORD &&
		     e->t[k].sent == e->t[f->sa].sent && !(e->t[k].word & (WORD_PREP | WORD_VERB));
	     k--)
		;
	return tok_among(e, k, "about on");
}

/* "The bottom line is demanding more money", "The goal is saying no": after a noun of an aim
 * or a point, "is" and a word in -ing are the noun and what it is, a gerund, not someone
 * speaking ("The senator is demanding" stays). */
static bool predicate_gerund(const struct engine *e, const struct frame *f)
{
	return f->c >= 2 && f->sb > f->sa && f->sb <= f->c - 1 && word_ends(e, f->c, "ing") &&
	       tok_among(e, f->c - 1, "is was") &&
	       tok_among(e, f->sb - 1,
			 "aim answer challenge goal idea line message mission plan point priority "
			 "problem purpose question solution strategy task thing trick");
}

/* "Officials questioned John Bentel, who told his staff ...", "said Borges, who predicted
 * ...": a relative pronoun as source speaks in its own clause, after it; the words before it
 * are the writer's, or another tag's (PolNeAR: 618 claims with such a source, none with its
 * content before it). */
static bool relative_before(const struct engine *e, const struct frame *f)
{
	return f->sb == f->sa + 1 && tok_among(e, f->sa, "who which that") &&
	       f->ce <= e->t[f->sa].start;
}

/* "This means that buyers can refuse the deal and instead asking a court ...": a demonstrative
 * and "means" are what a thing implies, no one who speaks ("the means" is a noun). */
static bool meaning_source(const struct engine *e, const struct frame *f)
{
	return f->sb >= f->sa + 2 && tok_among(e, f->sb - 1, "means meant mean") &&
	       tok_among(e, f->sb - 2, "this that it which what");
}

/* "So anyone who votes against the deal and thinks this is a bad price is out of luck": a cue in
 * the relative clause on "anyone" is a reader's supposed belief, no one's words, and its content
 * runs into the predicate of "anyone" ("Anyone who knows him knows he will not cave" has the
 * whole phrase as its source and stays). */
static bool anyone_who(const struct engine *e, const struct frame *f)
{
	return f->sb == f->sa + 1 && f->sb < f->c && tok_among(e, f->sa, "anyone anybody") &&
	       tok_is(e, f->sb, "who");
}

/* True when token k ends a verb's phrase opened by an auxiliary, with no determiner or
 * possessive between to open a noun phrase of its own: "before patients had lost much weight",
 * "prices have risen sharply" (not "has lost its lead", where "its lead" may be what "which"
 * refers to). */
static bool verb_phrase_end(const struct engine *e, size_t k)
{
	for (size_t j = k, n = 0; j > 0 && n < 4; j--, n++) {
		const struct tok *t = &e->t[j];
		if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)) ||
		    claims_det_or_possessive(e, j))
			return false;
		if ((claims_past_word(e, j) || tok_in(e, j, TOKL_PARTICIPLE)) &&
		    (e->t[j - 1].word & WORD_AUX) && !tok_among(e, j - 1, "being"))
			return true;
	}
	return false;
}

/* "dates have been set for August (for both firms, respectively), which suggests that the fight
 * is far from over", "paid for by various companies or university groups, which suggests
 * that ...": a "which" after a closing bracket, or a verb in "-s" after a plural noun, has the
 * clause before it for antecedent, a fact read as a sign, not the noun the lookup would give it
 * ("the report, which suggests", "the firms, which say" stay). */
static bool which_after_clause(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa;

	if (f->sb != f->sa + 1 || k < 2 || f->c != f->sb || !tok_is(e, k, "which") ||
	    !tok_punct(e, k - 1, ',') || !(e->t[f->c].cue & CUE_VERB) || !word_plural(e, f->c))
		return false;
	k -= 2;
	if (tok_punct(e, k, ')') || verb_phrase_end(e, k))
		return true;
	return e->t[k].kind == TOK_WORD && !(e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	       !e->t[k].word && !e->t[k].cue && word_plain_s(e, k) &&
	       !tok_among(e, k, "news series species politics economics means headquarters");
}

/* "It is worth noting that most of the staff are volunteers", "it's worth mentioning that": a
 * participle after "worth" is the writer's aside, the "it" before it no one ("Jones was worth
 * quoting" has no clause after it). */
static bool worth_aside(const struct engine *e, const struct frame *f)
{
	return f->c > f->a && tok_is(e, f->c - 1, "worth") && word_ends(e, f->c, "ing");
}

/* "they take part in its practices, even those we know to be harmful": a verb of belief right
 * before "to be" has its object before it, the noun its relative clause is on; the clause
 * before the source is not what was believed ("Tests show the water to be safe" and "we know
 * the water to be safe" name it after the cue). */
static bool belief_gap(const struct engine *e, const struct frame *f)
{
	return f->sa < f->sb && f->c + 2 < f->b && f->ce <= e->t[f->sa].start &&
	       (f->cue & CUE_BELIEF) && tok_is(e, f->c + 1, "to") && tok_is(e, f->c + 2, "be");
}

/* "if you criticize them, expect the same thing", "one thing bragged about": a source of a few
 * lowercase words that ends on "thing" or "things" is no one who speaks, the cue an order to
 * the reader or a verb read out of its clause ("the thing he said" has its speaker after it
 * and is no such source). */
static bool thing_source(const struct engine *e, const struct frame *f)
{
	size_t j = f->sa;

	/* the source's words up to a comma ("the same thing, regardless of tone") */
	while (j < f->sb && j < f->sa + 5 && e->t[j].kind == TOK_WORD &&
	       !(e->t[j].flags & (TOKF_CAP | TOKF_DIGIT)))
		j++;
	return j > f->sa && j <= f->sa + 4 && (j == f->sb || tok_punct(e, j, ',')) &&
	       tok_among(e, j - 1, "thing things");
}

/* "a budget described as reckless", "your tools listed as spare", "His jet, often referred to as
 * Force One": a bare past participle right after a noun phrase, with "as" opening the content,
 * is a passive that names the phrase, which is what is described, not who describes it; the
 * row would show the thing as its own speaker. Not after a personal pronoun ("he described as
 * “unhinged” a tweet") nor after a relative word, whose gap is the object ("an explosion that
 * the mayor described as ...", "whom one insider described as"), nor with an auxiliary. */
static bool passive_as(const struct engine *e, const struct frame *f)
{
	size_t k = f->qb;

	if (f->sa >= f->sb || k >= f->b || !tok_is(e, k, "as") || e->t[k].start != f->cs ||
	    !word_ends(e, f->c, "ed") || (e->t[f->c].flags & TOKF_CAP) ||
	    tok_among(e, k + 1, "many much few little long well high low early late soon"))
		return false; /* "pointed to as many as ten cases": a number, no naming */
	for (size_t q = f->qa; q < f->c; q++)
		if ((!word_ends(e, q, "ly") && !tok_among(e, q, "often also once still")) ||
		    (e->t[q].flags & TOKF_CAP))
			return false; /* "has described", "was listed": not a bare participle */
	if (f->sb != f->qa && !(f->sb + 1 == f->qa && tok_punct(e, f->sb, ',')))
		return false;
	if (f->sb == f->sa + 1 && (e->t[f->sa].word & WORD_PRON))
		return false;
	return !(f->sa > 0 && tok_among(e, f->sa - 1, "that which who whom what whose"));
}

/* "a fresh call for calm", "a five-alarm call to voters": "call" after an article and its
 * adjective is a noun; the article and adjective are no one who calls. */
static bool article_call(const struct engine *e, const struct frame *f)
{
	return f->sa < f->sb && f->sb == f->c && f->sb <= f->sa + 3 &&
	       tok_among(e, f->sa, "a an") && tok_among(e, f->c, "call calls") &&
	       !(e->t[f->sb - 1].flags & TOKF_CAP);
}

/* "Frequently Asked Questions About Time Travel" (a film's title in a table): a source that is
 * one adverb in "-ly" the lexicon knows names no one, and the cue after it is no one's. */
static bool adverb_only(const struct engine *e, const struct frame *f)
{
	return f->sb == f->sa + 1 && e->t[f->sa].kind == TOK_WORD &&
	       (e->t[f->sa].word & WORD_ADV) && word_ends(e, f->sa, "ly");
}

bool claims_junk_source(const struct engine *e, const struct frame *f)
{
	if (unnamed_polls(e, f) || states_noun(e, f) || indefinite_named(e, f) ||
	    furniture_label(e, f) || list_heading(e, f) || opener_only(e, f) || adverb_only(e, f))
		return true;
	return order_as_source(e, f) || source_across_dash(e, f) || gerund_past_comma(e, f) ||
	       which_after_topic(e, f) || predicate_gerund(e, f) || relative_before(e, f) ||
	       meaning_source(e, f) || anyone_who(e, f) || which_after_clause(e, f) ||
	       worth_aside(e, f) || belief_gap(e, f) || thing_source(e, f) || passive_as(e, f) ||
	       article_call(e, f);
}
