/* Unit tests of where a found claim's content ends, from PolNeAR train's rows whose start is
 * right and end wrong (session 37): each next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "“A,” the mayor said. “B. ¶ “C,” the mayor said. “D.”": B, which its paragraph leaves open, is
 * the first tag's words and C the second's, each paragraph its own statement; a next paragraph
 * with no tag of its own ("¶ “C.”") goes on with the first tag, and a quotation that opens its
 * paragraph ("¶ “B. ¶ “C,” the treasurer added.") goes on to the later tag. */
static void open_quote_before_tagged_para(void)
{
	struct fixture f =
		run("\u201cWe cannot wait for the state,\u201d the mayor said. \u201cThe "
		    "bridge is old and the river is rising.\n\n"
		    "\u201cWe have asked for help twice,\u201d the mayor said. "
		    "\u201cNobody has answered us.\u201d\n\n"
		    "The council adjourned.\n\n"
		    "\u201cThe budget is tight,\u201d the treasurer said. \u201cWe will "
		    "cut the parks first.\n\n"
		    "\u201cThe pools will close in June.\u201d\n\n"
		    "\u201cThe roads come first.\n\n"
		    "\u201cThe schools come second,\u201d the treasurer added.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "We cannot wait for the state,\u201d the mayor said. \u201cThe bridge is old and "
		 "the river is rising.",
		 "the mayor", "said", NULL);
	claim_is(
		&f, 1, CLAIM_DIRECT,
		"We have asked for help twice,\u201d the mayor said. \u201cNobody has answered us.",
		"the mayor", "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT,
		 "The budget is tight,\u201d the treasurer said. \u201cWe will cut the parks "
		 "first.\n\n\u201cThe pools will close in June.",
		 "the treasurer", "said", NULL);
	claim_is(&f, 3, CLAIM_DIRECT, "The roads come first.\n\n\u201cThe schools come second,",
		 "the treasurer", "added", NULL);
	CHECK(renders(&f, 0,
		      "the mayor said: \u201cWe cannot wait for the state \u2026 The bridge is old "
		      "and the river is rising.\u201d"));
	CHECK(renders(
		&f, 1,
		"the mayor said: \u201cWe have asked for help twice \u2026 Nobody has answered "
		"us.\u201d"));
	done(&f);
}

/* The same with straight marks and a tag that names its speaker after the cue: the paragraph's
 * open quotation ends with it, and the next tag's quotation starts at its own mark. */
static void open_straight_quote_before_tagged_para(void)
{
	struct fixture f = run("\"The lines are long,\" said Ann Ruiz, a poll worker. \"People "
			       "waited two hours.\n\n"
			       "\"Some went home,\" said Ann Ruiz. \"They will not come back.\"\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "The lines are long,\" said Ann Ruiz, a poll worker. \"People waited two hours.",
		 "Ann Ruiz, a poll worker", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "Some went home,\" said Ann Ruiz. \"They will not come back.",
		 "Ann Ruiz", "said", NULL);
	done(&f);
}

/* "The governor said: “B. ¶ “C,” the governor said. “D.”": the colon's quotation ends with its
 * paragraph too, and the later tag is a statement of its own, not nested in the first. */
static void colon_quote_before_tagged_para(void)
{
	struct fixture f = run("The governor said: \u201cThere is no trick to the word. It is a "
			       "slogan.\n\n"
			       "\u201cA new name does not change a thing,\u201d the governor said. "
			       "\u201cNo adviser has told me otherwise.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "There is no trick to the word. It is a slogan.",
		 "The governor", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT,
		 "A new name does not change a thing,\u201d the governor said. \u201cNo adviser "
		 "has told me otherwise.",
		 "the governor", "said", NULL);
	CHECK_EQ(f.l->items[1].parent, CLAIM_NONE);
	done(&f);
}

/* "“A,” she said, but “B”", "Smith “got a plea deal,” Jones said, and still “B”": a quotation
 * after the tag's comma and "but", or "and" with an adverb, goes on as after "and" alone; a
 * clause of the writer's after "but" ("..., she said, but the board disagreed.") does not. */
static void tag_then_but_quote(void)
{
	struct fixture f = run("\"You know, I like Tom,\" she said, but \"when it comes to roads, "
			       "Tom has a record of favoring the quarry.\"\n\n"
			       "Smith \"got a plea deal,\" Jones said, and still \"got to sit in "
			       "on the hearing.\"\n\n"
			       "\"The plan is sound,\" the mayor said, but the board disagreed.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "You know, I like Tom,\" she said, but \"when it comes to roads, Tom has a "
		 "record of favoring the quarry.",
		 "she", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "Smith \"got a plea deal,\" Jones said, and still \"got to sit in on the "
		 "hearing.",
		 "Jones", "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "The plan is sound,", "the mayor", "said", NULL);
	done(&f);
}

/* "criticized the mayor at news conference", "mentions her grandson in speeches", "rejected the
 * argument in a ruling released Monday": a short noun phrase for content ends before the occasion
 * of the telling with no determiner of its own, a plural or a ruling; "donors seeking and in some
 * cases obtaining meetings" (the second part of "and" still to come) and a place that is no
 * occasion ("her record in the state legislature") go on. */
static void occasion_after_short_object(void)
{
	struct fixture f = run("The senator criticized the mayor at news conference.\n\n"
			       "The governor often mentions her grandson in speeches.\n\n"
			       "The judge rejected the argument in a ruling released Monday.\n\n"
			       "The report described donors seeking and in some cases obtaining "
			       "meetings with officials.\n\n"
			       "The senator praised her record in the state legislature.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT, "the mayor", "The senator", "criticized", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "her grandson", "The governor", "often mentions", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "the argument", "The judge", "rejected", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT,
		 "donors seeking and in some cases obtaining meetings with officials", "The report",
		 "described", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "her record in the state legislature", "The senator",
		 "praised", NULL);
	done(&f);
}

int main(void)
{
	RUN(open_quote_before_tagged_para);
	RUN(open_straight_quote_before_tagged_para);
	RUN(colon_quote_before_tagged_para);
	RUN(tag_then_but_quote);
	RUN(occasion_after_short_object);
	return CHECK_DONE();
}
