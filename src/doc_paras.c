/* doc_paras: splitting a document's text into paragraphs, and a plain text's lists into their
 * items; where a paragraph's words begin. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"

struct line {
	size_t start, end; /* content, trailing white space trimmed */
	size_t next;       /* start of the following line */
	size_t indent;     /* bytes of white space before the content */
};

static struct line next_line(const struct doc *d, size_t pos)
{
	struct line l;
	const char *nl = memchr(d->text + pos, '\n', d->len - pos);
	size_t e = nl ? (size_t)(nl - d->text) : d->len;
	const char *cr = memchr(d->text + pos, '\r', e - pos);

	/* A lone CR ends a line too (old Mac files). */
	while (cr && (size_t)(cr - d->text) + 1 < e) {
		if (cr[1] != '\n') {
			e = (size_t)(cr - d->text);
			l.next = e + 1;
			goto found;
		}
		cr = memchr(cr + 1, '\r', e - (size_t)(cr + 1 - d->text));
	}
	l.next = nl ? e + 1 : d->len;
found:
	l.start = pos;
	l.end = e;
	while (l.end > l.start && is_hspace(d->text[l.end - 1]))
		l.end--;
	while (l.start < l.end && is_hspace(d->text[l.start]))
		l.start++;
	if (l.start == 0 && l.end >= 3 && memcmp(d->text, "\xEF\xBB\xBF", 3) == 0) {
		l.start = 3;
		while (l.start < l.end && is_hspace(d->text[l.start]))
			l.start++;
		pos = 3;
	}
	l.indent = l.start - pos;
	return l;
}

static void add_para(struct doc *d, size_t start, size_t end)
{
	if (doc_full(d))
		return;
	d->paras = xgrow(d->paras, &d->cappara, d->npara + 1, sizeof(*d->paras));
	d->paras[d->npara].span.start = start;
	d->paras[d->npara].span.end = end;
	d->paras[d->npara].first_sentence = 0;
	d->paras[d->npara].nsentences = 0;
	d->paras[d->npara].heading = false;
	d->paras[d->npara].quoted = false;
	d->paras[d->npara].list_item = false;
	d->paras[d->npara].number = 0;
	d->paras[d->npara].furniture = false; /* doc_mark_furniture() */
	d->paras[d->npara].byline = false;    /* find_byline() */
	d->npara++;
}

/* Lines of text in a block that is no list: one paragraph, or one per line when they are long
 * unwrapped lines (a text that uses single newlines between paragraphs). */
static void add_text(struct doc *d, const struct line *lines, size_t n)
{
	size_t longl = 0;

	if (n == 0)
		return;
	for (size_t i = 0; i + 1 < n; i++)
		if (lines[i].end - lines[i].start > 90 &&
		    text_fit(d->text + lines[i].start, lines[i].end - lines[i].start, 90) <
			    lines[i].end - lines[i].start)
			longl++;
	if (n >= 2 && longl * 2 > n - 1) {
		for (size_t i = 0; i < n; i++)
			add_para(d, lines[i].start, lines[i].end);
		return;
	}
	add_para(d, lines[0].start, lines[n - 1].end);
}

/* The bullet or number that opens an item of a list. */
struct marker {
	size_t len;         /* its bytes with the white space after it; 0: the line opens no item */
	uint32_t number;    /* the item's number; 0 for a bullet */
	unsigned char kind; /* tells bullets and delimiters ("." or ")") apart */
};

/* The marker on line l: "* ", "- ", "+ ", "• " (and the other bullet glyphs), "1. " or "12) ",
 * followed by words. A year or an amount ("2025 was", "$5 million") is no number: a number has
 * one or two digits and a stop or a bracket after it. */
static struct marker item_marker(const struct doc *d, const struct line *l)
{
	static const char *const glyphs[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA",
					     "\xE2\x80\xA3"}; /* • ◦ ▪ ‣ */
	const char *t = d->text + l->start;
	size_t n = l->end - l->start, k = 0;
	struct marker m = {0, 0, 0};

	if (n >= 2 && (t[0] == '*' || t[0] == '-' || t[0] == '+')) {
		k = 1;
		m.kind = (unsigned char)t[0];
	} else if (n >= 3 && t[0] >= '0' && t[0] <= '9') {
		k = n > 2 && t[1] >= '0' && t[1] <= '9' ? 2 : 1;
		if (t[k] != '.' && t[k] != ')')
			return m;
		m.number = (uint32_t)(t[0] - '0');
		if (k == 2)
			m.number = m.number * 10 + (uint32_t)(t[1] - '0');
		if (m.number == 0)
			return m;
		m.kind = (unsigned char)t[k++];
	} else {
		for (size_t g = 0; g < sizeof(glyphs) / sizeof(*glyphs) && !k; g++)
			if (n >= 4 && memcmp(t, glyphs[g], 3) == 0) {
				k = 3;
				m.kind = (unsigned char)t[2];
			}
	}
	if (!k || k >= n || !is_hspace(t[k]))
		return (struct marker){0, 0, 0};
	while (k < n && is_hspace(t[k]))
		k++;
	/* "* * *" is a break between sections, not a list */
	if (k >= n || (unsigned char)t[k] == m.kind)
		return (struct marker){0, 0, 0};
	m.len = k;
	return m;
}

/* Does line l carry on the item whose last line is prev? An indented line does, and a line that
 * is not a sentence's start after one that ends none ("the budget\nwill pass"). */
static bool item_goes_on(const struct doc *d, const struct line *prev, const struct line *l)
{
	char last = d->text[prev->end - 1], first = d->text[l->start];

	return l->indent > 0 || (!strchr(".!?:", last) && !text_is_ascii_upper(first) &&
				 first != '"' && first != '(');
}

/* Is m the next item of a list that item `prev` is in: the same bullet, or the next number? */
static bool next_item(struct marker prev, struct marker m)
{
	return m.len && m.kind == prev.kind && (prev.number ? m.number == prev.number + 1 : true);
}

/* Adds the item that opens with marker m on line l and ends at `end`. */
static void add_item(struct doc *d, const struct line *l, struct marker m, size_t end)
{
	add_para(d, l->start + m.len, end);
	if (d->npara && d->paras[d->npara - 1].span.start == l->start + m.len) {
		d->paras[d->npara - 1].list_item = true;
		d->paras[d->npara - 1].number = m.number;
	}
}

/* The run of items of lines[0..n) that opens with an item at line 0: items of one kind after
 * each other, an item indented deeper than the first being one of a list inside it, each with
 * the lines that carry it on. Returns the lines it takes (0 when line 0 opens no item), *items
 * set to how many items it has and *last to the last item's marker at the first one's depth;
 * adds the items when `add`. */
static size_t list_run(struct doc *d, const struct line *lines, size_t n, bool add, size_t *items,
		       struct marker *last)
{
	struct marker prev = item_marker(d, &lines[0]), m, open = prev;
	size_t i = 1, start = 0;

	*items = 0;
	if (!prev.len)
		return 0;
	*items = 1;
	for (; i < n; i++) {
		m = item_marker(d, &lines[i]);
		bool inner = m.len && lines[i].indent > lines[0].indent;
		if (inner || (lines[i].indent == lines[0].indent && next_item(prev, m))) {
			if (add)
				add_item(d, &lines[start], open, lines[i - 1].end);
			if (!inner)
				prev = m;
			open = m;
			start = i;
			(*items)++;
		} else if (m.len || !item_goes_on(d, &lines[i - 1], &lines[i])) {
			break;
		}
	}
	if (add)
		add_item(d, &lines[start], open, lines[i - 1].end);
	*last = prev;
	return i;
}

/* The paragraph the block before ended with, when it may be an item of a list whose items have
 * blank lines between them ("1. Ann Lee\n\n2. Tom Hale"). */
struct list_tail {
	size_t para; /* SIZE_MAX: none */
	struct marker m;
};

/* A block that is one item: an item of the list the paragraph before is in or opens, which is
 * then an item too; the text it is (as without lists) when no such list is before it. */
static void add_lone_item(struct doc *d, const struct line *lines, size_t n, struct list_tail *tail)
{
	struct marker m = item_marker(d, &lines[0]);

	if (tail->para != SIZE_MAX && tail->para + 1 == d->npara && next_item(tail->m, m)) {
		struct doc_para *p = &d->paras[tail->para];
		if (!p->list_item) {
			p->span.start += tail->m.len;
			p->list_item = true;
			p->number = tail->m.number;
		}
		add_item(d, &lines[0], m, lines[n - 1].end);
		tail->para = d->npara - 1;
		tail->m = m;
		return;
	}
	size_t before = d->npara;
	add_text(d, lines, n);
	tail->para = d->npara == before + 1 ? before : SIZE_MAX;
	tail->m = m;
}

/* Closes a block of non-blank lines: its lists (two items or more: a lone "- Ann Lee" signs a
 * quotation, a dash may open a line of dialogue) and the text between them. */
static void flush_block(struct doc *d, const struct line *lines, size_t n, struct list_tail *tail)
{
	size_t from = 0, i = 0, items, run;
	struct marker last;

	if (n == 0)
		return;
	if (d->format != FORMAT_TEXT) {
		add_text(d, lines, n); /* a converter gives its lists' items */
		return;
	}
	run = list_run(d, lines, n, false, &items, &last);
	if (items == 1 && run == n) {
		add_lone_item(d, lines, n, tail);
		return;
	}
	tail->para = SIZE_MAX;
	while (i < n) {
		run = list_run(d, lines + i, n - i, false, &items, &last);
		if (items < 2) {
			i++;
			continue;
		}
		add_text(d, lines + from, i - from);
		list_run(d, lines + i, n - i, true, &items, &last);
		i += run;
		from = i;
		if (i == n) {
			tail->para = d->npara - 1;
			tail->m = last;
		}
	}
	add_text(d, lines + from, n - from);
}

void doc_split_paragraphs(struct doc *d)
{
	struct line *block = NULL;
	size_t nblock = 0, cap = 0, pos = 0;
	struct list_tail tail = {SIZE_MAX, {0, 0, 0}};

	while (pos < d->len) {
		struct line l = next_line(d, pos);
		if (l.end > l.start) {
			block = xgrow(block, &cap, nblock + 1, sizeof(*block));
			block[nblock++] = l;
		} else {
			flush_block(d, block, nblock, &tail);
			nblock = 0;
		}
		if (l.next <= pos)
			break;
		pos = l.next;
	}
	flush_block(d, block, nblock, &tail);
	free(block);
}

void doc_mark_furniture(struct doc *d)
{
	for (size_t p = 0; p < d->npara; p++) {
		struct doc_para *para = &d->paras[p];
		const char *s = d->text + para->span.start;
		size_t n = para->span.end - para->span.start;
		para->furniture = formats_caption_line(s, n) ||
				  (!para->heading && formats_credit_line(s, n));
	}
}

/* The end of the white space (a no-break space too) from pos, before end and within 32 bytes:
 * a label's place is near its paragraph's start, and every name asks where it is. */
static size_t space_end(const char *t, size_t pos, size_t end)
{
	if (end > pos + 32)
		end = pos + 32;
	while (pos < end) {
		uint32_t cp;
		int n = text_decode(t + pos, end - pos, &cp);
		if (n <= 0 || !(cp == 0xA0 || text_is_space(cp)))
			break;
		pos += (size_t)n;
	}
	return pos;
}

size_t doc_paragraph_lead(const struct doc *d, size_t p)
{
	const struct span sp = d->paras[p].span;
	size_t pos = space_end(d->text, sp.start, sp.end);
	uint32_t cp;
	int n = pos < sp.end ? text_decode(d->text + pos, sp.end - pos, &cp) : 0;

	if (n > 0 && (cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0x00AB || cp == 0x300C ||
		      cp == 0x300E))
		pos = space_end(d->text, pos + (size_t)n, sp.end);
	return pos;
}
