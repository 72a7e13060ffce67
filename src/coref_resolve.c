/* coref_resolve: what a name, a pronoun or a description at a position refers to, and which spans
 * may be a source. */
#include "dateline/coref.h"
#include "dateline/text.h"

#include <stdlib.h>
#include <string.h>

#include "coref_int.h"

/* The words of a mention span being resolved (at most WORDS_MAX, up to a comma, a bracket or
 * a preposition after the first word). */
#define WORDS_MAX 10
struct words {
	struct ctok w[WORDS_MAX];
	size_t n;
};

/* True when the character cp at pos (before end) ends a phrase: a comma, a bracket, a colon, a
 * dash or a quotation mark. */
static bool phrase_mark(const struct coref *c, size_t pos, size_t end, uint32_t cp)
{
	return (cp < 128 && strchr(",();:[]", (int)cp)) || cp == 0x2014 || cp == 0x2013 ||
	       cp == 0x2015 || cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0xAB ||
	       cp == 0xBB || (cp == '-' && pos + 1 < end && c->text[pos + 1] == '-');
}

/* The position after a nickname in quotation marks that opens at pos, inside a name after the
 * capitalised word last read (Lena "Lulu" Park): the mark after a space, one or two
 * capitalised words, the closing mark, a space and a capital; else pos. */
static size_t past_nickname(const struct coref *c, size_t pos, size_t end, const struct words *ws)
{
	size_t p = pos, we;
	int n;
	uint32_t cp = char_at(c, p, &n);

	if (ws->n == 0 || !(ws->w[ws->n - 1].flags & TF_CAP) || (cp != '"' && cp != 0x201C) ||
	    pos == 0 || !is_space((unsigned char)c->text[pos - 1]) || (p += (size_t)n) >= end ||
	    !is_upper(cp = char_at(c, p, &n)))
		return pos;
	we = coref_word_end(c, p, end, cp, n);
	/* a second word: Billy "Bob Joe" Reed */
	if (we + 1 < end && c->text[we] == ' ' && is_upper(cp = char_at(c, we + 1, &n)))
		we = coref_word_end(c, we + 1, end, cp, n);
	if (we >= end || ((cp = char_at(c, we, &n)) != '"' && cp != 0x201D) ||
	    (p = we + (size_t)n) + 1 >= end || !is_space(char_at(c, p, &n)) ||
	    !is_upper(char_at(c, p + (size_t)n, &n)))
		return pos;
	return p;
}

static size_t first_at(const struct coref *c, size_t pos);

static void read_words(const struct coref *c, struct span s, struct words *ws, bool whole)
{
	size_t pos = s.start;

	ws->n = 0;
	while (pos < s.end && ws->n < WORDS_MAX) {
		int n;
		uint32_t cp = char_at(c, pos, &n);
		if (is_space(cp)) {
			pos += (size_t)n;
			continue;
		}
		if (!alnum(cp)) {
			size_t past = whole ? pos : past_nickname(c, pos, s.end, ws);
			if (past > pos) {
				pos = past; /* Lena "Lulu" Park: the nickname ends no phrase */
				continue;
			}
			if (!whole && phrase_mark(c, pos, s.end, cp))
				break;
			pos += (size_t)n;
			continue;
		}
		struct ctok *t = &ws->w[ws->n++];
		memset(t, 0, sizeof(*t));
		t->start = pos;
		t->end = t->bend = coref_word_end(c, pos, s.end, cp, n);
		t->flags = TF_WORD;
		coref_tok_classify(c, t);
		pos = t->end;
		if (!whole && ws->n > 1 && (tok_lex(c, t) & LEX_PREP) && !(t->flags & TF_CAP)) {
			ws->n--; /* "officials at the ministry": the phrase before the preposition */
			break;
		}
	}
	/* "according to He Lifeng": the family name "He" where the sentence's reading opened a
	 * name of more words (coref_tokenize()), no pronoun */
	for (size_t i = 0; i + 1 < ws->n; i++) {
		size_t k;
		if (ws->w[i].end - ws->w[i].start == 2 &&
		    memcmp(c->text + ws->w[i].start, "He", 2) == 0 &&
		    (k = first_at(c, ws->w[i].start)) < c->nm && c->m[k].start == ws->w[i].start &&
		    c->m[k].end > ws->w[i].end)
			ws->w[i].lex = 0;
	}
}

/* Index of the first mention starting at or after pos (nm when none). */
static size_t first_at(const struct coref *c, size_t pos)
{
	size_t lo = 0, hi = c->nm, k = pos >> COREF_PAGE_BITS;

	/* between the first at or after the page's start and the first at or after the next's */
	if (c->mpage && k < c->nmpage) {
		lo = c->mpage[k];
		hi = c->mpage[k + 1];
	} else if (c->mpage) {
		lo = c->mpage[c->nmpage];
	}

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->m[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The entity of the name that ends a phrase [s.start, end) (its head: "Josh Earnest" in "White
 * House press secretary Josh Earnest"), or COREF_NONE. */
static size_t name_inside(const struct coref *c, struct span s, size_t end)
{
	size_t k = first_at(c, end);
	const struct ment *m = k > 0 ? &c->m[k - 1] : NULL;

	/* the last name that starts in the phrase, when it reaches its end (perhaps but "'s") */
	return m && m->start >= s.start && m->end + 4 >= end ? m->ent : COREF_NONE;
}

/* What a pronoun or a description asks of its antecedent. */
#define QUOTED_MAX 8 /* the most people a pronoun's quotation names that it is not */

struct want {
	bool person, org, group, gpe, unknown;
	enum coref_gender gender;
	enum coref_org org_class; /* COREF_ORG_ANY: any class */
	unsigned role;            /* a lexicon id, or 0 */
	struct span head;         /* the description's head word ("ministry") */
	bool subject_only;        /* "it", "they": only a sentence's subject */
	bool strict_gender;       /* a person of this gender only, not one of unknown gender */
	size_t sent_back;
	size_t employer; /* with role: a person who works for this organisation, or COREF_NONE */
	bool kin;        /* role is a kin word ("grandmother"): may be named only later */
	size_t quoted[QUOTED_MAX]; /* people the pronoun's own quotation names: not it */
	size_t nquoted;
};

/* True when the entity's name holds the word w ("Ministry of Commerce" for "ministry"). */
static bool name_has(const struct coref *c, size_t e, struct span w)
{
	struct span name = c->ents[e].name;

	FOR_WORDS(c, name, x)
	if (coref_name_eq(c, x, w))
		return true;
	return false;
}

/* True when the span w is one of `words` (lower-case, separated by spaces), any case. */
static bool span_among(const struct coref *c, struct span w, const char *words)
{
	return text_word_in(words, c->text + w.start, w.end - w.start);
}

/* "the school" for "the Islamic Saudi Academy" or "Loudoun College": a school's description
 * (SCHOOL_DESC) names any school, and only a school, not any institution whose class it shares */
#define SCHOOL_DESC  "academy college school"
#define SCHOOL_WORDS "academy college school university institute"
/* True when a word of entity e's name is among words. */
static bool name_among(const struct coref *c, size_t e, const char *words)
{
	FOR_WORDS(c, c->ents[e].name, x)
	if (span_among(c, x, words))
		return true;
	return false;
}

/* "the group" for "the National Rifle Association" or "the Tax Policy Center": a body of
 * members or an advocate named so, not any institution of its class ("Temple University") */
#define GROUP_WORDS                                                                                \
	"alliance association center centre coalition federation foundation fund initiative "      \
	"institute league movement network organisation organization project society trust "       \
	"watch"

/* Descriptions of a body whose every name holds the noun: an embassy or a consulate is always
 * called so, and "the center", "the foundation" or "the institute" is the Brennan Center, the
 * Heritage Foundation or the Urban Institute named before, never a university of its class;
 * "the league" is the Premier League, never a club that plays in it ("Harbor City FC") */
#define NAMED_DESC "embassy consulate center centre foundation institute league"
/* Bodies of an authority's class that govern nothing, named so ("Democratic Party", "Supreme
 * Court", "Trump campaign"): no other description of the class ("the government", "the
 * agency") is one of them. */
#define KIND_WORDS "campaign court party"
/* "the paper", "the tabloid" or "the broadcaster" prints or airs its own reporting: never a wire
 * agency named before ("Reuters reported ... The paper wrote" is not Reuters), whose name holds
 * one of WIRE_WORDS ("Associated Press", "Xinhua News Agency", "Bloomberg News") */
#define PRINT_DESC "broadcaster daily magazine newspaper paper tabloid"
#define WIRE_WORDS                                                                                 \
	"afp agence ap associated bloomberg dpa efe interfax kyodo reuters tass upi xinhua yonhap"
/* "the government" is a government or a part of one named so ("the Obama administration", "the
 * Kremlin", "the Justice Department"), no commission, committee or court named before ("the
 * government in Beijing"); "the administration" or "the regime" the whole of one */
#define GOVT_NAMES  "administration cabinet department government kremlin ministry regime"
#define WHOLE_NAMES "administration government regime"
/* "the legislature" is one named so or a chamber of one ("the General Assembly", "the House of
 * Delegates", "the state Senate"), never the White House or a court named before */
#define LEGIS_NAMES                                                                                \
	"assembly commons congress delegates legislature parliament representatives senate"
static bool other_kind(const struct coref *c, size_t e, struct span head)
{
	const char *names = span_among(c, head, "government")               ? GOVT_NAMES
			    : span_among(c, head, "administration regime")  ? WHOLE_NAMES
			    : span_among(c, head, "legislature parliament") ? LEGIS_NAMES
									    : NULL;
	bool named = false;

	FOR_WORDS(c, c->ents[e].name, x)
	{
		if (span_among(c, x, KIND_WORDS) && !coref_name_eq(c, x, head))
			return true;
		named = named || (names && span_among(c, x, names));
	}
	return names && !named;
}

bool coref_the_named(const struct coref *c, size_t e)
{
	size_t p = c->ents[e].first, k;

	if (c->ex[e].nroles != 0 || p < 4 || strncasecmp(c->text + p - 4, "the ", 4) != 0 ||
	    (p > 4 && text_is_ascii_letter(c->text[p - 5])))
		return false;
	/* not "the Clinton campaign": a name that modifies a noun after "the" */
	k = first_at(c, p);
	return !(k < c->nm && c->m[k].start == p && (c->m[k].flags & (MF_MOD | MF_POSS)));
}

static bool compatible(const struct coref *c, size_t e, const struct want *w)
{
	const struct coref_entity *x = &c->ents[e];

	if (!c->ex[e].strong)
		return false;
	for (size_t i = 0; i < w->nquoted; i++)
		if (w->quoted[i] == e)
			return false;
	if (w->employer != COREF_NONE)
		return x->kind == COREF_PERSON &&
		       (c->ex[e].employer == w->employer || coref_has_role(c, e, w->role));
	if (w->role)
		return coref_has_role(c, e, w->role);
	switch (x->kind) {
	case COREF_PERSON:
		/* "Stacy Rasgon", of a given name of both sexes: as near a person of the pronoun's
		 * gender as one known so, until a pronoun tells which */
		if (w->strict_gender)
			return w->person &&
			       (x->gender == w->gender || (!x->gender && c->ex[e].unisex));
		if (w->gender && !x->gender && coref_the_named(c, e))
			return false;
		return w->person && !(w->gender && x->gender && w->gender != x->gender);
	case COREF_ORG:
		if (!w->org)
			return false;
		if (w->head.end > w->head.start && name_has(c, e, w->head))
			return true;
		if (w->head.end > w->head.start && span_among(c, w->head, SCHOOL_DESC))
			return name_among(c, e, SCHOOL_WORDS);
		/* "the embassy" is one whose name says so ("the U.S. Embassy"), never another
		 * body of its class named nearer ("Ufundi House", a building) */
		if (w->head.end > w->head.start && span_among(c, w->head, NAMED_DESC))
			return false;
		if (w->head.end > w->head.start && other_kind(c, e, w->head))
			return false;
		if (w->head.end > w->head.start && span_among(c, w->head, PRINT_DESC) &&
		    name_among(c, e, WIRE_WORDS))
			return false;
		/* "the group" is a business's group or a body of members named so ("The
		 * Association of American Railroads ... the group said"), not a school */
		if (x->org == COREF_ORG_OTHER && w->head.end > w->head.start &&
		    span_among(c, w->head, "group") && name_among(c, e, GROUP_WORDS))
			return true;
		return w->org_class == COREF_ORG_ANY || x->org == w->org_class ||
		       (w->org_class == COREF_ORG_COMPANY && x->org == COREF_ORG_ANY);
	case COREF_GROUP:
		return w->group;
	case COREF_GPE:
		return w->gpe;
	case COREF_UNKNOWN:
		return w->unknown;
	default:
		return false;
	}
}

/* The words that open a clause after a sentence's main one, whose subject a name right after
 * them is ("..., but Kevin was drifting off", "until Trump reached the end"). */
#define LATER_CLAUSE_OPENERS COREF_SUBORDINATORS " but as until after before since"

/* True when the mention m, a person's name in no modifier, possessive or phrase, stands between
 * a word that opens a later clause and a word in lowercase, its verb: the subject of that
 * clause. */
static bool later_clause_subject(const struct coref *c, const struct ment *m)
{
	size_t a = m->start, e = m->end;
	struct span before;

	if ((m->flags & (MF_POSS | MF_MOD | MF_OBL | MF_INQ)) || a < 3 || c->text[a - 1] != ' ' ||
	    e + 1 >= c->len || c->text[e] != ' ' || !text_is_ascii_lower(c->text[e + 1]))
		return false;
	before = (struct span){a - 1, a - 1};
	while (before.start > 0 && text_is_ascii_lower(c->text[before.start - 1]))
		before.start--;
	return (before.start == 0 || !text_is_ascii_upper(c->text[before.start - 1])) &&
	       span_among(c, before, LATER_CLAUSE_OPENERS);
}

/* The most salient compatible mention before pos: in the nearest sentence that has one, its
 * subject; for "he" or "she", else the subject of its last clause that a name opens ("“You
 * winning?” she said, but Kevin was drifting off, ..., until Trump reached the end of his
 * speech. “...,” he said": Trump); else its first mention that is no possessive, modifier or
 * object; else the nearest. */
static size_t antecedent(const struct coref *c, size_t pos, const struct want *w)
{
	size_t k = first_at(c, pos), para = doc_paragraph_at(c->d, pos);
	size_t sent = doc_sentence_at(c->d, pos), cur = COREF_NONE;
	size_t n = 0, plain = COREF_NONE, nearest = COREF_NONE, later = COREF_NONE;

	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		if (m->para + PARA_BACK < para || m->sent + w->sent_back < sent)
			break;
		if (cur != COREF_NONE && m->sent != cur)
			break; /* the nearest sentence with a candidate is read */
		if ((m->flags & (MF_INQ | MF_LABEL)) || !compatible(c, m->ent, w))
			continue;
		if (w->subject_only && !(m->flags & MF_SUBJ))
			continue;
		if (m->flags & MF_SUBJ)
			return m->ent;
		cur = m->sent;
		if (nearest == COREF_NONE)
			nearest = m->ent;
		if (!(m->flags & (MF_POSS | MF_MOD | MF_OBL)))
			plain = m->ent; /* read backwards: the leftmost wins */
		if (later == COREF_NONE && w->gender && later_clause_subject(c, m))
			later = m->ent; /* read backwards: the rightmost wins */
	}
	if (later != COREF_NONE)
		return later;
	return plain != COREF_NONE ? plain : nearest;
}

/* True when the mention m, no possessive, is set off by a comma after it: an apposition or an
 * inverted tag's name follows ("Delfin Gonzalez, another of ..."). */
static bool apposed(const struct coref *c, const struct ment *m)
{
	return !(m->flags & MF_POSS) && m->end < c->len && c->text[m->end] == ',';
}

/* The verbs of saying whose subject, set after a mention or a comma, is a tag's speaker: "Graham
 * said", "..., he told reporters" (read by word_near() with NEAR_LETTERS: "said,", "said\u2014",
 * "SAID"). */
#define TAG_VERBS                                                                                  \
	"said says added told tells wrote writes explained noted argued insisted continued "       \
	"recalled"

/* How word_near() reads the word next to a position */
enum {
	NEAR_BACK = 1u,    /* the word that ends before p (else the one that starts at p) */
	NEAR_SKIP = 2u,    /* past the spaces next to p first */
	NEAR_LETTERS = 4u, /* ASCII letters only: a word without the mark after it ("said,");
			    * else near_char()'s, and back a possessive's curly "’s" */
	NEAR_STOP = 8u,    /* back: only past one space or more before p, and past a full stop
			    * right after the word ("Cie.") */
};

/* True when the byte is one of a word's (ASCII letters, digits, hyphen, apostrophe). */
static bool near_char(char ch)
{
	return text_is_ascii_letter(ch) || (ch >= '0' && ch <= '9') || ch == '-' || ch == '\'';
}

/* The word next to p read as how says (NEAR_*), no further than bound (before it forward,
 * down to it back); empty at a mark or at the bound. */
static struct span word_near(const struct coref *c, size_t p, size_t bound, unsigned how)
{
	const char *t = c->text;
	size_t q = p;
	struct span w;

	if (!(how & NEAR_BACK)) {
		while ((how & NEAR_SKIP) && q < bound && t[q] == ' ')
			q++;
		w = (struct span){q, q};
		if (how & NEAR_LETTERS)
			while (w.end < bound && text_is_ascii_letter(t[w.end]))
				w.end++;
		else
			while (w.end < bound && near_char(t[w.end]))
				w.end++;
		return w;
	}
	while ((how & (NEAR_SKIP | NEAR_STOP)) && q > bound && t[q - 1] == ' ')
		q--;
	if (how & NEAR_STOP) {
		if (q == p)
			return (struct span){p, p};
		if (q > bound && t[q - 1] == '.')
			q--;
	}
	w = (struct span){q, q};
	if (how & NEAR_LETTERS) {
		while (w.start > bound && text_is_ascii_letter(t[w.start - 1]))
			w.start--;
		return w;
	}
	for (;;) {
		while (w.start > bound && near_char(t[w.start - 1]))
			w.start--;
		/* "Powell’s": the curly apostrophe is three bytes */
		if (w.start >= bound + 4 && w.start < q && t[w.start] == 's' && w.start + 1 == q &&
		    memcmp(t + w.start - 3, "\xE2\x80\x99", 3) == 0 && near_char(t[w.start - 4]))
			w.start -= 3;
		else
			break;
	}
	return w;
}

/* True when the mention m, one word opening its sentence (MF_WEAK), is the last word of its
 * entity's full name and a verb of saying follows it: "Graham said, ..." after "Sen. Lindsey
 * Graham" is the senator by his surname, a name for sure though no lexicon knows it ("Women
 * have become ..." after "International Women's Day" is no one). */
static bool weak_surname(const struct coref *c, const struct ment *m)
{
	struct span last = {0, 0}, name = c->ents[m->ent].name, verb;

	if (!(m->flags & MF_WEAK) || m->end + 1 >= c->len || c->text[m->end] != ' ')
		return false;
	verb = word_near(c, m->end + 1, c->len, NEAR_LETTERS);
	if (!span_among(c, verb, TAG_VERBS))
		return false;
	FOR_WORDS(c, name, x)
	last = x;
	return last.end > last.start && last.start > name.start &&
	       coref_name_eq(c, last, (struct span){m->start, m->end});
}

/* True when the mention m is a one-word name of unknown kind, written nowhere but at the start
 * of a sentence, whose verb of saying follows it: "McLenney said Clinton does not ..." after
 * "Tyresha McClenney" spelled otherwise is the speaker by a surname no other name holds, a
 * person though no lexicon knows it ("Google said" is written elsewhere with its capital). */
static bool weak_speaker(const struct coref *c, const struct ment *m)
{
	struct span verb;

	if (!(m->flags & MF_WEAK) || !(m->flags & MF_SUBJ) || c->ex[m->ent].strong ||
	    c->ents[m->ent].kind != COREF_UNKNOWN || c->ex[m->ent].nwords != 1 ||
	    m->end + 1 >= c->len || c->text[m->end] != ' ' ||
	    coref_common_opener(c, m->start, m->end))
		return false; /* "Sources told POLITICO": no one's name */
	verb = word_near(c, m->end + 1, c->len, NEAR_LETTERS);
	return span_among(c, verb, TAG_VERBS);
}

/* True when the mention m, a sentence's subject, is a person newer_subject() may take: named in
 * full, of unknown gender, or with known (when e was named since only in a modifier, no
 * possessive) of the pronoun's own ("Leslie Wimes said ... . Wines believes that the Clinton
 * campaign ... . “...,” she said": Wimes, not Clinton). */
static bool newer_person(const struct coref *c, const struct ment *m, const struct want *w,
			 bool known)
{
	enum coref_gender g = c->ents[m->ent].gender;

	return (!(m->flags & MF_WEAK) || weak_surname(c, m)) && (m->flags & MF_SUBJ) &&
	       c->ents[m->ent].kind == COREF_PERSON &&
	       (g == COREF_GENDER_UNKNOWN || (known && g == w->gender)) &&
	       c->ex[m->ent].nwords >= 2 && compatible(c, m->ent, w);
}

/* For a pronoun at pos whose gender names the person e further back: a person of unknown gender
 * named in full (a given name we do not know: "Marisleysis Gonzalez") who is the subject of a
 * sentence after the last one that names e, by that name or her surname alone ("Janet Reno ... .
 * One of them, Marisleysis Gonzalez, told a news conference ... . ``We're doing ...,'' she
 * said."; "..., said Mindy Romero, ... . ..., Romero said. ... she said"); COREF_NONE when e
 * is named in that subject's sentence or after it ("Rep. Darrell Issa said Hillary Clinton's judgment ...
 * She"). So is a surname alone before a verb of saying (weak_speaker()), and a person of the
 * pronoun's gender when e's mentions since are modifiers only (newer_person()). */
/* With loose, mentions of e that are no subject are passed over (quote_speaks_of()). */
static size_t newer_subject(const struct coref *c, size_t pos, const struct want *w, size_t e,
			    bool loose)
{
	size_t k = first_at(c, pos), para = doc_paragraph_at(c->d, pos), n = 0;
	size_t sent = doc_sentence_at(c->d, pos), found = COREF_NONE, at = 0, e_sent = COREF_NONE;
	bool mod = false; /* a mention of e as a modifier was passed over */

	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		if (m->para + PARA_BACK < para || m->sent + w->sent_back < sent)
			break;
		if (found != COREF_NONE && m->sent != at)
			break;
		if (e_sent != COREF_NONE && m->sent != e_sent && found == COREF_NONE)
			return COREF_NONE;
		/* "Olsen said, “... the mayor ...” He added": a quotation names people as its
		 * speaker does, so e named inside one is no newer mention of e than that speaker */
		if (m->ent == e && (m->flags & MF_INQ))
			continue;
		/* "Wimes believes that the Clinton campaign took ...": a name that modifies a
		 * noun names the campaign, not the person, so it is no newer mention of e */
		if (m->ent == e && (m->flags & MF_MOD)) {
			mod = mod || !(m->flags & MF_POSS); /* not "Mr. Sanders's campaign" */
			continue;
		}
		/* loose: e is who the quotation speaks of, so a mention of e that is no subject
		 * ("Brooks said Lane does not show concern for her ...") is no newer one */
		if (loose && m->ent == e && !(m->flags & MF_SUBJ))
			continue;
		/* "Delfin Gonzalez, another of Elian's great-uncles, said ... He said": for "he", a
		 * man named in the apposition of that subject, not as a subject, does not take it
		 * (most names of unknown gender in news are men's; not so for "she") */
		if (m->ent == e && w->gender == COREF_MALE && !(m->flags & MF_SUBJ) &&
		    found == COREF_NONE && (e_sent == COREF_NONE || e_sent == m->sent)) {
			e_sent = m->sent;
			continue;
		}
		if (m->ent == e)
			return COREF_NONE;
		if (found == COREF_NONE && !(m->flags & (MF_INQ | MF_LABEL)) &&
		    (e_sent == COREF_NONE || apposed(c, m)) &&
		    (newer_person(c, m, w, mod && !loose) || weak_speaker(c, m))) {
			found = m->ent;
			at = m->sent;
		}
	}
	return found;
}

/* The words that open a subordinate clause at a sentence's start ("Although he ...,"), whose
 * pronoun may refer ahead and whose names a pronoun after the clause may take up. */
#define OPENING_SUBORDINATORS COREF_SUBORDINATORS " after before since if as even"

/* "Although he called the market competitive, Mr. LaMothe forecast ...": a pronoun in a
 * subordinate clause that opens its sentence before any name refers ahead, to the main clause's
 * subject, when that is the first name after the clause's comma (within a few words of it) and
 * fits; else COREF_NONE. */
static size_t cataphora(const struct coref *c, size_t pos, const struct want *w)
{
	const struct doc_sentence *s = doc_sentence(c->d, doc_sentence_at(c->d, pos));
	size_t a = s->span.start, comma, k;
	struct span first = word_near(c, a, s->span.end, NEAR_LETTERS);

	if (!span_among(c, first, OPENING_SUBORDINATORS))
		return COREF_NONE;
	k = first_at(c, a);
	if (k < c->nm && c->m[k].start < pos)
		return COREF_NONE; /* someone is named before the pronoun */
	for (comma = pos; comma < s->span.end && c->text[comma] != ','; comma++)
		if (c->text[comma] == ';')
			return COREF_NONE;
	if (comma >= s->span.end)
		return COREF_NONE;
	k = first_at(c, comma);
	if (k >= c->nm || c->m[k].start >= s->span.end || c->m[k].start > comma + 24 ||
	    (c->m[k].flags & MF_INQ) || !compatible(c, c->m[k].ent, w) ||
	    span_among(c, (struct span){c->m[k].start, c->m[k].end}, "he she they"))
		return COREF_NONE; /* "Though he ..., he made it clear": both are someone before */
	return c->m[k].ent;
}

/* True when the subject nearest before pos, in the pronoun's sentence or the one before, is a
 * person's possessive before a noun for another person: "Elian's father criticized the meeting.
 * He repeated ...": "he" is the father, not Elian. *named is the person an apposition names
 * ("Trump's attorney, Alan Garten, said ... He said"), or COREF_NONE when none does. */
static bool owner_subject(const struct coref *c, size_t pos, size_t *named)
{
	size_t k = first_at(c, pos), sent = doc_sentence_at(c->d, pos), n = 0;

	*named = COREF_NONE;
	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k], *next = k + 1 < c->nm ? &c->m[k + 1] : NULL;
		if (m->sent + 1 < sent)
			return false;
		if ((m->flags & (MF_INQ | MF_LABEL)) || !(m->flags & MF_SUBJ))
			continue;
		if (!(m->flags & MF_OWNER) || c->ents[m->ent].kind != COREF_PERSON)
			return false;
		if (next && next->sent == m->sent && next->start < pos &&
		    next->start < m->end + 40 &&
		    memchr(c->text + m->end, ',', next->start - m->end) &&
		    c->ents[next->ent].kind == COREF_PERSON)
			*named = next->ent;
		return true;
	}
	return false;
}

/* True when the pronoun at pos tags a quotation of its sentence, before it (in curly, straight
 * or a wire's ``'' marks), that itself says "she" or "her" (for "he": "he", "him", "his") of
 * someone: "“It is not something that she
 * says all the time,” she said." A speaker does not name herself so; the woman the quotation
 * speaks of is no speaker of it. */
static bool quote_speaks_of(const struct coref *c, size_t pos, enum coref_gender g)
{
	const struct doc_sentence *s = doc_sentence(c->d, doc_sentence_at(c->d, pos));
	const char *words = g == COREF_FEMALE ? "she her hers herself" : "he him his himself";
	bool inq = false, any = false;
	int n;

	for (size_t i = s->span.start; i < pos && i < c->len; i += (size_t)n) {
		uint32_t cp = char_at(c, i, &n);
		if (cp == 0x201C || cp == 0x201D || cp == '"') {
			inq = cp == '"' ? !inq : cp == 0x201C;
		} else if (i + 1 < pos && (cp == '`' || cp == '\'') && c->text[i + 1] == (char)cp) {
			inq = cp == '`'; /* a wire's ``...'' */
			n = 2;
		} else if (inq && cp < 128 && text_is_ascii_letter((char)cp) &&
			   (i == s->span.start || !text_is_ascii_letter(c->text[i - 1]))) {
			struct span w = word_near(c, i, pos, NEAR_LETTERS);
			any = any || span_among(c, w, words);
			n = (int)(w.end - i);
		}
	}
	return any && !inq;
}

/* The antecedent of a pronoun at pos: for "he" and "she", a person known to be of that gender
 * first (Hillary Clinton rather than a nearer Rep. Issa for "she"), then one of unknown gender. */
static size_t pronoun_antecedent(const struct coref *c, size_t pos, struct want *w)
{
	size_t ahead;

	if (w->person && (ahead = cataphora(c, pos, w)) != COREF_NONE)
		return ahead;
	if (w->person && owner_subject(c, pos, &ahead))
		return ahead != COREF_NONE && compatible(c, ahead, w) ? ahead : COREF_NONE;
	if (w->gender) {
		/* "Morgan Tsvangirai ... returned to Harare, his spokesman said": the subject of
		 * the pronoun's own sentence, even of unknown gender, before anyone further back */
		struct want own = *w, known = *w;
		size_t e;
		own.sent_back = 0;
		own.subject_only = true;
		if ((e = antecedent(c, pos, &own)) != COREF_NONE) {
			/* "Acheson is Albright's favorite predecessor, her aides said": a woman
			 * named in the sentence before a subject of unknown gender (most such names
			 * in news are men's) */
			size_t she;
			own.subject_only = false;
			own.strict_gender = true;
			if (w->gender == COREF_FEMALE &&
			    c->ents[e].gender == COREF_GENDER_UNKNOWN &&
			    (she = antecedent(c, pos, &own)) != COREF_NONE)
				return she;
			return e;
		}
		known.strict_gender = true;
		if ((e = antecedent(c, pos, &known)) != COREF_NONE) {
			size_t u = newer_subject(c, pos, w, e, false);
			if (u == COREF_NONE && quote_speaks_of(c, pos, w->gender))
				u = newer_subject(c, pos, w, e, true);
			return u != COREF_NONE ? u : e;
		}
	}
	return antecedent(c, pos, w);
}

/* For "the company" when no organisation is known before pos: the last one-word name of
 * unknown kind that has been a sentence's subject and named twice ("Uber", "Vidyard"), within
 * a few paragraphs; a person's surname is no such name, as it belongs to the full name. */
static size_t acting_name(const struct coref *c, size_t pos)
{
	size_t k = first_at(c, pos), para = doc_paragraph_at(c->d, pos), n = 0;

	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		const struct coref_entity *x = &c->ents[m->ent];
		if (m->para + PARA_BACK < para)
			break;
		if (!(m->flags & MF_INQ) && x->kind == COREF_UNKNOWN && c->ex[m->ent].nwords == 1 &&
		    c->ex[m->ent].strong && c->ex[m->ent].agent && !c->ex[m->ent].owned &&
		    x->mentions >= 2 && x->gender == COREF_GENDER_UNKNOWN)
			return m->ent;
	}
	return COREF_NONE;
}

/* True when the mention m opens, after "the", a description of a business and is first named
 * there ("The Marlowe company said": the town the company is in): no company that a later "the
 * company" means. */
static bool place_of_description(const struct coref *c, const struct ment *m)
{
	struct words ws;
	size_t i = 0;

	if (c->ents[m->ent].first != m->start || m->start < 4 ||
	    strncasecmp(c->text + m->start - 4, "the ", 4) != 0)
		return false;
	read_words(c, (struct span){m->end, m->end + 80 < c->len ? m->end + 80 : c->len}, &ws,
		   false);
	while (i + 1 < ws.n && i < 4 && !(ws.w[i].flags & TF_CAP) &&
	       (tok_lex(c, &ws.w[i]) & (LEX_ORGDESC | LEX_COMPANY)) != (LEX_ORGDESC | LEX_COMPANY))
		i++;
	return i < ws.n && !(ws.w[i].flags & TF_CAP) &&
	       (tok_lex(c, &ws.w[i]) & (LEX_ORGDESC | LEX_COMPANY)) == (LEX_ORGDESC | LEX_COMPANY);
}

/* True when the mention m is the agent after "by" of a participle ("Analysts polled by LSEG",
 * "estimates compiled by FactSet", "a survey conducted by Gallup"): one who gathered figures for
 * the story, whom a later "the company" does not mean. */
static bool agent_of_participle(const struct coref *c, const struct ment *m)
{
	size_t p = m->start;

	if (p < 8 || memcmp(c->text + p - 4, " by ", 4) != 0)
		return false;
	return memcmp(c->text + p - 6, "ed", 2) == 0 && text_is_ascii_lower(c->text[p - 7]);
}

/* True when the mention m names the one who bids or offers, after "by" or "from" and a noun
 * for a bid ("The bid by Cie. Financiere de Paribas was rejected", "rejected an offer from
 * Globex Inc."), with "the" or at most two capitalised words of its name between: the suitor,
 * never the company whose side a later "the company" tells. */
static bool bidder(const struct coref *c, const struct ment *m)
{
	size_t lo = m->start > 80 ? m->start - 80 : 0;
	struct span w = word_near(c, m->start, lo, NEAR_BACK | NEAR_LETTERS | NEAR_STOP);

	for (int i = 0; !span_among(c, w, "by from"); i++) {
		if (i == 2 || w.start == w.end ||
		    !(text_is_ascii_upper(c->text[w.start]) || span_among(c, w, "the")))
			return false;
		w = word_near(c, w.start, lo, NEAR_BACK | NEAR_LETTERS | NEAR_STOP);
	}
	w = word_near(c, w.start, lo, NEAR_BACK | NEAR_LETTERS | NEAR_STOP);
	return span_among(c, w,
			  "approach approaches bid bids offer offers overture overtures proposal "
			  "proposals takeover tender");
}

/* True when ", which" and a verb in the past follow the mention m ("Monsanto, which opposed
 * the bill"): a body that acted; not one a place's verb or a name's tells of ("Springfield,
 * which is in Ohio", "Acme, which was founded", "Acme, which is based"). */
static bool which_acted(const struct coref *c, const struct ment *m)
{
	struct span v;

	if (m->end + 9 >= c->len || memcmp(c->text + m->end, ", which ", 8) != 0)
		return false;
	v = word_near(c, m->end + 8, c->len, NEAR_LETTERS);
	return v.end - v.start > 4 && memcmp(c->text + v.end - 2, "ed", 2) == 0 &&
	       !span_among(c, v, "based called founded located named situated");
}

/* Bytes of a sentence after a name that named_as_it() reads */
#define IT_SPAN 240
/* True when the name of mention k, a subject of unknown kind, is referred to by "it" or "its"
 * later in its sentence, before any other name ("Novo Nordisk said in a statement that it would
 * ask regulators"), and no "he", "she" or a person's possessive is in that part ("Huang Renxun
 * said it was his choice"): a body, not a person. "It" before "is", "was" or "'s" says nothing
 * of anyone ("said it was too early"). */
static bool named_as_it(const struct coref *c, size_t k)
{
	const struct ment *m = &c->m[k];
	struct span sp = doc_sentence(c->d, m->sent)->span;
	size_t end = sp.end < m->end + IT_SPAN ? sp.end : m->end + IT_SPAN;
	bool it = false;

	if (k + 1 < c->nm && c->m[k + 1].sent == m->sent && c->m[k + 1].start < end)
		end = c->m[k + 1].start;
	for (size_t p = m->end; p < end; p++) {
		if (!text_is_ascii_letter(c->text[p]) ||
		    (p > 0 && text_is_ascii_letter(c->text[p - 1])))
			continue;
		struct span w = word_near(c, p, end, NEAR_LETTERS);
		if (span_among(c, w, "he she his her him himself herself"))
			return false;
		if (span_among(c, w, "its") ||
		    (span_among(c, w, "it") && !(w.end + 1 < end && c->text[w.end] == '\'') &&
		     !(w.end + 4 < end && c->text[w.end] == ' ' &&
		       span_among(c, word_near(c, w.end + 1, end, NEAR_LETTERS), "is was"))))
			it = true;
		p = w.end;
	}
	return it;
}

static bool joined(const struct coref *c, struct span w, bool before);

/* True when the mention k is one of two names joined by "and" or "&", the other another
 * entity's ("Microsoft Corp. and Google Inc. signed"): half of a coordination, which "the
 * company" does not name alone ("Johnson and Johnson", one entity twice, stays). */
static bool coordinated(const struct coref *c, size_t k)
{
	const struct ment *m = &c->m[k], *o;
	size_t p = m->end < c->len && c->text[m->end] == '.' ? m->end + 1 : m->end;

	if (k > 0 && (o = &c->m[k - 1])->ent != m->ent && o->sent == m->sent &&
	    o->end + 8 > m->start &&
	    joined(c, word_near(c, m->start, 0, NEAR_BACK | NEAR_SKIP), true))
		return true;
	return k + 1 < c->nm && (o = &c->m[k + 1])->ent != m->ent && o->sent == m->sent &&
	       o->start < p + 8 && joined(c, word_near(c, p, o->start, NEAR_SKIP), false);
}

/* For "the company": the subject of this sentence or the one before, before mention k, when it
 * is a one-word name of unknown kind ("NASA supplier SpaceX ... has been grounded. The company
 * hopes": SpaceX, not NASA; "Compaq, which ..., still plans ... the company said"); with many,
 * a name of more words read as a person's that "it" names (named_as_it()) instead; else
 * COREF_NONE. */
static size_t subject_name(const struct coref *c, size_t k, size_t sent, bool many)
{
	while (k-- > 0) {
		const struct ment *m = &c->m[k];
		const struct coref_entity *x = &c->ents[m->ent];
		if (m->sent + 1 < sent)
			break;
		if (!(m->flags & MF_SUBJ) || (m->flags & MF_INQ) || place_of_description(c, m))
			continue;
		/* "NASA supplier SpaceX": the name after a modifier and its noun */
		if ((m->flags & MF_MOD) && k + 1 < c->nm && c->m[k + 1].sent == m->sent &&
		    c->m[k + 1].start < m->end + 24) {
			m = &c->m[++k];
			x = &c->ents[m->ent];
		}
		if (!c->ex[m->ent].strong || c->ex[m->ent].owned ||
		    x->gender != COREF_GENDER_UNKNOWN)
			return COREF_NONE;
		/* a name of more words is read as a person's ("Huang Renxun"): a body only when
		 * written there in full ("Twitter" may end a fuller name read later, "Wilayat
		 * Twitter"), "it" names it and no title or role says it is someone */
		if (many)
			return x->kind == COREF_PERSON &&
					       memchr(c->text + m->start, ' ', m->end - m->start) &&
					       c->ex[m->ent].nroles == 0 && named_as_it(c, k)
				       ? m->ent
				       : COREF_NONE;
		return x->kind == COREF_UNKNOWN && c->ex[m->ent].nwords == 1 && !coordinated(c, k)
			       ? m->ent
			       : COREF_NONE;
	}
	return COREF_NONE;
}

/* True when the description's head word w is written in [from, to) after a possessive or a
 * capitalised word that is not "The" ("Castro's government", "the Cuban government"): a body of
 * that kind named there without a name of its own, which a later "the government" is, rather
 * than a body named before it. */
static bool owned_head_between(const struct coref *c, size_t from, size_t to, struct span w)
{
	size_t n = w.end - w.start;

	for (size_t p = from + 1; p + n <= to; p++) {
		size_t q = p - 1, len;
		if (c->text[p - 1] != ' ' || strncasecmp(c->text + p, c->text + w.start, n) != 0 ||
		    (p + n < c->len && text_is_ascii_lower(c->text[p + n])))
			continue;
		while (q > from && !ascii_space(c->text[q - 1]))
			q--; /* the word before: [q, p - 1) */
		len = p - 1 - q;
		size_t k = first_at(c, q);
		if ((len >= 3 && memcmp(c->text + p - 3, "'s", 2) == 0) ||
		    (len >= 5 && memcmp(c->text + p - 5, "\xE2\x80\x99s", 4) == 0) ||
		    (len >= 2 && text_is_ascii_upper(c->text[q]) &&
		     !(len == 3 && strncmp(c->text + q, "The", 3) == 0) &&
		     /* "the Marlowe company" is the business named before */
		     !(k < c->nm && c->m[k].start == q && place_of_description(c, &c->m[k]))))
			return true;
	}
	return false;
}

/* For a kin word that names no one before pos ("The grandmother of the boy said ..." opening a
 * story): the first person after it given that kin word ("the boy's paternal grandmother, Ana,
 * told reporters"), as a story's lead sums up what its body then tells with the name; within
 * SCAN_MAX mentions, else COREF_NONE. */
static size_t kin_named_after(const struct coref *c, size_t pos, const struct want *w)
{
	for (size_t k = first_at(c, pos), n = 0; k < c->nm && n < SCAN_MAX; k++, n++)
		if (!(c->m[k].flags & MF_INQ) && compatible(c, c->m[k].ent, w))
			return c->m[k].ent;
	return COREF_NONE;
}

/* True when mention k is only where the person named right before it works, in an apposition
 * ("Erik Dahl, an analyst at Fjord Securities, said"), of a body that is nowhere a subject: a
 * source's affiliation, not the company a story is about. */
static bool employer_aside(const struct coref *c, size_t k)
{
	const struct ment *m = &c->m[k];

	if (c->ex[m->ent].agent || !(m->flags & MF_OBL) || k == 0)
		return false;
	/* the person, then ", a/an/the", lowercase words and the preposition, no other mark */
	const struct ment *p = &c->m[k - 1];
	if (p->sent != m->sent || c->ents[p->ent].kind != COREF_PERSON || p->end + 4 > m->start ||
	    m->start - p->end > 60 || c->text[p->end] != ',' || c->text[p->end + 1] != ' ')
		return false;
	struct span w = word_near(c, p->end + 2, m->start, NEAR_LETTERS);
	if (!span_among(c, w, "a an the"))
		return false;
	for (size_t i = w.end; i < m->start; i++)
		if (c->text[i] != ' ' && !text_is_ascii_lower(c->text[i]) && c->text[i] != '-')
			return false;
	return true;
}

/* True when mention k is a business named only after the verb of a sentence whose subject is
 * a business's description ("The publishing concern said it retained the investment banking
 * firm of Donaldson, Lufkin & Jenrette Securities Inc."), a body nowhere a subject: one the
 * company the story is about dealt with, not the one a later "the company" means. */
static bool object_of_described(const struct coref *c, size_t k)
{
	const struct ment *m = &c->m[k];
	struct words ws;
	size_t i = 1;

	if (c->ex[m->ent].agent || (m->flags & (MF_SUBJ | MF_INQ)))
		return false;
	for (size_t j = k, n = 0; j-- > 0 && n++ < SCAN_MAX && c->m[j].sent == m->sent;)
		if (c->m[j].flags & MF_SUBJ)
			return false;
	struct span sp = doc_sentence(c->d, m->sent)->span;
	read_words(c, (struct span){sp.start, m->start}, &ws, false);
	if (ws.n < 3 || !tok_is(c, &ws.w[0], "the"))
		return false;
	while (i + 1 < ws.n && i < 3 && !(ws.w[i].flags & TF_CAP) &&
	       (tok_lex(c, &ws.w[i]) & (LEX_ORGDESC | LEX_COMPANY)) != (LEX_ORGDESC | LEX_COMPANY))
		i++;
	return !(ws.w[i].flags & TF_CAP) &&
	       (tok_lex(c, &ws.w[i]) & (LEX_ORGDESC | LEX_COMPANY)) == (LEX_ORGDESC | LEX_COMPANY);
}

/* "The Environmental Protection Agency issued rules. The White House praised them. ¶ The
 * agency denied ...": an authority's description ("the agency", "the committee", "the
 * department") is the body whose name holds its head word among others, named within the
 * look-back of described(), before a body of its class named nearer; COREF_NONE when none is, or when the
 * head word is written after a possessive or a capitalised word between (owned_head_between()).
 * Not a business's ("the company" is not "Ford Motor Company" named before the company that
 * acts) and not a government's, whose names other_kind() says. k is the first mention at pos. */
static size_t head_named(const struct coref *c, size_t k, size_t para, size_t pos,
			 const struct want *w)
{
	size_t n = 0;

	if (!w->org || w->org_class != COREF_ORG_AUTHORITY || w->head.end <= w->head.start ||
	    span_among(c, w->head, WHOLE_NAMES))
		return COREF_NONE;
	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		if (m->para + PARA_BACK < para)
			break;
		struct span name = c->ents[m->ent].name;
		/* a name of more words than the head ("Party spokesman Bernd Droese" opening a
		 * sentence names no party) */
		if (!(m->flags & MF_INQ) && c->ents[m->ent].kind == COREF_ORG &&
		    name.end - name.start > w->head.end - w->head.start &&
		    name_has(c, m->ent, w->head) && compatible(c, m->ent, w))
			return owned_head_between(c, m->end, pos, w->head) ? COREF_NONE : m->ent;
	}
	return COREF_NONE;
}

/* True when entity e's name holds each word between "the" and the noun of the description ws
 * (all), or one of them (!all). */
static bool name_has_words(const struct coref *c, size_t e, const struct words *ws, bool all)
{
	for (size_t i = 1; i + 1 < ws->n; i++)
		if (name_has(c, e, (struct span){ws->w[i].start, ws->w[i].end}) != all)
			return !all;
	return all;
}

/* "the conservation department", "the defence ministry": an authority whose name holds the
 * noun and each word before it ("the New Zealand Department of Conservation"), the last one
 * named before pos within SCAN_MAX mentions, however far back (those words say which, as a
 * noun alone does not); COREF_NONE when none is named or ws is no such phrase. *worded is set
 * when it is one of a department or a ministry: then no body whose name holds none of those
 * words is meant ("the health department" is not the Department of Conservation named
 * before). */
static size_t body_by_words(const struct coref *c, size_t pos, struct words *ws, bool *worded)
{
	size_t k = first_at(c, pos), n = 0;
	struct ctok *head = &ws->w[ws->n - 1];

	*worded = false;
	if (ws->n < 3 || ws->n > 4 || !tok_is(c, &ws->w[0], "the") || (head->flags & TF_CAP) ||
	    head->bend < head->end || !(tok_lex(c, head) & LEX_ORGDESC) ||
	    org_class(tok_lex(c, head)) != COREF_ORG_AUTHORITY)
		return COREF_NONE;
	for (size_t i = 1; i + 1 < ws->n; i++)
		if ((ws->w[i].flags & (TF_CAP | TF_DIGIT)) || ws->w[i].bend < ws->w[i].end ||
		    ws->w[i].end - ws->w[i].start < 4 || (tok_lex(c, &ws->w[i]) & LEX_STOP))
			return COREF_NONE;
	/* a department's or a ministry's words name its portfolio; "the extremist party", "the
	 * high court" say what a body is like */
	*worded = span_among(c, (struct span){head->start, head->end}, "department ministry");
	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		if (!(m->flags & MF_INQ) && c->ents[m->ent].kind == COREF_ORG &&
		    name_has(c, m->ent, (struct span){head->start, head->end}) &&
		    name_has_words(c, m->ent, ws, true))
			return m->ent;
	}
	return COREF_NONE;
}

/* Nouns for a place that governs itself and speaks as a body ("the town said") */
#define MUNICIPAL_NOUNS "borough city county town township village"
/* "The town of Millbrook told its residents ... ¶ ... the town said", "the City of Dallas":
 * the place whose name was written right after "<head> of " before pos, within the look-back
 * of described(); COREF_NONE when none was (a place named otherwise may be no town, and "the
 * city" after "Chicago" and "Boston" says neither which nor whether it speaks for itself). */
static size_t municipality(const struct coref *c, size_t pos, struct span head)
{
	size_t k = first_at(c, pos), para = doc_paragraph_at(c->d, pos), n = 0;
	size_t len = head.end - head.start, city = COREF_NONE;
	/* "Officials in Dayton, Ohio, closed streets ... The city said": a place written with its
	 * U.S. state after it is a city or a town, the one meant when it is the only one named so */
	bool towns = !span_among(c, head, "county");

	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		size_t p = m->start;
		if (m->para + PARA_BACK < para)
			break;
		if (towns && !(m->flags & MF_INQ) &&
		    (c->ents[m->ent].kind == COREF_PLACE || c->ents[m->ent].kind == COREF_GPE)) {
			bool state = m->end + 3 < c->len && c->text[m->end] == ',' &&
				     c->text[m->end + 1] == ' ' &&
				     text_state_end(c->text, m->end + 2,
						    m->end + 10 < c->len ? m->end + 10 : c->len) >
					     m->end + 2;
			/* two such, or a place named nearer without its state (not the state
			 * itself after its city): which one is not said */
			if (state && city != COREF_NONE && city != m->ent)
				towns = false;
			else if (state)
				city = m->ent;
			else if (city == COREF_NONE && !(p >= 2 && c->text[p - 2] == ','))
				towns = false;
		}
		if ((m->flags & MF_INQ) || c->ents[m->ent].kind == COREF_PERSON || p < len + 5 ||
		    strncmp(c->text + p - 4, " of ", 4) != 0 ||
		    strncasecmp(c->text + p - 4 - len, c->text + head.start, len) != 0 ||
		    (p > len + 5 && !ascii_space(c->text[p - 5 - len])))
			continue;
		return m->ent;
	}
	return towns ? city : COREF_NONE;
}

/* The last mention before pos that a description fits: a name holding its head word first,
 * then any of the right kind or role. "the company" passes over a source's affiliation
 * (employer_aside()) for a company named before it, if any. */
/* For a body's description ("the company", "the bank"): the body that is the subject of the
 * sentence of mention k, a body named only after its verb, in an object or a phrase ("Acme
 * Corp. signed a deal with Google Inc. ... The company said": Acme), as a reader takes the one
 * the sentence is about (not one owning a noun there: "for each of Tony Lama's shares" may be
 * the story's firm); within SCAN_MAX mentions, else COREF_NONE. */
static size_t subject_body_before(const struct coref *c, size_t k, const struct want *w)
{
	const struct ment *m = &c->m[k];

	if (!w->org || (m->flags & (MF_SUBJ | MF_INQ | MF_MOD | MF_POSS)))
		return COREF_NONE;
	for (size_t j = k, n = 0; j-- > 0 && n++ < SCAN_MAX && c->m[j].sent == m->sent;) {
		const struct ment *o = &c->m[j];
		if (o->ent == m->ent || !(o->flags & MF_SUBJ) || (o->flags & MF_INQ))
			continue;
		return c->ents[o->ent].kind == COREF_ORG && c->ex[o->ent].strong &&
				       compatible(c, o->ent, w) && !coordinated(c, j)
			       ? o->ent
			       : COREF_NONE;
	}
	return COREF_NONE;
}

static size_t described(const struct coref *c, size_t pos, const struct want *w)
{
	size_t k = first_at(c, pos), para = doc_paragraph_at(c->d, pos), n = 0, e;
	size_t sent = doc_sentence_at(c->d, pos), aside = COREF_NONE, suitor = COREF_NONE;

	/* "the company" near a person known by his company's name ("Nvidia Chief Executive Jensen
	 * Huang ..., adding that the company hoped") is that company */
	if (w->org && w->org_class == COREF_ORG_COMPANY) {
		for (size_t j = k; j-- > 0 && j + 40 > k;) {
			const struct ment *m = &c->m[j];
			size_t emp = c->ex[m->ent].employer;
			if (m->sent + 1 < sent)
				break;
			if (emp != COREF_NONE && !(m->flags & MF_INQ) && compatible(c, emp, w))
				return emp;
		}
	}

	if (w->org && w->org_class == COREF_ORG_COMPANY &&
	    (e = subject_name(c, k, sent, false)) != COREF_NONE)
		return e;
	if ((e = head_named(c, k, para, pos, w)) != COREF_NONE)
		return e;
	while (k-- > 0 && n++ < SCAN_MAX) {
		const struct ment *m = &c->m[k];
		if (m->para + PARA_BACK < para)
			break;
		/* "it doesn't offer VR yet. ... what the company promised": capitals alone do not
		 * make a company of a short word that never acts (VR, TV, SSO) */
		if (w->org && c->ex[m->ent].guessed && !c->ex[m->ent].agent &&
		    c->ents[m->ent].name.end - c->ents[m->ent].name.start <= 3)
			continue;
		/* "the company" is no product or unit of one ("an original Xbox") */
		if (w->org_class == COREF_ORG_COMPANY && c->ex[m->ent].owned &&
		    c->ents[m->ent].org != COREF_ORG_COMPANY)
			continue;
		if (w->org_class == COREF_ORG_COMPANY &&
		    (place_of_description(c, m) || agent_of_participle(c, m)))
			continue;
		/* "employers such as Monsanto, which opposed the bill. ... the company tweeted": a
		 * name of unknown kind that "which" follows, in this sentence or the one before, is
		 * a body that acts, the one meant rather than a company named before it */
		if (w->org_class == COREF_ORG_COMPANY && m->sent + 1 >= sent &&
		    c->ents[m->ent].kind == COREF_UNKNOWN && c->ex[m->ent].strong &&
		    !(m->flags & MF_INQ) && which_acted(c, m))
			return m->ent;
		/* "The bid by Paribas was rejected, the company said": not the bidder, here or
		 * named before */
		if (w->org_class == COREF_ORG_COMPANY && (m->ent == suitor || bidder(c, m))) {
			suitor = m->ent;
			continue;
		}
		/* "Rubio sought to stoke positive energy .... Walking into the office ..., the
		 * senator said" (Sen. Bernie Sanders two paragraphs before): a person of no known
		 * role who is the subject of the sentence before, in the same paragraph, may be
		 * the one meant; the role alone does not say who, and no name is better than a
		 * wrong one */
		if (w->role && w->person && !w->kin && m->para == para && m->sent + 1 >= sent &&
		    (m->flags & MF_SUBJ) && !(m->flags & MF_INQ) && c->ex[m->ent].nroles == 0 &&
		    (c->ents[m->ent].kind == COREF_PERSON ||
		     c->ents[m->ent].kind == COREF_UNKNOWN) &&
		    !compatible(c, m->ent, w))
			return COREF_NONE;
		if (!(m->flags & MF_INQ) && compatible(c, m->ent, w)) {
			if (w->org_class == COREF_ORG_COMPANY && !name_has(c, m->ent, w->head) &&
			    (employer_aside(c, k) || object_of_described(c, k))) {
				aside = aside == COREF_NONE ? m->ent : aside;
				continue;
			}
			/* "Microsoft and Google signed ... The company said": which one is not said */
			if (w->org && coordinated(c, k))
				return COREF_NONE;
			if ((e = subject_body_before(c, k, w)) != COREF_NONE)
				return e;
			return w->head.end > w->head.start &&
					       owned_head_between(c, m->end, pos, w->head)
				       ? COREF_NONE
				       : m->ent;
		}
	}
	if (aside != COREF_NONE)
		return (e = acting_name(c, pos)) != COREF_NONE ? e : aside;
	if (w->kin)
		return kin_named_after(c, pos, w);
	if (!w->org || w->org_class != COREF_ORG_COMPANY)
		return COREF_NONE;
	/* no company named before: the subject of several words before it that "it" names */
	if ((e = subject_name(c, first_at(c, pos), sent, true)) != COREF_NONE)
		return e;
	return acting_name(c, pos);
}

/* Fills w for the pronoun t; false when it refers to no one we can name (I, we, you). */
static bool want_pronoun(const struct coref *c, struct ctok *t, struct want *w)
{
	memset(w, 0, sizeof(*w));
	w->employer = COREF_NONE;
	w->sent_back = SENT_BACK;
	if (tok_lex(c, t) & (LEX_MALE | LEX_FEMALE)) {
		w->person = true;
		w->gender = (tok_lex(c, t) & LEX_MALE) ? COREF_MALE : COREF_FEMALE;
		return true;
	}
	if (tok_is(c, t, "it") || tok_is(c, t, "its")) {
		w->org = w->gpe = w->unknown = true;
		w->subject_only = true;
		w->sent_back = 1;
		return true;
	}
	if (tok_is(c, t, "they") || tok_is(c, t, "their") || tok_is(c, t, "them")) {
		w->group = true; /* not an organisation: "Bloomberg reports that investors are
				    worried. They fear ..." */
		w->subject_only = true;
		w->sent_back = 1;
		return true;
	}
	if (tok_is(c, t, "who")) {
		w->person = true;
		w->sent_back = 0;
		return true;
	}
	return false;
}

/* True when the words after the article are a capitalised nation's adjective, then lowercase
 * words ("the Jordanian monarch"). */
static bool demonym_led(const struct coref *c, struct words *ws)
{
	if (ws->n < 3 || !(ws->w[1].flags & TF_CAP) || !(tok_lex(c, &ws->w[1]) & LEX_DEMONYM) ||
	    (tok_lex(c, &ws->w[1]) & LEX_GROUP))
		return false;
	for (size_t i = 2; i < ws->n; i++)
		if (ws->w[i].flags & TF_CAP)
			return false;
	return true;
}

/* True when ws is "the" and at least `least` words in all, the last lowercase and no possessive
 * ("the Florida senator", "the former secretary"): the shape of a description by role. */
static bool the_lowercase_end(const struct coref *c, struct words *ws, size_t least)
{
	struct ctok *last = &ws->w[ws->n - 1];

	return ws->n >= least && tok_is(c, &ws->w[0], "the") && !(last->flags & TF_CAP) &&
	       last->bend >= last->end;
}

/* True when t is a role's noun ("senator", "secretary") and no kin's ("grandmother"). */
static bool role_noun(const struct coref *c, struct ctok *t)
{
	return (tok_lex(c, t) & (LEX_ROLE | LEX_KIN)) == LEX_ROLE;
}

/* For "the Florida senator", "the New York businessman", "the Republican presidential nominee":
 * "the", one to three capitalised words (in *mods), lowercase words and a role's noun, no kin's
 * nor a royal's (its word id in *role). */
static bool place_led_role(const struct coref *c, struct words *ws, struct span *mods,
			   unsigned *role)
{
	struct ctok *head = &ws->w[ws->n - 1];
	size_t last = 1;

	if (!the_lowercase_end(c, ws, 3) || !role_noun(c, head) || tok_royal(c, head))
		return false;
	while (last + 1 < ws->n && (ws->w[last].flags & TF_CAP))
		last++;
	if (last == 1 || last > 4)
		return false;
	for (size_t i = last; i + 1 < ws->n; i++)
		if (ws->w[i].flags & TF_CAP)
			return false;
	*mods = (struct span){ws->w[1].start, ws->w[last - 1].end};
	*role = head->id;
	return true;
}

/* For "the former secretary of state", "the Florida senator": "the", then words that end in a
 * lowercase one, no possessive, with a role's noun among them; the words after "the" in *mods. */
static bool role_phrase(const struct coref *c, struct words *ws, struct span *mods)
{
	struct ctok *last = &ws->w[ws->n - 1];

	if (!the_lowercase_end(c, ws, 3))
		return false;
	for (size_t i = 1; i < ws->n; i++)
		if (ws->w[i].bend < ws->w[i].end)
			return false;
	for (size_t i = 1; i < ws->n; i++)
		if (!(ws->w[i].flags & TF_CAP) && role_noun(c, &ws->w[i])) {
			*mods = (struct span){ws->w[1].start, last->end};
			return true;
		}
	return false;
}

/* For a description ws that ends in a lowercase role's noun, then " of " and more words up to
 * end ("the former secretary of state"): true, with the words after "the" to end in *mods. */
static bool role_of(const struct coref *c, struct words *ws, size_t end, struct span *mods)
{
	struct ctok *last = &ws->w[ws->n - 1];

	if (!the_lowercase_end(c, ws, 2) || !role_noun(c, last) || end < last->end + 6 ||
	    strncmp(c->text + last->end, " of ", 4) != 0 || !text_is_ascii_letter(c->text[end - 1]))
		return false;
	*mods = (struct span){ws->w[1].start, end};
	return true;
}

/* True when the description ws is "the", capitalised words that name a place (or a name first
 * written here), maybe lowercase words for the line of business, and a noun for a business ("the
 * St. Louis company", "the Stamford firm", "the Oklahoma City energy and defense concern"): a
 * company described by where it is, not one of that name ("the Harlan company" after Harlan
 * Data Corp. stays a phrase). */
static bool place_led_company(const struct coref *c, struct words *ws)
{
	struct ctok *head = &ws->w[ws->n - 1];
	size_t e, last = 1;

	if (ws->n < 3 || (head->flags & TF_CAP) ||
	    (tok_lex(c, head) & (LEX_ORGDESC | LEX_COMPANY)) != (LEX_ORGDESC | LEX_COMPANY))
		return false;
	while (last + 1 < ws->n && (ws->w[last].flags & TF_CAP))
		if (tok_lex(c, &ws->w[last++]) & LEX_DEMONYM)
			return false;
	for (size_t i = last; i + 1 < ws->n; i++)
		if (ws->w[i].flags & TF_CAP)
			return false;
	if (last == 1)
		return false;
	e = coref_resolve(c, (struct span){ws->w[1].start, ws->w[last - 1].bend});
	return e != COREF_NONE && (c->ents[e].kind == COREF_PLACE || c->ents[e].kind == COREF_GPE ||
				   c->ents[e].first >= ws->w[1].start);
}

/* Where the words after "the City, ST.," start in s ("The Rockford, Ill., maker of fasteners",
 * "The El Paso, Texas, maker", "the Van Nuys, Calif., thrift": a business described by where it
 * is, as the financial press writes it), given ws, the words of s up to its first comma; 0 when
 * s does not open so. */
static size_t after_city_state(const struct coref *c, struct span s, const struct words *ws)
{
	size_t p, q;

	if (ws->n < 2 || !tok_is(c, &ws->w[0], "the"))
		return 0;
	for (size_t i = 1; i < ws->n; i++)
		if (!(ws->w[i].flags & TF_CAP))
			return 0;
	p = ws->w[ws->n - 1].end;
	if (p + 2 >= s.end || c->text[p] != ',' || c->text[p + 1] != ' ')
		return 0;
	p += 2;
	q = text_state_end(c->text, p, s.end);
	return q > p && q + 1 < s.end && c->text[q] == ',' ? q + 1 : 0;
}

/* True when " for " and a capitalised word (after "the" or not) follow p, before end. */
static bool for_a_name(const struct coref *c, size_t p, size_t end)
{
	const char *t = c->text;

	if (p + 6 >= end || strncmp(t + p, " for ", 5) != 0)
		return false;
	p += 5;
	if (p + 4 < end && strncmp(t + p, "the ", 4) == 0)
		p += 4;
	return p < end && t[p] >= 'A' && t[p] <= 'Z';
}

/* Fills w for the description ws ("the company", "the chief executive") of a mention that ends
 * at `end`; false when it is none we resolve. */
static bool want_description(const struct coref *c, struct words *ws, size_t end, struct want *w)
{
	struct ctok *head;

	memset(w, 0, sizeof(*w));
	w->employer = COREF_NONE;
	head = &ws->w[ws->n - 1];
	/* "Elian's great-uncle": a named person's kin, whom the story has called so before
	 * ("great-uncle Lazaro Gonzalez"); kin only, as "Trump's spokesman" may be no spokesman
	 * named before */
	if (ws->n == 2 && (ws->w[0].flags & TF_CAP) && ws->w[0].bend < ws->w[0].end &&
	    !(head->flags & TF_CAP) && (tok_lex(c, head) & LEX_KIN)) {
		w->person = true;
		w->role = head->id;
		w->kin = true;
		return true;
	}
	if (ws->n < 2 || !(tok_is(c, &ws->w[0], "the") || tok_is(c, &ws->w[0], "this")))
		return false;
	/* "the Jordanian monarch": a nation's adjective before a royal role names no organisation;
	 * the role alone is asked for (a nation has one king, but "the French president" may be
	 * no president named before), unless the mention names the person after it ("The Jordanian
	 * monarch, King Tarek,") */
	if (!(head->flags & TF_CAP) && tok_royal(c, head) && demonym_led(c, ws) &&
	    !coref_person_named(c, head->end, end)) {
		w->person = true;
		w->role = head->id;
		return true;
	}
	/* "the FBI chief", "the Nvidia spokesman": who works for that organisation, or has that
	 * role */
	if (ws->n >= 3 && !(head->flags & TF_CAP) && (tok_lex(c, head) & LEX_ROLE) &&
	    (ws->w[ws->n - 2].flags & TF_CAP)) {
		size_t org = coref_resolve(c, (struct span){ws->w[1].start, ws->w[ws->n - 2].bend});
		for (size_t i = 1; i + 1 < ws->n; i++)
			if (!(ws->w[i].flags & TF_CAP))
				return false;
		if (org == COREF_NONE || c->ents[org].kind != COREF_ORG)
			return false;
		w->person = true;
		w->role = head->id;
		w->employer = org;
		return true;
	}
	if (place_led_company(c, ws)) {
		w->org = true;
		w->org_class = COREF_ORG_COMPANY;
		w->head = (struct span){head->start, head->bend};
		return true;
	}
	for (size_t i = 1; i < ws->n; i++)
		if (ws->w[i].flags & TF_CAP)
			return false; /* "the Trump campaign": a phrase of its own */
	/* "the concern within the administration" is a worry; "the chip concern" a business */
	if (ws->n == 2 && tok_is(c, head, "concern"))
		return false;
	/* "the authorities" are officials the story does not name, not one body named before */
	if (tok_is(c, head, "authorities"))
		return false;
	/* "the trade group for the Blue Cross plans": a body named by whom it works for is that
	 * phrase's own, not the company or group named before */
	if ((tok_lex(c, head) & LEX_ORGDESC) && for_a_name(c, head->end, end))
		return false;
	if (tok_lex(c, head) & LEX_ORGDESC) {
		w->org = true;
		w->org_class = org_class(tok_lex(c, head));
		w->head = (struct span){head->start, head->bend};
		return true;
	}
	if (tok_lex(c, head) & LEX_ROLE) {
		w->person = true;
		w->role = head->id;
		w->kin = tok_lex(c, head) & LEX_KIN;
		return true;
	}
	return false;
}

/* "''Even after Trump's debate performance ... Go figure,'' he said": the people a quotation
 * names in the sentence of a pronoun outside it, before it, are whom the speaker talks about,
 * not the speaker. */
static void quoted_people(const struct coref *c, size_t pos, struct want *w)
{
	size_t k = first_at(c, pos), sent = doc_sentence_at(c->d, pos);

	while (k-- > 0 && c->m[k].sent == sent && w->nquoted < QUOTED_MAX)
		if ((c->m[k].flags & MF_INQ) && c->ents[c->m[k].ent].kind == COREF_PERSON)
			w->quoted[w->nquoted++] = c->m[k].ent;
}

/* "People like Scott, he said.", "Trump's plan will fail, she told reporters": a pronoun that
 * is the subject of a tag set after a comma holds the clause before it under its verb, so the
 * people that clause names are whom the speaker talks about, not the speaker. Not when the
 * sentence opens with a subordinate clause or a phrase ("When Lee arrived, he said"), where a
 * name may be the pronoun's. */
static void tag_clause_people(const struct coref *c, size_t pos, size_t end, struct want *w)
{
	const struct doc_sentence *s = doc_sentence(c->d, doc_sentence_at(c->d, pos));
	size_t a = s->span.start, p = pos, v = end, n, b;
	struct span first = word_near(c, a, s->span.end, NEAR_LETTERS), verb;

	while (p > a && c->text[p - 1] == ' ')
		p--;
	while (v < s->span.end && c->text[v] == ' ')
		v++;
	verb = word_near(c, v, s->span.end, NEAR_LETTERS);
	if (p <= a || c->text[p - 1] != ',' || verb.end <= verb.start ||
	    !span_among(c, verb, TAG_VERBS) || span_among(c, first, OPENING_SUBORDINATORS) ||
	    span_among(c, first, "asked in on at during with despite"))
		return;
	/* the clause the tag reports: from the last mark (phrase_mark()) or "and" or "but" before
	 * its comma ("... and Ms. Warren, she said, ...": Warren's clause, not the sentence's) */
	for (size_t q = b = a; q + 1 < p;) {
		int len;
		uint32_t cp = char_at(c, q, &len);
		if (phrase_mark(c, q, p, cp))
			b = q + (size_t)len;
		else if (cp == ' ' && q + 5 <= p &&
			 (memcmp(c->text + q, " and ", 5) == 0 ||
			  memcmp(c->text + q, " but ", 5) == 0))
			b = q + 5;
		q += (size_t)len;
	}
	for (size_t k = first_at(c, b); k < c->nm && c->m[k].start < p && w->nquoted < QUOTED_MAX;
	     k++) {
		struct span ms = {c->m[k].start, c->m[k].end};
		/* a name, not a pronoun ("She had helped, she said") nor a possessive, which the
		 * pronoun may take up ("Obama's remarks were aimed at critics, he said") */
		if (c->ents[c->m[k].ent].kind != COREF_PERSON || (c->m[k].flags & MF_POSS) ||
		    span_among(c, ms, "he she him her his hers i me my we us our they them their"))
			continue;
		for (n = 0; n < w->nquoted && w->quoted[n] != c->m[k].ent; n++)
			;
		if (n == w->nquoted)
			w->quoted[w->nquoted++] = c->m[k].ent;
	}
}

/* "BUDAPEST (AP)_ Tired of being sidelined, astronaut Bertalan Farkas is leaving for the United
 * States, he said Saturday": a pronoun that is the subject of a tag after a comma, in a sentence
 * before which the document names nobody, reports what the one person its clause names said of
 * himself (tag_clause_people()); COREF_NONE when someone is named before the sentence (not
 * a lone capitalised word opening a headline, MF_WEAK), or when
 * the clause names no one or more than one who fits ("Smith will beat Jones, he said"). */
static size_t tag_cataphora(const struct coref *c, size_t pos, size_t end, const struct want *w)
{
	const struct doc_sentence *s = doc_sentence(c->d, doc_sentence_at(c->d, pos));
	struct want in = *w, fit = *w;
	size_t found = COREF_NONE;

	/* a lede has few mentions before it: past SCAN_MAX this is no lede */
	for (size_t k = 0; k < c->nm && c->m[k].start < s->span.start; k++)
		if (k >= SCAN_MAX || (c->ents[c->m[k].ent].kind == COREF_PERSON &&
				      !(c->m[k].flags & (MF_INQ | MF_WEAK))))
			return COREF_NONE;
	in.nquoted = fit.nquoted = 0; /* fit: the clause's people, whom w itself rules out */
	tag_clause_people(c, pos, end, &in);
	for (size_t n = 0; n < in.nquoted; n++) {
		if (!compatible(c, in.quoted[n], &fit))
			continue;
		if (found != COREF_NONE)
			return COREF_NONE;
		found = in.quoted[n];
	}
	return found;
}

/* "At the request of his lawyer, Dan Ross, he said": a person named in the pronoun's sentence,
 * before it, set off by commas right after a noun and the possessive of the pronoun's gender
 * ("his lawyer" before "he", "her husband" before "she") is that noun, someone of the
 * pronoun's, not the pronoun. */
static void apposed_to_possessive(const struct coref *c, size_t pos, struct want *w)
{
	size_t k = first_at(c, pos), sent = doc_sentence_at(c->d, pos);

	while (k-- > 0 && c->m[k].sent == sent && w->nquoted < QUOTED_MAX) {
		const struct ment *m = &c->m[k];
		size_t q = m->start, p;
		if (c->ents[m->ent].kind != COREF_PERSON || (m->flags & MF_INQ) || q < 8 ||
		    c->text[q - 1] != ' ' || c->text[q - 2] != ',' || m->end >= c->len ||
		    c->text[m->end] != ',')
			continue;
		/* the noun before the comma, and "his" or "her" before it */
		for (p = q - 2; p > 0 && text_is_ascii_lower(c->text[p - 1]); p--)
			;
		if (p == q - 2 || p < 5 || c->text[p - 1] != ' ')
			continue;
		/* the possessive of the pronoun's own gender: "his rival, Hillary Clinton, ...
		 * she" is someone else's rival */
		const char *own = w->gender == COREF_MALE     ? " his "
				  : w->gender == COREF_FEMALE ? " her "
							      : NULL;
		if (own && strncasecmp(c->text + p - 5, own, 5) == 0)
			w->quoted[w->nquoted++] = m->ent;
	}
}

/* For "the former" or "the latter" alone (latter true): the first or the second of the two
 * named together, "A and B" (a title may stand before B: "Sen. Ann Lee and Sen. Tom Hale"), in
 * the nearest of this sentence and the one before that holds such a pair; COREF_NONE when
 * neither does, as no other pair says which two are meant. */
static size_t former_latter(const struct coref *c, size_t pos, bool latter)
{
	size_t k = first_at(c, pos), sent = doc_sentence_at(c->d, pos), n = 0;

	while (k-- > 1 && n++ < SCAN_MAX) {
		const struct ment *b = &c->m[k], *a = &c->m[k - 1];
		if (a->sent + 1 < sent)
			break;
		if (a->sent != b->sent || a->ent == b->ent || ((a->flags | b->flags) & MF_INQ) ||
		    ((a->flags | b->flags) & (MF_MOD | MF_POSS)) || b->start < a->end + 5 ||
		    b->start > a->end + 24 || memcmp(c->text + a->end, " and ", 5) != 0)
			continue;
		/* between: " and ", then nothing but a title's capitalised words */
		bool title = true;
		for (size_t p = a->end + 5; p < b->start && title; p++)
			title = c->text[p] == ' ' || c->text[p] == '.' ||
				text_is_ascii_letter(c->text[p]);
		struct span w = word_near(c, a->end + 5, b->start, NEAR_LETTERS);
		if (!title || (w.end > w.start &&
			       !(coref_lex(c->text + w.start, w.end - w.start, NULL) & LEX_TITLE)))
			continue;
		/* "Sens. Ted Cruz of Texas and Deb Fischer of Nebraska": the first is the one
		 * whose place follows him; two of one kind, else no pair ("Texas and Deb Fischer") */
		size_t first = a->ent;
		if (c->ents[first].kind != c->ents[b->ent].kind && k >= 2 &&
		    c->m[k - 2].sent == a->sent && c->m[k - 2].end + 4 == a->start &&
		    memcmp(c->text + c->m[k - 2].end, " of ", 4) == 0)
			first = c->m[k - 2].ent;
		if (c->ents[first].kind != c->ents[b->ent].kind)
			continue;
		return latter ? b->ent : first;
	}
	return COREF_NONE;
}

/* ---- "the statement said": who issued it ---- */

/* Verbs of issuing a document: "Acme released a report" */
#define ISSUE_VERBS                                                                                \
	"released issued published provided sent filed posted wrote signed submitted "             \
	"delivered"
/* Words of a time after a name or a verb, read past: "said on Monday in a statement" */
#define ISSUE_TIME_WORDS                                                                           \
	"on late early last this also earlier later night morning afternoon evening"
#define ISSUE_TIME_MAX 4 /* time words read past */
#define ISSUE_DOCS_MAX 8 /* earlier mentions of the document read */

/* True when w is a time word or one of ISSUE_TIME_WORDS. */
static bool issue_time(const struct coref *c, struct span w)
{
	return w.end > w.start &&
	       (span_among(c, w, ISSUE_TIME_WORDS) ||
		(coref_lex(c->text + w.start, w.end - w.start, NULL) & LEX_TIME));
}

/* Where the words before p that tell a time begin ("on Monday", "late Tuesday"). */
static size_t time_back(const struct coref *c, size_t p, size_t lo)
{
	struct span w;

	for (int i = 0;
	     i < ISSUE_TIME_MAX && issue_time(c, w = word_near(c, p, lo, NEAR_BACK | NEAR_SKIP));
	     i++)
		p = w.start;
	return p;
}

/* True when the word w before a name (after it when !before) is "and", or w is empty at an "&"
 * there: the name is one of two ("Trump and Ryan", "Lee & Reyes"). */
static bool joined(const struct coref *c, struct span w, bool before)
{
	if (w.end > w.start)
		return span_among(c, w, "and");
	return before ? w.start > 0 && c->text[w.start - 1] == '&'
		      : w.start < c->len && c->text[w.start] == '&';
}

/* The entity of the person or organisation named by a mention that ends at p (at the
 * possessive's end when poss), no part of a longer phrase or a quotation; else COREF_NONE. */
static size_t issuer_ending(const struct coref *c, size_t p, bool poss)
{
	size_t k;
	const struct ment *m;
	enum coref_kind kind;

	while (p > 0 && c->text[p - 1] == ' ')
		p--;
	k = first_at(c, p);
	if (k == 0)
		return COREF_NONE;
	m = &c->m[k - 1];
	kind = c->ents[m->ent].kind;
	/* "Acme Corp. issued": the name is read without its abbreviation's stop */
	if (!poss && m->end + 1 == p && c->text[m->end] == '.')
		p--;
	if (poss ? !(m->flags & MF_POSS) || m->end + 2 > p || m->end + 4 < p
		 : m->end != p || (m->flags & (MF_POSS | MF_MOD | MF_OBL)))
		return COREF_NONE;
	/* "Donald Trump and Paul Ryan issued a statement": two issuers, no one's alone */
	if (joined(c, word_near(c, m->start, 0, NEAR_BACK | NEAR_SKIP), true))
		return COREF_NONE;
	return !(m->flags & MF_INQ) && (kind == COREF_PERSON || kind == COREF_ORG) ? m->ent
										   : COREF_NONE;
}

/* The same for a mention that starts at p, after "the" */
static size_t issuer_starting(const struct coref *c, size_t p, size_t hi)
{
	struct span w = word_near(c, p, hi, NEAR_SKIP);
	size_t k;
	const struct ment *m;
	enum coref_kind kind;

	if (span_among(c, w, "the"))
		p = w.end;
	while (p < hi && c->text[p] == ' ')
		p++;
	if ((k = first_at(c, p)) >= c->nm || c->m[k].start != p)
		return COREF_NONE;
	m = &c->m[k];
	kind = c->ents[m->ent].kind;
	/* "a statement from Trump and Ryan": two issuers */
	if (joined(c, word_near(c, m->end, hi, NEAR_SKIP), false))
		return COREF_NONE;
	return !(m->flags & (MF_INQ | MF_MOD | MF_POSS)) &&
			       (kind == COREF_PERSON || kind == COREF_ORG)
		       ? m->ent
		       : COREF_NONE;
}

/* Who issued the document named by the word [q, qe) in the sentence [lo, hi): "Acme said in a
 * statement", "In a statement, Acme said", "Acme released a report", "Acme's statement", "a
 * statement from Acme", "a report released by Acme"; else COREF_NONE, with *definite true when
 * the word follows "the" or "this" (it names one named before). */
static size_t issuer_of(const struct coref *c, size_t q, size_t qe, size_t lo, size_t hi,
			bool *definite)
{
	struct span w = word_near(c, q, lo, NEAR_BACK | NEAR_SKIP), v, a;
	size_t e, p;

	*definite = false;
	/* "a written statement", "a news release", "a 40-page report" */
	for (int i = 0; i < 2 && w.end > w.start && text_is_ascii_lower(c->text[w.start]) &&
			!span_among(c, w, "a an its his her their the this that in by from of");
	     i++)
		w = word_near(c, w.start, lo, NEAR_BACK | NEAR_SKIP);
	if (span_among(c, w, "the this that")) {
		*definite = true;
	} else if (span_among(c, w, "a an its his her their")) {
		v = word_near(c, w.start, lo, NEAR_BACK | NEAR_SKIP);
		if (span_among(c, v, "in")) {
			struct span verb =
				word_near(c, time_back(c, v.start, lo), lo, NEAR_BACK | NEAR_SKIP);
			/* "In a statement on Monday, Acme said" */
			if (verb.end == verb.start) {
				p = qe;
				while (issue_time(c, a = word_near(c, p, hi, NEAR_SKIP)))
					p = a.end;
				while (p < hi && c->text[p] == ' ')
					p++;
				if (p < hi && c->text[p] == ',' &&
				    (e = issuer_starting(c, p + 1, hi)) != COREF_NONE)
					return e;
			} else if (text_is_ascii_lower(c->text[verb.start]) &&
				   (e = issuer_ending(c, time_back(c, verb.start, lo), false)) !=
					   COREF_NONE) {
				return e; /* "Acme said on Monday in a statement" */
			}
		} else if (span_among(c, v, ISSUE_VERBS) &&
			   (e = issuer_ending(c, time_back(c, v.start, lo), false)) != COREF_NONE) {
			return e; /* "Acme released a report" */
		}
	} else if (w.end > w.start + 2 && c->text[w.end - 1] == 's' &&
		   (c->text[w.end - 2] == '\'' || c->text[w.end - 2] == '\x99') &&
		   (e = issuer_ending(c, w.end, true)) != COREF_NONE) {
		return e; /* "Acme's statement" */
	}
	/* "a statement from Acme", "a report, released by Acme," */
	p = qe;
	while (p < hi && (c->text[p] == ' ' || c->text[p] == ','))
		p++;
	a = word_near(c, p, hi, NEAR_SKIP);
	if (span_among(c, a, ISSUE_VERBS " written"))
		a = word_near(c, a.end, hi, NEAR_SKIP);
	if (span_among(c, a, "from by"))
		return issuer_starting(c, a.end, hi);
	return COREF_NONE;
}

/* True when the word [p, p + n) at p in the text is the document noun head or its like (a
 * statement is a release). */
static bool same_document(const struct coref *c, size_t p, size_t n, struct span head)
{
	struct span w = {p, p + n};

	if (coref_name_eq(c, w, head))
		return true;
	return span_among(c, w, "statement release") && span_among(c, head, "statement release");
}

/* For "the statement" at s (head: its noun): who issued it, named where an earlier mention of
 * it was ("Harbor Lines said in a statement"), within SENT_BACK sentences and PARA_BACK
 * paragraphs; COREF_NONE when the last document of the kind has no issuer named ("a report by
 * two economists"), and when the phrase names it ("The report by J. A. Smith said" is shown so
 * as written). */
static size_t document_issuer(const struct coref *c, struct span s, struct span head)
{
	size_t si = doc_sentence_at(c->d, s.start), para = doc_paragraph_at(c->d, s.start);
	size_t n = head.end - head.start, seen = 0, e;
	bool definite;
	const struct doc_sentence *ds;
	struct span after;

	/* "The statement by the two said": the phrase says who, as written */
	for (after.end = head.end; after.end < c->len && c->text[after.end] == ',';)
		after.end++;
	after = word_near(c, after.end, c->len, NEAR_SKIP);
	if (span_among(c, after, "by from"))
		return COREF_NONE;
	for (size_t back = 0; back < SENT_BACK && back <= si; back++) {
		ds = doc_sentence(c->d, si - back);
		if (!ds || ds->paragraph + PARA_BACK < para)
			break;
		size_t lo = ds->span.start, hi = ds->span.end < s.start ? ds->span.end : s.start;
		for (size_t p = hi; p-- > lo;) {
			size_t len = n;
			if ((c->text[p] | 0x20) != 's' && (c->text[p] | 0x20) != 'r' &&
			    (c->text[p] | 0x20) != 'f' && (c->text[p] | 0x20) != 'l' &&
			    (c->text[p] | 0x20) != 'm')
				continue;
			if (p > lo && near_char(c->text[p - 1]))
				continue;
			/* a statement may be a release, of another length */
			if (p + 7 <= hi && text_ascii_eq(c->text + p, "release", 7))
				len = 7;
			else if (p + 9 <= hi && text_ascii_eq(c->text + p, "statement", 9))
				len = 9;
			if (p + len > hi || (p + len < hi && near_char(c->text[p + len])) ||
			    !same_document(c, p, len, head))
				continue;
			if (++seen > ISSUE_DOCS_MAX)
				return COREF_NONE;
			if ((e = issuer_of(c, p, p + len, lo, ds->span.end, &definite)) !=
			    COREF_NONE)
				return e;
			if (!definite)
				return COREF_NONE; /* "a report by two economists" */
		}
	}
	return COREF_NONE;
}

size_t coref_resolve(const struct coref *c, struct span s)
{
	struct words ws;
	struct want w;
	struct span mods = {0, 0};
	size_t head_end, e, k;
	unsigned role;
	bool worded;

	if (!c || s.end <= s.start || s.end > c->len)
		return COREF_NONE;
	read_words(c, s, &ws, false);
	if (ws.n == 0)
		return COREF_NONE;
	if ((tok_lex(c, &ws.w[0]) & LEX_PRON) && (ws.n == 1 || !coref_possessive(c, &ws.w[0]))) {
		if (!want_pronoun(c, &ws.w[0], &w))
			return COREF_NONE;
		if (w.person && !(ws.w[0].flags & TF_INQ)) {
			quoted_people(c, s.start, &w);
			tag_clause_people(c, s.start, s.end, &w);
			apposed_to_possessive(c, s.start, &w);
		}
		size_t r = pronoun_antecedent(c, s.start, &w);
		if (r == COREF_NONE && w.person && !(ws.w[0].flags & TF_INQ))
			r = tag_cataphora(c, s.start, s.end, &w);
		return r;
	}
	/* "The former said ..., while the latter said": one of the two just named together */
	if (ws.n == 2 && tok_is(c, &ws.w[0], "the") &&
	    (tok_is(c, &ws.w[1], "former") || tok_is(c, &ws.w[1], "latter")) &&
	    ws.w[1].bend == ws.w[1].end)
		return former_latter(c, s.start, tok_is(c, &ws.w[1], "latter"));
	/* "The town of Millbrook told its residents ... the town said": the place named so */
	if (ws.n == 2 && tok_is(c, &ws.w[0], "the") && !(ws.w[1].flags & TF_CAP) &&
	    ws.w[1].bend == ws.w[1].end &&
	    span_among(c, (struct span){ws.w[1].start, ws.w[1].bend}, MUNICIPAL_NOUNS) &&
	    (e = municipality(c, s.start, (struct span){ws.w[1].start, ws.w[1].bend})) !=
		    COREF_NONE)
		return e;
	if ((head_end = after_city_state(c, s, &ws)) != 0) {
		/* "the maker", "the thrift": "the" and the words after the place */
		struct ctok the = ws.w[0];
		read_words(c, (struct span){head_end, s.end}, &ws, false);
		if (ws.n == 0 || ws.n >= WORDS_MAX)
			return COREF_NONE;
		memmove(&ws.w[1], &ws.w[0], ws.n * sizeof(ws.w[0]));
		ws.w[0] = the;
		ws.n++;
	}
	/* "the Iraqi leader", "the Cuban president": the one person named with that nation */
	if (ws.n == 3 && tok_is(c, &ws.w[0], "the") && demonym_led(c, &ws) &&
	    (tok_lex(c, &ws.w[2]) & LEX_ROLE) && !tok_royal(c, &ws.w[2]) &&
	    !coref_person_named(c, ws.w[2].end, s.end))
		return coref_nation_person(c, first_at(c, s.start), s.start,
					   (struct span){ws.w[1].start, ws.w[1].bend}, ws.w[2].id);
	/* "the former secretary of commerce": what the office is of says which; only those words
	 * written beside a name tie it, never another "secretary" */
	if (role_of(c, &ws, s.end, &mods))
		return coref_tied_role_person(c, first_at(c, s.start), mods, 0);
	/* "Harbor Lines said in a statement ... The statement said": who issued it */
	if (ws.n == 2 && tok_is(c, &ws.w[0], "the") && !(ws.w[1].flags & TF_CAP) &&
	    ws.w[1].bend == ws.w[1].end &&
	    coref_document_noun(c->text + ws.w[1].start, ws.w[1].end - ws.w[1].start))
		return document_issuer(c, s, (struct span){ws.w[1].start, ws.w[1].end});
	/* "Acme's statement said", "Acme Corp.'s report said": the name before the possessive */
	if (ws.n >= 2 && ws.n <= 4 && ws.w[ws.n - 2].bend < ws.w[ws.n - 2].end &&
	    (ws.w[ws.n - 2].flags & TF_CAP) && !(ws.w[ws.n - 1].flags & TF_CAP) &&
	    ws.w[ws.n - 1].bend == ws.w[ws.n - 1].end &&
	    coref_document_noun(c->text + ws.w[ws.n - 1].start,
				ws.w[ws.n - 1].end - ws.w[ws.n - 1].start))
		return issuer_ending(c, ws.w[ws.n - 2].end, true);
	if ((e = body_by_words(c, s.start, &ws, &worded)) != COREF_NONE)
		return e;
	if (want_description(c, &ws, s.end, &w) && (e = described(c, s.start, &w)) != COREF_NONE)
		return worded && !name_has_words(c, e, &ws, false) ? COREF_NONE : e;
	/* "the Florida senator", "the Republican presidential nominee": the one holder of the role
	 * those words stand beside before ("Florida Sen. Marco Rubio") */
	if (place_led_role(c, &ws, &mods, &role) &&
	    (e = coref_tied_role_person(c, first_at(c, s.start), mods, role)) != COREF_NONE)
		return e;
	/* "the former secretary of state": the one person those words were written beside
	 * ("Hillary Clinton, the former secretary of state,") */
	if (role_phrase(c, &ws, &mods) &&
	    (e = coref_tied_role_person(c, first_at(c, s.start), mods, 0)) != COREF_NONE)
		return e;
	if (w.person || w.org || mods.end > 0)
		return COREF_NONE;
	/* "Secretary of State John Kerry", "Director of the FBI Louis Freeh": a title, the body it
	 * is of, then the person's name to the phrase's end */
	if (ws.n == 1 && (tok_lex(c, &ws.w[0]) & LEX_TITLE) && s.end > ws.w[0].end &&
	    (e = name_inside(c, s, s.end)) != COREF_NONE && c->ents[e].kind == COREF_PERSON)
		return e;
	/* "U.S. Secretary of State Madeleine Albright", "Former Director of the FBI Louis Freeh":
	 * capitalised words before the title, the same */
	if (ws.n >= 2 && ws.n <= 3 && (ws.w[ws.n - 1].flags & TF_CAP) &&
	    (tok_lex(c, &ws.w[ws.n - 1]) & LEX_TITLE) && s.end > ws.w[ws.n - 1].end + 4 &&
	    (ws.w[0].flags & TF_CAP) && (e = name_inside(c, s, s.end)) != COREF_NONE &&
	    c->ents[e].kind == COREF_PERSON && c->ents[e].name.start > ws.w[ws.n - 1].end)
		return e;
	head_end = ws.w[ws.n - 1].end;
	/* "The Maariv newspaper said": the paper its name is (coref_read_name() made it a newspaper's
	 * name), one speaker with the later "Maariv" and "the newspaper"; the name is all the
	 * words between ("the People's Daily newspaper" stays a phrase) */
	if (ws.n >= 3 && tok_is(c, &ws.w[0], "the") && !(ws.w[ws.n - 1].flags & TF_CAP) &&
	    (tok_lex(c, &ws.w[ws.n - 1]) & (LEX_ORGDESC | LEX_MEDIA)) ==
		    (LEX_ORGDESC | LEX_MEDIA) &&
	    (k = first_at(c, ws.w[1].start)) < c->nm && c->m[k].start == ws.w[1].start &&
	    c->m[k].end == ws.w[ws.n - 2].end && c->ents[c->m[k].ent].kind == COREF_ORG &&
	    c->ents[c->m[k].ent].org == COREF_ORG_MEDIA)
		return c->m[k].ent;
	if (!(ws.w[ws.n - 1].flags & TF_CAP) && !(tok_lex(c, &ws.w[0]) & LEX_TITLE))
		return COREF_NONE; /* "people familiar with the plans", "Chinese regulators" */
	e = name_inside(c, s, head_end);
	/* "Owners of cafés said": a capital that only opens the sentence, and a phrase goes on */
	if (e != COREF_NONE && !c->ex[e].strong && ws.n == 1 && s.end > head_end + 1)
		return COREF_NONE;
	return e;
}

/* The description of a person by role that opens the bytes [from, to), maybe after an opening
 * phrase up to a comma ("Later, the mayor met"): "the", at most two lowercase words, a lowercase
 * role noun, then a lowercase word that is no preposition ("The mayor spoke", "the new coach
 * said"); not "the mayor of Paris", "the mayor's office". An empty span when there is none, or
 * when the role is a man's and female is true or a woman's and it is false. */
static struct span role_opening(const struct coref *c, size_t from, size_t to, bool female)
{
	struct span none = {0, 0};
	struct words ws;
	size_t i;

	read_words(c, (struct span){from, to}, &ws, false);
	if (ws.n >= 2 && !tok_is(c, &ws.w[0], "the") && ws.w[ws.n - 1].end < to &&
	    c->text[ws.w[ws.n - 1].end] == ',' && ws.n <= 4)
		read_words(c, (struct span){ws.w[ws.n - 1].end + 1, to}, &ws, false);
	if (ws.n < 3 || !tok_is(c, &ws.w[0], "the"))
		return none;
	for (i = 1; i < ws.n && i <= 3; i++) {
		struct ctok *t = &ws.w[i];
		if ((t->flags & (TF_CAP | TF_DIGIT)) || t->bend < t->end ||
		    (tok_lex(c, t) & (LEX_STOP | LEX_PRON)))
			return none;
		if ((tok_lex(c, t) & LEX_ROLE) && !(tok_lex(c, t) & LEX_KIN))
			break;
	}
	if (i + 1 >= ws.n || i > 3 || (ws.w[i + 1].flags & TF_CAP) ||
	    (tok_lex(c, &ws.w[i + 1]) & (LEX_PREP | LEX_PRON)) ||
	    (tok_lex(c, &ws.w[i]) & (female ? LEX_MALE : LEX_FEMALE)))
		return none;
	return (struct span){ws.w[0].start, ws.w[i].end};
}

/* True when the pronoun at pos opens its sentence (from): nothing but punctuation, one word
 * ("But", "Later") or an opening phrase that ends at a comma before it. */
static bool pronoun_opens(const struct coref *c, size_t from, size_t pos)
{
	struct words ws;
	size_t p = pos;

	while (p > from && ascii_space(c->text[p - 1]))
		p--;
	if (p > from && c->text[p - 1] == ',')
		return true;
	read_words(c, (struct span){from, pos}, &ws, true);
	return ws.n <= 1;
}

struct span coref_role_subject(const struct coref *c, size_t pos, bool female)
{
	struct span none = {0, 0}, r;
	const struct doc_sentence *st;
	size_t sent, k, n;

	if (!c || pos >= c->len)
		return none;
	/* the pronoun opens its sentence: "The aide said that he ..." may be anyone, and "The
	 * board met, and he said" is not the sentence before's */
	sent = doc_sentence_at(c->d, pos);
	if (sent == 0 || !pronoun_opens(c, doc_sentence(c->d, sent)->span.start, pos))
		return none;
	st = doc_sentence(c->d, sent - 1);
	if (doc_paragraph(c->d, st->paragraph)->heading)
		return none;
	r = role_opening(c, st->span.start, st->span.end, female);
	if (r.end == 0)
		return none;
	/* a person named as a subject between the role and the pronoun is nearer */
	for (k = first_at(c, r.end), n = 0; k < c->nm && c->m[k].start < pos && n++ < SCAN_MAX; k++)
		if ((c->m[k].flags & MF_SUBJ) && !(c->m[k].flags & MF_INQ) &&
		    c->ents[c->m[k].ent].kind == COREF_PERSON)
			return none;
	return r;
}

bool coref_person_of_named(const struct coref *c, size_t from, size_t to, enum coref_gender g)
{
	size_t k, n = 0;

	if (!c)
		return false;
	for (k = first_at(c, to); k-- > 0 && c->m[k].start >= from && n++ < SCAN_MAX;) {
		const struct coref_entity *x = &c->ents[c->m[k].ent];
		if (!(c->m[k].flags & MF_INQ) && x->kind == COREF_PERSON &&
		    !(g && x->gender && x->gender != g))
			return true;
	}
	return false;
}

bool coref_person_named(const struct coref *c, size_t from, size_t to)
{
	return coref_person_of_named(c, from, to, COREF_GENDER_UNKNOWN);
}

struct span coref_resolve_name(const struct coref *c, struct span s)
{
	size_t e = coref_resolve(c, s);
	struct span none = {0, 0};

	return e == COREF_NONE ? none : c->ents[e].name;
}

/* Sentences back "it" or "they" looks when the sentence before names no one (coref_resolve_far()). */
#define FAR_SENT_BACK 3

struct span coref_resolve_far(const struct coref *c, struct span s)
{
	struct span none = {0, 0};
	struct words ws;
	size_t k, n = 0, sent, para, found = COREF_NONE;
	bool it, subject = false;

	if (!c || s.end <= s.start || s.end > c->len)
		return none;
	read_words(c, s, &ws, false);
	if (ws.n != 1 || (ws.w[0].flags & TF_INQ) ||
	    !((it = tok_is(c, &ws.w[0], "it")) || tok_is(c, &ws.w[0], "they")))
		return none;
	sent = doc_sentence_at(c->d, s.start);
	para = doc_paragraph_at(c->d, s.start);
	for (k = first_at(c, s.start); k-- > 0 && n++ < SCAN_MAX;) {
		const struct ment *m = &c->m[k];
		enum coref_kind kind = c->ents[m->ent].kind;
		if (m->sent + FAR_SENT_BACK < sent || m->para + 1 < para)
			break;
		if (m->flags & (MF_INQ | MF_LABEL | MF_WEAK))
			continue;
		/* any body or group that could be meant counts, the one that fits or not */
		if (kind != COREF_ORG && kind != COREF_GROUP && kind != COREF_GPE &&
		    kind != COREF_UNKNOWN)
			continue;
		if (found != COREF_NONE && found != m->ent)
			return none; /* two in reach: no name is better than a wrong one */
		found = m->ent;
		subject = subject || (m->flags & MF_SUBJ);
	}
	if (found == COREF_NONE || !subject || !c->ex[found].strong || c->ex[found].owned ||
	    c->ents[found].kind != (it ? COREF_ORG : COREF_GROUP))
		return none;
	return c->ents[found].name;
}

/* True when the place e is named by a given name and one more capitalised word ("Grace Park"),
 * and the word t is that last word alone, written after it: the surname of the person who
 * speaks in "Grace Park said". */
static bool surname_of_given(const struct coref *c, size_t e, const struct ctok *t)
{
	struct words nw;
	size_t n = t->end - t->start;

	read_words(c, c->ents[e].name, &nw, false);
	return nw.n == 2 && (tok_lex(c, &nw.w[0]) & LEX_FIRST) && (nw.w[1].flags & TF_CAP) &&
	       (t->flags & TF_CAP) && t->start > nw.w[1].end && nw.w[1].end - nw.w[1].start == n &&
	       memcmp(c->text + nw.w[1].start, c->text + t->start, n) == 0;
}

/* True when the word t is capitalised words joined by hyphens ("Sun-Times", "Post-Dispatch"),
 * none of them a place's: after a place's name, the word of a paper's or a firm's own name
 * ("the Chicago Sun-Times"), not of a place ("Winston-Salem" alone, "the Boston-area"). */
static bool capital_compound(const struct coref *c, struct ctok *t)
{
	const char *w = c->text + t->start;
	size_t n = t->bend - t->start, parts = 1;

	if (!(t->flags & TF_CAP) || (t->flags & TF_ALLCAP) ||
	    (tok_lex(c, t) & (LEX_PLACE | LEX_PLACEKEY | LEX_GPE)))
		return false;
	for (size_t i = 0, p = 0; i <= n; i++) {
		if (i < n && w[i] != '-')
			continue;
		if (i == p || !text_is_ascii_upper(w[p]) ||
		    (coref_lex(w + p, i - p, NULL) & (LEX_PLACE | LEX_PLACEKEY | LEX_GPE)))
			return false;
		parts += i < n;
		p = i + 1;
	}
	return parts >= 2;
}

/* True when the words ws end in "District" after an ordinal ("The 2nd District", "the Fifth
 * District"): a court of appeal called by its district, which rules and speaks; no place. */
static bool numbered_district(const struct coref *c, const struct words *ws)
{
	const struct ctok *o;

	if (ws->n < 2 || !(ws->w[ws->n - 1].flags & TF_CAP) ||
	    !tok_is(c, &ws->w[ws->n - 1], "district"))
		return false;
	o = &ws->w[ws->n - 2];
	if (o->flags & TF_DIGIT)
		return coref_ordinal(c->text + o->start, o->end - o->start);
	return text_ordinal_word(c->text + o->start, o->end - o->start) != 0;
}

bool coref_source_ok(const struct coref *c, struct span s)
{
	struct words ws;
	const struct doc_para *para;
	unsigned all = ~0u;
	size_t e, dl;

	if (!c || s.end <= s.start || s.end > c->len)
		return false;
	para = doc_paragraph(c->d, doc_paragraph_at(c->d, s.start));
	dl = text_dateline_end(c->text, para->span.start, para->span.end);
	if (dl > para->span.start && s.start >= para->span.start && s.start < dl) {
		if (s.end <= dl)
			return false; /* "LOS ANGELES —" */
		s.start = dl;
	}
	/* only function words, times and page furniture: "AM UTC Updated", "Our Standards" */
	read_words(c, s, &ws, true);
	if (ws.n == 0)
		return false;
	for (size_t i = 0; i < ws.n; i++) {
		struct ctok *t = &ws.w[i];
		if ((tok_lex(c, t) & LEX_PRON) && i == 0 && (ws.n == 1 || !coref_possessive(c, t)))
			return true;
		/* "Will wrote" after "George Will": a person's word read before is a name */
		if ((t->flags & TF_CAP) && (tok_lex(c, t) & LEX_STOP) &&
		    (e = coref_resolve(c, (struct span){t->start, t->end})) != COREF_NONE &&
		    c->ents[e].kind == COREF_PERSON)
			all = 0;
		all &= (t->flags & TF_DIGIT)
			       ? LEX_TIME
			       : tok_lex(c, t) & (LEX_STOP | LEX_TIME | LEX_FURNITURE);
	}
	if (all)
		return false;
	/* the phrase before a comma or a preposition: a place or an adjective alone; but not "the
	 * Rockford, Ill., maker" */
	read_words(c, s, &ws, false);
	if (ws.n == 0 || after_city_state(c, s, &ws))
		return true;
	e = name_inside(c, s, ws.w[ws.n - 1].end);
	/* a place, but not a person from it ("The Wisconsin Republican", "an Iowa Democrat"); a
	 * given name and one more word that speak are a person ("Grace Park said"), and so is
	 * that word alone after them ("Grace Park met the council. Park said") */
	if (e != COREF_NONE && c->ents[e].kind == COREF_PLACE && ws.n <= 3 &&
	    !(ws.n == 2 && (tok_lex(c, &ws.w[0]) & LEX_FIRST) && (ws.w[1].flags & TF_CAP)) &&
	    !(ws.n == 1 && surname_of_given(c, e, &ws.w[0])) &&
	    !(ws.n >= 2 && capital_compound(c, &ws.w[ws.n - 1])) &&
	    !(tok_lex(c, &ws.w[ws.n - 1]) & LEX_ROLE) &&
	    !tok_is(c, &ws.w[ws.n - 1], "republican") && !tok_is(c, &ws.w[ws.n - 1], "democrat") &&
	    !numbered_district(c, &ws))
		return false;
	if (ws.n == 1) {
		struct ctok *t = &ws.w[0];
		if ((tok_lex(c, t) & LEX_DEMONYM) && !(tok_lex(c, t) & LEX_GROUP) &&
		    e == COREF_NONE)
			return false; /* "Democratic", "Russian" */
		if ((tok_lex(c, t) & (LEX_PLACE | LEX_PLACEKEY)) && !(tok_lex(c, t) & LEX_GPE) &&
		    e == COREF_NONE)
			return false;
		if (!(t->flags & TF_CAP) && t->end - t->start > 3 &&
		    memcmp(c->text + t->end - 2, "ly", 2) == 0)
			return false; /* an adverb */
	}
	return true;
}
