/* Unit tests of a saved page's text as a reader sees it (session 58): a table row whose cells
 * each wrap their words in a <p> reads as one line, as a row of bare cells does, not one paragraph
 * a cell; a long cell of a layout table keeps its paragraphs. */
#include "check.h"
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

static void cell_paragraphs_make_a_row(void)
{
	/* Cells that each wrap their words in a <p> (a blog's table from a word processor). */
	text_has(
		"<table><tr><td><p><b>District</b></p></td><td><p><b>Complaints</b></p></td>"
		"<td><p>Note</p></td></tr>"
		"<tr><td><p>North</p></td><td><p>120</p></td><td><p>Most by e-mail.</p></td></tr>"
		"<tr><td><div>South</div></td><td><div>85</div></td><td><p>A new form.</p></td>"
		"</tr></table>",
		"\n\nDistrict \xC2\xB7 Complaints \xC2\xB7 Note\n\nNorth \xC2\xB7 120 \xC2\xB7 Most by e-mail.\n\nSouth \xC2\xB7 "
		"85 \xC2\xB7 A new form.\n\n");
	/* Two <p> in one short cell are that cell's words. */
	text_has("<table><tr><th><p>Stage</p><p>(date)</p></th><th><p>Cost</p></th></tr>"
		 "<tr><td><p>Design</p></td><td><p>$2m</p></td></tr></table>",
		 "\n\nStage (date) \xC2\xB7 Cost\n\nDesign \xC2\xB7 $2m\n\n");
}

static void near_shapes_stay(void)
{
	/* Bare cells: a row a line already. */
	text_has("<table><tr><th>District</th><th>Complaints</th></tr>"
		 "<tr><td>North</td><td>120</td></tr></table>",
		 "\n\nDistrict \xC2\xB7 Complaints\n\nNorth \xC2\xB7 120\n\n");
	/* A layout table's cell that holds the article keeps its paragraphs. */
	text_has("<table><tr><td><p>Officials said the rise reflected a new online form that "
		 "makes complaints easier to file than before, and that most came from two "
		 "streets.</p><p>Residents said the form was welcome but that the problems it "
		 "records have been there for years, and asked for repairs before the "
		 "winter.</p></td></tr></table>",
		 "two streets.\n\nResidents said");
	/* A cell alone in its row (a heading across the table) keeps its lines apart. */
	text_has("<table><tr><th colspan=2><p>Harbour district</p><p>(since 1990)</p></th></tr>"
		 "<tr><td>North</td><td>120</td></tr></table>",
		 "\n\nHarbour district\n\n(since 1990)\n\nNorth \xC2\xB7 120\n\n");
	/* A list in a cell keeps its items. */
	text_has("<table><tr><td><ul><li>North</li><li>South</li></ul></td><td>205</td></tr>"
		 "</table>",
		 "North\n\n");
	/* A paragraph outside any table is a paragraph. */
	text_has("<p>Officials said the rise reflected a new online form.</p><p>North</p>",
		 "new online form.\n\nNorth\n\n");
}

int main(void)
{
	RUN(cell_paragraphs_make_a_row);
	RUN(near_shapes_stay);
	return CHECK_DONE();
}
