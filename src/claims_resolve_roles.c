/* claims_resolve_roles: the person a description names beside it, for claims_resolve.c: a name
 * in an apposition ("the head of the FBI office, Kenneth Piernick,"), the name a role follows
 * ("Robert M. Price, chairman"), an unnamed person tied to a named one ("an adviser to
 * Hillary Clinton"), and a son or a spouse whose name coref takes for their kin's ("his son
 * Donald Jr."). */
#include "claims_int.h"

/* The name of the person coref knows by the words at s; an empty span when they name no
 * person. */
struct span claims_person_named(const struct engine *e, struct span s)
{
	size_t id = coref_resolve(e->co, s);

	if (id == COREF_NONE || coref_entity(e->co, id)->kind != COREF_PERSON)
		return (struct span){0, 0};
	return coref_entity(e->co, id)->name;
}

/* True when token k is a word of two to four capital letters ("CEO", "CFO"), no name's. */
bool claims_acronym_word(const struct engine *e, size_t k)
{
	size_t n = e->t[k].end - e->t[k].start;

	if (n < 2 || n > 4)
		return false;
	for (size_t i = e->t[k].start; i < e->t[k].end; i++)
		if (e->text[i] < 'A' || e->text[i] > 'Z')
			return false;
	return true;
}

/* True when token k is a lowercase word of a role: an office ("chairman", "executive") or a
 * word before one ("chief", "deputy", "managing") or "and" between two. */
static bool role_word(const struct engine *e, size_t k)
{
	return e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) &&
	       (claims_office_noun(e, k) ||
		tok_among(e, k,
			  "acting and assistant associate deputy executive former general interim "
			  "managing senior vice"));
}

/* Where the role words before token a begin, when an apposition's comma after a capitalised
 * word opens them in a's sentence ("Robert M. Price, chairman and"): that token; SIZE_MAX
 * otherwise. */
static size_t roles_after_name(const struct engine *e, size_t a)
{
	size_t k = a;

	while (k > 0 && a - k < 5 && e->t[k - 1].sent == e->t[a].sent && role_word(e, k - 1))
		k--;
	/* "Jo Lee, newly appointed chairman and" */
	if (k < a && k > 2 && claims_newly_participle(e, k - 1))
		k -= 2;
	if (k < 2 || !tok_punct(e, k - 1, ',') || e->t[k - 2].kind != TOK_WORD ||
	    !(e->t[k - 2].flags & TOKF_CAP) || e->t[k - 2].sent != e->t[a].sent)
		return SIZE_MAX;
	return k;
}

bool claims_roles_joined(const struct engine *e, size_t k)
{
	return tok_is(e, k, "and") && k + 1 < e->nt && e->t[k + 1].sent == e->t[k].sent && k > 0 &&
	       claims_office_noun(e, k - 1) && !(e->t[k - 1].flags & TOKF_CAP) &&
	       (role_word(e, k + 1) ||
		(claims_acronym_word(e, k + 1) && claims_office_noun(e, k + 1))) &&
	       roles_after_name(e, k) != SIZE_MAX && roles_after_name(e, k) < k;
}

/* For a source [a, b) of lowercase words that ends in a role ("chief executive"), or a role
 * and whose it is ("CEO of Washington Restaurant Association", "counsel for the Trump
 * Organization"), and follows an apposition's comma after a name ("Robert M. Price, chairman
 * and", "Anthony Anton, president and"): that person's name, as coref knows it; an empty span
 * otherwise. A plural ("In Rio Nido, officials say") is many people, no role of the one name
 * before it. */
struct span claims_role_of_name_before(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0};
	size_t k = a, id, h = a;

	/* "People like Bob Scott, he said": a pronoun is no role of the name before its comma;
	 * nor is a role with its article and no comma to close it ("Voters want a Fresh Start,
	 * the mayor said"), a subject of its own ("Ann Lee, a spokeswoman for the team, said" is
	 * her apposition) */
	if ((e->t[a].word & WORD_PRON) ||
	    ((e->t[a].word & WORD_DET) && !(b < e->nt && tok_punct(e, b, ','))))
		return none;
	while (h < b && h < a + 3 && e->t[h].kind == TOK_WORD && !(e->t[h].word & WORD_PREP) &&
	       (!(e->t[h].flags & TOKF_CAP) ||
		(claims_acronym_word(e, h) && claims_office_noun(e, h))))
		h++;
	if (h == a || (h < b && !tok_among(e, h, "of for at")) || !claims_office_noun(e, h - 1) ||
	    word_plural(e, h - 1))
		return none;
	if ((k = roles_after_name(e, a)) == SIZE_MAX)
		return none;
	for (k -= 2, id = k; id > 0 && k - id < 6 && e->t[id - 1].sent == e->t[a].sent &&
			     ((e->t[id - 1].kind == TOK_WORD && (e->t[id - 1].flags & TOKF_CAP)) ||
			      tok_punct(e, id - 1, '.'));
	     id--)
		;
	return claims_person_named(e, (struct span){e->t[id].start, e->t[k].end});
}

/* The comma that ends a name set off from n ("Mara Lind,", "the Rev. Tomas Berg,"),
 * within max tokens: its token, or lim when the name runs up to lim; SIZE_MAX when no name
 * comes first or a lowercase word does. Inside a source (lim its end) any other token may be a
 * name's; past it (caps_only) only capitalised words and full stops are, as nothing there
 * bounds the name but the comma. A nickname in quotation marks is the name's (Marcia "Cia"
 * Price), and a bracket after the name ends it ("Ann Lee (D-Va.)": the bracket's token). */
static size_t name_to_comma(const struct engine *e, size_t n, size_t lim, size_t max,
			    bool caps_only)
{
	size_t m;

	for (m = n; m < lim && m < n + max && !tok_punct(e, m, ','); m++) {
		if (tok_punct(e, m, '(') && m > n)
			return m; /* "Ann Lee (D-Va.)": the party's label after the name */
		size_t past = claims_after_nickname(e, m, lim);
		if (past > m)
			m = past - 1; /* Marcia "Cia" Price */
		else if (e->t[m].kind == TOK_WORD ? !(e->t[m].flags & TOKF_CAP)
						  : caps_only && !tok_punct(e, m, '.'))
			return SIZE_MAX;
	}
	return m == n || (m < lim && !tok_punct(e, m, ',')) ? SIZE_MAX : m;
}

/* For a description [a, b) that opens with "the" or a possessive ("Mara's elder brother",
 * "his aunt") and ends in a lowercase word: the person named in an apposition right after it,
 * perhaps after a phrase that opens with a preposition ("The head of the FBI investigation in
 * Dar es Salaam, Kenneth Piernick,"), as coref knows them; an empty span otherwise. */
struct span claims_apposition_after(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0};
	size_t k = b, n;

	while (k > a + 1 && e->t[k - 1].kind == TOK_WORD && !(e->t[k - 1].flags & TOKF_CAP))
		k--; /* the lowercase words that end the description */
	if (b < a + 2 ||
	    !(tok_is(e, a, "the") || tok_among(e, a, "his her their") ||
	      (k > a && word_possessive(e, k - 1) && (e->t[k - 1].flags & TOKF_CAP))) ||
	    e->t[b - 1].kind != TOK_WORD || (e->t[b - 1].flags & TOKF_CAP) || b >= e->nt ||
	    e->t[b].sent != e->t[a].sent)
		return none;
	k = b;
	if (!tok_punct(e, k, ',')) {
		if (!(e->t[k].word & WORD_PREP))
			return none;
		while (k < e->nt && k < b + 8 && e->t[k].kind == TOK_WORD &&
		       e->t[k].sent == e->t[a].sent)
			k++;
		if (k >= e->nt || !tok_punct(e, k, ','))
			return none;
	}
	n = name_to_comma(e, ++k, e->nt, 5, true);
	if (n >= e->nt || e->t[n].sent != e->t[a].sent)
		return none;
	return claims_person_named(e, claims_source_span(e, k, n));
}

/* For a description [a, k) that ends in a lowercase word before the comma at k: the person
 * that coref knows by the name after that comma ("the" and titles allowed before it), up to the
 * next comma or b; an empty span otherwise. */
struct span claims_name_set_off(const struct engine *e, size_t a, size_t k, size_t b)
{
	struct span none = {0, 0};
	size_t n, m;

	if (k < a + 2 || k + 1 >= b || !tok_punct(e, k, ',') || e->t[k - 1].kind != TOK_WORD ||
	    (e->t[k - 1].flags & TOKF_CAP) || (e->t[k - 1].word & (WORD_PRON | WORD_PREP)))
		return none;
	n = k + 1 + (tok_is(e, k + 1, "the") && !(e->t[k + 1].flags & TOKF_CAP));
	/* "his niece, state Del. Ann Lee", "an aide, former Sen. Jo Ward": lowercase words of a
	 * title before the name */
	while (n + 1 < b && n < k + 4 && e->t[n].kind == TOK_WORD &&
	       !(e->t[n].flags & (TOKF_CAP | TOKF_INQ)) &&
	       tok_among(e, n, "acting deputy former retired state then-"))
		n++;
	if ((m = name_to_comma(e, n, b, 8, false)) == SIZE_MAX)
		return none;
	return claims_person_named(e, claims_source_span(e, n, m));
}

/* True when the lowercase word at k may be the noun of a source tied to a name after it: a
 * person's ("an aide at City Hall", "a source at the agency", "an employee at the firm") or a
 * thing's ("a letter to Congress"), which is never the one named either; no verb, adverb or
 * participle. */
static bool tied_noun(const struct engine *e, size_t k)
{
	return claims_office_noun(e, k) ||
	       (!(e->t[k].word & (WORD_VERB | WORD_AUX | WORD_ADV | WORD_PRON | WORD_DET |
				  WORD_TIME | WORD_CONJ | WORD_SUBORD | WORD_REL)) &&
		!word_ends(e, k, "ly") && !word_ends(e, k, "ing") && !word_ends(e, k, "ed"));
}

/* True when the lowercase word at k is a noun of kin ("cousin", "widow"). */
static bool kin_noun(const struct engine *e, size_t k)
{
	return tok_among(e, k,
			 "aunt bride child cousin fiance fiancee grandson husband niece nephew "
			 "partner son spouse stepson uncle wife widow");
}

/* True when the lowercase word at k, before "of", is a noun for a person whom the name after
 * "of" is what they belong to ("a friend of", "a professor of", "a cousin of"). */
static bool person_of(const struct engine *e, size_t k)
{
	return claims_office_noun(e, k) || claims_describes_person(e, k) || kin_noun(e, k);
}

/* True when the source [a, b) describes an unnamed person by their tie to a named one ("an
 * adviser to Hillary Clinton", "a longtime aide to both Clintons", "a producer for Yahoo
 * Studios", "an official at Hanami Securities"): an indefinite article, lowercase words ending
 * in a noun (tied_noun()), "to", "for", "with", "at" (or "of" after a noun for a person: "a friend
 * of Ann Lee", "a professor of History", "a cousin of", "a member of Congress"), then the name,
 * and no comma; the
 * speaker is the adviser, never the one named. Not a spokesman, who speaks for them. */
bool claims_related_to_name(const struct engine *e, size_t a, size_t b)
{
	size_t k;

	if (!tok_among(e, a, "a an one another") || (e->t[a].flags & TOKF_INQ))
		return false;
	for (k = a + 1; k < b && e->t[k].kind == TOK_WORD && !(e->t[k].flags & TOKF_CAP) &&
			!tok_among(e, k, "to of for with at");
	     k++)
		;
	/* a spokesman or a representative speaks for the one named */
	if (k == a + 1 || k + 1 >= b || !tok_among(e, k, "to of for with at") ||
	    !tied_noun(e, k - 1) || (tok_is(e, k, "of") && !person_of(e, k - 1)) ||
	    tok_among(e, k - 1, "spokesman spokeswoman spokesperson representative"))
		return false;
	for (size_t j = k + 1; j < b; j++)
		if (tok_punct(e, j, ','))
			return false;
	return true;
}

/* The coref entity of the bytes s, or COREF_NONE. */
static size_t entity_of(const struct engine *e, struct span s)
{
	return span_empty(s) ? COREF_NONE : coref_resolve(e->co, s);
}

/* After a possessive at token a, before b, and one to three lowercase words that end in a noun
 * of kin or role, a comma at most after them ("his son Donald", "her lawyer, Mr. Hale", "their
 * spokesman Ed Lund"): the token after them, where the name begins; a when there are none. */
static size_t kin_end(const struct engine *e, size_t a, size_t b)
{
	size_t k;

	if (!tok_among(e, a, "his her their its"))
		return a;
	for (k = a + 1; k < b && k < a + 4 && e->t[k].kind == TOK_WORD &&
			!(e->t[k].flags & (TOKF_CAP | TOKF_INQ)) &&
			!(e->t[k].word & (WORD_PREP | WORD_CONJ | WORD_VERB | WORD_DET));
	     k++)
		;
	if (k == a + 1 || k >= b ||
	    !((e->t[k - 1].word & (WORD_ROLE | WORD_PERSON)) || claims_person_noun(e, k - 1) ||
	      claims_office_noun(e, k - 1) || kin_noun(e, k - 1)))
		return a;
	return tok_punct(e, k, ',') ? k + 1 : k;
}

struct span claims_written_kin(const struct engine *e, size_t a, size_t b)
{
	struct span none = {0, 0};
	size_t n = kin_end(e, a, b), m, id;

	/* the name that opens the source (after its possessive and noun): capitalised words, a
	 * title's or an initial's stop */
	for (m = n; m < b; m++) {
		const struct tok *t = &e->t[m];
		if (t->kind == TOK_WORD && (t->flags & TOKF_CAP) && !(t->flags & TOKF_INQ) &&
		    !(t->word & (WORD_DET | WORD_PRON)))
			continue;
		if (m > n && tok_punct(e, m, '.') && e->t[m - 1].kind == TOK_WORD &&
		    e->t[m - 1].end == t->start)
			continue;
		break;
	}
	while (m > n && tok_punct(e, m - 1, '.'))
		m--;
	if (m <= n)
		return none;
	struct span name = claims_source_span(e, n, m);
	/* "Donald Trump Jr.", "Donald Jr.": a generational suffix names another person than the
	 * one coref knows without it (unless that one was named with it: the story's own Jr.) */
	if (m - n >= 2 && tok_among(e, m - 1, "jr sr ii iii iv") && e->t[m - 2].kind == TOK_WORD) {
		id = entity_of(e, name);
		if (id == COREF_NONE)
			return none;
		struct span r = coref_entity(e->co, id)->name;
		size_t w = r.end, sl = e->t[m - 1].end - e->t[m - 1].start;
		while (w < e->len && w < r.end + 3 && (e->text[w] == ' ' || e->text[w] == ','))
			w++;
		if (w + sl <= e->len &&
		    strncasecmp(e->text + w, e->text + e->t[m - 1].start, sl) == 0)
			return none;
		return name;
	}
	/* "His son Donald said": the son, whom coref takes for the father he shares a name with */
	if (n > a && (id = entity_of(e, name)) != COREF_NONE &&
	    id == entity_of(e, claims_source_span(e, a, a + 1)))
		return name;
	return none;
}

struct span claims_kin_pronoun(const struct engine *e, size_t a)
{
	struct span none = {0, 0};
	size_t para = doc_sentence(e->d, e->t[a].sent)->paragraph, id;

	if (!tok_among(e, a, "he she") ||
	    (id = entity_of(e, claims_source_span(e, a, a + 1))) == COREF_NONE)
		return none;
	for (size_t i = e->nout, n = 0; i-- > 0 && n < 40; n++) {
		const struct claim *c = &e->out[i];
		if (c->speaker.end > e->t[a].start)
			continue;
		if (c->paragraph + 1 < para || span_empty(c->speaker))
			return none;
		size_t sa = claims_tok_at(e, c->speaker.start),
		       sb = claims_tok_at(e, c->speaker.end - 1) + 1;
		struct span w = claims_written_kin(e, sa, sb);
		if (span_empty(w) || entity_of(e, w) != id)
			return none;
		return w;
	}
	return none;
}
