/* Unit tests of wrong speakers (session 42, who42): each row next to the claim of the same shape
 * that stays. */
#include "claims_fixture.h"

/* "McLenney said Clinton does not ... . “It is not something she says ...,” she said": a
 * surname of unknown kind, spelled unlike the full name before it and written only at a
 * sentence's start before "said", is the speaker the pronoun takes up (and the next "She
 * continued" too), not the woman the quotation speaks of; "Sources told" is no surname, and
 * the woman stays. */
static void surname_alone_speaks(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "Gov. Mary Holt spoke at the fair, where two farmers, Dana Kowalczyk "
		    "and Ben Ortiz, came to hear her.\n\n"
		    "Kowalcyk said Holt does not care about the farms.\n\n"
		    "\u201cIt is not something that she talks about, only when the cameras "
		    "come,\u201d she said.\n\n"
		    "She continued, \u201cWhen the cameras leave, we are forgotten.\u201d\n\n"
		    "Gov. Mary Holt spoke at the mill.\n\n"
		    "Sources told reporters that Holt would run again.\n\n"
		    "\u201cIt is not something that she hides from the workers,\u201d she "
		    "said.\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(renders(&f, 1,
		      "Kowalcyk said: \u201cIt is not something that she talks about, only "
		      "when the cameras come\u201d"));
	CHECK(renders(&f, 2,
		      "Kowalcyk continued: \u201cWhen the cameras leave, we are "
		      "forgotten.\u201d"));
	CHECK(renders(&f, 4,
		      "Mary Holt said: \u201cIt is not something that she hides from the "
		      "workers\u201d"));
	done(&f);
}

/* "Leslie Wimes said ... . Wines believes that the Clinton campaign ... . “...,” she said": a
 * name in a modifier ("the Holt campaign") is the campaign, so the woman named as the subject
 * before it is whom "she" takes up; "Mr. Grant's campaign vowed ... he gave a speech" stays
 * Grant's. */
static void woman_before_campaign(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "Gov. Mary Holt toured the county on Monday.\n\n"
		    "\u201cThe county is in trouble,\u201d said Laura Finch, a teacher "
		    "from the valley.\n\n"
		    "Fincher thinks that the Holt campaign has ignored the valley.\n\n"
		    "\u201cThey only come here when they need votes,\u201d she said.\n\n"
		    "Sen. Tom Reed of Ohio said that he backs Paul Grant.\n\n"
		    "Mr. Grant's campaign vowed to stay in the race. As the votes came in, "
		    "he gave a speech, predicting he would win the state.\n");

	CHECK(renders(&f, 2,
		      "Laura Finch said: \u201cThey only come here when they need "
		      "votes\u201d"));
	speaker_resolves(&f, "he", "Paul Grant");
	done(&f);
}

/* "Mayor Will Hurd said ... Hurd said": a modal after a title, or capitalised after a lowercase
 * word, is a given name, and the speaker is named in full; a month before a surname ("in May
 * Grant said") stays no name. */
static void will_after_title(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Mayor Will Hurd said on Monday that the bridge would reopen.\n\n"
			       "Hurd said the repairs cost less than planned.\n\n"
			       "The treasurer was there too, and in May Grant said the plan would "
			       "pass.\n");

	CHECK_EQ(f.l->n, 3);
	speaker_resolves(&f, "Mayor Will Hurd", "Will Hurd");
	speaker_resolves(&f, "Hurd", "Will Hurd");
	speaker_resolves(&f, "Grant", "Grant");
	done(&f);
}

/* "trials in both children and adults suggest": "both ... and" after a preposition is the
 * object of the noun's phrase, and the subject is the whole phrase, not "adults" (nor "cats and
 * owners" in "surveys of both dogs and cats and owners"); "Both doctors and nurses" stays two
 * subjects. */
static void both_and_after_preposition(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "Early trials in both children and adults suggest the vaccine is "
		    "safe.\n\n"
		    "Surveys of both dogs and cats and owners say the food is popular.\n\n"
		    "Both doctors and nurses say the ward is short of staff.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Early trials in both children and adults suggest (paraphrase): the "
		      "vaccine is safe"));
	CHECK(renders(&f, 1,
		      "Surveys of both dogs and cats and owners say (paraphrase): the food "
		      "is popular"));
	CHECK(renders(&f, 2,
		      "Both doctors and nurses say (paraphrase): the ward is short of "
		      "staff"));
	done(&f);
}

/* "At the urging of his wife, Jane Sanders, he has been talking ... about launching": the
 * pronoun before the progressive's auxiliaries is the speaker, not the wife the opening phrase
 * names; "Tom Hill has been saying" after an opening phrase stays Tom Hill. */
static void pronoun_before_progressive(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Sen. Paul Grant spoke in Ohio on Monday.\n\n"
			       "At the urging of his wife, Jane Grant, he has been talking to his "
			       "aides about launching a new group.\n\n"
			       "At the urging of friends, Tom Hill has been saying that he would "
			       "run.\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "he", "Paul Grant");
	speaker_resolves(&f, "Tom Hill", "Tom Hill");
	done(&f);
}

/* "The senator was rallying for an academic named Eric Kingson, who is running ... and who
 * worked the crowd, praising": the participle after the second relative clause ("and who") is
 * said of whom the clauses are about; after a single one (", who allegedly assaulted a
 * reporter, calling") it stays the main clause's subject's. */
static void participle_after_and_who(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "The senator was rallying for a retired teacher named Ann Lowe, who "
			       "is running for the council and who worked the room, praising "
			       "\u201cthe honesty of the senator\u201d as she spoke.\n\n"
			       "Mayor Tom Reed weighed in on the dispute over the coach, who "
			       "allegedly shoved a player, calling the incident a disgrace.\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "who", "Ann Lowe");
	speaker_resolves(&f, "Mayor Tom Reed", "Tom Reed");
	done(&f);
}

int main(void)
{
	RUN(surname_alone_speaks);
	RUN(woman_before_campaign);
	RUN(will_after_title);
	RUN(both_and_after_preposition);
	RUN(pronoun_before_progressive);
	RUN(participle_after_and_who);
	return CHECK_DONE();
}
