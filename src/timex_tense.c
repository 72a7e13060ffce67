/* timex_tense: which way the clause around a date looks from the anchor (its verb's tense and
 * the cues of a plan or a schedule), for the year of a bare month and the week of a weekday. */
#include <string.h>

#include "dateline/text.h"
#include "timex_int.h"

/* Words that look ahead when "to" follows them ("is to open", "expected to", "plans to", "is
 * likely to", "is forecast to"). */
static const char ahead_to[] =
	"aims anticipated are expect expected expects forecast going hopes intends is likely plan "
	"plans poised predicted projected ready set slated unlikely";
/* Words that look ahead on their own ("the ruling, expected in May"). */
static const char ahead[] = "expected poised slated";
/* Verbs in the present of expecting: what they take as object lies ahead ("the company expects
 * a recovery in the second half", "forecasters predict rain through Tuesday"); "forecast" may
 * be a past form too, but a forecast looks ahead of its day all the same. */
static const char expecting[] =
	"anticipate anticipates expect expects forecast forecasts predict predicts";
/* A verb in the present that names a scheduled event ("the bridge opens in May"); nouns that
 * take an "s" ("housing starts", "returns", "leaves") are left out. */
static const char schedule[] =
	"arrives begins closes concludes convenes debuts expires launches meets opens premieres "
	"reopens resumes takes";
/* Their plain forms, a schedule after a plural subject ("the tax cuts expire in December",
 * "talks resume in March"); alone they may be an infinitive or a noun ("to open", "the end of
 * May", "the close of trading"). */
static const char schedule_plain[] =
	"arrive begin close conclude convene debut end expire launch meet open reopen resume start "
	"take";
/* Past forms that do not end in "-ed" (those that are also present or nouns are left out:
 * "set", "put", "cut", "hit", "read"). */
static const char irregular[] =
	"ate became began bought brought built came caught chose drew drove fell felt fled flew "
	"forgot fought found gave got grew heard held hid kept knew led left lost made met ran "
	"rode rose sang sank saw sent shook sold sought spoke stood struck swam swore taught "
	"thought threw told took went withdrew woke won wore wrote";
/* Participles after "has" / "have" that make a present perfect ("has begun"). */
static const char perfect[] =
	"become been begun come done found given gone held kept known led left lost made met risen "
	"seen sold spoken taken told won written";
/* Participles that are no past form of their own list above, or that are also presents or
 * nouns ("would have paid", "would have cut"): after "have" they make a perfect. */
static const char more_participles[] =
	"arisen beaten been bent bet bid bitten blown bought bred brought built burnt burst cast "
	"caught cost crept cut dealt drawn dreamt driven drunk dug dwelt eaten fallen fed felt fled "
	"flown forbidden forgiven forgotten fought frozen got gotten grown had heard hid hidden hit "
	"hung hurt laid lain leant learnt lent let lit meant mistaken overcome overseen overtaken "
	"paid put quit read rid ridden rung said sat sent set sewn shaken shed shone shot shown "
	"shrunk shut slept slid sought spent split spread sprung stolen stuck stung sunk swept "
	"sworn swum taught thought thrown torn understood undertaken upheld upset withdrawn "
	"withheld woken worn wound wrung";
/* Auxiliaries before a participle: they, not the participle, tell the tense ("will be opened";
 * "be", "been" and "being" say nothing themselves, so the search goes on past them). */
static const char auxes[] = "are be been being had has have is was were will";
/* Verbs a participle in "-ed" follows as a state, not as the clause's past ("would stay closed
 * until Friday", "remains shuttered"): the verb before it tells the time. */
static const char linking[] = "become becomes get gets keep keeps remain remains seem seems stay "
			      "stays";
/* Neither past nor future: a modal or a present copula stops the search ("would open in May",
 * "the deadline is December 20"). */
static const char neutral[] =
	"am are can could couldn is isn may might must should shouldn would wouldn";
/* Words that open a clause hanging on another ("when he travels on Sunday"); right before a
 * date they are prepositions ("before Tuesday's primary"). */
static const char subordinators[] = "after before once until when";
/* Words that open a clause with a time of its own ("will vote for him because of the slaying
 * on Friday"). */
static const char clause_words[] = "although because though whereas";
/* Verbs of saying and thinking in the present: a "that" after one opens a clause of its own
 * (after a past form too: "added that", "said that"). */
static const char saying[] =
	"argues believe believes hope hopes know knows means noting say saying says think thinks "
	"warns";
/* Events held on a day set ahead: told in the present with "is" or "are" ("the hearing is on
 * Tuesday", "the vote is Tuesday"), their day lies ahead. */
static const char scheduled[] =
	"auction ceremony conference deadline debate election final funeral game hearing "
	"inauguration match meeting opening parade premiere primary race referendum runoff "
	"sentencing summit talks trial vote";
/* Subject pronouns: a form in "-ed" after one is a verb ("it announced plans"). */
static const char pronouns[] = TX_SUBJECT_PRONOUNS;
/* Words that open a noun phrase: a participle after one is an adjective ("the proposed rule"),
 * and a date after one names a thing ("the Jan. 14 deadline"), not the verb's time. */
static const char determiners[] = "a an her his its my our the their these this those your";
/* Words that may follow a verb in "-ed" ("announced on Tuesday", "signed it Friday"). */
static const char objects[] =
	"a about against an at from her him his in into it its on that the their them these this "
	"those with";
/* Prepositions whose object a noun phrase can be ("a report released in May", after "in"); "of"
 * is left out: "most of the money arrived in May" has the verb after it. */
static const char noun_preps[] =
	"about after against among at before for from in into on over than through to under with "
	"within without";
/* Verbs of booking: their participle after a noun names a plan ("ads reserved in December",
 * "primaries scheduled for March 15"), whatever else the noun phrase hangs on. */
static const char booking[] = "booked reserved scheduled";
/* Words that end a noun phrase's search: no noun is one of them. */
static const char no_nouns[] = "also and but just not now only or still that then which who";
/* Words that open a condition or a time still to come when the clause's verb is in the
 * present ("if he wins in November", "when we get to the convention in July", "once the law
 * takes effect in January"). */
static const char conditionals[] = "if once unless until when whenever";
/* Present forms that need no subject test: the copula and the modals of the present ("if he is
 * the nominee in November", "if it looks like he can win in November"). */
static const char present[] = "am are can do does doesn don is isn may must";
/* Subject pronouns that take the plain form of a verb ("if we get", "when they take"). */
static const char plural_pronouns[] = "i they we you";
/* Nouns of a prospect: a gerund after one and "of" looks ahead ("chances of winning in
 * November"). */
static const char prospects[] = "chance chances hope hopes odds prospect prospects";
/* Modals: a plain verb after one is no past form ("would cut", "could put"). */
static const char modals[] = "can could may might must should would";
/* Modals of the present and "could": with a plain verb they look ahead ("can win in November"). */
static const char present_modals[] = "can could may might must should shouldn";
/* Modals of the past or of a wish: the condition is not plainly ahead ("if he could win"). */
static const char past_modals[] = "could couldn might should would wouldn";
/* Past verbs of saying and thinking, and "saying": a "would" or a plan told under one is a future
 * seen from the saying ("said the country would finish by March", "told reporters the talks were
 * due to resume in March", "cut its forecast, saying costs would weigh on earnings through
 * December"). */
static const char said_words[] =
	"added admitted announced argued assured believed cautioned claimed confirmed decided declared "
	"disclosed estimated expected explained feared forecast hoped indicated insisted "
	"maintained noted pledged predicted projected promised reiterated reported revealed "
	"said saying signaled signalled stated stressed suggested testified thought told vowed warned "
	"wrote";
/* Words that end the look back from a "would" to its verb of saying: a clause of its own
 * ("he said nothing, but the plant would close"), or a second modal. */
static const char said_stops[] = "although because but could though whereas will would";
/* Words before a date that make it an end point, which a past verb can set in the future
 * ("extended the offer to Nov. 20", "asked it to respond by Oct. 31"). */
static const char end_points[] = "by through till to until";

/* A past form in "-ed" of a plain word ("opened", "announced"; not "indeed", "hundred"). */
static bool ed_form(const struct tx_ctx *c, size_t k)
{
	if (!W(c, k, C_NONE))
		return false;
	const char *w = c->text + c->t[k].s;
	size_t n = c->t[k].e - c->t[k].s;
	return n >= 5 && (w[n - 2] | 32) == 'e' && (w[n - 1] | 32) == 'd' && (w[n - 3] | 32) != 'e';
}

bool tx_clause_end(const struct tx_ctx *c, size_t k)
{
	if (c->t[k].kind != K_PUNCT)
		return false;
	uint32_t p = c->t[k].cp;
	/* the comma of a figure ("1,500 jobs") is inside a number */
	if (p == ',' && k > 0 && NUM(c, k - 1) && c->t[k - 1].e == c->t[k].s && NUM(c, k + 1) &&
	    c->t[k + 1].s == c->t[k].e && c->t[k + 1].ndig == 3)
		return false;
	return p != '.' && p != '\'' && p != 0x2019 && p != '-' && p != '/' && p != '$' &&
	       p != '%' && p != '&';
}

/* Token k is a word that may be a noun: lowercase, none of the small words. */
static bool noun_like(const struct tx_ctx *c, size_t k)
{
	return W(c, k, C_NONE) && !c->t[k].cap && !in_list(c, k, pronouns) &&
	       !in_list(c, k, auxes) && !in_list(c, k, neutral) && !in_list(c, k, determiners) &&
	       !in_list(c, k, objects) && !in_list(c, k, no_nouns) && !in_list(c, k, noun_preps);
}

/* Token k is "have" or "'ve" as a verb of its own, not the auxiliary of a past unreal: a
 * determiner, a number or a noun that is no participle follows ("would have power back by
 * Thursday", "would have the results in March"; not "would have finished", "would have paid",
 * "would have been"). */
static bool have_of_own(const struct tx_ctx *c, size_t k)
{
	size_t j = k + 1;
	while (j < c->n && in_list(c, j, "already also still"))
		j++;
	if (j >= c->n)
		return false;
	if (in_list(c, j, determiners) || NUM(c, j) || in_list(c, j, "enough more no"))
		return true;
	return noun_like(c, j) && !ed_form(c, j) && !in_list(c, j, irregular) &&
	       !in_list(c, j, perfect) && !in_list(c, j, more_participles);
}

/* The form in "-ed" at k modifies the noun before it ("the ads reserved in December", "a
 * report issued in May"): that noun's phrase is a preposition's object ("in a scathing report
 * issued in May"), or the verb is one of booking. The noun phrase is looked for over at most
 * six words back. */
static bool participle(const struct tx_ctx *c, size_t k)
{
	if (k == 0 || !noun_like(c, k - 1))
		return false;
	if (in_list(c, k, booking))
		return true;
	for (size_t j = k - 1, lo = k > 7 ? k - 7 : 0; j > lo; j--) {
		size_t b = j - 1; /* the token before the phrase so far */
		if (in_list(c, b, noun_preps))
			return true;
		if (!(in_list(c, b, determiners) || noun_like(c, b) || NUM(c, b) || P(c, b, '-') ||
		      P(c, b, '%')))
			return false;
	}
	return false;
}

/* A past form at k that is the verb, not a participle after an auxiliary ("will be held") or an
 * adjective ("the newly launched classes", "preferred shares"): a form in "-ed" must stand
 * before the date (at token `date`), a preposition, an object or a number. */
static bool past_verb(const struct tx_ctx *c, size_t k, size_t date)
{
	if (k > 0 && (in_list(c, k - 1, auxes) || in_list(c, k - 1, determiners) ||
		      in_list(c, k - 1, linking) || in_list(c, k - 1, modals) ||
		      (P(c, k - 1, '-') && adj(c, k - 1))))
		return false; /* "will be held", "the proposed rule", "the delegate-packed primary",
				 "would stay closed", "would cut" (a plain verb, whose modal tells) */
	if (in_list(c, k, irregular))
		return true;
	return ed_form(c, k) &&
	       (k + 1 == date || in_list(c, k + 1, objects) || W(c, k + 1, C_PREP) ||
		NUM(c, k + 1) || (k > 0 && in_list(c, k - 1, pronouns)));
}

/* Token k follows a possessive "'s" or a determiner: it is a noun's word ("Ford's plans"). */
static bool after_det(const struct tx_ctx *c, size_t k)
{
	return k > 0 && (in_list(c, k - 1, determiners) ||
			 (k > 1 && WV(c, k - 1, C_MISC, MISC_S) && is_apos(c, k - 2)));
}

/* Token k is a word in "-s" that may be a verb's present or a noun's plural ("wins",
 * "cuts"), not one in "-ss", "-us" or "-is" ("press", "bonus", "crisis"). */
static bool s_form(const struct tx_ctx *c, size_t k)
{
	const char *w = c->text + c->t[k].s;
	size_t n = c->t[k].e - c->t[k].s;
	return c->t[k].kind == K_WORD && n >= 3 && (w[n - 1] | 32) == 's' &&
	       (w[n - 2] | 32) != 's' && (w[n - 2] | 32) != 'u' && (w[n - 2] | 32) != 'i';
}

static bool noun_like(const struct tx_ctx *c, size_t k);

/* Token k is a plural subject: "they", "we", or a noun in "-s", capitalised only when it opens
 * the sentence ("Talks resume"). */
static bool plural_subject(const struct tx_ctx *c, size_t k)
{
	return in_list(c, k, "they we") ||
	       (s_form(c, k) &&
		(noun_like(c, k) || (k == 0 && W(c, k, C_NONE) && !in_list(c, k, determiners) &&
				     !in_list(c, k, auxes))));
}

/* "starts" at k is a verb with its subject before it ("the work starts in the spring", "it
 * starts on Monday"), not a noun ("housing starts", "home starts", "the starts"): the word
 * before is a subject pronoun or a noun, and no verb follows the date at `date` in its clause
 * ("strong starts in the spring lifted sales", "starts in March were"; a bounded look). */
static bool starts_verb(const struct tx_ctx *c, size_t k, size_t date)
{
	if (k == 0 || !in_list(c, k, "starts") || in_list(c, k - 1, "housing home") ||
	    !(in_list(c, k - 1, "he she it") || noun_like(c, k - 1) ||
	      (k == 1 && W(c, 0, C_NONE) && !in_list(c, 0, determiners))))
		return false;
	for (size_t j = date + 1; j < date + 8 && j < c->n && !tx_clause_end(c, j); j++)
		if (tx_past_form(c, j) || in_list(c, j, auxes))
			return false;
	return true;
}

/* A form in "-s" of `schedule`, "starts" as a verb, or a plain form of `schedule_plain` after a
 * plural subject before a month or a season at `date` ("talks start in the spring"; "we start
 * hiring on Monday" may be this week's). */
bool tx_schedule_verb(const struct tx_ctx *c, size_t k, size_t date)
{
	bool season = W(c, date, C_SEASON) || (W(c, date, C_THE) && W(c, date + 1, C_SEASON));
	return in_list(c, k, schedule) || starts_verb(c, k, date) ||
	       (k > 0 && (W(c, date, C_MONTH) || season) && in_list(c, k, schedule_plain) &&
		plural_subject(c, k - 1));
}

/* A fixture of the sports pages, told in the present: a verb of `fixtures` at k with its
 * subject before it (a name of up to three words that opens the clause, as British copy gives a
 * club the plural verb: "City play Rovers", "Real Madrid host Sevilla"; or "they", "we", a
 * plural noun, or "he", "she", "it" or a noun before a form in "-s") and its opponent, "off"
 * ("kick off"), "on" ("take on", or the weekday's own "on") after it, before a weekday at
 * `date`: "City play Rovers on Saturday", "the sides meet on
 * Sunday", "Arsenal take on Spurs on Tuesday", "Nadal faces Federer on Sunday" look ahead, as
 * "will" does. Not a noun ("the play on Saturday", "his visit on Friday"), nor a past form
 * ("City beat Rovers on Saturday"), nor a name after a verb ("saw City play Rovers"). */
static bool fixture_verb(const struct tx_ctx *c, size_t k, size_t date)
{
	static const char fixtures[] =
		"face faces host hosts kick kicks meet meets open opens play plays start starts "
		"take takes visit visits";
	if (k == 0 || date <= k + 1 || date - k > 8 || !W(c, date, C_WDAY) || c->t[k].cap ||
	    !in_list(c, k, fixtures))
		return false;
	if (in_list(c, k, "kick kicks") ? !in_list(c, k + 1, "off")
	    : in_list(c, k, "take takes")
		    ? !in_list(c, k + 1, "on")
		    : !(c->t[k + 1].cap || in_list(c, k + 1, "their his her its") ||
			(in_list(c, k + 1, "on") && k + 2 == date)))
		return false;
	bool s = s_form(c, k);
	if (in_list(c, k - 1, s ? "he she it" : "they we") ||
	    (!c->t[k - 1].cap && (s ? noun_like(c, k - 1) : plural_subject(c, k - 1))))
		return true;
	/* a name that opens its clause (no determiner: "His visit on Friday") */
	size_t j = k;
	while (j > 0 && k - j < 3 && c->t[j - 1].kind == K_WORD && c->t[j - 1].cap &&
	       W(c, j - 1, C_NONE) && !in_list(c, j - 1, determiners) &&
	       !in_list(c, j - 1, pronouns))
		j--;
	return j < k && (j == 0 || c->t[j - 1].kind != K_WORD ||
			 in_list(c, j - 1, "and but when while as before after"));
}

/* A plan or a schedule at k, told in the past ("was set to dock", "were expected to"): the
 * event may lie on either side of the anchor. */
static bool planned_then(const struct tx_ctx *c, size_t k)
{
	return k > 0 && in_list(c, k - 1, "was were");
}

static bool past_before(const struct tx_ctx *c, size_t k);

/* "is" or "are" at k, right before the date at token `date` or before a preposition and the
 * date ("is on Tuesday", "is at 3 p.m. Monday", "is set for Friday"), has an event of
 * `scheduled` as its subject: right before it, or before a phrase of up to three words after
 * "for", "of" or "on" ("the deadline for filing is"), in its clause. Not "the race is a change
 * from the first half". */
static bool scheduled_subject(const struct tx_ctx *c, size_t k, size_t date)
{
	static const char preps[] = "at for in on until";
	size_t j = k + 1;
	if (in_list(c, j, "due now set"))
		j++;
	if (j < date && in_list(c, j, preps))
		j++;
	if (!in_list(c, k, "is are") || k == 0 || j != date)
		return false;
	if (in_list(c, k - 1, scheduled))
		return true;
	for (size_t j = k - 1, lo = k > 5 ? k - 5 : 0; j-- > lo;) {
		if (tx_clause_end(c, j) || c->t[j].kind != K_WORD)
			return false;
		if (in_list(c, j, "for of on"))
			return j > 0 && in_list(c, j - 1, scheduled);
	}
	return false;
}

/* What token k says of the time of the date at token `date`: TENSE_FUTURE, TENSE_PAST or
 * TENSE_NEAR, TENSE_NONE with *stop when it leaves the time open (a modal, "is"), TENSE_NONE
 * alone when it says nothing. */
static int cue(const struct tx_ctx *c, size_t k, size_t date, bool *stop)
{
	*stop = false;
	if (in_list(c, k, "let") && is_apos(c, k + 1) && in_list(c, k + 2, "s"))
		return TENSE_FUTURE; /* "Let's defeat her in November": a call to act, ahead */
	if (c->t[k].kind != K_WORD || (c->t[k].cap && k > 0))
		return TENSE_NONE;
	if (in_list(c, k, "plan plans") && after_det(c, k))
		return TENSE_NONE; /* a noun: "Ford's plans to open", "vacation plans" */
	if (in_list(c, k, ahead_to) && in_list(c, k + 1, "to"))
		return planned_then(c, k) ? TENSE_NEAR : TENSE_FUTURE;
	if (in_list(c, k, "plans"))
		return TENSE_NONE; /* a noun when no "to" follows ("vacation plans") */
	if (in_list(c, k, "planned")) {
		/* "the planned opening", "was planned for March" look ahead; "the government
		 * planned to pay", "a service planned at the university" leave it open */
		*stop = !(k > 0 && (in_list(c, k - 1, determiners) || in_list(c, k - 1, auxes)));
		return *stop ? TENSE_NONE : planned_then(c, k) ? TENSE_NEAR : TENSE_FUTURE;
	}
	if (W(c, k, C_FUT) || in_list(c, k, ahead) || tx_schedule_verb(c, k, date))
		return planned_then(c, k) ? TENSE_NEAR : TENSE_FUTURE;
	if (k < date && fixture_verb(c, k, date))
		return TENSE_FUTURE;
	/* what was put off is put off to a later day: "a bail hearing on Tuesday was adjourned
	 * until Friday", "the vote was postponed to March" look ahead of the putting off, as a
	 * future told in the past does (not "extended to Nov. 20", whose end may be past) */
	if (k + 2 == date && in_list(c, k, "adjourned deferred delayed postponed rescheduled") &&
	    in_list(c, k + 1, "for till to until"))
		return TENSE_LATER;
	/* not a noun ("the forecast for Tuesday"), a perfect or a participle ("had forecast a
	 * recovery in the second half", "less than forecast in July"), an infinitive or a past
	 * negation ("the polls failed to predict Cruz's win on Tuesday", "did not expect"), whose
	 * time is another verb's */
	if (in_list(c, k, expecting) && !after_det(c, k)) {
		size_t b = k > 1 && in_list(c, k - 1, "not") ? k - 2 : k - 1;
		if (!(k > 0 && in_list(c, b, "as did didn had has have than to")))
			return TENSE_FUTURE;
	}
	if (in_list(c, k, "has have")) {
		if (in_list(c, k + 1, perfect) || ed_form(c, k + 1))
			return TENSE_PAST;
		/* "has until May"; but after a modal the modal tells ("would have power back by
		 * Thursday") */
		*stop = !(k > 0 && in_list(c, k - 1, modals) && have_of_own(c, k));
		return TENSE_NONE;
	}
	if (in_list(c, k, "was were") &&
	    (in_list(c, k + 1, "to") || (in_list(c, k + 1, ahead_to) && in_list(c, k + 2, "to"))))
		return TENSE_NEAR; /* "was to open", "was set to open" */
	if (in_list(c, k, "won") && is_apos(c, k + 1) && in_list(c, k + 2, "t"))
		return TENSE_FUTURE; /* "won't" */
	if (in_list(c, k, "d") && k > 0 && is_apos(c, k - 1)) {
		/* "he'd been", "she'd visited": "had" and a participle, a past perfect; "he'd go":
		 * "would", which leaves the time open */
		if (in_list(c, k + 1, perfect) || ed_form(c, k + 1))
			return TENSE_PAST;
		*stop = true;
		return TENSE_NONE;
	}
	/* "the forecast calls for rain through Tuesday", "the plan calls for a vote on Friday":
	 * what a forecast or a plan calls for, in the present, lies ahead */
	if (in_list(c, k, "call calls") && in_list(c, k + 1, "for") && k < date && !after_det(c, k))
		return TENSE_FUTURE;
	if (k < date && scheduled_subject(c, k, date))
		return TENSE_FUTURE;
	if (k >= 2 && tx_ing_word(c, k) && in_list(c, k - 1, "of") &&
	    in_list(c, k - 2, prospects) && !past_before(c, k - 2))
		return TENSE_FUTURE; /* "Cruz's chances of winning in November" */
	*stop = in_list(c, k, neutral);
	if (*stop)
		return TENSE_NONE;
	/* "said" before a date dates the saying only when the date or a preposition follows
	 * ("said Tuesday", "said in a statement on Tuesday"); "said the gathering in September
	 * would be the last" starts a clause of its own */
	if (in_list(c, k, "said") && k < date && k + 1 < date && !W(c, k + 1, C_PREP) &&
	    !W(c, k + 1, C_MISC)) {
		*stop = true;
		return TENSE_NONE;
	}
	if (W(c, k, C_PAST) || past_verb(c, k, date))
		return TENSE_PAST;
	return TENSE_NONE;
}

/* "that" at k opens a clause of its own: after a verb of saying or a past form ("said that",
 * "added that"), not as a determiner ("reach that number on Tuesday"). */
static bool clause_that(const struct tx_ctx *c, size_t k)
{
	return in_list(c, k, "that") && k > 0 &&
	       (in_list(c, k - 1, saying) || W(c, k - 1, C_PAST) || in_list(c, k - 1, irregular) ||
		ed_form(c, k - 1));
}

/* Token k is a name or a pronoun joined by "and" to a pronoun ("he and Clinton", "Clinton and
 * I"): a subject that takes the plain form. Names alone are not enough: "CPC and KMT broke out"
 * has a past form no list can tell from a plain one. */
static bool joined_subject(const struct tx_ctx *c, size_t k)
{
	if (k < 2 || !in_list(c, k - 1, "and"))
		return false;
	bool name_k = (W(c, k, C_NONE) && c->t[k].cap) || in_list(c, k, pronouns);
	bool name_j = (W(c, k - 2, C_NONE) && c->t[k - 2].cap) || in_list(c, k - 2, pronouns);
	return name_k && name_j && (in_list(c, k, pronouns) || in_list(c, k - 2, pronouns));
}

/* Token k, a plain lowercase word, is a verb in the present after its subject: a form in "-s"
 * after "he", "she", "it", a name or "the" and a noun ("if he wins", "if Clinton wins", "once
 * the law passes"); a plain form after "I", "we", "you", "they" or a joined subject with a
 * pronoun ("when we get", "if he and Clinton take"). */
static bool present_verb(const struct tx_ctx *c, size_t k)
{
	if (k == 0 || !noun_like(c, k) || in_list(c, k, irregular) || ed_form(c, k))
		return false;
	bool s = s_form(c, k);
	bool name = W(c, k - 1, C_NONE) && c->t[k - 1].cap && !in_list(c, k - 1, pronouns) &&
		    !in_list(c, k - 1, conditionals);
	if (s && (in_list(c, k - 1, "he it she") || name ||
		  (noun_like(c, k - 1) && k > 1 && in_list(c, k - 2, determiners))))
		return true;
	return !s && (in_list(c, k - 1, plural_pronouns) || joined_subject(c, k - 1));
}

/* A past form governs the clause before "when" at k (looked for over 12 tokens, up to a stop
 * or a future, modal or present word): a present after it is a habit, not a time to come
 * ("offered a primer on the strategies they employ when they see a target during testimony
 * Tuesday"). */
static bool past_before(const struct tx_ctx *c, size_t k)
{
	for (size_t j = k, lo = k > 12 ? k - 12 : 0; j-- > lo;) {
		if (P(c, j, '.') || (tx_clause_end(c, j) && !P(c, j, ',')))
			return false;
		if (W(c, j, C_FUT) || in_list(c, j, present) || in_list(c, j, past_modals))
			return false;
		if (W(c, j, C_PAST) || in_list(c, j, irregular) ||
		    (ed_form(c, j) &&
		     !(j > 0 && (in_list(c, j - 1, auxes) || in_list(c, j - 1, determiners)))))
			return true;
	}
	return false;
}

/* True when word k of a condition is told in the past: a past form, a perfect's "has/have" or a
 * past modal (an -ed form after a present "is" is a participle, no past). */
static bool past_word(const struct tx_ctx *c, size_t k)
{
	return W(c, k, C_PAST) || in_list(c, k, irregular) || in_list(c, k, past_modals) ||
	       in_list(c, k, "has have") ||
	       (ed_form(c, k) && !(k > 0 && in_list(c, k - 1, present)));
}

/* The date at token s ends a condition or a time to come told in the present ("if he wins in
 * November", "when we get to the convention in July", "if a Republican is elected president
 * in November"): a word of `conditionals` opens its clause within 12 tokens, with a verb in the
 * present and no past form, perfect or past modal between (those leave the time as it was:
 * "when he took office in January", "if he won on Nov. 8"), nor, for "when", before. */
static bool condition_ahead(const struct tx_ctx *c, size_t s)
{
	bool now = false;
	for (size_t k = s, lo = s > 12 ? s - 12 : 0; k-- > lo;) {
		if (tx_clause_end(c, k) || P(c, k, '.'))
			return false;
		if (c->t[k].kind != K_WORD)
			continue;
		if (in_list(c, k, conditionals))
			return now && k + 1 < s &&
			       !(in_list(c, k, "when whenever") && past_before(c, k));
		if (past_word(c, k))
			return false;
		if (in_list(c, k, present) || present_verb(c, k))
			now = true;
	}
	return false;
}

/* The date ending at token e is followed, within three tokens, by a condition told in the
 * present ("could have big consequences in November if Trump is the nominee"): the clause of
 * "if" or "unless" has a verb in the present and no past form, perfect or past modal in its
 * first ten tokens. */
static bool condition_after(const struct tx_ctx *c, size_t e)
{
	size_t k = e;
	while (k < c->n && k < e + 3 && !in_list(c, k, "if unless") && !tx_clause_end(c, k) &&
	       !P(c, k, '.'))
		k++;
	if (!in_list(c, k, "if unless"))
		return false;
	bool now = false;
	for (size_t j = k + 1; j < c->n && j < k + 11; j++) {
		if (tx_clause_end(c, j) || P(c, j, '.'))
			break;
		if (c->t[j].kind != K_WORD)
			continue;
		if (past_word(c, j))
			return false;
		if (in_list(c, j, present) || present_verb(c, j))
			now = true;
	}
	return now;
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
		if (in_list(c, k, subordinators))
			sub = true;
		else if (sub && in_list(c, k, "will shall"))
			return true;
	}
	return false;
}

/* Tokens [k, s) are an offset that opens the sentence before the date it counts from ("Two
 * days before Christmas, they sailed", "A week after July 4, stores opened", "Days after the
 * vote"): at most three words of number or quantity, a unit, then "before" or "after". The
 * date then opens its sentence as "In July" does, and the verb after it tells the tense. */
static bool offset_opener(const struct tx_ctx *c, size_t k, size_t s)
{
	if (s < k + 2 || s - k > 5 || !in_list(c, s - 1, "after before") ||
	    !(W(c, s - 2, C_UNIT) || W(c, s - 2, C_UNITS)))
		return false;
	for (size_t j = k; j < s - 2; j++)
		if (!(W(c, j, C_ART) || W(c, j, C_NUMW) || W(c, j, C_FEW) || W(c, j, C_THE) ||
		      W(c, j, C_OF) || NUM(c, j) || in_list(c, j, "about almost just nearly only")))
			return false;
	return true;
}

/* Token k is a quotation mark: a "would" inside quoted words is the speaker's own modal. */
static bool quote_mark(const struct tx_ctx *c, size_t k)
{
	if (k >= c->n || c->t[k].kind != K_PUNCT)
		return false;
	uint32_t p = c->t[k].cp;
	return p == '"' || p == 0x201C || p == 0x201D || p == 0x00AB || p == 0x00BB;
}

/* Token k, where the search for the date's cue stopped, opens a future told in the past:
 * "would" or "'d" with a plain verb ("would finish", "would have power back"; not "would have
 * finished", a past unreal), or "planned to". */
static bool future_in_past(const struct tx_ctx *c, size_t k)
{
	if (in_list(c, k, "planned"))
		return in_list(c, k + 1, "to");
	if (!in_list(c, k, "would wouldn") && !(in_list(c, k, "d") && k > 0 && is_apos(c, k - 1)))
		return false;
	size_t j = k + 1;
	while (j < c->n && (in_list(c, j, "not never also still t") || is_apos(c, j)))
		j++;
	return !in_list(c, j, "have ve") || have_of_own(c, j);
}

/* Token k, where the search for the date at s stopped, is a modal of the present with a plain
 * verb, which looks ahead: "can win in November", "could come in March", "can Ted Cruz win in
 * November", "could win California on Tuesday"; only a bare month or a weekday, not a past unreal ("could have won"), nor a denied modal
 * ("could not sleep in May", "can't trash us in February"), a past ability or a habit. */
static bool modal_ahead(const struct tx_ctx *c, size_t k, size_t s)
{
	if (!in_list(c, k, present_modals))
		return false;
	/* a weekday looks ahead too ("could win California on Tuesday", "could be decided
	 * Tuesday"), but not one that dates a noun ("could celebrate the win Tuesday", "could
	 * build on the win on Tuesday"), nor a passive that reports a try to find someone, done
	 * ("could be located Wednesday", "could not be reached Friday") */
	size_t w = s > k + 1 && in_list(c, s - 1, "on") ? s - 1 : s;
	if (W(c, s, C_WDAY) &&
	    (w <= k + 1 || after_det(c, w - 1) ||
	     (in_list(c, k + 1, "be") && in_list(c, k + 2, "contacted located reached traced"))))
		return false;
	if (!W(c, s, C_MONTH) && !W(c, s, C_WDAY))
		return false; /* a day alone may be a habit or a thing */
	bool verb = false;
	for (size_t j = k + 1; j < s; j++) {
		if (in_list(c, j, "have ve") ||
		    (in_list(c, j, "not never t") && !in_list(c, j + 1, "only")))
			return false; /* denied: "can't trash us in February", a habit */
		verb = verb || (W(c, j, C_NONE) && !c->t[j].cap);
	}
	return verb;
}

/* The clause at token k (its "would" or plan) is what a past verb of saying reports: the verb
 * stands before it in the sentence ("said on Monday the country would", "told reporters that
 * the talks were due to"), or a tag follows the clause of the date ending at e (", the minister
 * said."). Not across a quotation mark. */
static bool reported(const struct tx_ctx *c, size_t k, size_t e)
{
	/* past "and that" the clause is a second thing the same verb reports ("said it would
	 * open a plant in May, and that it would hire 300 workers"): the first one's modal is no
	 * clause of its own */
	bool and_that = false;
	for (size_t j = k, lo = k > 16 ? k - 16 : 0; j-- > lo;) {
		if (quote_mark(c, j) || P(c, j, '.') || P(c, j, ';') || P(c, j, ':') ||
		    P(c, j, '(') ||
		    (in_list(c, j, said_stops) && !(and_that && in_list(c, j, "could will would"))))
			break;
		and_that = and_that || (in_list(c, j, "that") && j > 0 && in_list(c, j - 1, "and"));
		/* the verb that reports both stands before the first thing, which may be long:
		 * the look back goes on for up to 24 tokens more, once */
		if (and_that && j == lo && k - lo <= 16)
			lo = lo > 24 ? lo - 24 : 0;
		if (in_list(c, j, said_words) && !(j > 0 && in_list(c, j - 1, auxes)))
			return true;
	}
	size_t j = e;
	while (j < c->n && j < e + 16 && !P(c, j, ',') && !quote_mark(c, j) && !P(c, j, '.'))
		j++;
	if (!P(c, j, ','))
		return false;
	for (size_t i = j + 1; i < c->n && i < j + 7; i++) {
		if (tx_clause_end(c, i) || P(c, i, '.'))
			return false;
		if (in_list(c, i, said_words))
			return i + 1 >= c->n || P(c, i + 1, '.') || W(c, i + 1, C_PREP) ||
			       W(c, i + 1, C_WDAY) || W(c, i + 1, C_DEIC) || P(c, i + 1, ',');
	}
	return false;
}

/* A date of the sentence before token s lies weeks before the anchor ("said in January that
 * the plant would open in March", "In 1941, he said"): the saying is not recent, and what it
 * looks ahead to may be past by now. */
static bool said_long_ago(const struct tx_ctx *c)
{
	if (!c->a.year || !c->n)
		return false;
	long here = date_to_days(c->a.year, c->a.month ? c->a.month : 1, c->aday ? c->a.day : 1);
	for (size_t i = c->l->n; i-- > 0 && c->l->items[i].span.start >= c->t[0].s;) {
		struct tx_point p;
		tx_point_parse(c->l->items[i].value, &p);
		if (!p.dated || !p.year)
			continue;
		if (p.gran > GRAN_MONTH || !c->a.month) {
			if (p.year < c->a.year)
				return true;
			continue;
		}
		long d = date_to_days(p.year, p.month, p.gran <= GRAN_DAY ? p.day : 28);
		if (here - d > 14)
			return true;
	}
	return false;
}

/* The comma at k opens an apposition to the subject before it, a determiner's phrase that a
 * comma closes ("In October, Mrs. Clinton, the party's nominee, proposed"): that comma's
 * token, or 0 when there is none (a mark, a clause word or more than ten words first). */
static size_t apposition_end(const struct tx_ctx *c, size_t k)
{
	if (!P(c, k, ',') || !(W(c, k + 1, C_THE) || W(c, k + 1, C_ART)))
		return 0;
	for (size_t j = k + 2; j < c->n && j <= k + 11; j++) {
		if (P(c, j, ','))
			return j;
		if (tx_clause_end(c, j) || in_list(c, j, subordinators) ||
		    in_list(c, j, clause_words) || clause_that(c, j))
			return 0;
	}
	return 0;
}

int tx_tense(const struct tx_ctx *c, size_t s, size_t e)
{
	bool stop = false, sub = false, inf = false, part = false;
	int t = TENSE_NONE;
	/* the verb that governs a date stands close before it ("opened in May", "will meet
	 * Tuesday"); the nearest cue in the clause decides */
	size_t k = s, lo = s > 12 ? s - 12 : 0;
	while (k > lo) {
		k--;
		if (tx_clause_end(c, k)) {
			k++; /* the clause starts after it */
			break;
		}
		/* a clause hangs on another: "when he travels", and "that" after a reporting verb
		 * ("he added that guidelines published in November will"); an infinitive "to be"
		 * leaves the time open ("guidelines to be published in November") */
		sub = (in_list(c, k, subordinators) && k + 1 < s) || in_list(c, k, clause_words) ||
		      (in_list(c, k, "to") && in_list(c, k + 1, "be")) || clause_that(c, k);
		if (sub)
			break;
		/* "threatened to disrupt the convention in July": the date is the infinitive's */
		if (in_list(c, k, "to") && W(c, k + 1, C_NONE) && !c->t[k + 1].cap && k + 1 < s &&
		    !in_list(c, k + 1, objects))
			inf = true;
		/* "the ads reserved in December come from", "in a report issued in May, it
		 * warned": a participle says nothing of the time; the clause's verb does */
		if (ed_form(c, k) && participle(c, k)) {
			part = true;
			continue;
		}
		t = cue(c, k, s, &stop);
		if (t == TENSE_PAST && s - k > 6) {
			/* a past verb far back is seldom the date's: "was not hopeful about the
			 * looming showdown in July", "a rally held at a local high school football
			 * stadium on Wednesday" */
			t = TENSE_NONE;
			stop = true;
		}
		if (t || stop)
			break;
	}
	/* a future told in the past by a recent saying looks ahead of it: "said on Monday the
	 * country would finish the pipeline by the end of March" (October) is next March; not a
	 * date that names a thing ("said they would fight Wednesday's ruling") */
	bool thing = after_det(c, s) || (is_apos(c, e) && WV(c, e + 1, C_MISC, MISC_S));
	/* not across a participle, which has a time of its own ("could be found in disclosures
	 * filed Sunday night") */
	bool modal = stop && t == TENSE_NONE && !part && modal_ahead(c, k, s) && !thing;
	if ((t == TENSE_NEAR || (stop && t == TENSE_NONE && future_in_past(c, k))) && !thing &&
	    reported(c, k, e) && !said_long_ago(c))
		return TENSE_LATER;
	/* a modal of the present looks ahead of the anchor ("Not only can Cruz win in
	 * November"), or of a recent saying; what one said long ago may be past by now */
	if (modal && !(reported(c, k, e) && said_long_ago(c)))
		return TENSE_FUTURE;
	/* not a date that names a thing ("his Tuesday wins", "the meaning of Thursday night's
	 * debate"), nor one that "later" or "earlier" put on the day of writing ("when he speaks
	 * later Monday"), whose anchor may be a day off */
	if (t == TENSE_NONE && !after_det(c, s) &&
	    !(s > 0 && in_list(c, s - 1, "earlier later of")) &&
	    !(is_apos(c, e) && WV(c, e + 1, C_MISC, MISC_S)) &&
	    (condition_ahead(c, s) || condition_after(c, e)))
		return TENSE_FUTURE;
	/* a present copula states a schedule or a state of now ("the primary is set for May 5",
	 * "the hearing is on May 5"): the nearer occurrence, either way; not a thing's date
	 * ("is his latest effort to bounce back from Monday night's debate") */
	if (stop && t == TENSE_NONE && !part && !thing && in_list(c, k, "is are") &&
	    !(is_apos(c, e + 1) && WV(c, e + 2, C_MISC, MISC_S)))
		return TENSE_NEAR;
	/* a past verb does not date an end point, an infinitive's time or a date that names a
	 * thing ("extended to Nov. 20", "gave no reason for the Jan. 14 deadline", "called
	 * November's election", "the state's June 7 primary") */
	if (t == TENSE_PAST && (inf || (s > 0 && in_list(c, s - 1, end_points)) ||
				after_det(c, s) || (is_apos(c, e) && WV(c, e + 1, C_MISC, MISC_S))))
		return TENSE_NONE;
	if (t)
		return t;
	/* a future right after the date ("up for re-election in November and will face") */
	for (size_t j = e; j < e + 2 && j < c->n && !tx_clause_end(c, j); j++)
		if (W(c, j, C_FUT))
			return TENSE_FUTURE;
	if (stop)
		return TENSE_NONE;
	if (under_future(c, s))
		return TENSE_FUTURE;
	/* a date that opens its sentence, or a participle's: the verb comes after ("In July, he
	 * said", "In a report issued in May, the agency warned"); not a possessive ("The results of
	 * Tuesday's primaries will") */
	bool opens = k == 0 || (k == 1 && tx_clause_end(c, 0));
	if ((!part && (sub || !opens || (s - k > 2 && !offset_opener(c, k, s)))) ||
	    (is_apos(c, e) && WV(c, e + 1, C_MISC, MISC_S)))
		return TENSE_NONE;
	/* the subject between may be a long name, which does not count: "In January, Gov. Earl
	 * Ray Tomblin of West Virginia lauded" */
	size_t lim = e + 8;
	for (k = e; k < c->n && k < lim; k++) {
		if (lim < e + 16 && k > e &&
		    ((c->t[k].kind == K_WORD && c->t[k].cap && k + 1 < c->n &&
		      (c->t[k + 1].kind == K_WORD ? c->t[k + 1].cap || in_list(c, k + 1, "of")
						  : P(c, k + 1, '.'))) ||
		     (P(c, k, '.') && adj(c, k - 1) && k + 1 < c->n && c->t[k + 1].cap)))
			lim++;
		if (tx_clause_end(c, k)) {
			if (k == e && c->t[k].cp == ',')
				continue;
			size_t j = k > e ? apposition_end(c, k) : 0;
			if (!j)
				break;
			lim += j - k; /* the verb comes after the apposition */
			k = j;
			continue;
		}
		if (in_list(c, k, subordinators) || in_list(c, k, clause_words) ||
		    clause_that(c, k))
			break;
		t = cue(c, k, s, &stop);
		if (t || stop)
			return t;
		/* the first verb after the subject is the clause's ("In April, Trump called
		 * Ford's plans to open a plant") */
		if (ed_form(c, k) && !after_det(c, k))
			return TENSE_PAST;
	}
	return TENSE_NONE;
}

bool tx_said_condition(const struct tx_ctx *c, size_t s)
{
	/* a date before it in the sentence may date the saying, days back ("said Monday that if
	 * talks failed they would strike Wednesday" in a Friday paper) */
	if (c->l->n && c->l->items[c->l->n - 1].span.start >= c->t[0].s)
		return false;
	size_t would = 0, cond = 0;
	for (size_t k = s, lo = s > 30 ? s - 30 : 0; k-- > lo;) {
		if (P(c, k, '.') || P(c, k, ';') || quote_mark(c, k))
			return false;
		if (!would) {
			if (in_list(c, k, "would wouldn") && future_in_past(c, k))
				would = k;
		} else if (!cond) {
			if (in_list(c, k, "if unless"))
				cond = k;
		} else if (in_list(c, k, said_words)) {
			return true;
		} else if (k + 2 < cond || !in_list(c, k, "that")) {
			return false;
		}
	}
	return false;
}

bool tx_ing_word(const struct tx_ctx *c, size_t k)
{
	size_t n = k < c->n && c->t[k].kind == K_WORD ? c->t[k].e - c->t[k].s : 0;
	return n > 4 && memcmp(c->text + c->t[k].e - 3, "ing", 3) == 0;
}

bool tx_said_word(const struct tx_ctx *c, size_t k)
{
	return in_list(c, k, said_words);
}

bool tx_past_form(const struct tx_ctx *c, size_t k)
{
	return in_list(c, k, irregular) || ed_form(c, k) || W(c, k, C_PAST);
}

bool tx_future(const struct tx_ctx *c, size_t s, size_t e)
{
	int t = tx_tense(c, s, e);
	return t == TENSE_FUTURE || t == TENSE_LATER;
}

bool tx_tense_check(void)
{
	static const char *const lists[] = {
		ahead_to,    ahead,      expecting,    schedule,     schedule_plain,  scheduled,
		irregular,   perfect,    auxes,        neutral,      subordinators,   pronouns,
		determiners, objects,    end_points,   clause_words, saying,          noun_preps,
		booking,     no_nouns,   conditionals, present,      plural_pronouns, past_modals,
		said_words,  said_stops, modals};
	struct text_words_group g[sizeof(lists) / sizeof(lists[0])];
	struct text_words t;
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		g[i] = (struct text_words_group){1, lists[i]};
	bool ok = text_words_fill(&t, g, sizeof(g) / sizeof(g[0]), NULL);
	text_words_free(&t);
	return ok;
}
