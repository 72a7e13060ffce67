/* timex_tense: which way the clause around a date looks from the anchor (its verb's tense and
 * the cues of a plan or a schedule), for the year of a bare month and the week of a weekday. */
#include <string.h>

#include "dateline/text.h"
#include "timex_int.h"

/* Words that look ahead when "to" follows them ("is to open", "expected to", "plans to"). */
static const char ahead_to[] =
	"aims are expected expects going hopes intends is plan plans poised set slated";
/* Words that look ahead on their own ("the ruling, expected in May"). */
static const char ahead[] = "expected poised slated";
/* A verb in the present that names a scheduled event ("the bridge opens in May"); nouns that
 * take an "s" ("housing starts", "returns", "leaves") are left out. */
static const char schedule[] =
	"arrives begins closes concludes convenes debuts expires launches meets opens premieres "
	"reopens resumes takes";
/* Past forms that do not end in "-ed" (those that are also present or nouns are left out:
 * "set", "put", "cut", "hit", "read"). */
static const char irregular[] =
	"became began brought built came fell fled found gave got held kept led left lost made met ran "
	"rose sank saw sent sold spoke stood struck swore told took went won wrote";
/* Participles after "has" / "have" that make a present perfect ("has begun"). */
static const char perfect[] =
	"become been begun come done found given gone held kept known led left lost made met risen "
	"seen sold spoken taken told won written";
/* Auxiliaries before a participle: they, not the participle, tell the tense ("will be opened";
 * "be", "been" and "being" say nothing themselves, so the search goes on past them). */
static const char auxes[] = "are be been being had has have is was were will";
/* Neither past nor future: a modal or a present copula stops the search ("would open in May",
 * "the deadline is December 20"). */
static const char neutral[] = "am are can could is may might must should would";
/* Words that open a clause hanging on another ("when he travels on Sunday"). */
static const char subordinators[] = "after before once until when";
/* Subject pronouns: a form in "-ed" after one is a verb ("it announced plans"). */
static const char pronouns[] = "he i it she they we you";
/* Words that open a noun phrase: a participle after one is an adjective ("the proposed rule"),
 * and a date after one names a thing ("the Jan. 14 deadline"), not the verb's time. */
static const char determiners[] = "a an her his its my our the their these this those your";
/* Words that may follow a verb in "-ed" ("announced on Tuesday", "signed it Friday"). */
static const char objects[] =
	"a about against an at from her him his in into it its on that the their them these this "
	"those with";
/* Words before a date that make it an end point, which a past verb can set in the future
 * ("extended the offer to Nov. 20", "asked it to respond by Oct. 31"). */
static const char end_points[] = "by through to";

static bool in(const struct tx_ctx *c, size_t k, const char *list)
{
	return k < c->n && c->t[k].kind == K_WORD &&
	       text_word_in(list, c->text + c->t[k].s, c->t[k].e - c->t[k].s);
}

/* A past form in "-ed" of a plain word ("opened", "announced"; not "indeed", "hundred"). */
static bool ed_form(const struct tx_ctx *c, size_t k)
{
	if (!W(c, k, C_NONE))
		return false;
	const char *w = c->text + c->t[k].s;
	size_t n = c->t[k].e - c->t[k].s;
	return n >= 5 && (w[n - 2] | 32) == 'e' && (w[n - 1] | 32) == 'd' && (w[n - 3] | 32) != 'e';
}

/* Punctuation that ends a clause: a comma, a colon, a quotation mark, a bracket, a dash. A full
 * stop inside a sentence is an abbreviation's ("Gov.", "U.S."); apostrophes and hyphens are
 * inside words. */
static bool clause_end(const struct tx_ctx *c, size_t k)
{
	if (c->t[k].kind != K_PUNCT)
		return false;
	uint32_t p = c->t[k].cp;
	return p != '.' && p != '\'' && p != 0x2019 && p != '-' && p != '/' && p != '$' &&
	       p != '%' && p != '&';
}

/* A past form at k that is the verb, not a participle after an auxiliary ("will be held") or an
 * adjective ("the newly launched classes", "preferred shares"): a form in "-ed" must stand
 * before the date (at token `date`), a preposition, an object or a number. */
static bool past_verb(const struct tx_ctx *c, size_t k, size_t date)
{
	if (k > 0 && (in(c, k - 1, auxes) || in(c, k - 1, determiners)))
		return false;
	if (in(c, k, irregular))
		return true;
	return ed_form(c, k) && (k + 1 == date || in(c, k + 1, objects) || W(c, k + 1, C_PREP) ||
				 NUM(c, k + 1) || (k > 0 && in(c, k - 1, pronouns)));
}

/* What token k says of the time of the date at token `date`: TENSE_FUTURE or TENSE_PAST,
 * TENSE_NONE with *stop when it leaves the time open (a modal, "is"), TENSE_NONE alone when it
 * says nothing. */
static int cue(const struct tx_ctx *c, size_t k, size_t date, bool *stop)
{
	*stop = false;
	if (c->t[k].kind != K_WORD || (c->t[k].cap && k > 0))
		return TENSE_NONE;
	if (in(c, k, ahead_to) && in(c, k + 1, "to"))
		return TENSE_FUTURE;
	if (in(c, k, "plans"))
		return TENSE_NONE; /* a noun when no "to" follows ("vacation plans") */
	if (in(c, k, "planned")) {
		/* "the planned opening", "was planned for March" look ahead; "the government
		 * planned to pay", "a service planned at the university" leave it open */
		*stop = !(k > 0 && (in(c, k - 1, determiners) || in(c, k - 1, auxes)));
		return *stop ? TENSE_NONE : TENSE_FUTURE;
	}
	if (W(c, k, C_FUT) || in(c, k, ahead) || in(c, k, schedule))
		return TENSE_FUTURE;
	if (in(c, k, "has have")) {
		if (in(c, k + 1, perfect) || ed_form(c, k + 1))
			return TENSE_PAST;
		*stop = true; /* "has until May" */
		return TENSE_NONE;
	}
	/* "was to open": planned then, unknown now */
	*stop = in(c, k, neutral) || (in(c, k, "was were") && in(c, k + 1, "to"));
	if (*stop)
		return TENSE_NONE;
	if (W(c, k, C_PAST) || past_verb(c, k, date))
		return TENSE_PAST;
	return TENSE_NONE;
}

/* A date in a clause that hangs on a future one ("will become the first to address the Union
 * when he travels on to Ethiopia on Sunday"): "when", "before", "after", "once", "until" put the
 * verb's time under the main clause's future (looked for within 40 tokens, so that a sentence
 * of many dates costs each a bounded scan). */
static bool under_future(const struct tx_ctx *c, size_t s)
{
	bool sub = false;
	for (size_t k = s, lo = s > 40 ? s - 40 : 0; k-- > lo;) {
		if (c->t[k].kind == K_PUNCT && c->t[k].cp != ',')
			break;
		if (in(c, k, subordinators))
			sub = true;
		else if (sub && in(c, k, "will shall"))
			return true;
	}
	return false;
}

int tx_tense(const struct tx_ctx *c, size_t s, size_t e)
{
	bool stop = false, sub = false;
	int t = TENSE_NONE;
	/* the verb that governs a date stands close before it ("opened in May", "will meet
	 * Tuesday"); the nearest cue in the clause decides */
	size_t k = s, lo = s > 12 ? s - 12 : 0;
	while (k > lo) {
		k--;
		if (clause_end(c, k)) {
			k++; /* the clause starts after it */
			break;
		}
		/* a clause hangs on another: "when he travels", and "that" after a reporting verb
		 * ("he added that guidelines published in November will"); an infinitive "to be"
		 * leaves the time open ("guidelines to be published in November") */
		sub = in(c, k, subordinators) || in(c, k, "that") ||
		      (in(c, k, "to") && in(c, k + 1, "be"));
		if (sub)
			break;
		t = cue(c, k, s, &stop);
		if (t || stop)
			break;
	}
	/* the date opens its clause when only a few words stand between them ("In July") */
	bool opens = !sub && (k > lo || k == 0) && s - k <= 3;
	/* a past verb does not date an end point or a date that names a thing ("extended to Nov.
	 * 20", "gave no reason for the Jan. 14 deadline") */
	if (t == TENSE_PAST && s > 0 && (in(c, s - 1, end_points) || in(c, s - 1, determiners)))
		return TENSE_NONE;
	if (t || stop)
		return t;
	if (under_future(c, s))
		return TENSE_FUTURE;
	if (!opens)
		return TENSE_NONE;
	/* a date that opens its clause: the verb comes after ("In July, he said") */
	for (k = e; k < c->n && k < e + 8; k++) {
		if (clause_end(c, k)) {
			if (k == e && c->t[k].cp == ',')
				continue;
			break;
		}
		if (in(c, k, subordinators) || in(c, k, "that"))
			break;
		t = cue(c, k, s, &stop);
		if (t || stop)
			return t;
	}
	return TENSE_NONE;
}

bool tx_future(const struct tx_ctx *c, size_t s, size_t e)
{
	return tx_tense(c, s, e) == TENSE_FUTURE;
}

bool tx_tense_check(void)
{
	static const char *const lists[] = {ahead_to, ahead,       schedule, irregular,
					    perfect,  auxes,       neutral,  subordinators,
					    pronouns, determiners, objects,  end_points};
	struct text_words_group g[sizeof(lists) / sizeof(lists[0])];
	struct text_words t;
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		g[i] = (struct text_words_group){1, lists[i]};
	bool ok = text_words_fill(&t, g, sizeof(g) / sizeof(g[0]), NULL);
	text_words_free(&t);
	return ok;
}
