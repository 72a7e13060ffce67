/* export_mermaid: the timeline as a Mermaid `timeline` diagram, which GitHub, GitLab and
 * Obsidian draw from a ```mermaid block: one section a year, one period a date, its events. */
#include <stdio.h>
#include <string.h>

#include "dateline/export.h"

/* The characters Mermaid reads as syntax in diagram text. */
#define MERMAID_SYNTAX ":#%;<>&\"`"

/* Appends text as Mermaid diagram text on one line (text_visible_folded()): every character
 * Mermaid reads as syntax written as an entity code ("#58;" for ':'), or, in a period or
 * section name (period true), where no code is read, left out. b ends in a space (or nothing is
 * left of the text and b's trailing spaces go). */
static void mermaid_text(struct buf *b, const char *s, size_t n, bool period)
{
	struct buf f = BUF_INIT;

	text_visible_folded(&f, s, n, false, period ? MERMAID_SYNTAX : NULL);
	for (size_t i = 0; i < f.len; i++) {
		char c = f.data[i];
		const char *code = NULL;
		switch (c) {
		case ':':
			code = "#58;";
			break;
		case '#':
			code = "#35;";
			break;
		case '%':
			code = "#37;";
			break;
		case ';':
			code = "#59;";
			break;
		case '<':
			code = "#lt;";
			break;
		case '>':
			code = "#gt;";
			break;
		case '&':
			code = "#amp;";
			break;
		case '"':
			code = "#quot;";
			break;
		case '`':
			code = "#96;"; /* three in a row would close the fence */
			break;
		default:
			break;
		}
		if (code)
			buf_puts(b, code);
		else
			buf_putc(b, c);
	}
	while (b->len && b->data[b->len - 1] == ' ')
		b->data[--b->len] = '\0';
	buf_free(&f);
}

/* The section an event goes in: its year ("2025", "481 BC"), the decade or century it is
 * ("1990s"; "by 2030" goes in "2030", "early 1990s" in "1990s"), or "year unknown". */
static void section_name(const struct event *e, char *out, size_t n)
{
	if (!e->year)
		snprintf(out, n, "year unknown");
	else if (strcmp(e->label, timex_event_label_short(e)) == 0 &&
		 timex_event_date_label(e)[0] >= '0' && timex_event_date_label(e)[0] <= '9')
		snprintf(out, n, "%s", timex_event_date_label(e));
	else if (e->year < 0)
		snprintf(out, n, "%d BC", -e->year);
	else
		snprintf(out, n, "%d", e->year);
}

int export_mermaid(struct export_sink *s, const struct doc *d, const struct timex_list *t)
{
	struct buf *b = s->out;
	const char *title = doc_title_text(d);
	char sec[48] = "", cur[48];
	size_t period = 0; /* the width of the last period written */

	if (!t || !t->nevents)
		return export_sink_step(s);
	buf_puts(b, "```mermaid\ntimeline\n");
	if (title) {
		buf_puts(b, "    title ");
		mermaid_text(b, title, strlen(title), false);
		buf_putc(b, '\n');
	}
	for (size_t i = 0; i < t->nevents && !export_sink_step(s); i++) {
		const struct event *e = &t->events[i];
		b = s->out;
		section_name(e, cur, sizeof(cur));
		if (i == 0 || strcmp(cur, sec) != 0) {
			memcpy(sec, cur, sizeof(sec));
			buf_puts(b, "    section ");
			mermaid_text(b, sec, strlen(sec), true);
			buf_putc(b, '\n');
		}
		/* events of one date share its period, one a line under it */
		if (i > 0 && strcmp(t->events[i - 1].label, e->label) == 0) {
			buf_printf(b, "        %*s", (int)period, "");
		} else {
			buf_puts(b, "        ");
			size_t at = b->len;
			const char *label_short = timex_event_label_short(e);
			mermaid_text(b, label_short, strlen(label_short), true);
			period = text_width(b->data + at, b->len - at);
		}
		buf_puts(b, " : ");
		const char *summary = timex_event_summary(t, i);
		if (summary && summary[0])
			mermaid_text(b, summary, strlen(summary), false);
		else
			buf_puts(b, "(no summary)");
		buf_putc(b, '\n');
	}
	buf_puts(s->out, "```\n");
	return export_sink_step(s);
}
