/* test_timex_read39a: what a timeline row says of its date when a colon joins a title's two
 * parts ("the novel Dusk: A Harbour Story in 1954"): the whole clause, not the subtitle alone; a
 * colon before a clause still cuts. */
#include "timex_fixture.h"

/* "Her fame grew with the novel Dusk: A Harbour Story in 1954": the colon is the title's, so
 * the row keeps the clause that says what happened in 1954. */
static void test_title_colon(void)
{
	timex_expect_events(
		"Her fame grew with the publication of the novel Dusk: A Harbour Story in "
		"1954.",
		"2019-04-28", "1954",
		"Her fame grew with the publication of the novel Dusk: A Harbour Story "
		"in 1954");
}

/* A colon before a clause in sentence case cuts as before: the row is the clause that holds
 * the date. */
static void test_clause_colon_stays(void)
{
	timex_expect_events("The council gave one reason: the budget ran out in 1954.",
			    "2019-04-28", "1954", "The budget ran out in 1954");
}

int main(void)
{
	RUN(test_title_colon);
	RUN(test_clause_colon_stays);
	return CHECK_DONE();
}
