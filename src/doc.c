/* doc: loading an article, checking it is text, and splitting paragraphs and sentences. */
#include "dateline/doc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dateline/formats.h"

struct doc {
	char *text; /* NUL-terminated analysed text */
	size_t len;
	bool converted;
	bool legacy; /* plain text read as windows-1252 */
	enum format format;
	char *name;
	/* FNV-1a of the input bytes; 0 until doc_hash() or a conversion of the text computes it (a
	 * cache, atomic because the document is read on several threads) */
	_Atomic uint64_t hash;
	struct doc_para *paras;
	size_t npara, cappara;
	struct doc_sentence *sents;
	size_t nsent, capsent;
	bool has_title;
	struct span title;
	char *title_text;
	char *byline, *site, *published, *modified;
	struct date anchor;
	enum doc_anchor_from anchor_from;
	struct doc_diag *diags;
	size_t ndiag, capdiag, ndiag_dropped;
	size_t *line_starts; /* built on the first diagnostic */
	size_t nlines;
};

#define DIAG_MAX 100

static bool is_hspace(char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

/* The end of the horizontal white space from pos (before end), no-break spaces included: news
 * pages often put one after a full stop. */
static size_t nbsp_skip(const struct doc *d, size_t pos, size_t end)
{
	for (;;) {
		if (pos < end && is_hspace(d->text[pos]))
			pos++;
		else if (pos + 1 < end && (unsigned char)d->text[pos] == 0xC2 &&
			 (unsigned char)d->text[pos + 1] == 0xA0)
			pos += 2;
		else
			return pos;
	}
}

/* ---- diagnostics ---- */

static void build_lines(struct doc *d)
{
	size_t cap = 0;

	d->line_starts = xgrow(NULL, &cap, 1, sizeof(size_t));
	d->line_starts[0] = 0;
	d->nlines = 1;
	for (size_t i = 0; i < d->len; i++) {
		char c = d->text[i];
		if (c == '\n' || (c == '\r' && (i + 1 >= d->len || d->text[i + 1] != '\n'))) {
			d->line_starts = xgrow(d->line_starts, &cap, d->nlines + 1, sizeof(size_t));
			d->line_starts[d->nlines++] = i + 1;
		}
	}
}

/* Adds a diagnostic at byte offset `pos` (line and column are computed). */
DL_PRINTF(4, 5)
static void diag_add(struct doc *d, enum doc_level level, size_t pos, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;
	size_t lo = 0, hi;

	if (d->ndiag >= DIAG_MAX) {
		d->ndiag_dropped++;
		return;
	}
	if (!d->line_starts)
		build_lines(d);
	hi = d->nlines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->line_starts[mid] <= pos)
			lo = mid;
		else
			hi = mid;
	}
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	d->diags = xgrow(d->diags, &d->capdiag, d->ndiag + 1, sizeof(*d->diags));
	d->diags[d->ndiag].level = level;
	d->diags[d->ndiag].line = lo + 1;
	d->diags[d->ndiag].column = pos - d->line_starts[lo] + 1;
	d->diags[d->ndiag].message = buf_detach(&b, NULL);
	d->ndiag++;
}

size_t doc_diag_count(const struct doc *d)
{
	return d->ndiag;
}

const struct doc_diag *doc_diag(const struct doc *d, size_t i)
{
	return &d->diags[i];
}

/* ---- text check ---- */

/* Some byte of w is not printable ASCII (below 0x20, or 0x7F and above). */
static uint64_t has_unprintable(uint64_t w)
{
	return text_word8_below(w, 0x20) | text_word8_high(w + TEXT_ONES) | text_word8_high(w);
}

/* Before the text stops being the input bytes: their hash, for doc_hash(). */
static void hash_input(struct doc *d)
{
	if (!atomic_load_explicit(&d->hash, memory_order_relaxed))
		atomic_store_explicit(&d->hash, text_hash(d->text, d->len), memory_order_relaxed);
}

/* Refuses NUL bytes and input of which more than a tenth is control characters: only those make
 * a file binary. Text that is not UTF-8 is read as windows-1252 when `decode` (the analysed text
 * is then the decoded text); a few invalid bytes in UTF-8 text are reported. */
static bool check_text(struct doc *d, bool decode)
{
	size_t bad = 0, ctrl = 0, i = 0;
	uint32_t cp;

	if (memchr(d->text, '\0', d->len))
		return false;
	if (decode) {
		struct buf b = BUF_INIT;
		if (formats_legacy_text(d->text, d->len, &b)) {
			hash_input(d);
			free(d->text);
			d->text = buf_detach(&b, &d->len);
			d->converted = true;
			d->legacy = true;
			diag_add(d, DIAG_WARNING, 0, "not UTF-8: read as windows-1252");
		}
		buf_free(&b);
	}
	while (i < d->len) {
		unsigned char c = (unsigned char)d->text[i];
		if (i + 8 <= d->len && !has_unprintable(text_word8(d->text + i))) {
			i += 8;
			continue;
		}
		if (c >= 0x20 && c < 0x7F) {
			i++;
			continue;
		}
		if (c < 0x80) {
			if (c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' &&
			    c != 0x1B)
				ctrl++;
			i++;
			continue;
		}
		int k = text_decode(d->text + i, d->len - i, &cp);
		if (k == 0) {
			bad++;
			i++;
			continue;
		}
		if (cp >= 0x80 && cp < 0xA0)
			ctrl++; /* C1 controls */
		i += (size_t)k;
	}
	if (ctrl * 10 > d->len && d->len > 0)
		return false;
	if (bad) {
		size_t shown = 0;
		i = 0;
		while (i < d->len && shown < 10) {
			size_t ok = text_valid_prefix(d->text + i, d->len - i);
			i += ok;
			if (i < d->len) {
				diag_add(d, DIAG_WARNING, i, "invalid UTF-8 replaced");
				shown++;
				i++;
			}
		}
		if (bad > shown)
			diag_add(d, DIAG_WARNING, 0, "%zu bytes of invalid UTF-8 in all", bad);
	}
	return true;
}

/* ---- paragraphs ---- */

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

/* Indices are 32-bit (doc.h): no paragraph nor sentence is added after the last one they count. */
static bool doc_full(const struct doc *d)
{
	return d->npara >= UINT32_MAX || d->nsent >= UINT32_MAX;
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
	d->paras[d->npara].list_item = false;
	d->paras[d->npara].number = 0;
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

static void split_paragraphs(struct doc *d)
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

/* ---- sentences ---- */

static const char *const abbrevs[] = {
	"Mr",   "Mrs",    "Ms",   "Dr",    "Prof", "Sen",  "Rep",  "Gov",  "Gen",    "Col",  "Lt",
	"Sgt",  "Capt",   "Cmdr", "Adm",   "Maj",  "St",   "Jr",   "Sr",   "Inc",    "Corp", "Co",
	"Cos",  "Ltd",    "Bros", "vs",    "No",   "Nos",  "Jan",  "Feb",  "Mar",    "Apr",  "Jun",
	"Jul",  "Aug",    "Sep",  "Sept",  "Oct",  "Nov",  "Dec",  "Mt",   "Ft",     "Pres", "Rev",
	"Hon",  "Messrs", "Mmes", "Univ",  "Dept", "Ave",  "Blvd", "Rd",   "approx", "est",  "fig",
	"Fig",  "al",     "cf",   "Ph",    "Gens", "Sens", "Reps", "Supt", "Insp",   "Det",  "Ald",
	"Atty", "Rt",     "Mass", "Calif", "Conn", "Fla",  "Ill",  "Mich", "Minn",   "Penn", "Tenn",
	"Tex",  "Va",     "Wash", "Wis",   "Ariz", "Colo", "Ore",  "Okla", "Ky",     "La",   "Md",
	"Mo",   "Neb",    "Nev",  "Ala",   "Ark",  "Del",  "Ga",   "Ind",  "Kan",    "Miss", "Mont",
	"Vt",   "Wyo",    "v", /* "Roe v. Wade" */
};

/* Abbreviations that end a name ("Vale Tools Inc.", "Ann Lee Jr."): a sentence may end with the
 * name, so a word of the starters after one begins the next ("... Vale Tools Inc. The firm
 * said"). */
static const char *const name_ends[] = {"Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr"};

/* Words that start a new sentence even after a dotted acronym such as "U.S.". */
static const char *const starters[] = {
	"The",   "He",  "She", "It",    "They", "We",    "I",       "But",       "And",
	"In",    "On",  "At",  "This",  "That", "There", "These",   "Those",     "A",
	"An",    "His", "Her", "Their", "Its",  "Our",   "As",      "After",     "When",
	"While", "If",  "So",  "Yet",   "Now",  "Still", "However", "Meanwhile",
};

static bool word_in(const char *w, size_t n, const char *const *list, size_t count)
{
	/* The first letter rules out nearly every entry before its length is measured. */
	for (size_t i = 0; i < count; i++)
		if (n && list[i][0] == w[0] && strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return true;
	return false;
}

/* Is the word at `next` (before pend) one of the starters? */
static bool starter_at(const struct doc *d, size_t next, size_t pend)
{
	size_t e = next;

	while (e < pend && text_is_ascii_letter(d->text[e]))
		e++;
	return word_in(d->text + next, e - next, starters, sizeof(starters) / sizeof(*starters));
}

/* Is the '.' at position `dot` the end of an abbreviation (so not a sentence end)? `next` is the
 * start of the following word. */
static bool abbreviation_before(const struct doc *d, size_t pstart, size_t dot, size_t next,
				size_t pend)
{
	size_t w = dot;
	bool dotted = false;

	while (w > pstart && (text_is_ascii_letter(d->text[w - 1]) || d->text[w - 1] == '.')) {
		if (d->text[w - 1] == '.')
			dotted = true;
		w--;
	}
	if (w == dot)
		return false;
	if (!dotted && word_in(d->text + w, dot - w, abbrevs, sizeof(abbrevs) / sizeof(*abbrevs)))
		return !word_in(d->text + w, dot - w, name_ends,
				sizeof(name_ends) / sizeof(*name_ends)) ||
		       !starter_at(d, next, pend);
	/* A single capital initial ("John F. Kennedy") or a dotted acronym ("U.S.", "a.m."). */
	if ((dot - w == 1 && text_is_ascii_upper(d->text[w])) || dotted)
		return !(dotted && starter_at(d, next, pend));
	return false;
}

static int quote_delta(uint32_t cp, bool *toggle)
{
	*toggle = false;
	switch (cp) {
	case '"':
		*toggle = true;
		return 0;
	case 0x201C: /* “ */
	case 0x00AB: /* « */
	case 0x300C: /* 「 */
	case 0x300E: /* 『 */
		return 1;
	case 0x201D: /* ” */
	case 0x00BB: /* » */
	case 0x300D: /* 」 */
	case 0x300F: /* 』 */
		return -1;
	default:
		return 0;
	}
}

static bool is_closer(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
	       cp == 0x00BB || cp == 0x300D || cp == 0x300F || cp == 0xFF09 || cp == 0x3011;
}

static void add_sentence(struct doc *d, size_t para, size_t start, size_t end, bool inq)
{
	while (start < end &&
	       (text_is_space((unsigned char)d->text[start]) || nbsp_skip(d, start, end) > start))
		start = text_is_space((unsigned char)d->text[start]) ? start + 1
								     : nbsp_skip(d, start, end);
	while (end > start && is_hspace(d->text[end - 1]))
		end--;
	if (end <= start || doc_full(d))
		return;
	d->sents = xgrow(d->sents, &d->capsent, d->nsent + 1, sizeof(*d->sents));
	d->sents[d->nsent].span.start = start;
	d->sents[d->nsent].span.end = end;
	d->sents[d->nsent].paragraph = (uint32_t)para;
	d->sents[d->nsent].ends_in_quote = inq;
	d->nsent++;
	d->paras[para].nsentences++;
}

static void split_sentences(struct doc *d, size_t p)
{
	size_t ps = d->paras[p].span.start, pe = d->paras[p].span.end;
	size_t i = ps, start = ps;
	int depth = 0;
	bool straight_open = false;
	uint32_t cp;

	d->paras[p].first_sentence = (uint32_t)d->nsent;
	while (i < pe) {
		unsigned char b = (unsigned char)d->text[i];
		/* Most bytes are ASCII that neither ends a sentence nor quotes: skip them fast. */
		if (i + 8 <= pe) {
			uint64_t w = text_word8(d->text + i);
			if (!(text_word8_high(w) | text_word8_has(w, '.') | text_word8_has(w, '!') |
			      text_word8_has(w, '?') | text_word8_has(w, '"'))) {
				i += 8;
				continue;
			}
		}
		if (b < 0x80 && b != '.' && b != '!' && b != '?' && b != '"') {
			i++;
			continue;
		}
		int k = text_decode(d->text + i, pe - i, &cp);
		size_t at = i;
		bool toggle;
		int delta;

		i += k ? (size_t)k : 1;
		delta = quote_delta(cp, &toggle);
		if (toggle)
			straight_open = !straight_open;
		depth += delta;
		if (depth < 0)
			depth = 0;
		bool cjk = cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F;
		if (!(cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cjk))
			continue;
		/* Take the rest of a run of terminators and closing marks with the sentence. */
		size_t e = i;
		while (e < pe) {
			uint32_t c2;
			int k2 = text_decode(d->text + e, pe - e, &c2);
			if (!(c2 == '.' || c2 == '!' || c2 == '?' || c2 == 0x2026 || c2 == 0x3002 ||
			      c2 == 0xFF01 || c2 == 0xFF1F || is_closer(c2)))
				break;
			if (c2 == '"')
				straight_open = !straight_open;
			int dd = quote_delta(c2, &toggle);
			depth += dd;
			if (depth < 0)
				depth = 0;
			e += k2 ? (size_t)k2 : 1;
		}
		if (e >= pe) {
			i = e;
			break;
		}
		if (!cjk) {
			/* Needs white space, then something that can start a sentence. */
			size_t n = nbsp_skip(d, e, pe);
			uint32_t c3;
			if (n < pe && d->text[n] == '\n')
				n++;
			n = nbsp_skip(d, n, pe);
			if (n == e || n >= pe) {
				i = e;
				continue;
			}
			int k3 = text_decode(d->text + n, pe - n, &c3);
			(void)k3;
			bool starts = text_is_upper(c3) || (c3 >= '0' && c3 <= '9') || c3 == '"' ||
				      c3 == 0x201C || c3 == 0x2018 || c3 == '\'' || c3 == '(' ||
				      c3 == '[' || c3 == 0x00AB || c3 == 0x300C || c3 >= 0x2E80 ||
				      (c3 == '`' && n + 1 < pe && d->text[n + 1] == '`');
			if (!starts) {
				i = e;
				continue;
			}
			if (cp == '.' && e == at + 1 && abbreviation_before(d, ps, at, n, pe)) {
				i = e;
				continue;
			}
		}
		add_sentence(d, p, start, e, depth > 0 || straight_open);
		start = e;
		i = e;
	}
	add_sentence(d, p, start, pe, false);
	if (d->paras[p].nsentences == 0) {
		/* A paragraph of white space only cannot happen, but keep the invariant. */
		add_sentence(d, p, ps, pe, false);
	}
}

/* ---- title ---- */

/* A byline line among the first three paragraphs of a plain text ("By Ann Lee", "文/李明"): its
 * names are the byline. Returns the paragraph's index, or npara when there is none. */
static size_t find_byline(struct doc *d)
{
	for (size_t i = 0; i < d->npara && i < 3; i++) {
		const struct doc_para *p = &d->paras[i];
		size_t n = p->span.end - p->span.start;
		struct span name;
		if (n > 200 || memchr(d->text + p->span.start, '\n', n) ||
		    !formats_byline_line(d->text + p->span.start, n, &name))
			continue;
		d->byline = xstrndup(d->text + p->span.start + name.start, name.end - name.start);
		return i;
	}
	return d->npara;
}

/* The title: paragraph `first` (0, or 1 after a byline) when it reads as a headline. */
static void find_title(struct doc *d, size_t first)
{
	const struct doc_para *p;
	size_t n, words = 0, caps = 0;

	if (d->npara < first + 2)
		return;
	p = &d->paras[first];
	n = p->span.end - p->span.start;
	if (n == 0 || n > 200 || memchr(d->text + p->span.start, '\n', n))
		return;
	if (n > 2 && d->text[p->span.start] == '#' && d->text[p->span.start + 1] == ' ') {
		d->title.start = p->span.start + 2;
		d->title.end = p->span.end;
		while (d->title.start < d->title.end && d->text[d->title.start] == ' ')
			d->title.start++;
		d->has_title = true;
		d->paras[first].heading = true;
		return;
	}
	for (size_t i = p->span.start; i < p->span.end; i++) {
		if (i == p->span.start || d->text[i - 1] == ' ') {
			words++;
			if (text_is_ascii_upper(d->text[i]) || (unsigned char)d->text[i] >= 0x80)
				caps++;
		}
	}
	/* the mark before closing quotation marks and brackets: a lead that ends with a quotation
	 * ("... termed an \"amicable separation.\"") ends a sentence */
	size_t end = p->span.end;
	while (end > p->span.start + 1) {
		if (strchr("\"')", d->text[end - 1]))
			end--;
		else if (end >= p->span.start + 4 &&
			 memcmp(d->text + end - 3, "\xE2\x80", 2) == 0 &&
			 ((unsigned char)d->text[end - 1] == 0x9D ||
			  (unsigned char)d->text[end - 1] == 0x99))
			end -= 3; /* ” or ’ */
		else
			break;
	}
	char last = d->text[end - 1];
	bool ends_sentence = last == '.' || last == '!' || last == '?' || last == ',' ||
			     last == ';' || last == ':';
	/* A headline either has no closing full stop or is in title case. */
	if (ends_sentence && caps * 10 < words * 7)
		return;
	if (d->paras[first].nsentences > 2 || d->paras[first].list_item)
		return;
	d->title = p->span;
	d->has_title = true;
	d->paras[first].heading = true;
}

/* ---- loading ---- */

static void analyse(struct doc *d)
{
	split_paragraphs(d);
	for (size_t p = 0; p < d->npara; p++)
		split_sentences(d, p);
	/* The lists are kept as long as the document: without the room they grew into. */
	if (d->npara && d->cappara > d->npara) {
		d->paras = xrealloc(d->paras, d->npara * sizeof(*d->paras));
		d->cappara = d->npara;
	}
	if (d->nsent && d->capsent > d->nsent) {
		d->sents = xrealloc(d->sents, d->nsent * sizeof(*d->sents));
		d->capsent = d->nsent;
	}
}

/* Marks the paragraphs that a converter reported as headings. */
static void mark_headings(struct doc *d, const struct extracted *e)
{
	size_t p = 0;

	for (size_t h = 0; h < e->nheadings; h++) {
		while (p < d->npara && d->paras[p].span.end <= e->headings[h].start)
			p++;
		if (p < d->npara && d->paras[p].span.start < e->headings[h].end)
			d->paras[p].heading = true;
	}
}

/* Marks the paragraphs where a converter's list items start. */
static void mark_items(struct doc *d, const struct extracted *e)
{
	size_t p = 0;

	for (size_t k = 0; k < e->nitems; k++) {
		while (p < d->npara && d->paras[p].span.end <= e->items[k].start)
			p++;
		if (p < d->npara && d->paras[p].span.start <= e->items[k].start) {
			d->paras[p].list_item = true;
			d->paras[p].number = e->items[k].number;
		}
	}
}

static void load_converted(struct doc *d, struct extracted *e)
{
	hash_input(d);
	free(d->text);
	d->text = buf_detach(&e->text, &d->len);
	d->converted = true;
	analyse(d);
	mark_headings(d, e);
	mark_items(d, e);
	if (e->title) {
		d->title_text = e->title;
		e->title = NULL;
		/* The title is usually the first heading of the extracted text. */
		if (d->npara && d->paras[0].heading) {
			size_t n = d->paras[0].span.end - d->paras[0].span.start;
			if (n == strlen(d->title_text) &&
			    memcmp(d->text + d->paras[0].span.start, d->title_text, n) == 0) {
				d->title = d->paras[0].span;
				d->has_title = true;
			}
		}
	} else {
		find_title(d, 0);
		if (d->has_title)
			d->title_text =
				xstrndup(d->text + d->title.start, d->title.end - d->title.start);
	}
	d->byline = e->byline;
	d->site = e->site;
	d->published = e->published;
	d->modified = e->modified;
	e->byline = e->site = e->published = e->modified = NULL;
	if (e->date.year) {
		d->anchor = e->date;
		d->anchor_from = ANCHOR_METADATA;
	}
}

/* Loads the document from `bytes`, a malloc'd buffer of len + 1 bytes or more that it takes over
 * (the text is not copied a second time). */
static struct doc *load_owned(char *bytes, size_t len, const char *name, enum format format,
			      const char *charset, const char **err)
{
	struct doc *d = xcalloc(1, sizeof(*d));

	d->text = bytes;
	d->text[len] = '\0';
	d->len = len;
	d->name = xstrdup(name ? name : "-");
	/* The hash waits for doc_hash(): most runs never ask for it. */
	if (format == FORMAT_AUTO)
		format = formats_detect(bytes, len, name);
	d->format = format;
	/* A page in a legacy charset (GB2312, windows-1252) is not UTF-8: the converter decides.
	 * Plain text and Markdown are decoded here when they are not UTF-8. */
	bool is_text = check_text(d, format != FORMAT_HTML);
	if (!is_text && format != FORMAT_HTML) {
		doc_free(d);
		if (err)
			*err = "not a text file";
		return NULL;
	}
	if (format == FORMAT_HTML || format == FORMAT_MARKDOWN) {
		struct extracted e;
		int rc = format == FORMAT_HTML ? formats_html_charset(bytes, len, charset, &e)
					       : formats_markdown(d->text, d->len, &e);
		if (rc == 0) {
			/* Diagnostics so far refer to the input bytes, not the extracted text. */
			for (size_t i = 0; i < d->ndiag; i++)
				free(d->diags[i].message);
			d->ndiag = 0;
			free(d->line_starts);
			d->line_starts = NULL;
			load_converted(d, &e);
			extracted_free(&e);
			if (d->legacy)
				diag_add(d, DIAG_WARNING, 0, "not UTF-8: read as windows-1252");
			return d;
		}
		extracted_free(&e);
		d->format = FORMAT_TEXT;
		if (!is_text) {
			doc_free(d);
			if (err)
				*err = "not a text file";
			return NULL;
		}
	}
	analyse(d);
	find_title(d, find_byline(d) == 0 ? 1 : 0);
	if (d->has_title)
		d->title_text = xstrndup(d->text + d->title.start, d->title.end - d->title.start);
	return d;
}

struct doc *doc_load(const char *bytes, size_t len, const char *name, enum format format,
		     const char **err)
{
	return doc_load_charset(bytes, len, name, format, NULL, err);
}

struct doc *doc_load_charset(const char *bytes, size_t len, const char *name, enum format format,
			     const char *charset, const char **err)
{
	char *copy = xmalloc(len + 1);

	memcpy(copy, bytes, len);
	return load_owned(copy, len, name, format, charset, err);
}

/* ---- reading a file, at once or in two steps ---- */

struct doc_reading {
	int fd;
	bool eof;
	char *path;
	char *name; /* the source's name: the path, or what it came from (doc_read_named) */
	enum format format;
	char *data; /* what was read, len bytes of cap */
	size_t len, cap;
};

/* Reads until the buffer holds `until` bytes or the input ends. Returns 0 or a negative errno. */
static int read_more(struct doc_reading *rd, size_t until)
{
	while (!rd->eof && rd->len < until) {
		char probe;
		/* Full (a file read to its size): one more byte says whether it has grown, before
		 * the buffer does. */
		bool full = rd->len + 1 >= rd->cap;
		size_t room = rd->cap - 1 - rd->len;
		if (until - rd->len < room)
			room = until - rd->len;
		ssize_t r = full ? read(rd->fd, &probe, 1) : read(rd->fd, rd->data + rd->len, room);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -errno;
		if (r == 0) {
			rd->eof = true;
			break;
		}
		if (full) {
			rd->data = xgrow(rd->data, &rd->cap, rd->cap + 2, 1);
			rd->data[rd->len] = probe;
		}
		rd->len += (size_t)r;
	}
	return 0;
}

/* Where the preview of n bytes ends: after the last paragraph break in its second half, else
 * after the last line, else before the last character (never inside one). */
static size_t preview_cut(const char *s, size_t n)
{
	for (size_t i = n; i > n / 2 + 1; i--)
		if (s[i - 1] == '\n' && s[i - 2] == '\n')
			return i;
	for (size_t i = n; i > 0; i--)
		if (s[i - 1] == '\n')
			return i;
	size_t i = n;
	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	return i > 0 ? i - 1 : 0;
}

int doc_read_begin(const char *path, const char *name, enum format format, size_t want, size_t min,
		   struct doc_reading **out, struct doc **preview)
{
	bool is_stdin = strcmp(path, "-") == 0;
	struct doc_reading *rd;
	struct stat st;
	size_t size = 0;
	int fd, rc;

	*out = NULL;
	if (preview)
		*preview = NULL;
	/* Standard input is read through a copy of its descriptor, which stays the reading's
	 * when the reader puts the terminal on descriptor 0. */
	fd = is_stdin ? fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3) : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			close(fd);
			return -EISDIR;
		}
		if (S_ISREG(st.st_mode) && st.st_size > 0)
			size = (size_t)st.st_size;
	}
	rd = xcalloc(1, sizeof(*rd));
	rd->fd = fd;
	rd->path = xstrdup(path);
	rd->name = xstrdup(name ? name : path);
	rd->format = format;
	rd->cap = size ? size + 1 : 65536;
	rd->data = xmalloc(rd->cap);
	/* A file's size says whether it is worth a preview; a pipe tells by going on past min. */
	bool large = size ? size >= min : true;
	rc = read_more(rd, !preview || !large ? SIZE_MAX : size ? want : (want > min ? want : min));
	if (rc < 0) {
		doc_read_cancel(rd);
		return rc;
	}
	*out = rd;
	if (!preview || rd->eof || !large || rd->len < (size ? want : min))
		return 0;
	if (format == FORMAT_AUTO)
		format = formats_detect(rd->data, rd->len, path);
	if (format != FORMAT_TEXT)
		return 0;
	size_t n = preview_cut(rd->data, rd->len < want ? rd->len : want);
	*preview = doc_load(rd->data, n, rd->name, FORMAT_TEXT, NULL);
	return 0;
}

int doc_read_end(struct doc_reading *rd, struct doc **out)
{
	const char *err = NULL;
	int rc = read_more(rd, SIZE_MAX);
	char *data = rd->data;
	size_t len = rd->len;

	*out = NULL;
	if (rc < 0) {
		doc_read_cancel(rd);
		return rc;
	}
	/* The buffer becomes the document's text, without a copy; what a pipe's doubling left
	 * unused goes back first. */
	if (rd->cap - len > 65536)
		data = xrealloc(data, len + 1);
	rd->data = NULL;
	*out = load_owned(data, len, rd->name, rd->format, NULL, &err);
	doc_read_cancel(rd);
	return *out ? 0 : -EILSEQ;
}

void doc_read_cancel(struct doc_reading *rd)
{
	if (!rd)
		return;
	close(rd->fd);
	free(rd->data);
	free(rd->path);
	free(rd->name);
	free(rd);
}

int doc_read_file(const char *path, enum format format, struct doc **out)
{
	return doc_read_named(path, path, format, out);
}

int doc_read_named(const char *path, const char *name, enum format format, struct doc **out)
{
	struct doc_reading *rd;
	int rc = doc_read_begin(path, name, format, 0, 0, &rd, NULL);

	*out = NULL;
	return rc < 0 ? rc : doc_read_end(rd, out);
}

void doc_free(struct doc *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->ndiag; i++)
		free(d->diags[i].message);
	free(d->diags);
	free(d->line_starts);
	free(d->paras);
	free(d->sents);
	free(d->title_text);
	free(d->byline);
	free(d->site);
	free(d->published);
	free(d->modified);
	free(d->name);
	free(d->text);
	free(d);
}

const char *doc_text(const struct doc *d, size_t *len)
{
	if (len)
		*len = d->len;
	return d->text;
}

bool doc_converted(const struct doc *d)
{
	return d->converted;
}

enum format doc_format(const struct doc *d)
{
	return d->format;
}

const char *doc_name(const struct doc *d)
{
	return d->name;
}

uint64_t doc_hash(const struct doc *d)
{
	/* Not yet computed: the text is still the input bytes (a conversion computes it first).
	 * Two threads may both compute it; they store the same value. */
	if (!atomic_load_explicit(&d->hash, memory_order_relaxed))
		hash_input((struct doc *)d);
	return atomic_load_explicit(&d->hash, memory_order_relaxed);
}

size_t doc_paragraph_count(const struct doc *d)
{
	return d->npara;
}

const struct doc_para *doc_paragraph(const struct doc *d, size_t i)
{
	return &d->paras[i];
}

size_t doc_sentence_count(const struct doc *d)
{
	return d->nsent;
}

const struct doc_sentence *doc_sentence(const struct doc *d, size_t i)
{
	return &d->sents[i];
}

/* The index of the last of n items (each `size` bytes, in order of their starts, with their span
 * first) that starts at or before pos; 0 when there is none. */
static size_t span_at(const void *items, size_t n, size_t size, size_t pos)
{
	const char *base = items;
	size_t lo = 0, hi = n;

	if (hi == 0)
		return 0;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		const struct span *s = (const struct span *)(const void *)(base + mid * size);
		if (s->start <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

_Static_assert(offsetof(struct doc_para, span) == 0, "span_at() reads a paragraph's span first");
_Static_assert(offsetof(struct doc_sentence, span) == 0, "span_at() reads a sentence's span first");

size_t doc_paragraph_at(const struct doc *d, size_t pos)
{
	return span_at(d->paras, d->npara, sizeof(d->paras[0]), pos);
}

size_t doc_sentence_at(const struct doc *d, size_t pos)
{
	return span_at(d->sents, d->nsent, sizeof(d->sents[0]), pos);
}

bool doc_title(const struct doc *d, struct span *out)
{
	if (d->has_title && out)
		*out = d->title;
	return d->has_title;
}

const char *doc_title_text(const struct doc *d)
{
	return d->title_text;
}

const char *doc_byline(const struct doc *d)
{
	return d->byline;
}

const char *doc_site(const struct doc *d)
{
	return d->site;
}

const char *doc_published(const struct doc *d)
{
	return d->published;
}

const char *doc_modified(const struct doc *d)
{
	return d->modified;
}

struct date doc_anchor(const struct doc *d, enum doc_anchor_from *from)
{
	if (from)
		*from = d->anchor_from;
	return d->anchor;
}

void doc_set_anchor(struct doc *d, struct date date, enum doc_anchor_from from)
{
	d->anchor = date;
	d->anchor_from = from;
}
