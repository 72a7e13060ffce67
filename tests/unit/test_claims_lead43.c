/* Unit tests of claim rows a reader would find wrong, found by the lead in session 43: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "backed off some of his proposals", "backed away from a suggestion": the particle is the
 * cue's, what was given up the content (the rows read "backed (paraphrase): off some of ..."
 * as if he backed it); "backed the plan" stays as it was, and "Facing pressure, the city backed
 * off." gives up nothing named after it: no row. */
static void backed_off(void)
{
	struct fixture f = run("The governor backed off some of his earlier proposals on "
			       "Tuesday.\n\n"
			       "The mayor backed away from a suggestion that she might run "
			       "again.\n\n"
			       "The senator backed the plan to cut taxes.\n\n"
			       "Facing pressure from unions, the city backed off.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "The governor backed off (paraphrase): some of his earlier proposals"));
	CHECK(renders(&f, 1,
		      "The mayor backed away from (paraphrase): a suggestion that she might "
		      "run again"));
	CHECK(renders(&f, 2, "The senator backed (paraphrase): the plan to cut taxes"));
	done(&f);
}

/* "called off a $54 billion deal": calling a deal off is an act, not a stance or a statement
 * (the row read "called (paraphrase): off a $54 billion deal"); "called for a recount" stays. */
static void called_off(void)
{
	struct fixture f = run("Two drugmakers called off a $54 billion merger last year.\n\n"
			       "The senator called for a recount.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The senator called for (paraphrase): a recount"));
	done(&f);
}

/* "his aides, dialing back plans to cut taxes": a participle and its particle end no subject,
 * the noun after them ("plans") is their object and no cue (the row read "some of her
 * promises, dialing back plans (paraphrase): to cut taxes"); "The council plans to cut taxes"
 * stays a plan. */
static void participle_particle_no_subject(void)
{
	struct fixture f = run("The mayor kept some of her promises, dialing back plans to cut "
			       "taxes.\n\n"
			       "The council plans to cut taxes.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The council plans (paraphrase): to cut taxes"));
	done(&f);
}

/* True when no quoted span of claim i holds a double quotation mark. */
static bool spans_without_marks(const struct fixture *f, size_t i)
{
	const struct claim *c = &f->l->items[i];

	for (size_t k = 0; k < c->nquote; k++)
		for (size_t p = c->quote[k].start; p < c->quote[k].end; p++)
			if (text_curly_double(f->text + p, c->quote[k].end - p))
				return false;
	return true;
}

/* "“I would rather live in what he calls “hell” than ...,” said Ana Ruiz": a quotation typed
 * inside another with the same curly marks is inside it (the row read "he calls: “hell”" and
 * her words were lost; PolNeAR dev, a reader's comment): the quoted spans go round its marks
 * and the row shows it inside ‘ ’, also where a tag splits the quotation (not "has a … no
 * visits … rule", which would say words were left out). An opening mark whose quotation never
 * closes is still replaced by the next one ("We lost the vote. “We will try again,” she said"). */
static void quotation_inside_same_marks(void)
{
	struct fixture f =
		run("\u201cI would rather live in what he calls \u201chell\u201d than live "
		    "under him,\u201d said Ana Ruiz, a nurse.\n\n"
		    "Mayor Jo Park spoke. \u201cWe lost the vote. \u201cWe will try "
		    "again,\u201d she said.\n\n"
		    "\u201cWe met him. The prison has a \u201cno visits\u201d rule,\u201d Jo "
		    "Banks said. \u201cIt is strict.\u201d\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Ana Ruiz said: \u201cI would rather live in what he calls \u2018hell\u2019 "
		      "than live under him\u201d"));
	CHECK_EQ(f.l->items[0].nquote, 3);
	CHECK(spans_without_marks(&f, 0));
	CHECK(renders(&f, 1, "Jo Park said: \u201cWe will try again\u201d"));
	CHECK(renders(&f, 2,
		      "Jo Banks said: \u201cWe met him. The prison has a \u2018no visits\u2019 rule "
		      "\u2026 It is strict.\u201d"));
	CHECK(spans_without_marks(&f, 2));
	done(&f);
}

/* "That 1978 resolution calls for ...", "That accord also called for ...": "That" opening the
 * sentence before a noun (a year before it or not) is its determiner, so the source is the
 * whole phrase (rows read "1978 resolution calls for", or gave no row); before a pronoun it
 * still opens a clause ("That he said so is not in doubt": no claim, as before). */
static void that_before_a_noun(void)
{
	struct fixture f = run("The council met in 1978. That 1978 resolution calls for a "
			       "withdrawal.\n\n"
			       "That accord also called for a review of the plant.\n\n"
			       "That he said so is not in doubt.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "That 1978 resolution calls for (paraphrase): a withdrawal"));
	CHECK(renders(&f, 1, "That accord also called for (paraphrase): a review of the plant"));
	done(&f);
}

/* "Although the IMF did not single out the plan, it referenced ...": the subject of a clause
 * that opens the sentence is the one "it", the main clause's subject, speaks of (the row read
 * "it (unresolved) referenced"; PolNeAR dev); a name after a preposition there is not: "After
 * talks with Bolt Inc. ended, it said" speaks of the company named before. */
static void subject_of_opening_clause(void)
{
	struct fixture f = run("The town met on Monday.\n\n"
			       "Although Acme Corp. did not name the mayor, it criticized the "
			       "plan.\n\n"
			       "Dale Corp. cut jobs on Tuesday.\n\n"
			       "After talks with Bolt Inc. ended, it said the plan was dead.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Acme Corp. criticized (paraphrase): the plan"));
	CHECK(renders(&f, 1, "Dale Corp. said (paraphrase): the plan was dead"));
	done(&f);
}

int main(void)
{
	RUN(backed_off);
	RUN(called_off);
	RUN(participle_particle_no_subject);
	RUN(quotation_inside_same_marks);
	RUN(that_before_a_noun);
	RUN(subject_of_opening_clause);
	return CHECK_DONE();
}
