/* Unit tests of the page's publication date when its date sources disagree (session 39): the
 * <meta> article:published_time against the article's JSON-LD datePublished. A reader goes by
 * the day the page shows and the structured data agree on, never by a modification time. */
#include "check.h"
#include "../../src/formats_int.h"

#include <stdlib.h>

#define DATE_IS(d, y, m, dd)                                                                       \
	do {                                                                                       \
		CHECK_EQ((d).year, (y));                                                           \
		CHECK_EQ((d).month, (m));                                                          \
		CHECK_EQ((d).day, (dd));                                                           \
	} while (0)

/* A page with the tag's time, a JSON-LD object of type `type` with the two times, and `shown`
 * (HTML) above the article's text. */
static int page(const char *tag, const char *type, const char *pub, const char *mod,
		const char *shown, struct extracted *e)
{
	char s[4096];
	snprintf(s, sizeof(s),
		 "<html><head><title>Harbour ferry fares to rise</title>"
		 "<meta property='article:published_time' content='%s'>"
		 "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
		 "\"@type\":\"%s\",\"headline\":\"Harbour ferry fares to rise\","
		 "\"datePublished\":\"%s\",\"dateModified\":\"%s\"}</script></head>"
		 "<body><article><h1>Harbour ferry fares to rise</h1>%s"
		 "<p>The ferry company said on Tuesday that single tickets across the harbour will "
		 "cost a third more from the spring, the first rise in six years.</p>"
		 "<p>Commuters who cross twice a day said the season ticket was already dear, and "
		 "the town council asked the company to keep the fare for pensioners.</p>"
		 "</article></body></html>",
		 tag, type, pub, mod, shown);
	memset(e, 0, sizeof(*e));
	buf_init(&e->text);
	return formats_html(s, strlen(s), e);
}

static void shown_day_wins(void)
{
	struct extracted e;

	/* The tag says March 9, the JSON-LD March 2, and the byline line shows "Mar 2, 2021":
	 * the day the page shows and the structured data agree on. */
	CHECK_EQ(page("2021-03-09T08:15:00Z", "NewsArticle", "2021-03-02T06:40:00Z",
		      "2021-04-20T10:00:00Z",
		      "<p><a href='/u/kit'>Kit Marlow</a></p><div><a "
		      "href='/ferry'>Mar 2, 2021</a> &middot; 3 min read</div>",
		      &e),
		 0);
	DATE_IS(e.date, 2021, 3, 2);
	CHECK_STR(e.published, "2021-03-02T06:40:00Z");
	extracted_free(&e);

	/* The neighbour that stays: the page shows no date, the tag keeps its rank. */
	CHECK_EQ(page("2021-03-09T08:15:00Z", "NewsArticle", "2021-03-02T06:40:00Z",
		      "2021-04-20T10:00:00Z", "<p>Kit Marlow</p>", &e),
		 0);
	DATE_IS(e.date, 2021, 3, 9);
	extracted_free(&e);

	/* Nor does a JSON-LD date of something that is no article (a video on the page). */
	CHECK_EQ(page("2021-03-09T08:15:00Z", "VideoObject", "2021-03-02T06:40:00Z",
		      "2021-04-20T10:00:00Z", "<div>Mar 2, 2021</div>", &e),
		 0);
	DATE_IS(e.date, 2021, 3, 9);
	extracted_free(&e);

	/* Tag and JSON-LD on the same day: the tag's time as written. */
	CHECK_EQ(page("2021-03-02T09:00:00Z", "NewsArticle", "2021-03-02T06:40:00Z",
		      "2021-04-20T10:00:00Z", "<div>Mar 2, 2021</div>", &e),
		 0);
	CHECK_STR(e.published, "2021-03-02T09:00:00Z");
	extracted_free(&e);
}

static void never_a_modification_time(void)
{
	struct extracted e;

	/* The tag carries the JSON-LD dateModified: a tag rewritten on the update, not the day the
	 * article came out, even where the page shows no date. */
	CHECK_EQ(page("2021-03-03T12:43:39Z", "NewsArticle", "2021-03-02T22:00:40Z",
		      "2021-03-03T12:43:39Z", "<p>Kit Marlow</p>", &e),
		 0);
	DATE_IS(e.date, 2021, 3, 2);
	CHECK_STR(e.modified, "2021-03-03T12:43:39Z");
	extracted_free(&e);

	/* An article never updated gives both times alike: the tag stands. */
	CHECK_EQ(page("2021-03-02T22:00:40Z", "NewsArticle", "2021-03-02T22:00:40Z",
		      "2021-03-02T22:00:40Z", "<p>Kit Marlow</p>", &e),
		 0);
	DATE_IS(e.date, 2021, 3, 2);
	extracted_free(&e);
}

int main(void)
{
	RUN(shown_day_wins);
	RUN(never_a_modification_time);
	return CHECK_DONE();
}
