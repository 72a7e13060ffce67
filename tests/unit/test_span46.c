/* Unit tests of content extents found by span46 in session 46: each row next to the row of the
 * same shape that stays. */
#include "claims_fixture.h"

/* ", with both the mayor and her deputy expected to attend": an expectation of its own in an
 * absolute phrase (the row ran on to "both the mayor" and the second expectation was lost;
 * PolNeAR dev and train); "is expected to" alone stays, and ", with the mayor at her side" is
 * no expectation. */
static void with_expected(void)
{
	struct fixture f = run("The talks are expected to go on through the week, with both the "
			       "mayor and her deputy expected to attend on Friday.\n\n"
			       "The vote is expected to pass, with the mayor at her side.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Unattributed (expectation): The talks are expected to go on through the "
		      "week"));
	CHECK(renders(&f, 1,
		      "Unattributed (expectation): both the mayor and her deputy expected to "
		      "attend on Friday"));
	CHECK(renders(&f, 2,
		      "Unattributed (expectation): The vote is expected to pass, with the mayor "
		      "at her side"));
	done(&f);
}

/* "was pleased Ms. Lee had said that because, she said, the remark ...": "that" is what Lee
 * said and the reason is the outer speaker's, which "she said" names again (the row read a
 * nested "Ms. Lee had said (paraphrase): because, she said, ..."; PolNeAR train); "said that
 * because the vote failed, the plan was dead" keeps its content, and the inner tag makes no row
 * of its own. */
static void that_before_tag(void)
{
	struct fixture f = run("Mayor Jo Park replied that she was pleased Ms. Lee had said that "
			       "because, she said, the remark had made it plain how angry the "
			       "council was.\n\n"
			       "The senator said that because the vote failed, the plan was "
			       "dead.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "Jo Park replied (paraphrase): she was pleased Ms. Lee had said that "
		      "because, she said, the remark had made it plain how angry the council "
		      "was"));
	CHECK(renders(&f, 1,
		      "The senator said (paraphrase): because the vote failed, the plan was "
		      "dead"));
	done(&f);
}

/* A paragraph a page wrapped in straight marks around a curly quotation
 * ('"“We will not win it by states,” Ana Ruiz said after the vote."'): the straight marks are
 * the copy's, no quotation (the row read 'Ana Ruiz said: “‘We will not win it by states’”', a
 * quotation inside a quotation; PolNeAR train). A straight quotation that opens a paragraph
 * stays one ('"We will try again," Jo Park said.'). */
static void wrapped_paragraph(void)
{
	struct fixture f =
		run("\"\u201cWe will not win it by states,\u201d Ana Ruiz said after the "
		    "vote.\"\n\n"
		    "\"We will try again,\" Jo Park said.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Ana Ruiz said: \u201cWe will not win it by states\u201d"));
	CHECK(renders(&f, 1, "Jo Park said: \u201cWe will try again\u201d"));
	done(&f);
}

int main(void)
{
	RUN(with_expected);
	RUN(that_before_tag);
	RUN(wrapped_paragraph);
	return CHECK_DONE();
}
