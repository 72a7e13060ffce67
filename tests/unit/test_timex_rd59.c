/* Unit tests of the timeline rows of a saved page's table (session 59): a table row is one line
 * whose cells a middle dot set off by spaces parts (formats_emit.c), and each cell is a sentence.
 * A date alone in its cell shows its row, which says what it dates; a time of day alone in its
 * cell ("12:01 PM", a film's title) is no time of the day the article named before when its row
 * names a year of its own. Each next to the row of the same shape that stays. */
#include "timex_fixture.h"

static void date_alone_in_cell_shows_its_row(void)
{
	const char *a = "2024-06-01";
	timex_expect_events("Prices\n\nThe table shows the latest figures.\n\n"
			    "Food \xC2\xB7 Prices rose 4 percent \xC2\xB7 March 2024\n",
			    a, "Mar 2024",
			    "Food \xC2\xB7 Prices rose 4 percent \xC2\xB7 March 2024");
	timex_expect_events("Films\n\nThe films of the story.\n\n"
			    "1990 \xC2\xB7 The first film adaptation of the short story\n",
			    a, "1990",
			    "1990 \xC2\xB7 The first film adaptation of the short story");
	/* a long row is cut at a word, with no cell's mark before the cut */
	timex_expect_events(
		"Films\n\nThe films of the story.\n\n"
		"1990 \xC2\xB7 The first film adaptation of the short story by Richard Lupoff, "
		"which was published in a magazine of fantasy and science fiction and aired on "
		"cable television \xC2\xB7 Nominated for an award\n",
		a, "1990",
		"1990 \xC2\xB7 The first film adaptation of the short story by Richard Lupoff, "
		"which was published in a magazine of fantasy and science fiction and aired on "
		"cable\xE2\x80\xA6");
	/* a cell that labels its date in a word or two ("2018 census") shows its row too */
	timex_expect_events("Country\n\nThe figures of the country.\n\n"
			    "Population \xC2\xB7 2018 census \xC2\xB7 4,699,755\n",
			    a, "2018", "Population \xC2\xB7 2018 census \xC2\xB7 4,699,755");
	/* two cells of one row naming one month are one row */
	timex_expect_events("Weather\n\nThe weather of the city in 2023.\n\n"
			    "Location \xC2\xB7 March 2023 (low) \xC2\xB7 March 2023 (high)\n",
			    a, "2023 | Mar 2023", NULL);
	/* stays: a cell that says more than its date is its own row's text */
	timex_expect_events("Prices\n\nThe table shows the latest figures.\n\n"
			    "Food \xC2\xB7 Prices rose 4 percent in March 2024\n",
			    a, "Mar 2024", "Prices rose 4 percent in March 2024");
}

static void time_in_cell_of_another_year(void)
{
	const char *a = "2024-06-01";
	timex_expect_events("Films\n\nA couple wakes up on the 15th of May 1969.\n\n"
			    "12:01 PM \xC2\xB7 1990 \xC2\xB7 The first film adaptation.\n",
			    a, "May 15, 1969 | 1990", NULL);
	/* stays: a schedule's time in a row with no date of its own, and one in running text */
	timex_expect_events("Summit\n\nThe summit opens on May 15, 2024.\n\n"
			    "9:00 AM \xC2\xB7 Opening remarks by the mayor\n",
			    a, "May 15, 2024 | May 15, 2024, 9 a.m.", NULL);
	timex_expect_events("Summit\n\nThe summit opens on May 15, 2024.\n\n"
			    "At 9:00 AM the mayor spoke.\n",
			    a, "May 15, 2024 | May 15, 2024, 9 a.m.", NULL);
}

int main(void)
{
	RUN(date_alone_in_cell_shows_its_row);
	RUN(time_in_cell_of_another_year);
	return CHECK_DONE();
}
