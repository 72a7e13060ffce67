/* Unit tests of claims with the plainest cues ("said", "wrote", "told", ...) that were missed
 * (session 36): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "” … they are so not like him,” she said": a closing curly mark that opens its paragraph is
 * typed for the opening one, and the quotation after it is the speaker's; so is one after a
 * direction mark pasted before it (U+202A). A closing mark inside the paragraph still closes
 * ("“We will win,” the mayor said."). A quotation's content starts right after its mark, the space
 * with it, as for an opening mark. */
static void closing_mark_opens_paragraph(void)
{
	struct fixture f = run("The council met on Monday.\n\n"
			       "\u201d \u2026 the plan is not what we were promised,\u201d the "
			       "mayor wrote.\n\n"
			       "\u202a\u201dThe park belongs to the town. Keep it open,\u201d said "
			       "Ann Pollard.\n\n"
			       "\u201cWe will win,\u201d the treasurer said.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, " \u2026 the plan is not what we were promised,", "the mayor",
		 "wrote", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "The park belongs to the town. Keep it open,", "Ann Pollard",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "We will win,", "the treasurer", "said", NULL);
	done(&f);
}

/* A headline's label before its colon: the source before "to" or "on" whatever words follow it
 * ("Mayor to City Planners:", "Mayor on Climate Change:"), before a headline's verb when a
 * quotation ends the headline ("Mayor Hammers Bank Chief: ‘...’"), and after "from" when the
 * name is the story's ("A lesson from Ann Pollard:"); a quotation that the headline goes on
 * after is part of the paraphrase ("Pollard: ‘Not Now’ To A New Tax"). "Star Wars: The Last
 * Jedi Opens" stays a title with no source. */
static void headline_labels(void)
{
	struct fixture f = run("Mayor to City Planners: the park will stay open.\n\n"
			       "The mayor spoke on Monday.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "the park will stay open", "Mayor", NULL, NULL);
	done(&f);

	f = run("Pollard on Climate Change: The Trends Are Alarming.\n\n"
		"Ann Pollard spoke on Monday.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "The Trends Are Alarming", "Pollard", NULL, NULL);
	done(&f);

	f = run("Pollard Hammers Bank Chief: \u2018You Should Resign.\u2019\n\n"
		"Ann Pollard spoke on Monday.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "You Should Resign.", "Pollard", NULL, NULL);
	done(&f);

	f = run("A lesson from Ann Pollard: be kind to the council.\n\n"
		"Ann Pollard spoke on Monday. Pollard was brief.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "be kind to the council", "Ann Pollard", NULL, NULL);
	done(&f);

	f = run("Pollard: \u2018Not Now\u2019 To A New Tax On Parks.\n\n"
		"Ann Pollard spoke on Monday.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "\u2018Not Now\u2019 To A New Tax On Parks", "Pollard",
		 NULL, NULL);
	done(&f);

	f = run("Star Wars: The Last Jedi Opens Friday.\n\n"
		"The film opens in May.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "Officials questioned Ann Pollard, who told her staff ...": "who" speaks in its own clause,
 * after it; the clause before it is the writer's, never what she told (was "Ann Pollard told
 * (paraphrase): Officials questioned Ann Pollard"). A tag after the quotation with a relative
 * clause on its source still gives the quotation ("“...,” said Pollard, who predicted ..."),
 * and the relative clause its own words after "who". */
static void relative_source_speaks_after(void)
{
	struct fixture f =
		run("Officials questioned Ann Pollard, who told her staff never to "
		    "speak of the audit.\n\n"
		    "\u201cWe fund every request we get,\u201d said Pollard, who predicted "
		    "a busy spring.\n");

	/* what "who" told her staff, an order from its "never" (session 51) */
	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "Ann Pollard", "Officials", "questioned", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "never to speak of the audit", "who", "told", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "We fund every request we get,",
		 "Pollard, who predicted a busy spring", "said", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "a busy spring", "who", "predicted", NULL);
	done(&f);
}

/* "told the host on Thursday how surprised he is that ...": the day between the addressee and
 * the question told is no end of what was told (was no row); "told the host on the phone" stays
 * a place with no clause after it. */
static void told_on_a_day(void)
{
	struct fixture f = run("The pollster told the host on Thursday how surprised he is that "
			       "turnout fell.\n\n"
			       "The pollster told the host on the phone about the survey.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "how surprised he is that turnout fell", "The pollster",
		 "told", NULL);
	done(&f);
}

int main(void)
{
	RUN(closing_mark_opens_paragraph);
	RUN(headline_labels);
	RUN(relative_source_speaks_after);
	RUN(told_on_a_day);
	return CHECK_DONE();
}
