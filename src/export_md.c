/* export_md: the timeline, claims and notes as CommonMark with YAML front matter, every piece of
 * article or note text escaped so that it can never change the document's structure. */
#include <stdio.h>
#include <string.h>

#include "dateline/export.h"
#include "dateline/notes.h"

/* The longest passage quoted for a note, in bytes; the rest is elided. */
#define QUOTE_MAX 2000

/* Appends s (n bytes) as a YAML double-quoted scalar: repaired, controls visible, escaped. */
static void yaml_str(struct buf *b, const char *s, size_t n)
{
	struct buf v = BUF_INIT;
	uint32_t sep;

	text_visible(&v, s, n);
	buf_putc(b, '"');
	for (size_t i = 0; i < v.len; i++) {
		unsigned char c = (unsigned char)v.data[i];
		if (c == '"' || c == '\\') {
			buf_putc(b, '\\');
			buf_putc(b, (char)c);
		} else if (c == '\n') {
			buf_puts(b, "\\n");
		} else if (c == '\t') {
			buf_puts(b, "\\t");
		} else if (c < 0x20 || c == 0x7F) {
			buf_printf(b, "\\x%02X", c);
		} else if ((sep = text_line_separator(v.data + i, v.len - i)) != 0) {
			/* U+2028 and U+2029 are line breaks to YAML. */
			buf_puts(b, sep == 0x2028 ? "\\L" : "\\P");
			i += 2;
		} else {
			buf_putc(b, (char)c);
		}
	}
	buf_putc(b, '"');
	buf_free(&v);
}

/* Appends one line of text as Markdown inline content that is only text: every character that
 * could start emphasis, code, a link, HTML or an entity is escaped, and so is anything that
 * would open a block (heading, list, quote, thematic break, fence) at the start of the line.
 * The input must already be visible (no controls) and hold no newline. */
static void md_line(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, digits = 0;

	while (n && text_is_ascii_space(s[n - 1]))
		n--;
	while (i < n && text_is_ascii_space(s[i]))
		i++;
	/* Block openers at the start: "-", "+", "=", "1." and "1)" ("#", ">" and the rest are
	 * escaped wherever they are). */
	if (i < n && s[i] && strchr("-+=", s[i]))
		buf_putc(b, '\\');
	while (i + digits < n && digits < 10 && s[i + digits] >= '0' && s[i + digits] <= '9')
		digits++;
	for (size_t k = i; k < n; k++) {
		char c = s[k];
		if (c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			buf_putc(b, ' ');
			continue;
		}
		if ((c && strchr("\\`*_[]<>&|~#", c)) ||
		    (digits && k == i + digits && (c == '.' || c == ')')))
			buf_putc(b, '\\');
		buf_putc(b, c);
	}
}

/* Appends text as one Markdown line: visible, white space folded to single spaces, soft
 * hyphens left out. */
static void md_folded(struct buf *b, const char *s, size_t n)
{
	struct buf f = BUF_INIT;

	text_visible_folded(&f, s, n, false, NULL);
	md_line(b, f.data, f.len);
	buf_free(&f);
}

/* Appends multi-line text as Markdown lines, each prefixed by `prefix` ("" or "> "): lines
 * become hard-wrapped text of one paragraph, blank lines separate paragraphs. */
static void md_block(struct buf *b, const char *s, size_t n, const char *prefix)
{
	struct buf v = BUF_INIT;
	size_t i = 0;
	bool blank = false, any = false;

	text_visible(&v, s, n);
	while (i < v.len) {
		const char *nl = memchr(v.data + i, '\n', v.len - i);
		size_t e = nl ? (size_t)(nl - v.data) : v.len;
		size_t k = i;
		while (k < e && text_is_ascii_space(v.data[k]))
			k++;
		if (k == e) {
			blank = any;
		} else {
			if (blank)
				buf_printf(b, "%s\n", prefix[0] ? ">" : "");
			buf_puts(b, prefix);
			md_line(b, v.data + i, e - i);
			buf_putc(b, '\n');
			blank = false;
			any = true;
		}
		i = e + 1;
	}
	if (!any) {
		buf_puts(b, prefix);
		buf_puts(b, "(empty)\n");
	}
	buf_free(&v);
}

static void iso_time(struct buf *b, time_t t)
{
	struct tm tm;
	char s[32];

	if (gmtime_r(&t, &tm) && strftime(s, sizeof(s), "%Y-%m-%dT%H:%M:%SZ", &tm))
		buf_puts(b, s);
	else
		buf_puts(b, "unknown");
}

static void front_matter(struct buf *b, const struct doc *d, const struct note_list *notes,
			 time_t now)
{
	enum doc_anchor_from from;
	struct date a = doc_anchor(d, &from);
	const char *title = doc_title_text(d);

	buf_puts(b, "---\ntitle: ");
	if (title)
		yaml_str(b, title, strlen(title));
	else
		buf_puts(b, "null");
	buf_puts(b, "\nsource: ");
	yaml_str(b, doc_name(d), strlen(doc_name(d)));
	if (a.year && from != ANCHOR_NONE)
		buf_printf(b, "\nanchor: \"%04d-%02d-%02d\"", a.year, a.month, a.day);
	else
		buf_puts(b, "\nanchor: null");
	buf_puts(b, "\nexported: ");
	iso_time(b, now);
	buf_puts(b, "\ndateline: \"" DATELINE_VERSION "\"\n");
	buf_printf(b, "notes: %zu\n---\n\n", notes ? notes->n : 0);
	if (title) {
		buf_puts(b, "# ");
		md_folded(b, title, strlen(title));
		buf_puts(b, "\n\n");
	}
}

/* Starts a section with its heading ("## Heading"), then writes none when it has no items.
 * Returns whether it has any. */
static bool section(struct buf *b, const char *heading, size_t count, const char *none)
{
	buf_printf(b, "## %s\n\n", heading);
	if (!count)
		buf_puts(b, none);
	return count > 0;
}

/* The timeline: a list item an event with its label, its full date (when the label is not
 * already that) and its whole summary, then the same as a Mermaid diagram. */
static void timeline(struct export_sink *s, const struct doc *d, const struct timex_list *t)
{
	struct buf *b = s->out;

	if (!section(b, "Timeline", t ? t->nevents : 0, "No dated events found.\n\n"))
		return;
	for (size_t i = 0; i < t->nevents && !export_sink_step(s); i++) {
		const struct event *e = &t->events[i];
		b = s->out;
		buf_puts(b, "- **");
		md_folded(b, e->label, strlen(e->label));
		buf_puts(b, "**");
		const char *iso = timex_event_iso(e);
		if (iso[0] && strcmp(iso, e->label) != 0) {
			buf_puts(b, " (");
			md_folded(b, iso, strlen(iso));
			buf_putc(b, ')');
		}
		buf_puts(b, " — ");
		const char *summary = timex_event_summary(t, i);
		if (summary)
			md_folded(b, summary, strlen(summary));
		buf_printf(b, " (\xC2\xB6%zu)\n", (size_t)e->paragraph + 1);
	}
	buf_putc(s->out, '\n');
	if (!export_sink_step(s)) {
		export_mermaid(s, d, t);
		buf_putc(s->out, '\n');
	}
}

/* The speaker of a claim as written or resolved, as Markdown. */
static void speaker(struct buf *b, const struct doc *d, const struct claim *x)
{
	const char *text = doc_text(d, NULL);

	if (x->speaker_resolved) {
		buf_puts(b, " by ");
		md_folded(b, x->speaker_resolved, strlen(x->speaker_resolved));
	} else if (x->speaker.end > x->speaker.start) {
		buf_puts(b, " by ");
		md_folded(b, text + x->speaker.start, x->speaker.end - x->speaker.start);
		if (claims_speaker_unresolved(d, x))
			buf_puts(b, " (unresolved)");
	} else {
		buf_puts(b, " with no speaker");
	}
}

/* md_folded() keeping one space at either end of the piece (a piece of a line). */
static void md_piece(struct buf *b, const char *s, size_t n)
{
	if (n && s[0] == ' ')
		buf_putc(b, ' ');
	md_folded(b, s, n);
	if (n > 1 && s[n - 1] == ' ')
		buf_putc(b, ' ');
}

static void claims(struct export_sink *s, const struct doc *d, const struct claim_list *c)
{
	struct buf *b = s->out, line = BUF_INIT;

	if (!section(b, "Claims", c ? c->n : 0, "No claims found.\n\n"))
		return;
	for (size_t i = 0; i < c->n && !export_sink_step(s); i++) {
		const struct claim *x = &c->items[i];
		struct claim_parts parts;
		size_t depth = claims_depth(c, i);
		b = s->out;
		/* a claim held by another is an item of a list under it */
		for (size_t k = 0; k < depth && k < 8; k++)
			buf_puts(b, "  ");
		buf_printf(b, "- \xC2\xB6%zu · ", x->paragraph + 1);
		buf_clear(&line);
		claims_render(&line, d, x, &parts);
		md_piece(b, line.data, parts.who_start);
		/* a speaker's name in bold; "(no speaker)" and "they (unresolved)" are none, and
		 * nothing makes no "****" */
		size_t wn = parts.who_end - parts.who_start;
		bool named = wn > 0 && !claims_speaker_unresolved(d, x) &&
			     !(wn == strlen(CLAIMS_NO_SPEAKER) &&
			       memcmp(line.data + parts.who_start, CLAIMS_NO_SPEAKER, wn) == 0);
		if (named)
			buf_puts(b, "**");
		md_folded(b, line.data + parts.who_start, wn);
		if (named)
			buf_puts(b, "**");
		md_piece(b, line.data + parts.who_end, line.len - parts.who_end);
		buf_putc(b, '\n');
	}
	buf_free(&line);
	buf_putc(s->out, '\n');
}

/* What a note is attached to, with the event's label or the claim's speaker when known. */
static void attached(struct buf *b, const struct doc *d, const struct timex_list *t,
		     const struct claim_list *c, const struct note *n)
{
	buf_puts(b, note_target_name(n->target));
	if (n->detached)
		return;
	if (n->target == NOTE_EVENT && t) {
		for (size_t i = 0; i < t->nevents; i++) {
			const struct event *e = &t->events[i];
			if (n->span.start >= e->span.start && n->span.start < e->span.end) {
				buf_puts(b, " ");
				md_folded(b, e->label, strlen(e->label));
				return;
			}
		}
	} else if (n->target == NOTE_CLAIM && c) {
		/* the claim whose passage (its content with its speaker and cue, as the reader
		 * marks it) is the note's, else the smallest that holds its start */
		size_t best = SIZE_MAX, best_len = SIZE_MAX;
		for (size_t i = 0; i < c->n; i++) {
			struct span e = claims_extent(&c->items[i]);
			if (e.start == n->span.start && e.end == n->span.end) {
				best = i;
				break;
			}
			if (n->span.start >= e.start && n->span.start < e.end &&
			    e.end - e.start < best_len) {
				best = i;
				best_len = e.end - e.start;
			}
		}
		if (best != SIZE_MAX)
			speaker(b, d, &c->items[best]);
	}
}

/* The whole sentences that hold span s, and those of its paragraph that a quotation open across
 * their ends runs through: ""We met on March 3. Nothing has changed," she said." is quoted whole
 * for an event in its first sentence, never cut open after "March 3.". */
static struct span whole_sentences(const struct doc *d, struct span s)
{
	size_t ns = doc_sentence_count(d), i = doc_sentence_at(d, s.start);
	size_t j = doc_sentence_at(d, s.end > s.start ? s.end - 1 : s.start);

	while (i > 0 && doc_sentence(d, i - 1)->ends_in_quote &&
	       doc_sentence(d, i - 1)->paragraph == doc_sentence(d, i)->paragraph)
		i--;
	while (j + 1 < ns && doc_sentence(d, j)->ends_in_quote &&
	       doc_sentence(d, j + 1)->paragraph == doc_sentence(d, j)->paragraph)
		j++;
	size_t a = doc_sentence(d, i)->span.start, e = doc_sentence(d, j)->span.end;
	return (struct span){a < s.start ? a : s.start, e > s.end ? e : s.end};
}

static void note_md(struct buf *b, const struct doc *d, const struct timex_list *t,
		    const struct claim_list *c, const struct note *n, size_t k)
{
	size_t len, qn;
	const char *text = doc_text(d, &len), *q;
	bool placed = !n->detached && n->span.start <= n->span.end && n->span.end <= len;

	buf_printf(b, "### %zu. ", k + 1);
	if (placed)
		buf_printf(b, "\xC2\xB6%zu · ", n->paragraph + 1);
	else
		buf_puts(b, n->foreign ? "Another article · " : "Detached · ");
	attached(b, d, t, c, n);
	buf_puts(b, "\n\n");
	/* The passage as it is in this version of the article, or as it was when detached. An
	 * event's or a claim's passage is quoted in whole sentences, so that the quotation marks
	 * and the speech tag of a quotation stand as the article has them. */
	q = placed ? text + n->span.start : (n->quote ? n->quote : "");
	qn = placed ? n->span.end - n->span.start : strlen(q);
	if (placed && (n->target == NOTE_EVENT || n->target == NOTE_CLAIM) &&
	    doc_sentence_count(d)) {
		struct span w = whole_sentences(d, n->span);
		q = text + w.start;
		qn = w.end - w.start;
	}
	if (qn > QUOTE_MAX) {
		qn = QUOTE_MAX;
		while (qn > 0 && ((unsigned char)q[qn] & 0xC0) == 0x80)
			qn--;
		struct buf cut = BUF_INIT;
		buf_put(&cut, q, qn);
		buf_puts(&cut, " …");
		md_block(b, cut.data, cut.len, "> ");
		buf_free(&cut);
	} else {
		md_block(b, q, qn, "> ");
	}
	buf_putc(b, '\n');
	md_block(b, n->text ? n->text : "", n->text ? strlen(n->text) : 0, "");
	buf_puts(b, "\n— ");
	if (placed) {
		buf_puts(b, "attached to the ");
		attached(b, d, t, c, n);
		buf_printf(b, " in \xC2\xB6%zu", n->paragraph + 1);
	} else if (n->foreign) {
		/* another article that was saved under this article's name */
		buf_puts(b, "of another article that was at this path (on a ");
		attached(b, d, t, c, n);
		buf_putc(b, ')');
	} else {
		buf_puts(b, "detached: the passage is no longer in the article (was a ");
		attached(b, d, t, c, n);
		buf_putc(b, ')');
	}
	buf_puts(b, "; written ");
	iso_time(b, (time_t)n->created);
	if (n->modified != n->created) {
		buf_puts(b, ", edited ");
		iso_time(b, (time_t)n->modified);
	}
	buf_putc(b, '\n');
}

int export_markdown(struct export_sink *s, const struct doc *d, const struct timex_list *t,
		    const struct claim_list *c, const struct note_list *notes, time_t now)
{
	front_matter(s->out, d, notes, now);
	timeline(s, d, t);
	claims(s, d, c);
	section(s->out, "Notes", notes ? notes->n : 0, "No notes.\n");
	/* A blank line between notes, none after the last. */
	for (size_t i = 0; notes && i < notes->n && !export_sink_step(s); i++) {
		if (i)
			buf_putc(s->out, '\n');
		note_md(s->out, d, t, c, &notes->items[i], i);
	}
	return export_sink_step(s);
}
