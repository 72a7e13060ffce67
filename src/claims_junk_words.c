/* claims_junk_words: a cue word that is no verb of speech (half of a compound, an adjective, a
 * noun, an interrogation, an act on a thing) and content that says nothing (a particle, an
 * occasion, another attribution's tag). */
#include "claims_int.h"

/* "despite the U.N.-ordered sanctions", "a Trump-backed candidate": a participle joined by a
 * hyphen to the word before it is half of a compound adjective on the noun after it, not a verb
 * anyone's words hang on. */
static bool hyphen_compound(const struct engine *e, const struct frame *f)
{
	size_t s = e->t[f->c].start;

	return f->qa == f->c && s >= 2 && e->text[s - 1] == '-' && e->text[s - 2] != ' ' &&
	       e->text[s - 2] != '-' && (word_ends(e, f->c, "ed") || tok_among(e, f->c, "led run"));
}

/* "The FBI is conducting tests of the hair found outside the house": a source that opens with a
 * lowercase participle right after "is" or "was" is the sentence's verb phrase, and a past
 * participle after it with only a place or a time for content ("found outside ...") is on a noun
 * of it, no one speaking ("... has been busing its members there, also said her group ..." keeps
 * its clause). */
static bool verb_phrase_source(const struct engine *e, const struct frame *f)
{
	size_t a = f->sa, p = claims_tok_at(e, f->cs);

	return a < f->sb && a > 0 && e->t[a].kind == TOK_WORD && !(e->t[a].flags & TOKF_CAP) &&
	       (word_ends(e, a, "ing") || word_ends(e, a, "ed")) && !e->t[a].word &&
	       tok_be(e, a - 1) && f->qa == f->c && f->sb == f->c &&
	       (word_ends(e, f->c, "ed") || tok_among(e, f->c, "found held seen known")) &&
	       p == f->c + 1 && p < e->nt &&
	       ((e->t[p].word & WORD_PREP) || tok_among(e, p, "outside inside near"));
}

/* "bonds in senior notes paying 8%", "the chip gives wrong answers for some sums": "notes" and
 * "answers" after a preposition (or "give") and one lowercase word of no class are the noun of
 * a phrase ("in senior notes"), bonds or results, no verb; "the author notes that" has no
 * preposition before, and speech nouns ("in crude remarks", "of late-night tweets") stay. */
static bool noun_in_phrase(const struct engine *e, const struct frame *f)
{
	size_t c = f->c;

	return f->qa == c && c >= f->a + 2 && tok_among(e, c, "notes answers") &&
	       e->t[c - 1].kind == TOK_WORD && !(e->t[c - 1].flags & (TOKF_CAP | TOKF_DIGIT)) &&
	       !e->t[c - 1].word && !e->t[c - 1].cue && !word_possessive(e, c - 1) &&
	       e->t[c - 2].kind == TOK_WORD &&
	       ((e->t[c - 2].word & WORD_PREP) || tok_among(e, c - 2, "give gives gave giving"));
}

/* "This sort of opining, CNN claimed, violates its code", "the habit of complaining, she
 * said, is common": an -ing word after "of" and a noun, with nothing after it before a comma or
 * the sentence's end, is a noun for a kind of talk, no one speaking ("made the mistake of
 * saying that ..." stays). */
static bool gerund_after_of(const struct engine *e, const struct frame *f)
{
	size_t c = f->c;

	return f->qa == c && c >= f->a + 2 && c + 1 < e->nt && word_ends(e, c, "ing") &&
	       tok_is(e, c - 1, "of") && e->t[c - 2].kind == TOK_WORD &&
	       !(e->t[c - 2].word & (WORD_VERB | WORD_AUX | WORD_PRON)) && !e->t[c - 2].cue &&
	       e->t[c + 1].kind == TOK_PUNCT && !tok_punct(e, c + 1, ':');
}

/* "In the video, he grabs her arm", "In the footage recorded by a camera, the man is seen
 * walking away": what a picture shows, as picture_shows(), with "in" before it (PolNeAR train
 * annotates none of 3); "In the poll, ..." stays. */
static bool in_picture(const struct engine *e, const struct frame *f)
{
	for (size_t k = f->sa; k < f->sb && k < f->sa + 4; k++)
		if (claims_picture_noun(e, k))
			return f->kind == CLAIM_ACCORDING_TO && tok_is(e, f->c, "in");
	return false;
}

/* "news as we know it", "the sport as you knew it": a set phrase for the thing as it is, no
 * belief anyone holds ("as we know, the plan failed" stays). */
static bool as_we_know_it(const struct engine *e, const struct frame *f)
{
	return f->c > f->a + 1 && tok_among(e, f->c, "know knew") && f->sb == f->c &&
	       f->sa + 1 == f->sb && tok_among(e, f->sa, "we you they i") && f->sa > f->a &&
	       tok_is(e, f->sa - 1, "as") && tok_is(e, f->c + 1, "it");
}

/* "It goes without saying that the budget is tight": a set phrase for what the writer holds
 * plain, no one saying it ("left without saying that the talks had failed" stays). */
static bool goes_without_saying(const struct engine *e, const struct frame *f)
{
	return f->c >= 2 && tok_is(e, f->c, "saying") && tok_is(e, f->c - 1, "without") &&
	       tok_among(e, f->c - 2, "go goes going gone went");
}

/* "rooms are priced according to how costly they were to build", "the work went according to
 * plan": "according to" before a question word or a plan is "in line with", no source. */
static bool according_to_measure(const struct engine *e, const struct frame *f)
{
	return (f->cue & CUE_ACCORDING) && f->sa < f->sb && f->sa == f->qb &&
	       tok_among(e, f->sa, "how whether what plan schedule");
}

/* "the FBI listed the alleged plotter and accused bank robber John Doe": "accused" before a
 * singular lowercase noun or two and a name with no "of" after it is an adjective on the name,
 * no accusation anyone made ("accused then-chair Ann Lee of lying", "accused officials of
 * lying" and "accused the bank of fraud" stay). */
static bool accused_adjective(const struct engine *e, const struct frame *f)
{
	size_t k = f->c + 1, names = 0;

	if (!tok_is(e, f->c, "accused") || f->qa != f->c)
		return false;
	for (; k < f->b && k < f->c + 3; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & (TOKF_CAP | TOKF_DIGIT)) ||
		    e->t[k].word || e->t[k].cue || word_ends(e, k, "s") || tok_hyphenated(e, k))
			break;
	if (k == f->c + 1)
		return false;
	for (; k < f->b && ((e->t[k].flags & TOKF_CAP) || tok_punct(e, k, '.')); k++)
		names++;
	return names > 0 && !tok_is(e, k, "of");
}

/* True when the word at k is a determiner or a word of degree that comes before an adjective
 * ("a", "the", "very", "more", "so"). */
static bool before_adjective(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD &&
	       ((e->t[k].word & WORD_DET) ||
		tok_among(e, k, "very more most so too less least increasingly quite rather"));
}

/* "It's a perplexing and challenging film", "a very demanding job": a participle after a
 * determiner or a word of degree (or after "and" that joins it to an adjective after one), a
 * noun after it, is an adjective on the noun, not a verb anyone speaks with ("a statement
 * saying" has its noun before the participle; "casting him as a rival and calling attention to"
 * joins two participles). */
static bool participle_adjective(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, n = c + 1;

	if (!(f->cue & CUE_ING) || f->qa != c || f->qb != n || c < f->a + 1 || n >= f->b ||
	    e->t[n].kind != TOK_WORD || (e->t[n].flags & (TOKF_CAP | TOKF_INQ)) || e->t[n].word ||
	    e->t[n].cue)
		return false;
	if (before_adjective(e, c - 1))
		return true;
	return c >= f->a + 3 && tok_among(e, c - 1, "and or") && e->t[c - 2].kind == TOK_WORD &&
	       !(e->t[c - 2].flags & TOKF_CAP) && !e->t[c - 2].word && !e->t[c - 2].cue &&
	       (word_ends(e, c - 2, "ing") || word_ends(e, c - 2, "ive") ||
		word_ends(e, c - 2, "ous") || word_ends(e, c - 2, "ful") ||
		word_ends(e, c - 2, "ic")) &&
	       before_adjective(e, c - 3);
}

/* "strikes against alleged rebel camps", "the alleged plot", "his alleged role": "alleged"
 * after a determiner, a possessive or a preposition and before a lowercase noun is an adjective
 * on the noun, no allegation anyone is named for ("the suit alleged fraud" and "as alleged in
 * the suit" stay, and so does "targeted X and alleged Y", where it may be a verb: PolNeAR
 * annotates that one). A past participle of another cue in the same place ("the recently
 * announced layoffs", "despite repeated warnings") is an attribution in PolNeAR, and stays. */
static bool alleged_adjective(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, n = c + 1;

	if (!tok_is(e, c, "alleged") || f->qa != c || f->qb != n || n >= f->b || c == f->a ||
	    (e->t[c].flags & TOKF_CAP) || e->t[n].kind != TOK_WORD ||
	    (e->t[n].flags & (TOKF_CAP | TOKF_DIGIT | TOKF_INQ)) || e->t[n].word || e->t[n].cue ||
	    e->t[c - 1].kind != TOK_WORD)
		return false;
	return claims_det_or_possessive(e, c - 1) ||
	       ((e->t[c - 1].word & WORD_PREP) && !tok_among(e, c - 1, "as to")) ||
	       tok_among(e, c - 1, "against amid among between despite toward towards upon");
}

/* "wanted for questioning in two shootings", "in the hope of questioning him", "detectives
 * questioned her for hours": to question someone, or a questioning with no object, is an
 * interrogation, no doubt anyone voiced ("questioned the wisdom of the plan", "questioning
 * whether the vote was fair" and "questioned him about the plan" stay). */
static bool interrogation(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), n;

	if (!tok_among(e, f->c, "question questioned questioning questions") ||
	    f->kind != CLAIM_INDIRECT || p != f->c + 1 || p >= e->nt || e->t[p].kind != TOK_WORD)
		return false;
	n = tok_among(e, p, "him her them me us") ? p + 1 : p;
	if (n < e->nt && e->t[n].start >= f->ce)
		return true; /* "questioning him" */
	return n < e->nt && (e->t[n].word & WORD_PREP) && !tok_among(e, n, "about on over");
}

/* "an official, who refused to identify himself", "a guard who declined to give his name", "an
 * aide who asked not to be named": a speaker keeping their own name back says nothing of the
 * story ("declined to identify the buyer" withholds a fact and stays; "declined to be
 * identified" is an attribution in PolNeAR train, and stays too). */
static bool withholds_name(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (p + 2 >= e->nt || p != f->qb)
		return false;
	if (tok_among(e, f->c, "asked asking asks") && tok_is(e, p, "not") &&
	    tok_is(e, p + 1, "to") && tok_is(e, p + 2, "be") && p + 3 < e->nt &&
	    tok_among(e, p + 3, "named identified quoted"))
		return true;
	if (!tok_among(e, f->c, "refused refuses refusing declined declines declining") ||
	    !tok_is(e, p, "to"))
		return false;
	if (tok_is(e, p + 1, "identify"))
		return tok_among(e, p + 2, "himself herself themselves");
	return tok_among(e, p + 1, "give provide disclose reveal") &&
	       tok_among(e, p + 2, "his her their") && p + 3 < e->nt &&
	       tok_among(e, p + 3, "name names");
}

/* "The boy's father, Tom Lee, lives in Ohio and wants him back": a cue after "and" or "but"
 * that ends a source read backwards is the second verb of the words before it ("lives in
 * Ohio"), not a tag, and the name before them is its subject, not what was said ("Lee and
 * Ames said" holds its "and" inside the source). */
static bool joined_verb_source(const struct engine *e, const struct frame *f)
{
	return f->kind == CLAIM_INDIRECT && f->sa < f->sb && f->sb + 1 == f->qa &&
	       f->ce <= e->t[f->sa].start && tok_among(e, f->sb, "and but or") &&
	       !(e->t[f->sb].flags & TOKF_INQ);
}

/* "the firm's planned offering of six million shares", "an initial public offering", "the
 * offering price": "offering" after a determiner or a possessive (a word of a share sale or a
 * participle between) and no object of its own after it is the noun, a sale of shares, not
 * anyone offering words ("the man offering his thoughts", "Lee, offering no details" stay). */
static bool offering_noun(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, k = c;

	if (!tok_among(e, c, "offering offerings") || f->qa != c || c == f->a ||
	    (c + 1 < f->b &&
	     ((e->t[c + 1].word & (WORD_DET | WORD_PRON)) || tok_among(e, c + 1, "no more some"))))
		return false;
	while (k > f->a && k + 3 > c && e->t[k - 1].kind == TOK_WORD &&
	       !(e->t[k - 1].flags & TOKF_CAP) &&
	       (word_ends(e, k - 1, "ed") ||
		tok_among(e, k - 1, "public initial secondary stock share rights debt equity new")))
		k--;
	return k > f->a && e->t[k - 1].kind == TOK_WORD &&
	       ((e->t[k - 1].word & WORD_DET) || tok_among(e, k - 1, "his her its their our") ||
		word_possessive(e, k - 1));
}

/* "areas like those found at other parks", "the ones shown on the map": a past participle
 * right after "those" or "ones" is a reduced relative clause on them (the things found), no
 * one finding or showing anything. */
static bool participle_on_pronoun(const struct engine *e, const struct frame *f)
{
	return f->qa == f->c && f->c > f->a && !(e->t[f->c].flags & TOKF_CAP) &&
	       (word_ends(e, f->c, "ed") || tok_among(e, f->c, "found shown seen known told")) &&
	       tok_among(e, f->c - 1, "those ones");
}

/* "a world referenced in her oldest databanks", "the plan described in the memo": a past
 * participle right after a noun and its determiner, with no auxiliary and "in" for content,
 * is a reduced relative clause on the noun (the thing referenced), no one's words ("The
 * senator referenced a report" and "The mayor described in an interview how ..." stay: a name
 * and an object or a clause after the occasion). */
static bool participle_on_noun(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, p = claims_tok_at(e, f->cs);

	return (f->cue & CUE_NP) && f->qa == c && c >= f->a + 2 && p == c + 1 &&
	       word_ends(e, c, "ed") && tok_is(e, p, "in") && e->t[c - 1].kind == TOK_WORD &&
	       !(e->t[c - 1].flags & TOKF_CAP) &&
	       !(e->t[c - 1].word & (WORD_VERB | WORD_AUX | WORD_PRON | WORD_CONJ | WORD_SUBORD |
				     WORD_REL | WORD_PREP | WORD_DET | WORD_ADV)) &&
	       (e->t[c - 2].word & WORD_DET);
}

/* "The bid has been accepted by the directors": to accept a thing is an act on it; only
 * "accepted that ..." reports a belief, which a passive with its agent never holds (the active
 * "accepted the offer" is object_not_clause()'s). */
static bool accepted_by(const struct engine *e, const struct frame *f)
{
	return tok_among(e, f->c, "accepted accept accepts") && f->sa == f->c + 2 &&
	       tok_is(e, f->c + 1, "by") && f->c > f->a && tok_be(e, f->c - 1);
}

/* "a war that has been claiming soldiers' lives", "the storm claimed the lives of four": to
 * claim lives is to take them, no claim made; the content's noun (after a possessive, a
 * determiner or "the lives of") says so. */
static bool takes_lives(const struct engine *e, const struct frame *f)
{
	if (!tok_among(e, f->c, "claim claimed claiming claims") || f->qb != f->c + 1)
		return false;
	for (size_t k = f->c + 1; k < f->b && k < f->c + 4; k++) {
		if (tok_among(e, k, "life lives victims"))
			return true;
		if (e->t[k].kind != TOK_WORD && !tok_punct(e, k, '\''))
			return false;
	}
	return false;
}

/* "In 2000, they attacked the USS Cole, killing 17 sailors", "gunmen attacked the convoy with
 * rifles", "jets attacked Hamas targets": an attack that kills or wounds a number of people, or is made with arms, is an act
 * of violence, no words of anyone's ("attacked the plan as a giveaway", "attacked him for
 * lying" and "attacked her, killing any hope of a deal" stay). Read over the object, up to a
 * quotation, the sentence's end or twenty words. */
static bool armed_attack(const struct engine *e, const struct frame *f)
{
	if (!tok_among(e, f->c, "attacked attacking") || f->qb != f->c + 1)
		return false;
	/* "Israeli jets attacked Hamas targets in Gaza": armed men or their weapons attack, or
	 * the object is a military target ("attacked rebel bases") */
	if (f->sa < f->sb && !(e->t[f->sb - 1].flags & TOKF_CAP) &&
	    tok_among(e, f->sb - 1,
		      "jets warplanes planes aircraft bombers drones helicopters tanks troops "
		      "soldiers gunmen militants insurgents rebels militiamen artillery"))
		return true;
	for (size_t k = f->c + 1; k + 1 < f->b && k < f->c + 5; k++) {
		if (e->t[k].kind != TOK_WORD || (e->t[k].flags & TOKF_INQ))
			break;
		if (tok_among(e, k, "targets bases outposts checkpoints strongholds"))
			return true;
	}
	for (size_t k = f->c + 1; k + 1 < f->b && k < f->c + 20; k++) {
		if (e->t[k].kind == TOK_QOPEN || (e->t[k].flags & TOKF_INQ) || tok_punct(e, k, ';'))
			return false;
		/* "killing 17", "wounding at least two", not "killing any hope of a deal" */
		if (tok_punct(e, k, ',') && k + 3 < f->b &&
		    tok_among(e, k + 1, "killing wounding injuring") &&
		    (claims_number_word(e, k + 2) ||
		     tok_among(e, k + 2, "thousands scores several") ||
		     (tok_is(e, k + 2, "at") && tok_is(e, k + 3, "least"))))
			return true;
		if (tok_is(e, k, "with") &&
		    tok_among(e, k + 1,
			      "guns rifles knives knife bombs explosives missiles rockets drones "
			      "grenades machetes mortars artillery"))
			return true;
	}
	return false;
}

/* True when the words [a, b) hold a financial result ("a third-quarter loss", "a 40% drop in
 * net income", "a charge"). */
static bool result_words(const struct engine *e, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (tok_among(
			    e, k,
			    "loss losses drop decline declines charge charges profit profits income "
			    "earnings gain gains increase rise fall deficit writedown write-down"))
			return true;
	return false;
}

/* "Vale Tools Inc. reported a second-quarter loss, citing a plan to close two plants": a
 * reason given for a result a business reports is the report's gloss, no statement of its own
 * ("the mayor declined, citing legal risks" and "he said, citing the polls" stay: PolNeAR
 * annotates those). */
static bool result_cause(const struct engine *e, const struct frame *f)
{
	size_t c = f->c, k;

	if (!tok_is(e, c, "citing") || f->qa != c || c < f->a + 3 || !tok_punct(e, c - 1, ','))
		return false;
	for (k = c - 1; k > f->a && c - k < 16; k--)
		if (tok_among(e, k - 1,
			      "reported reports posted posts recorded records booked took"))
			return result_words(e, k, c - 1);
	return false;
}

/* "announced a loss for the quarter of $226.3 million, or $11.57 a share": a result of a
 * business and its sum read as the source after the cue is a misread object (the name before
 * the cue said it), no claim ("Mr. Doe, who cut his earnings estimate to $2.95 a share," is a
 * source described). */
static bool sum_after_cue(const struct engine *e, const struct frame *f)
{
	if (f->sa >= f->sb || f->sa < f->qb)
		return false;
	for (size_t k = f->sa; k + 1 < f->sb && !tok_punct(e, k, ','); k++)
		if (claims_currency_before(e, k))
			return result_words(e, f->sa, f->sa + 3 < k ? f->sa + 3 : k);
	return false;
}

/* True when token k may stand in a person's name or title ("Sen.", "Ron", "Johnson", "(R)"):
 * a capitalised word, or the full stop, parenthesis or hyphen a name holds. */
static bool name_token(const struct engine *e, size_t k)
{
	return (e->t[k].kind == TOK_WORD && (e->t[k].flags & TOKF_CAP) && !word_possessive(e, k)) ||
	       tok_punct(e, k, '.') || tok_punct(e, k, '(') || tok_punct(e, k, ')') ||
	       tok_punct(e, k, '-');
}

/* "a lawyer challenging Sen. Ron Johnson in Wisconsin", "is challenging him for the seat": to
 * challenge a person with nothing after but where or for what (a race, a seat) is to run
 * against them, no words said (PolNeAR train annotates 2 of 7); "challenged him to a debate",
 * "challenged Trump about his remarks", "challenged them for years to release the files" and
 * "challenged the ruling" stay. */
static bool runs_against(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k = p;

	if (!tok_among(e, f->c, "challenge challenges challenged challenging") ||
	    f->kind != CLAIM_INDIRECT || p != f->qb || p >= e->nt || e->t[p].kind != TOK_WORD)
		return false;
	if (tok_among(e, p, "him her them")) {
		k = p + 1;
	} else {
		while (k < e->nt && e->t[k].start < f->ce &&
		       (name_token(e, k) || tok_is(e, k, "incumbent")))
			k++;
		if (k == p || (e->t[k - 1].kind != TOK_WORD && !tok_punct(e, k - 1, ')')))
			return false; /* no name, or one cut short ("Clinton-") */
	}
	if (k >= e->nt || e->t[k].start >= f->ce)
		return true;
	if (!tok_among(e, k, "in for") || tok_is(e, k + 1, "court"))
		return false;
	for (; k < e->nt && e->t[k].start < f->ce; k++)
		if (tok_among(e, k, "to about over") || e->t[k].kind == TOK_QOPEN)
			return false; /* "challenged them for years to release the files" */
	return true;
}

/* "moved on and backed down", "as I mentioned above", "said little": content that is one
 * lowercase adverb, particle or word of amount says nothing (PolNeAR train annotates none of
 * 5); "said no", "knows nothing" and "said yes" are answers and stay. "The film backs off
 * conventional notions", "backed away from the deal": "off" or "away" right after the cue is
 * the verb's particle, another verb than the stance. */
static bool particle_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (f->kind != CLAIM_INDIRECT || p >= e->nt || p <= f->c || e->t[p].kind != TOK_WORD ||
	    (e->t[p].flags & TOKF_CAP))
		return false;
	if (p == f->c + 1 && tok_among(e, p, "off away"))
		return true;
	return e->t[p].end >= f->ce &&
	       tok_among(e, p,
			 "up down out off away back over around along home above below next now "
			 "then anyway later again little more much many both");
}

/* "their smiles said a lot", "said little about the plan", "said a great deal about him": an
 * amount and at most a phrase after it, with no verb, tells how much was said, not what ("said
 * a lot had changed", "said much of the money was gone" stay). */
static bool amount_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k;

	if (f->kind != CLAIM_INDIRECT || p + 1 >= e->nt || p <= f->c ||
	    (e->t[p].flags & (TOKF_CAP | TOKF_INQ)))
		return false;
	if (tok_is(e, p, "a") && tok_is(e, p + 1, "lot"))
		k = p + 2;
	else if (tok_is(e, p, "a") && p + 2 < e->nt && tok_is(e, p + 1, "great") &&
		 tok_is(e, p + 2, "deal"))
		k = p + 3;
	else if (tok_among(e, p, "little much plenty volumes"))
		k = p + 1;
	else
		return false;
	for (; k < e->nt && e->t[k].start < f->ce; k++)
		if (e->t[k].kind != TOK_WORD || tok_is(e, k, "that") || claims_verb_like(e, k))
			return false;
	return true;
}

/* "he said, according to a transcript seen by the paper", "In a press release last week, the
 * committee said about ...:": content that is only where the words were found (an occasion or
 * "according to" and what follows, no clause: no comma, quotation, "that", pronoun or finite
 * verb) is the tag's, not what was said (PolNeAR train annotates none of 2; "In a
 * release he said the plan had failed" stays). */
static bool occasion_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), lim = p;

	if (f->kind != CLAIM_INDIRECT || f->sa >= f->sb || p >= e->nt || e->t[p].kind != TOK_WORD)
		return false;
	while (lim < e->nt && e->t[lim].start < f->ce) {
		if (e->t[lim].kind != TOK_WORD || (e->t[lim].word & (WORD_VERB | WORD_AUX)) ||
		    tok_is(e, lim, "that") || (e->t[lim].word & WORD_PRON) || tok_modal(e, lim))
			return false;
		lim++;
	}
	if (tok_according_to(e, p))
		return true;
	if (!tok_among(e, p, "in at during on via through"))
		return false;
	if (claims_occasion_after(e, p, lim))
		return true;
	for (size_t j = p + 2; j < lim && j < p + 5; j++)
		if (tok_among(e, j, "release memo transcript"))
			return true;
	return false;
}

/* "According to an analysis of her calendar, The Herald reported that ...": content that is
 * only a name and its speech verb (a "that" or an occasion at most after it) is another
 * attribution's tag, not what was said (PolNeAR train annotates none of 3); "Lee said the plan
 * was dead" has words of its own after the verb. */
static bool tag_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), k, lim = p;

	while (lim < e->nt && e->t[lim].start < f->ce)
		lim++;
	k = p < lim && tok_is(e, p, "the") ? p + 1 : p;
	if (k >= lim || !(e->t[k].flags & TOKF_CAP))
		return false;
	while (k < lim && k < p + 5 && name_token(e, k) && !e->t[k].cue)
		k++;
	if (k >= lim || k == p || e->t[k].kind != TOK_WORD || !(e->t[k].cue & CUE_VERB) ||
	    (e->t[k].cue & CUE_BELIEF) || (e->t[k].flags & TOKF_CAP))
		return false;
	k++;
	return k == lim || (k + 1 == lim && tok_is(e, k, "that")) ||
	       (tok_among(e, k, "in at during on") && lim <= k + 5 &&
		claims_occasion_after(e, k, lim));
}

/* "An official who saw the confessions was quoted as saying", "She sees the lake from her
 * window": "see" with a noun phrase is sight, no statement; "saw that ..." and "saw the
 * party as a tool" (how someone regards a thing) stay, unless the "as" comes after the
 * sentence's own verb. */
static bool sight_content(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs);

	if (!tok_among(e, f->c, "saw see seeing seen sees") || f->kind != CLAIM_INDIRECT ||
	    p >= e->nt || p <= f->c || tok_is(e, p, "that") || e->t[p].kind != TOK_WORD)
		return false;
	for (size_t k = p; k < e->nt && k < p + 16 && e->t[k].start < f->ce; k++) {
		if (e->t[k].word & WORD_VERB) /* the sentence's own verb: "was quoted as" */
			return true;
		if (tok_among(e, k, "as that if whether how why what"))
			return false;
	}
	return true;
}

/* "a danger the mayor warned about in his speech", "the issue she talked about on Monday": a
 * cue's "about" (or "of", "against", "over") with a preposition right after it has lost its
 * object to the noun before the cue, so there is no content after it ("warned about the river
 * in his speech" has one). */
static bool stranded_preposition(const struct engine *e, const struct frame *f)
{
	size_t k = f->c + 1;

	return k + 1 < f->b && f->kind == CLAIM_INDIRECT &&
	       tok_among(e, k, "about against of over") && e->t[k + 1].kind == TOK_WORD &&
	       (e->t[k + 1].word & WORD_PREP) && !tok_among(e, k + 1, "about of");
}

/* How many tokens after a cue are read for the mark that ends its clause. */
#define QUESTION_SPAN 120

/* True when the first mark that ends a sentence after the cue of f, before the frame's end and
 * within QUESTION_SPAN tokens, is a question mark: the cue's clause asks. */
static bool clause_asks(const struct engine *e, const struct frame *f)
{
	for (size_t k = f->c + 1; k < f->b && k < f->c + QUESTION_SPAN; k++)
		if (tok_punct(e, k, '.') || tok_punct(e, k, '!') || tok_punct(e, k, '?'))
			return tok_punct(e, k, '?');
	return false;
}

/* "because did I mention you were in the future?", "Have I said that the game is great?", "Do
 * they think the war is over?": a cue after an inverted auxiliary and its subject, in a clause
 * that ends with a question mark, asks; it reports no one's words ("I did mention it." and "Did
 * I mention it." stay; "Didn't I say so?" is negative_question()'s). */
static bool inverted_question(const struct engine *e, const struct frame *f)
{
	if (f->sa >= f->sb || f->sa <= f->a || f->sb != f->qa ||
	    !tok_among(e, f->sa - 1, "did do does had has have"))
		return false;
	return clause_asks(e, f);
}

/* True when token k is an auxiliary with "n't" ("Didn't", "Wasn’t", "Can't"), one token or
 * two. */
static bool negative_aux(const struct engine *e, size_t k, size_t *next)
{
	const char *s = e->text + e->t[k].start;
	size_t n = e->t[k].end - e->t[k].start, stem;

	if (e->t[k].kind != TOK_WORD)
		return false;
	if (n > 3 && strncasecmp(s + n - 3, "n't", 3) == 0)
		stem = n - 3;
	else if (n > 5 && strncasecmp(s + n - 5, "n\u2019t", 5) == 0)
		stem = n - 5;
	else if (k + 1 < e->nt && (tok_is(e, k + 1, "n't") || tok_is(e, k + 1, "n\u2019t")))
		stem = n, k++;
	else
		return false;
	*next = k + 1;
	return text_word_in("are ca could did do does had has have is might must need should was "
			    "were wo would",
			    s, stem);
}

/* "Didn't she say the budget would fall?", "Wasn't it Hale who said ...?": a sentence that
 * opens with an auxiliary, "n't" and its subject and ends with a question mark puts a question
 * to the reader; its cue reports no one's words. */
static bool negative_question(const struct engine *e, const struct frame *f)
{
	size_t s;

	if (f->a >= f->c || (e->t[f->a].flags & TOKF_INQ) || !negative_aux(e, f->a, &s) ||
	    s >= f->c || e->t[s].kind != TOK_WORD)
		return false;
	return clause_asks(e, f);
}

/* "Had he said the plan would fail, they would have stopped", "Should the minister say the
 * talks have failed, the pound will fall", "Were officials to announce ...": a cue after a
 * sentence-initial "Had", "Should" or "Were" and its subject, before the comma where the main
 * clause begins, is a condition, nothing anyone said. */
static bool condition_inversion(const struct engine *e, const struct frame *f)
{
	size_t k = f->a, end = f->b;

	if (k + 2 > f->c || f->c >= end || e->t[k].kind != TOK_WORD ||
	    !(e->t[k].flags & TOKF_CAP) || !tok_among(e, k, "had should were") ||
	    (k > 0 && e->t[k - 1].sent == e->t[k].sent) || e->t[k + 1].kind != TOK_WORD ||
	    (e->t[k + 1].word & (WORD_VERB | WORD_AUX | WORD_PREP | WORD_CONJ | WORD_ADV)) ||
	    tok_among(e, k + 1, "been not"))
		return false;
	for (size_t i = k + 1; i < f->c; i++)
		if (e->t[i].kind != TOK_WORD && !tok_punct(e, i, '.') && !tok_punct(e, i, '\''))
			return false;
	for (size_t i = f->c + 1; i < end; i++)
		if (tok_punct(e, i, ','))
			return true;
	return false;
}

/* "(i.e. people identifying as Christian but not stating the denomination, 6.6%)", "the
 * members, but not saying which": a negated participle after "but", or inside a parenthesis that
 * opens after the source, has no subject of its own; it tells what someone left unsaid, no
 * claim ("but he's not predicting she'll win" has one, and stays). */
static bool negated_aside(const struct engine *e, const struct frame *f)
{
	size_t n = f->c - 1, from = f->sb > f->a ? f->sb : f->a;

	if (!(f->cue & CUE_ING) || f->c == 0 || n < f->qa || !tok_among(e, n, "never not") ||
	    n <= from)
		return false;
	if (tok_is(e, n - 1, "but"))
		return true;
	for (size_t k = n; k-- > from && n - k < 40;) {
		if (tok_punct(e, k, ')'))
			return false;
		if (tok_punct(e, k, '('))
			return true;
	}
	return false;
}

/* "When asked about the merger, ...", "he was asked about remarks that had circulated",
 * "questioned over his record", "pressed on the deal": the topic of a question put to someone
 * claims nothing; the answer, a "said" or a quotation after it, is a claim of its own. A frame
 * with a named asker ("Todd asked Trump about the row") stays: PolNeAR marks the asker's
 * question as an attribution. The preposition opens the content or stands right before it, after at most
 * four words of the cue's object; a content that holds a quotation (the answer after a colon)
 * stays, and so does "asked that X be done" or "asked whether ...". */
static bool asked_topic(const struct engine *e, const struct frame *f)
{
	size_t p = claims_tok_at(e, f->cs), q;

	if (f->kind != CLAIM_INDIRECT || f->sa < f->sb || p >= e->nt || p <= f->c + 1 ||
	    !tok_among(e, f->c,
		       "ask asked asking asks press pressed pressing presses question questioned "
		       "questioning questions"))
		return false;
	q = tok_among(e, p, "about on over") ? p : p - 1;
	if (q > f->c + 5 || !tok_among(e, q, "about on over") ||
	    (tok_is(e, q, "on") && tok_among(e, f->c, "ask asked asking asks")))
		return false; /* "asked on Tuesday" */
	for (size_t k = f->c + 1; k < q; k++)
		if (e->t[k].kind != TOK_WORD || (e->t[k].word & WORD_VERB) ||
		    (e->t[k].flags & TOKF_INQ))
			return false;
	for (size_t k = q; k < e->nt && e->t[k].start < f->ce; k++)
		if (e->t[k].kind == TOK_QOPEN)
			return false;
	return true;
}

/* "48 percent chose Clinton", "a majority picked Trump": a share of the people polled and the
 * one they picked is a tally of answers, not anyone's words. A pick to come ("41 percent would
 * choose Sanders"), a stance ("19 percent support Clinton", "preferred", "voted for", which
 * PolNeAR marks) and words said ("48 percent said the economy was the top issue") stay. */
static bool poll_choice(const struct engine *e, const struct frame *f)
{
	if (f->sa >= f->sb || f->qb != f->c + 1 ||
	    !tok_among(e, f->c, "chose chooses choosing picked picks picking selected selects") ||
	    !claims_share_subject(e, f->sa, f->sb))
		return false;
	for (size_t k = f->qa; k < f->c; k++)
		if (tok_modal(e, k))
			return false;
	return !(f->qa > 0 && tok_modal(e, f->qa - 1));
}

bool claims_junk_words(const struct engine *e, const struct frame *f)
{
	if (hyphen_compound(e, f) || verb_phrase_source(e, f) || noun_in_phrase(e, f) ||
	    gerund_after_of(e, f) || in_picture(e, f) || as_we_know_it(e, f) ||
	    goes_without_saying(e, f) || according_to_measure(e, f) || accused_adjective(e, f) ||
	    participle_adjective(e, f) || takes_lives(e, f) || armed_attack(e, f) ||
	    alleged_adjective(e, f) || interrogation(e, f) || withholds_name(e, f) ||
	    joined_verb_source(e, f) || offering_noun(e, f) || poll_choice(e, f))
		return true;
	return participle_on_pronoun(e, f) || participle_on_noun(e, f) || accepted_by(e, f) ||
	       result_cause(e, f) || sum_after_cue(e, f) || runs_against(e, f) ||
	       particle_content(e, f) || amount_content(e, f) || occasion_content(e, f) ||
	       tag_content(e, f) || sight_content(e, f) || stranded_preposition(e, f) ||
	       inverted_question(e, f) || condition_inversion(e, f) || negated_aside(e, f) ||
	       asked_topic(e, f) || negative_question(e, f) || claims_participle_of_thing(e, f);
}
