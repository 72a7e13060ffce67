/* Unit tests of claims read on saved news pages (session 42, pages42): each row next to the
 * claim of the same shape that stays. */
#include "claims_fixture.h"

/* "what the mayor says his budget would do, and what it would really do, began": "and" and a
 * question word after a comma open a second clause, where the relative that holds the source
 * and cue ends; a "which" clause's list ("schools, parks and roads") stays whole. */
static void relative_ends_at_second_clause(void)
{
	struct fixture f =
		run("The fight over what Mayor Dale Brook says his budget would do, and what it "
		    "would really do, began last spring.\n\n"
		    "The council backed the levy, which the mayor said would fund schools, parks "
		    "and roads.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Dale Brook says (paraphrase): what Mayor Dale Brook says his budget "
		      "would do"));
	CHECK(renders(&f, 2,
		      "Dale Brook said (paraphrase): [the levy] would fund schools, parks "
		      "and roads"));
	done(&f);
}

/* "unable to ask what the author wanted to call the essay, wrote his own title": a past verb
 * and its object after a comma go on with the sentence the free relative is a noun phrase of;
 * a past word between adjectives ("a rigged, failed system") stays in it. */
static void free_relative_ends_before_past_verb(void)
{
	struct fixture f = run(
		"The printer, unable to ask what the author wanted to call the essay, wrote his "
		"own title for it.\n\n"
		"Senator Ann Cole attacked what she called a rigged, failed system in her "
		"speech.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "the author wanted (paraphrase): what the author wanted to call the "
		      "essay"));
	CHECK(renders(&f, 1, "Ann Cole called (paraphrase): a rigged, failed system"));
	done(&f);
}

/* "condemned what she called a broken promise, saying the plan was dead": "she" is the subject
 * of "called", not a source of "saying" next to it, so "saying" reads its own clause and the
 * relative ends at the participle; "condemned the broken promise, saying ..." stays. */
static void participle_after_free_relative(void)
{
	struct fixture f =
		run("Senator Ann Cole condemned what she called a broken promise, saying the plan "
		    "was dead.\n\n"
		    "Senator Ann Cole condemned the broken promise, saying the plan was dead.\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(&f, 0, "Ann Cole condemned (paraphrase): what she called a broken promise"));
	CHECK(renders(&f, 1, "Ann Cole saying (paraphrase): the plan was dead"));
	CHECK(renders(&f, 2, "Ann Cole condemned (paraphrase): the broken promise"));
	CHECK(renders(&f, 3, "Ann Cole saying (paraphrase): the plan was dead"));
	done(&f);
}

/* "after what she called a “tirade,” a string of posts": a quotation whose comma closes it ends
 * the free relative, the phrase after it the writer's own; "what she called “deeply unfair”
 * rules" keeps the quotation. */
static void free_relative_ends_at_quoted_comma(void)
{
	struct fixture f =
		run("Rita Vance was sent home after what she called a \xE2\x80\x9Ctirade,"
		    "\xE2\x80\x9D a string of posts that mocked the mayor.\n\n"
		    "Rita Vance attacked what she called \xE2\x80\x9C"
		    "deeply unfair\xE2\x80\x9D rules that hurt farmers.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Rita Vance called (paraphrase): a \xE2\x80\x9Ctirade\xE2\x80\x9D"));
	CHECK(renders(&f, 1,
		      "Rita Vance called: \xE2\x80\x9C"
		      "deeply unfair\xE2\x80\x9D"));
	done(&f);
}

/* "noted that the posts already cover the basics:" before the block it opens: the colon is the
 * writer's and goes with the stop; a colon inside the content ("the score was close: three to
 * two") stays. */
static void content_ends_before_colon(void)
{
	struct fixture f = run("One reader, Dana Pike, noted that the posts already cover the "
			       "basics:\n\n"
			       "I doubt anyone lists those skills any more.\n\n"
			       "The coach noted that the score was close: three to two.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Dana Pike noted (paraphrase): the posts already cover the basics"));
	CHECK(renders(&f, 1, "The coach noted (paraphrase): the score was close: three to two"));
	done(&f);
}

/* "The best thing about the new film is that it refuses to ...": "it" opens the clause the
 * subject is, so it names the film the subject is about, never "the best thing" (nor "the
 * trouble", left unresolved); "The study was published in June, and it found" stays the
 * study's. */
static void it_after_is_that(void)
{
	struct fixture f = run("The best thing about the new film is that it refuses to mock its "
			       "cast.\n\n"
			       "The trouble is that it refuses to say how.\n\n"
			       "The study was published in June, and it found that fees rose.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "the new film refuses (paraphrase): to mock its cast"));
	CHECK(renders(&f, 1, "it (unresolved) refuses (paraphrase): to say how"));
	CHECK(renders(&f, 2, "The study found (paraphrase): fees rose"));
	done(&f);
}

int main(void)
{
	RUN(relative_ends_at_second_clause);
	RUN(free_relative_ends_before_past_verb);
	RUN(participle_after_free_relative);
	RUN(free_relative_ends_at_quoted_comma);
	RUN(content_ends_before_colon);
	RUN(it_after_is_that);
	return CHECK_DONE();
}
