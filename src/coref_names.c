/* coref_names: reads the name run at a token (coref_read_name): its kind (person, place,
 * organisation), the roles and titles around it, an apposition, an employer, and the mention it
 * adds. */
#include "coref_int.h"
#include "dateline/text.h"

static bool tag_verb(const struct coref *c, const struct ctok *t);
static void note_candidate(struct evidence *ev);
static bool party_nominee(const struct coref *c, const struct sent *st, size_t a, size_t i);

/* The role nouns right before a (lowercase: "spokesman Josh Earnest", "chief executive Tim
 * Cook") are noted in ev. */
static void roles_before(const struct coref *c, const struct sent *st, size_t a,
			 struct evidence *ev)
{
	size_t k = a;

	/* "GOP presidential contender and former neurosurgeon Ben Carson": a bare role joined by
	 * "and" to a lowercase noun (and one word before it) right before the name is the
	 * person's too; after "the", "a" or a possessive the role may be another's ("the
	 * candidate and adviser Jane Roe") */
	if (a >= 4 && (st->t[a - 1].flags & TF_WORD) && !(st->t[a - 1].flags & TF_CAP) &&
	    !tok_lex(c, &st->t[a - 1])) {
		struct ctok *m = &st->t[a - 2];
		size_t j = tok_is(c, m, "and") ? a - 2 : a - 3;
		struct ctok *r = &st->t[j - 1];
		bool bare = j >= 2 && tok_is(c, &st->t[j], "and") && (r->flags & TF_WORD) &&
			    (j == a - 2 || ((m->flags & TF_WORD) && !(m->flags & TF_CAP))) &&
			    !(r->flags & TF_CAP) &&
			    (tok_lex(c, r) & (LEX_ROLE | LEX_KIN)) == LEX_ROLE;
		for (size_t i = j - 1; bare && i > 0 && i + 3 > j - 1; i--) {
			struct ctok *t = &st->t[i - 1];
			if (!(t->flags & TF_WORD))
				break;
			bare = !(tok_lex(c, t) & (LEX_STOP | LEX_PRON)) && t->bend == t->end;
		}
		if (bare)
			k = j;
	}
	for (size_t top = k; k > 0 && k + 3 > top; k--) {
		struct ctok *t = &st->t[k - 1];
		if (!(t->flags & TF_WORD) || (t->flags & TF_CAP) || !(tok_lex(c, t) & LEX_ROLE))
			break;
		coref_note_role(ev, t->id);
		ev->kind = COREF_PERSON;
		ev->titled = true;
		/* "Republican nominee Jane Roe", "challenger Bob Lee": one who runs, whom a later
		 * "the candidate" names */
		if (tok_is(c, t, "challenger") || tok_is(c, t, "incumbent") ||
		    party_nominee(c, st, k - 1 > 3 ? k - 4 : 0, k - 1))
			note_candidate(ev);
		if (tok_lex(c, t) & (LEX_MALE | LEX_FEMALE))
			ev->gender = coref_lex_gender(tok_lex(c, t));
	}
}

/* The words that say what a campaign is for, read after "seeking" or "campaigning for". */
#define CAMPAIGN_OBJECTS                                                                           \
	"election re-election reelection nomination office seat term presidency governorship "     \
	"mayoralty"

/* True when the words from token i say one is a candidate: "running for" or "running against"
 * anything ("running for the Senate"), "seeking" or "campaigning for" an office or a term
 * ("seeking re-election", "campaigning for a second term"); not "seeking damages". */
static bool campaigning_at(const struct coref *c, const struct sent *st, size_t i)
{
	const struct ctok *t = &st->t[i];

	if (i + 1 >= st->n || (t->flags & TF_CAP))
		return false;
	if (tok_is(c, t, "running"))
		return tok_is(c, &st->t[i + 1], "for") || tok_is(c, &st->t[i + 1], "against");
	if (!tok_is(c, t, "seeking") && !tok_is(c, t, "campaigning"))
		return false;
	for (size_t j = i + 1; j < st->n && j < i + 6; j++) {
		const struct ctok *w = &st->t[j];
		if (!(w->flags & TF_WORD))
			return false;
		if (text_word_in(CAMPAIGN_OBJECTS, c->text + w->start, w->bend - w->start))
			return true;
	}
	return false;
}

/* Notes that the person of ev runs for an office: the role "candidate" ("Jane Roe, a Democrat
 * running for the Senate," and later "the candidate said"). */
static void note_candidate(struct evidence *ev)
{
	unsigned id;

	if (ev->kind == COREF_ORG || ev->kind == COREF_PLACE ||
	    !(coref_lex("candidate", 9, &id) & LEX_ROLE))
		return;
	coref_note_role(ev, id);
	ev->kind = COREF_PERSON;
	ev->titled = true;
}

/* True when token i is "nominee" after a party's or a race's word among the tokens from a
 * ("the Republican nominee", "the party's presidential nominee"): who runs in an election, a
 * candidate; not "the nominee for attorney general". */
static bool party_nominee(const struct coref *c, const struct sent *st, size_t a, size_t i)
{
	if (!tok_is(c, &st->t[i], "nominee"))
		return false;
	for (size_t j = a; j < i; j++) {
		const struct ctok *t = &st->t[j];
		if (((t->flags & TF_CAP) && (tok_lex(c, &st->t[j]) & LEX_DEMONYM)) ||
		    (!(t->flags & TF_CAP) &&
		     text_word_in("party presidential gubernatorial mayoral senate congressional",
				  c->text + t->start, t->bend - t->start)))
			return true;
	}
	return false;
}

/* An apposition after a name ending at token k: ", the chief executive of NVIDIA," or " (黄仁勋),
 * the company's chip manufacturer": its head noun is noted in ev. */
static void apposition(const struct coref *c, const struct sent *st, size_t k, struct evidence *ev)
{
	if (k < st->n && tok_ch(c, &st->t[k], '(')) {
		size_t lim = k + 8;
		while (k < st->n && k < lim && !tok_ch(c, &st->t[k], ')'))
			k++;
		k++;
	}
	/* "Jane Roe, who is running for governor,": a relative clause of a campaign */
	if (k + 2 < st->n && tok_ch(c, &st->t[k], ',') && tok_is(c, &st->t[k + 1], "who")) {
		for (size_t i = k + 2; i < st->n && i < k + 6 && (st->t[i].flags & TF_WORD); i++)
			if (campaigning_at(c, st, i)) {
				note_candidate(ev);
				break;
			}
		return;
	}
	if (k + 1 >= st->n || !tok_ch(c, &st->t[k], ',') ||
	    !(tok_is(c, &st->t[k + 1], "the") || tok_is(c, &st->t[k + 1], "a") ||
	      tok_is(c, &st->t[k + 1], "an")))
		return;
	/* "Harbor Patrol Investigations, a division of ...": a part of a body is a body, though
	 * its words read as a person's name */
	if (k + 3 < st->n && !ev->titled && tok_is(c, &st->t[k + 3], "of") &&
	    (tok_is(c, &st->t[k + 2], "division") || tok_is(c, &st->t[k + 2], "unit") ||
	     tok_is(c, &st->t[k + 2], "branch") || tok_is(c, &st->t[k + 2], "arm"))) {
		ev->kind = COREF_ORG;
		ev->org = COREF_ORG_AUTHORITY; /* of an agency, unless a business's word says so */
		ev->gender = COREF_GENDER_UNKNOWN;
		for (size_t i = k + 4; i < st->n && i < k + 10 && (st->t[i].flags & TF_WORD); i++)
			if (tok_lex(c, &st->t[i]) & (LEX_COMPANY | LEX_LEGAL | LEX_MEDIA))
				ev->org = org_class(tok_lex(c, &st->t[i]));
		return;
	}
	/* "Voters want a Fresh Start, the mayor said": a role that runs into a verb of saying,
	 * with no comma to close it, is the subject of the tag, no apposition of the name */
	for (size_t i = k + 2; i < st->n && i < k + 8; i++) {
		struct ctok *t = &st->t[i];
		if (tag_verb(c, t))
			return;
		if (!(t->flags & TF_WORD) || (tok_lex(c, t) & LEX_PREP) || tok_is(c, t, "who"))
			break;
	}
	for (size_t i = k + 2; i < st->n && i < k + 8; i++) {
		struct ctok *t = &st->t[i];
		if (!(t->flags & TF_WORD) || (tok_lex(c, t) & LEX_PREP) || tok_is(c, t, "who"))
			break;
		/* "Jane Roe, a Democrat running for the Senate,": the one who runs is a candidate */
		if (campaigning_at(c, st, i)) {
			note_candidate(ev);
			break;
		}
		/* not after a place: "in the state of Pennsylvania, the vice president said" */
		if (tok_lex(c, t) & LEX_ROLE && !(t->flags & TF_CAP) && ev->kind != COREF_ORG &&
		    ev->kind != COREF_PLACE) {
			coref_note_role(ev, t->id);
			ev->kind = COREF_PERSON;
			ev->titled = true;
			if (party_nominee(c, st, k + 2, i))
				note_candidate(ev);
		} else if (tok_lex(c, t) & LEX_ORGDESC && !(t->flags & TF_CAP) &&
			   ev->kind != COREF_PERSON && i + 1 < st->n &&
			   !(st->t[i + 1].flags & TF_WORD)) {
			ev->kind = COREF_ORG;
			if (ev->org == COREF_ORG_ANY)
				ev->org = org_class(tok_lex(c, t));
		}
	}
}

/* True when the two words [a, b) are a name written family name first, its given name two
 * short syllables joined by a hyphen, the second in lowercase, as Korean and older Chinese
 * names are romanised ("Kim Soo-jin", "Lee Teng-hui"): the first word, though it is an English
 * given name ("Kim", "Lee"), is the family's and tells no sex. */
static bool family_name_first(const struct coref *c, const struct sent *st, size_t a, size_t b)
{
	const struct ctok *t = &st->t[b - 1];
	const char *w = c->text + t->start, *h;
	size_t n = t->bend - t->start, i;

	if (b != a + 2 || n < 4 || (h = memchr(w, '-', n)) == NULL || h - w < 2 || h - w > 5 ||
	    n - (size_t)(h - w) - 1 < 1 || n - (size_t)(h - w) - 1 > 5)
		return false;
	for (i = (size_t)(h - w) + 1; i < n; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return false;
	return true;
}

/* True when the name [a, b) is a given name, or a short capitalised word no list knows (a given
 * name the list lacks: "Jo", "Kai"; the words that make a place's name with "Park" are longer:
 * "Central", "Memorial"), and a word of places' names that is a family's too ("Park", "Lake"),
 * right before a verb of saying: "Jo Park said" is a person ("Central Park said" and "Wall Street
 * said" stay places). */
static bool surname_of_place(const struct coref *c, const struct sent *st, size_t a, size_t b)
{
	struct ctok *f = &st->t[a];
	const struct ctok *t = &st->t[a + 1];
	unsigned lex = tok_lex(c, f);

	return b == a + 2 && b < st->n && tag_verb(c, &st->t[b]) && (f->flags & TF_CAP) &&
	       !(f->flags & TF_ALLCAP) && ((lex & LEX_FIRST) || (!lex && f->end - f->start <= 4)) &&
	       text_word_in("bay bridge lake park", c->text + t->start, t->end - t->start) &&
	       t->bend == t->end;
}

/* What the words [a, b) of a name (without titles) say it is; a nickname in quotation marks
 * says nothing of it (Marcia "Cia" Price is no agency). */
static void name_kind(const struct coref *c, const struct sent *st, size_t a, size_t b,
		      struct evidence *ev)
{
	size_t words = 0, len = b - a;
	unsigned all = 0, last_org = 0, things = 0, lead = 0;
	struct ctok *first = &st->t[a];

	for (size_t i = a; i < b; i++) {
		if (i < a + 2 && i + 1 < b)
			lead |= tok_lex(c, &st->t[i]); /* the first two words, not the last */
		/* "Bill de Blasio": a particle in lowercase inside a person's name is one of its
		 * words for the count of capitalised words below */
		if ((st->t[i].flags & TF_WORD) && !(st->t[i].flags & TF_CAP) && i > a &&
		    (tok_lex(c, &st->t[i]) & LEX_PARTICLE))
			len--;
		if (!(st->t[i].flags & TF_WORD) || !(st->t[i].flags & TF_CAP))
			continue;
		if (coref_nickname_word(c, st, a, b, i)) {
			/* Lena "Lulu" Park reads as Lena Park: the marks and the words */
			len -= 1 + !(st->t[i - 1].flags & TF_WORD) +
			       !(st->t[i + 1].flags & TF_WORD);
			continue;
		}
		words++;
		all |= tok_lex(c, &st->t[i]);
		if (tok_lex(c, &st->t[i]) & LEX_ORGKEY)
			last_org = tok_lex(c, &st->t[i]);
		if (i > a || !(tok_lex(c, first) & LEX_FIRST))
			things |= tok_lex(c, &st->t[i]) & LEX_THING;
	}
	/* "Bill Rash", "President Bill Clinton", "Bill de Blasio": a given name that is a thing's
	 * word too ("the Farm Bill") opens a person's name of capitalised words and particles only
	 * ("the Bill of Rights" stays) */
	if (words < 2 || words != len)
		things = all & LEX_THING;
	/* "Kristen Day", "Jude Law": a given name and one word that is a thing's too is a person's
	 * name (three words or more stay a thing's: "Martin Luther King Day") */
	if (words == 2 && len == 2 && (tok_lex(c, first) & LEX_FIRST) &&
	    !(tok_lex(c, first) & LEX_THING))
		things = 0;
	/* "The Rachel Maddow Show", "The Daily Show": a broadcast named for its host is no person,
	 * and leaves the host's words to her */
	if (words >= 2 && (st->t[b - 1].flags & TF_CAP) && tok_is(c, &st->t[b - 1], "show"))
		things = LEX_THING;
	if (things && !(ev->kind == COREF_PERSON && words == 1)) {
		ev->kind = COREF_THING;
		return;
	}
	/* "Samantha Power", "Power said": a business's word that is a family name too, alone or
	 * after a given name, stays a person's name ("Acme Power", "Central Maine Power" are
	 * businesses) */
	bool surname = tok_is(c, &st->t[b - 1], "power") || tok_is(c, &st->t[b - 1], "electric");
	if (last_org && !(surname && (words == 1 || (words == 2 && len == 2 &&
						     (tok_lex(c, first) & LEX_FIRST))))) {
		ev->kind = COREF_ORG;
		ev->org = org_class(last_org);
		return;
	}
	/* "Procter & Gamble", "Johnson & Johnson": an ampersand between a name's words is a
	 * firm's, never one person's */
	for (size_t i = a + 1; i + 1 < b; i++)
		if (tok_ch(c, &st->t[i], '&')) {
			ev->kind = COREF_ORG;
			ev->org = COREF_ORG_COMPANY;
			return;
		}
	if (ev->kind == COREF_PERSON) {
		if (!ev->gender && (tok_lex(c, first) & LEX_FIRST) && words >= 2 &&
		    !family_name_first(c, st, a, b)) {
			ev->gender = coref_lex_gender(tok_lex(c, first));
			ev->unisex = !ev->gender;
		}
		return;
	}
	if (words == 1 && (tok_lex(c, first) & LEX_GROUP)) {
		ev->kind = COREF_GROUP;
		return;
	}
	if (words == 1 && (tok_lex(c, first) & LEX_GPE)) {
		ev->kind = COREF_GPE;
		return;
	}
	/* "Park Ji-hoon": a person's name of unknown sex, though "Park" names places too */
	if (words == 2 && (family_name_first(c, st, a, b) || surname_of_place(c, st, a, b))) {
		ev->kind = COREF_PERSON;
		return;
	}
	if ((tok_lex(c, first) & LEX_FIRST) &&
	    !(words >= 2 && (all & (LEX_PLACE | LEX_PLACEKEY)) &&
	      !(tok_lex(c, &st->t[b - 1]) & LEX_FIRST) &&
	      (tok_lex(c, &st->t[b - 1]) & (LEX_PLACE | LEX_PLACEKEY)))) {
		ev->kind = COREF_PERSON;
		ev->gender = coref_lex_gender(tok_lex(c, first));
		ev->unisex = !ev->gender;
		return;
	}
	/* "Tunisian Islamists", "Chinese officials": a nation's adjective and a plural */
	if (words >= 2 && (tok_lex(c, first) & LEX_DEMONYM) &&
	    st->t[b - 1].end - st->t[b - 1].start > 3 && c->text[st->t[b - 1].bend - 1] == 's') {
		ev->kind = COREF_GROUP;
		return;
	}
	if (words >= 2 && (tok_lex(c, &st->t[b - 1]) & LEX_GPE)) {
		ev->kind = COREF_GPE; /* United States, South Korea */
		return;
	}
	/* the one country named by a continent: "South Africa said" speaks for its government */
	if (words == 2 && b == a + 2 && tok_is(c, first, "south") &&
	    tok_is(c, &st->t[a + 1], "africa")) {
		ev->kind = COREF_GPE;
		return;
	}
	/* "Boston Scientific", "New York Life", "Southern California Gas": a place's name in its
	 * first two words, then a word that names no place, is a body's named for the place
	 * ("West Texas", "Lake Tahoe" and "Rio de Janeiro" stay places; a plural after a place is
	 * its people or a team, "Wyoming Republicans"; in a heading, where capitals tell nothing,
	 * "Trump Addresses Munich Attack" is no body; a last word joined by hyphens is
	 * capital_compound()'s to judge in coref_resolve.c: "the Chicago Hyde-Park") */
	if (words >= 2 && !st->heading && (lead & LEX_PLACE) && (st->t[b - 1].flags & TF_CAP) &&
	    c->text[st->t[b - 1].end - 1] != 's' &&
	    !memchr(c->text + st->t[b - 1].start, '-', st->t[b - 1].end - st->t[b - 1].start) &&
	    !(tok_lex(c, &st->t[b - 1]) &
	      (LEX_PLACE | LEX_PLACEKEY | LEX_GPE | LEX_DEMONYM | LEX_PARTICLE))) {
		ev->kind = COREF_ORG;
		ev->guessed = true;
		return;
	}
	if (all & (LEX_PLACE | LEX_PLACEKEY)) {
		ev->kind = COREF_PLACE;
		return;
	}
	if (words == 1 && (first->flags & TF_ALLCAP)) {
		ev->kind = COREF_ORG; /* an acronym: NVIDIA, TSMC */
		ev->guessed = true;
		return;
	}
	/* "St. Louis", "the Ft. Worth Star-Telegram": a name that opens with a place's
	 * abbreviation is the place's, or a body's named for it; no person's */
	if (words >= 2 && tok_place_abbrev(c, first)) {
		ev->kind = words == 2 ? COREF_PLACE : COREF_ORG;
		ev->guessed = words > 2;
		return;
	}
	if (words >= 2 && words <= 4) {
		ev->kind = COREF_PERSON;
		return;
	}
	(void)c;
}

/* The span of token k without a possessive. */
static struct span name_of(const struct sent *st, size_t k)
{
	return (struct span){st->t[k].start, st->t[k].bend};
}

/* True when the word w was read before as a name or a word of a person's name ("Fetter" after
 * "Ellen Fetter"). */
static bool known_word(const struct coref *c, struct span w)
{
	return coref_map_get(c, &c->names, w) != COREF_NONE ||
	       coref_map_get(c, &c->words, w) != COREF_NONE;
}

/* True when the name at token a is set off by a comma after a few words that open the
 * sentence's subject with "his", "her" or "their" ("Her deputy, Lena Park, said"). */
static bool possessive_led(const struct coref *c, const struct sent *st, size_t a)
{
	size_t i = st->subj + 1;

	if (a < st->subj + 3 || a > st->subj + 6 || !tok_ch(c, &st->t[a - 1], ',') ||
	    !(tok_is(c, &st->t[st->subj], "his") || tok_is(c, &st->t[st->subj], "her") ||
	      tok_is(c, &st->t[st->subj], "their")))
		return false;
	while (i < a - 1 && (st->t[i].flags & TF_WORD))
		i++;
	return i == a - 1;
}

/* True when the name at token a opens a sentence's subject behind a description of a few words
 * that ends in a role ("Opposition leader Morgan Tsvangirai returned"), or is set off by commas
 * after a description that opens the sentence with "the" ("The Czech foreign minister, Jan
 * Kavan, ...", "The head of the FBI investigation in Dar es Salaam, Kenneth Piernick, said") or
 * with an owner's name and ends in a role ("Trump's Indiana chairman, Rex Early, said"). */
static bool role_led_subject(const struct coref *c, const struct sent *st, size_t a)
{
	/* "Trump's Indiana chairman, Rex Early, ...": after an owner's name, a description that
	 * ends in a role's lowercase noun (not kin's: "Elian's great-uncle, Lazaro Gonzalez," is
	 * left to the rules for kin) */
	bool owner = a >= st->subj + 3 && (st->t[st->subj].flags & TF_CAP) &&
		     st->t[st->subj].bend < st->t[st->subj].end && !(st->t[a - 2].flags & TF_CAP) &&
		     (tok_lex(c, &st->t[a - 2]) & (LEX_ROLE | LEX_KIN)) == LEX_ROLE;
	if (a >= st->subj + 3 && a <= st->subj + 10 && tok_ch(c, &st->t[a - 1], ',') &&
	    (tok_is(c, &st->t[st->subj], "the") || tok_is(c, &st->t[st->subj], "a") ||
	     tok_is(c, &st->t[st->subj], "an") || owner)) {
		size_t i = st->subj + 1;
		while (i < a - 1 && (st->t[i].flags & TF_WORD))
			i++;
		if (i == a - 1)
			return true;
	}
	if (a <= st->subj || a > st->subj + 4 || (st->t[a - 1].flags & TF_CAP) ||
	    !(tok_lex(c, &st->t[a - 1]) & LEX_ROLE))
		return false;
	for (size_t i = st->subj; i < a; i++)
		if (!(st->t[i].flags & TF_WORD))
			return false;
	return true;
}

/* True when token t is a verb of saying a tag is made of, in lower case: "said", "asked",
 * "told", "wrote" ... */
static bool tag_verb(const struct coref *c, const struct ctok *t)
{
	return (t->flags & TF_WORD) && !(t->flags & TF_CAP) &&
	       text_word_in("said says added asked recalled explained told wrote",
			    c->text + t->start, t->end - t->start);
}

/* True when the name [a, b) (no possessive: "..., Trump's aide said") stands beside a verb of
 * saying after a quotation's close, a comma or another mark: after the verb, ending the clause
 * ("``It is well,'' said Delfin Gonzalez, ...", "..., said Mr. Ruiz."), or before it
 * ("Trump's grasp of policy is worrying, Cuban said.", "``...,'' Mr. Ruiz added"). The name is
 * who says it, the subject of the tag's clause, whatever the sentence opened with, whom a "he
 * said" after it continues; not the start of what was said ("Lee, the party's leader, said
 * Yoon's decision ..."). Lowercase roles may stand between the mark and the name, and a phrase
 * of where the person works after it. */
static bool tag_subject(const struct coref *c, const struct sent *st, size_t a, size_t b)
{
	if (st->t[b - 1].bend != st->t[b - 1].end)
		return false;
	/* "said Gene Munster of Deepwater Asset Management.", "Ann Lee of the Urban Institute
	 * said": a phrase of where the person works, "of" or "at" and capitalised words (up to
	 * six, "the" first), belongs to the name */
	if (b + 1 < st->n && (tok_is(c, &st->t[b], "of") || tok_is(c, &st->t[b], "at"))) {
		size_t j = b + 1;
		if (tok_is(c, &st->t[j], "the"))
			j++;
		size_t w = j;
		while (j < st->n && j < w + 6 && (st->t[j].flags & TF_CAP) &&
		       (st->t[j].flags & TF_WORD) && !(st->t[j].flags & TF_INQ))
			j++;
		if (j > w)
			b = j;
	}
	/* "..., chief executive Marion Leblanc told reporters", "said spokesman Josh Earnest":
	 * the lowercase roles before the name (roles_before()) belong to it */
	for (size_t n = 0; n < 3 && a >= 2 && (st->t[a - 1].flags & TF_WORD) &&
			   !(st->t[a - 1].flags & TF_CAP) && (tok_lex(c, &st->t[a - 1]) & LEX_ROLE);
	     n++)
		a--;
	if (a >= 2 && tag_verb(c, &st->t[a - 1]) && !(st->t[a - 2].flags & (TF_WORD | TF_DIGIT)) &&
	    (b >= st->n || !(st->t[b].flags & TF_WORD)))
		return true;
	return a >= 1 && b < st->n && !(st->t[a - 1].flags & (TF_WORD | TF_DIGIT)) &&
	       tag_verb(c, &st->t[b]);
}

/* True when the word w is a word of a person's name read before ("Cuban" after "Mark Cuban"). */
bool coref_person_word(const struct coref *c, struct span w)
{
	size_t e = coref_map_get(c, &c->words, w);

	return e != COREF_NONE && c->ents[e].kind == COREF_PERSON;
}

/* True when token i is "for" after a capitalised title's or role's word, the office it names:
 * "Undersecretary for Political Affairs", "Commissioner for Refugees" (not "a warrant Monday for
 * James Charles Kopp"). */
static bool office_for(const struct coref *c, struct sent *st, size_t i)
{
	return i >= 1 && i > st->first && tok_is(c, &st->t[i], "for") &&
	       (st->t[i - 1].flags & TF_WORD) && (st->t[i - 1].flags & TF_CAP) &&
	       st->t[i - 1].bend == st->t[i - 1].end &&
	       (tok_lex(c, &st->t[i - 1]) & (LEX_TITLE | LEX_ROLE));
}

/* "Secretary of State John Kerry", "Director of the Federal Bureau of Investigation Louis Freeh",
 * "Undersecretary for Political Affairs Wendy Sherman": in a run [k, b) that follows "of" (or
 * "of the") or an office's "for", where a given name opens the last two words or more, all
 * capitalised, the words before it name the body and the rest the person; the token where the
 * person's name begins, or k. */
static size_t after_of_person(const struct coref *c, struct sent *st, size_t a, size_t k, size_t b)
{
	size_t s;

	if (!((a >= 1 && (tok_is(c, &st->t[a - 1], "of") || office_for(c, st, a - 1))) ||
	      (a >= 2 && tok_is(c, &st->t[a - 1], "the") && tok_is(c, &st->t[a - 2], "of"))))
		return k;
	for (s = b; s > k && (st->t[s - 1].flags & TF_WORD) && (st->t[s - 1].flags & TF_CAP); s--)
		;
	for (; s + 1 < b; s++) {
		if (tok_lex(c, &st->t[s]) & LEX_TITLE)
			return k; /* "of President Barack Obama": a title, no body */
		if (s > k && (tok_lex(c, &st->t[s]) & LEX_FIRST))
			return s;
	}
	return k;
}

/* True when t is a capitalised word the lexicon does not know, not in capitals throughout
 * ("Mook", not "DNC"): a word that may be a person's name. */
static bool unknown_name_word(const struct coref *c, struct ctok *t)
{
	return tok_lex(c, t) == 0 && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAP);
}

/* "Chief of Staff Denis McDonough", "National Security Adviser Susan Rice": in the run [k, b),
 * a given name the lexicon knows, which opens the last two or three words, all capitalised and
 * none an organisation's, after a capitalised title's or role's word or (`titled`) after any
 * capitalised word of an office a title opened (or two words unknown_name_word() reads, after
 * such a word or a role's): the words before it are the person's office, no words of the name;
 * the token where the name begins, or k. */
static size_t office_name(const struct coref *c, struct sent *st, size_t k, size_t b, bool titled)
{
	for (size_t j = b >= 3 ? b - 3 : 0; j + 1 < b; j++) {
		struct ctok *t = &st->t[j - (j > 0)];
		if (j <= k || !(tok_lex(c, &st->t[j]) & LEX_FIRST) || !(t->flags & TF_CAP) ||
		    t->bend < t->end || (!titled && !(tok_lex(c, t) & (LEX_TITLE | LEX_ROLE))))
			continue;
		size_t i = j;
		while (i < b && (st->t[i].flags & TF_WORD) && (st->t[i].flags & TF_CAP) &&
		       !(tok_lex(c, &st->t[i]) & LEX_ORGKEY))
			i++;
		if (i == b)
			return j;
	}
	/* "Chief of Staff Denis McDonough": after a title's office, two capitalised words the
	 * lexicon does not know are the name too; "Campaign Manager Robby Mook": so after a
	 * capitalised role's word, with or without a title before; "Chief Financial Officer
	 * Karsten Munk Knudsen": three after a role's word */
	for (size_t words = 2; words <= 3 && b >= k + words + 1; words++) {
		struct ctok *o = &st->t[b - words - 1];
		bool all = (o->flags & TF_CAP) && o->bend == o->end &&
			   ((words == 2 && titled) || (tok_lex(c, o) & LEX_ROLE));
		for (size_t j = b - words; all && j < b; j++)
			all = unknown_name_word(c, &st->t[j]);
		if (all)
			return b - words;
	}
	return k;
}

/* True when the name at token a is its sentence's subject after an article and one lowercase
 * word the lexicon does not know, a description of the person ("a terse Miller agreed", "the
 * embattled Holt said"). */
static bool described_subject(const struct coref *c, struct sent *st, size_t a)
{
	return a >= 2 && st->subj + 2 == a && (st->t[a - 2].flags & TF_WORD) &&
	       (tok_is(c, &st->t[a - 2], "a") || tok_is(c, &st->t[a - 2], "the")) &&
	       (st->t[a - 1].flags & TF_WORD) && !(st->t[a - 1].flags & TF_CAP) &&
	       st->t[a - 1].bend == st->t[a - 1].end && tok_lex(c, &st->t[a - 1]) == 0 &&
	       !(st->t[a].flags & TF_ALLCAP); /* "a good CPU profiling": no one */
}

/* True when the name at token a is the subject of a clause that opens its sentence before the
 * main one ("Although the IMF did not single out the plan, it referenced ..."): right after the
 * sentence's first word, a conjunction of such a clause, "the" between or not. A pronoun that
 * is the main clause's subject then finds it before anyone further back. */
static bool clause_subject(const struct coref *c, struct sent *st, size_t a)
{
	static const char opens[] = COREF_SUBORDINATORS;
	size_t i = 0;

	while (i < st->n && !(st->t[i].flags & TF_WORD))
		i++;
	if (i >= st->n || st->subj <= a ||
	    !text_word_in(opens, c->text + st->t[i].start, st->t[i].end - st->t[i].start))
		return false;
	return a == i + 1 || (a == i + 2 && tok_is(c, &st->t[i + 1], "the"));
}

/* True when the titles read before token k run straight into an office of capitalised words
 * ending in a role's word ("Vice Chair Jennifer Ping", "Deputy Campaign Manager Ann Lee"): the
 * office is no word of the name. */
static bool title_into_office(const struct coref *c, struct sent *st, size_t k, size_t b)
{
	return k >= 1 && k + 2 < b && (tok_lex(c, &st->t[k - 1]) & LEX_TITLE) &&
	       (st->t[k - 1].flags & TF_CAP) && st->t[k - 1].bend == st->t[k - 1].end &&
	       (st->t[k].flags & TF_CAP) && !(tok_lex(c, &st->t[k]) & LEX_FIRST);
}

/* The first title among the tokens [k, b) ("Director", "CEO", "Sen."), or b. */
static size_t first_title(const struct coref *c, struct sent *st, size_t k, size_t b)
{
	while (k < b && !(tok_lex(c, &st->t[k]) & LEX_TITLE))
		k++;
	return k;
}

/* True when the body's words at k follow a secretary's or a minister's "of" ("Secretary of
 * State", "Minister of the Interior"): a department of a government, never the business a later
 * "the company" or "the operator" means. */
static bool secretary_of(const struct coref *c, const struct sent *st, size_t k)
{
	size_t o = k >= 2 && tok_is(c, &st->t[k - 1], "the") ? k - 2 : k - 1;

	return k >= 2 && o > st->first && tok_is(c, &st->t[o], "of") &&
	       (tok_is(c, &st->t[o - 1], "secretary") ||
		tok_is(c, &st->t[o - 1], "undersecretary") || tok_is(c, &st->t[o - 1], "minister"));
}

/* Records the words [k, s) before a person's title as whom the person works for: an
 * organisation unless they name another kind of thing ("NVIDIA CEO Huang Renxun"); after "of"
 * (`body`: "Secretary of State John Kerry") an organisation even when they read as a person's. */
static size_t add_employer(struct coref *c, const struct sent *st, size_t k, size_t s, bool body,
			   unsigned flags)
{
	struct evidence emp = {body ? COREF_ORG : COREF_UNKNOWN,
			       COREF_GENDER_UNKNOWN,
			       COREF_ORG_ANY,
			       {0},
			       0,
			       false,
			       false,
			       0,
			       false};

	name_kind(c, st, k, s, &emp);
	if (emp.kind == COREF_UNKNOWN ||
	    (emp.kind == COREF_PERSON && (body || coref_company_form_near(c, st, k, s)))) {
		emp.kind = COREF_ORG; /* "Cie. de Navigation Mixte Chairman Marc Fournier" */
		emp.gender = COREF_GENDER_UNKNOWN;
	}
	if (body && emp.org == COREF_ORG_ANY && secretary_of(c, st, k))
		emp.org = COREF_ORG_AUTHORITY;
	return coref_add_mention(c, st, (struct span){st->t[k].start, st->t[s - 1].bend}, &emp,
				 flags);
}

/* True when the words before the name [a, b) make it a thing owned or one of many: "a", "an" or
 * a possessive ("its", "the company's"), perhaps with a lowercase adjective between ("an
 * original Xbox"), when the name is the head of the phrase or names a part ("its Ticketron
 * unit"), not a word before another noun ("its Uber drivers", "a Google spokesman"). */
static bool owner_before(const struct coref *c, struct sent *st, size_t a, size_t b)
{
	struct ctok *t = &st->t[a - 1];

	if (b < st->n && (st->t[b].flags & TF_WORD) && !(st->t[b].flags & TF_CAP) &&
	    !(tok_lex(c, &st->t[b]) & LEX_STOP) &&
	    !text_word_in("arm brand division plan subsidiary unit", c->text + st->t[b].start,
			  st->t[b].bend - st->t[b].start))
		return false;

	if (a >= 2 && (t->flags & TF_WORD) && !(t->flags & TF_CAP) && t->bend == t->end &&
	    !(tok_lex(c, t) & LEX_STOP))
		t = &st->t[a - 2]; /* an adjective */
	if (!(t->flags & TF_WORD))
		return false;
	return tok_is(c, t, "a") || tok_is(c, t, "an") || coref_possessive(c, t) ||
	       (!(t->flags & TF_CAP) && t->bend < t->end);
}

/* "Director of the Federal Bureau of Investigation (FBI) Louis Freeh": a title, "of" and the
 * body, its acronym in brackets, right before the person's name at token a, which the brackets
 * keep out of one run; the title's token, or a when there is none. The body (or its acronym)
 * is the last name read before a. */
static size_t title_of_body(const struct coref *c, const struct sent *st, size_t a)
{
	size_t i = a;

	if (i < 3 || !tok_ch(c, &st->t[i - 1], ')'))
		return a;
	for (i -= 2; i > 0 && i + 4 > a && !tok_ch(c, &st->t[i], '('); i--)
		;
	if (!tok_ch(c, &st->t[i], '('))
		return a;
	/* back over the body's words to the "of" after the title */
	for (size_t n = 0; i > 1 && n < RUN_MAX; n++) {
		struct ctok *t = &st->t[--i];
		if (!(t->flags & TF_WORD))
			return a;
		if (tok_is(c, t, "of") && (st->t[i - 1].flags & TF_CAP) &&
		    (tok_lex(c, &st->t[i - 1]) & LEX_TITLE) &&
		    (tok_lex(c, &st->t[i - 1]) & LEX_ROLE))
			return i - 1;
		if (!(t->flags & TF_CAP) && !tok_is(c, t, "the") && !tok_is(c, t, "of") &&
		    !tok_is(c, t, "and"))
			return a;
	}
	return a;
}

/* True when the token t is an adverb of manner or certainty ("Certainly", "Clearly",
 * "Apparently"): more than five letters ending in "ly" but not "ley", a given name's ending
 * ("Bradley", "Ashley"). */
static bool ly_adverb(const struct coref *c, const struct ctok *t)
{
	size_t n = t->end - t->start;
	const char *w = c->text + t->start;

	return n > 5 && w[n - 2] == 'l' && w[n - 1] == 'y' && w[n - 3] != 'e';
}

/* True when the token t is a number said in words, or a compound of one ("Ten", "Twenty-five",
 * "Hundreds"). */
static bool number_word(const struct coref *c, const struct ctok *t)
{
	static const char numbers[] =
		"four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
		"seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
		"hundred hundreds thousand thousands dozen dozens";
	const char *w = c->text + t->start, *h = memchr(w, '-', t->end - t->start);
	size_t n = h ? (size_t)(h - w) : t->end - t->start;

	return text_word_in(numbers, w, n);
}

/* True when the tokens from b read as a share price's move: a verb for it, a number and "to"
 * another or a percentage ("eased 1/8 to 31 7/8", "fell 4 to 15", "rose 3%"). A name that opens
 * a sentence before them is a company on the stock market, as a reader of the market report
 * knows, whom "the company" or "the chip maker" then refers to. */
static bool price_move(const struct coref *c, struct sent *st, size_t k, size_t b)
{
	static const char moves[] = "added advanced climbed declined dipped dropped eased edged "
				    "fell firmed gained jumped lost plunged rallied rocketed rose "
				    "sank slid slipped soared surged tumbled";
	/* "Sales rose 4.8% to $1.20 billion", "Net fell 16%", "Shares fell 6 percent": a figure of
	 * the firm's, no firm */
	static const char measures[] = "sales revenue revenues net profit profits earnings income "
				       "output exports imports orders shipments spending prices "
				       "inflation unemployment volume margins costs production "
				       "shares stocks bonds yields futures";
	bool digit = false;

	if (b - k == 1 &&
	    text_word_in(measures, c->text + st->t[k].start, st->t[k].end - st->t[k].start))
		return false;
	if (b + 2 >= st->n || !(st->t[b].flags & TF_WORD) ||
	    !text_word_in(moves, c->text + st->t[b].start, st->t[b].end - st->t[b].start))
		return false;
	for (size_t i = b + 1; i < st->n && i < b + 8; i++) {
		struct ctok *t = &st->t[i];
		if (t->flags & TF_DIGIT)
			digit = true;
		else if (tok_is(c, t, "to") || tok_ch(c, t, '%') || tok_is(c, t, "percent"))
			return digit;
		else if (!tok_ch(c, t, '/') && !tok_ch(c, t, '.') && !tok_ch(c, t, '$'))
			return false;
	}
	return false;
}

/* True when the name [k, b) is one U.S. state after "City, " (text_state_abbrev()), its stop
 * if any followed by a comma, a space or the sentence's end ("Rockford, Ill.,", "El Paso,
 * Texas,"; not "Norwood, Mass.-based Phoenix", where Norwood may be a firm's name too). */
static bool state_after_city(const struct coref *c, const struct sent *st, size_t k, size_t b)
{
	const struct ctok *t = &st->t[k];

	if (b != k + 1 || k < 2 || !tok_ch(c, &st->t[k - 1], ',') ||
	    !(st->t[k - 2].flags & TF_WORD) || !(st->t[k - 2].flags & TF_CAP) ||
	    !text_state_abbrev(c->text + t->start, t->end - t->start))
		return false;
	bool stop = c->text[t->end - 1] == '.';

	if (!stop && b < st->n && tok_ch(c, &st->t[b], '.')) {
		stop = true;
		b++;
	}
	/* a space after the stop ("Nashua, N.H. on Monday"); "Texas" needs its comma ("Joh Husted,
	 * Ohio Secretary of State" is no city) */
	return b >= st->n || tok_ch(c, &st->t[b], ',') ||
	       (stop && st->t[b].start > st->t[b - 1].end);
}

/* True when the name ending before token b is a city that its state's abbreviation follows
 * ("Rockford, Ill.,"). */
static bool city_of_state(const struct coref *c, const struct sent *st, size_t b)
{
	return b + 1 < st->n && tok_ch(c, &st->t[b], ',') && (st->t[b + 1].flags & TF_WORD) &&
	       state_after_city(c, st, b + 1, b + 2);
}

/* True when the capitalised word t is a title made plural ("Presidents", "Sens."), not a royal
 * one ("Kings Point"). */
static bool plural_title(const struct coref *c, const struct ctok *t)
{
	size_t n = t->end - t->start;
	unsigned id;

	return (t->flags & TF_CAP) && n >= 4 && c->text[t->end - 1] == 's' &&
	       (coref_lex(c->text + t->start, n - 1, &id) & LEX_TITLE) &&
	       !text_word_in("kings queens princes princesses", c->text + t->start, n);
}

/* True when the name [a, b) opens its paragraph before a colon, after a quotation mark or not
 * (doc_paragraph_lead()): the label of a transcript's turn ("TAPPER: Do you think ...?",
 * "\"PENCE: ..."), whose speaker is "I" in the turn and "you" in the next, never the "he" of
 * either. Looser on purpose than the claims' turn (turn_of_transcript(),
 * claims_frames_labels.c), which also wants the label in capitals, a paragraph of the body and
 * speech after it: that one makes the words a quotation, while this one only keeps a name in a
 * label's place from being an antecedent, and labels in mixed case ("Matthews: ...") are
 * labels too. */
static bool turn_label(const struct coref *c, const struct sent *st, size_t a, size_t b)
{
	return b < st->n && tok_ch(c, &st->t[b], ':') &&
	       st->t[a].start == doc_paragraph_lead(c->d, st->para);
}

/* True when a lowercase noun for a person follows token b, after one adjective at most:
 * "[Elian's] father", "[Smith's] longtime lawyer", a person other than the one named. */
static bool person_noun_after(const struct coref *c, const struct sent *st, size_t b)
{
	for (size_t k = b; k < st->n && k < b + 2; k++) {
		struct ctok *t = &st->t[k];
		if (!(t->flags & TF_WORD) || (t->flags & TF_CAP))
			return false;
		if ((tok_lex(c, t) & (LEX_ROLE | LEX_KIN)) ||
		    text_word_in("father mother son daughter wife husband brother sister widow",
				 c->text + t->start, t->end - t->start))
			return true;
	}
	return false;
}

/* True when the name that ends at token b - 1 is a possessive whose noun is a business's own:
 * its chief executive, founder or shareholders ("Volkswagen's chief executive, Oliver Blume",
 * "Rivian's founder"); a name of no known kind so owned is a business (not "shares": "Musk's
 * shares"). */
static bool business_owned(const struct coref *c, const struct sent *st, size_t b)
{
	if (b >= st->n || st->t[b - 1].bend >= st->t[b - 1].end || (st->t[b].flags & TF_CAP) ||
	    !(st->t[b].flags & TF_WORD))
		return false;
	if (tok_is(c, &st->t[b], "chief"))
		return b + 1 < st->n && text_word_in("executive financial operating technology",
						     c->text + st->t[b + 1].start,
						     st->t[b + 1].end - st->t[b + 1].start);
	return text_word_in("co-founder founder shareholders", c->text + st->t[b].start,
			    st->t[b].end - st->t[b].start);
}

/* True when the word t ends in "-born" or "-based" ("Korean-born", "London-based"). */
static bool origin_word(const struct coref *c, const struct ctok *t)
{
	size_t n = t->end - t->start;
	const char *w = c->text + t->start;

	return n > 6 && (strncasecmp(w + n - 5, "-born", 5) == 0 ||
			 strncasecmp(w + n - 6, "-based", 6) == 0);
}

/* Reads the name that starts at token a (a name word, a title or "the"); returns the token after
 * it. */
size_t coref_read_name(struct coref *c, struct sent *st, size_t a)
{
	struct evidence ev = {
		COREF_UNKNOWN, COREF_GENDER_UNKNOWN, COREF_ORG_ANY, {0}, 0, false, false, 0, false};
	size_t b = coref_run_end(c, st, a), k = a, s;
	unsigned flags = 0;
	/* "the 4th Circuit", "the 9th U.S. Circuit Court of Appeals": an ordinal in figures after
	 * "the" numbers the body, a word of its name; `at` is where the name opens */
	bool ord = a >= 2 && (st->t[a - 1].flags & TF_DIGIT) &&
		   coref_ordinal(c->text + st->t[a - 1].start,
				 st->t[a - 1].end - st->t[a - 1].start) &&
		   tok_is(c, &st->t[a - 2], "the");
	size_t at = ord ? a - 1 : a;
	bool the = at > 0 && tok_is(c, &st->t[at - 1], "the"), org = false;
	size_t employer = COREF_NONE, e;
	struct span name;
	bool subj_lead = false, form_org = false;

	if (b == a)
		return a + 1;
	/* "FBI Director Louis Freeh", "House Speaker Nancy Pelosi": an organisation's word before
	 * a title names the employer, not the person named after it */
	s = first_title(c, st, k, b);
	if (s + 1 >= b)
		s = k;
	for (; s < b; s++)
		if ((tok_lex(c, &st->t[s]) & LEX_ORGKEY) &&
		    !(s > a && tok_is(c, &st->t[s - 1], "a")))
			org = true; /* not "Court" in "Janet Holmes a Court" (coref_run_end) */
	/* "Tunisian Prime Minister Habib Essid", "Republican Donald Trump": an adjective before a
	 * title or a given name goes */
	if (!org && k + 1 < b && (tok_lex(c, &st->t[k]) & LEX_DEMONYM) &&
	    ((tok_lex(c, &st->t[k + 1]) & LEX_TITLE) ||
	     (k + 2 < b && (tok_lex(c, &st->t[k + 1]) & LEX_FIRST))))
		k++;
	/* "South Korean-born Monte Haines", "London-based Acme Corp": the words up to one in
	 * "-born" or "-based" say where the name comes from, no word of it */
	for (size_t j = k; j + 1 < b && j < k + 3; j++)
		if (origin_word(c, &st->t[j])) {
			k = j + 1;
			break;
		}
	/* "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin": a title made plural, before a
	 * name of two words or more, is no word of the first one; not before a preposition of a
	 * body's name ("Doctors Without Borders") */
	if (!org && k + 2 < b && plural_title(c, &st->t[k]) && coref_name_word(c, st, k + 1)) {
		ev.kind = COREF_PERSON;
		ev.titled = true;
		k++;
	}
	/* "Enter Stuart R. Kaplan", "Meet John Smith": a verb opening the sentence, before a
	 * person's name of two words or more, is no word of it; nor is an adverb ("Certainly
	 * Tomas Berg continues"), also before a surname alone ("Interestingly Blocher, a wealthy
	 * industrialist, became") */
	if (!org && k == st->first && (b - k >= 3 || (b - k == 2 && ly_adverb(c, &st->t[k]))) &&
	    !(tok_lex(c, &st->t[k]) &
	      (LEX_FIRST | LEX_TITLE | LEX_DEMONYM | LEX_GPE | LEX_PLACE)) &&
	    ((tok_lex(c, &st->t[k]) & LEX_OPENER) || (tok_lex(c, &st->t[k + 1]) & LEX_FIRST) ||
	     ly_adverb(c, &st->t[k])))
		k++;
	/* "NVIDIA CEO Huang Renxun": a name before a title is its employer, a name of its own */
	s = first_title(c, st, k, b);
	if (!org && s > k && s + 1 < b) {
		employer = add_employer(c, st, k, s, false, MF_MOD);
		k = s;
	} else if ((s = after_of_person(c, st, a, k, b)) > k) {
		/* "Secretary of State John Kerry said": the title opened the subject */
		size_t lead = tok_is(c, &st->t[a - 1], "the") ? a - 2 : a - 1;
		subj_lead = lead >= 1 && lead - 1 == st->subj &&
			    (tok_lex(c, &st->t[lead - 1]) & LEX_TITLE);
		employer = add_employer(c, st, k, s, true, MF_MOD | MF_OBL);
		k = s;
	}
	/* "spokesman Josh Earnest", not "a major Seattle firm"; nor "the official Xinhua News
	 * Agency", where the word before an organisation's name is an adjective */
	if (b - k >= 2 && !org)
		roles_before(c, st, a, &ev);
	/* a name set off by commas after a lowercase role that ends a description: "The Czech
	 * foreign minister, Jan Kavan," (a description opening the sentence), or one word after a
	 * kin word, that relative's given name, of the kin word's sex ("Elian's paternal
	 * grandmother, Mariela,", "his cousin, Ana,") */
	if (a == k && a >= 2 && tok_ch(c, &st->t[a - 1], ',') && b < st->n &&
	    tok_ch(c, &st->t[b], ',') && (st->t[a - 2].flags & TF_WORD) &&
	    !(st->t[a - 2].flags & TF_CAP)) {
		unsigned lex = tok_lex(c, &st->t[a - 2]);
		bool kin = b - k == 1 && (lex & LEX_KIN);
		/* "Her deputy, Lena Park,": a title's word written in lowercase ends the
		 * description as a role does, after "the" or a possessive */
		if (kin || (b - k >= 2 && a >= 3 &&
			    (role_led_subject(c, st, a) || possessive_led(c, st, a)) &&
			    (lex & (LEX_ROLE | LEX_TITLE)))) {
			coref_note_role(&ev, st->t[a - 2].id);
			ev.kind = COREF_PERSON;
			ev.titled = true;
			if (kin && (lex & (LEX_MALE | LEX_FEMALE)))
				ev.gender = coref_lex_gender(lex);
		}
	}
	/* "Chidi Okafor's brother Emeka Okafor", "the spokeswoman Jane Reed": a lowercase word of
	 * a sex (no pronoun) right before a name of two words or more is the person's */
	if (!org && a == k && a >= 1 && b - k >= 2 && ev.gender == COREF_GENDER_UNKNOWN &&
	    (st->t[a - 1].flags & TF_WORD) && !(st->t[a - 1].flags & TF_CAP) &&
	    (tok_lex(c, &st->t[a - 1]) & (LEX_MALE | LEX_FEMALE)) &&
	    !(tok_lex(c, &st->t[a - 1]) & LEX_PRON))
		ev.gender = coref_lex_gender(tok_lex(c, &st->t[a - 1]));
	/* titles: Mr., Sen., President, Chief Executive; a role opening the sentence, capitalised
	 * only there ("Spokesman Yuri Petrov said") */
	while (!org && k + 1 < b &&
	       ((tok_lex(c, &st->t[k]) & LEX_TITLE) ||
		(k == st->first && (tok_lex(c, &st->t[k]) & LEX_ROLE) &&
		 !(tok_lex(c, &st->t[k]) & LEX_FIRST)))) {
		struct ctok *t = &st->t[k];
		ev.kind = COREF_PERSON;
		ev.titled = true;
		if (tok_lex(c, t) & (LEX_MALE | LEX_FEMALE))
			ev.gender = coref_lex_gender(tok_lex(c, t));
		if (tok_lex(c, t) & LEX_ROLE)
			coref_note_role(&ev, t->id);
		if (tok_is(c, t, "king") || tok_is(c, t, "queen") || tok_is(c, t, "prince") ||
		    tok_is(c, t, "princess")) {
			ev.royal = t->id;
			break; /* "King Hussein": the title is part of the name */
		}
		k++;
		if (tok_is(c, &st->t[k], "of") || (tok_lex(c, &st->t[k]) & LEX_PARTICLE)) {
			/* "Chief of Staff Denis McDonough": the office, then the name */
			if ((s = office_name(c, st, k, b, true)) == k)
				return b; /* "Secretary of State ...": too unsure to read */
			k = s;
			break;
		}
	}
	/* "National Security Adviser Susan Rice", "Campaign Chair Ann Lee": an office of
	 * capitalised words ending in a role's word before a given name */
	if ((!ev.titled || title_into_office(c, st, k, b)) &&
	    (s = office_name(c, st, k, b, false)) > k) {
		ev.kind = COREF_PERSON;
		ev.titled = true;
		coref_note_role(&ev, st->t[s - 1].id);
		k = s;
	}
	/* "Fox News Vice President and Washington Managing Editor Bill Sammon": a second title
	 * joined to the first by "and", with its own employer's words, before the one name */
	if (ev.titled && k + 2 < b && tok_is(c, &st->t[k], "and"))
		for (size_t j = k + 1; j + 1 < b && j < k + 5; j++)
			if ((st->t[j].flags & TF_CAP) &&
			    (tok_lex(c, &st->t[j]) & (LEX_TITLE | LEX_ROLE))) {
				k = j + 1;
				break;
			}
	if (k >= b || (b - k == 1 && (tok_lex(c, &st->t[k]) & LEX_TITLE)))
		return b; /* a title alone: "the President" */
	name_kind(c, st, k, b, &ev);
	apposition(c, st, b, &ev);
	/* "the Rockford, Ill., maker of fasteners", "Acme Inc., Hasbrouk Heights, N.J., said": a
	 * city and its state, where a business is, are places; never the company a later "the
	 * company said" means */
	if (city_of_state(c, st, b) || state_after_city(c, st, k, b)) {
		ev.kind = COREF_PLACE;
		ev.gender = COREF_GENDER_UNKNOWN;
	}
	if (a == st->subj && !ev.titled && ev.kind != COREF_ORG && price_move(c, st, k, b)) {
		ev.kind = COREF_ORG;
		ev.org = COREF_ORG_COMPANY;
		ev.gender = COREF_GENDER_UNKNOWN;
	}
	if (ev.kind == COREF_UNKNOWN && !ev.titled && business_owned(c, st, b)) {
		ev.kind = COREF_ORG;
		ev.org = COREF_ORG_COMPANY;
		ev.gender = COREF_GENDER_UNKNOWN;
	}
	/* "Cie. Financiere de Paribas": words read as a person's are a business's by its form */
	if (ev.kind == COREF_PERSON && !ev.titled && coref_company_form_near(c, st, k, b)) {
		ev.kind = COREF_ORG;
		ev.org = COREF_ORG_COMPANY;
		ev.gender = COREF_GENDER_UNKNOWN;
		form_org = true;
	}
	name = (struct span){st->t[k == a && ev.kind != COREF_PERSON ? at : k].start,
			     st->t[b - 1].bend};
	if (st->t[b - 1].bend < st->t[b - 1].end)
		flags |= MF_POSS;
	if (at == st->subj || (the && at == st->subj + 1) || role_led_subject(c, st, a) ||
	    tag_subject(c, st, a, b) || described_subject(c, st, a) || clause_subject(c, st, a))
		flags |= MF_SUBJ;
	if (a > 0 && (tok_lex(c, &st->t[a - 1]) & LEX_PREP) && (st->t[a - 1].flags & TF_WORD))
		flags |= MF_OBL;
	if (the && at >= 2 && (tok_lex(c, &st->t[at - 2]) & LEX_PREP))
		flags |= MF_OBL;
	if (subj_lead)
		flags = (flags & ~(unsigned)MF_OBL) | MF_SUBJ;
	if (st->t[k].flags & TF_INQ)
		flags |= MF_INQ;
	if (b < st->n && (st->t[b].flags & TF_WORD) && !(st->t[b].flags & TF_CAP) &&
	    (tok_lex(c, &st->t[b]) & (LEX_ROLE | LEX_ORGDESC))) {
		if (the && ev.kind != COREF_PERSON &&
		    (tok_lex(c, &st->t[b]) & (LEX_ORGDESC | LEX_MEDIA)) ==
			    (LEX_ORGDESC | LEX_MEDIA)) {
			/* "the Maariv newspaper", "the Haaretz daily": the name is the paper's */
			ev.kind = COREF_ORG;
			ev.org = COREF_ORG_MEDIA;
		} else {
			flags |= MF_MOD; /* "the Trump campaign", "NVIDIA chief" */
		}
	}
	/* "the company's Ticketron unit", "its Teams plan", "an original Xbox": a thing a firm has,
	 * or one of many, is no firm that speaks */
	if (a > 0 && !(flags & MF_MOD) && owner_before(c, st, a, b))
		flags |= MF_OWNED;
	if (the && !(flags & MF_MOD) && ev.kind == COREF_UNKNOWN)
		ev.kind = COREF_ORG; /* "the Financial Times" */
	/* one capitalised word opening the sentence, with nothing to say it is a name */
	if (b - k == 1 && k == a && a == st->first && ev.kind == COREF_UNKNOWN &&
	    !(st->t[k].flags & TF_ALLCAP) &&
	    !(b < st->n && (tok_ch(c, &st->t[b], '(') || tok_ch(c, &st->t[b], ','))))
		flags |= MF_WEAK;
	if (st->heading)
		flags |= MF_WEAK;
	if (turn_label(c, st, a, b))
		flags |= MF_LABEL;
	if ((flags & MF_POSS) && person_noun_after(c, st, b))
		flags |= MF_OWNER;
	/* "Conversely,", "Previously,": a word opening the sentence before a comma that no
	 * apposition follows */
	if (b - k == 1 && k == a && a == st->first && ev.kind == COREF_UNKNOWN && b + 1 < st->n &&
	    tok_ch(c, &st->t[b], ',') && !known_word(c, name_of(st, k)) &&
	    !(tok_is(c, &st->t[b + 1], "the") || tok_is(c, &st->t[b + 1], "a") ||
	      tok_is(c, &st->t[b + 1], "an") || tok_is(c, &st->t[b + 1], "who") ||
	      (st->t[b + 1].flags & (TF_DIGIT | TF_CAP))))
		return b;
	/* "Nearly", "Clearly": an adverb opening the sentence names nobody */
	if (b - k == 1 && k == st->first && st->t[k].end - st->t[k].start > 4 &&
	    memcmp(c->text + st->t[k].end - 2, "ly", 2) == 0)
		return b;
	/* "Ten years ago, she", "Twenty-five members voted": a number said in words opening the
	 * sentence counts, it names nobody ("one", "two", "three" are stop words) */
	if (b - k == 1 && k == a && a == st->first && number_word(c, &st->t[k]))
		return b;
	/* "Securities analysts were", "Software makers": a business's word alone opening the
	 * sentence is a common noun, no company's name (but "Power said" after "Samantha Power"
	 * is her name) */
	if (b - k == 1 && k == a && a == st->first && !the &&
	    (tok_lex(c, &st->t[k]) & (LEX_ORGKEY | LEX_COMPANY)) == (LEX_ORGKEY | LEX_COMPANY) &&
	    !(st->t[k].flags & TF_ALLCAP) && !known_word(c, name_of(st, k)))
		return b;
	/* a letter alone ("R&D") names nobody */
	if (b - k == 1 && st->t[k].end - st->t[k].start == 1)
		return b;
	/* one capitalised adjective ("Chinese regulators", "Democratic") names nobody, unless it
	 * is a word of a person's name read before ("Cuban" after "Mark Cuban") */
	if (b - k == 1 && (tok_lex(c, &st->t[k]) & LEX_DEMONYM) &&
	    !coref_person_word(c, name_of(st, k)) &&
	    (!(tok_lex(c, &st->t[k]) & LEX_GROUP) ||
	     (b < st->n && (st->t[b].flags & TF_WORD) && !(st->t[b].flags & TF_CAP))))
		return b;
	/* "a South Korean passport", "the North Korean regime": words that end in a nation's
	 * adjective, before a lowercase word, name nobody either (not "Mark Cuban", a given name
	 * first, nor a title's person) */
	if (b - k >= 2 && ev.kind == COREF_PERSON && !ev.titled && b < st->n &&
	    (tok_lex(c, &st->t[b - 1]) & LEX_DEMONYM) && !(tok_lex(c, &st->t[b - 1]) & LEX_GROUP) &&
	    !(tok_lex(c, &st->t[k]) & LEX_FIRST) && (st->t[b].flags & TF_WORD) &&
	    !(st->t[b].flags & TF_CAP) && !coref_person_word(c, name_of(st, b - 1)))
		return b;
	if (ev.kind == COREF_PERSON && employer == COREF_NONE && k == a && c->nm > 0 &&
	    (s = title_of_body(c, st, a)) < a && c->m[c->nm - 1].start > st->t[s].end &&
	    c->ents[c->m[c->nm - 1].ent].kind == COREF_ORG) {
		coref_note_role(&ev, st->t[s].id);
		ev.titled = true;
		employer = c->m[c->nm - 1].ent;
	}
	/* "The Rachel Maddow Show": the host's name before "Show" is a person's, whom a later
	 * "Maddow" or "she" means */
	if (ev.kind == COREF_THING && b - k >= 3 && tok_is(c, &st->t[b - 1], "show") &&
	    (tok_lex(c, &st->t[k]) & LEX_FIRST) && coref_name_word(c, st, b - 2)) {
		struct evidence host = {
			COREF_PERSON, COREF_GENDER_UNKNOWN, COREF_ORG_ANY, {0}, 0, false, false, 0,
			false};
		name_kind(c, st, k, b - 1, &host);
		if (host.kind == COREF_PERSON)
			coref_add_mention(c, st, (struct span){st->t[k].start, st->t[b - 2].end},
					  &host, (flags & ~(unsigned)MF_SUBJ) | MF_MOD);
	}
	e = coref_add_mention(c, st, name, &ev, flags);
	/* ... then "Paribas": its last word alone names it too, when it names nothing yet */
	if (form_org && b - k >= 2 && c->ents[e].kind == COREF_ORG &&
	    !known_word(c, name_of(st, b - 1)))
		coref_map_put(c, &c->names, name_of(st, b - 1), e);
	if (employer != COREF_NONE && c->ents[e].kind == COREF_PERSON &&
	    c->ents[employer].kind == COREF_ORG)
		c->ex[e].employer = employer; /* "Nvidia Chief Executive Jensen Huang" */
	return b;
}
