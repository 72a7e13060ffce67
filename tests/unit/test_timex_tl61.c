/* Unit tests of timeline rows a reader would find wrong, found by tl61 in session 61 in stories
 * of his own (a court's calendar, the sports pages, a weather story): each next to the row of
 * the same shape that stays. */
#include "timex_fixture.h"

/* "Smith was indicted in March 2024 and pleaded not guilty in April" in a 2026 paper gave April
 * 2026: a month told after a month and year, in the past, is of that year (or the next, as the
 * story goes forward), in its sentence or the next two. */
static void a_month_keeps_the_year_told(void)
{
	const char *d = "2026-09-16";
	timex_expect_value("Court\n\nSmith was indicted in March 2024 and pleaded not guilty in "
			   "April.\n",
			   d, "April", "2024-04");
	timex_expect_value("Court\n\nSmith was indicted on March 3, 2024, and arraigned on "
			   "April 9.\n",
			   d, "April 9", "2024-04-09");
	timex_expect_value("Court\n\nJones was arrested in December 2023. He was charged in "
			   "January and went on trial in June.\n",
			   d, "January", "2024-01");
	timex_expect_value("Court\n\nJones was arrested in December 2023. He was charged in "
			   "January and went on trial in June.\n",
			   d, "June", "2024-06");
	timex_expect_value("Court\n\nLee was arrested in March 2025 and was released in May.\n", d,
			   "May", "2025-05");
	/* stay: a present or a future, a month past the anchor, another date told between, a
	 * year alone, sentences further on */
	timex_expect_value("Court\n\nJones was arrested in December 2023. He faces trial in "
			   "June.\n",
			   d, "June", "2026-06");
	timex_expect_value("Court\n\nJones was arrested in December 2023. He will be tried in "
			   "June.\n",
			   d, "June", "2027-06");
	timex_expect_value("Court\n\nLee was arrested in March 2026 and was released in "
			   "October.\n",
			   d, "October", "2025-10");
	timex_expect_value("Court\n\nOn May 22, 2020, Lee was made a general, and the following "
			   "year he moved to Washington. He was sent home in December.\n",
			   d, "December", "2025-12");
	timex_expect_value("Court\n\nJones was arrested in December 2023. On Friday he was "
			   "charged. He was jailed in January.\n",
			   d, "January", "2026-01");
	timex_expect_value("Court\n\nLee was charged in May 2025. The trial opens on Monday. A "
			   "hearing was held in July.\n",
			   d, "July", "2026-07");
	timex_expect_value("Court\n\nLee was indicted in 2014 and pleaded guilty in May.\n", d,
			   "May", "2026-05");
	timex_expect_value("Court\n\nJones was arrested in December 2023. He was quiet. He was "
			   "calm. He was charged in January.\n",
			   d, "January", "2026-01");
}

/* "Last year the hottest day was Aug. 12" in a September paper gave this August: a sentence that
 * opens with "Last year" tells its clause in that year. */
static void last_year_frames_its_clause(void)
{
	const char *d = "2026-09-16";
	timex_expect_value("Heat\n\nLast year the hottest day was Aug. 12.\n", d, "Aug. 12",
			   "2025-08-12");
	timex_expect_value("Heat\n\nLast year, the river flooded in March.\n", d, "March",
			   "2025-03");
	/* stay: another clause, a clause that looks ahead, "last year" further on */
	timex_expect_value("Heat\n\nLast year was hot, and the river flooded in March.\n", d,
			   "March", "2026-03");
	timex_expect_value("Plant\n\nLast year the firm will open a plant in March.\n", d, "March",
			   "2027-03");
	timex_expect_value("Heat\n\nThe river flooded in March, as it did last year.\n", d, "March",
			   "2026-03");
}

/* "City play Rovers on Saturday" (the sports pages' present for a fixture) gave the Saturday
 * gone: a fixture verb in the present with its subject and its opponent looks ahead. */
static void a_fixture_looks_ahead(void)
{
	const char *wed = "2026-09-16";
	timex_expect_value("Football\n\nCity play Rovers on Saturday.\n", wed, "Saturday",
			   "2026-09-19");
	timex_expect_value("Football\n\nReal Madrid host Sevilla on Sunday.\n", wed, "Sunday",
			   "2026-09-20");
	timex_expect_value("Football\n\nUnited beat Leeds, and Arsenal take on Spurs on "
			   "Tuesday.\n",
			   wed, "Tuesday", "2026-09-22");
	timex_expect_value("Tennis\n\nNadal faces Federer on Sunday.\n", wed, "Sunday",
			   "2026-09-20");
	timex_expect_value("Football\n\nThe sides meet on Saturday.\n", wed, "Saturday",
			   "2026-09-19");
	timex_expect_value("Football\n\nThe season kicks off on Friday.\n", wed, "Friday",
			   "2026-09-18");
	/* stay: a past form, a noun, a name after another verb */
	timex_expect_value("Football\n\nCity beat Rovers on Saturday.\n", wed, "Saturday",
			   "2026-09-12");
	timex_expect_value("Football\n\nCity played Rovers on Saturday.\n", wed, "Saturday",
			   "2026-09-12");
	timex_expect_value("Theatre\n\nThe play on Saturday was a success.\n", wed, "Saturday",
			   "2026-09-12");
	timex_expect_value("Visit\n\nHis visit on Friday angered China.\n", wed, "Friday",
			   "2026-09-11");
	timex_expect_value("Football\n\nFans saw City play Rovers on Saturday.\n", wed, "Saturday",
			   "2026-09-12");
}

/* "A storm that formed on Sunday will bring rain through Friday" gave the whole sentence for
 * both rows: a relative clause inside the subject that opens the sentence is a row of its own,
 * and the sentence's row leaves it out when it holds another date. */
static void a_relative_clause_in_the_subject(void)
{
	const char *wed = "2026-09-16";
	const char *storm = "Storm\n\nA storm that formed on Sunday will bring rain through "
			    "Friday.\n";
	timex_expect_named(storm, wed, "Sep 13, 2026", "A storm formed on Sunday");
	timex_expect_named(storm, wed, "until Sep 18, 2026",
			   "A storm will bring rain through Friday");
	timex_expect_named("Court\n\nThe man who was arrested on Monday was released on "
			   "Tuesday.\n",
			   wed, "Sep 14, 2026", "The man was arrested on Monday");
	timex_expect_named("Court\n\nThe man who was arrested on Monday was released on "
			   "Tuesday.\n",
			   wed, "Sep 15, 2026", "The man was released on Tuesday");
	/* stay: no date in the clause, a clause with no auxiliary after it, commas */
	timex_expect_named("Storm\n\nA storm that formed off Africa will bring rain through "
			   "Friday.\n",
			   wed, "until Sep 18, 2026",
			   "A storm that formed off Africa will bring rain through Friday");
	timex_expect_named("Court\n\nThe man who was arrested on Monday appeared in court.\n", wed,
			   "Sep 14, 2026", "The man who was arrested on Monday appeared in court");
	timex_expect_named("Letter\n\nThe groups who wrote to her on Monday say they are "
			   "concerned.\n",
			   wed, "Sep 14, 2026",
			   "The groups who wrote to her on Monday say they are concerned");
	timex_expect_named("Bridge\n\nThe bridge, which opened in 1990, will close on Friday.\n",
			   wed, "Sep 18, 2026", "The bridge will close on Friday");
}

/* "A bail hearing on Tuesday was adjourned until Friday" in a Wednesday paper showed the Friday
 * gone, before the hearing: what is put off is put off to a later day. */
static void put_off_to_a_later_day(void)
{
	const char *wed = "2026-09-16";
	timex_expect_value("Court\n\nA bail hearing on Tuesday was adjourned until Friday.\n", wed,
			   "Friday", "2026-09-18");
	timex_expect_value("Vote\n\nThe vote was postponed to March.\n", wed, "March", "2027-03");
	/* stay: the day of the putting off, an extension */
	timex_expect_value("Court\n\nThe hearing was adjourned on Friday.\n", wed, "Friday",
			   "2026-09-11");
	timex_expect_value("Vote\n\nThe deadline was extended to Friday.\n", wed, "Friday",
			   "2026-09-11");
}

/* "The chief executive, Maria Lopez, who took over in January 2024, said on Monday" lost the
 * comma that closes the name with the dated aside: "The chief executive, Maria Lopez said". */
static void an_apposition_keeps_its_comma(void)
{
	const char *wed = "2026-09-16";
	timex_expect_named("Sales\n\nThe chief executive, Maria Lopez, who took over in January "
			   "2024, said on Monday that sales rose.\n",
			   wed, "Sep 14, 2026",
			   "The chief executive, Maria Lopez, said on Monday that sales rose");
	timex_expect_named("Obituary\n\nHer husband, the composer Paul Brooks, who wrote the score "
			   "in 1990, died on Friday.\n",
			   wed, "Sep 11, 2026",
			   "Her husband, the composer Paul Brooks, died on Friday");
	/* stay: an opening phrase, no apposition */
	timex_expect_named("Sales\n\nIn Leeds, Maria Lopez, who took over in January 2024, said "
			   "on Monday that sales rose.\n",
			   wed, "Sep 14, 2026",
			   "In Leeds, Maria Lopez said on Monday that sales rose");
	timex_expect_named("Bridge\n\nThe bridge, which opened in 1990, will close on Friday.\n",
			   wed, "Sep 18, 2026", "The bridge will close on Friday");
}

int main(void)
{
	a_month_keeps_the_year_told();
	last_year_frames_its_clause();
	a_fixture_looks_ahead();
	a_relative_clause_in_the_subject();
	put_off_to_a_later_day();
	an_apposition_keeps_its_comma();
	return CHECK_DONE();
}
