/* Unit tests of where a found claim's content starts (session 38): each row that changes next
 * to the neighbour of the same shape that must stay. */
#include "claims_fixture.h"

/* "asked Mrs. Delgado about the votes", "asks him about the subsidies": the person asked and
 * "about" go with the cue, as after "asked Harlan about", also when a title's stop sits in the
 * name or the verb is "asks"; "asks the crowd to stand" keeps its addressee in the content. */
static void asked_person_about(void)
{
	struct fixture f =
		run("The moderator asked Mrs. Delgado about the votes she cast in the state "
		    "senate.\n\n"
		    "A voter in the front row asks him about the farm subsidies.\n\n"
		    "A reporter asked Harlan about his plans for the harbor.\n\n"
		    "The host asks the crowd to stand.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "the votes she cast in the state senate", "The moderator",
		 "asked Mrs. Delgado about", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the farm subsidies", "A voter in the front row",
		 "asks him about", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "his plans for the harbor", "A reporter",
		 "asked Harlan about", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "the crowd to stand", "The host", "asks", NULL);
	done(&f);
}

/* "The embattled Spanish minister is expected to resign", "About one of every five residents
 * this year is expected": an expectation's or an impression's subject keeps the determiner and
 * the words in lower case that open it, and the noun phrase before a time is the subject, not
 * the time; "the more they appear to lose" leaves "the more" out, and "The new mayor is
 * expected" stays as it was. */
static void expectation_subject_lead(void)
{
	struct fixture f =
		run("The embattled Spanish minister is expected to resign in the spring.\n\n"
		    "About one of every five residents this fall is expected to be over 65.\n\n"
		    "Neither race this year appears to have a clear favorite.\n\n"
		    "The longer the strike runs, the more they appear to lose.\n\n"
		    "The new mayor is expected to sign the budget.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The embattled Spanish minister is expected to resign in the spring", NULL,
		 "is expected", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "About one of every five residents this fall is expected to be over 65", NULL,
		 "is expected", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "Neither race this year appears to have a clear favorite",
		 NULL, "appears", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "they appear to lose", NULL, "appear", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "The new mayor is expected to sign the budget", NULL,
		 "is expected", NULL);
	done(&f);
}

/* "announced plans Tuesday to widen the bridge": with a time after "plans" the plans and the
 * time go with the cue and the infinitive is the content; "announced plans to widen the bridge"
 * keeps the plans in the content. */
static void plans_with_time(void)
{
	struct fixture f = run("The city announced plans Tuesday to widen the bridge.\n\n"
			       "The county announced plans this week to close two depots.\n\n"
			       "The city announced plans to widen the bridge.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT, "to widen the bridge", "The city",
		 "announced plans Tuesday", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "to close two depots", "The county",
		 "announced plans this week", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT, "plans to widen the bridge", "The city", "announced", NULL);
	done(&f);
}

/* "The new budget “was written before anyone knew the size of the gap. People were still
 * guessing,” said Ortiz": a quotation that opens in lower case after its sentence's subject
 * keeps the subject in the content, a partial quotation, also when it runs on past a full stop,
 * as it does when it does not; one that opens its sentence stays a direct quotation. */
static void subject_before_long_quote(void)
{
	struct fixture f =
		run("The new budget \u201cwas written before anyone knew the size of the gap. "
		    "People were still guessing,\u201d said Ortiz.\n\n"
		    "The old budget \u201cwas written in a hurry,\u201d said Ortiz.\n\n"
		    "\u201cThe budget was written in a hurry. Nobody checked it,\u201d said "
		    "Ortiz.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_INDIRECT,
		 "The new budget \u201cwas written before anyone knew the size of the gap. People "
		 "were still guessing,",
		 "Ortiz", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "The old budget \u201cwas written in a hurry,", "Ortiz",
		 "said", NULL);
	claim_is(&f, 2, CLAIM_DIRECT, "The budget was written in a hurry. Nobody checked it,",
		 "Ortiz", "said", NULL);
	done(&f);
}

/* "tells her supporters at a rally in Dayton to “go to the polls early”": the instruction
 * quoted after "to" keeps its "to"; "tells her supporters “We will win this.”" stays the
 * quotation. */
static void told_to_quoted_instruction(void)
{
	struct fixture f = run("The mayor tells her supporters at a rally in Dayton to \u201cgo to "
			       "the polls early\u201d and bring a friend.\n\n"
			       "The mayor tells her supporters \u201cWe will win this.\u201d\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "to \u201cgo to the polls early\u201d and bring a friend",
		 "The mayor", "tells", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "We will win this.", "The mayor", "tells", NULL);
	done(&f);
}

/* "As for the new budget, “nobody has read it yet,” said Ortiz": the topic set before the
 * quotation is the writer's, and the quotation alone is what was said; "As for the new budget,
 * nobody has read it yet, Ortiz said" has no quotation and stays as it was. */
static void topic_before_quotation(void)
{
	struct fixture f =
		run("As for the new budget, \u201cnobody has read it yet,\u201d said Ortiz.\n\n"
		    "As for the new budget, nobody has read it yet, Ortiz said.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT, "nobody has read it yet,", "Ortiz", "said", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "As for the new budget, nobody has read it yet", "Ortiz",
		 "said", NULL);
	done(&f);
}

int main(void)
{
	RUN(asked_person_about);
	RUN(expectation_subject_lead);
	RUN(plans_with_time);
	RUN(subject_before_long_quote);
	RUN(told_to_quoted_instruction);
	RUN(topic_before_quotation);
	return CHECK_DONE();
}
