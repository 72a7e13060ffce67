/* claims_frames_forward: the frame of a forward speech tag (X said ...): its source, the
 * clause's subject, before the cue and its content after it. */
#include "claims_int.h"

/* ---- speech verbs, forward (X said ...) ---- */

/* The tokens of the sentence's last source (e->sent_src), searched from 60 tokens before the
 * cue: the source of a participle ("..., X said, adding that"). False when not found. */
static bool last_source(const struct engine *e, struct frame *f)
{
	size_t sa, sb;

	if (span_empty(e->sent_src))
		return false;
	for (sa = f->c > f->a + 60 ? f->c - 60 : f->a;
	     sa < f->c && e->t[sa].start != e->sent_src.start; sa++)
		;
	for (sb = sa; sb < f->c && e->t[sb].end <= e->sent_src.end; sb++)
		;
	if (sa >= sb || sa >= f->c)
		return false;
	f->sa = sa;
	f->sb = sb;
	return true;
}

/* The token after the last of `words` before k (within 30 tokens, after a; none inside a
 * quotation), or with but_too after a ", but"; a when there is none. */
static size_t clause_after(const struct engine *e, size_t a, size_t k, const char *words,
			   bool but_too)
{
	for (size_t j = k; j > a && j + 30 > k; j--) {
		if (e->t[j - 1].flags & TOKF_INQ)
			continue;
		if (tok_among(e, j - 1, words) ||
		    (but_too && j >= a + 2 && tok_is(e, j - 1, "but") && tok_punct(e, j - 2, ',')))
			return j;
	}
	return a;
}

/* Where the clause that a verb after "and" at k goes on begins: after the last "when" or
 * "while" before it (within 30 tokens, after a), or after a ", but" that joins a second clause
 * ("No one was hurt, but the crews closed the road and said ..."), or after a later "after",
 * "because", "since" ... that a subject and its verb follow, else a. "The talks took a
 * turn when Iran's envoy called him a liar and said": the envoy's clause; but after a comma
 * ("He backed Trump when the billionaire came under attack, and has not answered") the main
 * clause's. */
static size_t clause_of(const struct engine *e, size_t a, size_t k)
{
	size_t c;

	if (k > a && tok_punct(e, k - 1, ','))
		return a;
	c = clause_after(e, a, k, "when while", true);
	/* "X became a victim, after some of her followers attacked her and questioned": the
	 * clause another subordinator opens, when a subject and its verb follow it and no comma
	 * closes it before k ("Just before the flight took off, the pilot ... and asked" is the
	 * pilot's) */
	for (size_t j = k; j > c + 1 && j + 30 > k; j--) {
		size_t sa, sb;
		if (tok_punct(e, j - 1, ',') && !(e->t[j - 1].flags & TOKF_INQ))
			break;
		if (!(e->t[j - 1].flags & TOKF_INQ) &&
		    tok_among(e, j - 1, "after because since although though before until") &&
		    !(e->t[j].word & WORD_PREP) && claims_main_clause(e, j, k) &&
		    claims_subject_fwd(e, j, k, &sa, &sb) && sa == j)
			return j;
	}
	return c;
}

/* True when the clause's subject ending at t goes on with a verb (after auxiliaries and
 * adverbs), lowercase words of its object and the "and" before s, which opens the next word of
 * that object ("The United States had moved additional troops and a naval armada into the Gulf
 * and said": the armada is moved, not the one who said); at most six words of the object. */
static bool verb_then_object_list(const struct engine *e, size_t t, size_t s)
{
	size_t j = t;

	if (s < t + 3 || !tok_is(e, s - 1, "and"))
		return false;
	/* the rest of a name the subject reads short ("The United [States]") */
	while (j < s && j < t + 3 && e->t[j].kind == TOK_WORD && (e->t[j].flags & TOKF_CAP))
		j++;
	while (j < s && e->t[j].kind == TOK_WORD && !e->t[j].cue &&
	       ((e->t[j].word & (WORD_AUX | WORD_ADV)) || word_ends(e, j, "ly")))
		j++;
	if (j + 2 >= s || e->t[j].kind != TOK_WORD || (e->t[j].flags & TOKF_CAP) ||
	    !((e->t[j].word & WORD_VERB) || word_ends(e, j, "ed")) || s - 1 > j + 7)
		return false;
	for (size_t i = j + 1; i + 1 < s; i++)
		if (e->t[i].kind != TOK_WORD || (e->t[i].flags & (TOKF_CAP | TOKF_INQ)) ||
		    e->t[i].cue || (e->t[i].word & (WORD_REL | WORD_CONJ | WORD_PRON | WORD_VERB)))
			return false;
	return true;
}

/* True when the cue verb of a clause comes before its object, the false subject [s, ...) of
 * a second verb after "and" or a comma, the clause's subject ending at t: after "and" (after_and),
 * the word before s is a verb ("Rubio thanked Miami and said"), or a cue verb follows t with
 * no comma up to s ("Vale told the minister the farmers share its grief and said", past an
 * aside, auxiliaries and adverbs: "Trump, in particular, has sharply criticized"); after a
 * comma, both ("critics said the plant might be a risk, complained about"). */
static bool verb_before_object(const struct engine *e, size_t t, size_t s, bool after_and)
{
	const struct tok *w = &e->t[s - 1];
	/* "Clinton Says Russians Hacked DNC, Calls ...": a headline in title case capitalises
	 * its verbs as well */
	bool verb = w->kind == TOK_WORD &&
		    (!(w->flags & TOKF_CAP) || claims_headline_word(e, s - 1)) &&
		    (((w->cue & CUE_VERB) && claims_cue_verb(e, s - 1)) ||
		     (w->word & (WORD_VERB | WORD_AUX)) || word_ends(e, s - 1, "ed") ||
		     claims_verb_after_name(e, s - 1)); /* "Acme cut its forecast and said" */
	bool cue;

	/* "Trump, in particular, has sharply criticized deals such as NAFTA and called for": past
	 * an aside between commas, auxiliaries and adverbs to the verb */
	if (after_and && t + 1 < s && tok_punct(e, t, ',')) {
		size_t j = t + 1;
		while (j < s && j < t + 6 && e->t[j].kind == TOK_WORD && !e->t[j].cue)
			j++;
		if (j < s && tok_punct(e, j, ','))
			t = j + 1;
	}
	while (after_and && t < s && e->t[t].kind == TOK_WORD && !e->t[t].cue &&
	       ((e->t[t].word & (WORD_AUX | WORD_ADV)) || word_ends(e, t, "ly")))
		t++;
	cue = t < s && (e->t[t].cue & CUE_VERB) &&
	      (!(e->t[t].flags & TOKF_CAP) || claims_headline_word(e, t)) && claims_cue_verb(e, t);
	for (size_t j = t; cue && after_and && j < s; j++)
		if (tok_punct(e, j, ',') || e->t[j].kind != TOK_WORD)
			cue = false;
	return after_and ? verb || cue || verb_then_object_list(e, t, s) : verb && cue;
}

/* The token after "and" or "but" when a time phrase of at most four words comes between it and
 * the cue at k ("and in recent days said", "but on Tuesday said", "and last week said"): a
 * preposition or a time word first, a time word in it. SIZE_MAX otherwise. */
static size_t time_after_and(const struct engine *e, size_t a, size_t k)
{
	bool time = false;

	for (size_t j = k; j > a + 1 && j + 4 >= k; j--) {
		const struct tok *t = &e->t[j - 1];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ))
			return SIZE_MAX;
		if (tok_among(e, j - 1, "and but"))
			return time && j < k &&
					       ((e->t[j].word & (WORD_PREP | WORD_TIME)) ||
						tok_among(e, j, "last earlier"))
				       ? j
				       : SIZE_MAX;
		time = time || (t->word & WORD_TIME) ||
		       tok_among(e, j - 1, "days weeks months years hours");
	}
	return SIZE_MAX;
}

/* Where the clause of the verb at k begins: after the last subordinating word before it
 * ("when", "after", "because"; within 30 tokens, after a), commas of an apposition inside it
 * ("when the boy's father, Juan Ortiz, sent"); else a. */
static size_t subordinate_clause(const struct engine *e, size_t a, size_t k)
{
	return clause_after(e, a, k, "when while after because since before until", false);
}

/* For a participle cue at c on a written message that a verb sends ("when X sent a letter to
 * the mayor asking that ...", "after X issued a statement demanding"): the token of that verb,
 * whose subject wrote the message and asks what it asks; SIZE_MAX when the word before the cue
 * (within a few, after a) is no such message. */
static size_t message_verb(const struct engine *e, size_t a, size_t c)
{
	for (size_t k = c; k > a + 2 && k + 10 > c; k--) {
		if (e->t[k - 1].flags & TOKF_INQ)
			return SIZE_MAX;
		if (!tok_among(e, k - 1, "letter note message memo petition"))
			continue;
		if (!tok_among(e, k - 2, "a an the"))
			return SIZE_MAX;
		return tok_among(e, k - 3, "sent wrote issued filed signed mailed delivered")
			       ? k - 3
			       : SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "The truth, the senator said then, was that ...": a tag set between commas after a noun phrase
 * with no name, which the clause goes on from with its verb after the tag (within four words of
 * the cue's end): the source starts after the comma. Else f->sa. */
static size_t tag_after_phrase(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa + 1, j;

	if (!(e->t[f->sa].word & WORD_DET) || (e->t[f->sa].word & WORD_PRON))
		return f->sa;
	while (k < f->sb && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP))
		k++;
	if (k + 1 >= f->sb || !tok_punct(e, k, ','))
		return f->sa;
	for (j = f->qb; j < f->b && j < f->qb + 4 && e->t[j].kind == TOK_WORD; j++)
		;
	return j + 1 < f->b && tok_punct(e, j, ',') && (e->t[j + 1].word & (WORD_AUX | WORD_VERB))
		       ? k + 1
		       : f->sa;
}

/* "The two met – Ryan saying he was pleased and Cole calling it a good talk", "..., with Sen. John
 * Smith calling it a mess": a name set after a comma, a dash or "with" right before the
 * participle is its own subject, not the clause's. Sets the source to the name (one to four
 * capitalised words, a title's full stop among them) and returns true. */
static bool absolute_subject(const struct engine *e, struct frame *f)
{
	size_t k = f->c;

	for (;;) {
		if (k > f->a + 2 && f->c - k < 5 && tok_is(e, k - 1, ".") &&
		    claims_lex_title(e->text + e->t[k - 2].start,
				     e->t[k - 2].end - e->t[k - 2].start) &&
		    k < f->c) {
			k -= 2; /* "Sen." */
			continue;
		}
		if (!(k > f->a + 1 && f->c - k < 4 && e->t[k - 1].kind == TOK_WORD &&
		      (e->t[k - 1].flags & TOKF_CAP) &&
		      !(e->t[k - 1].word & (WORD_PRON | WORD_TIME)) && !e->t[k - 1].cue))
			break;
		k--;
	}
	if (k == f->c || k <= f->a + 1 ||
	    !(tok_punct(e, k - 1, ',') || tok_dash(e, k - 1) ||
	      (tok_is(e, k - 1, "with") && !(e->t[k - 1].flags & TOKF_CAP))) ||
	    !claims_source_ok(e, k, f->c))
		return false;
	f->sa = k;
	f->sb = f->c;
	return true;
}

/* "Republicans were quick to respond, with the senator tweeting that ...", "..., with one of his
 * aides saying": the noun phrase of an absolute phrase that opens with ", with" (or a dash and
 * "with") and a determiner, up to eight words right before the participle, is its subject, not
 * the clause's (absolute_subject() reads a name there). Sets the source and returns true. */
static bool with_phrase_subject(const struct engine *e, struct frame *f)
{
	size_t k = f->c;

	while (k > f->a + 2 && f->c - k < 8 && e->t[k - 1].kind == TOK_WORD &&
	       !tok_is(e, k - 1, "with") && !(e->t[k - 1].flags & TOKF_INQ) && !e->t[k - 1].cue &&
	       !(e->t[k - 1].word &
		 (WORD_VERB | WORD_AUX | WORD_CONJ | WORD_REL | WORD_SUBORD | WORD_TIME)))
		k--;
	if (k >= f->c - 1 || k < f->a + 2 || !tok_is(e, k - 1, "with") ||
	    (e->t[k - 1].flags & TOKF_CAP) || !(tok_punct(e, k - 2, ',') || tok_dash(e, k - 2)) ||
	    !tok_among(e, k, "the a an his her their its one some several many") ||
	    (e->t[f->c - 1].flags & TOKF_CAP) || word_ends(e, f->c - 1, "ly") ||
	    (e->t[f->c - 1].word & (WORD_PREP | WORD_DET | WORD_PRON)) ||
	    !claims_source_ok(e, k, f->c))
		return false;
	f->sa = k;
	f->sb = f->c;
	return true;
}

/* True when the lowercase word at k may come before the people a participle is said of, as the
 * verb they are the object of or a preposition ("met", "left", "interviewed", "with"), but not
 * one that makes them the addressees of a message ("emailed supporters saying", "to"). */
static bool before_people(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & (TOKF_CAP | TOKF_INQ)) ||
	    tok_among(e, k,
		      "to emailed texted told wrote urged asked informed reminded assured warned "
		      "messaged addressed"))
		return false;
	return (t->word & WORD_PREP) || word_ends(e, k, "ed") ||
	       tok_among(e, k, "met left found heard saw got quoted cited");
}

/* Where the people of a participle ending at k begin: back over a number, a determiner and words
 * of a share ("62 percent of voters", "a large and growing majority of voters", "some senior
 * officials"), up to eight words. */
static size_t people_start(const struct engine *e, size_t a, size_t k)
{
	size_t n = k;

	while (n > a && k - n < 8 && e->t[n - 1].kind == TOK_WORD &&
	       !(e->t[n - 1].flags & (TOKF_CAP | TOKF_INQ)) &&
	       ((e->t[n - 1].flags & TOKF_DIGIT) ||
		tok_among(e, n - 1,
			  "a an the one her his their its some many several other senior top local "
			  "federal former "
			  "percent majority minority half third quarter large growing small "
			  "slim narrow and of two three four five dozens hundreds")))
		n--;
	while (n < k && tok_among(e, n, "and of"))
		n++; /* not "of voters" alone, nor "and officials" */
	return n;
}

/* "The mayor met officials saying the bridge was safe", "the poll left 62 percent of voters
 * saying ...", "she began to get comments accusing her": a participle right after a noun for
 * people (or the posts they write) that is the object of a verb or a preposition is said of
 * them, not of the clause's subject ("The senator emailed
 * supporters saying" and "sent a message to supporters saying" stay the sender's). Sets the
 * source to the people (before_people(), people_start()) and returns true. */
static bool object_participle(const struct engine *e, struct frame *f)
{
	size_t c = f->c, k;

	if (f->qa != c || c < f->a + 2 || (e->t[c - 1].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !tok_among(e, c - 1,
		       "officials people experts sources analysts critics residents witnesses "
		       "protesters economists voters supporters opponents scientists lawmakers "
		       "leaders activists researchers doctors lawyers advocates aides gunman man "
		       "woman speaker voter supporter item ad ads sign signs banner banners "
		       "comments tweets posts"))
		return false;
	k = people_start(e, f->a, c - 1);
	if (k <= f->a)
		return false;
	/* posts someone receives are others' words ("began to get comments accusing her"); those
	 * the subject posts are its own ("posted tweets accusing the mayor") */
	if (tok_among(e, c - 1, "comments tweets posts")) {
		if (!tok_among(
			    e, k - 1,
			    "get gets getting got received receives receiving drew draws drawing"))
			return false;
	} else if (!before_people(e, k - 1)) {
		return false;
	}
	for (size_t j = k - 1; j > f->a && j + 6 > k; j--)
		if (tok_among(e, j - 1, claims_message_nouns))
			return false; /* "sent a text message to supporters saying" */
	f->sa = k;
	f->sb = c;
	return true;
}

/* "A major dispute concerns a broad political treaty calling for ...": a participle right after
 * a document ("treaty", "bill", "resolution") whose noun phrase is the object of a verb or a
 * preposition is said by the document, not by the clause's subject; one its subject wrote,
 * sent or passed ("The senator introduced a bill calling for") stays the subject's. Sets the
 * source to the document's noun phrase and returns true. */
static bool document_participle(const struct engine *e, struct frame *f)
{
	size_t c = f->c, d = c - 1;

	if (f->qa != c || c < f->a + 3 || (e->t[c - 1].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !tok_among(e, c - 1,
		       "treaty resolution bill agreement accord pact charter amendment measure "
		       "ordinance proposal"))
		return false;
	while (d > f->a && c - d < 6 && e->t[d - 1].kind == TOK_WORD &&
	       !(e->t[d - 1].flags & TOKF_INQ) &&
	       !(e->t[d - 1].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_PRON)) &&
	       !tok_among(e, d, "a an the"))
		d--;
	if (!tok_among(e, d, "a an the") || d <= f->a + 1 || e->t[d - 1].kind != TOK_WORD ||
	    (e->t[d - 1].flags & (TOKF_CAP | TOKF_INQ)) || (e->t[d - 1].word & WORD_CONJ) ||
	    e->t[d - 1].cue ||
	    tok_among(e, d - 1,
		      "wrote sent signed issued released introduced filed passed adopted drafted "
		      "unveiled proposed published approved sponsored backed"))
		return false;
	f->sa = d;
	f->sb = c;
	return true;
}

/* "... the rhetoric of the party, which tried to rally support by saying that ...": a participle
 * inside a relative clause set off by a comma is said of the relative pronoun's antecedent. The
 * pronoun ("which", "who") within 12 tokens before the cue, a verb of its own after it and
 * nothing between it and the cue that ends its clause (a punctuation mark, a conjunction); the
 * pronoun's token, or SIZE_MAX. */
static size_t relative_before(const struct engine *e, size_t a, size_t c)
{
	bool verb = false;

	for (size_t k = c; k > a + 1 && k + 12 > c; k--) {
		size_t j = k - 1;
		/* "academic named Eric Kingson, who is running ... and who worked the crowd,
		 * praising": the comma before the participle, after the clause's object, when a
		 * second relative clause ("and who") is set off so; after a single one (", who
		 * allegedly assaulted a reporter, calling") the participle is the main clause's */
		if (j + 1 == c && j > a + 2 && tok_punct(e, j, ',') &&
		    e->t[j - 1].kind == TOK_WORD && !(e->t[j - 1].flags & TOKF_CAP))
			continue;
		if (e->t[j].kind != TOK_WORD)
			return SIZE_MAX;
		if (tok_among(e, j, "which who"))
			return verb && ((tok_punct(e, j - 1, ',') && !tok_punct(e, c - 1, ',')) ||
					(tok_punct(e, c - 1, ',') && tok_is(e, j - 1, "and")))
				       ? j
				       : SIZE_MAX;
		if (e->t[j].word & (WORD_SUBORD | WORD_CONJ))
			return SIZE_MAX;
		if (j + 1 < c && ((e->t[j].word & (WORD_VERB | WORD_AUX)) ||
				  word_ends(e, j, "ed") || tok_modal(e, j)))
			verb = true;
	}
	return SIZE_MAX;
}

/* "NVIDIA faces rivals, and investors are concerned about its costs, worrying that ...": the
 * participle is said of the subject of the clause that ", and" or ", but" opens before it (within
 * 40 tokens, none inside a quotation), a noun phrase and a verb after it; the token after the
 * conjunction, or SIZE_MAX. */
static size_t clause_after_and(const struct engine *e, size_t a, size_t c)
{
	for (size_t j = c; j > a + 1 && j + 40 > c; j--) {
		size_t k = j - 1, v;
		if (e->t[k].flags & TOKF_INQ)
			continue;
		if (!tok_among(e, k, "and but") || !tok_punct(e, k - 1, ','))
			continue;
		/* a subject of up to four words, then a verb */
		for (v = k + 1;
		     v < c && v < k + 6 && e->t[v].kind == TOK_WORD &&
		     !(e->t[v].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_SUBORD | WORD_ADV));
		     v++)
			;
		if (v == k + 1 || v >= c || e->t[v].kind != TOK_WORD ||
		    !(e->t[v].word & (WORD_VERB | WORD_AUX)))
			return SIZE_MAX;
		/* "and you will find papers, laying out": the reader is no one's source */
		return v == k + 2 && tok_is(e, k + 1, "you") ? SIZE_MAX : k + 1;
	}
	return SIZE_MAX;
}

/* "what Apple is calling “spatial” photos", "what the company has called a mistake": the
 * subject of a free relative's verb is the words between "what" and the verb's auxiliaries (one
 * to four: a name, a pronoun or a noun phrase, no verb; from a pronoun among them on), not the
 * sentence's own subject found further back ("I wasn't allowed ..., and the ability to take
 * what Apple is calling ..." is no claim of the writer's), when the verb gives a name (a
 * quotation or a noun phrase after it). Sets the source and returns true when the source
 * [f->sa, f->sb) ends before such a "what"; false otherwise. */
static bool what_subject(const struct engine *e, struct frame *f)
{
	size_t w = f->qa, k;

	while (w > f->a && f->qa - w < 5 && !tok_is(e, w - 1, "what"))
		w--;
	if (w <= f->a || !tok_is(e, w - 1, "what") || w == f->qa || f->sb >= w || f->qb >= f->b)
		return false;
	/* a name given after the verb: a quotation or a noun phrase ("is calling “spatial”
	 * photos", "has called a mistake"; not "is promising them", "are saying about") */
	if (!(e->t[f->qb].kind == TOK_QOPEN ||
	      (e->t[f->qb].kind == TOK_WORD &&
	       ((e->t[f->qb].word & WORD_DET) || (e->t[f->qb].flags & TOKF_CAP)) &&
	       !(e->t[f->qb].word & WORD_PRON))))
		return false;
	for (k = w; k < f->qa; k++)
		if (e->t[k].kind != TOK_WORD || e->t[k].cue || (e->t[k].flags & TOKF_INQ) ||
		    (e->t[k].word &
		     (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_REL)))
			return false;
	for (k = w + 1; k < f->qa; k++)
		if (e->t[k].word & WORD_PRON)
			w = k; /* "what celebrities he is hoping" */
	if (!claims_source_ok(e, w, f->qa))
		return false;
	f->sa = w;
	f->sb = f->qa;
	return true;
}

/* True when token k opens its sentence with a capitalised present participle ("Adopting",
 * "Standing"). */
static bool participle_opens(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	return k < e->nt && t->kind == TOK_WORD && (t->flags & TOKF_CAP) &&
	       !(t->flags & TOKF_INQ) && (k == 0 || e->t[k - 1].sent != t->sent) &&
	       t->end - t->start > 5 && word_ends(e, k, "ing");
}

/* "On ABC's “This Week,” Carson admitted that ..., but said ...": when the subject of the
 * clause before the "and" or "but" at j is not found from the sentence's start, the verb after
 * it shares the source of the sentence's last claim when that claim is the clause before j: a
 * speech verb (not a participle or a noun) after its source, its content after it and ended
 * before j. False otherwise. */
static bool coordinated_source(const struct engine *e, struct frame *f, size_t j)
{
	const struct claim *cl;
	size_t q;

	if (e->nout <= e->sent_first)
		return false;
	cl = &e->out[e->nout - 1];
	if (span_empty(cl->speaker) || span_empty(cl->cue) ||
	    cl->speaker.start != e->sent_src.start || cl->speaker.end > cl->cue.start ||
	    cl->content.start < cl->cue.end || cl->content.end > e->t[j].start)
		return false;
	q = claims_tok_at(e, cl->cue.start);
	if (q >= e->nt || !(e->t[q].cue & CUE_VERB) || (e->t[q].cue & CUE_NOUN) ||
	    word_ends(e, q, "ing") || !last_source(e, f))
		return false;
	return f->sb <= j;
}

/* "should take such issues seriously from the start—perhaps Acme and Zeta thought that ...",
 * "the campaign nearly broke — new filings show": a source that begins inside a clause (a
 * lowercase word that is no determiner, quantifier or plural noun, or a number) and runs across
 * a dash begins after the dash, past an adverb of doubt ("Jason Sims — a teacher", "insiders
 * in two states — Nevada and Ohio" and "the three scholars -- Mr. Tribe" stay whole). The
 * source's new start, or sa; a dash right after the source closes an apposition ("insiders in
 * two states — Nevada and Ohio — said") and leaves it whole. */
static size_t after_inner_dash(const struct engine *e, size_t sa, size_t sb)
{
	const struct tok *t = &e->t[sa];
	size_t k;

	bool closes = false; /* "(such as names) seriously ...": begun inside brackets */

	for (k = sa; k < sb && !tok_punct(e, k, '('); k++)
		closes = closes || tok_punct(e, k, ')');
	if (sa + 2 >= sb || tok_dash(e, sb) || t->kind != TOK_WORD || (t->flags & TOKF_CAP) ||
	    (!(t->flags & TOKF_DIGIT) && !closes &&
	     ((t->word & (WORD_DET | WORD_PRON)) || word_ends(e, sa, "s") ||
	      tok_among(e, sa, "many some most few several both all each every no half"))))
		return sa;
	for (k = sb - 1; k > sa && !tok_dash(e, k); k--)
		;
	if (k <= sa || k + 1 >= sb)
		return sa;
	k++;
	if (k + 1 < sb && tok_among(e, k, "perhaps maybe probably possibly"))
		k++;
	return e->t[k].kind == TOK_WORD && !e->t[k].cue ? k : sa;
}

/* True when the participle cue of f is set off by commas after its subject and the verb after
 * the closing comma is a cue before the content at p ("The judge, writing for the majority, said
 * the law “cannot stand”"): the participle tells how the speaker spoke, and what was said is
 * the main verb's content, not a second claim of the participle's. */
static bool aside_participle(const struct engine *e, const struct frame *f, size_t p)
{
	if (!(f->cue & CUE_ING) || f->c <= f->a || !tok_punct(e, f->c - 1, ','))
		return false;
	for (size_t k = f->qb; k < p && k + 1 < f->b && k < f->qb + 12; k++) {
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, ','))
			return false;
		if (tok_punct(e, k, ','))
			return (e->t[k + 1].cue & CUE_VERB) && !(e->t[k + 1].cue & CUE_ING) &&
			       claims_cue_verb(e, k + 1);
	}
	return false;
}

/* True when the participle cue of f follows a finite verb of going on ("Ann Lee kept asking",
 * "the mayor continued telling"): the two are the clause's verb, whose subject is right before
 * them, not a participle set after a clause ("X spoke, asking"). Not "began" nor "started",
 * which end a clause of their own ("as the meeting began vowing to ...": the email vowed). */
static bool aspect_before(const struct engine *e, const struct frame *f)
{
	return f->c > f->a && e->t[f->c - 1].kind == TOK_WORD &&
	       !(e->t[f->c - 1].flags & (TOKF_CAP | TOKF_INQ)) &&
	       tok_among(e, f->c - 1, "keeps kept continues continued");
}

/* "A spokesman for the board said the vote was fair, but declined to say ...": the subject read
 * forward for a verb after "and" or "but" stops at a preposition; when the sentence's last
 * source (e->sent_src) is that subject with its prepositional phrase after it (no comma: "Ann
 * Lee, 70" keeps to the name), all before the "and" at j, the verb has that whole source: one
 * speaker for both verbs, not "A spokesman" beside "A spokesman for the board". */
static void whole_source(const struct engine *e, struct frame *f, size_t j)
{
	struct frame g = *f;

	if (f->sa >= f->sb || span_empty(e->sent_src) || f->sb >= j ||
	    !(e->t[f->sb].word & WORD_PREP) || (e->t[f->sb].flags & TOKF_CAP) ||
	    e->sent_src.start != e->t[f->sa].start || e->sent_src.end <= e->t[f->sb - 1].end ||
	    e->sent_src.end > e->t[j].start || !last_source(e, &g) || g.sa != f->sa ||
	    g.sb <= f->sb || g.sb > j)
		return;
	for (size_t k = f->sb; k < g.sb; k++)
		if (e->t[k].kind == TOK_PUNCT && !tok_punct(e, k, '.'))
			return;
	f->sb = g.sb;
}

/* True when the participle cue of f follows the object of a verb of showing or finding in its
 * clause ("Early polls show voters in the area resoundingly rejecting Mr. Trump", "a survey
 * found residents complaining"): the object, not the clause's subject, is the participle's; and
 * the participle is what the verb reports, so the frame gives no claim of its own. Within 8
 * words before the cue, no punctuation, verb or relative between the two. */
static bool shown_object_participle(const struct engine *e, const struct frame *f)
{
	for (size_t j = f->qa; j > f->a + 1 && j + 8 > f->qa; j--) {
		const struct tok *t = &e->t[j - 1];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) || t->sent != e->t[f->qa].sent)
			return false;
		if (tok_among(e, j - 1, "itself himself herself themselves myself ourselves"))
			return false; /* "found himself saying": his own words */
		if (j < f->qa && !(t->flags & TOKF_CAP) &&
		    tok_among(e, j - 1,
			      "find finds found see sees saw seen show showed shown shows"))
			return true;
		if (t->word & (WORD_VERB | WORD_AUX | WORD_REL | WORD_SUBORD | WORD_CONJ))
			return false;
	}
	return false;
}

/* True when the cue of f is the verb of a relative clause with no relative pronoun inside the
 * sentence's subject ("Few of the lawyers I called this week thought the case would fail"): a
 * verb of calling or meeting someone, its subject a pronoun right after the noun it tells of,
 * and a finite verb after it (past a time phrase) that is the sentence's. The writer called
 * the lawyers; what follows is theirs, not the writer's. */
static bool contact_relative_cue(const struct engine *e, const struct frame *f)
{
	size_t k = f->qb;

	if (f->sa + 1 != f->sb || f->sb != f->qa || !claims_contact_relative(e, f->a, f->sa) ||
	    !tok_among(e, f->qb - 1,
		       "asked called contacted interviewed met polled reached surveyed told urged "
		       "visited"))
		return false;
	if (claims_time_phrase_at(e, k))
		k += 2;
	else if (k < f->b && claims_day_word(e, k))
		k++;
	return k < f->b && e->t[k].kind == TOK_WORD && e->t[k].sent == e->t[f->qa].sent &&
	       !(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) && !word_ends(e, k, "ing") &&
	       ((e->t[k].word & WORD_VERB) || (e->t[k].cue & CUE_VERB));
}

/* The source of a forward frame: the subject before the cue ("X said"), the subject of the
 * sentence ("X praised Y and said"), or for a participle the sentence's last source or its
 * subject ("X issued a statement saying"). False when there is none. */
static bool forward_source(const struct engine *e, struct frame *f)
{
	size_t k, t0, sa, sb;
	/* "the reasons that Smith has been pushing for": a participle after a form of "be" in its
	 * cue, its subject right after a relative "that", "which" or "whom", is the verb of that
	 * clause, not a participle whose subject is the sentence's */
	bool ing = (f->cue & CUE_ING) && !aspect_before(e, f) &&
		   !(f->qa < f->c && tok_be(e, f->c - 1) &&
		     claims_subject_back(e, f->a, f->qa, &sa, &sb) && sa > f->a &&
		     tok_among(e, sa - 1, "that which whom"));

	/* "he’s referring to", "she's protesting": the participle of a progressive whose subject,
	 * with its "is" run in, is right before it */
	if (f->c > f->a && claims_person_pronoun_s(e, f->c - 1)) {
		f->sa = f->c - 1;
		f->sb = f->c;
		return true;
	}

	if (ing && shown_object_participle(e, f))
		return false;
	if (ing && (absolute_subject(e, f) || with_phrase_subject(e, f) ||
		    object_participle(e, f) || document_participle(e, f)))
		return true;
	if (ing) {
		/* "Despite challenging the majority leader, Cruz said ...": the participle's
		 * subject is the main clause's */
		k = claims_opening(e, f->a, f->c);
		if (k != SIZE_MAX && (k == f->c || k + 1 == f->c || (e->t[k].word & WORD_PREP)) &&
		    (k = claims_main_after(e, f->c, f->b)) != SIZE_MAX)
			return claims_subject_fwd(e, e->t[k + 1].kind == TOK_QCLOSE ? k + 2 : k + 1,
						  f->b, &f->sa, &f->sb);
		if ((k = relative_before(e, f->a, f->c)) != SIZE_MAX) {
			f->sa = k;
			f->sb = k + 1;
			return true;
		}
		if ((k = message_verb(e, f->a, f->c)) != SIZE_MAX &&
		    claims_subject_fwd(e, subordinate_clause(e, f->a, k), k, &f->sa, &f->sb))
			return true;
		if ((k = clause_after_and(e, f->a, f->c)) != SIZE_MAX)
			return claims_subject_fwd(e, k, f->c, &f->sa, &f->sb);
		if (!last_source(e, f) && !claims_subject_fwd(e, f->a, f->c, &f->sa, &f->sb))
			return false;
		/* "The union sent out a release saying": the source ends where the cue begins */
		if (f->sa < f->qa && f->sb > f->qa)
			f->sb = f->qa;
		return true;
	}
	k = f->qa;
	/* "The relatives refused to sign, and in recent days said ...": a time phrase between
	 * "and" and the cue is no subject; the verb goes on the clause before "and" */
	if ((t0 = time_after_and(e, f->a, k)) != SIZE_MAX &&
	    claims_subject_fwd(e, clause_of(e, f->a, t0 - 1), t0 - 1, &f->sa, &f->sb))
		return true;
	if (claims_subject_back(e, f->a, f->qa, &f->sa, &f->sb)) {
		/* "Rubio thanked Miami and said": the object of the verb before "and" is no
		 * subject; the clause's subject is */
		size_t s = f->sa, t = f->sb;
		if (!(k > f->a && (tok_among(e, k - 1, "and but") || tok_punct(e, k - 1, ',')) &&
		      s > f->a + 1 &&
		      claims_subject_fwd(e, clause_of(e, f->a, k - 1), k - 1, &f->sa, &f->sb) &&
		      f->sb < s && verb_before_object(e, f->sb, s, !tok_punct(e, k - 1, ',')))) {
			f->sa = s;
			f->sb = t;
		}
		f->sa = tag_after_phrase(e, f);
		f->sa = after_inner_dash(e, f->sa, f->sb);
		/* "Sanders, who on Tuesday endorsed Clinton", "Curiel, who through his office
		 * declined": a phrase between the relative pronoun and its verb is no source; the
		 * pronoun is */
		if (f->sa > f->a && (e->t[f->sa].word & WORD_PREP) &&
		    !(e->t[f->sa].flags & TOKF_CAP) && tok_among(e, f->sa - 1, "who which")) {
			f->sb = f->sa;
			f->sa--;
		}
		return true;
	}
	if (!(k > f->a && (tok_is(e, k - 1, "and") || tok_is(e, k - 1, "but"))))
		return false;
	if (claims_subject_fwd(e, clause_of(e, f->a, k - 1), k - 1, &f->sa, &f->sb)) {
		whole_source(e, f, k - 1);
		/* "Adopting the advice of a lawyer, the board rejected both claims and ordered":
		 * the participle's phrase that opens the sentence is no subject; the verb after
		 * "and" shares the source of the clause before it */
		struct frame g = *f;
		if (participle_opens(e, f->sa) && coordinated_source(e, &g, k - 1))
			*f = g;
		return true;
	}
	return coordinated_source(e, f, k - 1);
}

/* True when the frame's cue is a progressive ("has been talking") whose auxiliaries follow a
 * subject pronoun right before them, after a comma ("At the urging of his wife, Jane Hill, he
 * has been talking"): the pronoun is its subject, not the name the opening phrase ends with. */
static bool pronoun_before_progressive(const struct engine *e, const struct frame *f)
{
	size_t p = f->qa - 1;

	return f->qa > f->a + 1 && f->qa < f->c && tok_be(e, f->c - 1) &&
	       e->t[p].sent == e->t[f->c].sent && (e->t[p].word & WORD_PRON) &&
	       tok_among(e, p, "he she they we i") && tok_punct(e, p - 1, ',') && f->sb <= p &&
	       f->sb > f->a && tok_punct(e, f->sb, ',');
}

bool claims_forward_source(const struct engine *e, struct frame *f)
{
	if (!forward_source(e, f) || contact_relative_cue(e, f))
		return false;
	if (pronoun_before_progressive(e, f)) {
		f->sa = f->qa - 1;
		f->sb = f->qa;
	}
	what_subject(e, f);
	return true;
}

/* True when only punctuation other than a comma follows the closing mark at q in the sentence
 * ending at b. */
static bool ends_sentence(const struct engine *e, size_t q, size_t b)
{
	size_t j = q + 1;

	while (j < b && e->t[j].kind == TOK_PUNCT && !tok_punct(e, j, ','))
		j++;
	return j >= b;
}

/* "The streets were deserted, he added, “but people need to connect”": a speech tag set between
 * commas inside the sentence whose quotation at p goes on with what comes before the tag (the
 * quotation opens in lower case, or a clause with a verb comes before); the content then begins
 * with the sentence, the tag inside it. Not after an opening phrase or clause ("On the subject of
 * Israel, Trump added, “...”", "Soon after he was booed, he wrote, “...”"); what comes before
 * is at most 60 tokens, so the scan stays bounded. */
static void joined_before(const struct engine *e, struct frame *f, size_t p)
{
	size_t sa = f->sa, comma, a, k;
	bool verb = false;

	/* "When the regulation goes into effect, Dr. Clark added, ''it will ...''": a source read
	 * back over an opening clause's comma begins after it, as claims_emit reads it */
	for (k = f->sa; k + 1 < f->sb && k < f->sa + 60; k++)
		if (tok_punct(e, k, ',') && !(e->t[k].flags & TOKF_INQ)) {
			if ((claims_opening(e, f->a, k) != SIZE_MAX ||
			     (p + 1 < f->b && e->t[p + 1].kind == TOK_WORD &&
			      !(e->t[p + 1].flags & (TOKF_CAP | TOKF_DIGIT)))) &&
			    claims_main_clause(e, k + 1, f->c + 1))
				sa = k + 1;
			break;
		}
	comma = sa - 1;
	if (e->t[p].kind != TOK_QOPEN || sa <= f->a + 1 || sa > f->a + 60 ||
	    !tok_punct(e, comma, ',') || p + 1 >= f->b || e->t[p + 1].kind != TOK_WORD)
		return;
	/* a quotation that opens in lower case after a tag between commas goes on with whatever
	 * opens the sentence but a connective alone ("While consumer confidence is high, he said,
	 * ''this has done nothing ...''", "That, the commission said, “would be helpful”"; not
	 * "But, he said, ''democracy is ...''") */
	bool lower = !(e->t[p + 1].flags & (TOKF_CAP | TOKF_DIGIT)) && tok_punct(e, p - 1, ',') &&
		     claims_skip_connective(e, f->a, sa + 1) < comma;
	a = claims_skip_connective(e, f->a, comma);
	if (a < e->frame_end || (a + 1 >= comma && !(lower && a < comma)) ||
	    ((e->t[a].word & (WORD_SUBORD | WORD_PREP)) && !lower) || e->t[a].kind != TOK_WORD)
		return;
	for (k = a; k < comma; k++) {
		if (e->t[k].flags & (TOKF_INQ | TOKF_USED) || e->t[k].kind == TOK_QOPEN ||
		    ((e->t[k].word & WORD_SUBORD) && !(lower && k == a)) ||
		    (e->t[k].cue & CUE_VERB && claims_cue_verb(e, k)))
			return;
		if (e->t[k].word & WORD_VERB)
			verb = true;
	}
	if (!verb && ((e->t[p + 1].flags & TOKF_CAP) || tok_is(e, p + 1, "i")))
		return;
	/* "Y, Kall said: “I feel ...”": a colon sets the quotation apart from the clause before
	 * the tag; that clause is a paraphrase of its own, not the quotation's first words */
	if (tok_punct(e, p - 1, ':'))
		return;
	f->sa = sa; /* "the lawyers", not "These and other sources of authority, the lawyers" */
	f->cs = e->t[a].start;
}

/* True when token i can be a word of the noun phrase that names a document before its head
 * ("A CNN/ORC", "The RealClearPolitics rolling average of", "State Department"): a determiner, a
 * name, a number, a possessive or a word of no class, a capitalised word inside the sentence, a
 * slash, hyphen, full stop or apostrophe. */
static bool doc_np_word(const struct engine *e, size_t i)
{
	const struct tok *t = &e->t[i];

	if (t->kind != TOK_WORD)
		return tok_punct(e, i, '/') || tok_punct(e, i, '-') || tok_punct(e, i, '.') ||
		       tok_punct(e, i, '\'');
	if (t->flags & TOKF_INQ)
		return false;
	return (t->word & WORD_DET) || !(t->word & ~(unsigned)WORD_TIME) || tok_is(e, i, "of") ||
	       ((t->flags & TOKF_CAP) && i > 0 && e->t[i - 1].sent == t->sent &&
		!(t->word & (WORD_VERB | WORD_PREP | WORD_SUBORD | WORD_CONJ | WORD_REL |
			     WORD_PRON | WORD_INTRO)));
}

/* True when the cue of frame f reports what a document shows or found ("shows", "found"), not
 * what it says. */
static bool doc_finding(const struct engine *e, const struct frame *f)
{
	return (f->cue & CUE_DOC) || tok_among(e, f->c, "found finds");
}

/* The source of "shows" and "showed" when the subject before the cue is longer than a noun
 * phrase: a document or data that opens the clause, whatever follows it up to the cue ("A CNN/ORC
 * poll of South Carolina released on Tuesday showed", "Surveys of caucus-goers taken as they
 * entered caucus sites showed"). The clause opens the sentence (after an introductory phrase)
 * or follows "that" or a comma; at most 30 tokens before the cue, with no finite verb or cue
 * between. False when there is none. */
static bool doc_subject(const struct engine *e, struct frame *f)
{
	size_t lo = f->qa > f->a + 30 ? f->qa - 30 : f->a, head = SIZE_MAX, s, k, j;

	for (k = f->qa; k > lo; k--) {
		const struct tok *t = &e->t[k - 1];
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || (t->flags & TOKF_INQ) ||
		    tok_punct(e, k - 1, ';') || tok_punct(e, k - 1, ':') ||
		    (t->word & (WORD_VERB | WORD_REL)) ||
		    ((t->cue & CUE_VERB) && !word_ends(e, k - 1, "ed") && !(t->word & WORD_DOC) &&
		     claims_cue_verb(e, k - 1)))
			break;
		if (t->kind == TOK_WORD && (t->word & WORD_DOC) && !(t->word & WORD_PREP))
			head = k - 1;
	}
	if (head == SIZE_MAX)
		return false;
	for (s = head; s > f->a && s + 12 > head && doc_np_word(e, s - 1); s--)
		;
	if (!(s == claims_trim_intro(e, f->a, head + 1) ||
	      (s > f->a &&
	       (tok_punct(e, s - 1, ',') || tok_dash(e, s - 1) || tok_is(e, s - 1, "that")))))
		return false;
	/* the noun phrase without what follows a participle or a comma ("released on Tuesday") */
	for (k = head + 1;
	     k < f->qa && doc_np_word(e, k) && !(e->t[k].word & WORD_TIME) &&
	     !(e->t[k].kind == TOK_WORD && !(e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	       !(e->t[k].word & WORD_DET) && !tok_is(e, k, "of") &&
	       (word_ends(e, k, "ed") || word_ends(e, k, "ing") || tok_among(e, k, "out taken") ||
		!(tok_is(e, k - 1, "of") || (e->t[k - 1].flags & TOKF_CAP))));
	     k++)
		;
	while (k > head + 1 && (tok_is(e, k - 1, "of") || e->t[k - 1].kind != TOK_WORD))
		k--;
	/* "A poll from the state university released Wednesday found", "Research conducted for
	 * the center showed": the document's whole phrase up to its cue, when no comma or
	 * quotation is in it and no relative pronoun ends it, is the subject of "shows" (PolNeAR
	 * train marks the participle's words as the source's) */
	for (j = head + 1; doc_finding(e, f) && j < f->qa && e->t[j].kind == TOK_WORD &&
			   !(e->t[j].flags & TOKF_INQ);
	     j++)
		;
	if (doc_finding(e, f) && j == f->qa && !tok_among(e, f->qa - 1, "that which"))
		k = f->qa;
	f->sa = s;
	f->sb = k;
	return true;
}

/* True when token k is the head noun of a document ("poll", "records"): a word of the document
 * class that is no preposition and no quotation's. */
static bool doc_head(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	return t->kind == TOK_WORD && (t->word & WORD_DOC) && !(t->word & WORD_PREP) &&
	       !(t->flags & TOKF_INQ);
}

/* The head of a document's noun phrase that ends right before token k (from lo on), or before a
 * short phrase of time or place after it ("her medical records in July", "emails that night");
 * SIZE_MAX when there is none. */
static size_t doc_head_before(const struct engine *e, size_t lo, size_t k)
{
	if (k <= lo)
		return SIZE_MAX;
	if (doc_head(e, k - 1))
		return k - 1;
	for (size_t i = k - 1; i > lo && i + 4 > k; i--) {
		const struct tok *t = &e->t[i];
		if (t->kind != TOK_WORD || (t->flags & TOKF_INQ) ||
		    (t->word & ~(unsigned)(WORD_DET | WORD_PREP | WORD_TIME | WORD_INTRO)) ||
		    (!(t->word & (WORD_DET | WORD_PREP | WORD_TIME)) && !(t->flags & TOKF_CAP)))
			return SIZE_MAX;
		if ((t->word & (WORD_PREP | WORD_DET | WORD_TIME)) && !(t->word & WORD_REL) &&
		    doc_head(e, i - 1))
			return i - 1;
	}
	return SIZE_MAX;
}

/* The source of "shows" that names no document before the cue, when one comes before it in
 * another way: the noun a relative pronoun refers to ("her medical records in July, which
 * showed", "entrance poll results that show"), the noun a participle follows ("released emails
 * showing that ..."), or a document that opens the clause and has a relative clause of its own
 * ("The little polling that was done in the state showed"). Sets the source to the document's
 * noun phrase (what opens it, up to its head, with its relative clause); false when there is
 * none. */
static bool doc_antecedent(const struct engine *e, struct frame *f)
{
	size_t head = SIZE_MAX, s, k;
	bool whole = false;

	if (f->sa + 1 == f->sb && f->sb == f->qa && tok_among(e, f->sa, "which that")) {
		k = f->sa;
		if (k > f->a && tok_punct(e, k - 1, ',') && tok_is(e, f->sa, "which"))
			k--;
		head = doc_head_before(e, f->a, k);
	} else if (f->qa == f->c && tok_is(e, f->c, "showing")) {
		head = doc_head_before(e, f->a, f->c);
	} else {
		s = claims_trim_intro(e, f->a, f->qa);
		for (k = s; k < f->qa && k < s + 8 && doc_np_word(e, k) && !doc_head(e, k); k++)
			;
		if (k + 2 < f->qa && doc_head(e, k) && tok_among(e, k + 1, "that which")) {
			head = k;
			whole = true;
			for (k += 2; k < f->qa && head != SIZE_MAX; k++)
				if (k > head + 25 || e->t[k].kind != TOK_WORD ||
				    (e->t[k].flags & TOKF_INQ) ||
				    ((e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k)))
					head = SIZE_MAX;
		}
	}
	if (head == SIZE_MAX)
		return false;
	/* back over the words of its noun phrase: not over a verb before it ("released emails
	 * showing"), nor an "of" but a collection's ("a batch of emails") */
	for (s = head;
	     s > f->a && s + 12 > head &&
	     (doc_np_word(e, s - 1) || tok_among(e, s - 1, "her his its my our their your")) &&
	     !(e->t[s - 1].kind == TOK_WORD && !(e->t[s - 1].flags & TOKF_CAP) &&
	       (word_ends(e, s - 1, "ed") || (e->t[s - 1].cue & CUE_VERB))) &&
	     !(tok_is(e, s - 1, "of") && !(s >= f->a + 2 && claims_doc_collection(e, s - 2)));
	     s--)
		;
	f->sa = s;
	f->sb = head + 1;
	/* "The little polling that was done in the state showed": its relative clause too */
	if (whole)
		f->sb = f->qa;
	return true;
}

/* When the quotation at p goes on with the words between the cue and it, in lower case and
 * after no "that", comma or colon ("pledged to rid the world of “this barbarous organization”",
 * "described the move as a “major breach of trust”", "pledges to ''make sure ...''"), the content
 * is those words and the quotation, paraphrase that quotes: the token where it begins (after a
 * time); else SIZE_MAX. Not after an addressee ("told reporters “...”"). */
static size_t quote_goes_on_clause(const struct engine *e, const struct frame *f, size_t p)
{
	size_t s = f->qb;
	bool as = false;

	/* "pledged Saturday to rid ...": the time is the telling's */
	while (s < p && (e->t[s].word & WORD_TIME) && !(e->t[s].word & WORD_DET))
		s++;
	if (e->t[p].kind != TOK_QOPEN || p <= s || p > s + 12 || p + 1 >= f->b ||
	    e->t[p + 1].kind != TOK_WORD || (e->t[p + 1].flags & (TOKF_CAP | TOKF_DIGIT)) ||
	    tok_is(e, p + 1, "i"))
		return SIZE_MAX;
	for (size_t k = s; k < p; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ) || tok_is(e, k, "that"))
			return SIZE_MAX;
		as = as || tok_is(e, k, "as");
	}
	/* "described the move as a “...”", not "told reporters “...”" */
	return (f->cue & CUE_OBJ) && !as ? SIZE_MAX : s;
}

/* "He said: ¶ “In all the administrations I've served in, ...”", "Tenney went on to say: ¶
 * “...”": the quotations after a colon that ends the paragraph (claims_colon_quotes) are the
 * content, direct. claims_try_colon_tag() takes most such tags first; this one, reached after the
 * forward frame found its source, takes those whose source only that frame finds. False when the
 * frame is not that. */
static bool quote_paras_after(struct engine *e, struct frame *f)
{
	struct span in;

	if (!claims_colon_quotes(e, f->qb, f->b, 12, &in))
		return false;
	f->kind = CLAIM_DIRECT;
	f->cs = in.start;
	f->ce = in.end;
	claims_emit(e, f);
	return true;
}

/* Nouns whose "that" opens what they hold, not a relative clause ("the fact that he has
 * declined to participate in ..."). */
static bool that_noun(const struct engine *e, size_t k)
{
	return tok_among(
		e, k,
		"fact notion idea evidence claim claims belief news report reports sense view "
		"argument suggestion assertion impression possibility prospect theory fear "
		"fears concern concerns assumption assurance assurances promise warning");
}

/* "the divides he promised to bridge have grown": the phrase's own verb, an auxiliary or a modal
 * in lower case at k right after the infinitive's verb: k, or SIZE_MAX. */
static size_t contact_verb(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD && !(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) &&
			       ((e->t[k].word & WORD_VERB) || tok_modal(e, k))
		       ? k
		       : SIZE_MAX;
}

/* "the competence and hard work she promised to bring": "and" at j joins two words of the phrase
 * before the source at k, neither a verb ("The team lost and he wants to quit"): a word before it
 * that is no function word and ends in neither "ed" nor "s" (one in "s" when the phrase's own
 * verb follows the infinitive, verb: "the costs and risks he hopes to avoid are"), and no source
 * right after it. */
static bool contact_and(const struct engine *e, size_t j, size_t k, bool verb)
{
	const struct tok *w = &e->t[j - 1];

	return tok_is(e, j, "and") && j + 1 < k && j > 0 && w->kind == TOK_WORD && !w->word &&
	       !w->cue && !(w->flags & (TOKF_CAP | TOKF_INQ)) && !word_ends(e, j - 1, "ed") &&
	       (verb || !word_ends(e, j - 1, "s")) && !tok_in(e, j - 1, TOKL_PAST);
}

/* "the policy points he hopes to see on the platform", "any proposals she would not want to
 * defend in a general election": an infinitive cue whose verb has no object of its own (a
 * preposition, a gerund, punctuation, the sentence's end or the phrase's own verb follows it:
 * "the divides he promised to bridge have grown"), after a noun phrase and the subject, says
 * what is hoped of that phrase: the token where the phrase begins (its determiner or "what"), or
 * SIZE_MAX. Not after a cue ("told the crowd he wants to win."). PolNeAR train has 8 of 10 such
 * contents begin at the phrase. */
static size_t contact_head(const struct engine *e, const struct frame *f)
{
	size_t q = f->qb, k = f->sa, h;

	if (!(f->cue & CUE_INF) || q + 1 >= f->b || !tok_is(e, q, "to") ||
	    e->t[q + 1].kind != TOK_WORD || e->t[q + 1].word ||
	    (e->t[q + 1].flags & (TOKF_CAP | TOKF_DIGIT)))
		return SIZE_MAX;
	if (q + 2 < f->b && e->t[q + 2].kind != TOK_PUNCT && !(e->t[q + 2].word & WORD_PREP) &&
	    !word_ends(e, q + 2, "ing") && contact_verb(e, q + 2) == SIZE_MAX)
		return SIZE_MAX;
	if (k > f->a && tok_among(e, k - 1, "that which")) {
		k--; /* "a confidentiality agreement that he doesn't want to risk breaching" */
		if (k > f->a && that_noun(e, k - 1))
			return SIZE_MAX;
	} else if (!(e->t[k].word & WORD_PRON) && !(e->t[k].flags & TOKF_CAP))
		return SIZE_MAX;
	if (e->t[f->sa].word & WORD_REL)
		return SIZE_MAX; /* "a rare candidate who hopes to compete in Iowa" */
	if (k == f->a || e->t[k - 1].kind != TOK_WORD || (e->t[k - 1].word & WORD_TIME))
		return SIZE_MAX;
	for (h = k; h > f->a && h + 7 > k; h--) {
		const struct tok *t = &e->t[h - 1];
		if (h < k && (t->word & WORD_DET || tok_is(e, h - 1, "what")))
			return h - 1 > f->a && e->t[h - 2].cue ? SIZE_MAX : h - 1;
		if (t->kind != TOK_WORD || (t->word & (WORD_VERB | WORD_PRON | WORD_PREP |
						       WORD_CONJ | WORD_SUBORD | WORD_REL)))
			if (!contact_and(e, h - 1, k,
					 q + 2 < f->b && contact_verb(e, q + 2) != SIZE_MAX))
				break;
	}
	return SIZE_MAX;
}

/* "in a finish that he said defied expectations", "moves that he said improved the economy":
 * "that" after a noun opens a relative clause when the cue's verb has no subject of its own (a
 * finite verb follows the cue at once); true then, and the content begins at "that" as at
 * "which". */
static bool that_gap(const struct engine *e, const struct frame *f)
{
	size_t q = f->qb;

	return f->sa >= f->a + 2 && tok_is(e, f->sa - 1, "that") &&
	       e->t[f->sa - 2].kind == TOK_WORD && !e->t[f->sa - 2].cue &&
	       !(e->t[f->sa - 2].word &
		 (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_PRON | WORD_ADV)) &&
	       q + 1 < f->b && e->t[q].kind == TOK_WORD && !(e->t[q].flags & TOKF_CAP) &&
	       ((e->t[q].word & WORD_VERB) || (word_ends(e, q, "ed") && !e->t[q].cue));
}

/* True when the frame's cue heads a relative clause with no "that" whose gap is the subject of a
 * finite or modal verb right after the cue ("write-offs the company said were non-recurring", "a
 * probe the agency said was ongoing"): a lowercase noun (a document's or a body's, or of no
 * list), a source of a few words that opens with an article or a capital, and "was", "could" or
 * "has" after the cue, which cannot open a clause of its own there. Not a cleft ("the first thing
 * he said was that ..."); not a noun phrase that opens the sentence ("The report the agency said
 * had errors was withdrawn": its clause would run on into the sentence's verb); not a past verb
 * before the source ("said the AP report is misleading"), nor a cue that may be a noun ("the
 * night the final conference report was filed"). */
static bool noun_gap(const struct engine *e, const struct frame *f)
{
	size_t q = f->qb, h = f->sa - 1;

	if (!(f->cue & CUE_VERB) || (f->cue & (CUE_INFONLY | CUE_NP | CUE_PREPONLY | CUE_QUOTEONLY |
					       CUE_DOC | CUE_OBJ | CUE_TAGONLY)))
		return false;
	if (f->sa < f->a + 2 + tok_among(e, f->sa - 2, "a an the") || f->sb <= f->sa ||
	    f->sb > f->sa + 4 || q + 1 >= f->b || e->t[h].kind != TOK_WORD ||
	    word_ends(e, h, "ly") || word_ends(e, h, "ed") || tok_in(e, h, TOKL_PAST) ||
	    (e->t[f->c].cue & CUE_NOUN) || (e->t[f->c].word & WORD_DOC) ||
	    (e->t[h].word & ~(unsigned)(WORD_DOC | WORD_ROLE | WORD_COMPANY)) ||
	    (e->t[h].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) ||
	    !((e->t[f->sa].flags & TOKF_CAP) || tok_among(e, f->sa, "the a an")))
		return false;
	for (size_t k = f->sa; k < f->sb; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
			return false;
	return e->t[q].kind == TOK_WORD && !(e->t[q].flags & (TOKF_CAP | TOKF_INQ)) &&
	       tok_in(e, q, TOKL_MODAL | TOKL_FINITE) && e->t[q + 1].kind == TOK_WORD &&
	       !tok_is(e, q + 1, "that");
}

/* True when the comma at k closes a relative clause whose source and cue stand inside it: "and"
 * or "but" and a question word open a second clause of its own ("what he says the plan would
 * do, and what it would do", "which equations described the system, but how to use them"), and
 * with `free` (a free relative "what X calls Y", a noun phrase of its sentence) a participle of
 * saying or a past verb and its object go on with the sentence ("what he called a failure,
 * saying ...", "unable to ask what she wanted to call the talk, wrote her own title"); not a
 * past word between adjectives ("what he called a rigged, failed system"). */
static bool relative_comma_ends(const struct engine *e, size_t k, size_t lim, bool free)
{
	const struct tok *n;

	if (!tok_punct(e, k, ',') || k + 2 >= lim || e->t[k + 1].kind != TOK_WORD)
		return false;
	n = &e->t[k + 1];
	if (n->flags & (TOKF_CAP | TOKF_INQ))
		return false;
	if (tok_among(e, k + 1, "and but"))
		return tok_among(e, k + 2, "what how why whether where who");
	if (!free)
		return false;
	if (n->cue & CUE_ING)
		return true;
	return (word_ends(e, k + 1, "ed") || tok_in(e, k + 1, TOKL_PAST)) &&
	       e->t[k + 2].kind == TOK_WORD && (e->t[k + 2].word & (WORD_DET | WORD_PRON)) &&
	       !(e->t[k + 2].flags & TOKF_CAP);
}

/* The end of a relative clause whose words after its cue begin at q, before lim: the first comma
 * outside a quotation that relative_comma_ends() reads without `free`; lim when none. */
static size_t relative_clause_end(const struct engine *e, size_t q, size_t lim)
{
	for (size_t k = q; k < lim; k++) {
		if (e->t[k].kind == TOK_QOPEN && e->t[k].pair != SIZE_MAX && e->t[k].pair < lim)
			k = e->t[k].pair;
		else if (relative_comma_ends(e, k, lim, false))
			return k;
	}
	return lim;
}

/* True when only words stand between the source of f and its cue ("which he has said", "what
 * Apple is calling"): a relative clause's own subject and verb. Not a participle's source found
 * back across a comma ("what she called a failure, saying the plan was dead": "she" is the
 * subject of "called"; "saying" reads its own clause). */
static bool source_meets_cue(const struct engine *e, const struct frame *f)
{
	for (size_t k = f->sb; k < f->qa; k++)
		if (e->t[k].kind != TOK_WORD)
			return false;
	return true;
}

/* True when the word at j (before lim), after the "and" that follows a free relative's quoted
 * name, is a verb because a reflexive pronoun is its object ("what he calls the \u201ccartel\u201d
 * and cast himself as an outsider"): a lowercase word that is no determiner, pronoun,
 * preposition or adverb, then "himself", "herself", "themselves" or "itself"; the sentence's
 * next verb phrase, not more of the name. */
static bool verb_of_reflexive(const struct engine *e, size_t j, size_t lim)
{
	return j + 1 < lim && e->t[j + 1].kind == TOK_WORD && !(e->t[j].flags & TOKF_INQ) &&
	       !(e->t[j].word & (WORD_DET | WORD_PRON | WORD_PREP | WORD_ADV | WORD_CONJ)) &&
	       tok_among(e, j + 1, "himself herself themselves itself");
}

/* The end of a free relative "what X calls Y" whose words after the cue begin at q, before lim:
 * the relative is a noun phrase of its sentence, so it ends at a bracket it did not open, or a
 * dash or colon before a verb, a pronoun or a participle ("what economists call spending) and
 * away from ...", "what scientists think is necessary: ending ...", "approach - working with"),
 * or after a quotation that a verb follows ("what former employees have called a \u201cfraudulent
 * scheme\u201d took an even uglier turn") or a comma ("after what she called a \u201crant,\u201d
 * a series of posts": the phrase after it is the writer's), or at a comma relative_comma_ends()
 * reads; lim when none. */
static size_t free_relative_end(const struct engine *e, size_t q, size_t lim)
{
	bool open = false;

	for (size_t k = q; k < lim; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind == TOK_QOPEN && t->pair != SIZE_MAX && t->pair < lim) {
			size_t j = t->pair + 1;
			if (j + 1 < lim && tok_is(e, j, "and"))
				j++; /* "the \u201cWashington cartel\u201d and blamed ..." */
			if (j < lim && e->t[j].kind == TOK_WORD && !(e->t[j].flags & TOKF_CAP) &&
			    ((e->t[j].word & WORD_VERB) || claims_past_word(e, j) ||
			     verb_of_reflexive(e, j, lim)))
				return t->pair + 1;
			if ((j < lim && tok_punct(e, j, ',')) || tok_punct(e, t->pair - 1, ','))
				return t->pair + 1;
			k = t->pair;
		} else if (tok_punct(e, k, '(')) {
			open = true;
		} else if ((tok_punct(e, k, ')') && !open) ||
			   relative_comma_ends(e, k, lim, true)) {
			return k;
		} else if ((tok_punct(e, k, ':') || tok_dash(e, k)) &&
			   (k + 1 >= lim ||
			    (e->t[k + 1].kind != TOK_WORD && e->t[k + 1].kind != TOK_QOPEN) ||
			    (e->t[k + 1].word & (WORD_VERB | WORD_AUX | WORD_PRON)) ||
			    word_ends(e, k + 1, "ing") || word_ends(e, k + 1, "ed"))) {
			return k; /* not "what they want most \u2014 a change in direction" nor
				     "what his parents told him: \u201cIn order to ...\u201d", the
				     thing itself after the mark */
		}
	}
	return lim;
}

/* The end of content [cs, ce) before a bracket it closes without opening ("(presumably Silego
 * didn't want to waste die area on charge pumps) but has ..."): the source and cue stand inside
 * the bracket, so their words do too; ce when there is none. A letter or a digit right before
 * ")" marks an item of a list ("A) ..."), no bracket. */
static size_t bracket_end(const struct engine *e, size_t cs, size_t ce)
{
	size_t depth = 0;

	for (size_t k = claims_tok_at(e, cs); k < e->nt && e->t[k].start < ce; k++) {
		if (tok_punct(e, k, '('))
			depth++;
		else if (tok_punct(e, k, ')') && k > 0 &&
			 e->t[k - 1].end - e->t[k - 1].start == 1 &&
			 e->t[k - 1].end == e->t[k].start)
			continue; /* "either A) patch your kernel or B) ...": a list's mark */
		else if (tok_punct(e, k, ')') && depth-- == 0)
			return k > 0 && e->t[k - 1].end > cs ? e->t[k - 1].end : ce;
	}
	return ce;
}

/* Where the content begins after a comma right after the cue at the sentence's start, when no
 * subject follows it at once: "He added, that there's ..." ("that" opens the clause, not "that
 * is,"), "She said, if elected, she would ..." (an opening clause a subordinator begins, then
 * the main clause after its comma: both are what was said, unless the opening tells when it
 * was said); SIZE_MAX otherwise. */
static size_t clause_after_comma(const struct engine *e, const struct frame *f)
{
	size_t k = f->qb + 1;

	if (k + 2 >= f->b || !tok_punct(e, f->qb, ',') ||
	    (f->cue & (CUE_NP | CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY | CUE_INFONLY)) ||
	    claims_trim_intro(e, f->a, f->sa) != f->sa || (e->t[k].flags & TOKF_INQ))
		return SIZE_MAX;
	if (tok_is(e, k, "that") && e->t[k + 1].kind == TOK_WORD &&
	    !tok_among(e, k + 1, "is was said"))
		return k;
	/* not "said, when asked, she ...", "said, while walking out, ...": when it was said */
	if ((tok_adverbial_subordinator(e, k, false) || tok_is(e, k, "if")) &&
	    !tok_among(e, k, "after before since until") && e->t[k + 1].kind == TOK_WORD &&
	    !e->t[k + 1].cue && !word_ends(e, k + 1, "ing") &&
	    claims_main_after(e, k + 1, f->b) != SIZE_MAX)
		return k;
	return SIZE_MAX;
}

/* True when the words at k (before b) after the cue of a free relative are an infinitive whose
 * object is the relative's gap ("can't do what he promises to do", "what she hopes to achieve
 * in office"): "to", a verb, then punctuation, a preposition or the end, no clause to report. */
static bool infinitive_gap_after(const struct engine *e, size_t k, size_t b)
{
	return k + 1 < b && tok_is(e, k, "to") && e->t[k + 1].kind == TOK_WORD &&
	       !(e->t[k + 1].flags & TOKF_CAP) &&
	       (k + 2 >= b || e->t[k + 2].kind != TOK_WORD ||
		(e->t[k + 2].word & (WORD_PREP | WORD_CONJ | WORD_TIME)));
}

/* "A new poll showing the mayor's standing down to 14 percent was released on Monday", "With
 * polls showing the senator ahead in Ohio, a story says ...": a document's "showing" is part of
 * the subject of the clause it opens, or of a phrase after a preposition that opens the sentence
 * (or follows "and" or a comma); what the document shows ends before that clause's own verb (its
 * last finite verb, the second when what is shown is a "that" clause), or at the comma before
 * the main clause. */
static void showing_end(const struct engine *e, struct frame *f, size_t p)
{
	size_t k, last = SIZE_MAX, verbs = 0;

	if (!tok_is(e, f->c, "showing") || f->qa != f->c || f->sa >= f->sb || f->sb != f->qa ||
	    f->cs >= f->ce)
		return;
	if (f->sa > f->a && (e->t[f->sa - 1].word & WORD_PREP) &&
	    (f->sa - 1 == f->a || tok_is(e, f->sa - 2, "and") || tok_punct(e, f->sa - 2, ','))) {
		size_t lim = claims_tok_at(e, f->ce);
		if ((k = claims_main_after(e, p, lim < f->b ? lim + 1 : f->b)) != SIZE_MAX &&
		    e->t[k].start < f->ce && k > p)
			f->ce = e->t[k - 1].end;
		return;
	}
	if (f->sa != claims_trim_intro(e, f->a, f->sa))
		return;
	for (k = p + 1; k < f->b && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind == TOK_QOPEN || (e->t[k].flags & TOKF_INQ))
			return;
		if ((e->t[k].word & WORD_VERB) && !word_ends(e, k, "ing") &&
		    !(e->t[k - 1].word & WORD_REL) && !tok_is(e, k - 1, "that")) {
			verbs++;
			last = k;
		}
	}
	if (last == SIZE_MAX || (tok_is(e, p, "that") && verbs < 2))
		return;
	while (last > p + 1 && (e->t[last - 1].word & WORD_ADV))
		last--;
	if (last > p + 1 && e->t[last - 1].kind == TOK_WORD)
		f->ce = e->t[last - 1].end;
}

size_t claims_that_before_tag(const struct engine *e, size_t k, size_t b)
{
	size_t c;

	if (k + 4 >= b || !tok_is(e, k, "that") || (e->t[k].flags & TOKF_INQ) ||
	    !tok_adverbial_subordinator(e, k + 1, false) || !tok_punct(e, k + 2, ','))
		return SIZE_MAX;
	c = claims_clause_cue(e, k + 3, b);
	return c != SIZE_MAX && c < k + 7 && c + 1 < b && tok_punct(e, c + 1, ',') ? c : SIZE_MAX;
}

/* The forward frame: X said (that) ... / X told Y that ... / X said: "..." */
void claims_try_forward(struct engine *e, struct frame *f)
{
	size_t p;

	/* "had said that because, she said, ...": "that" is what was said, no content after */
	if (claims_that_before_tag(e, f->qb, f->b) != SIZE_MAX)
		return;

	/* "He thought of his speeches as “little talks”", "we think of them as friends": to
	 * think of something as a thing is to regard it, no thought set out */
	if ((f->cue & CUE_BELIEF) && f->qb < f->b && tok_is(e, f->qb, "of"))
		return;
	if (!claims_forward_source(e, f) && !((f->cue & CUE_DOC) && doc_subject(e, f)))
		return;
	/* "A poll of South Carolina released on Tuesday showed": the document, not "Tuesday" */
	if ((f->cue & CUE_DOC) && !claims_doc_source(e, f) && !doc_subject(e, f) &&
	    !doc_antecedent(e, f))
		return;
	/* "A news report published Wednesday said": the report, not "Wednesday" */
	if (!(f->cue & (CUE_DOC | CUE_ING)) && f->sa < f->sb && (e->t[f->sa].word & WORD_TIME) &&
	    !(e->t[f->sa].word & WORD_DET) && f->sb <= f->sa + 3 && f->sa > f->a)
		doc_subject(e, f);
	if (claims_doc_source(e, f))
		f->cue &= ~(unsigned)CUE_NEEDTHAT; /* "Poll finds Clinton would beat Trump" */
	/* "what the panel determined as the limit", "which the court recognized": a cue that takes
	 * only "that" has its object already, no claim */
	if ((f->cue & CUE_THATONLY) && f->sa > f->a && tok_among(e, f->sa - 1, "which what"))
		return;
	/* "watch what he said this week", "look at what they said on Monday": what was said is
	 * the free relative's gap, and a time or a place after the cue says nothing more (not
	 * "what he said were failures", "what it calls sensible laws", "what critics describe as
	 * ...") */
	if (f->sa > f->a && tok_is(e, f->sa - 1, "what") && f->qb < f->b &&
	    e->t[f->qb].kind == TOK_WORD && !(e->t[f->qb].flags & TOKF_INQ) &&
	    ((e->t[f->qb].word & WORD_TIME) ||
	     ((e->t[f->qb].word & WORD_PREP) && !tok_among(e, f->qb, "as to")) ||
	     infinitive_gap_after(e, f->qb, f->b)))
		return;
	/* ", which he said the Mexican government should pay for", "what it calls sensible
	 * laws": the relative clause is the content, its source and cue inside it (not after a
	 * preposition: "an interview in which he says he will ..." says what follows the cue) */
	if (f->sa > f->a &&
	    (tok_is(e, f->sa - 1, "which") || tok_is(e, f->sa - 1, "what") || that_gap(e, f) ||
	     claims_bare_relative(e, f) || noun_gap(e, f)) &&
	    f->qb < f->b && e->t[f->qb].kind == TOK_WORD && !(e->t[f->sa].word & WORD_REL) &&
	    source_meets_cue(e, f) &&
	    !(tok_is(e, f->sa - 1, "which") && f->sa >= f->a + 2 &&
	      (e->t[f->sa - 2].word & WORD_PREP))) {
		size_t lim = claims_clause_limit(e, f->qb, f->b, true), h = f->sa - 1;
		if (tok_is(e, f->sa - 1, "what"))
			lim = free_relative_end(e, f->qb, lim);
		lim = relative_clause_end(e, f->qb, lim);
		/* "-- a decision they say allowed ...", "hire the employees they thought were
		 * ...": the noun's article begins the phrase with it */
		if (h > f->a && tok_among(e, h - 1, "a an the") &&
		    !(e->t[h - 1].flags & TOKF_INQ) &&
		    (claims_bare_relative(e, f) || noun_gap(e, f)))
			h--;
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[h].start;
		f->ce = claims_content_end(e, f->qb, lim);
		claims_emit(e, f);
		return;
	}
	/* "what Newt Gingrich called “the loudest ... election”": from "what" to the quotation's
	 * end */
	if (f->sa > f->a && (tok_is(e, f->sa - 1, "which") || tok_is(e, f->sa - 1, "what")) &&
	    f->qb < f->b && e->t[f->qb].kind == TOK_QOPEN && !(e->t[f->sa].word & WORD_REL)) {
		f->kind = CLAIM_DIRECT;
		f->cs = e->t[f->sa - 1].start;
		f->ce = e->t[e->t[f->qb].pair].start;
		claims_emit(e, f);
		return;
	}
	if ((p = contact_head(e, f)) != SIZE_MAX) {
		f->kind = CLAIM_INDIRECT;
		f->cs = e->t[p].start;
		f->ce = f->qb + 2 < f->b && contact_verb(e, f->qb + 2) != SIZE_MAX
				? e->t[f->qb + 1].end /* the phrase's verb is the writer's */
				: claims_content_end(e, f->qb,
						     claims_clause_limit(e, f->qb, f->b, false));
		claims_emit(e, f);
		return;
	}
	p = claims_content_start(e, f->qb, f->b, f->cue);
	/* "She added, Donald Trump is ...", "The Atlantic noted, trust in government is ...": a
	 * clause after a comma when the tag opens the sentence */
	if (p == SIZE_MAX && f->qb + 2 < f->b && tok_punct(e, f->qb, ',') &&
	    !(f->cue & (CUE_NP | CUE_OBJ | CUE_NEEDTHAT | CUE_QUOTEONLY | CUE_INFONLY)) &&
	    claims_trim_intro(e, f->a, f->sa) == f->sa && e->t[f->qb + 1].kind == TOK_WORD &&
	    !e->t[f->qb + 1].cue && !word_ends(e, f->qb + 1, "ing") &&
	    ((e->t[f->qb + 1].flags & TOKF_CAP) ||
	     (e->t[f->qb + 1].word & (WORD_PRON | WORD_DET))) &&
	    !(e->t[f->qb + 1].word & (WORD_ADV | WORD_PREP | WORD_SUBORD | WORD_CONJ | WORD_REL)))
		p = f->qb + 1;
	if (p == SIZE_MAX)
		p = clause_after_comma(e, f);
	if (p == SIZE_MAX) {
		if (!quote_paras_after(e, f))
			claims_try_quote_after(e, f);
		return;
	}
	if (quote_goes_on_clause(e, f, p) != SIZE_MAX)
		p = quote_goes_on_clause(e, f, p);
	if (aside_participle(e, f, p))
		return;
	if ((f->cue & CUE_INF) && p == f->qb + 2 && tok_is(e, f->qb, "to"))
		f->qb = p; /* "refused to admit that ...": the verb of saying is in the cue */
	if (p > f->qb + 1 && tok_among(e, f->qb, "plans plan") && tok_is(e, p, "to"))
		f->qb = p; /* "announced plans Tuesday to ...": the plans and the time in the cue */
	claims_content_at(e, f, p);
	/* "He said: “B. ¶ “C,” he said." ends with B's paragraph (claims_quote_para_split) */
	if (f->kind == CLAIM_DIRECT && ends_sentence(e, e->t[p].pair, f->b) &&
	    claims_quote_para_split(e, p) == SIZE_MAX)
		f->ce = claims_run_on(e, e->t[e->t[p].pair].next, f->ce);
	joined_before(e, f, p);
	showing_end(e, f, p);
	if (f->kind != CLAIM_DIRECT)
		f->ce = bracket_end(e, f->cs, f->ce);
	claims_emit(e, f);
}
