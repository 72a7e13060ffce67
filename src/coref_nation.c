/* coref_nation: the person "the Iraqi leader" or "the Cuban president" is, for coref_resolve.c:
 * the one person named recently with that nation beside the name ("Iraq's Saddam Hussein",
 * "Cuban President Fidel Castro"), when exactly one such person fits the role. */
#include <string.h>
#include <strings.h>

#include "coref_int.h"
#include "dateline/text.h"

#define TIE_WORDS  4  /* words read back from a name for its nation */
#define WORD_BYTES 40 /* bytes of a word read back, at most */

/* True when the word [s, e) is the nation the adjective dem names: a country's name that the
 * lexicon knows and that begins the adjective, one to three letters shorter ("Iraq" for
 * "Iraqi", "Egypt" for "Egyptian"). */
static bool nation_of(const struct coref *c, size_t s, size_t e, struct span dem)
{
	size_t n = e - s, dn = dem.end - dem.start;

	return n >= 4 && dn > n && dn <= n + 3 &&
	       strncasecmp(c->text + s, c->text + dem.start, n) == 0 &&
	       (coref_lex(c->text + s, n, NULL) & LEX_GPE);
}

/* True when the words just before the mention m tie it to the nation of the adjective dem: the
 * nation's possessive ("Iraq's Saddam Hussein", "Cuba's President Fidel Castro") or the
 * adjective ("Cuban President Fidel Castro"), with only capitalised words (titles) between. */
static bool tied(const struct coref *c, const struct ment *m, struct span dem)
{
	size_t p = m->start;

	for (int i = 0; i < TIE_WORDS; i++) {
		size_t e, s;
		if (p > 0 && c->text[p - 1] == ' ')
			p--;
		e = p;
		while (p > 0 && e - p < WORD_BYTES &&
		       (text_is_ascii_letter(c->text[p - 1]) || c->text[p - 1] == '\'' ||
			c->text[p - 1] == '.' || c->text[p - 1] == '-'))
			p--;
		s = p;
		if (s == e || !text_is_ascii_upper(c->text[s]))
			return false;
		if (e - s > 2 && c->text[e - 2] == '\'' && (c->text[e - 1] == 's'))
			return nation_of(c, s, e - 2, dem);
		if (e - s == dem.end - dem.start &&
		    strncasecmp(c->text + s, c->text + dem.start, e - s) == 0)
			return true;
		if (p == 0 || c->text[p - 1] != ' ')
			return false;
	}
	return false;
}

/* True when the person e may be the nation's "leader" or holder of role: one known by that
 * role; for "leader", one known as its president, premier or monarch, or by no role at all. */
static bool fits(const struct coref *c, size_t e, unsigned role)
{
	static const char *const heads[] = {"president", "premier", "king", "queen", "emperor"};
	unsigned leader = 0, id = 0;

	if (coref_has_role(c, e, role))
		return true;
	coref_lex("leader", 6, &leader);
	if (role != leader)
		return false;
	if (c->ex[e].nroles == 0)
		return true;
	for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
		if ((coref_lex(heads[i], strlen(heads[i]), &id) & LEX_ROLE) &&
		    coref_has_role(c, e, id))
			return true;
	return false;
}

size_t coref_nation_person(const struct coref *c, size_t k, size_t pos, struct span dem,
			   unsigned role)
{
	size_t para = doc_paragraph_at(c->d, pos), found = COREF_NONE, n = 0;

	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		if (m->para + PARA_BACK < para)
			break;
		if ((m->flags & MF_INQ) || c->ents[m->ent].kind != COREF_PERSON ||
		    !c->ex[m->ent].strong || !tied(c, m, dem) || !fits(c, m->ent, role))
			continue;
		if (found != COREF_NONE && found != m->ent)
			return COREF_NONE; /* two people of that nation: no guess */
		found = m->ent;
	}
	return found;
}

#define TIE_GAP 3 /* words between the words of a tie and the name they stand before */

/* True when the text ending at e is the words mods, whole ("Florida", not "of Florida's"), in
 * any case ("former Secretary of State" for "former secretary of state"). */
static bool mods_end_at(const struct coref *c, size_t e, struct span mods)
{
	size_t n = mods.end - mods.start;

	return e >= n && strncasecmp(c->text + e - n, c->text + mods.start, n) == 0 &&
	       (e == n || !text_is_ascii_letter(c->text[e - n - 1]));
}

/* True when the words mods stand before the mention m in its sentence, with at most TIE_GAP
 * words between, each lowercase or an abbreviated title ("Florida Sen. Marco Rubio",
 * "Republican presidential nominee Donald Trump"), or open its apposition ("Marco Rubio, the
 * Florida senator"). */
static bool tied_words(const struct coref *c, const struct ment *m, struct span mods)
{
	size_t p = m->start, n = mods.end - mods.start;

	/* not the description itself after a name it follows ("hosts Ann Lee and Jo Ward, the
	 * Democratic candidate said") */
	if (m->end + 6 + n <= c->len && m->end + 6 != mods.start &&
	    strncmp(c->text + m->end, ", the ", 6) == 0 && mods_end_at(c, m->end + 6 + n, mods) &&
	    !text_is_ascii_letter(c->text[m->end + 6 + n]))
		return true;
	for (int i = 0; i <= TIE_GAP; i++) {
		size_t e;
		if (p == 0 || c->text[p - 1] != ' ')
			return false;
		e = --p;
		if (mods_end_at(c, e, mods))
			return doc_sentence_at(c->d, e - n) == m->sent;
		while (p > 0 && e - p < WORD_BYTES &&
		       (text_is_ascii_letter(c->text[p - 1]) || c->text[p - 1] == '.' ||
			c->text[p - 1] == '-'))
			p--;
		if (p == e ||
		    (text_is_ascii_upper(c->text[p]) && (c->text[e - 1] != '.' || e - p > 4)))
			return false; /* a name between ("Florida Gov. Jeb Bush and Marco Rubio") */
	}
	return false;
}

size_t coref_tied_role_person(const struct coref *c, size_t k, struct span mods, unsigned role)
{
	size_t found = COREF_NONE;

	/* at most SCAN_MAX mentions back, as every resolution: a description in a text of
	 * 50 MB must not walk the whole text (bench_claims fell from 23.6 to 3.2 MB/s) */
	for (size_t n = 0; k-- > 0 && n++ < SCAN_MAX;) {
		const struct ment *m = &c->m[k];
		if ((m->flags & MF_INQ) || c->ents[m->ent].kind != COREF_PERSON ||
		    !c->ex[m->ent].strong || (role && !coref_has_role(c, m->ent, role)) ||
		    !tied_words(c, m, mods))
			continue;
		if (found != COREF_NONE && found != m->ent)
			return COREF_NONE; /* two such people: no guess */
		found = m->ent;
	}
	return found;
}
