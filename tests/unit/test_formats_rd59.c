/* Unit tests of a saved page's table as a reader sees it (session 59): the cells of a row were
 * joined by a bare space, so the claims read across a cell's edge ("According to backoff logic
 * Exponential backoff for tasks with retriable failure (paraphrase): retriable failure started
 * compute next_timestamp" on a blog's table of states). A row is one line whose cells a middle
 * dot set off by spaces parts, and no sentence runs across that mark. */
#include "claims_fixture.h"
#include "../../src/formats_int.h"

#include <stdlib.h>
#include <string.h>

/* The text of a page with `body` (HTML) between two paragraphs of an article. */
static char *page_text(const char *body)
{
	char s[8192];
	struct extracted e;

	snprintf(s, sizeof(s),
		 "<html><head><title>Complaints rise in every district</title></head><body>"
		 "<article><h1>Complaints rise in every district</h1>"
		 "<p>The council published the figures for each district on Monday, and they "
		 "show a sharp rise in the number of complaints filed since the spring.</p>%s"
		 "<p>The council will meet again in June to discuss the figures and the form with "
		 "the residents of each district.</p></article></body></html>",
		 body);
	memset(&e, 0, sizeof(e));
	buf_init(&e.text);
	if (formats_html(s, strlen(s), &e) != 0) {
		extracted_free(&e);
		return NULL;
	}
	char *t = malloc(e.text.len + 1);
	memcpy(t, e.text.data, e.text.len);
	t[e.text.len] = '\0';
	extracted_free(&e);
	return t;
}

/* Does the page's text hold `want`? */
static void text_has(const char *body, const char *want)
{
	char *t = page_text(body);
	CHECK(t != NULL);
	if (t && !strstr(t, want))
		fprintf(stderr, "  text lacks \"%s\":\n%s\n", want, t);
	CHECK(t && strstr(t, want));
	free(t);
}

static void cells_parted_by_a_dot(void)
{
	text_has("<table><tr><th>District</th><th>Complaints</th><th>Note</th></tr>"
		 "<tr><td>North</td><td>120</td><td>Most by e-mail.</td></tr></table>",
		 "\n\nDistrict \xC2\xB7 Complaints \xC2\xB7 Note\n\nNorth \xC2\xB7 120 \xC2\xB7 "
		 "Most by e-mail.\n\n");
	/* an empty cell gives no mark: neither one that opens a row nor two in a row */
	text_has("<table><tr><td></td><td>North</td><td> </td><td>120</td></tr></table>",
		 "\n\nNorth \xC2\xB7 120\n\n");
	/* stays: a formula's items are set off by spaces only; a cell alone in its row */
	text_has("<p>The rate is <math><mi>r</mi><mo>=</mo><mn>2</mn></math> a year.</p>",
		 "The rate is r = 2 a year.");
	text_has("<table><tr><td>Figures for the harbour district</td></tr></table>",
		 "\n\nFigures for the harbour district\n\n");
}

/* The number of sentences of the paragraph after the title "T". */
static size_t sentences(const char *body)
{
	char buf[512];
	const char *err = NULL;

	snprintf(buf, sizeof(buf), "T\n\n%s\n", body);
	struct doc *d = doc_load(buf, strlen(buf), "t.txt", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	size_t n = doc_paragraph_count(d) == 2 ? doc_paragraph(d, 1)->nsentences : 0;
	doc_free(d);
	return n;
}

static void no_sentence_across_a_cell(void)
{
	CHECK_EQ(sentences("North \xC2\xB7 120 \xC2\xB7 Most by e-mail"), 3);
	CHECK_EQ(sentences("By Ann Lee \xC2\xB7 May 3, 2019"), 2);
	/* stay: a middle dot not set off by spaces (a unit, a Catalan word), or opening a line */
	CHECK_EQ(sentences("The load was 5 kN\xC2\xB7m on the col\xC2\xB7lecci\xC3\xB3 beam."), 1);
	CHECK_EQ(sentences("\xC2\xB7 North had the most complaints."), 1);
}

static void claims_keep_to_a_cell(void)
{
	/* the page's table: the claim keeps to its cells, no neighbour's words in it */
	static const char html[] =
		"<html><head><title>Prices</title></head><body><article><h1>Prices</h1>"
		"<p>The table shows the latest figures for each kind of goods in the region.</p>"
		"<table><tr><td>Food</td><td>Prices rose 4 percent, according to the statistics "
		"office</td><td>March 2024</td></tr>"
		"<tr><td>Energy</td><td>Officials said costs would fall</td><td>April 2024</td></tr>"
		"</table></article></body></html>";
	struct fixture f = run_format(html, strlen(html), "t.html", FORMAT_HTML);
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "According to the statistics office (paraphrase): Prices rose 4 "
		      "percent"));
	CHECK(renders(&f, 1, "Officials said (paraphrase): costs would fall"));
	done(&f);
	f = run("Prices\n\nThe table shows the latest figures.\n\n"
		"Food \xC2\xB7 Prices rose 4 percent, according to the statistics office \xC2\xB7 "
		"March 2024\n\n"
		"Energy \xC2\xB7 Officials said costs would fall \xC2\xB7 April 2024\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0,
		      "According to the statistics office (paraphrase): Prices rose 4 "
		      "percent"));
	CHECK(renders(&f, 1, "Officials said (paraphrase): costs would fall"));
	done(&f);
	/* stays: the same words in running text */
	f = run("Prices\n\nThe table shows the latest figures.\n\n"
		"Officials said costs would fall in April.\n");
	CHECK(renders(&f, 0, "Officials said (paraphrase): costs would fall in April"));
	done(&f);
}

int main(void)
{
	RUN(cells_parted_by_a_dot);
	RUN(no_sentence_across_a_cell);
	RUN(claims_keep_to_a_cell);
	return CHECK_DONE();
}
