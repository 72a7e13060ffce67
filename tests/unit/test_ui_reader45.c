/* Unit tests of what a journalist found wrong reading articles in the reader in session 45, each
 * next to what stays. */
#include "reader_fixture.h"

#include <locale.h>

#include "dateline/export.h"
#include "dateline/notes.h"

static struct export_sink *sink(struct buf *b)
{
	static struct export_sink s;
	export_sink_buf(&s, b);
	return &s;
}

/* Exports one note of target on [from, to) of text's document. */
static void export_note(const char *text, enum note_target target, const char *from, const char *to,
			struct buf *md)
{
	const char *err = NULL;
	struct doc *d = doc_load(text, strlen(text), "n.txt", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	struct note nt = {0};
	nt.id = 1;
	nt.target = target;
	nt.span = (struct span){(size_t)(from - text), (size_t)(to - text)};
	nt.paragraph = (uint32_t)doc_paragraph_at(d, nt.span.start);
	nt.text = (char *)"check the date";
	nt.quote = (char *)"";
	struct note_list nl = {.items = &nt, .n = 1};
	buf_clear(md);
	export_markdown(sink(md), d, NULL, NULL, &nl, 0);
	doc_free(d);
}

/* A note on the event of "March 3, 2024" in the first sentence of a two-sentence quotation
 * quoted '> "We first met the operators on March 3, 2024.': the quotation cut open, its second
 * sentence and its speaker lost. The passage now runs to the sentence where the quotation
 * closes, and from the one where it opens; an event in a sentence of its own is quoted alone. */
static void event_note_quotes_the_whole_quotation(void)
{
	static const char text[] =
		"Ferry vote delayed\n\n"
		"\"We first met the operators on March 3, 2024. Nothing they said since has changed "
		"our minds,\" said Dana Whitlock, the chair. She said the vote was set for June 4.\n\n"
		"A resident said: \"They came back on May 2. We never heard a plan.\"\n";
	struct buf md = BUF_INIT;
	const char *at = strstr(text, "March 3, 2024");

	export_note(text, NOTE_EVENT, at, at + 13, &md);
	CHECK(strstr(md.data, "\n> \"We first met the operators on March 3, 2024. Nothing they "
			      "said since has changed our minds,\" said Dana Whitlock, the "
			      "chair.\n") != NULL);
	/* the quotation's second sentence: from its opening mark */
	at = strstr(text, "our minds");
	export_note(text, NOTE_EVENT, at, at + 9, &md);
	CHECK(strstr(md.data, "\n> \"We first met the operators") != NULL);
	/* an event in a sentence of its own: that sentence, no more */
	at = strstr(text, "June 4");
	export_note(text, NOTE_EVENT, at, at + 6, &md);
	CHECK(strstr(md.data, "\n> She said the vote was set for June 4.\n") != NULL);
	/* a quotation opened after a colon: to its closing mark */
	at = strstr(text, "May 2");
	export_note(text, NOTE_EVENT, at, at + 5, &md);
	CHECK(strstr(md.data, "\n> A resident said: \"They came back on May 2. We never heard a "
			      "plan.\"\n") != NULL);
	buf_free(&md);
}

/* Twelve dated paragraphs, each a claim: more events and claims than a wide screen's panes
 * hold. */
static void twelve_events(struct buf *b)
{
	static const char *const months[] = {"January",   "February", "March",    "April",
					     "May",       "June",     "July",     "August",
					     "September", "October",  "November", "December"};
	buf_puts(b, "Port works\n\n");
	for (int m = 0; m < 12; m++)
		buf_printf(b, "Ann Lee said the crane number %d was fixed on %s 3, 2025.\n\n",
			   m + 1, months[m]);
}

/* The last event selected in the small timeline pane of a wide screen, then the screen made
 * narrow and tall: the timeline tab showed the events from the sixth on and empty rows under the
 * last, the first five hidden above; the claims pane alike. A list whose end is on screen now
 * fills its pane; one longer than its pane still keeps its selection in view. */
static void grown_list_fills_its_pane(void)
{
	struct buf text = BUF_INIT, out = BUF_INIT;
	struct fixture f;
	struct grid g = {0};

	twelve_events(&text);
	setup(&f, text.data, text.len, 12, 160);
	REQUIRE_EQ(f.tl->nevents, 12);
	reader_key(&f.r, '\t');
	reader_key(&f.r, 'G');
	screen_text(&f.r, &g, &out);
	REQUIRE(f.r.list_top[PANE_TIMELINE] > 0);
	CHECK(strstr(out.data, "Dec 3") != NULL);
	reader_resize(&f.r, 40, 80);
	screen_text(&f.r, &g, &out);
	CHECK_EQ(f.r.list_top[PANE_TIMELINE], 0);
	CHECK(strstr(out.data, "Jan 3, 2025") != NULL);
	CHECK(strstr(out.data, "Dec 3") != NULL);
	/* too short for the list: the selected last event stays in view */
	reader_resize(&f.r, 8, 80);
	screen_text(&f.r, &g, &out);
	CHECK(f.r.list_top[PANE_TIMELINE] > 0);
	CHECK(strstr(out.data, "Dec 3") != NULL);
	/* the claims pane alike */
	REQUIRE_EQ(f.cl->n, 12);
	reader_resize(&f.r, 12, 160);
	reader_key(&f.r, '\t');
	reader_key(&f.r, 'G');
	screen_text(&f.r, &g, &out);
	REQUIRE(f.r.list_top[PANE_CLAIMS] > 0);
	reader_resize(&f.r, 40, 80);
	screen_text(&f.r, &g, &out);
	CHECK_EQ(f.r.list_top[PANE_CLAIMS], 0);
	CHECK(strstr(out.data, "crane number 1 was") != NULL);
	CHECK(strstr(out.data, "crane number 12 was") != NULL);
	buf_free(&out);
	buf_free(&text);
	grid_free(&g);
	teardown(&f);
}

/* The ISO date of the event whose summary holds s, or "" when there is none. */
static const char *event_iso(const struct fixture *f, const char *s)
{
	for (size_t i = 0; i < f->tl->nevents; i++) {
		const char *sum = timex_event_summary(f->tl, i);
		if (sum && strstr(sum, s))
			return timex_event_iso(&f->tl->events[i]);
	}
	return "";
}

/* "We remain ready to start service by September 1," in an article of March 12 read "by Sep 1"
 * of the year before: "ready to" looked no way, and the date fell behind the article. It looks
 * ahead now, as "poised to" does; told in the past ("was ready to") it is a plan seen from the
 * saying, and a date of something done stays in the past. */
static void ready_to_looks_ahead(void)
{
	static const char text[] =
		"Ferry\n\n"
		"\"We remain ready to run the ferry by March 1,\" the firm said.\n\n"
		"The crews are ready to start work in March.\n\n"
		"The firm said it started a second route on March 4.\n";
	struct fixture f;

	setup(&f, text, sizeof(text) - 1, 24, 80);
	CHECK_STR(event_iso(&f, "run the ferry"), "2026-03-01");
	CHECK_STR(event_iso(&f, "start work"), "2026-03");
	CHECK_STR(event_iso(&f, "second route"), "2025-03-04");
	teardown(&f);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(event_note_quotes_the_whole_quotation);
	RUN(grown_list_fills_its_pane);
	RUN(ready_to_looks_ahead);
	return CHECK_DONE();
}
