/* Unit tests of timeline rows that quote someone, found by tl48 in session 48: each rule next to
 * the row of the same shape that stays. */
#include "timex_fixture.h"

/* A straight mark that opens a sentence opens a quotation: the tag after the close of the
 * paragraph's first sentence names the speaker of the sentences that go on ("...," Cho told
 * reporters. "But it is an honest one. We start hiring on Monday."), as with curly marks (PolNeAR
 * train politico 2016-01-05 gave Earnest's words to Sanders two paragraphs up). A quotation with
 * no tag in its paragraph stays bare. */
static void test_straight_first(void)
{
	timex_expect_events("The council met.\n\n\"It is not the budget we wanted,\" Cho told "
			    "reporters. \"But it is an honest one. We start hiring on Monday.\"\n",
			    "2016-06-01", "May 30, 2016",
			    "Cho told reporters: \u201CWe start hiring on Monday.\u201D");
	/* stay */
	timex_expect_events("The council met.\n\n\u201CIt is not the budget we wanted,\u201D Cho "
			    "told reporters. \u201CBut it is an honest one. We start hiring on "
			    "Monday.\u201D\n",
			    "2016-06-01", "May 30, 2016",
			    "Cho told reporters: \u201CWe start hiring on Monday.\u201D");
	timex_expect_events("The council met.\n\n\"It is an honest budget. We start hiring on "
			    "Monday.\"\n",
			    "2016-06-01", "May 30, 2016", "\u201CWe start hiring on Monday.\u201D");
}

/* A curly quotation a page closes with a straight mark ("“..., too" Sweeny said on Wednesday.")
 * ends there: the row is the tag and the quotation, not the whole sentence in marks; a straight
 * title inside a curly quotation does not end it. */
static void test_mixed_marks(void)
{
	timex_expect_events(
		"\u201CAs a builder, he ruined people, too\" Rios said after a rally on "
		"Wednesday.",
		"2016-06-02", "Jun 1, 2016",
		"Rios said after a rally: \u201CAs a builder, he ruined people, too\u201D");
	/* stay */
	timex_expect_events("\u201CWe saw \"Casablanca\" again, and it was fine,\u201D Rios said "
			    "on Wednesday.",
			    "2016-06-02", "Jun 1, 2016",
			    "Rios said: \u201CWe saw \"Casablanca\" again, and it was fine\u201D");
}

/* The tag after the close of the date's own sentence names the speaker of a quotation that began
 * a sentence before ("I will say this. That we go back ... is wrong," Rios said, going on ...);
 * a sentence of the quotation that holds no mark is no tag, even with "said" in it. */
static void test_own_close(void)
{
	timex_expect_events("\"I will say this. That we go back on Tuesday is wrong,\" Rios said, "
			    "going on to talk about jobs.",
			    "2016-06-02", "May 31, 2016",
			    "Rios said: \u201CThat we go back on Tuesday is wrong\u201D");
	/* stay */
	timex_expect_events("The count was low.\n\n\"The count was small. Then, on Tuesday, Kerry "
			    "said the count would grow.\n",
			    "2016-06-02", "May 31, 2016",
			    "\u201CThen, on Tuesday, Kerry said the count would grow.\u201D");
}

/* A sentence inside a quotation, no mark in it, is the quoted words and no tag ("He also
 * reported grenades hitting the building." in a reporter's account); a passive ("As reported by
 * the Herald, ...") names no speaker. */
static void test_no_tag_inside(void)
{
	timex_expect_events(
		"Reporter Ann Lee says:\n\n\"Well, the witness describes a front line "
		"on Tuesday. He also reported grenades hitting the building. Troops were "
		"sent.\"\n",
		"2016-06-02", "May 31, 2016",
		"Reporter Ann Lee says: \u201CWell, the witness describes a front line on "
		"Tuesday.\u201D");
	timex_expect_events(
		"As reported by the Herald, the mayor quit.\n\n\"The files show the city "
		"hid the email on Tuesday.\"\n",
		"2016-06-02", "May 31, 2016",
		"\u201CThe files show the city hid the email on Tuesday.\u201D");
}

/* Narration before the quotation in its own paragraph ("Lee, a senator ..., was blunt.") names
 * the speaker if anyone does: the walk back for a tag ends there (PolNeAR train wash-post
 * 2016-03-10 gave Cruz's tweet to "the company" a paragraph up). A short sentence of saying
 * before it stays its tag. */
static void test_narration_ends(void)
{
	timex_expect_events("The firm opposed the bill. \u201CWe call on others to join us,\u201D "
			    "the company tweeted.\n\nLee, a senator who has fought the bill for "
			    "months, was blunt. \u201CRemember in November the people who "
			    "voted.\u201D\n",
			    "2016-06-02", "Nov 2015",
			    "\u201CRemember in November the people who voted.\u201D");
	/* stay */
	timex_expect_events("The firm opposed the bill. \u201CWe call on others to join us,\u201D "
			    "the company tweeted.\n\nLee tweeted a warning. \u201CRemember in "
			    "November the people who voted.\u201D\n",
			    "2016-06-02", "Nov 2015",
			    "Lee tweeted a warning: \u201CRemember in November the people who "
			    "voted.\u201D");
}

/* "Rios said, quoting her words at the debate": a comma right after the verb that follows its
 * speaker ends the tag; a date in what follows keeps it ("said, recalling the debate in 2014").
 * "reported" and "concluded" tag a quotation they follow. */
static void test_tag_words(void)
{
	timex_expect_events(
		"\"I took their money but it did not change me?\" Rios said, quoting "
		"her words at the debate. \"I was not born in a barn, not on Tuesday.\"",
		"2016-06-02", "May 31, 2016",
		"Rios said: \u201CI was not born in a barn, not on Tuesday.\u201D");
	timex_expect_events(
		"\"The aid was cut in 2012 ... but he was turned down,\" the Herald "
		"reported.",
		"2016-06-02", "2012",
		"The Herald reported: \u201CThe aid was cut in 2012 ... but he was turned "
		"down\u201D");
	timex_expect_events("\"The budget is fair. It passed on Tuesday,\" the mayor concluded.",
			    "2016-06-02", "May 31, 2016",
			    "The mayor concluded: \u201CIt passed on Tuesday\u201D");
	/* stay */
	timex_expect_events(
		"\"I was not born in a barn,\" Rios said, recalling the debate in "
		"2014.",
		"2016-06-02", "2014",
		"Rios said, recalling the debate: \u201CI was not born in a barn\u201D");
}

/* An appositive between the speaker's name and the verb is left out of the tag, so a long one
 * no longer makes the tag too long to read ("Gene Sperling, a top adviser ..., said at ..."); a
 * name that is itself the appositive ("Her mother, Fiona, said") and a participle after a
 * comma ("..., saying") stay. */
static void test_appositive(void)
{
	timex_expect_events("The aides met.\n\n\u201CIt is not perfect,\u201D Ann Sperling, a "
			    "longtime adviser to the campaign and its donors, said at a recent "
			    "event. \u201CYou are far better off on Tuesday than you were.\u201D\n",
			    "2016-06-02", "May 31, 2016",
			    "Ann Sperling said at a recent event: \u201CYou are far better off on "
			    "Tuesday than you were.\u201D");
	/* stay */
	timex_expect_events(
		"\u201CThe drug was in her system on Tuesday,\u201D her mother, Fiona, "
		"said in a statement.",
		"2016-06-02", "May 31, 2016",
		"Her mother, Fiona, said in a statement: \u201CThe drug was in her system "
		"on Tuesday\u201D");
}

int main(void)
{
	RUN(test_straight_first);
	RUN(test_mixed_marks);
	RUN(test_own_close);
	RUN(test_no_tag_inside);
	RUN(test_narration_ends);
	RUN(test_tag_words);
	RUN(test_appositive);
	return CHECK_DONE();
}
