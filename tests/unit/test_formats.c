/* Unit tests of the formats module: detection, dates, the emitter, HTML and Markdown extraction
 * with exact text, headings and metadata. */
#include "check.h"
#include "dateline/doc.h"
#include "../../src/formats_int.h"

#include <stdlib.h>

static void zero(struct extracted *e)
{
	memset(e, 0, sizeof(*e));
	buf_init(&e->text);
}

static int html(const char *s, struct extracted *e)
{
	zero(e);
	return formats_html(s, strlen(s), e);
}

static int markdown(const char *s, struct extracted *e)
{
	zero(e);
	return formats_markdown(s, strlen(s), e);
}

#define DATE_IS(d, y, m, dd)                                                                       \
	do {                                                                                       \
		CHECK_EQ((d).year, (y));                                                           \
		CHECK_EQ((d).month, (m));                                                          \
		CHECK_EQ((d).day, (dd));                                                           \
	} while (0)

static enum format detect(const char *s, const char *name)
{
	return formats_detect(s, strlen(s), name);
}

static void detection(void)
{
	CHECK_EQ(detect("<!DOCTYPE html><p>x", NULL), FORMAT_HTML);
	CHECK_EQ(detect("\xEF\xBB\xBF  <!-- saved -->\n<html>", "a.txt"), FORMAT_HTML);
	CHECK_EQ(detect("plain words", "page.HTM"), FORMAT_HTML);
	CHECK_EQ(detect("<p>a</p><p>b</p><div>c</div>", NULL), FORMAT_HTML);
	CHECK_EQ(detect("<p>a</p><p>b</p><div>c</div>", "x.txt"), FORMAT_TEXT);
	CHECK_EQ(detect("# Title\n\nText with a [link](http://x).\n", NULL), FORMAT_MARKDOWN);
	CHECK_EQ(detect("---\ntitle: T\ndate: 2025-01-02\n---\nBody\n", NULL), FORMAT_MARKDOWN);
	CHECK_EQ(detect("anything", "notes.md"), FORMAT_MARKDOWN);
	/* One heading-like line is not enough: plain articles may start with "# ". */
	CHECK_EQ(detect("# Title\n\nJust text.\n", NULL), FORMAT_TEXT);
	CHECK_EQ(detect("---\nnot front matter\n", NULL), FORMAT_TEXT);
	CHECK_EQ(detect("Dear reader, 3 < 4 and 5 > 2.", NULL), FORMAT_TEXT);
	CHECK_EQ(detect("", NULL), FORMAT_TEXT);
}

static void dates(void)
{
	struct date d;

	CHECK(formats_parse_date("2025-11-08T09:30:00+08:00", 25, &d));
	DATE_IS(d, 2025, 11, 8);
	CHECK(formats_parse_date(" 2024/02/29", 11, &d));
	DATE_IS(d, 2024, 2, 29);
	CHECK(formats_parse_date("20230115", 8, &d));
	DATE_IS(d, 2023, 1, 15);
	CHECK(formats_parse_date("November 4, 2024", 16, &d));
	DATE_IS(d, 2024, 11, 4);
	CHECK(formats_parse_date("Sat, 08 Nov 2025 10:00:00 GMT", 29, &d));
	DATE_IS(d, 2025, 11, 8);
	CHECK(formats_parse_date("3rd Sept. 2019", 14, &d));
	DATE_IS(d, 2019, 9, 3);
	CHECK(formats_parse_date("2019 March 7", 12, &d));
	DATE_IS(d, 2019, 3, 7);
	CHECK(!formats_parse_date("2023-02-29", 10, &d));
	CHECK(!formats_parse_date("2023-13-01", 10, &d));
	CHECK(!formats_parse_date("2023-1", 6, &d));
	CHECK(!formats_parse_date("yesterday", 9, &d));
	CHECK(!formats_parse_date("May 2020", 8, &d));
	CHECK(!formats_parse_date("", 0, &d));
	/* The length is respected: nothing is read past n. */
	CHECK(!formats_parse_date("2023-01-15", 7, &d));
}

static void emitter(void)
{
	struct extracted e;
	struct formats_emitter em;

	zero(&e);
	formats_emit_init(&em, &e);
	formats_emit_text(&em, "  Head \n line ", 14, false);
	formats_emit_heading(&em, true);
	formats_emit_text(&em, "Title", 5, false);
	formats_emit_heading(&em, false);
	formats_emit_text(&em,
			  "a\xC2\xA0\xC2\xA0"
			  "b",
			  6, false);
	formats_emit_break(&em, EMIT_LINE);
	formats_emit_text(&em, "c\xFF", 2, false);
	formats_emit_break(&em, EMIT_PARAGRAPH);
	formats_emit_finish(&em);
	CHECK_STR(e.text.data, "Head line\n\nTitle\n\na b\nc\xEF\xBF\xBD\n");
	CHECK_EQ(e.nheadings, 1);
	CHECK_EQ(e.headings[0].start, 11);
	CHECK_EQ(e.headings[0].end, 16);
	extracted_free(&e);
	extracted_free(&e); /* twice is fine: it leaves a zeroed struct */
}

static void html_article_only(void)
{
	struct extracted e;
	const char *page =
		"<!DOCTYPE html><html><head><title>Big story | Site</title>"
		"<meta property='og:site_name' content='Site'>"
		"<meta property='article:published_time' content='2025-03-04T23:00:00-05:00'>"
		"<script>var d = '2001-01-01';</script></head><body>"
		"<nav><a href='/'>Home</a></nav><header>Promo: sale ends May 1</header>"
		"<article><h1>Big  story</h1><p>First &amp; <b>bold</b> para.</p>"
		"<div class='share-tools'><a href='#'>Share</a></div>"
		"<p>Second<br>line.</p><ul><li>One</li><li>Two</li></ul></article>"
		"<aside>Related: March 3</aside><footer>(c) 2025</footer></body></html>";

	CHECK_EQ(html(page, &e), 0);
	CHECK_STR(e.text.data, "Big story\n\nFirst & bold para.\n\nSecond\nline.\n\nOne\n\nTwo\n");
	CHECK_STR(e.title, "Big story");
	CHECK_STR(e.site, "Site");
	DATE_IS(e.date, 2025, 3, 4);
	CHECK_EQ(e.nheadings, 1);
	CHECK_EQ(e.headings[0].start, 0);
	CHECK_EQ(e.headings[0].end, 9);
	extracted_free(&e);
}

static void html_densest_block(void)
{
	struct extracted e;
	const char *page =
		"<html><head><title>Quiet day in town - The Gazette</title></head><body>"
		"<div id='menu'><a href='/a'>News</a> <a href='/b'>Sport</a></div>"
		"<div id='page'><div class='text'><p>Paragraph one is long enough to count as "
		"article text here.</p><p>Paragraph two is also long enough to count.</p></div>"
		"<div class='links'><p><a href='/x'>A link list that is all links</a></p></div>"
		"</div><div class='footer'>Contact</div></body></html>";

	CHECK_EQ(html(page, &e), 0);
	CHECK_STR(e.text.data, "Paragraph one is long enough to count as article text here.\n\n"
			       "Paragraph two is also long enough to count.\n");
	CHECK_STR(e.title, "Quiet day in town");
	CHECK_EQ(e.date.year, 0);
	extracted_free(&e);
}

static void html_metadata_sources(void)
{
	struct extracted e;

	CHECK_EQ(html("<html><head><script type='application/ld+json'>{\"@graph\":[{\"@type\":"
		      "\"NewsArticle\",\"datePublished\":\"2020-05-06\",\"author\":[{\"name\":"
		      "\"A. Writer\"}],\"publisher\":{\"name\":\"Pub\"}}]}</script></head>"
		      "<body><p>Text.</p></body></html>",
		      &e),
		 0);
	DATE_IS(e.date, 2020, 5, 6);
	CHECK_STR(e.byline, "A. Writer");
	CHECK_STR(e.site, "Pub");
	extracted_free(&e);

	/* article:published_time wins over JSON-LD, which wins over <time>. */
	CHECK_EQ(html("<html><head><meta name='date' content='2019-01-01'>"
		      "<meta property='article:published_time' content='2019-02-02'></head>"
		      "<body><article><time datetime='2019-03-03'>x</time><p>Text.</p></article>",
		      &e),
		 0);
	DATE_IS(e.date, 2019, 2, 2);
	extracted_free(&e);
	CHECK_EQ(html("<body><article><p class='byline'>By Ann Lee</p><time "
		      "datetime='2019-03-03T10:00'>x</time><p>Some text of the article.</p>",
		      &e),
		 0);
	DATE_IS(e.date, 2019, 3, 3);
	CHECK_STR(e.byline, "Ann Lee");
	CHECK_STR(e.text.data, "x\n\nSome text of the article.\n");
	extracted_free(&e);
}

static void html_charsets(void)
{
	struct extracted e;

	/* Declared windows-1252: curly quotes and an en dash. */
	CHECK_EQ(html("<meta charset=windows-1252><p>\x93Hi\x94 \x96 caf\xe9</p>", &e), 0);
	CHECK_STR(e.text.data, "\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9\n");
	extracted_free(&e);
	/* ISO-8859-1 is read as windows-1252, as browsers do. */
	CHECK_EQ(html("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>"
		      "<p>\x93q\x94</p>",
		      &e),
		 0);
	CHECK_STR(e.text.data, "\xE2\x80\x9Cq\xE2\x80\x9D\n");
	extracted_free(&e);
	/* GB2312 (as GB18030): "中文". */
	CHECK_EQ(html("<meta charset='gb2312'><p>\xD6\xD0\xCE\xC4</p>", &e), 0);
	CHECK_STR(e.text.data, "\xE4\xB8\xAD\xE6\x96\x87\n");
	extracted_free(&e);
	/* Undeclared and not UTF-8: windows-1252. */
	CHECK_EQ(html("<p>na\xefve</p>", &e), 0);
	CHECK_STR(e.text.data, "na\xC3\xAFve\n");
	extracted_free(&e);
	/* Undeclared UTF-8 stays UTF-8. */
	CHECK_EQ(html("<p>na\xC3\xAFve</p>", &e), 0);
	CHECK_STR(e.text.data, "na\xC3\xAFve\n");
	extracted_free(&e);
}

static void html_hostile(void)
{
	struct extracted e;
	size_t n = 200000 * 5 + 64;
	char *s = xmalloc(n), *p = s;

	p += sprintf(p, "<body>");
	for (int i = 0; i < 200000; i++)
		p += sprintf(p, "<div>");
	p += sprintf(p, "<p>deep</p>");
	CHECK_EQ(formats_html(s, (size_t)(p - s), (zero(&e), &e)), 0);
	CHECK_STR(e.text.data, "deep\n");
	extracted_free(&e);
	free(s);
	/* NUL bytes: not a page. */
	CHECK_EQ(formats_html("<p>a\0b</p>", 10, (zero(&e), &e)), -1);
	extracted_free(&e);
	/* Empty input: an empty text. */
	CHECK_EQ(formats_html("", 0, (zero(&e), &e)), 0);
	CHECK_EQ(e.text.len, 0);
	extracted_free(&e);
}

static void markdown_front_matter(void)
{
	struct extracted e;

	CHECK_EQ(
		markdown(
			"---\ntitle: \"A: title\"\ndate: 2025-11-04\nauthor: Sam\n---\n\n"
			"# A: title\n\nSome *emphasis*, a [link](http://x) and `code`.\n"
			"Soft break.  \nHard break.\n\n> Quoted.\n\n- one\n- two\n\n![img](x.png)\n",
			&e),
		0);
	CHECK_STR(e.title, "A: title");
	CHECK_STR(e.byline, "Sam");
	DATE_IS(e.date, 2025, 11, 4);
	CHECK_STR(e.text.data, "A: title\n\nSome emphasis, a link and code. Soft break.\n"
			       "Hard break.\n\nQuoted.\n\none\n\ntwo\n");
	CHECK_EQ(e.nheadings, 1);
	extracted_free(&e);

	/* No closing line: a thematic break and text, not front matter. */
	CHECK_EQ(markdown("---\ntitle: x\n", &e), 0);
	CHECK(e.title == NULL);
	CHECK_EQ(e.date.year, 0);
	extracted_free(&e);
}

static void doc_integration(void)
{
	const char *page = "<html><head><meta property='article:published_time' "
			   "content='2024-06-01'></head><body><article><h1>Head</h1>"
			   "<p>Body text.</p></article></body></html>";
	const char *err = NULL;
	struct doc *d = doc_load(page, strlen(page), "p.html", FORMAT_AUTO, &err);
	enum doc_anchor_from from;
	struct span t;

	REQUIRE(d != NULL);
	CHECK(doc_converted(d));
	CHECK_EQ(doc_format(d), FORMAT_HTML);
	CHECK_EQ(doc_paragraph_count(d), 2);
	CHECK(doc_paragraph(d, 0)->heading);
	CHECK(doc_title(d, &t));
	CHECK_EQ(t.start, 0);
	CHECK_EQ(t.end, 4);
	struct date a = doc_anchor(d, &from);
	CHECK_EQ(from, ANCHOR_METADATA);
	DATE_IS(a, 2024, 6, 1);
	doc_free(d);

	/* A GB2312 page is not UTF-8 but still opens. */
	const char *gb = "<meta charset=gb2312><p>\xD6\xD0\xCE\xC4\xD6\xD0\xCE\xC4</p>";
	d = doc_load(gb, strlen(gb), "g.html", FORMAT_AUTO, &err);
	CHECK(d != NULL);
	doc_free(d);
	/* Random bytes named .html are still refused. */
	char bin[512];
	for (int i = 0; i < 512; i++)
		bin[i] = (char)(i * 7);
	CHECK(doc_load(bin, sizeof(bin), "b.html", FORMAT_AUTO, &err) == NULL);
}

int main(void)
{
	RUN(detection);
	RUN(dates);
	RUN(emitter);
	RUN(html_article_only);
	RUN(html_densest_block);
	RUN(html_metadata_sources);
	RUN(html_charsets);
	RUN(html_hostile);
	RUN(markdown_front_matter);
	RUN(doc_integration);
	return CHECK_DONE();
}
