/* Unit tests of the core speech verbs ("said", "says", "told", "reported") in frames they used to
 * miss. */
#include "claims_fixture.h"

/* "... “The Long March.” She says he is unfit": a quotation that a full stop closed before the
 * sentence is no tag's content when the cue's clause follows; "“Is it over?” Kerr said." still
 * is a tag. */
static void clause_after_closed_quote(void)
{
	struct fixture f =
		run("His rallies are the equivalent of \"The Long March.\" She says he is "
		    "unfit to lead.\n\n"
		    "\"Is it over?\" Kerr said.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "he is unfit to lead", "She", "says", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "Is it over?", "Kerr", "said", NULL);
	done(&f);
}

/* "At that time, 47 percent said", "Around noon, voters said": a share or a bare plural after
 * an introductory phrase is the subject, not the phrase; "Around 40 percent" is the subject
 * itself. */
static void share_after_intro(void)
{
	struct fixture f = run("At that time, 47 percent said they would vote for Reyes.\n\n"
			       "Around noon, voters said the lines were long.\n\n"
			       "Around 40 percent said they would stay home.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "they would vote for Reyes", "47 percent", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the lines were long", "voters", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "they would stay home", "Around 40 percent", "said", NULL);
	done(&f);
}

/* "An earlier report in the paper said that ...": "report" after a determiner and an adjective,
 * before a preposition, is the subject's noun, not a cue of its own. */
static void report_noun_subject(void)
{
	struct fixture f = run("An earlier report in a county paper said that Lenz had used the "
			       "photos.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_INDIRECT, "that Lenz had used the photos",
		 "An earlier report in a county paper", "said", NULL);
	done(&f);
}

/* "The firm reported a loss of $2 million", "The ministry reported 300 new cases": a noun
 * phrase that holds a figure is what "reported" reports; "reported the story" is no claim, nor
 * is "the previously reported range of $4 million", a participle. */
static void reported_figure(void)
{
	struct fixture f =
		run("The bakery reported a loss of $2 million in the spring.\n\n"
		    "The ministry reported 300 new cases on Monday.\n\n"
		    "The radio station reported the story first.\n\n"
		    "It sits at the top of the previously reported range of $4 million.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "a loss of $2 million in the spring", "The bakery",
		 "reported", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "300 new cases on Monday", "The ministry", "reported",
		 NULL);
	done(&f);
}

int main(void)
{
	RUN(reported_figure);
	RUN(report_noun_subject);
	RUN(share_after_intro);
	RUN(clause_after_closed_quote);
	return CHECK_DONE();
}
