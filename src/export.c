/* export: the analysis as JSON (each element encoded by jansson) and as plain-text lists,
 * written to a sink as they go. */
#include "dateline/export.h"

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A JSON string of text from the article: repaired (U+FFFD for invalid bytes) when it must be. */
static json_t *jstr(const char *s, size_t n)
{
	struct buf b = BUF_INIT;
	json_t *j;

	if (text_valid_prefix(s, n) == n) {
		j = json_stringn_nocheck(s, n);
	} else {
		text_repair(&b, s, n);
		j = json_stringn_nocheck(b.data, b.len);
		buf_free(&b);
	}
	return j ? j : json_string("");
}

static const char *anchor_from_name(enum doc_anchor_from f)
{
	static const char *const names[] = {
		[ANCHOR_NONE] = "none", [ANCHOR_OPTION] = "option", [ANCHOR_METADATA] = "metadata",
		[ANCHOR_TEXT] = "text", [ANCHOR_READER] = "reader", [ANCHOR_NAME] = "name"};
	return (size_t)f < sizeof(names) / sizeof(names[0]) ? names[f] : "none";
}

static const char *level_name(enum doc_level l)
{
	return l == DIAG_ERROR ? "error" : l == DIAG_WARNING ? "warning" : "note";
}

static json_t *json_anchor(const struct doc *d)
{
	enum doc_anchor_from from;
	struct date a = doc_anchor(d, &from);
	json_t *o = json_object();

	if (a.year && from != ANCHOR_NONE) {
		char s[16];
		snprintf(s, sizeof(s), "%04d-%02d-%02d", a.year, a.month, a.day);
		json_object_set_new(o, "date", json_string(s));
	} else {
		json_object_set_new(o, "date", json_null());
		from = ANCHOR_NONE;
	}
	json_object_set_new(o, "from", json_string(anchor_from_name(from)));
	return o;
}

/* ---- the document, written as it goes ----
 *
 * The layout is jansson's JSON_INDENT(1) for the whole object, byte for byte: the few fields of
 * the root are built as json_t and laid out by put_json(), the many elements of the arrays are
 * written member by member (below), in the same layout. Strings that need escaping are encoded
 * by jansson (json_dumpb); only the punctuation between elements (commas, brackets,
 * indentation), the decimal digits of integers and strings with nothing to escape are written
 * by hand, which is what makes the output as fast to write as the analysis is to run. */

#define JSON_FLAGS (JSON_INDENT(1) | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY)

struct jout {
	struct export_sink *s;
	bool first;    /* no field of the root object written yet */
	char *scratch; /* where jansson encodes one string; grows to the longest one */
	size_t cap;
};

/* A string, a real or anything else jansson encodes: as jansson writes it. */
static void put_encoded(struct jout *j, const json_t *v)
{
	size_t n = json_dumpb(v, j->scratch, j->cap, JSON_FLAGS);

	if (n > j->cap) {
		j->cap = n > 2 * j->cap ? n : 2 * j->cap;
		j->scratch = xrealloc(j->scratch, j->cap);
		n = json_dumpb(v, j->scratch, j->cap, JSON_FLAGS);
	}
	buf_put(j->s->out, j->scratch, n);
}

/* A newline and `depth` spaces, then `close` when it is not 0. */
static void put_indent(struct buf *b, int depth, char close)
{
	char h[64];
	size_t n = 0;

	h[n++] = '\n';
	for (int i = 0; i < depth; i++) {
		if (n == sizeof(h)) {
			buf_put(b, h, n);
			n = 0;
		}
		h[n++] = ' ';
	}
	buf_put(b, h, n);
	if (close)
		buf_putc(b, close);
}

/* True when jansson writes the key as it is: printable ASCII without quote or backslash, as
 * every key here is. */
static bool key_plain(const char *key, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (key[i] < 0x20 || key[i] >= 0x7F || key[i] == '"' || key[i] == '\\')
			return false;
	return true;
}

/* Starts a member of an object or array at `depth`: `open` ('{', '[') before the first member or
 * a comma after the one before, a newline, the indentation and, in an object, the key and ": ".
 * One write for all of it in the usual case, since there are hundreds of thousands. */
static void put_member(struct jout *j, char open, int depth, const char *key)
{
	struct buf *b = j->s->out;
	char h[96];
	size_t n = 0, k = key ? strlen(key) : 0;

	if (k + (size_t)depth + 8 > sizeof(h) || (key && !key_plain(key, k))) {
		buf_putc(b, open ? open : ',');
		put_indent(b, depth, 0);
		if (key) {
			json_t *x = json_string(key);
			put_encoded(j, x);
			json_decref(x);
			buf_put(b, ": ", 2);
		}
		return;
	}
	h[n++] = open ? open : ',';
	h[n++] = '\n';
	memset(h + n, ' ', (size_t)depth);
	n += (size_t)depth;
	if (key) {
		h[n++] = '"';
		memcpy(h + n, key, k);
		n += k;
		memcpy(h + n, "\": ", 3);
		n += 3;
	}
	buf_put(b, h, n);
}

/* Writes the decimal digits of v at out (room for 21 bytes); returns how many. */
static size_t integer_digits(char *out, json_int_t v)
{
	char d[24];
	size_t i = sizeof(d);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do {
		d[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		d[--i] = '-';
	memcpy(out, d + i, sizeof(d) - i);
	return sizeof(d) - i;
}

static void put_integer(struct buf *b, json_int_t v)
{
	char d[24];

	buf_put(b, d, integer_digits(d, v));
}

/* Writes v as jansson's JSON_INDENT(1) layout would at nesting depth `depth` (the root object is
 * depth 0): objects in their keys' order, an empty one as {} or []. */
static void put_json(struct jout *j, const json_t *v, int depth)
{
	struct buf *b = j->s->out;
	const char *key, *marks = NULL; /* an object's or an array's: "{}", "[]" */
	json_t *x;
	size_t i;
	bool any = false;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		marks = "{}";
		json_object_foreach((json_t *)v, key, x)
		{
			put_member(j, any ? 0 : marks[0], depth + 1, key);
			put_json(j, x, depth + 1);
			any = true;
		}
		break;
	case JSON_ARRAY:
		marks = "[]";
		json_array_foreach(v, i, x)
		{
			put_member(j, any ? 0 : marks[0], depth + 1, NULL);
			put_json(j, x, depth + 1);
			any = true;
		}
		break;
	case JSON_INTEGER:
		put_integer(b, json_integer_value(v));
		break;
	case JSON_TRUE:
		buf_put(b, "true", 4);
		break;
	case JSON_FALSE:
		buf_put(b, "false", 5);
		break;
	case JSON_NULL:
		buf_put(b, "null", 4);
		break;
	default:
		put_encoded(j, v);
		break;
	}
	if (marks && any)
		put_indent(b, depth, marks[1]);
	else if (marks)
		buf_put(b, marks, 2);
}

/* Writes v (which it releases) as a field of the root object (depth 1) or an element of one of
 * its arrays (depth 2). */
static void put_value(struct jout *j, json_t *v, int depth)
{
	put_json(j, v, depth);
	json_decref(v);
}

/* Starts the next field of the root object: `"key": `. */
static void put_key(struct jout *j, const char *key)
{
	buf_puts(j->s->out, j->first ? "{\n \"" : ",\n \"");
	buf_puts(j->s->out, key);
	buf_puts(j->s->out, "\": ");
	j->first = false;
}

/* A field whose value is v (released). */
static void put_field(struct jout *j, const char *key, json_t *v)
{
	put_key(j, key);
	put_value(j, v, 1);
}

/* Starts the i-th element of an array field: opens the array before the first. */
static void put_item(struct jout *j, size_t i)
{
	buf_put(j->s->out, i ? ",\n  " : "[\n  ", 4);
}

/* ---- elements written straight, as put_json() lays out the same objects ----
 *
 * The timexes, events, claims and diagnostics are hundreds of thousands of small objects: they
 * are written member by member, in the order their objects had, without building a tree. A
 * string that holds nothing jansson would escape (no control character, quote or backslash)
 * and is valid UTF-8 is written as jansson writes it, between quotes as it is; any other goes
 * through jansson (put_encoded), repaired first as jstr() repairs it. */

/* An object being written whose members are at depth + 1. */
struct jobj {
	struct jout *j;
	int depth;
	bool any; /* a member written */
};

static struct jobj obj_open(struct jout *j, int depth)
{
	return (struct jobj){j, depth, false};
}

/* Room for n more bytes at the end of the output: write them, then out_end(). */
static char *out_room(struct jout *j, size_t n)
{
	struct buf *b = j->s->out;

	buf_reserve(b, n);
	return b->data + b->len;
}

static void out_end(struct jout *j, char *end)
{
	struct buf *b = j->s->out;

	b->len = (size_t)(end - b->data);
	*end = '\0';
}

/* What put_member() writes for one of the keys below (plain ASCII, all of them), at p (room for
 * 8 + depth + k bytes); returns its end. */
static char *put_head(char *p, char open, int depth, const char *key, size_t k)
{
	*p++ = open ? open : ',';
	*p++ = '\n';
	memset(p, ' ', (size_t)depth);
	p += depth;
	*p++ = '"';
	memcpy(p, key, k);
	p += k;
	memcpy(p, "\": ", 3);
	return p + 3;
}

/* Starts the member `key` (a plain ASCII literal). */
static void obj_key(struct jobj *o, const char *key)
{
	size_t k = strlen(key);
	char *p = out_room(o->j, 8 + (size_t)o->depth + k);

	out_end(o->j, put_head(p, o->any ? 0 : '{', o->depth + 1, key, k));
	o->any = true;
}

static void obj_close(struct jobj *o, char close)
{
	struct buf *b = o->j->s->out;

	if (o->any)
		put_indent(b, o->depth, close);
	else
		buf_put(b, close == '}' ? "{}" : "[]", 2);
}

/* True when jansson writes the n bytes at s between quotes as they are. */
static bool str_plain(const char *s, size_t n)
{
	bool high = false;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w = text_word8(s + i);
		if (text_word8_below(w, 0x20) | text_word8_has(w, '"') | text_word8_has(w, '\\'))
			return false;
		high |= text_word8_high(w) != 0;
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == '"' || c == '\\')
			return false;
		high |= c >= 0x80;
	}
	return !high || text_valid_prefix(s, n) == n;
}

/* Text from the article or the analysis as a JSON string, as jstr() and jansson give it. */
static void put_string(struct jout *j, const char *s, size_t n)
{
	if (str_plain(s, n)) {
		char *p = out_room(j, n + 2);
		*p++ = '"';
		memcpy(p, s, n);
		p += n;
		*p++ = '"';
		out_end(j, p);
		return;
	}
	json_t *v = jstr(s, n);
	put_encoded(j, v);
	json_decref(v);
}

static void obj_int(struct jobj *o, const char *key, json_int_t v)
{
	size_t k = strlen(key);
	char *p = out_room(o->j, 8 + (size_t)o->depth + k + 24);

	p = put_head(p, o->any ? 0 : '{', o->depth + 1, key, k);
	out_end(o->j, p + integer_digits(p, v));
	o->any = true;
}

static void obj_null(struct jobj *o, const char *key)
{
	obj_key(o, key);
	buf_put(o->j->s->out, "null", 4);
}

/* A member whose value is text (repaired when it is not valid UTF-8). */
static void obj_text(struct jobj *o, const char *key, const char *s, size_t n)
{
	obj_key(o, key);
	put_string(o->j, s, n);
}

/* A member whose value is a string made here (json_string()'s: left out, as jansson leaves out a
 * NULL value, when it is not valid UTF-8). */
static void obj_cstr(struct jobj *o, const char *key, const char *s)
{
	size_t n = strlen(s);

	if (text_valid_prefix(s, n) != n)
		return;
	obj_text(o, key, s, n);
}

/* A span as {"start", "end"} and, with_text, "text" (when it lies in the text). */
static void put_span(struct jout *j, int depth, const struct doc *d, struct span s, bool with_text)
{
	size_t len;
	const char *t = doc_text(d, &len);
	struct jobj o = obj_open(j, depth);

	obj_int(&o, "start", (json_int_t)s.start);
	obj_int(&o, "end", (json_int_t)s.end);
	if (with_text && s.end <= len && s.start <= s.end)
		obj_text(&o, "text", t + s.start, s.end - s.start);
	obj_close(&o, '}');
}

static void obj_span(struct jobj *o, const char *key, const struct doc *d, struct span s)
{
	obj_key(o, key);
	put_span(o->j, o->depth + 1, d, s, true);
}

/* One date expression, an element of "timexes". */
static void put_timex(struct jout *j, const struct doc *d, const struct timex *x)
{
	size_t len;
	const char *t = doc_text(d, &len);
	struct jobj o = obj_open(j, 2);

	obj_int(&o, "start", (json_int_t)x->span.start);
	obj_int(&o, "end", (json_int_t)x->span.end);
	if (x->span.end <= len && x->span.start <= x->span.end)
		obj_text(&o, "text", t + x->span.start, x->span.end - x->span.start);
	obj_cstr(&o, "type", timex_type_name(x->type));
	obj_cstr(&o, "value", x->value);
	obj_int(&o, "paragraph", (json_int_t)x->paragraph + 1);
	obj_close(&o, '}');
}

/* One event of the timeline, an element of "events". */
static void put_event(struct jout *j, const struct timex_list *t, const struct event *e)
{
	struct jobj o = obj_open(j, 2);

	obj_int(&o, "timex", (json_int_t)e->timex + 1);
	obj_cstr(&o, "value", t->items[e->timex].value);
	obj_cstr(&o, "label", e->label);
	const char *signal = timex_event_signal(e);
	if (signal)
		obj_cstr(&o, "signal", signal);
	const char *summary = timex_event_summary(t, (size_t)(e - t->events));
	if (summary)
		obj_text(&o, "summary", summary, strlen(summary));
	else
		obj_text(&o, "summary", "", 0);
	obj_int(&o, "start", (json_int_t)e->span.start);
	obj_int(&o, "end", (json_int_t)e->span.end);
	obj_int(&o, "paragraph", (json_int_t)e->paragraph + 1);
	obj_close(&o, '}');
}

/* One claim, an element of "claims". */
static void put_claim(struct jout *j, const struct doc *d, const struct claim *x)
{
	struct jobj o = obj_open(j, 2);

	obj_cstr(&o, "kind", claim_kind_name(x->kind));
	obj_span(&o, "content", d, x->content);
	if (x->speaker.end > x->speaker.start)
		obj_span(&o, "speaker", d, x->speaker);
	else
		obj_null(&o, "speaker");
	if (x->speaker_resolved)
		obj_text(&o, "speaker_resolved", x->speaker_resolved, strlen(x->speaker_resolved));
	else
		obj_null(&o, "speaker_resolved");
	if (x->cue.end > x->cue.start)
		obj_span(&o, "cue", d, x->cue);
	else
		obj_null(&o, "cue");
	/* only where there is one: most claims have none */
	if (x->antecedent.end > x->antecedent.start)
		obj_span(&o, "antecedent", d, x->antecedent);
	obj_int(&o, "paragraph", (json_int_t)x->paragraph + 1);
	if (x->kind == CLAIM_DIRECT) {
		obj_key(&o, "quote");
		struct jobj q = obj_open(j, 3);
		for (size_t k = 0; k < x->nquote; k++) {
			put_member(j, q.any ? 0 : '[', 4, NULL);
			q.any = true;
			put_span(j, 4, d, x->quote[k], false);
		}
		obj_close(&q, ']');
	}
	if (x->parent == CLAIM_NONE)
		obj_null(&o, "parent");
	else
		obj_int(&o, "parent", (json_int_t)x->parent);
	if (x->speaker_id == CLAIM_NONE)
		obj_null(&o, "speaker_id");
	else
		obj_int(&o, "speaker_id", (json_int_t)x->speaker_id);
	obj_close(&o, '}');
}

/* One diagnostic, an element of "diagnostics". */
static void put_diag(struct jout *j, const struct doc_diag *g)
{
	struct jobj o = obj_open(j, 2);

	obj_cstr(&o, "level", level_name(g->level));
	obj_int(&o, "line", (json_int_t)g->line);
	obj_int(&o, "column", (json_int_t)g->column);
	obj_text(&o, "message", g->message, strlen(g->message));
	obj_close(&o, '}');
}

/* The i-th element of the paragraphs or sentences: {"start", "end"} and, when key is not NULL,
 * key with the integer value (or true when value < 0). These are most of the elements and only
 * numbers, which need no encoding: they are written straight in the layout put_json() gives
 * the same object (the unit test holds the whole document to jansson's own dump). */
static void put_span_item(struct jout *j, size_t i, struct span s, const char *key,
			  json_int_t value)
{
	char o[160];
	size_t n = 0, k = key ? strlen(key) : 0;

	static const char first[] = "[\n  {\n   \"start\": ", next[] = ",\n  {\n   \"start\": ",
			  end[] = ",\n   \"end\": ";

	memcpy(o, i ? next : first, sizeof(first) - 1);
	n += sizeof(first) - 1;
	n += integer_digits(o + n, (json_int_t)s.start);
	memcpy(o + n, end, sizeof(end) - 1);
	n += sizeof(end) - 1;
	n += integer_digits(o + n, (json_int_t)s.end);
	if (key && k < 32) {
		memcpy(o + n, ",\n   \"", 6);
		n += 6;
		memcpy(o + n, key, k);
		n += k;
		memcpy(o + n, "\": ", 3);
		n += 3;
		if (value < 0) {
			memcpy(o + n, "true", 4);
			n += 4;
		} else {
			n += integer_digits(o + n, value);
		}
	}
	memcpy(o + n, "\n  }", 4);
	n += 4;
	buf_put(j->s->out, o, n);
	export_sink_step(j->s);
}

/* The i-th element of the paragraphs when it is an item of a list: "heading": true when it is
 * one too, "list_item": true, and the item's "number" in a numbered list. */
static void put_list_item(struct jout *j, size_t i, const struct doc_para *p)
{
	struct jobj o = obj_open(j, 2);

	put_item(j, i);
	obj_int(&o, "start", (json_int_t)p->span.start);
	obj_int(&o, "end", (json_int_t)p->span.end);
	if (p->heading) {
		obj_key(&o, "heading");
		buf_put(j->s->out, "true", 4);
	}
	obj_key(&o, "list_item");
	buf_put(j->s->out, "true", 4);
	if (p->number)
		obj_int(&o, "number", (json_int_t)p->number);
	obj_close(&o, '}');
	export_sink_step(j->s);
}

/* Closes an array field of n elements. */
static void end_array(struct jout *j, size_t n)
{
	buf_puts(j->s->out, n ? "\n ]" : "[]");
}

/* How long the pieces of a long text are, in bytes: cut before a character's continuation bytes
 * (at most three back) so that no valid character is split. */
static size_t piece_len(const char *s, size_t n)
{
	size_t k = n < ((size_t)1 << 16) ? n : (size_t)1 << 16;

	for (int back = 0; k < n && back < 3 && ((unsigned char)s[k] & 0xC0) == 0x80; back++)
		k--;
	return k;
}

/* A text as one JSON string, encoded by jansson in pieces of whole characters so that a long
 * text is never copied whole. */
static void put_long_string(struct jout *j, const char *s, size_t n)
{
	struct buf r = BUF_INIT;
	struct buf *b = j->s->out;

	buf_putc(b, '"');
	for (size_t at = 0; at < n;) {
		size_t k = piece_len(s + at, n - at);
		buf_clear(&r);
		text_repair(&r, s + at, k);
		json_t *v = json_stringn_nocheck(r.data, r.len);
		size_t start = b->len;
		put_encoded(j, v);
		json_decref(v);
		/* Keep what is between the quotes jansson put around the piece. */
		memmove(b->data + start, b->data + start + 1, b->len - start - 2);
		b->len -= 2;
		b->data[b->len] = '\0';
		at += k;
		if (export_sink_step(j->s))
			break;
	}
	buf_putc(b, '"');
	buf_free(&r);
}

int export_json_doc(struct export_sink *s, const struct doc *d, const struct timex_list *t)
{
	size_t len, n;
	const char *text = doc_text(d, &len);
	const char *title = doc_title_text(d);
	struct jout j = {s, true, NULL, 0};

	put_field(&j, "format", json_string("dateline"));
	put_field(&j, "version", json_integer(1));
	put_field(&j, "source", jstr(doc_name(d), strlen(doc_name(d))));
	put_field(&j, "title", title ? jstr(title, strlen(title)) : json_null());
	put_field(&j, "anchor", json_anchor(d));
	/* What the page or the article says of itself, when it says it. */
	const char *const meta[][2] = {{"byline", doc_byline(d)},
				       {"published", doc_published(d)},
				       {"modified", doc_modified(d)},
				       {"site", doc_site(d)}};
	for (size_t i = 0; i < sizeof(meta) / sizeof(*meta); i++)
		if (meta[i][1])
			put_field(&j, meta[i][0], jstr(meta[i][1], strlen(meta[i][1])));
	if (doc_converted(d)) {
		put_key(&j, "text");
		put_long_string(&j, text, len);
	}
	put_key(&j, "paragraphs");
	n = doc_paragraph_count(d);
	for (size_t i = 0; i < n && !s->err; i++) {
		const struct doc_para *p = doc_paragraph(d, i);
		if (p->list_item)
			put_list_item(&j, i, p);
		else
			put_span_item(&j, i, p->span, p->heading ? "heading" : NULL, -1);
	}
	end_array(&j, n);
	put_key(&j, "sentences");
	n = doc_sentence_count(d);
	for (size_t i = 0; i < n && !s->err; i++) {
		const struct doc_sentence *x = doc_sentence(d, i);
		put_span_item(&j, i, x->span, "paragraph", (json_int_t)x->paragraph + 1);
	}
	end_array(&j, n);
	put_key(&j, "timexes");
	n = t ? t->n : 0;
	for (size_t i = 0; i < n && !s->err; i++) {
		put_item(&j, i);
		put_timex(&j, d, &t->items[i]);
		export_sink_step(s);
	}
	end_array(&j, n);
	free(j.scratch);
	return export_sink_step(s);
}

int export_json_events(struct export_sink *s, const struct timex_list *t)
{
	size_t n;
	struct jout j = {s, false, NULL, 0};

	put_key(&j, "events");
	n = t ? t->nevents : 0;
	for (size_t i = 0; i < n && !s->err; i++) {
		put_item(&j, i);
		put_event(&j, t, &t->events[i]);
		export_sink_step(s);
	}
	end_array(&j, n);
	free(j.scratch);
	return export_sink_step(s);
}

/* ---- the claims on two threads ----
 *
 * The claims are the largest part of the document and the last: they are encoded in blocks, the
 * even ones by the caller straight into its sink, the odd ones by a helper thread into one of two
 * buffers that the caller copies out in turn. The helper is never more than two blocks ahead, so
 * the memory stays that of a few blocks whatever the number of claims. */

#define CLAIM_BLOCK 256 /* claims in a block */

struct helper {
	pthread_mutex_t lock;
	pthread_cond_t changed;
	const struct doc *d;
	const struct claim_list *c;
	size_t nblocks;
	struct buf slot[2]; /* odd block b is encoded into slot[(b / 2) % 2] */
	size_t ready[2];    /* b + 1 when slot holds block b, 0 while it is free */
	bool stop;          /* the caller gave up (a write error) */
};

/* Writes claims of block b as items of the array. */
static void put_claim_block(struct jout *j, const struct doc *d, const struct claim_list *c,
			    size_t b)
{
	size_t end = (b + 1) * CLAIM_BLOCK < c->n ? (b + 1) * CLAIM_BLOCK : c->n;

	for (size_t i = b * CLAIM_BLOCK; i < end && !j->s->err; i++) {
		put_item(j, i);
		put_claim(j, d, &c->items[i]);
		export_sink_step(j->s);
	}
}

static void *helper_run(void *arg)
{
	struct helper *h = arg;
	struct export_sink s;
	struct jout j = {&s, false, NULL, 0};

	for (size_t b = 1; b < h->nblocks; b += 2) {
		size_t k = (b / 2) % 2;
		pthread_mutex_lock(&h->lock);
		while (h->ready[k] && !h->stop)
			pthread_cond_wait(&h->changed, &h->lock);
		bool stop = h->stop;
		pthread_mutex_unlock(&h->lock);
		if (stop)
			break;
		buf_clear(&h->slot[k]);
		export_sink_buf(&s, &h->slot[k]);
		put_claim_block(&j, h->d, h->c, b);
		pthread_mutex_lock(&h->lock);
		h->ready[k] = b + 1;
		pthread_cond_broadcast(&h->changed);
		pthread_mutex_unlock(&h->lock);
	}
	free(j.scratch);
	return NULL;
}

/* The claims' items, on two threads when there are more than a block of them. */
static void put_claims(struct jout *j, const struct doc *d, const struct claim_list *c)
{
	struct helper h = {.d = d, .c = c, .nblocks = (c->n + CLAIM_BLOCK - 1) / CLAIM_BLOCK};
	pthread_t thread;

	buf_init(&h.slot[0]);
	buf_init(&h.slot[1]);
	pthread_mutex_init(&h.lock, NULL);
	pthread_cond_init(&h.changed, NULL);
	bool two = h.nblocks > 1 && pthread_create(&thread, NULL, helper_run, &h) == 0;
	for (size_t b = 0; b < h.nblocks && !j->s->err; b++) {
		size_t k = (b / 2) % 2;
		if (!two || b % 2 == 0) {
			put_claim_block(j, d, c, b);
			continue;
		}
		pthread_mutex_lock(&h.lock);
		while (h.ready[k] != b + 1)
			pthread_cond_wait(&h.changed, &h.lock);
		pthread_mutex_unlock(&h.lock);
		export_sink_put(j->s, h.slot[k].data, h.slot[k].len);
		pthread_mutex_lock(&h.lock);
		h.ready[k] = 0;
		pthread_cond_broadcast(&h.changed);
		pthread_mutex_unlock(&h.lock);
	}
	if (two) {
		pthread_mutex_lock(&h.lock);
		h.stop = true;
		pthread_cond_broadcast(&h.changed);
		pthread_mutex_unlock(&h.lock);
		pthread_join(thread, NULL);
	}
	pthread_cond_destroy(&h.changed);
	pthread_mutex_destroy(&h.lock);
	buf_free(&h.slot[0]);
	buf_free(&h.slot[1]);
}

int export_json_tail(struct export_sink *s, const struct doc *d, const struct claim_list *c)
{
	size_t n;
	struct jout j = {s, false, NULL, 0};

	if (s->err)
		return s->err;
	put_key(&j, "claims");
	n = c ? c->n : 0;
	if (n)
		put_claims(&j, d, c);
	end_array(&j, n);
	put_key(&j, "diagnostics");
	n = doc_diag_count(d);
	for (size_t i = 0; i < n && !s->err; i++) {
		put_item(&j, i);
		put_diag(&j, doc_diag(d, i));
		export_sink_step(s);
	}
	end_array(&j, n);
	buf_puts(s->out, "\n}\n");
	free(j.scratch);
	return export_sink_step(s);
}

int export_json(struct export_sink *s, const struct doc *d, const struct timex_list *t,
		const struct claim_list *c)
{
	export_json_doc(s, d, t);
	export_json_events(s, t);
	return export_json_tail(s, d, c);
}

int export_timeline(struct export_sink *s, const struct doc *d, const struct timex_list *t)
{
	size_t w = 0;

	(void)d;
	/* labels line up by columns, not bytes: a span's dash ("2011–2013") is one column */
	for (size_t i = 0; t && i < t->nevents; i++) {
		size_t lw = text_width(t->events[i].label, strlen(t->events[i].label));
		if (lw > w)
			w = lw;
	}
	for (size_t i = 0; t && i < t->nevents && !s->err; i++) {
		const struct event *e = &t->events[i];
		struct buf *b = s->out;
		size_t lw = text_width(e->label, strlen(e->label));
		buf_printf(b, "%s%*s  ", e->label, (int)(w - lw), "");
		const char *summary = timex_event_summary(t, i);
		if (summary)
			text_visible_folded(b, summary, strlen(summary), true, NULL);
		buf_printf(b, "  \xC2\xB6%zu\n", (size_t)e->paragraph + 1);
		export_sink_step(s);
	}
	return s->err;
}

int export_text(struct export_sink *s, const char *text, size_t len, bool visible)
{
	for (size_t at = 0; at < len && !s->err;) {
		size_t k = piece_len(text + at, len - at);
		if (visible)
			text_visible(s->out, text + at, k);
		else
			buf_put(s->out, text + at, k);
		at += k;
		export_sink_step(s);
	}
	if (len && text[len - 1] != '\n')
		buf_putc(s->out, '\n');
	return export_sink_step(s);
}

int export_claims(struct export_sink *s, const struct doc *d, const struct claim_list *c)
{
	struct buf line = BUF_INIT;

	for (size_t i = 0; c && i < c->n && !s->err; i++) {
		struct buf *b = s->out;
		size_t depth = claims_depth(c, i);
		buf_printf(b, "\xC2\xB6%zu  ", c->items[i].paragraph + 1);
		/* a claim held by another goes under it */
		for (size_t k = 0; k < depth && k < 8; k++)
			buf_puts(b, "  ");
		if (depth)
			buf_puts(b, "\xE2\x86\xB3 ");
		buf_clear(&line);
		claims_render(&line, d, &c->items[i], NULL);
		text_visible_folded(b, line.data, line.len, true, NULL);
		buf_putc(b, '\n');
		export_sink_step(s);
	}
	buf_free(&line);
	return s->err;
}
