/* Unit tests of quotations the engine's core cues ("said", "continued", "told") missed or misread
 * (session 41): each next to the neighbour of the same shape that must stay. */
#include "claims_fixture.h"

/* "“I asked them: "Is it safe?" Most said no,” Harlan said": a quotation of the other style of
 * marks inside a quotation closes that inner one, not the outer one; a straight mark typed to
 * close a curly quotation still closes it. */
static void inner_quotation_of_other_marks(void)
{
	struct fixture f = run("\"I asked the board: \u201cIs the bridge safe?\u201d Most members "
			       "answered no,\" Harlan said.\n\n"
			       "\u201cThe ferry runs late every week,\" said Dana Pike.\n");

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "I asked the board: \u201cIs the bridge safe?\u201d Most members answered no,",
		 "Harlan", "said", NULL);
	claim_is(&f, 1, CLAIM_DIRECT, "The ferry runs late every week,", "Dana Pike", "said", NULL);
	done(&f);
}

/* "Marlow continued: ¶ "I read them the question: “Who pays?” Nobody knew."": a paragraph that
 * is one quotation with another inside it is the quotation after the colon; a paragraph of two
 * quotations with a tag between them is not one quotation. */
static void colon_then_quotation_with_inner(void)
{
	struct fixture f = run("Marlow continued:\n\n"
			       "\"I read the council the question: \u201cWho pays for the new "
			       "bridge?\u201d Nobody in the room knew the answer.\"\n\n"
			       "The vote is set for June.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "I read the council the question: \u201cWho pays for the new bridge?\u201d "
		 "Nobody in the room knew the answer.",
		 "Marlow", "continued", NULL);
	done(&f);
}

/* A paragraph a straight mark opens and never closes, with curly quotations inside: the
 * quotations inside are paired as if the stray mark were not there, so "said, “We will ...”"
 * is the speaker's, not part of a quotation that began at the stray mark. */
static void stray_mark_before_quotations(void)
{
	struct fixture f = run("\"The pastor Ann Rusk called the plan a \u201cgift\u201d and said, "
			       "\u201cWe will build the shelter together.\u201d\n\n"
			       "The council meets on Monday.\n");

	CHECK(f.l->n >= 1);
	CHECK(renders(&f, f.l->n - 1,
		      "Ann Rusk said: \u201cWe will build the shelter together.\u201d"));
	done(&f);
}

/* "“...,” Lena Ortiz, who has not endorsed anyone, told reporters": a name right after the
 * quotation's closing mark and a relative clause on it, even one with a verb of its own, is the
 * tag's source; so is a name with an age and a place set off after it ("Hal Bond, 30, of
 * Dover, Del., who ..."), and the same tag after a sentence with no marks is a paraphrase. */
static void name_and_relative_after_quotation(void)
{
	struct fixture f =
		run("\u201cI sit on the board and I do not trust the board,\u201d Lena "
		    "Ortiz, who has not endorsed a candidate, told reporters.\n\n"
		    "\"The two of them scare me,\" Hal Bond, 30, of Dover, Del., who was "
		    "among those polled, said in an interview.\n\n"
		    "The ferry plan is dead, Tom Reyes, 41, of Lewes, who was among those "
		    "polled, said.\n");

	CHECK_EQ(f.l->n, 3);
	claim_is(&f, 0, CLAIM_DIRECT, "I sit on the board and I do not trust the board,",
		 "Lena Ortiz, who has not endorsed a candidate", "told", "Lena Ortiz");
	CHECK(renders(&f, 1, "Hal Bond said: \u201cThe two of them scare me\u201d"));
	CHECK(renders(&f, 2, "Tom Reyes said (paraphrase): The ferry plan is dead"));
	done(&f);
}

/* "Ward stated: ¶ "The agency isn’t about “fair play” any more. ¶ "It is about ..."": a quotation
 * over two paragraphs, each opening with a mark and only the last closing, may hold a quotation
 * in the other style of marks; a paragraph that closes its quotation and opens another does not
 * run on. */
static void paragraphs_of_quotation_with_inner(void)
{
	struct fixture f =
		run("Dr. Ward stated:\n\n"
		    "\"The agency is not about \u201cfair play\u201d any more. It is about "
		    "power.\n\n"
		    "\"The council should stop it before the vote in June.\"\n\n"
		    "The vote is set for June.\n");

	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT,
		 "The agency is not about \u201cfair play\u201d any more. It is about power.\n\n"
		 "\"The council should stop it before the vote in June.",
		 "Dr. Ward", "stated", NULL);
	done(&f);
}

int main(void)
{
	RUN(inner_quotation_of_other_marks);
	RUN(colon_then_quotation_with_inner);
	RUN(stray_mark_before_quotations);
	RUN(name_and_relative_after_quotation);
	RUN(paragraphs_of_quotation_with_inner);
	return CHECK_DONE();
}
