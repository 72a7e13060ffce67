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
	/* The headline is the title, not a paragraph of the text. */
	CHECK_STR(e.text.data, "First & bold para.\n\nSecond\nline.\n\nOne\n\nTwo\n");
	CHECK_STR(e.title, "Big story");
	CHECK_STR(e.site, "Site");
	CHECK_STR(e.published, "2025-03-04T23:00:00-05:00");
	DATE_IS(e.date, 2025, 3, 4);
	CHECK_EQ(e.nheadings, 0);
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

	/* A note about the writer that ends the text goes; a paragraph that only names her does
	 * not, nor one that is not at the end. */
	CHECK_EQ(
		html("<body><article><p class='byline'>By Ann Lee</p><p>The mayor spoke on "
		     "Monday.</p><p>The council met.</p><p>Ann Lee is a reporter covering City Hall. "
		     "She joined the paper in 2009.</p></article>",
		     &e),
		0);
	CHECK_STR(e.text.data, "The mayor spoke on Monday.\n\nThe council met.\n");
	extracted_free(&e);
	/* a byline's "By" is no part of the name */
	CHECK_EQ(html("<html><head><meta name='byl' content='By Ann Lee'></head><body><p>Text."
		      "</p></body></html>",
		      &e),
		 0);
	CHECK_STR(e.byline, "Ann Lee");
	extracted_free(&e);
	CHECK_EQ(html("<body><article><p class='byline'>By Ann Lee</p><p>The mayor spoke on "
		      "Monday.</p><p>Ann Lee is a reporter covering City Hall.</p><p>The council "
		      "met.</p><p>It voted.</p><p>Ann Lee, who asked, got no answer.</p></article>",
		      &e),
		 0);
	CHECK_STR(e.text.data,
		  "The mayor spoke on Monday.\n\nAnn Lee is a reporter covering City "
		  "Hall.\n\nThe council met.\n\nIt voted.\n\nAnn Lee, who asked, got no "
		  "answer.\n");
	extracted_free(&e);

	/* The address's date when nothing else dates the page; a <time> wins over it. */
	static const char *const urls[][2] = {
		{"http://news.example/world/a-story/2015/03/18/00202e76_story.html", "2015-03-18"},
		{"https://mag.example/hidden-heroines-of-chaos-20190520/", "2019-05-20"},
		{"https://x.example/2021-07-04/fireworks", "2021-07-04"},
		{"http://x.example/hl?a=20170309-35097838-cnetj-sci", "2017-03-09"},
		{"http://x.example/story-fni0fha6-1227261886014", NULL},
		{"http://x.example/2015/13/18/bad-month", NULL},
		{"http://20150318.example/a", NULL},
	};
	for (size_t i = 0; i < sizeof(urls) / sizeof(*urls); i++) {
		char page[300];
		snprintf(page, sizeof(page),
			 "<html><head><meta property='og:url' content='%s'></head>"
			 "<body><p>Text.</p></body></html>",
			 urls[i][0]);
		CHECK_EQ(html(page, &e), 0);
		if (urls[i][1])
			CHECK_STR(e.published, urls[i][1]);
		else
			CHECK(e.published == NULL);
		extracted_free(&e);
	}
	CHECK_EQ(
		html("<head><meta property='og:url' content='http://x.example/2015/03/18/a'></head>"
		     "<body><article><time datetime='2015-03-17T10:00'>x</time><p>Text.</p>",
		     &e),
		0);
	DATE_IS(e.date, 2015, 3, 17);
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

/* ---- page furniture and the article among the page's blocks ---- */

static void furniture_lines(void)
{
	static const struct {
		const char *text;
		enum furniture want;
	} cases[] = {
		{"By Ann Lee", FURN_BYLINE},
		{"BY ANN LEE AND BO LI", FURN_BYLINE},
		{"By Wen-Yee Lee, Reuters", FURN_BYLINE},
		{"Reporting by Wen-Yee Lee; Editing by Sam Holmes", FURN_BYLINE},
		{"\xE6\x96\x87/\xE6\x9D\x8E\xE6\x98\x8E", FURN_BYLINE}, /* 文/李明 */
		{"November 8, 2025 6:12 AM UTC Updated 2 hours ago", FURN_TIME},
		{"Updated 2 hours ago", FURN_TIME},
		{"Published 14:02 GMT, 3 March 2024", FURN_TIME},
		{"5 min read", FURN_TIME},
		{"2025\xE5\xB9\xB4"
		 "9\xE6\x9C\x88"
		 "18\xE6\x97\xA5 10:00",
		 FURN_TIME},                                       /* 2025年9月18日 */
		{"\xE5\x8F\x91\xE5\xB8\x83 2025 9 18", FURN_TIME}, /* 发布 2025 9 18 */
		{"Share this article", FURN_SHARE},
		{"Facebook Twitter LinkedIn Email", FURN_SHARE},
		{"Also read: Chip stocks slide as export rules bite", FURN_READ_MORE},
		{"READ MORE: Five things to know", FURN_READ_MORE},
		{"Photo: AP", FURN_CREDIT},
		{"(AP Photo/John Smith)", FURN_CREDIT},
		{"Jane Doe/Getty Images", FURN_CREDIT},
		{"1 / 5", FURN_CREDIT},
		{"\xC2\xA9 2025 Reuters. All rights reserved.", FURN_COPYRIGHT},
		{"Our Standards: The Thomson Reuters Trust Principles.", FURN_STANDARDS},
		{"Advertisement", FURN_AD},
		/* article text */
		{"By the time it ended, the river had risen two metres.", FURN_NONE},
		{"By Monday the company had sold most of its shares.", FURN_NONE},
		{"On Monday, the council met again.", FURN_NONE},
		{"March 2019", FURN_NONE},
		{"fabu 2025 9 18", FURN_NONE}, /* no CJK time word */
		{"The AP reported the figures on Tuesday/Wednesday.", FURN_NONE},
		{"Share prices fell 5% on Tuesday after the results.", FURN_NONE},
		{"\xE5\xB8\x82\xE6\x94\xBF\xE5\xBA\x9C\xE5\x91\xA8\xE5\x9B\x9B\xE5\xAE\xA3\xE5\xB8\x83\xEF"
		 "\xBC\x8C\xE6\x96\xB0\xE7\xBA\xBF\xE8\xB7\xAF\xE5\xB0\x86\xE4\xBA\x8E"
		 "2027"
		 "\xE5\xB9\xB4\xE5\xBC\x80\xE9\x80\x9A\xE3\x80\x82",
		 FURN_NONE}, /* 市政府周四宣布，新线路将于2027年开通。 */
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		enum furniture f = formats_furniture(cases[i].text, strlen(cases[i].text));
		if (f != cases[i].want)
			fprintf(stderr, "  furniture(\"%s\") = %d, want %d\n", cases[i].text,
				(int)f, (int)cases[i].want);
		CHECK_EQ(f, cases[i].want);
		/* a paragraph is a credit exactly when it is furniture of that kind */
		CHECK_EQ(formats_credit_line(cases[i].text, strlen(cases[i].text)),
			 f == FURN_CREDIT);
	}
	/* Longer blocks are never furniture. */
	char longer[400];
	memset(longer, 'a', sizeof(longer) - 1);
	longer[sizeof(longer) - 1] = '\0';
	memcpy(longer, "Photo: ", 7);
	CHECK_EQ(formats_furniture(longer, strlen(longer)), FURN_NONE);
	CHECK(!formats_credit_line(longer, strlen(longer)));
	CHECK(!formats_credit_line(longer, 201)); /* a credit's opening, but too long */
	CHECK(formats_credit_line(longer, 20));
	/* in CJK brackets: a credit; a byline that names an agency is none */
	static const char bracketed[] = "\xE3\x80\x90Photo: AP\xE3\x80\x91";
	CHECK(formats_credit_line(bracketed, strlen(bracketed)));
	CHECK(!formats_credit_line("By Jane Doe/Reuters", 19));
	CHECK(!formats_credit_line("Photo 2 of 9 and more", 21));
	CHECK(formats_credit_line("Photo 2 of 9", 12));
}

static void legacy_text(void)
{
	struct buf b = BUF_INIT;

	CHECK(formats_legacy_text("caf\xe9 \xff\xfe ok.", 12, &b));
	CHECK_STR(b.data, "caf\xC3\xA9 \xC3\xBF\xC3\xBE ok.");
	buf_clear(&b);
	CHECK(formats_legacy_text("\x93q\x94 \x80", 5, &b));
	CHECK_STR(b.data, "\xE2\x80\x9Cq\xE2\x80\x9D \xE2\x82\xAC");
	buf_clear(&b);
	/* UTF-8, UTF-8 with a stray byte, UTF-8 cut short: not legacy. */
	CHECK(!formats_legacy_text("caf\xC3\xA9", 5, &b));
	CHECK(!formats_legacy_text("caf\xC3\xA9 \xFF", 7, &b));
	CHECK(!formats_legacy_text("a \xE2\x80 b \xF0\x9F\x98 c", 12, &b));
	CHECK(!formats_legacy_text("plain", 5, &b));
	CHECK_EQ(b.len, 0);
	buf_free(&b);
}

/* Paragraphs long enough to be an article's. */
static const char *const para[] = {
	"The council approved the budget on Tuesday, after a long debate, and the mayor said "
	"that work on the new bridge would begin in the spring, with costs shared by the region.",
	"Opponents, who had asked for a delay, said the plan was too expensive, but they lost the "
	"vote by nine to four, and several of them left the chamber before the end of the session.",
	"The bridge, which will replace a crossing built in 1932, is expected to carry about "
	"twenty thousand vehicles a day, according to estimates published by the transport office.",
	"Residents of the old town, where traffic has grown every year, welcomed the decision, "
	"although some shop owners worried about the noise and dust during the two years of work.",
};

/* Appends the four paragraphs, each in <p>. */
static void story(struct buf *b)
{
	for (size_t i = 0; i < sizeof(para) / sizeof(*para); i++)
		buf_printf(b, "<p>%s</p>", para[i]);
}

/* Does the extracted text hold every paragraph of the story? */
static bool has_story(const struct extracted *e)
{
	for (size_t i = 0; i < sizeof(para) / sizeof(*para); i++)
		if (!strstr(e->text.data, para[i]))
			return false;
	return true;
}

static int html_buf(struct buf *b, struct extracted *e)
{
	zero(e);
	return formats_html(b->data, b->len, e);
}

static void html_form_wrapper(void)
{
	struct buf b = BUF_INIT;
	struct extracted e;

	/* ASP.NET wraps the whole page in one form. */
	buf_puts(&b, "<html><body><form id='aspnetForm' method='post'><input type='hidden' "
		     "name='__VIEWSTATE' value='abc'><div id='nav'><a href='/'>Home</a> <a "
		     "href='/n'>News</a></div><div class='article'>");
	story(&b);
	buf_puts(&b, "</div><div class='search'><input name='q'><input type='submit'></div>"
		     "</form></body></html>");
	CHECK_EQ(html_buf(&b, &e), 0);
	CHECK(has_story(&e));
	CHECK(!strstr(e.text.data, "Home"));
	extracted_free(&e);
	buf_free(&b);
}

static void html_link_list_in_story(void)
{
	struct buf b = BUF_INIT;
	struct extracted e;

	buf_puts(&b, "<html><body><div class='story-wrapper'><h1>Bridge approved</h1>");
	buf_printf(&b, "<p>%s</p><p>%s</p>", para[0], para[1]);
	buf_puts(&b, "<div class='box'><h3>Most popular</h3><ol>");
	for (int i = 0; i < 25; i++)
		buf_printf(&b,
			   "<li><a href='/s/%d'>Popular story number %d about something "
			   "else entirely</a></li>",
			   i, i);
	buf_puts(&b, "</ol></div>");
	buf_printf(&b, "<p>%s</p><p>%s</p></div></body></html>", para[2], para[3]);
	CHECK_EQ(html_buf(&b, &e), 0);
	CHECK(has_story(&e));
	CHECK(!strstr(e.text.data, "Popular story"));
	CHECK(!strstr(e.text.data, "Most popular"));
	extracted_free(&e);
	buf_free(&b);
}

static void html_teasers_and_comments(void)
{
	struct buf b = BUF_INIT;
	struct extracted e;

	/* A short post, then dozens of teaser cards and a comment thread longer than the post. */
	buf_puts(&b, "<html><body><article class='post'><h1>Bridge approved</h1>");
	story(&b);
	buf_puts(&b, "</article><section class='grid'>");
	for (int i = 0; i < 30; i++)
		buf_printf(&b,
			   "<article class='item'><h3><a href='/t/%d'>Teaser headline %d</a></h3>"
			   "<p>A teaser sentence that sums up another story, number %d, in a few "
			   "words.</p></article>",
			   i, i, i);
	buf_puts(&b, "</section><div id='comments'><h2>Comments</h2>");
	for (int i = 0; i < 12; i++)
		buf_printf(
			&b,
			"<div class='comment'><p>Commenter %d wrote: I think this is a bad idea, "
			"because the old bridge works fine, and the money, which we do not have, "
			"should go to schools, roads and the hospital instead.</p></div>",
			i);
	buf_puts(&b, "</div><div class='related-posts'>");
	for (int i = 0; i < 6; i++)
		buf_printf(
			&b,
			"<div class='related'><h4><a href='/r/%d'>Related %d</a></h4><p>An excerpt "
			"of a related post, which is long enough, with commas, to look like a "
			"paragraph of text, number %d.</p></div>",
			i, i, i);
	buf_puts(&b, "</div></body></html>");
	CHECK_EQ(html_buf(&b, &e), 0);
	CHECK(has_story(&e));
	CHECK(!strstr(e.text.data, "Teaser"));
	CHECK(!strstr(e.text.data, "Commenter"));
	CHECK(!strstr(e.text.data, "excerpt"));
	extracted_free(&e);
	buf_free(&b);
}

static void html_galleries_and_sections(void)
{
	struct buf b = BUF_INIT;
	struct extracted e;

	buf_puts(&b, "<html><body><div class='content'><h1>Bridge approved</h1>");
	buf_printf(&b, "<p>%s</p><p>%s</p>", para[0], para[1]);
	buf_puts(&b, "<div class='gallery-wrapper'><h2>In pictures</h2><ul>");
	for (int i = 0; i < 20; i++)
		buf_printf(&b,
			   "<li><img src='%d.jpg'><p class='caption'>The old bridge seen from the "
			   "river bank in winter, picture %d of the series, shortly after dawn.</p>"
			   "<span class='credit'>Jane Doe/Getty Images</span></li>",
			   i, i);
	buf_puts(&b, "</ul></div>");
	/* A section whose id comes from its heading's words, one of them "sharing". */
	buf_printf(&b,
		   "<div class='section' id='sharing-the-cost-with-the-region'><h2>Sharing the "
		   "cost</h2><p>%s</p></div>",
		   para[2]);
	buf_printf(&b, "<p>%s</p></div></body></html>", para[3]);
	CHECK_EQ(html_buf(&b, &e), 0);
	CHECK(has_story(&e));
	CHECK(strstr(e.text.data, "Sharing the cost"));
	CHECK(!strstr(e.text.data, "river bank"));
	CHECK(!strstr(e.text.data, "Getty"));
	extracted_free(&e);
	buf_free(&b);
}

/* A photo essay sets each caption as a one-item list right after its picture's <figure>, which
 * has no <figcaption>: the caption is no article text. A figure with its own <figcaption>, or a
 * list of several items, is followed by the article's own list. */
static void html_caption_lists(void)
{
	struct buf b = BUF_INIT;
	struct extracted e;

	buf_printf(&b,
		   "<html><body><article><p>%s</p><figure><img src='a.jpg' alt='x'></figure>\n"
		   "<ul>\n<li><p>The mayor at the old bridge, where she was born and grew up"
		   "</p></li></ul><p>%s</p>",
		   para[0], para[1]);
	buf_printf(&b,
		   "<figure><img src='b.jpg'><figcaption>The bridge</figcaption></figure><ul>"
		   "<li>Traffic peaks at eight: we saw it on the chart.</li></ul><p>%s</p>"
		   "<figure><img src='c.jpg'></figure><ul><li>Costs rise by a tenth.</li><li>"
		   "Work starts in spring.</li></ul><p>%s</p></article></body></html>",
		   para[2], para[3]);
	CHECK_EQ(html_buf(&b, &e), 0);
	CHECK(has_story(&e));
	CHECK(!strstr(e.text.data, "where she was born"));
	CHECK(strstr(e.text.data, "Traffic peaks at eight") != NULL);
	CHECK(strstr(e.text.data, "Costs rise by a tenth") != NULL);
	CHECK(strstr(e.text.data, "Work starts in spring") != NULL);
	extracted_free(&e);
	buf_free(&b);
}

/* Counts the times w occurs in s. */
static int count_of(const char *s, const char *w)
{
	int n = 0;

	for (const char *at = s; (at = strstr(at, w)); at++)
		n++;
	return n;
}

/* A pull quote repeats a sentence of the article in a <blockquote>: read twice, it would be a
 * second claim with no one to say it. A quotation block of its own words stays, and so does one
 * the writer gives twice, each time with a comment. */
static void html_pull_quotes(void)
{
	struct buf b = BUF_INIT;
	struct extracted e;

	buf_printf(&b,
		   "<html><body><article><p>%s</p><p>\u201cWe will not raise the fares this "
		   "year, whatever the bridge costs,\u201d the mayor said on Tuesday.</p>",
		   para[0]);
	buf_printf(&b,
		   "<blockquote class='pullquote'><p>We will not raise the fares this year, "
		   "whatever the bridge costs.</p></blockquote><p>%s</p><blockquote>The bridge "
		   "is a gift to the next generation of drivers.</blockquote><p>%s</p>",
		   para[1], para[2]);
	buf_printf(&b,
		   "<blockquote>Why does the region pay for a bridge in town?</blockquote><p>A "
		   "fair question.</p><blockquote>Why does the region pay for a bridge in town?"
		   "</blockquote><p>%s</p></article></body></html>",
		   para[3]);
	CHECK_EQ(html_buf(&b, &e), 0);
	CHECK(has_story(&e));
	CHECK_EQ(count_of(e.text.data, "We will not raise the fares"), 1);
	CHECK(strstr(e.text.data, "the mayor said on Tuesday") != NULL);
	CHECK(strstr(e.text.data, "a gift to the next generation") != NULL);
	CHECK_EQ(count_of(e.text.data, "Why does the region pay"), 2);
	extracted_free(&e);
	buf_free(&b);
}

static void html_tail_links(void)
{
	struct buf b = BUF_INIT;
	struct extracted e;

	/* A list of links among the paragraphs stays; one after the last is the story's tags, and
	 * a list of written-out addresses there is its sources. */
	buf_printf(&b,
		   "<html><body><article><p>%s</p><ul><li><a href='/b/1'>Bug 1 fixed</a></li>"
		   "<li><a href='/b/2'>Bug 2 fixed</a></li><li><a href='/b/3'>Bug 3 fixed</a>"
		   "</li></ul><p>%s</p><p>%s</p><p>%s</p>",
		   para[0], para[1], para[2], para[3]);
	buf_puts(&b,
		 "<ul><li><a href='/t/a'>Bridges</a></li><li><a href='/t/b'>Budget</a></li>"
		 "<li><a href='/t/c'>Transport</a></li></ul><ol><li><a href='https://x.org/a'>"
		 "https://x.org/a</a></li><li><a href='https://x.org/b'>https://x.org/b</a></li>"
		 "<li><a href='https://x.org/c'>https://x.org/c</a></li></ol></article></body>"
		 "</html>");
	CHECK_EQ(html_buf(&b, &e), 0);
	CHECK(has_story(&e));
	CHECK(strstr(e.text.data, "Bug 2 fixed"));
	CHECK(!strstr(e.text.data, "Budget"));
	CHECK(strstr(e.text.data, "https://x.org/b"));
	extracted_free(&e);
	buf_free(&b);
}

static void html_hidden(void)
{
	struct buf b = BUF_INIT;
	struct extracted e;

	buf_puts(&b, "<html><body><article>");
	story(&b);
	buf_puts(&b,
		 "<div style='visibility: hidden'><p>Hidden by visibility.</p></div>"
		 "<p style='display:none !important'>Hidden by display.</p>"
		 "<p hidden>Hidden by attribute.</p><p aria-hidden='true'>Hidden from readers.</p>"
		 "<span class='sr-only'>Screen readers only.</span><p>Shown <math><mi>a</mi>"
		 "<mo>\xE2\x89\xA0</mo><mn>0</mn></math>, and kept.</p></article></body></html>");
	CHECK_EQ(html_buf(&b, &e), 0);
	CHECK(has_story(&e));
	CHECK(!strstr(e.text.data, "Hidden"));
	CHECK(!strstr(e.text.data, "Screen readers"));
	/* MathML is text, its items set off by spaces. */
	CHECK(strstr(e.text.data, "Shown a \xE2\x89\xA0 0, and kept."));
	extracted_free(&e);
	buf_free(&b);
}

static void html_checked_charset(void)
{
	struct extracted e;

	/* Declared GB2312, but the bytes are plainly UTF-8 ("中文"). */
	CHECK_EQ(html("<meta charset='gb2312'><p>\xE4\xB8\xAD\xE6\x96\x87 text</p>", &e), 0);
	CHECK_STR(e.text.data, "\xE4\xB8\xAD\xE6\x96\x87 text\n");
	extracted_free(&e);
	/* Declared UTF-8, but the bytes beyond ASCII are windows-1252. */
	CHECK_EQ(html("<meta charset='utf-8'><p>\x93"
		      "Caf\xe9\x94, na\xefve, \xe0 la, r\xe9sum\xe9</p>",
		      &e),
		 0);
	CHECK_STR(e.text.data, "\xE2\x80\x9C"
			       "Caf\xC3\xA9\xE2\x80\x9D, na\xC3\xAFve, \xC3\xA0 la, "
			       "r\xC3\xA9sum\xC3\xA9\n");
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
			   "content='2024-06-01'><meta name='author' content='Ann Lee'></head>"
			   "<body><article><h1>Head</h1><p>Body text.</p><h2>Section</h2>"
			   "<p>More text.</p></article></body></html>";
	const char *err = NULL;
	struct doc *d = doc_load(page, strlen(page), "p.html", FORMAT_AUTO, &err);
	enum doc_anchor_from from;
	struct span t;

	REQUIRE(d != NULL);
	CHECK(doc_converted(d));
	CHECK_EQ(doc_format(d), FORMAT_HTML);
	/* The headline is the title, outside the text; the section heading stays a heading. */
	CHECK_EQ(doc_paragraph_count(d), 3);
	CHECK(!doc_paragraph(d, 0)->heading);
	CHECK(doc_paragraph(d, 1)->heading);
	CHECK(!doc_title(d, &t));
	CHECK_STR(doc_title_text(d), "Head");
	CHECK_STR(doc_byline(d), "Ann Lee");
	CHECK_STR(doc_published(d), "2024-06-01");
	CHECK(doc_modified(d) == NULL);
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

/* The item of e that starts at the words w of its text, or NULL. */
static const struct extracted_item *item_at(const struct extracted *e, const char *w)
{
	const char *at = strstr(e->text.data, w);

	for (size_t i = 0; at && i < e->nitems; i++)
		if (e->items[i].start == (size_t)(at - e->text.data))
			return &e->items[i];
	return NULL;
}

/* Where list items start, with their numbers: <li> of <ul> (bullets) and <ol> (numbered; a list
 * inside an item numbered on its own), Markdown items (numbered from the list's start); an item
 * with no text marks nothing. */
static void list_items(void)
{
	struct extracted e;
	const struct extracted_item *it;

	CHECK_EQ(html("<html><body><article><p>The mayor spoke at length on Monday about the port "
		      "and its future. She said:</p><ul><li>the dam holds</li><li></li>"
		      "<li><p>fares stay low</p></li></ul><ol><li>close the dock<ol><li>lock "
		      "it</li></ol></li><li>paint the pier</li></ol></article></body></html>",
		      &e),
		 0);
	CHECK_EQ(e.nitems, 5);
	it = item_at(&e, "the dam holds");
	CHECK(it != NULL && it->number == 0);
	it = item_at(&e, "fares stay low");
	CHECK(it != NULL && it->number == 0);
	it = item_at(&e, "close the dock");
	CHECK(it != NULL && it->number == 1);
	it = item_at(&e, "lock it");
	CHECK(it != NULL && it->number == 1);
	it = item_at(&e, "paint the pier");
	CHECK(it != NULL && it->number == 2);
	extracted_free(&e);

	CHECK_EQ(markdown("She said:\n\n- the dam holds\n- fares stay low\n\n4. close the dock\n"
			  "5. paint the pier\n",
			  &e),
		 0);
	CHECK_EQ(e.nitems, 4);
	it = item_at(&e, "fares stay low");
	CHECK(it != NULL && it->number == 0);
	it = item_at(&e, "paint the pier");
	CHECK(it != NULL && it->number == 5);
	extracted_free(&e);
}

/* A block quotation's span is recorded, nested ones once, from HTML (<blockquote>) and Markdown
 * ("> "), and the document marks its paragraphs quoted. Control: the paragraphs around it are
 * not. */
static void block_quotations(void)
{
	struct extracted e;
	const char *err = NULL;
	const char *page = "<html><body><article><p>Cole spoke on Tuesday at the trial.</p>"
			   "<blockquote><p>We build slowly.</p><blockquote><p>And well.</p>"
			   "</blockquote></blockquote><p>The trial goes on.</p></article></body>"
			   "</html>";
	const char *md =
		"Cole spoke on Tuesday.\n\n> We build slowly.\n>\n> And well.\n\nThe end.\n";
	struct doc *d;

	CHECK_EQ(html(page, &e), 0);
	CHECK_STR(e.text.data,
		  "Cole spoke on Tuesday at the trial.\n\nWe build slowly.\n\nAnd well.\n\nThe "
		  "trial goes on.\n");
	REQUIRE_EQ(e.nquotes, 1);
	CHECK_EQ(e.quotes[0].start, 37);
	CHECK_EQ(e.quotes[0].end, 64);
	extracted_free(&e);
	CHECK_EQ(markdown(md, &e), 0);
	REQUIRE_EQ(e.nquotes, 1);
	CHECK_EQ(e.quotes[0].start, 24);
	extracted_free(&e);
	d = doc_load(md, strlen(md), "t.md", FORMAT_MARKDOWN, &err);
	REQUIRE(d != NULL);
	REQUIRE_EQ(doc_paragraph_count(d), 4);
	CHECK(!doc_paragraph(d, 0)->quoted);
	CHECK(doc_paragraph(d, 1)->quoted);
	CHECK(doc_paragraph(d, 2)->quoted);
	CHECK(!doc_paragraph(d, 3)->quoted);
	doc_free(d);
}

/* The date a source's name carries: a file's base name, or a URL's path as og:url's. */
static void name_dates(void)
{
	static const struct {
		const char *name, *want;
	} cases[] = {
		{"breitbart_2016-09-20_poll-wealthy-voters.txt", "2016-09-20"},
		{"/home/ann/news/2016-09-12 senate vote.txt", "2016-09-12"},
		{"notes_2016_09_12.txt", "2016-09-12"},
		{"2016.09.12.txt", "2016-09-12"},
		{"APW19980807.0261", "1998-08-07"},
		{"wire-20010911.html", "2001-09-11"},
		{"https://news.example/2016/09/12/vote.html", "2016-09-12"},
		{"http://news.example/politics/vote-20160912/", "2016-09-12"},
		/* the first date wins; a bad one is passed over */
		{"2016-13-40 then 2017-01-02.txt", "2017-01-02"},
		{"2016-13-40.txt", NULL},
		{"2015-02-29.txt", NULL},
		{"x12345678901", NULL},
		{"x201609121.txt", NULL},
		{"v2.0.1.txt", NULL},
		{"1999-final.txt", NULL},
		{"2016-09.txt", NULL},
		{"2016-09_12.txt", NULL},
		{"3016-09-12.txt", NULL},
		{"1899-12-31.txt", NULL},
		{"2099-01-01 far ahead.txt", NULL},
		{"2016-09-12/story.txt", NULL},
		{"https://news.example/story?id=1", NULL},
		{"https://2016-09-12.example/a", NULL},
		{"-", NULL},
		{"sample", NULL},
		{"", NULL},
	};
	struct date d;

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		bool got = formats_name_date(cases[i].name, 2027, &d);
		char iso[16] = "";
		if (got)
			snprintf(iso, sizeof(iso), "%04d-%02d-%02d", d.year, d.month, d.day);
		if (cases[i].want)
			CHECK_STR(iso, cases[i].want);
		else
			CHECK_STR(iso, "");
	}
	CHECK(!formats_name_date(NULL, 2027, &d));
	/* the last year the caller allows is allowed */
	CHECK(formats_name_date("2027-12-31.txt", 2027, &d));
	CHECK(!formats_name_date("2028-01-01.txt", 2027, &d));
	CHECK(!formats_name_date("https://x.example/2028/01/01/a", 2027, &d));
}

int main(void)
{
	RUN(detection);
	RUN(list_items);
	RUN(dates);
	RUN(emitter);
	RUN(html_article_only);
	RUN(html_densest_block);
	RUN(html_metadata_sources);
	RUN(html_charsets);
	RUN(html_hostile);
	RUN(furniture_lines);
	RUN(legacy_text);
	RUN(html_form_wrapper);
	RUN(html_link_list_in_story);
	RUN(html_teasers_and_comments);
	RUN(html_galleries_and_sections);
	RUN(html_tail_links);
	RUN(html_caption_lists);
	RUN(html_pull_quotes);
	RUN(html_hidden);
	RUN(html_checked_charset);
	RUN(markdown_front_matter);
	RUN(doc_integration);
	RUN(block_quotations);
	RUN(name_dates);
	return CHECK_DONE();
}
