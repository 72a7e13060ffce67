/* Unit tests of reports the claims engine missed, found by miss56 in session 56: each next to
 * the shapes of the same words that must stay out. */
#include "claims_fixture.h"

/* PolNeAR train nyt, wash-post, breitbart and huff-post: "Hillary Clinton took to Twitter to say
 * thanks", "went on CNN to declare Clinton the winner", "rushing to TV to say he did NOT
 * represent the Republican Party", "He went out of his way to say that Russia's economy had hit
 * bottom", "as some Republican leaders have taken to saying", "Mr. Trump was prompted to say,
 * ''So far ...''" were lost: a cue after "to" was a report only after "went on", "continued",
 * "quick" and the like. The speaker turning to a medium, going out of the way or prompted (in
 * the passive) now opens the cue; the phrase is the cue, its subject the speaker. Another
 * purpose ("took to the floor to vote"), someone else prompted ("prompted him to say": he
 * speaks, not the song), a refusal and what one may say stay out; "began by saying" keeps its
 * cue "saying", as "started by asking" does. */
static void turning_to_a_medium_to_say(void)
{
	struct fixture f =
		run("The mayor took to Twitter to say that the count had been rigged.\n\n"
		    "The senator went on CNN to declare that the race was over.\n\n"
		    "Ann Lee appeared on “Meet the Press” to say that she did nothing "
		    "illegal.\n\n"
		    "Some party leaders have taken to saying that the governor has won.\n\n"
		    "The governor went out of his way to say that the economy had hit bottom.\n\n"
		    "Tom Hale was prompted to say, “I cannot believe how civil it has "
		    "been.”\n\n"
		    "When he returned, Tom Hale began by saying, “I do not think the man "
		    "should go to jail.”\n\n"
		    "The senator took to the floor to vote against the bill.\n\n"
		    "She took him to the station to say goodbye.\n\n"
		    "The song prompted him to say that the vote was rigged.\n\n"
		    "Tom Hale is going to have something to say about the vote.\n");

	CHECK_EQ(f.l->n, 7);
	CHECK(renders(&f, 0,
		      "The mayor took to Twitter to say (paraphrase): the count had been rigged"));
	CHECK(renders(&f, 1, "The senator went on CNN to declare (paraphrase): the race was over"));
	CHECK(renders(&f, 2,
		      "Ann Lee appeared on “Meet the Press” to say (paraphrase): she did nothing "
		      "illegal"));
	CHECK(renders(&f, 3,
		      "Some party leaders have taken to saying (paraphrase): the governor has won"));
	CHECK(renders(&f, 4,
		      "The governor went out of his way to say (paraphrase): the economy had hit "
		      "bottom"));
	CHECK(renders(&f, 5,
		      "Tom Hale was prompted to say: “I cannot believe how civil it has been.”"));
	CHECK(renders(&f, 6, "Tom Hale saying: “I do not think the man should go to jail.”"));
	done(&f);
}

/* PolNeAR train wash-post 2016-05-19: "The secretary of state and 2014 candidate for U.S.
 * Senate, a longtime supporter of Clinton, even went on CNN to declare Clinton the winner." showed
 * "Clinton the winner ... (paraphrase): The secretary of state ...", its subject as the content
 * and its object as the speaker (so did "went on to declare"): a cue that opens with its phrase
 * has its speaker before it. A quotation before "X went on to say" keeps its tag. A participle
 * after a comma ("denounced him, rushing to television to say") has another clause's subject
 * (no claim of it), "taken to calling" is a name and going to a place to claim a boy no medium. */
static void phrase_cue_speaker_before(void)
{
	struct fixture f = run("The secretary of state and 2014 candidate for U.S. Senate, a "
			       "longtime supporter of Clinton, even went on CNN to declare Clinton "
			       "the winner.\n\n"
			       "“We will win the state,” Tom Hale went on to say.\n\n"
			       "The critics denounced him, rushing to television to say he did not "
			       "represent the party.\n\n"
			       "We have taken to calling these limits rectangles.\n\n"
			       "The relatives go to the United States to claim the boy.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "a longtime supporter of Clinton even went on CNN to declare (paraphrase): "
		      "Clinton the winner"));
	CHECK(renders(&f, 1, "Tom Hale went on to say: “We will win the state”"));
	CHECK(renders(&f, 2, "The critics denounced (paraphrase): him"));
	done(&f);
}

/* PolNeAR train huff-post 2016-07-18: "And it hasn't gone unnoticed: According to recent polls,
 * Trump holds only 14 percent ..." showed "According to recent polls (paraphrase): it hasn't
 * gone unnoticed:", the writer's words as the poll's. After a colon "according to" opens a
 * clause of its own and its content follows the source. A colon with no comma after the source
 * gives nothing; "..., according to aides" keeps its content before. */
static void according_after_a_colon(void)
{
	struct fixture f =
		run("The numbers are clear: according to the poll, the mayor holds only "
		    "14 percent of the vote.\n\n"
		    "It has not gone unnoticed: According to recent polls, the mayor holds "
		    "only 14 percent.\n\n"
		    "According to the rules: candidates must file by May.\n\n"
		    "The plan is simple: the city will pay, according to aides.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "According to the poll (paraphrase): the mayor holds only 14 percent of the "
		      "vote"));
	CHECK(renders(&f, 1,
		      "According to recent polls (paraphrase): the mayor holds only 14 percent"));
	CHECK(renders(&f, 2, "According to aides (paraphrase): the city will pay"));
	done(&f);
}

/* PolNeAR train west-journal 2016-01-12 and breitbart 2016-07-22: "According to Jack Kelly,
 * writing for RealClearPolitics:" and a quotation below showed "writing for RealClearPolitics"
 * as Kelly's words, and "According to HuffPo: “Senator Tim Kaine ...”" was lost. A participle
 * after the source's comma names it further: before a colon there is no clause to show (none),
 * before a comma and a clause the clause is the content. After the source's colon a quotation
 * is what it says, as after its comma; an apposition keeps its clause. */
static void according_source_named_further(void)
{
	struct fixture f =
		run("According to Ann Lee, writing for the Ledger, the foundation "
		    "received $26 million.\n\n"
		    "According to Ann Lee, writing for the Ledger:\n\n"
		    "The foundation received $26 million in payments.\n\n"
		    "According to the Ledger: “The senator has had a mixed record on the "
		    "dam.”\n\n"
		    "According to Ann Lee, the mayor's aide, the city will pay.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "According to Ann Lee (paraphrase): the foundation received $26 million"));
	CHECK(renders(&f, 1,
		      "According to the Ledger: “The senator has had a mixed record on the dam.”"));
	CHECK(renders(&f, 2, "According to Ann Lee (paraphrase): the city will pay"));
	done(&f);
}

int main(void)
{
	RUN(turning_to_a_medium_to_say);
	RUN(phrase_cue_speaker_before);
	RUN(according_after_a_colon);
	RUN(according_source_named_further);
	return CHECK_DONE();
}
