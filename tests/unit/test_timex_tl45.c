/* Unit tests of timeline rows a reader would find wrong, found by tl45 in session 45: each next
 * to the row of the same shape that stays. */
#include "timex_fixture.h"

/* The summaries of the events of a Markdown `text` read at `anchor`, joined by " | ". */
static void expect_md_summaries(const char *text, const char *anchor, const char *want)
{
	const char *err = NULL;
	struct date a;
	char got[1024] = "";
	struct doc *d = doc_load(text, strlen(text), "test.md", FORMAT_MARKDOWN, &err);
	REQUIRE(d != NULL);
	REQUIRE(date_parse_iso(anchor, &a));
	doc_set_anchor(d, a, ANCHOR_OPTION);
	struct timex_list *l = timex_find(d);
	for (size_t i = 0; i < l->nevents; i++) {
		const char *s = timex_event_summary(l, i);
		if (i)
			strncat(got, " | ", sizeof(got) - strlen(got) - 1);
		strncat(got, s ? s : "(none)", sizeof(got) - strlen(got) - 1);
	}
	if (strcmp(got, want) != 0)
		fprintf(stderr, "  got %s\n", got);
	CHECK_STR(got, want);
	timex_list_free(l);
	doc_free(d);
}

/* "^ "London 2012 Olympic Games: Medal strike rate"", "Reyes, Ann (March 2009)", "Retrieved 4
 * May 2012": the items under a page's "References" or "Notes" heading (a wiki page's
 * "References[edit]") cite sources, each with its date, and are no events of the article (a
 * wiki page's timeline was hundreds of citations long); the items under the next heading are
 * the article's again. */
static void test_notes_are_no_events(void)
{
	expect_md_summaries("# The port\n\n"
			    "The port opened in 1911 after a long fight in the council.\n\n"
			    "## Notes\n\n"
			    "- The council voted twice in 1909, first against the plan.\n\n"
			    "## References[edit]\n\n"
			    "- Reyes, Ann (March 2009). A history of the port. Retrieved 4 May "
			    "2012.\n\n"
			    "## Later years\n\n"
			    "- The port closed in 1987 when the ships grew too big.\n",
			    "2020-01-01",
			    "The port opened in 1911 after a long fight in the council | The port "
			    "closed in 1987 when the ships grew too big");
	/* a heading that only holds such a word is the article's ("Notes from the harbour") */
	expect_md_summaries("# The port\n\n"
			    "## Notes from the harbour\n\n"
			    "- The council voted twice in 1909, first against the plan.\n",
			    "2020-01-01",
			    "The council voted twice in 1909, first against the plan");
}

/* "When President Obama flew to Boise, Idaho, for a speech last winter, he met ...": the commas
 * around a place's state end no opening clause (the rows read "Idaho, for a speech last winter,
 * Barack Obama met ..."); the winter's row is the opening clause, the other the main one. The
 * comma that closes the place may end the clause ("in Douglas, Ariz., border officials say"),
 * and a state's abbreviation keeps its stop; a comma after a place with no state still cuts. */
static void test_place_commas_cut_nothing(void)
{
	timex_expect_events("When the mayor flew to Reno, Nevada, for a talk last spring, she met "
			    "the families of the miners.",
			    "2016-06-01", "spring 2016",
			    "The mayor flew to Reno, Nevada, for a talk last spring");
	timex_expect_events("When the mayor flew to Reno, Nevada, for a talk, she met the families "
			    "of the miners last spring.",
			    "2016-06-01", "spring 2016",
			    "She met the families of the miners last spring");
	timex_expect_events(
		"Since the first tunnel was found in 1990 in Nogales, Ariz., agents say "
		"they have found many more.",
		"2016-06-01", "1990", "The first tunnel was found in 1990 in Nogales, Ariz.");
	timex_expect_events("The first tunnel was found in 1990 in Ames, Iowa.", "2016-06-01",
			    "1990", "The first tunnel was found in 1990 in Ames, Iowa");
	timex_expect_events("When the team moved to Reno, the club won the title in 2015.",
			    "2016-06-01", "2015", "The club won the title in 2015");
}

/* "While the third-quarter earnings were a \"moderate disappointment,\" he said, ...": the
 * opening clause is cut at a comma inside the quotation, and takes its closing mark with it (the
 * row ended "a \"moderate disappointment", a quotation left open); the comma goes. A quotation
 * closed before the comma stays as it was. */
static void test_cut_keeps_closing_mark(void)
{
	timex_expect_events("While the profits were a \"modest letdown,\" the chief said on Monday "
			    "that sales would grow.",
			    "2016-06-01", "May 30, 2016",
			    "The chief said on Monday that sales would grow");
	timex_expect_events("While the profits in 2015 were a \"modest letdown,\" the chief said "
			    "that sales would grow.",
			    "2016-06-01", "2015", "The profits in 2015 were a \"modest letdown\"");
	timex_expect_events(
		"While the profits in 2015 were a \u201Cmodest letdown,\u201D the chief "
		"said that sales would grow.",
		"2016-06-01", "2015", "The profits in 2015 were a \u201Cmodest letdown\u201D");
	timex_expect_events("While the profits in 2015 were \"modest\", the chief said that sales "
			    "would grow.",
			    "2016-06-01", "2015", "The profits in 2015 were \"modest\"");
}

/* "Mixte's 1989 unconsolidated, or parent-company, profit", "the 1994 Freedom of Access to
 * Clinic Entrances Act": a phrase cut at a participle or inside a name is no thing's name (the
 * rows read "Navigation Mixte's 1989 unconsolidated", "the 1994 Freedom"); the clause is the row.
 * "the 2008 housing collapse" stays the thing. */
static void test_cut_phrase_is_no_thing(void)
{
	timex_expect_events(
		"The banker said Rova's 2015 unaudited, or parent-company, profit rose.",
		"2016-06-01", "2015",
		"The banker said Rova's 2015 unaudited, or parent-company, profit rose");
	timex_expect_events(
		"The mayor voted against the 2011 Freedom of Roads Act, which Lee wrote.",
		"2016-06-01", "2011",
		"The mayor voted against the 2011 Freedom of Roads Act, which Lee wrote");
	timex_expect_events("The bank failed after the 2008 housing collapse ended.", "2016-06-01",
			    "2008", "the 2008 housing collapse");
}

int main(void)
{
	RUN(test_notes_are_no_events);
	RUN(test_place_commas_cut_nothing);
	RUN(test_cut_keeps_closing_mark);
	RUN(test_cut_phrase_is_no_thing);
	return CHECK_DONE();
}
