/* Unit tests of timeline rows a reader would find wrong, found by tl60 in session 60 in stories
 * of his own (an obituary, a weather story, a court's calendar, a table of counts on a page):
 * each next to the row of the same shape that stays. */
#include "timex_fixture.h"

/* "Smith, who opened the country's first public library for girls in 1968, died on Saturday"
 * gave the whole sentence for both dates: the Saturday row is the sentence without the dated
 * aside, and two verbs of one subject, each with its date, make a row each. */
static void each_date_its_own_clause(void)
{
	const char *wed = "2026-09-16";
	timex_expect_named("Obituary\n\nSmith, who opened the country's first public library for "
			   "girls in 1968, died on Saturday.\n",
			   wed, "Sep 12, 2026", "Smith died on Saturday");
	timex_expect_named("Obituary\n\nSmith, who opened the country's first public library for "
			   "girls in 1968, died on Saturday.\n",
			   wed, "1968",
			   "Smith opened the country's first public library for girls "
			   "in 1968");
	timex_expect_named("Obituary\n\nSmith (who opened the library in 1968) died on "
			   "Saturday.\n",
			   wed, "Sep 12, 2026", "Smith died on Saturday");
	timex_expect_named("Bridge\n\nThe bridge, which opened in 1990, will close on Friday.\n",
			   wed, "Sep 18, 2026", "The bridge will close on Friday");
	timex_expect_named("Obituary\n\nSmith opened the library in 1968 and died on Saturday.\n",
			   wed, "1968", "Smith opened the library in 1968");
	timex_expect_named("Obituary\n\nSmith opened the library in 1968 and died on Saturday.\n",
			   wed, "Sep 12, 2026", "Smith died on Saturday");
	timex_expect_named("Obituary\n\nSmith opened the library in 1968, and she died on "
			   "Saturday.\n",
			   wed, "Sep 12, 2026", "Smith died on Saturday");
	timex_expect_named("Court\n\nSmith was arrested in May and was charged with fraud on "
			   "Friday.\n",
			   wed, "Sep 11, 2026", "Smith was charged with fraud on Friday");
	/* stay: an auxiliary the second verb may share or not */
	timex_expect_named("Court\n\nLazar was charged in 2014 and extradited to Virginia in "
			   "2016.\n",
			   wed, "2016",
			   "Lazar was charged in 2014 and extradited to Virginia in 2016");
	timex_expect_named("Court\n\nLee was indicted in March 2024 and pleaded not guilty in "
			   "2025.\n",
			   wed, "2025",
			   "Lee was indicted in March 2024 and pleaded not guilty in 2025");
	timex_expect_named("Prices\n\nPrices rose 3% in 2024 and are expected to rise again in "
			   "2027.\n",
			   wed, "2027", "Prices are expected to rise again in 2027");
	timex_expect_named("Striker\n\nJones, 31, joined United in 2017 and won the league title "
			   "in 2020.\n",
			   wed, "2020", "Jones, 31, won the league title in 2020");
	timex_expect_named(
		"Obituary\n\nAda Brooks, a physicist who shared the Nobel Prize in 1987, "
		"died on Sunday.\n",
		wed, "Sep 13, 2026", "Ada Brooks died on Sunday");
	timex_expect_named("Probe\n\nThe probe, launched in October 2021, flew past the asteroid "
			   "on Thursday.\n",
			   "2026-09-18", "Sep 17, 2026",
			   "The probe flew past the asteroid on Thursday");
	timex_expect_named("Obituary\n\nBorn in Leeds in 1935, Brooks moved to Boston in 1960.\n",
			   wed, "1960", "Brooks moved to Boston in 1960");
	/* stay: a list of verbs, an opening clause, a noun the name hangs on */
	timex_expect_named(
		"Debates\n\nClinton went up against Sanders five times, debated Obama in "
		"2008, and met her rivals in 2000.\n",
		wed, "2008",
		"Clinton went up against Sanders five times, debated Obama in 2008, and met "
		"her rivals in 2000");
	timex_expect_named("Ali\n\nA photo of Ali, who died Friday at age 74, was shown on the "
			   "screen.\n",
			   wed, "Sep 11, 2026",
			   "A photo of Ali, who died Friday at age 74, was shown on the screen");
	timex_expect_named(
		"Board\n\nAdopting the advice of an officer who met last week, the board "
		"on Monday rejected both objections.\n",
		wed, "Sep 14, 2026",
		"Adopting the advice of an officer who met last week, the board on Monday "
		"rejected both objections");
	/* stay: an aside with no date, a single date, a date inside the aside */
	timex_expect_named("Obituary\n\nHer husband, the composer Paul Brooks, died in 2011.\n",
			   wed, "2011", "Her husband, the composer Paul Brooks, died in 2011");
	timex_expect_named("Obituary\n\nBorn in Leeds, Brooks moved to Boston in 1960.\n", wed,
			   "1960", "Born in Leeds, Brooks moved to Boston in 1960");
	timex_expect_named("Obituary\n\nSmith, who was 84, died on Saturday.\n", wed,
			   "Sep 12, 2026", "Smith, who was 84, died on Saturday");
	timex_expect_named("Council\n\nThe council met on Monday and voted to raise taxes.\n", wed,
			   "Sep 14, 2026", "The council met on Monday and voted to raise taxes");
	timex_expect_named("Obituary\n\nSmith, who died on Saturday, opened the library in 1968.\n",
			   wed, "Sep 12, 2026", "Smith died on Saturday");
}

/* "The bill went to the governor, who signed it on Friday" gave "Governor signed it on
 * Friday": "the" after "to" was read as a verb after "to"; the object of a verb's preposition is
 * the antecedent of its relative clause. */
static void the_object_of_a_preposition(void)
{
	const char *wed = "2026-09-16";
	timex_expect_named("Bill\n\nThe bill went to the governor, who signed it on Friday.\n", wed,
			   "Sep 11, 2026", "The governor signed it on Friday");
	/* stay: a noun that hangs on another ("the widow of the senator, who") is read whole */
	timex_expect_named("Widow\n\nHe met with the widow of the senator, who died in 2019.\n",
			   wed, "2019", "He met with the widow of the senator, who died in 2019");
}

/* "The forecast calls for rain through Tuesday" in a Wednesday paper showed yesterday: what a
 * forecast or a plan calls for, in the present, lies ahead. */
static void a_call_for_looks_ahead(void)
{
	const char *wed = "2026-09-16";
	timex_expect_value("Storm\n\nThe forecast calls for rain through Tuesday.\n", wed,
			   "Tuesday", "2026-09-22");
	timex_expect_value("Storm\n\nThe forecast calls for rain on Tuesday.\n", wed, "Tuesday",
			   "2026-09-22");
	timex_expect_value("Budget\n\nThe plan calls for a vote on Tuesday.\n", wed, "Tuesday",
			   "2026-09-22");
	/* stay: a call told in the past, calls as a noun */
	timex_expect_value("Storm\n\nThe forecast called for rain on Tuesday.\n", wed, "Tuesday",
			   "2026-09-15");
	timex_expect_value("Budget\n\nThe calls for a vote on Tuesday went unheard.\n", wed,
			   "Tuesday", "2026-09-15");
}

/* "The hearing is on Tuesday" in a Wednesday paper showed yesterday: a scheduled event told in
 * the present is ahead. */
static void a_scheduled_event_in_the_present(void)
{
	const char *wed = "2026-09-16";
	static const char *const ahead[] = {
		"The hearing is on Tuesday.",       "The vote is Tuesday.",
		"The game is on Tuesday at 7 p.m.", "The deadline for filing is Tuesday.",
		"The trial is on Tuesday.",         "The talks are on Tuesday.",
	};
	char text[256];
	for (size_t i = 0; i < sizeof(ahead) / sizeof(ahead[0]); i++) {
		snprintf(text, sizeof(text), "Court\n\n%s\n", ahead[i]);
		timex_expect_value(text, wed, "Tuesday", "2026-09-22");
	}
	/* stay: the past, an event noun that is not the subject */
	timex_expect_value("Court\n\nThe hearing was on Tuesday.\n", wed, "Tuesday", "2026-09-15");
	timex_expect_value("Court\n\nThe judge is angry about the hearing on Tuesday.\n", wed,
			   "Tuesday", "2026-09-15");
}

/* "Tsutomu Uchino · 1991" in a page's table of commits gave a row "1991": a number in a table
 * of counts, its cells parted by a middle dot, a bar or a dash, is no year; nor is what a past
 * verb counts ("scored 1991 points"). */
static void counts_are_no_years(void)
{
	const char *d = "2026-09-16";
	timex_expect_value(
		"Commits\n\nHerbert Durr \xC2\xB7 2811\n\nTsutomu Uchino \xC2\xB7 1991\n\n"
		"Ariel Haile \xC2\xB7 1258\n",
		d, "1991", "none");
	timex_expect_value("Commits\n\nHerbert Durr | 2811\n\nTsutomu Uchino | 1991\n\nAriel "
			   "Haile | 1258\n",
			   d, "1991", "none");
	timex_expect_value("Game\n\nThe team scored 1991 points.\n", d, "1991", "none");
	timex_expect_value("Code\n\nSmith wrote 1991 lines of code.\n", d, "1991", "none");
	/* stay: a year with a preposition, a line alone, a year near the anchor's */
	timex_expect_value("Founded\n\nAcme was founded in 1991.\n\nIt grew.\n", d, "1991", "1991");
	timex_expect_value("Commits\n\nTsutomu Uchino \xC2\xB7 1991\n\nIt was a good year.\n", d,
			   "1991", "1991");
	timex_expect_value("Results\n\nThe company reported 2025 revenues of $3 billion.\n", d,
			   "2025", "2025");
	timex_expect_value("War\n\nThe 1991 war changed the region.\n", d, "1991", "1991");
}

int main(void)
{
	each_date_its_own_clause();
	the_object_of_a_preposition();
	a_call_for_looks_ahead();
	a_scheduled_event_in_the_present();
	counts_are_no_years();
	return CHECK_DONE();
}
