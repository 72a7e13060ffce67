/* Unit tests of timeline rows a reader would find wrong, found by tl55b in session 55: each next
 * to the row of the same shape that stays. */
#include "timex_fixture.h"

/* "... told reporters at 9 p.m." before a quotation showed "at 9 p.m: “…”", "said a spokesman
 * for Vale Tools Inc." showed "Vale Tools Inc said": the tag lost the stop that is its last
 * abbreviation's. A stop glued to a word written with stops ("a.m.", "U.S.") or to one that
 * ends a name ("Inc.", "Corp.", "Jr.") stays; a plain word's stop goes. */
static void tag_keeps_abbreviation(void)
{
	const char *a = "2026-12-03";
	timex_expect_named(
		"Talks\n\n\"The talks ended in April,\" he told reporters at 9 p.m. "
		"\"They failed.\"\n",
		a, "Apr 2026",
		"He told reporters at 9 p.m.: \xE2\x80\x9CThe talks ended in April\xE2\x80\x9D "
		"and \xE2\x80\x9CThey failed.\xE2\x80\x9D");
	timex_expect_named("Plant\n\n\"The plant opened in May,\" said a spokesman for Vale Tools "
			   "Inc. \"It is big.\"\n",
			   a, "May 2026",
			   "A spokesman for Vale Tools Inc. said: \xE2\x80\x9CThe plant opened in "
			   "May\xE2\x80\x9D and \xE2\x80\x9CIt is big.\xE2\x80\x9D");
	timex_expect_named(
		"Deal\n\n\"The deal closed in April,\" said Ann Lee Jr. \"It was good.\"\n", a,
		"Apr 2026",
		"Ann Lee Jr. said: \xE2\x80\x9CThe deal closed in April\xE2\x80\x9D and "
		"\xE2\x80\x9CIt was good.\xE2\x80\x9D");
	timex_expect_named(
		"Talks\n\n\"The talks ended in April,\" a spokesman for the U.S. said to "
		"the U.N. \"They failed.\"\n",
		a, "Apr 2026",
		"A spokesman for the U.S. said to the U.N.: \xE2\x80\x9CThe talks ended in "
		"April\xE2\x80\x9D and \xE2\x80\x9CThey failed.\xE2\x80\x9D");
	/* stay: a plain word's stop, a name written without one ("Mercury LLC") */
	timex_expect_named("Talks\n\n\"The talks ended in April,\" he told reporters at the hall. "
			   "\"They failed.\"\n",
			   a, "Apr 2026",
			   "He told reporters at the hall: \xE2\x80\x9CThe talks ended in "
			   "April\xE2\x80\x9D and \xE2\x80\x9CThey failed.\xE2\x80\x9D");
	timex_expect_named(
		"Plant\n\n\"The plant opened in May,\" said a spokesman for Mercury LLC. "
		"\"It is big.\"\n",
		a, "May 2026",
		"A spokesman for Mercury LLC said: \xE2\x80\x9CThe plant opened in "
		"May\xE2\x80\x9D and \xE2\x80\x9CIt is big.\xE2\x80\x9D");
}

int main(void)
{
	tag_keeps_abbreviation();
	return CHECK_DONE();
}
