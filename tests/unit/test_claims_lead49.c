/* Unit tests of claim rows a reader would find wrong, found by the lead in session 49 in wire
 * stories of his own: each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "MILLBROOK, Ohio, March 4 (AP) - The town of Millbrook told its residents to boil their water"
 * showed "The town of Millbrook told (paraphrase): MILLBROOK, Ohio": content read back from the
 * cue ran into the wire's dateline, which is no one's words. */
static void dateline_is_no_content(void)
{
	struct fixture f = run("MILLBROOK, Ohio, March 4 (AP) - The mayor told residents on "
			       "Tuesday to boil their tap water.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stay: content after the cue, a dateline before the sentence */
	f = run("MILLBROOK, Ohio, March 4 (AP) - The mayor said the water was safe.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The mayor said (paraphrase): the water was safe"));
	done(&f);
}

/* "Harbor City FC dismissed manager Luca Bertolini on Sunday" showed "dismissed (paraphrase):
 * manager Luca Bertolini": a person for the whole object is a sacking, nothing said. */
static void dismissed_a_person(void)
{
	struct fixture f = run("The club dismissed manager Luca Bertolini on Sunday. The board "
			       "dismissed him in June after a poor run.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stay: what someone said, or a person dismissed as something */
	f = run("Obama dismissed him as a Hollywood actor. Ann Lee dismissed Sanders' plan on Monday. "
		"The senator dismissed the report.\n");
	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Obama dismissed (paraphrase): him as a Hollywood actor"));
	CHECK(renders(&f, 1, "Ann Lee dismissed (paraphrase): Sanders' plan"));
	CHECK(renders(&f, 2, "The senator dismissed (paraphrase): the report"));
	done(&f);
}

/* "In a statement, the club said ..." after "Harbor City FC" stayed "the club": "FC" makes a
 * name a club's, and "the club" and "the league" name one. */
static void the_club(void)
{
	struct fixture f = run("Harbor City FC lost on Saturday. In a statement, the club said it "
			       "thanked its fans.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Harbor City FC said (paraphrase): it thanked its fans"));
	done(&f);
	/* stay: no club named before */
	f = run("Ann Lee lost on Saturday. In a statement, the club said it thanked its fans.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the club said (paraphrase): it thanked its fans"));
	done(&f);
}

/* "Cruz, asked whether he would ever support the bill, said: ..." showed "Ted Cruz asked
 * (paraphrase): whether he would ever support the bill": the participle set off after the
 * subject is the question put to him, not his. "Cruz, when asked about the bill, said he would
 * vote no" lost the claim altogether. */
static void asked_set_off(void)
{
	struct fixture f = run("Cruz, asked whether he would ever support the bill, said he would "
			       "vote no. Lee, when asked about the bill on Monday, said he would "
			       "abstain.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Cruz, asked (paraphrase): whether he would ever support the bill"));
	CHECK(renders(&f, 1, "Cruz said (paraphrase): he would vote no"));
	CHECK(renders(&f, 2, "Lee said (paraphrase): he would abstain"));
	done(&f);
	/* the subject apart from its name by a time: the one asked is the tag's speaker */
	f = run("And President Bush yesterday, asked whether he was glad, replied: \"Not at "
		"all.\"\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Bush, asked (paraphrase): whether he was glad"));
	done(&f);
	/* stay: an apposition before "asked" asks */
	f = run("The moderator, Chris Wallace, asked whether Trump would accept the result.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Chris Wallace asked (paraphrase): whether Trump would accept the result"));
	done(&f);
}

/* "The Association of American Railroads ... the group said" stayed "the group": a group may
 * be an association, not only a business's group. */
static void the_group(void)
{
	struct fixture f = run("The Association of American Railroads welcomed the delay. In a "
			       "statement, the group said the bill would do little.\n");

	/* "welcomed the delay" is a stance of its own (rec61) */
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1,
		      "Association of American Railroads said (paraphrase): the bill would do "
		      "little"));
	done(&f);
	/* stay: an authority or a school is no group */
	f = run("Congress passed the bill on Monday. The group said the permit was illegal.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The group said (paraphrase): the permit was illegal"));
	done(&f);
	f = run("Protesters marched past Temple University on Monday. The group said the permit "
		"was illegal.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The group said (paraphrase): the permit was illegal"));
	done(&f);
}

/* "after two Republicans said they needed more time, the latest setback for a measure first
 * proposed after the derailment in East Palestine, Ohio, in February 2023" gave the Republicans
 * the writer's comment, and the comment's "proposed" a claim of its own: "after the
 * derailment ..." is when it was proposed, nothing said. */
static void setback_is_the_writers(void)
{
	struct fixture f = run("The vote was put off after two senators said they needed more "
			       "time, the latest setback for a measure first proposed after the "
			       "derailment in East Palestine, Ohio, in February 2023.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "two senators said (paraphrase): they needed more time"));
	done(&f);
	/* stay: a statement after "proposed", a time before the content */
	f = run("Lee proposed after the vote that the panel meet again.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Lee proposed (paraphrase): the panel meet again"));
	done(&f);
}

/* "Sens. Ted Cruz of Texas and Deb Fischer of Nebraska asked for the delay. The former has
 * argued ..." gave the former's words to Texas: the place after a name is his, and a pair is of
 * one kind. */
static void former_with_a_place(void)
{
	struct fixture f = run("Sens. Ted Cruz of Texas and Deb Fischer of Nebraska asked for a "
			       "delay. The former has argued that the bill would raise costs.\n");

	CHECK(renders(&f, f.l->n - 1,
		      "Ted Cruz has argued (paraphrase): the bill would raise costs"));
	done(&f);
	/* stay: a place and a person are no pair */
	f = run("Storms hit Texas and Deb Fischer asked for aid. The former has argued that the "
		"bill would raise costs.\n");
	CHECK(renders(&f, f.l->n - 1,
		      "The former has argued (paraphrase): the bill would raise costs"));
	done(&f);
}

int main(void)
{
	RUN(dateline_is_no_content);
	RUN(dismissed_a_person);
	RUN(the_club);
	RUN(asked_set_off);
	RUN(the_group);
	RUN(setback_is_the_writers);
	RUN(former_with_a_place);
	return CHECK_DONE();
}
