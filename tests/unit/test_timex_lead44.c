/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 44: each
 * next to the row of the same shape that stays. */
#include "timex_fixture.h"

/* "By 2017, as Senate majority leader, he": a pronoun after two opening phrases is the
 * sentence's subject and is named as after one ("he" read to the reader before, who had to go
 * back for it); so after "In 2009, however, when ...,". One opening phrase stays as it was. */
static void test_pronoun_after_opening_phrases(void)
{
	timex_expect_named(
		"Senator Ann Lee of Ohio called the debt a danger in 2013.\n\nBy 2017, as "
		"majority leader, she pushed the tax cut through Congress.\n",
		"2018-09-25", "by 2017",
		"By 2017, as majority leader, Ann Lee pushed the tax cut through Congress");
	timex_expect_named(
		"Senator Tom Reyes of Ohio called the debt a danger.\n\nIn 2009, however, "
		"when Congress passed a stimulus bill, he called it a good mix.\n",
		"2018-09-25", "2009",
		"In 2009, however, when Congress passed a stimulus bill, Tom Reyes called it "
		"a good mix");
	timex_expect_named(
		"Senator Tom Reyes of Ohio called the debt a danger.\n\nIn 2009, he called a "
		"stimulus bill a good mix.\n",
		"2018-09-25", "2009", "In 2009, Tom Reyes called a stimulus bill a good mix");
}

/* "Campaigning against Mitt Romney in 2012, he barely mentioned it": a man the opening phrase
 * names is the one the resolver took for "he" (the row read "..., Mitt Romney barely
 * mentioned"), or the one meant, whom the summary names already: "he" stays. "Ever since he
 * learned that Elian was in Florida, he": the first "he" is whom both stand for (the row named
 * the boy, the object of the clause). */
static void test_pronoun_after_a_named_phrase(void)
{
	timex_expect_named(
		"President Paul Dunne spoke on Monday.\n\nCampaigning against Mark Olsen in "
		"2012, he barely mentioned the climate.\n",
		"2016-06-10", "2012",
		"Campaigning against Mark Olsen in 2012, he barely mentioned the climate");
	timex_expect_named(
		"Juan Ortega flew home on Monday.\n\nEver since he first learned that Elian "
		"was in Florida last November, he has asked for the boy's return.\n",
		"2000-04-10", "Nov 1999",
		"Ever since he first learned that Elian was in Florida last November, Juan "
		"Ortega has asked for the boy's return");
}

/* "Thursday night at the Democratic National Convention in Philadelphia, he spoke out": a
 * convention is an event, no person "he" may stand for (the row read "Democratic National
 * Convention spoke out"); the man named before is. */
static void test_convention_is_nobody(void)
{
	timex_expect_named(
		"Florent Groberg won a medal in 2015.\n\nThursday night at the Democratic "
		"National Convention in Philadelphia, he spoke out for the nominee.\n",
		"2016-07-30", "Jul 28, 2016",
		"Thursday night at the Democratic National Convention in Philadelphia, "
		"Florent Groberg spoke out for the nominee");
}

/* "“My name may not be on the ballot, but our progress is,” Mr. Obama said on Saturday": the
 * summary is cut nowhere inside the speaker's words (it opened at "our progress is,” Mr. Obama
 * said", a quotation without its opening mark); a clause outside a quotation is still cut. */
static void test_no_cut_inside_quotation(void)
{
	timex_expect_events(
		"\"My name may not be on the ballot, but our progress is on the ballot,\" "
		"Mr. Dunne said on Saturday night at the Black Caucus gala dinner in "
		"Washington, where Mrs. Lee also spoke.",
		"2016-09-19", "Sep 17, 2016",
		"\"My name may not be on the ballot, but our progress is on the ballot,\" "
		"Mr. Dunne said on Saturday night at the Black Caucus gala dinner in "
		"Washington, where Mrs. Lee also spoke");
	timex_expect_events("The mayor lost the vote, but the council met on Saturday night at a "
			    "dinner.",
			    "2016-09-19", "Sep 17, 2016",
			    "The council met on Saturday night at a dinner");
}

/* "“As a construction guy, he put a lot of people out of business,” Sweeney said": a pronoun
 * after an opening phrase that holds a quotation mark may be in someone's words; it is not
 * named (the row read "“As a construction guy, Donald Trump put ..."). */
static void test_no_name_in_quotation(void)
{
	timex_expect_named("Donald Trump spoke in Edison.\n\n\u201CAs a construction guy, he put "
			   "a lot of people out of business, too\" Sweeney said after an event on "
			   "Wednesday.\u201D\n",
			   "2016-07-08", "Jul 6, 2016",
			   "\u201CAs a construction guy, he put a lot of people out of business, "
			   "too\" Sweeney said after an event on Wednesday.\u201D");
}

int main(void)
{
	RUN(test_pronoun_after_opening_phrases);
	RUN(test_pronoun_after_a_named_phrase);
	RUN(test_convention_is_nobody);
	RUN(test_no_cut_inside_quotation);
	RUN(test_no_name_in_quotation);
	return CHECK_DONE();
}
