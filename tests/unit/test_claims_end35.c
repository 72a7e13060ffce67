/* Unit tests of where a claim's content ends, found among PolNeAR train's found but inexact
 * predictions (session 35): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "reiterated them on her radio show": an object pronoun is a noun phrase of one word, and the
 * programme the telling was on ends the content after it as after a name; "himself on Saturday
 * for ..." keeps what the speaker went on with. */
static void pronoun_before_occasion(void)
{
	struct fixture f = run("The senator reiterated them on Dana Pruitt\u2019s radio show.\n\n"
			       "The mayor endorsed the councilman on his radio show.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "them", "The senator", "reiterated", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the councilman", "The mayor", "endorsed", NULL);
	done(&f);
}

/* "mocks the mayor on Twitter.": the site or network the telling went out on, at the end of the
 * sentence or before a time or a clause, is no part of a short noun phrase's content; a topic
 * after "on" ("his attacks on the judge") and a reason after the site ("on Twitter for backing
 * the bill") go on. */
static void platform_after_object(void)
{
	struct fixture f =
		run("The billionaire mocks the governor on Twitter.\n\n"
		    "The candidate blamed local officials on Facebook before the rally.\n\n"
		    "The senator criticized his attacks on the judge.\n\n"
		    "The senator criticized the mayor on Twitter for backing the bill.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the governor", "The billionaire", "mocks", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "local officials", "The candidate", "blamed", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "his attacks on the judge", "The senator", "criticized",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the mayor on Twitter for backing the bill", "The senator",
		 "criticized", NULL);
	done(&f);
}

/* "barely mentioned the mayor's remarks and went back to the weather": after a short noun phrase
 * for content, even after a cue that may take a clause, a verb of the cue's own form after "and"
 * is the speaker's next act, not more of the content; a clause ("that the council met and
 * voted") and a list of nouns ("rules and regulations") go on. */
static void noun_phrase_then_own_verb(void)
{
	struct fixture f =
		run("The station barely mentioned the mayor's remarks and went back to "
		    "the weather.\n\n"
		    "The driver claimed self-defense and was cleared by the jury.\n\n"
		    "The mayor mentioned that the council met on Monday and voted on the "
		    "plan.\n\n"
		    "The report mentioned rules and regulations.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor's remarks", "The station", "barely mentioned",
		 NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "self-defense", "The driver", "claimed", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "that the council met on Monday and voted on the plan",
		 "The mayor", "mentioned", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "rules and regulations", "The report", "mentioned", NULL);
	done(&f);
}

/* "announced her candidacy in June 2015", "claimed victory in a tweet": after a cue of a public
 * act that takes a noun phrase as well as a clause, the time or the occasion after a plain noun
 * phrase dates or places the telling; a clause whose verb the lexicon does not know ("the
 * council votes in June") and a forecast ("expects a decision in June") keep their time. */
static void act_object_before_time(void)
{
	struct fixture f = run("The mayor announced her candidacy in June 2015.\n\n"
			       "The governor claimed victory in a tweet.\n\n"
			       "The mayor announced the council votes in June.\n\n"
			       "The treasurer expects a decision in June.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "her candidacy", "The mayor", "announced", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "victory", "The governor", "claimed", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the council votes in June", "The mayor", "announced",
		 NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "a decision in June", "The treasurer", "expects", NULL);
	done(&f);
}

/* 'told voters the plan was "a disaster for the city," she said.': a quotation inside the content
 * that closes on its comma before a tag of its own to the end of the sentence ends the content
 * there: the tag is no part of what was told. A comment after the closing mark ('"a disaster,"
 * a word she used twice') is no tag: it stays as before. */
static void quotation_closes_before_tag(void)
{
	struct fixture f =
		run("The mayor told voters the plan was \u201ca disaster for the "
		    "city,\u201d she said.\n\n"
		    "The mayor said the plan was \u201ca disaster,\u201d a word she used "
		    "twice.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 1, CLAIM_INDIRECT, "the plan was \u201ca disaster for the city", "The mayor",
		 "told", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "the plan was \u201ca disaster,\u201d a word she used twice", "The mayor", "said",
		 NULL);
	done(&f);
}

/* "concluded the mayor had been careless with the funds, but did not recommend charges": after
 * ", but" a verb of the cue's own form with no subject is the speaker's next act, even when the
 * content's clause has a verb of that form; a verb of planning ("but planned to check") and a
 * clause that stops at its auxiliary ("he did not, but was thinking of") go on. */
static void but_then_own_verb(void)
{
	struct fixture f =
		run("The inspector concluded the mayor had been careless with the funds, "
		    "but did not recommend charges.\n\n"
		    "The aide said he was not sure of the date, but planned to check the "
		    "records.\n\n"
		    "The senator said he did not, but was thinking of its findings.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor had been careless with the funds",
		 "The inspector", "concluded", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "he was not sure of the date, but planned to check the records", "The aide",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "he did not, but was thinking of its findings",
		 "The senator", "said", NULL);
	done(&f);
}

/* "called the incident a reason for the city to reinvest in its transit program": a phrase after
 * an infinitive's verb is that verb's complement, not the occasion of the telling, whatever word
 * it holds; "praised the mayor in a campaign speech" still ends before the occasion. */
static void infinitive_keeps_its_phrase(void)
{
	struct fixture f =
		run("The councilman called the flood a reason for the city to reinvest in "
		    "its transit program.\n\n"
		    "The senator praised the mayor in a campaign speech.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "the flood a reason for the city to reinvest in its transit program",
		 "The councilman", "called", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the mayor", "The senator", "praised", NULL);
	done(&f);
}

/* ", the latter a reference to clubs that ...": a reference, a sentiment, a swipe, a dig, a jab,
 * an echo or an acknowledgment set after the content names it as such, the writer's comment, and
 * the content ends before it; the noun inside the content ("the reference to the budget was
 * wrong") stays. */
static void comment_names_the_content(void)
{
	struct fixture f = run("The closures, the mayor said, have hit public and private courses, "
			       "the latter a reference to clubs that have a membership program but "
			       "that let guests play for a fee.\n\n"
			       "The senator said the reference to the budget was wrong.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The closures, the mayor said, have hit public and private courses", "the mayor",
		 "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the reference to the budget was wrong", "The senator",
		 "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(pronoun_before_occasion);
	RUN(platform_after_object);
	RUN(noun_phrase_then_own_verb);
	RUN(act_object_before_time);
	RUN(quotation_closes_before_tag);
	RUN(but_then_own_verb);
	RUN(infinitive_keeps_its_phrase);
	RUN(comment_names_the_content);
	return CHECK_DONE();
}
