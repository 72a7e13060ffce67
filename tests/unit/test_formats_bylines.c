/* Unit tests of who wrote an article and when, as formats reads them from a page: byline
 * lines, timestamps, titles and dates from metadata, a byline's date, a date line's class. */
#include "check.h"
#include "dateline/doc.h"
#include "../../src/formats_int.h"

#include <stdlib.h>

static int html(const char *s, struct extracted *e)
{
	memset(e, 0, sizeof(*e));
	buf_init(&e->text);
	return formats_html(s, strlen(s), e);
}

#define DATE_IS(d, y, m, dd)                                                                       \
	do {                                                                                       \
		CHECK_EQ((d).year, (y));                                                           \
		CHECK_EQ((d).month, (m));                                                          \
		CHECK_EQ((d).day, (dd));                                                           \
	} while (0)

static void byline_lines(void)
{
	struct span name;
	const char *s = "\xE3\x80\x90Text by Observers Network, Qi Qian\xE3\x80\x91";

	CHECK(formats_byline_line(s, strlen(s), &name));
	CHECK_EQ(name.end - name.start, strlen("Observers Network, Qi Qian"));
	CHECK(memcmp(s + name.start, "Observers Network, Qi Qian", name.end - name.start) == 0);
	s = "By Ann Lee";
	CHECK(formats_byline_line(s, strlen(s), &name));
	CHECK_EQ(name.start, 3);
	s = "\xE8\xAE\xB0\xE8\x80\x85 \xE6\x9D\x8E\xE6\x98\x8E"; /* 记者 李明 */
	CHECK(formats_byline_line(s, strlen(s), &name));
	CHECK_EQ(name.start, 7);
	s = "By clicking subscribe you agree to our terms";
	CHECK(!formats_byline_line(s, strlen(s), NULL));
	s = "Headline without a full stop";
	CHECK(!formats_byline_line(s, strlen(s), NULL));
	s = "By Ann Lee\nSecond line";
	CHECK(!formats_byline_line(s, strlen(s), NULL));
}

static void timestamps(void)
{
	char iso[48];
	struct date d;

	CHECK(formats_timestamp("2025-11-08T06:12:00Z", 20, iso, sizeof(iso), &d));
	CHECK_STR(iso, "2025-11-08T06:12:00Z");
	DATE_IS(d, 2025, 11, 8);
	CHECK(formats_timestamp("2025-11-08T09:30:00+0800", 24, iso, sizeof(iso), NULL));
	CHECK_STR(iso, "2025-11-08T09:30:00+08:00");
	CHECK(formats_timestamp("November 8, 2025 6:12 PM UTC", 28, iso, sizeof(iso), NULL));
	CHECK_STR(iso, "2025-11-08T18:12Z");
	CHECK(formats_timestamp("Sat, 08 Nov 2025 10:00:00 GMT", 29, iso, sizeof(iso), NULL));
	CHECK_STR(iso, "2025-11-08T10:00:00Z");
	CHECK(formats_timestamp("2025-11-08", 10, iso, sizeof(iso), NULL));
	CHECK_STR(iso, "2025-11-08");
	/* Placeholders and impossible dates are no publication times. */
	CHECK(!formats_timestamp("0001-01-01T00:00:00", 19, iso, sizeof(iso), NULL));
	CHECK_STR(iso, "");
	CHECK(!formats_timestamp("2999-12-31", 10, iso, sizeof(iso), NULL));
	CHECK(!formats_timestamp("yesterday", 9, iso, sizeof(iso), NULL));
	CHECK(!formats_timestamp("2025-11-08", 10, iso, 8, NULL));
}

static void html_titles_and_dates(void)
{
	struct extracted e;

	/* og:title (site name cut) over a generic <h1>; the time line under the headline is the
	 * publication time when the page gives none in metadata. */
	CHECK_EQ(html("<html><head><title>Bridge approved after long debate | Gazette</title>"
		      "<meta property='og:title' content='Bridge approved after long debate | "
		      "Gazette'><meta property='og:site_name' content='Gazette'></head><body>"
		      "<h1>News</h1><article><p>Updated March 4, 2025 10:15 AM</p>"
		      "<p>The council approved the bridge.</p></article></body></html>",
		      &e),
		 0);
	CHECK_STR(e.title, "Bridge approved after long debate");
	CHECK_STR(e.published, "2025-03-04T10:15");
	CHECK_STR(e.text.data, "The council approved the bridge.\n");
	extracted_free(&e);
	/* A <title> that is only the site name gives way to the one <h1>. */
	CHECK_EQ(html("<html><head><title>Gazette</title><meta property='og:site_name' "
		      "content='Gazette'></head><body><h1>Bridge approved</h1><p>Text.</p>",
		      &e),
		 0);
	CHECK_STR(e.title, "Bridge approved");
	extracted_free(&e);
	/* JSON-LD in a CDATA wrapper: its headline, a placeholder date refused for the meta one,
	 * an author list joined. */
	CHECK_EQ(html("<html><head><title>x</title><meta property='article:published_time' "
		      "content='2024-05-06T07:08:09Z'><script type='application/ld+json'><![CDATA["
		      "{\"@type\":\"NewsArticle\",\"headline\":\"Real headline\","
		      "\"datePublished\":\"0001-01-01T00:00:00\",\"dateModified\":\"2024-05-07\","
		      "\"author\":[{\"name\":\"Ann Lee\"},{\"name\":\"Bo Li\"}]}]]></script></head>"
		      "<body><p>Text.</p></body></html>",
		      &e),
		 0);
	CHECK_STR(e.title, "Real headline");
	CHECK_STR(e.published, "2024-05-06T07:08:09Z");
	CHECK_STR(e.modified, "2024-05-07");
	CHECK_STR(e.byline, "Ann Lee and Bo Li");
	DATE_IS(e.date, 2024, 5, 6);
	extracted_free(&e);
	/* Dublin Core by property= over the same key by name=. */
	CHECK_EQ(html("<html><head><meta name='DC.title' content='By name'><meta "
		      "property='dc:title' content='By property'></head><body><p>x</p>",
		      &e),
		 0);
	CHECK_STR(e.title, "By property");
	extracted_free(&e);
}

/* A writer's job after the name is no part of it: "Ben Silverman Games Editor" (a page that
 * sets the name and the job in one byline element), "Ann Lee, Staff Writer"; a name of one word
 * before a job word ("Tom Editor") and a byline without one stay. */
static void byline_job_cut(void)
{
	struct extracted e;

	CHECK_EQ(html("<body><article><div class='author'><a href='/author/ben'>Ben Silverman</a>"
		      "<div class='author-title'>Games Editor</div></div><p>Some text of the "
		      "article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Ben Silverman");
	extracted_free(&e);
	CHECK_EQ(html("<body><article><p class='byline'>By Ann Lee, Senior Staff Writer</p><p>Some "
		      "text of the article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Ann Lee");
	extracted_free(&e);
	CHECK_EQ(html("<body><article><p class='byline'>By Tom Editor</p><p>Some text of the "
		      "article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Tom Editor");
	extracted_free(&e);
	CHECK_EQ(html("<body><article><p class='byline'>By Ann Lee and Bo Chen</p><p>Some text of "
		      "the article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Ann Lee and Bo Chen");
	extracted_free(&e);
}

/* A byline that ends in the date: the byline keeps the name, and the date dates the page when
 * nothing else does; a page's own date wins, and a byline without a date stays whole. */
static void byline_trailing_date(void)
{
	struct extracted e;

	CHECK_EQ(html("<body><article><div class='byline'>By <b>Nathan Willis</b><br>March 25, "
		      "2015</div><p>Some text of the article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Nathan Willis");
	DATE_IS(e.date, 2015, 3, 25);
	CHECK_STR(e.published, "2015-03-25");
	extracted_free(&e);
	CHECK_EQ(html("<body><article><p class='byline'>Joe Wee Monday, February 29, 2016 @ 11:10 "
		      "PM UTC</p><p>Some text of the article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Joe Wee");
	DATE_IS(e.date, 2016, 2, 29);
	extracted_free(&e);
	CHECK_EQ(html("<body><article><p class='byline'>By Ann Lee | Updated 2:15pm March 3, "
		      "2019</p><p>Some text of the article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Ann Lee");
	DATE_IS(e.date, 2019, 3, 3);
	extracted_free(&e);
	/* the page's date wins; the byline still loses its date */
	CHECK_EQ(html("<html><head><meta property='article:published_time' content='2019-02-02'>"
		      "</head><body><article><p class='byline'>By Ann Lee March 3, 2019</p><p>Some "
		      "text of the article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Ann Lee");
	DATE_IS(e.date, 2019, 2, 2);
	extracted_free(&e);
	/* no date: the byline stays, the page undated */
	CHECK_EQ(html("<body><article><p class='byline'>By Ann Lee and Bo Chen</p><p>Some text of "
		      "the article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Ann Lee and Bo Chen");
	CHECK_EQ(e.date.year, 0);
	extracted_free(&e);
}

/* A byline element that holds the date and a comment count beside the name, in inline elements
 * with nothing between them: the name's own element names the writer. A byline without a
 * digit keeps its whole text, all of its names. */
static void byline_inner_name(void)
{
	struct extracted e;

	CHECK_EQ(html("<body><article><p class='byline'><span class='by-author'>by <a "
		      "href='/author/al'>Ann Lee</a></span><span class='bydate'>22 Dec "
		      "2016</span><a class='bycount' href='#comments'>651</a></p><p>Some text of "
		      "the article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Ann Lee");
	extracted_free(&e);
	CHECK_EQ(html("<body><article><div class='byline'>By <span class='author'>Ann Lee</span> "
		      "and <span class='author'>Bo Chen</span></div><p>Some text of the "
		      "article.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Ann Lee and Bo Chen");
	extracted_free(&e);
}

/* A page without a date elsewhere is dated by a short element whose class or id names a date
 * ("posted on April 21, 2015, at 11:29 a.m."); metadata wins; an element without a date, or a
 * class that only contains the letters ("candidates"), dates nothing. */
static void dateline_class(void)
{
	struct extracted e;

	CHECK_EQ(
		html("<body><article><h1>Title</h1><span class='buzz_datetime'>posted on April 21, "
		     "2015, at 11:29 a.m.</span><p>Some text of the article.</p></article>",
		     &e),
		0);
	DATE_IS(e.date, 2015, 4, 21);
	CHECK_STR(e.published, "2015-04-21T11:29");
	extracted_free(&e);
	CHECK_EQ(
		html("<html><head><meta property='article:published_time' content='2019-02-02'>"
		     "</head><body><article><h2 class='date-header'><span>Sunday, May 8, 2016</span>"
		     "</h2><p>Some text of the article.</p></article>",
		     &e),
		0);
	DATE_IS(e.date, 2019, 2, 2);
	extracted_free(&e);
	CHECK_EQ(html("<body><article><div class='candidates'>Seats for 2016</div><span "
		      "class='date'>Yesterday</span><p>Some text of the article.</p></article>",
		      &e),
		 0);
	CHECK_EQ(e.date.year, 0);
	CHECK(e.published == NULL);
	extracted_free(&e);
}

int main(void)
{
	RUN(byline_lines);
	RUN(timestamps);
	RUN(html_titles_and_dates);
	RUN(byline_job_cut);
	RUN(byline_trailing_date);
	RUN(byline_inner_name);
	RUN(dateline_class);
	return CHECK_DONE();
}
