/* claims_junk: frames that read like speech but report none (a thing's name, an aspect verb, a
 * verb with an object and no clause, a heading, another language, a source that is no one); the
 * tests of sources that are no one and of cue words that are no speech are in
 * claims_junk_source.c and claims_junk_words.c. */
#include "claims_int.h"

/* True when the tokens [a, b) are only adverbs that may come between a noun and the participle
 * that names it ("a structure now called", "a planet simply called"). */
static bool naming_adverbs(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_VERB | WORD_AUX)) ||
		    !(tok_among(e, k,
				"now simply also aptly sometimes often officially informally "
				"affectionately fittingly originally commonly popularly "
				"appropriately later once") ||
		      word_ends(e, k, "ly")))
			return false;
	return true;
}

bool claims_verb_particle(const struct engine *e, size_t k)
{
	return tok_among(e, k, "back out off up down away");
}

bool claims_person_noun(const struct engine *e, size_t k)
{
	return word_ends(e, k, "er") || word_ends(e, k, "or") || word_ends(e, k, "ist") ||
	       word_ends(e, k, "ian") ||
	       tok_among(e, k, "analyst student resident agent consultant");
}

/* True when the lowercase noun at k names a kind of thing that is given a name ("the
 * technique called ...", "the condition known as"), never someone who speaks. */
static bool thing_noun(const struct engine *e, size_t k)
{
	return tok_among(e, k,
			 "technique method procedure process condition disease disorder syndrome "
			 "phenomenon practice drug compound chemical molecule protein gene virus "
			 "species tool device program programme system concept theory term word "
			 "phrase feature game book film movie series song album town village city "
			 "region area place street building island river lake mountain planet "
			 "star galaxy shape structure effect style genre movement format");
}

/* True when the content of f opens with a capitalised name (its words joined by "of", "the",
 * "for", "and") that a speech verb follows in the same sentence ("The group called Friends of the
 * Earth said ..."): the name is what the noun before the participle is called, and it is the
 * name that speaks. "The group called Smith a liar" stays a claim. */
static bool name_then_cue(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k = p, last = p;

	if (p >= e->nt || e->t[p].kind != TOK_WORD || !(e->t[p].flags & TOKF_CAP))
		return false;
	/* a number ("Local 12") or an abbreviation's full stop ("Acme Corp.") goes on the name */
	while (k < e->nt && k < p + 8 && e->t[k].sent == e->t[p].sent &&
	       ((e->t[k].kind == TOK_WORD && ((e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) ||
					      tok_among(e, k, "of the for and"))) ||
		(tok_punct(e, k, '.') && k == last + 1 && e->t[k].start == e->t[last].end))) {
		if (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT) || e->t[k].kind != TOK_WORD)
			last = k;
		k++;
	}
	k = last + 1;
	return k < e->nt && e->t[k].sent == e->t[p].sent && e->t[k].kind == TOK_WORD &&
	       !(e->t[k].flags & TOKF_CAP) && (e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k);
}

/* "a planet called Zebes", "fractal structure now called the Lorenz attractor", "a new skin
 * patch called Viaskin allowed ...": a participle that names a thing, its source an indefinite
 * or bare noun phrase whose head is a lowercase noun that is no person, group or pronoun, the
 * participle right after it (an adverb at most), the content a name. "Officials called the
 * move a mistake", "He has called it" and "the senator called" stay claims. */
static bool names_thing(const struct engine *e, const struct frame *f)
{
	size_t h = f->sb - 1, p;

	if (f->sa >= f->sb || f->qb != f->c + 1 || !tok_among(e, f->c, "called named dubbed") ||
	    !naming_adverbs(e, f->sb, f->c))
		return false;
	/* "The group called Friends of the Earth said", "The union called Local 12 said": a
	 * group's or a body's noun before a name that speaks ("The senator called Trump", "The
	 * group called Smith a liar" stay) */
	if (e->t[h].kind == TOK_WORD && !(e->t[h].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	    ((e->t[h].word & WORD_ROLE) ||
	     coref_body_noun(e->text + e->t[h].start, e->t[h].end - e->t[h].start)) &&
	    !(e->t[h].word & (WORD_PERSON | WORD_PRON)) && !word_ends(e, h, "s") &&
	    h == f->sa + 1 && tok_among(e, f->sa, "a an the") && name_then_cue(e, f))
		return true;
	/* the head: a singular lowercase noun ("planet"; not "officials", "critics") */
	if (e->t[h].kind != TOK_WORD || (e->t[h].flags & (TOKF_CAP | TOKF_DIGIT)) ||
	    (e->t[h].word &
	     (WORD_PRON | WORD_REL | WORD_PERSON | WORD_ROLE | WORD_DET | WORD_DOC)) ||
	    e->t[h].cue || word_ends(e, h, "s") || claims_person_noun(e, h))
		return false;
	/* "a ...", "an ...", or no determiner ("rainy planet"): not "this", "his"; "the" only
	 * before a noun for a kind of thing ("the technique called deep brain stimulation") */
	if (e->t[f->sa].kind != TOK_WORD || tok_is(e, f->sa, "one") ||
	    (((e->t[f->sa].word & WORD_DET) ||
	      tok_among(e, f->sa, "his her their its our my your")) &&
	     !tok_among(e, f->sa, "a an") && !(tok_is(e, f->sa, "the") && thing_noun(e, h))))
		return false;
	for (size_t k = f->sa; k < f->sb; k++)
		if (k > f->sa && (e->t[k].flags & TOKF_CAP))
			return false; /* "the group Black Lives Matter called" */
	/* the content a name: capitalised, quoted, a noun phrase, or a few words ("called
	 * anaphylaxis"); after a noun for a kind of thing, any name ("the technique called deep
	 * brain stimulation in many hospitals") */
	if (thing_noun(e, h))
		return true;
	p = claims_tok_at(e, f->cs);
	if (p < e->nt && (e->t[p].kind == TOK_QOPEN || (e->t[p].flags & TOKF_CAP) ||
			  tok_among(e, p, "a an the")))
		return true;
	for (size_t k = p, n = 0; k < e->nt && e->t[k].start < f->ce; k++)
		if (e->t[k].kind == TOK_WORD && ++n > 3)
			return false;
	return true;
}

/* "Musto, the chief of the company now called Kell Ltd, ...": a naming participle after an adverb
 * of naming ("now called", "simply named") right after a lowercase noun that is no person is
 * the name that noun goes by when a name follows; no one speaks ("the senator now called the
 * plan a mistake" and "the agency now called it a loan" stay). */
static bool noun_now_called(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, n = c - 2, p = claims_tok_at(e, f->cs);

	if (c < f->a + 3 || f->qb != c + 1 || !tok_among(e, c, "called named dubbed") ||
	    !tok_among(e, c - 1, "now simply officially formerly later once") ||
	    e->t[n].kind != TOK_WORD || (e->t[n].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) ||
	    (e->t[n].word &
	     (WORD_PRON | WORD_PERSON | WORD_REL | WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ)) ||
	    e->t[n].cue || claims_person_noun(e, n))
		return false;
	return p == c + 1 && (e->t[p].kind == TOK_QOPEN || (e->t[p].flags & TOKF_CAP));
}

/* "The program, called EB-5, allows ...", "The boat, named Hope, sank": a participle that names
 * the noun right before its comma is set off after it, so the noun is what is called so; no one
 * speaks. A source set off by commas of its own stays ("Beruff, a Scott ally, called the plan
 * weak", "Limbaugh, for one, called it lingo"), and so do "called for" and "called on". */
static bool names_set_off(const struct engine *e, const struct frame *f)
{
	if (f->qa != f->c || f->sa >= f->sb || f->sb + 1 != f->c ||
	    !claims_naming_participle(e, f->c))
		return false;
	for (size_t k = f->sa; k < f->sb; k++)
		if (tok_punct(e, k, ','))
			return false;
	return true;
}

/* "The robots continued to launch satellites", "it continued its wait", "a painkiller added to
 * increase the weight", "killed defending the ship": "continued" with an infinitive or an
 * object, "added to", a participle after a participle, are an aspect, an addition or a manner,
 * not speech ("continued to insist" has its cue in "insist"). */
static bool aspect_verb(const struct engine *e, const struct frame *f)
{
	size_t n = f->c + 1, p = claims_tok_at(e, f->cs);

	if (f->qb != n || n + 1 >= f->b)
		return false;
	if (tok_among(e, f->c, "continued continues continuing") && tok_is(e, n, "to") &&
	    (e->t[n + 1].cue & CUE_VERB))
		return true; /* "continued to call them “...”": the claim of "call" */
	/* "continued to say that ...", "continued to call them “illegal”": what is reported, right
	 * after the verb ("continued to launch satellites ..., hopeful that ..." is no report) */
	if (tok_among(e, f->c, "continued continues continuing"))
		return (tok_is(e, n, "to") || tok_among(e, n, "its his her their our my")) &&
		       p < e->nt &&
		       !((e->t[p].kind == TOK_QOPEN || tok_among(e, p, "that which what")) &&
			 p <= f->c + 4);
	/* "most of the crew had been killed defending the ship": a participle that says how, after
	 * another verb's participle, not what was said */
	if ((f->cue & CUE_ING) && f->qa == f->c && f->c > f->a && word_ends(e, f->c - 1, "ed") &&
	    e->t[f->c - 1].kind == TOK_WORD && !(e->t[f->c - 1].flags & TOKF_CAP) &&
	    !e->t[f->c - 1].cue && !e->t[f->c - 1].word)
		return true;
	/* "added to reporters", "added to People": an addressee */
	return tok_among(e, f->c, "added adding") && tok_is(e, n, "to") &&
	       e->t[n + 1].kind == TOK_WORD && !(e->t[n + 1].flags & TOKF_CAP) &&
	       !tok_among(e, n + 1, "me us him her them reporters journalists");
}

/* "Learn More: ...", "Tech Enabled: ...", "Revamped UX: ...": a label before a colon that holds
 * a participle or a word of a heading, not a name ("Sanders:", "NY Daily News:", "TAPPER:"). */
static bool heading_label(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	/* "Star Wars: The Last Jedi is ...": a title and its subtitle, then the sentence */
	if (tok_punct(e, f->c, ':') && p + 2 < e->nt && p == f->c + 1 && tok_is(e, p, "the") &&
	    f->sb == f->c && /* not "Obama on Climate Change: The Trends Are ..." */
	    (e->t[p + 1].flags & TOKF_CAP) && (e->t[p + 2].flags & TOKF_CAP) &&
	    e->t[p + 2].kind == TOK_WORD && !(e->t[p + 2].word & (WORD_PREP | WORD_DET)))
		return true;
	if (!tok_punct(e, f->c, ':') || f->sb <= f->sa + 1)
		return false;
	for (size_t k = f->sa; k < f->sb; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD)
			continue;
		/* "Politically Speaking:", "Technically Literate:": an adverb in "-ically" names
		 * no one */
		if (tok_among(e, k,
			      "more less new latest now next here why how what top best key "
			      "bottom learn find get discover explore try") ||
		    word_ends(e, k, "ically"))
			return true;
		/* "Enabled", "Revamped", not "Ahmed" or "BUSTED" */
		if (t->end - t->start >= 6 && word_ends(e, k, "ed") &&
		    e->text[t->start + 1] >= 'a' && e->text[t->start + 1] <= 'z' &&
		    !word_ends(e, k, "eed") && !word_ends(e, k, "med") && !word_ends(e, k, "hed"))
			return true;
	}
	return false;
}

/* The words by which an editor's note corrects the page (editors_note()). */
static const char correction_words[] =
	"article articles story stories version report column post headline misstated misquoted "
	"misidentified incorrectly erroneously correction";

/* "Editor’s note: Donald Trump regularly incites political violence ... who has repeatedly
 * pledged to ban all Muslims": a paragraph the outlet opens with its editor's note is the page
 * speaking in its own voice, set apart from the report: no claim the article reports. A note
 * that corrects the page ("Editors' Note: An article on Monday reported that ...; Mr. Comey said
 * ...") restates what was reported and stays, and so does "the editor noted that ..." in a
 * sentence of the story. */
static bool editors_note(const struct engine *e, const struct frame *f)
{
	if (e->nt < 3 || e->t[0].kind != TOK_WORD || e->t[0].end - e->t[0].start < 6 ||
	    strncasecmp(e->text + e->t[0].start, "editor", 6) != 0)
		return false;
	/* "Editor’s note:", "Editor's Note —" in the block's first five tokens */
	size_t k = 1;
	while (k < 5 && k + 1 < e->nt && !tok_among(e, k, "note notes"))
		k++;
	if (k == 5 || k + 1 >= e->nt || !(tok_punct(e, k + 1, ':') || tok_dash(e, k + 1)) ||
	    f->c <= k + 1)
		return false;
	/* a correction speaks of the article and what it got wrong, in its first sentence */
	for (size_t j = k + 2; j < e->nt && j < k + 42 && e->t[j].sent == e->t[k].sent; j++)
		if (tok_among(e, j, correction_words))
			return false;
	return true;
}

/* True when the sentence of frame f is not in English: more function words of French, Spanish,
 * Portuguese, Italian or German than of English among its first 80 tokens, at least three
 * ("Aunque el líder ... declare que", "lors d’une scène ... alternant plans larges"); the cues
 * are English words. The English ones are known by their classes, so an English sentence is
 * told after a few words. */
static bool foreign_sentence(const struct engine *e, const struct frame *f)
{
	size_t en = 0, other = 0;

	for (size_t k = f->a; k < f->b && k < f->a + 80; k++) {
		const struct tok *t = &e->t[k];
		if (t->kind != TOK_WORD)
			continue;
		if (t->word &
		    (WORD_DET | WORD_PREP | WORD_CONJ | WORD_PRON | WORD_VERB | WORD_AUX)) {
			if (++en >= other + 3)
				return false; /* English, as nearly always: stop early */
		} else if ((t->flags & TOKF_FOREIGN) && !t->cue) {
			other++;
		}
	}
	return other >= 3 && other > en;
}

/* True when token k may be the verb of a clause: an auxiliary or a finite verb, a cue used as
 * a verb, a past form ("-ed"), a third person ("-s" after a pronoun or a name; after a noun it
 * is more often a plural) or a contraction ("won't"). */
static bool verb_like(const struct engine *e, size_t k)
{
	const struct tok *t = &e->t[k];

	if (t->kind != TOK_WORD || (t->flags & TOKF_CAP))
		return false;
	if ((t->word & (WORD_VERB | WORD_AUX)) || (t->cue & CUE_VERB) || word_ends(e, k, "ed") ||
	    tok_modal(e, k) || tok_among(e, k, "won't can't") || word_ends(e, k, "n't") ||
	    word_ends(e, k, "n\xE2\x80\x99t"))
		return true;
	return word_plural(e, k) && k > 0 && e->t[k - 1].kind == TOK_WORD &&
	       ((e->t[k - 1].word & (WORD_PRON | WORD_REL)) || (e->t[k - 1].flags & TOKF_CAP));
}

/* True when the participle at k describes the noun before it by its purpose ("a provision
 * designed to protect holders", "a rule aimed at lenders"): part of a noun phrase, not a
 * clause's verb. */
static bool purpose_participle(const struct engine *e, size_t k)
{
	return k > 0 && k + 1 < e->nt && tok_among(e, k, "designed intended aimed meant") &&
	       tok_among(e, k + 1, "to at") && e->t[k - 1].kind == TOK_WORD &&
	       !(e->t[k - 1].flags & TOKF_CAP) && !e->t[k - 1].cue &&
	       !(e->t[k - 1].word & (WORD_PRON | WORD_REL | WORD_AUX | WORD_VERB | WORD_ADV));
}

/* "The console's controller added a 3.5mm headphone jack", "has accepted the resignation",
 * "requested overseas travel bans", "ordered a cruise missile strike": a cue that may report a
 * clause ("added the plan was dead") with a noun phrase after it, no "that", no quotation and
 * no verb: the verb's object, not what was said. An order is a statement only when it says
 * what is to be done, in a clause or an infinitive ("ordered that the records be released",
 * "ordered the city to release the video"); what it commands done (a strike, a review, a
 * release) is a deed. Knowing a noun phrase ("officials who know their voters the best",
 * "know it, on America's future") is acquaintance, no statement: knowing what is said takes a
 * clause ("know Americans are impatient", "know all the secrets and where they are kept") or is
 * about a topic ("I know all about normalizing hate", which PolNeAR annotates). */
static bool object_not_clause(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n = 0;
	bool order = tok_among(e, f->c, "ordered orders"), know = tok_among(e, f->c, "know knows");

	if (f->kind != CLAIM_INDIRECT || (f->cue & (CUE_ING | CUE_SEEM)) ||
	    ((f->cue & CUE_NP) && !tok_among(e, f->c, "requested requests ordered orders")) ||
	    p <= f->c ||
	    !(order ||
	      tok_among(e, f->c, "added adds accept accepted accepts requested requests") ||
	      know) ||
	    p >= e->nt || e->t[p].kind != TOK_WORD ||
	    tok_among(e, p, "that to how what whether why when who where which if"))
		return false;
	for (size_t k = p; k < e->nt && e->t[k].start < f->ce; k++, n++) {
		if (n > 40 || (e->t[k].flags & TOKF_INQ) || e->t[k].kind == TOK_QOPEN ||
		    (verb_like(e, k) && !purpose_participle(e, k) &&
		     !(know && k > p && tok_among(e, k - 1, "their his her its our your my"))) ||
		    (know && ((claims_past_word(e, k) && !(e->t[k].flags & TOKF_CAP)) ||
			      tok_is(e, k, "about"))) ||
		    (order && tok_infinitive(e, k, e->nt)))
			return false;
	}
	return true;
}

/* True when the infinitive phrase from token k (before b) runs into a finite verb that has no
 * subject of its own ("U.S. plans to help rebuild the port largely fell apart"): the phrase was
 * a noun's ("plans") and the verb is the sentence's. A verb after a pronoun, a relative or a
 * conjunction has its own subject ("plans to sell the house he built", "that was"). */
static bool infinitive_runs_into_verb(const struct engine *e, size_t k, size_t b)
{
	for (; k < b && e->t[k].kind == TOK_WORD; k++) {
		size_t p = k;
		if (!(tok_in(e, k, TOKL_BE) && tok_in(e, k, TOKL_FINITE)) && /* is are was were */
		    !tok_among(e, k,
			       "became began came fell fled gave knew ran rose sank saw spoke "
			       "stood swore took went wrote"))
			continue;
		while (p > 0 && word_ly_adverb(e, p - 1))
			p--;
		return p > 0 && e->t[p - 1].kind == TOK_WORD && !(e->t[p - 1].flags & TOKF_DIGIT) &&
		       !(e->t[p - 1].word &
			 (WORD_PRON | WORD_REL | WORD_CONJ | WORD_PREP | WORD_DET)) &&
		       !tok_in(e, p - 1, TOKL_BE | TOKL_MODAL | TOKL_FINITE) &&
		       !tok_among(e, p - 1, "to that which who where when there here");
	}
	return false;
}

/* "plans to" with a verb that is no cue, whose subject is no one's or whose verb is the plural
 * noun: "her own plans to", "did not unveil plans to", "map out plans to", "harder than she'd
 * planned to", "where they planned to" (PolNeAR's annotators give "The group plans to hold a
 * rally" to the group: it stays, as does "plans to announce"). */
static bool intention_to_act(const struct engine *e, const struct frame *f)
{
	size_t n = f->c + 1, k0 = f->sa;

	if (!(tok_among(e, f->c, "plan planned plans") && f->qb == n && n + 1 < f->b &&
	      tok_is(e, n, "to") && e->t[n + 1].kind == TOK_WORD && !(e->t[n + 1].cue & CUE_VERB)))
		return false;
	if (f->sa >= f->sb || e->t[f->sa].kind != TOK_WORD)
		return true;
	if (tok_is(e, f->c, "plans") && infinitive_runs_into_verb(e, n + 1, f->b))
		return true;
	/* a subject in lower case that opens with no determiner and no personal pronoun: a
	 * fragment or the noun's modifier ("her own", "fairly expansive", "not unveil") */
	if (!(e->t[f->sa].flags & (TOKF_CAP | TOKF_DIGIT)) && !(e->t[f->sa].word & WORD_DET) &&
	    !tok_among(e, f->sa, "he she it they we i you who"))
		return true;
	/* a subject with an infinitive in it ("a meeting to map out" + "plans to") */
	for (size_t k = f->sa; k < f->sb; k++)
		if (tok_is(e, k, "to"))
			return true;
	/* a plan another cue reports ("said he plans to", "said that she planned to"): part of
	 * that claim's content */
	if (f->sa > f->a + 1 && tok_is(e, f->sa - 1, "that"))
		k0 = f->sa - 1;
	if (k0 > f->a && (e->t[k0 - 1].cue & CUE_VERB) && !(e->t[k0 - 1].flags & TOKF_INQ) &&
	    claims_cue_verb(e, k0 - 1))
		return true;
	/* the plan inside a relative clause or one of comparison, place or manner ("the order
	 * that he plans to sign", "than she planned to"), or after a list or "of" ("users of the
	 * Pro and Business plans to"), where the noun is read as its subject */
	if (f->sa > f->a && tok_among(e, f->sa - 1, "that than where how and or of"))
		return true;
	/* the plan is what the sentence's tag reports ("Ada plans to build “a new port,” Ben
	 * Cole said"): a comma, and a speaker's cue that ends the sentence */
	for (size_t k = n + 2; k + 1 < f->b; k++) {
		size_t j = k + 1, c;
		if (!tok_punct(e, k, ','))
			continue;
		if (e->t[j].kind == TOK_QCLOSE)
			j++;
		c = claims_clause_cue(e, j, f->b);
		if (c != SIZE_MAX && !(e->t[c].cue & CUE_BELIEF) && claims_tag_ends(e, c, f->b))
			return true;
	}
	return false;
}

/* A source that is no noun phrase and a claim that is none: a clause before a participle
 * ("Uber unilaterally slashes drivers" + "claiming"), a verb and its particle ("sends back" +
 * "reports", "dialing back" + "plans"), a participle and its object ("letting others" +
 * "know"). */
static bool fragment_source(const struct engine *e, const struct frame *f)
{
	size_t a = f->sa, b = f->sb;

	if (a >= b)
		return false;
	/* "(Those who only learned) of this story in the last month believed": a source that opens
	 * with a preposition in lower case is the tail of a longer subject, no one; not a number
	 * ("about half", "at least 21,000") */
	if (e->t[a].kind == TOK_WORD && (e->t[a].word & WORD_PREP) && !(e->t[a].flags & TOKF_CAP) &&
	    !(e->t[a].cue & CUE_ACCORDING) && !tok_among(e, a, "about around over under") &&
	    !(tok_is(e, a, "at") && tok_among(e, a + 1, "least most")))
		return true;
	/* "letting others know": a participle that opens the source, a pronoun after it */
	if (b == a + 2 && !(e->t[a].flags & TOKF_CAP) && word_ends(e, a, "ing") && !e->t[a].word &&
	    (tok_among(e, a + 1, "others everyone everybody people them us him her me")))
		return true;
	/* "sends back": a verb and its particle; "(some of his proposals,) dialing back" +
	 * "plans": a participle and its particle end no subject, the cue is their object */
	if (b == a + 2 && !(e->t[a].flags & TOKF_CAP) && word_ends(e, a, "s") &&
	    claims_verb_particle(e, a + 1))
		return true;
	if (b >= a + 2 && !(e->t[b - 2].flags & TOKF_CAP) && word_ends(e, b - 2, "ing") &&
	    claims_verb_particle(e, b - 1))
		return true;
	/* "Uber unilaterally slashes drivers": a name, an adverb and a verb */
	return a + 3 <= b && (e->t[a].flags & TOKF_CAP) && word_ends(e, a + 1, "ly") &&
	       e->t[a + 1].end - e->t[a + 1].start > 6 && !(e->t[a + 1].flags & TOKF_CAP) &&
	       !e->t[a + 1].word && word_ends(e, a + 2, "s") && !(e->t[a + 2].flags & TOKF_CAP) &&
	       e->t[a + 2].kind == TOK_WORD && !e->t[a + 2].word && !e->t[a + 2].cue;
}

/* True when the tokens [a, b) are lowercase words only ("the computers"). */
static bool lowercase_words(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_CAP))
			return false;
	return true;
}

/* "The Netflix app also supports Atmos", "the controller added a jack", "the tool reports how
 * much space it saved", "when the computers say “sell”": a device or a product that supports,
 * adds, highlights, offers, shows, feels, reports or says something does not speak. */
static bool device_subject(const struct engine *e, const struct frame *f)
{
	size_t h = f->sb - 1;

	if (f->sa >= f->sb || e->t[h].kind != TOK_WORD || (e->t[h].flags & TOKF_CAP) ||
	    !tok_among(e, h,
		       "app apps device devices console consoles phone phones smartphone "
		       "smartphones controller controllers camera cameras laptop laptops tablet "
		       "tablets tv tvs television headset headsets browser browsers chip chips "
		       "processor processors software hardware feature features update updates "
		       "router routers car cars engine engines battery display displays screen "
		       "screens keyboard printer gadget gadgets machine machines tool tools "
		       "interface interfaces ide computer computers"))
		return false;
	/* what a device says is its display or signal; "said Bill Rash, the director for the
	 * chip" is a person described */
	return tok_among(e, f->c,
			 "support supports supported add adds added adding highlight highlights "
			 "highlighted highlighting offering offers show shows showed showing feel "
			 "feels felt report reports reported reporting") ||
	       (tok_among(e, f->c, "say says said saying") && lowercase_words(e, f->sa, f->sb));
}

/* "Vidyard Launches New Tools", "Enter Stuart R. Kaplan": a headline's verb inside the source,
 * not a name; "Whoever ordered that sample": nobody in particular. */
static bool headline_source(const struct engine *e, const struct frame *f)
{
	if (f->sa >= f->sb)
		return false;
	if (tok_among(e, f->sa, "whoever whatever"))
		return true;
	if (f->sa + 1 < f->sb && tok_among(e, f->sa, "enter meet") &&
	    (e->t[f->sa].flags & TOKF_CAP) && (e->t[f->sa + 1].flags & TOKF_CAP))
		return true;
	for (size_t k = f->sa + 1; k < f->sb; k++)
		if ((e->t[k].flags & TOKF_CAP) &&
		    tok_among(
			    e, k,
			    "launches announces unveils introduces releases reveals debuts expands "
			    "acquires raises hires opens"))
			return true;
	return false;
}

/* "Most significant of all, they found the gate", "As the city burned, their prophets told of a
 * hero": paraphrase before a subject and its cue needs a tag that ends the sentence, not a cue
 * that goes on with an object of its own (the words before are the writer's). "..., he said in
 * a statement", "..., she told reporters" and "..., he said according to the transcript" are tags. */
static bool opening_phrase(const struct engine *e, const struct frame *f)
{
	size_t q = f->qb, last = claims_tok_at(e, f->ce > 0 ? f->ce - 1 : 0);

	if (f->kind != CLAIM_INDIRECT || f->sa >= f->sb || f->sb > f->qa ||
	    f->ce > e->t[f->sa].start || q >= f->b || last >= e->nt ||
	    e->t[last].kind == TOK_QCLOSE || e->t[q].kind != TOK_WORD ||
	    (e->t[q].flags & (TOKF_INQ | TOKF_CAP | TOKF_DIGIT)))
		return false;
	if (tok_is(e, q, "of"))
		return true; /* "told of a hero" */
	return !(f->cue & (CUE_OBJ | CUE_QUOTED)) &&
	       !(e->t[q].word & (WORD_TIME | WORD_PREP | WORD_ADV)) && !word_ends(e, q, "ly") &&
	       !tok_among(e, q, "that it so late early") &&
	       !(q + 1 < f->b && tok_according_to(e, q));
}

/* "giveaways and promises of drugs that are superior", "answered questions on the
 * marketplace", "as its name suggests": a cue word that is a plural noun before "of", an
 * answer to unnamed questions, a name that suggests: nothing anyone said. */
static bool no_statement(const struct engine *e, const struct frame *f)
{
	size_t n = f->c + 1, p = claims_tok_at(e, f->cs);

	if (f->qb == n && n < f->b && tok_is(e, n, "of") && word_ends(e, f->c, "s") &&
	    !(f->cue & (CUE_PREP | CUE_NOUN | CUE_OBJ)) && f->c > f->a &&
	    !tok_among(e, f->c, "says thinks") && e->t[f->c - 1].kind == TOK_WORD &&
	    !(e->t[f->c - 1].flags & TOKF_CAP) &&
	    !(e->t[f->c - 1].word & (WORD_PRON | WORD_REL | WORD_ADV | WORD_AUX | WORD_VERB)))
		return true; /* not "Trump says of waterboarding", "he often thinks of" */
	if (tok_among(e, f->c, "answered answers answering") && p < e->nt && p > f->c &&
	    tok_among(e, p, "questions question"))
		return true;
	return f->sa < f->sb && tok_among(e, f->sb - 1, "name title") &&
	       tok_among(e, f->c, "suggests suggested implies implied");
}

/* True when the cue at c follows a closing quotation mark, with a comma between or not: an
 * inverted tag ("“...,” worries Ada Cole"). */
static bool after_quotation(const struct engine *e, size_t c)
{
	size_t k = c > 0 && tok_punct(e, c - 1, ',') ? c - 1 : c;

	return k > 0 && e->t[k - 1].kind == TOK_QCLOSE;
}

/* Frames whose words say no one spoke: "the fixes that I recommended to Mojang" (the content
 * an addressee), "The thaw worried Tasos Georgelis" (what worried whom, no speech tag;
 * "..., thought Alden" and "“...,” worries Ada Cole" are one), "with little hope" (a noun). */
static bool misread_frame(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (p >= e->nt)
		return false;
	if ((f->cue & CUE_NP) && p == f->qb && p + 1 < e->nt && tok_is(e, p, "to") &&
	    ((e->t[p + 1].flags & TOKF_CAP) || tok_among(e, p + 1, "him her them me us"))) {
		for (size_t k = p + 1; k < e->nt && k < p + 8 && e->t[k].start < f->ce; k++)
			if (tok_is(e, k, "that") || e->t[k].kind == TOK_QOPEN)
				return false; /* "reiterated to ABC News that ..." */
		return true;
	}
	if (tok_among(e, f->c, "worried worries") && f->sa == f->qb && f->sa < f->sb &&
	    !tok_among(e, f->sa, "i he she we they") && !after_quotation(e, f->c))
		return true;
	return f->c > f->a && tok_among(e, f->c - 1, "little much no great") &&
	       !(f->cue & CUE_NOUN);
}

/* "The mayor tells so many lies that voters stop listening", "she spoke so fast that no one
 * followed": a "that" clause after "so ..." or "such ..." is what came of the words, not what
 * was said ("he said that ..." stays). */
static bool result_clause(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), q;

	if (f->kind != CLAIM_INDIRECT || p >= e->nt || p <= f->qb)
		return false;
	q = tok_is(e, p, "that") ? p : p - 1;
	if (!tok_is(e, q, "that") || q < f->qb || q > f->qb + 8)
		return false;
	for (size_t k = f->qb; k < q; k++)
		if (tok_among(e, k, "so such") && !tok_among(e, k + 1, "far"))
			return true; /* "has said so far that" is a time */
	return false;
}

/* "The island boasts a fleet of 300 boats", "She boasts a 45-point lead": "boasts" with a
 * quantity for its object is what someone has, not a boast ("boasted that ..." and "boasted of
 * his record" stay). */
static bool boasts_quantity(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);
	bool digit = false;

	if (!tok_among(e, f->c, "boast boasts boasted boasting") || f->qb != f->c + 1 ||
	    p != f->qb || p >= e->nt || !tok_among(e, p, "a an"))
		return false;
	for (size_t k = p; k < e->nt && e->t[k].start < f->ce; k++) {
		if ((e->t[k].word & WORD_REL) || e->t[k].kind == TOK_QOPEN || tok_is(e, k, "that"))
			return false;
		digit = digit || (e->t[k].flags & TOKF_DIGIT);
	}
	return digit;
}

/* "In a city where praising the owner can bring threats, ...": a participle right after
 * "where", its object then a modal or an auxiliary, is the subject of that clause (an act in
 * general), not anyone's words ("..., warning that the deal would fail" has its clause after
 * "that"; "when saying the plan could fail" has a speaker, so only "where" counts). */
static bool gerund_subject(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (!(f->cue & CUE_ING) || f->qa != f->c || f->c == f->a || !tok_is(e, f->c - 1, "where") ||
	    p != f->c + 1 || p >= e->nt || tok_among(e, p, "that how what whether why"))
		return false;
	for (size_t k = p + 1; k < e->nt && k < p + 12 && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind != TOK_WORD)
			return false;
		if (tok_modal(e, k) || (e->t[k].word & WORD_AUX))
			return true;
	}
	return false;
}

/* "a strand of hair found at the scene that has ...": "found" right after a thing ("a" or "an"
 * and a singular lowercase noun that names no one), then where ("at", "near", "inside"), is
 * where the thing was found, no finding anyone reported ("the inspectors found at the plant
 * that ..." and "the panel found in 2014 that ..." stay). */
static bool found_at_place(const struct engine *e, const struct frame *f)
{
	size_t h = f->sb - 1;

	if (!tok_is(e, f->c, "found") || f->qa != f->c || f->sa >= f->sb || f->sb != f->c ||
	    f->c + 1 >= f->b || !tok_among(e, f->c + 1, "at near inside outside under beneath"))
		return false;
	return tok_among(e, f->sa, "a an") && e->t[h].kind == TOK_WORD &&
	       !(e->t[h].flags & TOKF_CAP) && !e->t[h].cue && !word_ends(e, h, "s") &&
	       !(e->t[h].word &
		 (WORD_PRON | WORD_REL | WORD_PERSON | WORD_ROLE | WORD_COMPANY | WORD_DOC)) &&
	       !claims_person_noun(e, h);
}

/* "Participants were asked to say which way the dots moved", "Rubio was asked to name an
 * achievement": a request someone received, not a thing anyone said (PolNeAR train annotates 3
 * of 9). */
static bool asked_to_act(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	return tok_is(e, f->c, "asked") && f->c > f->a && tok_be(e, f->c - 1) && p == f->c + 1 &&
	       p + 1 < e->nt && tok_is(e, p, "to") && e->t[p + 1].kind == TOK_WORD &&
	       !(e->t[p + 1].flags & TOKF_CAP);
}

bool claims_picture_noun(const struct engine *e, size_t k)
{
	return tok_among(e, k,
			 "photo photos photograph photographs picture pictures image images video "
			 "videos footage clip clips screenshot screenshots");
}

/* "The photo showed a man standing in the rain", "the videos show Scott leaving his car": a
 * picture or footage shows what it depicts, which no one says (PolNeAR dev annotates none);
 * "The video showed that police had fired first" reports a finding and stays, as does "the
 * poll shows". */
static bool picture_shows(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k = f->sa;

	/* the picture ends the source, or a participle's phrase follows it ("the footage
	 * released Friday by the family") */
	while (k + 1 < f->sb && !(claims_picture_noun(e, k) && e->t[k + 1].kind == TOK_WORD &&
				  !(e->t[k + 1].flags & TOKF_CAP) && word_ends(e, k + 1, "ed")))
		k++;
	return f->sa < f->sb && (f->cue & CUE_DOC) && claims_picture_noun(e, k) && p < e->nt &&
	       e->t[p].kind != TOK_QOPEN && !tok_is(e, p, "that");
}

/* "Neuroscience tells us that ...", "History shows ...": a field of knowledge or an abstraction
 * alone as the source is the writer's argument, not anyone's statement ("Scientists say",
 * "The study shows" stay). */
static bool abstract_source(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa;

	return f->sb == k + 1 && e->t[k].kind == TOK_WORD &&
	       (tok_among(e, k,
			  "science history experience evolution nature logic physics economics "
			  "mathematics math biology chemistry genetics psychology philosophy "
			  "neuroscience reason hindsight") ||
		word_ends(e, k, "ology") || word_ends(e, k, "science"));
}

/* "policies Mr Mugabe's critics have long blamed on him": content after the cue that is only
 * prepositions and pronouns says nothing (the cue's object was moved before it); "It was
 * first declared by Nixon" keeps its pronoun, the subject of a passive. */
static bool pronoun_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n = 0;

	if (f->kind != CLAIM_INDIRECT || f->cs < e->t[f->c].end)
		return false;
	for (size_t k = p; k < e->nt && e->t[k].start < f->ce; k++) {
		if (e->t[k].kind != TOK_WORD)
			continue;
		if (++n > 3 || !((e->t[k].word & (WORD_PREP | WORD_PRON)) ||
				 tok_among(e, k, "me us him her them it")))
			return false;
	}
	if (n == 1 && (f->cue & CUE_NP) && p == f->c + 1 && tok_among(e, p, "him her them"))
		return false;
	return n > 0;
}

/* "The crowd applauded loudly": a noun-phrase cue followed by one lowercase word in -ly and
 * nothing else is how someone acted, no object of the act. */
static bool manner_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	return (f->cue & CUE_NP) && f->kind == CLAIM_INDIRECT && p < e->nt && p > f->c &&
	       e->t[p].end >= f->ce && e->t[p].kind == TOK_WORD && !(e->t[p].flags & TOKF_CAP) &&
	       word_ends(e, p, "ly");
}

bool claims_number_word(const struct engine *e, size_t k)
{
	return (e->t[k].flags & TOKF_DIGIT) ||
	       tok_among(e, k, "two three four five six seven eight nine ten dozens hundreds");
}

/* "The minister spoke on Monday in the capital": a cue read only with its preposition, the
 * preposition a time's ("on Monday", "at 9", "over the weekend") or a span's ("for about five
 * minutes"), is when or how long someone spoke, not what about ("spoke on the plan" and "spoke
 * for the party" stay). */
static bool time_after_cue(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (!(f->cue & CUE_PREPONLY) || p == 0 || p >= e->nt)
		return false;
	/* "spoke for about five minutes", "talked for an hour": how long, not what about */
	size_t q = p;
	while (q > f->c + 1 && tok_among(e, q - 1, "about nearly almost roughly around some"))
		q--;
	if (tok_is(e, q - 1, "for") &&
	    (claims_number_word(e, p) || tok_among(e, p, "a an several few")))
		return tok_among(
			e, p + 1,
			"second seconds minute minutes hour hours day days week weeks month "
			"months year years");
	if (!tok_among(e, p - 1, "on at over during in"))
		return false;
	if (tok_among(e, p, "the this that last next") && p + 1 < e->nt)
		p++;
	return (e->t[p].word & WORD_TIME) || (e->t[p].flags & TOKF_DIGIT) ||
	       tok_among(e, p, "weekend morning afternoon evening night");
}

/* "the Obama administration will announce a new Sudan strategy", "Yoon would declare martial
 * law": a cue after "will" or "would" whose content is a noun phrase is an act to come, nothing
 * said yet ("will say that ...", "would announce “...”" report words and stay, and so does a
 * refusal: "would not rule out shifting her position"). */
static bool act_to_come(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k = f->c;

	if (f->kind != CLAIM_INDIRECT || p >= e->nt || p <= f->c || e->t[p].kind != TOK_WORD ||
	    (e->t[p].word & (WORD_SUBORD | WORD_PRON)) ||
	    tok_among(e, p, "that to how what whether why when who where which if") ||
	    (e->t[p].flags & TOKF_INQ))
		return false;
	/* "46 percent would choose Clinton": the share of a poll's respondents tells its pick
	 * now, whatever the vote to come */
	if (f->sa < f->sb && claims_share_subject(e, f->sa, f->sb))
		return false;
	while (k > f->a && k + 3 > f->c && e->t[k - 1].kind == TOK_WORD &&
	       ((e->t[k - 1].word & WORD_ADV) || tok_is(e, k - 1, "soon"))) {
		if (tok_among(e, k - 1, "not never"))
			return false; /* "would not rule out shifting": a stance taken now */
		k--;
	}
	return k > f->a && tok_among(e, k - 1, "will would shall");
}

/* "Governor Kasich, endorsed in New Hampshire by both papers", "the columns he wrote while a
 * student at Marquette", "leaders have been discussing for several weeks", "who hadn't endorsed
 * during the primaries", "a measure first proposed after the derailment": content after a verb
 * cue that is only a phrase of place, time, agent or manner (a preposition, then no verb, no
 * comma but a place's and no quotation) says when, where or by whom
 * something was done, not what anyone said ("spoke on the plan" is a cue with its preposition;
 * "said in 2009 the plant would close" has a verb). */
static bool adjunct_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (f->kind != CLAIM_INDIRECT || p >= e->nt || p <= f->c ||
	    (f->cue & (CUE_PREPONLY | CUE_TO | CUE_NOUN | CUE_ACCORDING)) ||
	    e->t[p].kind != TOK_WORD || (e->t[p].flags & (TOKF_CAP | TOKF_INQ)) ||
	    !tok_among(e, p, "in on at for during by from with while until throughout after") ||
	    ((f->cue & CUE_PREP) && tok_among(e, p, "on at")) ||
	    ((f->cue & CUE_FOR) && tok_among(e, p, "for on")))
		return false; /* "wrote on the deal", "called for a vote": the cue's own preposition */
	for (size_t k = p + 1; k < e->nt && e->t[k].start < f->ce; k++) {
		const struct tok *t = &e->t[k];

		/* "after the derailment in East Palestine, Ohio, in February 2023": the commas of
		 * a place's state */
		if (tok_punct(e, k, ',') && (e->t[k - 1].flags & TOKF_CAP) && k + 1 < e->nt &&
		    ((e->t[k + 1].flags & TOKF_CAP) || (e->t[k + 1].word & WORD_PREP)) &&
		    !(e->t[k + 1].flags & TOKF_INQ))
			continue;
		if (t->kind == TOK_QOPEN || t->kind == TOK_QCLOSE || tok_punct(e, k, ',') ||
		    tok_punct(e, k, ':') || (t->flags & TOKF_INQ))
			return false;
		if (t->kind == TOK_WORD &&
		    ((t->word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_REL)) || t->cue ||
		     tok_among(e, k, "that which who") ||
		     (!(t->flags & TOKF_CAP) && word_ends(e, k, "ed"))))
			return false;
	}
	return true;
}

/* "Yoon declared martial law around 10:30 p.m.", "the governor declared a state of emergency",
 * "the troops blasted apart the gate": a decree that puts a rule in force (martial law, an
 * emergency, a curfew) is an act, no words set out, and "apart" after the cue makes it a verb of
 * force. PolNeAR has no such decree; its "declared war on" and "declared bankruptcy" stay. */
static bool act_not_words(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (f->kind != CLAIM_INDIRECT || p >= e->nt || p <= f->c)
		return false;
	if (tok_is(e, f->c + 1, "apart"))
		return true;
	if (!tok_among(e, f->c, "declare declared declares declaring"))
		return false;
	if (tok_is(e, p, "martial") && p + 1 < e->nt && tok_is(e, p + 1, "law"))
		return true;
	if (tok_among(e, p, "curfew curfews emergency"))
		return true;
	if (!tok_among(e, p, "a an"))
		return false;
	if (p + 3 < e->nt && tok_is(e, p + 1, "state") && tok_is(e, p + 2, "of"))
		return tok_among(e, p + 3, "emergency siege");
	for (size_t k = p + 1; k < e->nt && k < p + 4; k++) {
		if (tok_among(e, k, "emergency curfew"))
			return true;
		if (e->t[k].kind != TOK_WORD || e->t[k].word || e->t[k].cue ||
		    (e->t[k].flags & (TOKF_CAP | TOKF_INQ)))
			return false;
	}
	return false;
}

/* "the direction that they thought the dots had moved", "the price that she believes the plan
 * will cost": a belief inside a relative clause on a noun after its determiner, its clause with
 * no "that" of its own, holds the noun's gap (moved in the direction); what is believed is about
 * the noun, not the clause after the cue ("told reporters that he believes X" is no relative
 * clause). */
static bool relative_belief(const struct engine *e, const struct frame *f)
{
	size_t p, n = f->sa;

	if (f->kind != CLAIM_INDIRECT || !(f->cue & CUE_BELIEF) || n < f->a + 3)
		return false;
	for (size_t k = f->a; k + 1 < n; k++)
		if (e->t[k].cue & CUE_VERB)
			return false; /* "told The Post in a story this week that he believes" */
	p = claims_tok_at(e, f->cs);
	return ((e->t[n - 3].word & WORD_DET) || tok_among(e, n - 3, "his her their its our")) &&
	       f->sb > n && p == f->qb && p < e->nt && e->t[p].kind == TOK_WORD &&
	       !tok_is(e, p, "that") && tok_is(e, n - 1, "that") && e->t[n - 2].kind == TOK_WORD &&
	       !e->t[n - 2].cue && !(e->t[n - 2].flags & TOKF_CAP) &&
	       !(e->t[n - 2].word & (WORD_VERB | WORD_PREP | WORD_CONJ | WORD_SUBORD | WORD_PRON |
				     WORD_ADV | WORD_TIME));
}

/* "Others who oppose the plan say it will fail": a cue that is the verb of a relative clause
 * without commas ("who" its source), the clause inside the subject of a cue that follows it
 * within a dozen words, tells who the speakers are; what they say comes after the later cue. */
static bool relative_in_subject(const struct engine *e, const struct frame *f)
{
	size_t sa, sb;

	if (f->sb != f->sa + 1 || f->sa <= f->a || !tok_is(e, f->sa, "who") ||
	    e->t[f->sa - 1].kind != TOK_WORD)
		return false;
	for (size_t k = f->qb; k < f->b && k < f->qb + 12; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & (WORD_AUX | WORD_SUBORD)) ||
		    (e->t[k].cue & CUE_ING))
			return false; /* "a Republican who described himself as X, said", "those
					 who say they have no intention of backing" */
		if ((e->t[k].cue & CUE_VERB) && claims_cue_verb(e, k))
			return claims_subject_back(e, f->a, k, &sa, &sb) && sa < f->sa &&
			       sb == claims_skip_aux_back(e, f->qb, k);
	}
	return false;
}

/* Is token k a lower-case word of the sentence of token s with no class and no cue (an adjective
 * or a noun, as far as the lists know)? */
static bool plain_word(const struct engine *e, size_t k, size_t s)
{
	return k < e->nt && e->t[k].sent == e->t[s].sent &&
	       tok_unlisted(e, k, TOKF_CAP | TOKF_DIGIT);
}

/* "three heartbeat calls fail", "made two calls to donors", "with indirect calls make it hard",
 * "the calls were recorded", "taking calls from listeners": "calls" after a number and a word
 * or two, after a preposition and a word that is no plural ("a group of residents calls"),
 * after a verb that handles calls, or before a verb or "from", is a plural noun ("The head of
 * state calls him a hero" stays). */
static bool calls_plural(const struct engine *e, size_t k)
{
	size_t j = k;

	if (!tok_is(e, k, "calls"))
		return false;
	if (k + 1 < e->nt && e->t[k + 1].sent == e->t[k].sent &&
	    ((e->t[k + 1].word & WORD_VERB) || tok_is(e, k + 1, "from")))
		return true;
	/* "began taking calls from listeners", "fielded calls", "did not return calls" */
	if (k > 0 && e->t[k - 1].sent == e->t[k].sent &&
	    tok_among(e, k - 1,
		      "take takes taking took taken answer answers answering answered field "
		      "fields fielding fielded return returns returning returned receive receives "
		      "receiving received make makes making made place places placing placed"))
		return true;
	while (j > 0 && k - j < 3 && !claims_number_word(e, j - 1) && plain_word(e, j - 1, k))
		j--;
	if (j == 0 || e->t[j - 1].kind != TOK_WORD || e->t[j - 1].sent != e->t[k].sent)
		return false;
	if (claims_number_word(e, j - 1) && !tok_among(e, k + 1, "for on"))
		return true; /* "the 1978 resolution calls for": a verb */
	return j < k && (e->t[j - 1].word & WORD_PREP) && e->text[e->t[k - 1].end - 1] != 's' &&
	       plain_word(e, k + 1, k);
}

/* "on a conference call with reporters", "the roll call itself", "a close call driving down
 * a road": "call" as a noun, after a noun that names a kind of call or after a determiner and
 * an adjective, is no speech ("Others call it the nerd prom", "64 percent call him competent"
 * and "What do you call a boy" stay, and so does the stance of "his recent call to ban"). */
static bool call_noun(const struct engine *e, const struct frame *f)
{
	size_t k = f->c;

	if (calls_plural(e, k))
		return true;
	if (!tok_among(e, k, "call calls") || k == 0 || e->t[k - 1].kind != TOK_WORD ||
	    (e->t[k - 1].flags & TOKF_CAP) || e->t[k - 1].sent != e->t[k].sent ||
	    tok_among(e, k + 1, "to for on"))
		return false; /* "his recent call to ban", "a definitive call on": a stance */
	if (tok_among(e, k - 1,
		      "conference roll phone press close staff telephone video wake-up "
		      "fundraising curtain sales service"))
		return true;
	/* "a close call", "a simple call" ("his plan calls for", "what her team calls" are verbs) */
	return k >= 2 && tok_is(e, k, "call") && e->t[k - 2].sent == e->t[k].sent &&
	       ((e->t[k - 2].word & WORD_DET) || tok_among(e, k - 2, "his her its their our my")) &&
	       !(e->t[k - 1].word & (WORD_PRON | WORD_VERB | WORD_AUX)) && !e->t[k - 1].cue;
}

/* True when token k ends the object of a telephone call: the sentence ends, or a time, a place,
 * a purpose or another verb follows ("called Ann Lee.", "called both candidates Tuesday night",
 * "called him on Monday", "called Sanders to congratulate him", "called his mother and left"). */
static bool call_object_ends(const struct engine *e, size_t k, size_t s)
{
	if (k >= e->nt || e->t[k].sent != e->t[s].sent || tok_punct(e, k, ';'))
		return true;
	/* a full stop that ends the sentence, not "Mr." or an initial inside a name */
	if (tok_punct(e, k, '.') || tok_punct(e, k, '!') || tok_punct(e, k, '?'))
		return k + 1 >= e->nt || e->t[k + 1].sent != e->t[s].sent;
	/* "and left", not "the debt and deficit" */
	if (tok_is(e, k, "and"))
		return k + 1 < e->nt && e->t[k + 1].kind == TOK_WORD &&
		       ((e->t[k + 1].word & WORD_VERB) || word_ends(e, k + 1, "ed"));
	return (e->t[k].word & WORD_TIME) ||
	       tok_among(e, k,
			 "on after before at to back from again twice repeatedly last yesterday "
			 "today tonight early late earlier later shortly");
}

/* "Obama called Naghmeh Abedini.", "He called both candidates Tuesday night", "she called him
 * on Monday", "The mayor called police after the fight": "call" with a person or a body alone
 * for its object, a name, a pronoun or a determiner and a noun, and then the end of the
 * sentence, a time or another verb, is a telephone call, not words said of anyone; so is
 * "called into a radio show". "Officials
 * called the move a mistake", "He called it shameful", "called her weak", "called Trump a liar"
 * and "called for", "called on" stay. */
static bool phone_call(const struct engine *e, const struct frame *f)
{
	size_t k = f->c + 1, p = claims_tok_at(e, f->cs);

	if (f->qb != k || p != k || !tok_among(e, f->c, "call calls called calling") ||
	    e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
		return false;
	/* "she called into a radio program", "called in to a town hall": she took part by phone */
	if ((tok_is(e, k, "into") && !tok_among(e, k + 1, "question doubt")) ||
	    (tok_is(e, k, "in") && tok_is(e, k + 1, "to")))
		return true; /* "called into question" is a challenge */
	if (e->t[k].flags & TOKF_CAP) {
		/* a name of one to four capitalised words ("Naghmeh Abedini") */
		size_t n = 0;
		while (k < e->nt && n < 5 && e->t[k].kind == TOK_WORD &&
		       (e->t[k].flags & TOKF_CAP) && e->t[k].sent == e->t[f->c].sent)
			k++, n++;
		return n <= 4 && call_object_ends(e, k, f->c);
	}
	if (tok_among(e, k, "him them me us"))
		return call_object_ends(e, k + 1, f->c);
	if (tok_among(e, k, "police 911"))
		return call_object_ends(e, k + 1, f->c);
	/* "both candidates", "his mother", "the office": one plain word after the determiner */
	return tok_among(e, k, "the both his their our my its") &&
	       tok_unlisted(e, k + 1, TOKF_CAP | TOKF_DIGIT) && call_object_ends(e, k + 2, f->c);
}

/* "the lawyer who had called upon me alone", "She called on them at home": "call on" a person
 * named by a pronoun, with no infinitive of what they are to do after it, is a visit, not a
 * demand ("called on him to resign" stays). */
static bool visit_call(const struct engine *e, const struct frame *f)
{
	size_t k = f->c + 2;

	if (f->qb != k || claims_tok_at(e, f->cs) != k ||
	    !tok_among(e, f->c, "call calls called calling") ||
	    !tok_among(e, f->c + 1, "on upon") || !tok_among(e, k, "me him her us them"))
		return false;
	for (size_t j = k + 1; j < e->nt && j < k + 8 && e->t[j].sent == e->t[k].sent; j++)
		if (tok_is(e, j, "to") || e->t[j].kind == TOK_QOPEN)
			return false;
	return true;
}

/* True when the quotation closing at token k is a nickname set inside a name (Marcia "Cia"
 * Price, Robert C. "Bobby" Scott): one or two capitalised words in the marks, a capitalised
 * word or an initial's stop right before them and a capitalised word right after, all in one
 * sentence. */
bool claims_nickname(const struct engine *e, size_t k)
{
	size_t q;

	if (k + 1 >= e->nt || e->t[k].kind != TOK_QCLOSE || (q = e->t[k].pair) == 0 || q >= k ||
	    k - q < 2 || k - q > 3 || e->t[k + 1].kind != TOK_WORD ||
	    !(e->t[k + 1].flags & TOKF_CAP) || e->t[k + 1].sent != e->t[q].sent ||
	    e->t[q - 1].sent != e->t[q].sent ||
	    !((e->t[q - 1].kind == TOK_WORD && (e->t[q - 1].flags & TOKF_CAP)) ||
	      (tok_punct(e, q - 1, '.') && q >= 2 && (e->t[q - 2].flags & TOKF_CAP))))
		return false;
	for (size_t j = q + 1; j < k; j++)
		if (e->t[j].kind != TOK_WORD || !(e->t[j].flags & TOKF_CAP))
			return false;
	return true;
}

size_t claims_after_nickname(const struct engine *e, size_t i, size_t lim)
{
	if (i >= e->nt || e->t[i].kind != TOK_QOPEN || e->t[i].pair >= lim ||
	    !claims_nickname(e, e->t[i].pair))
		return i;
	return e->t[i].pair + 1;
}

/* True when the quotation [a, b) (the tokens between its marks) reads as a title: one to seven
 * words, each capitalised but for short function words, the first capitalised ("Morning Joe.",
 * "Meet the Press", "Tough Choices"). */
bool claims_title_words(const struct engine *e, size_t a, size_t b)
{
	size_t n = 0;

	if (a >= b || !(e->t[a].flags & TOKF_CAP))
		return false;
	for (size_t k = a; k < b; k++) {
		if (e->t[k].kind != TOK_WORD)
			continue;
		if (++n > 7 ||
		    !((e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) ||
		      tok_among(e, k, "a an the of and or in on at to for with by from")))
			return false;
	}
	return n > 0;
}

bool claims_written_verb(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_INQ) &&
	       tok_among(e, k,
			 "wrote write writes writing penned authored co-wrote co-authored "
			 "co-written written");
}

/* "he said on MSNBC's “Morning Joe.”", "she wrote in her memoir, “Tough Choices.”", "who wrote
 * “Going Viral”", "announcing “Star Racer,”": a quoted title after a possessive, after a comma that follows a noun for a work
 * or right after a verb of writing is the name of a show or a book, not the speaker's words
 * ("“Denver,” he answered", "He said “The Hispanics”" and "He wrote, “We Are Done”" stay). */
static bool quoted_title(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), q;

	if (f->kind != CLAIM_DIRECT || p == 0 || p >= e->nt)
		return false;
	q = e->t[p].kind == TOK_QOPEN ? p : p - 1;
	if (e->t[q].kind != TOK_QOPEN || q == 0 || e->t[q].pair >= e->nt ||
	    e->t[e->t[q].pair].end < f->ce || !claims_title_words(e, q + 1, e->t[q].pair))
		return false;
	/* "who wrote “Going Viral”": a work's title after a verb of writing */
	if (q - 1 == f->c && claims_written_verb(e, f->c))
		return true;
	/* "by announcing “Star Racer,” its first game for phones": a title right after a verb of
	 * making a thing known is the thing's name */
	if (q - 1 == f->c &&
	    tok_among(e, f->c,
		      "announce announced announces announcing unveil unveiled unveiling unveils"))
		return true;
	if (e->t[q - 1].kind == TOK_WORD)
		return word_possessive(e, q - 1);
	if (!tok_punct(e, q - 1, ','))
		return false;
	for (size_t k = q - 1; k > 0 && k + 4 > q; k--)
		if (tok_among(e, k - 1,
			      "book memoir novel show program programme column film movie "
			      "documentary album song series essay podcast autobiography"))
			return true;
	return false;
}

/* "Speaking on the cable channel CNBC", "spoke on the phone after the polls closed", "spoke on
 * behalf of Hillary Clinton": a cue read only with its preposition, "on" before a medium or
 * "behalf", says where or for whom someone spoke, not what about ("spoke on a variety of
 * topics" stays). */
static bool medium_after_cue(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (!(f->cue & CUE_PREPONLY) || p == 0 || p >= e->nt || !tok_is(e, p - 1, "on"))
		return false;
	for (size_t k = p; k < e->nt && k < p + 3 && e->t[k].kind == TOK_WORD; k++)
		if (tok_among(e, k,
			      "radio show channel phone telephone television tv behalf air camera "
			      "podcast network broadcast livestream"))
			return true;
	return false;
}

/* "Specifically I've heard from voters, all expressing concern about ...": a source with a
 * pronoun and its verb inside it, before another word, is a clause the cue's subject was looked
 * for in, not a speaker ("They'll say" has the contraction last; "Several people I've spoken
 * with said" is a noun phrase the clause describes). */
static bool clause_as_source(const struct engine *e, const struct frame *f)
{
	size_t k = f->sa;

	if (k + 2 < f->sb && word_ends(e, k, "ly"))
		k++; /* "Specifically", "Frankly" */
	/* a pronoun with "'ve", "'re", "'ll" or "'m" run in (claims_contraction(), less the "'s"
	 * and "'d" forms this rule was never measured with) */
	char z = e->text[e->t[k].end - 1];
	return k + 1 < f->sb && e->t[k].kind == TOK_WORD && z != 's' && z != 'd' &&
	       claims_contraction(e, k);
}

/* "to hold up on their ICC plans, the envoy said": a source right after a possessive
 * determiner is a word of the possessed noun phrase, its cue that phrase's noun ("his wife
 * says" has "his" in its source). */
static bool possessed_source(const struct engine *e, const struct frame *f)
{
	return f->sa < f->sb && f->sa > 0 && f->sb == f->c &&
	       e->t[f->sa - 1].sent == e->t[f->sa].sent &&
	       tok_among(e, f->sa - 1, "his her its their our my your");
}

/* "“I'm Batman,” you will say", "you'd expect ...": "you" alone as the source, outside a
 * quotation, is the reader addressed, nobody who spoke ("Many of you have noted" is an
 * audience and stays, and so does the interviewee an interviewer's statement addresses:
 * "Q: You said in May that ..."). */
static bool reader_source(const struct engine *e, const struct frame *f)
{
	return f->sb == f->sa + 1 && tok_is(e, f->sa, "you") && !(e->t[f->sa].flags & TOKF_INQ) &&
	       !(f->sa > 0 && tok_is(e, f->sa - 1, "of")) && !claims_you_interviewee(e, f->sa);
}

/* "who recommended her to Hamilton", "introduced him to Trump": content that is an object
 * pronoun, "to" and a name alone hands a person to another, no statement. */
static bool pronoun_to_name(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k;

	if (f->kind != CLAIM_INDIRECT || p + 2 >= e->nt || p != f->qb ||
	    !tok_among(e, p, "him her them me us") || !tok_is(e, p + 1, "to") ||
	    !(e->t[p + 2].flags & TOKF_CAP))
		return false;
	for (k = p + 2; k < e->nt && k < p + 6 && e->t[k].start < f->ce; k++)
		if (e->t[k].kind != TOK_WORD || !(e->t[k].flags & TOKF_CAP))
			return false;
	return k < e->nt ? e->t[k].start >= f->ce : true;
}

/* "They read as garish confections": "read as" is how a thing comes across, no text read out
 * ("the statement read as follows" stays). */
static bool reads_as(const struct engine *e, const struct frame *f)
{
	return tok_among(e, f->c, "read reads") && f->c + 2 < e->nt && tok_is(e, f->c + 1, "as") &&
	       !tok_is(e, f->c + 2, "follows") && e->t[f->c + 2].kind != TOK_QOPEN;
}

/* "Talking about how he was feeling, he said ...", "Speaking of the deal, she told ...": a
 * participle of speech that opens its sentence and the main clause after its comma with a cue of
 * its own: the participle names the topic, the main clause the words; no second claim. */
static bool topic_participle(const struct engine *e, const struct frame *f)
{
	if (f->qa != f->a || f->c != f->qa || !tok_among(e, f->c, "speaking talking writing") ||
	    !tok_among(e, f->c + 1, "about of on"))
		return false;
	for (size_t k = f->c + 2; k < f->b && k < f->c + 40; k++) {
		if (e->t[k].flags & TOKF_INQ)
			return false;
		if (tok_punct(e, k, ','))
			return claims_clause_cue(e, k + 1, f->b) != SIZE_MAX;
	}
	return false;
}

bool claims_frame_junk(const struct engine *e, const struct frame *f)
{
	if (claims_junk_source(e, f) || claims_junk_words(e, f) || claims_other_reading(e, f))
		return true;
	return names_thing(e, f) || aspect_verb(e, f) || heading_label(e, f) ||
	       foreign_sentence(e, f) || object_not_clause(e, f) || intention_to_act(e, f) ||
	       fragment_source(e, f) || device_subject(e, f) || headline_source(e, f) ||
	       opening_phrase(e, f) || no_statement(e, f) || misread_frame(e, f) ||
	       asked_to_act(e, f) || picture_shows(e, f) || abstract_source(e, f) ||
	       pronoun_content(e, f) || manner_content(e, f) || time_after_cue(e, f) ||
	       act_to_come(e, f) || act_not_words(e, f) || relative_belief(e, f) ||
	       relative_in_subject(e, f) || call_noun(e, f) || quoted_title(e, f) ||
	       medium_after_cue(e, f) || result_clause(e, f) || boasts_quantity(e, f) ||
	       gerund_subject(e, f) || found_at_place(e, f) || possessed_source(e, f) ||
	       clause_as_source(e, f) || reader_source(e, f) || pronoun_to_name(e, f) ||
	       reads_as(e, f) || topic_participle(e, f) || names_set_off(e, f) ||
	       phone_call(e, f) || visit_call(e, f) || noun_now_called(e, f) ||
	       adjunct_content(e, f) || editors_note(e, f);
}
