/* ui_claims: the claims pane: its rows (two lines on a wide screen when a claim is long), the
 * selected claim in full in a detail area below them, and the claims grouped by speaker or
 * filtered to one speaker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicase.h>

#include "dateline/coref.h"
#include "reader_int.h"

/* The detail area shows when the pane has at least this many rows below its title line. */
#define DETAIL_MIN_BODY 9
/* The detail area's rows at most (its rule line included), unless the list leaves more. */
#define DETAIL_MAX 12
/* The list keeps at least this many rows when a long claim's detail area grows into it. */
#define DETAIL_LIST_MIN 3
/* The rows the detail area asks of the layout. */
#define DETAIL_WANT 8
/* On a wide screen, a long claim takes two lines when the list has at least this many rows. */
#define TWO_LINE_MIN_ROWS 10
/* A group's claims are indented under its heading by this many columns. */
#define GROUP_INDENT 2

/* ---- who said it ---- */

/* Who said claim c, for people: the resolved speaker, else the speaker as written, else
 * nothing. An unresolved "they" names nobody: it is not one speaker with every other "they". */
static void speaker_name(const struct reader *r, const struct claim *c, struct buf *out)
{
	buf_clear(out);
	if (c->speaker_resolved && *c->speaker_resolved)
		text_visible_line(out, c->speaker_resolved, strlen(c->speaker_resolved));
	else if (c->speaker.end > c->speaker.start && !claims_speaker_unresolved(r->d, c))
		text_visible_line(out, r->text + c->speaker.start,
				  c->speaker.end - c->speaker.start);
}

/* The speaker's name as the status line shows it: the name cut to 60 columns, or "(no
 * speaker)". */
static void row_speaker(const struct reader *r, const struct claim *c, char *out, size_t n)
{
	struct buf b = BUF_INIT;

	speaker_name(r, c, &b);
	if (!b.len)
		snprintf(out, n, "%s", CLAIMS_NO_SPEAKER);
	else
		snprintf(out, n, "%.*s", (int)text_fit(b.data, b.len, 60), b.data);
	buf_free(&b);
}

/* The key that claims share when one speaker made them: the speaker id the claims engine gives
 * (Huang, Mr. Huang and Huang Renxun are one), else the name speaker_name() gives, its white
 * space folded and its case ignored; empty when nobody is named. The one place that decides
 * whether two claims have the same speaker. */
static void speaker_key(const struct reader *r, const struct claim *c, struct buf *key)
{
	struct buf name = BUF_INIT;
	size_t n = 0;

	buf_clear(key);
	if (c->speaker_id != CLAIM_NONE) {
		/* a byte no name holds before the number */
		buf_printf(key, "\x01%zu", c->speaker_id);
		return;
	}
	speaker_name(r, c, &name);
	for (size_t i = 0; i < name.len; i++) {
		bool space = name.data[i] == ' ';
		if (space && (!key->len || key->data[key->len - 1] == ' '))
			continue;
		buf_putc(key, name.data[i]);
	}
	while (key->len && key->data[key->len - 1] == ' ')
		key->data[--key->len] = '\0';
	uint8_t *low = u8_tolower((const uint8_t *)key->data, key->len, NULL, NULL, NULL, &n);
	if (low) {
		buf_clear(key);
		buf_put(key, (const char *)low, n);
		free(low);
	}
	buf_free(&name);
}

bool claims_cue_has_words(const struct reader *r, const struct claim *c)
{
	size_t n = c->cue.end > c->cue.start ? c->cue.end - c->cue.start : 0;
	uint32_t cp;

	for (size_t k = 0, len; k < n; k += len ? len : 1) {
		len = (size_t)text_decode(r->text + c->cue.start + k, n - k, &cp);
		if (len && text_is_alnum(cp))
			return true;
	}
	return false;
}

/* The kind of a claim for people. */
static const char *kind_words(enum claim_kind k)
{
	static const char *const words[] = {[CLAIM_DIRECT] = "quote",
					    [CLAIM_INDIRECT] = "paraphrase",
					    [CLAIM_ACCORDING_TO] = "according to"};
	return (size_t)k < sizeof(words) / sizeof(words[0]) ? words[k] : "";
}

/* Claim c as claims_render() writes it for every front end, made visible for one line, with
 * where its parts lie in out. When cap is not 0 and the claim's words run longer, only their
 * first cap bytes are rendered, so that a row or the detail area costs what it can show. */
static void claim_line(const struct reader *r, const struct claim *c, size_t cap, struct buf *out,
		       struct claim_parts *parts)
{
	struct claim part = *c;
	struct span *quote = NULL;
	struct buf raw = BUF_INIT;
	struct claim_parts p;

	if (cap && c->content.end - c->content.start > cap) {
		size_t end = c->content.start + cap;
		part.content.end = end;
		if (c->nquote) {
			quote = xmalloc(c->nquote * sizeof(*quote));
			part.nquote = 0;
			for (size_t k = 0; k < c->nquote && c->quote[k].start < end; k++) {
				quote[part.nquote] = c->quote[k];
				if (quote[part.nquote].end > end)
					quote[part.nquote].end = end;
				part.nquote++;
			}
			part.quote = quote;
		}
	}
	claims_render(&raw, r->d, &part, &p);
	buf_clear(out);
	text_visible_line(out, raw.data, p.who_start);
	parts->who_start = out->len;
	text_visible_line(out, raw.data + p.who_start, p.who_end - p.who_start);
	parts->who_end = out->len;
	text_visible_line(out, raw.data + p.who_end, p.tag_end - p.who_end);
	parts->tag_end = out->len;
	text_visible_line(out, raw.data + p.tag_end, p.text_start - p.tag_end);
	parts->text_start = out->len;
	text_visible_line(out, raw.data + p.text_start, raw.len - p.text_start);
	buf_free(&raw);
	free(quote);
}

/* ---- the speaker table and the view ---- */

/* Numbers the claims' speakers (who, said, name_of, rank) once per claim list, with a hash table
 * of their keys. */
static void speakers_build(struct reader *r)
{
	struct claims_view *v = &r->cv;
	const struct claim_list *cl = r->cl;
	size_t n = cl->n, cap = 16;
	struct buf keys = BUF_INIT, key = BUF_INIT, name = BUF_INIT;

	if (v->who)
		return;
	while (cap < 2 * n)
		cap *= 2;
	size_t *table = xcalloc(cap, sizeof(*table)); /* speaker + 1, or 0 for an empty slot */
	size_t *koff = xmalloc((n ? n : 1) * sizeof(*koff));
	size_t *klen = xmalloc((n ? n : 1) * sizeof(*klen));
	size_t *name_width = xmalloc((n ? n : 1) * sizeof(*name_width));
	v->who = xmalloc((n ? n : 1) * sizeof(*v->who));
	v->said = xcalloc(n ? n : 1, sizeof(*v->said));
	v->name_of = xmalloc((n ? n : 1) * sizeof(*v->name_of));
	v->nspeakers = 0;
	for (size_t i = 0; i < n; i++) {
		speaker_key(r, &cl->items[i], &key);
		size_t h = (size_t)text_hash(key.data, key.len) & (cap - 1), s;
		for (;; h = (h + 1) & (cap - 1)) {
			if (!table[h]) {
				s = v->nspeakers++;
				table[h] = s + 1;
				koff[s] = keys.len;
				klen[s] = key.len;
				buf_put(&keys, key.data, key.len);
				v->name_of[s] = i;
				name_width[s] = 0;
				break;
			}
			s = table[h] - 1;
			if (klen[s] == key.len &&
			    memcmp(keys.data + koff[s], key.data, key.len) == 0)
				break;
		}
		v->who[i] = s;
		v->said[s]++;
		/* The group is named by its fullest name ("Huang Renxun" over "Huang"). */
		speaker_name(r, &cl->items[i], &name);
		if (name.len > name_width[s]) {
			name_width[s] = name.len;
			v->name_of[s] = i;
		}
	}
	/* The grouped order: most claims first, then the first to speak; nobody named last. */
	size_t *order = xmalloc((v->nspeakers ? v->nspeakers : 1) * sizeof(*order));
	for (size_t s = 0; s < v->nspeakers; s++)
		order[s] = s;
	/* A stable bottom-up merge sort: 100,000 speakers must not take quadratic time. */
	size_t *tmp = xmalloc((v->nspeakers ? v->nspeakers : 1) * sizeof(*tmp));
	for (size_t width = 1; width < v->nspeakers; width *= 2) {
		for (size_t lo = 0; lo < v->nspeakers; lo += 2 * width) {
			size_t mid = lo + width < v->nspeakers ? lo + width : v->nspeakers;
			size_t hi = lo + 2 * width < v->nspeakers ? lo + 2 * width : v->nspeakers;
			size_t a = lo, b = mid, k = lo;
			while (a < mid && b < hi) {
				size_t x = order[a], y = order[b];
				bool xn = name_width[x] == 0, yn = name_width[y] == 0;
				bool y_first = xn != yn ? xn : v->said[y] > v->said[x];
				tmp[k++] = y_first ? order[b++] : order[a++];
			}
			while (a < mid)
				tmp[k++] = order[a++];
			while (b < hi)
				tmp[k++] = order[b++];
		}
		memcpy(order, tmp, v->nspeakers * sizeof(*order));
	}
	v->rank = xmalloc((v->nspeakers ? v->nspeakers : 1) * sizeof(*v->rank));
	for (size_t k = 0; k < v->nspeakers; k++)
		v->rank[order[k]] = k;
	free(tmp);
	free(order);
	free(name_width);
	free(klen);
	free(koff);
	free(table);
	buf_free(&name);
	buf_free(&key);
	buf_free(&keys);
}

size_t claims_row_claim(const struct reader *r, size_t i)
{
	return r->cv.rows ? r->cv.rows[i] : i;
}

/* Lists the claims as the view says: all in text order (no index), one speaker's, or grouped by
 * speaker in the grouped order and in text order within a group. */
static void view_build(struct reader *r)
{
	struct claims_view *v = &r->cv;
	size_t n = r->cl->n;

	free(v->rows);
	v->rows = NULL;
	v->nrows = n;
	if (!v->grouped && !v->filtered)
		return;
	speakers_build(r);
	v->rows = xmalloc((n ? n : 1) * sizeof(*v->rows));
	if (v->filtered) {
		size_t k = 0;
		for (size_t i = 0; i < n; i++)
			if (v->who[i] == v->speaker)
				v->rows[k++] = i;
		v->nrows = k;
		return;
	}
	size_t *start = xcalloc(v->nspeakers + 1, sizeof(*start));
	for (size_t i = 0; i < n; i++)
		start[v->rank[v->who[i]] + 1]++;
	for (size_t s = 0; s < v->nspeakers; s++)
		start[s + 1] += start[s];
	for (size_t i = 0; i < n; i++)
		v->rows[start[v->rank[v->who[i]]]++] = i;
	free(start);
}

/* Selects the row that lists claim c (the first row when it is not listed). */
static void select_claim(struct reader *r, size_t c)
{
	size_t row = 0;

	if (!r->cv.rows)
		row = c < r->cl->n ? c : 0;
	else
		for (size_t i = 0; i < r->cv.nrows; i++)
			if (r->cv.rows[i] == c) {
				row = i;
				break;
			}
	r->sel[PANE_CLAIMS] = row;
	/* From the top, so that the rows before it show as far as they fit. */
	r->list_top[PANE_CLAIMS] = 0;
	pane_follow(r, PANE_CLAIMS);
}

/* The speaker of group s for people ("Unattributed" when nobody is named). */
static void group_name(const struct reader *r, size_t s, struct buf *out)
{
	speaker_name(r, &r->cl->items[r->cv.name_of[s]], out);
	if (!out->len)
		buf_puts(out, "Unattributed");
}

void claims_view_reset(struct reader *r)
{
	bool grouped = r->cv.grouped;

	claims_view_free(r);
	r->cv.grouped = grouped;
	r->cv.nrows = r->cl->n;
	if (grouped && r->cl->n)
		view_build(r);
}

void claims_view_free(struct reader *r)
{
	struct claims_view *v = &r->cv;

	free(v->rows);
	free(v->who);
	free(v->said);
	free(v->name_of);
	free(v->rank);
	memset(v, 0, sizeof(*v));
}

static bool no_claims(struct reader *r)
{
	if (r->cl->n)
		return false;
	reader_status_set(r, true, "%s",
			  r->analysing ? pane_ops[PANE_CLAIMS].jump_waiting
				       : pane_ops[PANE_CLAIMS].jump_none);
	return true;
}

void claims_filter_toggle(struct reader *r)
{
	struct claims_view *v = &r->cv;
	struct buf name = BUF_INIT;

	if (no_claims(r))
		return;
	pane_bring_forward(r, PANE_CLAIMS);
	if (v->filtered) {
		claims_filter_clear(r);
		reader_status_set(r, false, "All %zu claims", r->cl->n);
		return;
	}
	size_t c = claims_row_claim(r, r->sel[PANE_CLAIMS]);
	speakers_build(r);
	v->filtered = true;
	v->speaker = v->who[c];
	view_build(r);
	select_claim(r, c);
	group_name(r, v->speaker, &name);
	reader_status_set(r, false, "Only %s: %zu of %zu claims (s or Esc shows all)", name.data,
			  v->nrows, r->cl->n);
	buf_free(&name);
}

bool claims_filter_clear(struct reader *r)
{
	if (!r->cv.filtered)
		return false;
	size_t c = claims_row_claim(r, r->sel[PANE_CLAIMS]);
	r->cv.filtered = false;
	view_build(r);
	select_claim(r, c);
	return true;
}

void claims_group_toggle(struct reader *r)
{
	struct claims_view *v = &r->cv;

	if (no_claims(r))
		return;
	pane_bring_forward(r, PANE_CLAIMS);
	size_t c = claims_row_claim(r, r->sel[PANE_CLAIMS]);
	v->grouped = !v->grouped;
	view_build(r);
	select_claim(r, c);
	if (v->grouped)
		reader_status_set(r, false,
				  "Claims by speaker: %zu speaker%s (S lists them in order)",
				  v->nspeakers, v->nspeakers == 1 ? "" : "s");
	else
		reader_status_set(r, false, "Claims in the order of the article");
}

void claims_status(const struct reader *r, char *out, size_t n)
{
	struct buf name = BUF_INIT;

	if (n)
		out[0] = '\0';
	if (!r->cv.filtered)
		return;
	group_name(r, r->cv.speaker, &name);
	snprintf(out, n, "only %s: %zu of %zu claims", name.data, r->cv.nrows, r->cl->n);
	buf_free(&name);
}

/* ---- the pane's geometry ---- */

struct claims_geom {
	struct rect list;   /* the rows of the claims */
	struct rect detail; /* the selected claim in full (h 0: none) */
	bool two_lines;     /* a long claim takes two lines */
};

static int detail_need(const struct reader *r, int w, int limit);

static void geom(const struct reader *r, struct claims_geom *gm)
{
	const struct rect a = r->area[PANE_CLAIMS];
	int body = a.h - 1 > 0 ? a.h - 1 : 0, dh = 0;
	size_t n = claims_pane_count(r);

	if (body >= DETAIL_MIN_BODY) {
		dh = body / 3 + 1;
		if (dh > DETAIL_MAX)
			dh = DETAIL_MAX;
		/* Rows the list does not need (a line a claim, a heading a group) go to the
		 * detail area. */
		size_t need = n + (r->cv.grouped ? (r->cv.filtered ? 1 : r->cv.nspeakers) : 0);
		if (need < (size_t)(body - dh))
			dh = body - (int)need;
		/* A selected claim longer than the area takes rows of the list, which keeps a
		 * third of the body (at least DETAIL_LIST_MIN rows) to scroll in. */
		int keep = body / 3 > DETAIL_LIST_MIN ? body / 3 : DETAIL_LIST_MIN;
		if (body - keep > dh) {
			int want = detail_need(r, a.w, body - keep);
			if (want > dh)
				dh = want;
		}
	}
	gm->list = (struct rect){a.y + 1, a.x, body - dh, a.w};
	gm->detail = (struct rect){a.y + 1 + body - dh, a.x, dh, a.w};
	gm->two_lines = r->wide && gm->list.h >= TWO_LINE_MIN_ROWS;
}

/* Does row i begin a group (and so come under a heading)? */
static bool group_starts(const struct reader *r, size_t i)
{
	const struct claims_view *v = &r->cv;

	if (!v->grouped || !v->rows)
		return false;
	return i == 0 || v->who[v->rows[i - 1]] != v->who[v->rows[i]];
}

/* The width of s[0..n) up to limit + 1 columns: enough to know whether it fits in limit, without
 * measuring a long text to its end. */
static int width_upto(const char *s, size_t n, int limit)
{
	char scratch[16];
	struct glyph gl;
	int w = 0;

	for (size_t i = 0; i < n && w <= limit; i += gl.len) {
		glyph_at(s + i, n - i, &gl, scratch);
		w += gl.width;
	}
	return w;
}

/* Draws s[0..n) within w columns, ending in "…" when it does not fit; measures no further than
 * it draws. Returns the columns used. */
static int put_clipped(struct grid *g, int y, int x, int w, const char *s, size_t n, uint16_t st)
{
	if (w <= 0)
		return 0;
	if (width_upto(s, n, w) <= w)
		return grid_put_text(g, y, x, w, s, n, st);
	/* "..." where "…" is spelled in ASCII, as grid_put_clipped() does. */
	int ew = (g->ascii || MB_CUR_MAX == 1) && w > 3 ? 3 : 1;
	int used = grid_put_text(g, y, x, w - ew, s, grid_clip_words(s, n, w - ew), st);
	return used + grid_put_str(g, y, x + used, ew, "…", st);
}

/* The columns s[0, n) takes clipped to w, drawn when g is not NULL (ascii: as a grid that spells
 * "…" in ASCII draws it). */
static int clipped_width(struct grid *g, bool ascii, int y, int x, int w, const char *s, size_t n,
			 uint16_t st)
{
	if (g)
		return put_clipped(g, y, x, w, s, n, st);
	if (w <= 0)
		return 0;
	int cw = width_upto(s, n, w);
	if (cw <= w)
		return cw;
	/* as put_clipped() draws it: whole words, then "…" */
	int ew = (ascii || MB_CUR_MAX == 1) && w > 3 ? 3 : 1;
	return reader_text_width(s, grid_clip_words(s, n, w - ew)) + ew;
}

/* Where the kind ("(paraphrase)", "(quote)") begins in a row's middle part s[0, n), at the
 * space before its parenthesis; n when the part does not end in one. */
static size_t kind_start(const char *s, size_t n)
{
	if (n < 3 || s[n - 1] != ')')
		return n;
	for (size_t i = n - 1; i-- > 0;)
		if (s[i] == '(')
			return i > 0 && s[i - 1] == ' ' ? i - 1 : i;
	return n;
}

/* A row as it is laid out: the claim as claims_render() writes it ("According to " and the
 * speaker, what comes between (the cue, "(paraphrase)") and the words); under a group's heading
 * the speaker is left out, the group names it, unless nothing comes between. */
struct row_parts {
	struct buf line;
	struct claim_parts p;
	bool who;    /* the speaker is shown */
	bool nested; /* the claim is held in another: "↳ " */
	bool ascii;  /* the grid spells "…" in ASCII */
	int indent;
	size_t mid_start, mid_end; /* between the speaker and the words, without ": " */
};

/* Lays out row i for w columns; only the start of a long claim is rendered. Free rp->line. */
static void row_parts(const struct reader *r, size_t i, int w, struct row_parts *rp)
{
	const struct claim *c = &r->cl->items[claims_row_claim(r, i)];
	size_t cap = (size_t)(w > 0 ? w : 1) * 16 + 64;

	rp->line = (struct buf)BUF_INIT;
	claim_line(r, c, cap, &rp->line, &rp->p);
	rp->who = !r->cv.grouped;
	rp->nested = c->parent != CLAIM_NONE;
	rp->ascii = r->ascii;
	rp->indent = r->cv.grouped ? GROUP_INDENT : 0;
	rp->mid_start = rp->p.who_end;
	rp->mid_end = rp->p.text_start;
	if (!rp->who)
		while (rp->mid_start < rp->mid_end && rp->line.data[rp->mid_start] == ' ')
			rp->mid_start++;
	if (rp->mid_end - rp->mid_start >= 2 && rp->line.data[rp->mid_end - 2] == ':' &&
	    rp->line.data[rp->mid_end - 1] == ' ')
		rp->mid_end -= 2;
	/* a claim with no cue and no kind ("Ann Lee: “We will not back down.”") keeps its
	 * speaker under the group's heading, as the flat list shows it: else ": " alone leads */
	if (!rp->who && rp->mid_start == rp->mid_end)
		rp->who = true;
}

/* Lays out and, when g is not NULL, draws row rp's prefix in w columns from x: the indent, "↳ ",
 * the speaker (at most a third of the row), the cue and kind (at most half), ": ". Returns the
 * columns it takes, the same whether drawn or measured. */
static int row_prefix(const struct row_parts *rp, struct grid *g, int y, int x, int w, uint16_t sel)
{
	static const struct {
		bool who;
		int share;
		uint16_t style;
	} piece[3] = {{true, 1, ST_DIM}, {true, 3, ST_LABEL}, {false, 2, ST_DIM}};
	size_t from[3] = {0, rp->p.who_start, rp->mid_start};
	size_t to[3] = {rp->p.who_start, rp->p.who_end, rp->mid_end};
	int used = rp->indent;

	if (rp->nested) {
		if (g)
			grid_put_str(g, y, x + used, w - used, "\xE2\x86\xB3 ", sel);
		used += 2;
	}
	for (int k = 0; k < 3; k++) {
		size_t n = to[k] - from[k];
		if ((piece[k].who && !rp->who) || !n || used + 2 >= w)
			continue;
		int cap = piece[k].share > 1 && w > 24 ? w / piece[k].share : w - used - 2;
		const char *s = rp->line.data + from[k];
		/* A speaker up to half the row is shown whole: cut to a third, "Morgan Tsvangirai's
		 * spokesman" read "Morgan Tsvangirai's…", as if he had spoken. */
		if (k == 1 && cap < w / 2 && width_upto(s, n, w / 2) <= w / 2)
			cap = width_upto(s, n, w / 2);
		if (cap > w - used - 2)
			cap = w - used - 2;
		uint16_t st = (uint16_t)(sel | piece[k].style);
		size_t head = k == 2 ? kind_start(s, n) : n;
		int kw = head < n ? width_upto(s + head, n - head, cap) : 0;
		/* A long cue gives way to its kind: "repeatedly acc… (paraphrase)", never
		 * "repeatedly accused (paraphras…", which hides whether the words are a quote. */
		if (head < n && width_upto(s, n, cap) > cap && kw + 4 <= cap) {
			used += clipped_width(g, rp->ascii, y, x + used, cap - kw, s, head, st);
			used += clipped_width(g, rp->ascii, y, x + used, kw, s + head, n - head,
					      st);
		} else {
			used += clipped_width(g, rp->ascii, y, x + used, cap, s, n, st);
		}
	}
	if (g)
		grid_put_str(g, y, x + used, w - used, ": ", sel);
	return used + 2;
}

/* The screen lines of row i when it is (top) or is not the first row shown: its group's heading
 * (above the first row of a group, and above the top row so that the group stays named), and one
 * line, or two for a claim too long for one on a wide screen. */
static int row_lines(const struct reader *r, const struct claims_geom *gm, size_t i, bool top)
{
	int lines = 1;

	if (r->cv.grouped && (top || group_starts(r, i)))
		lines++;
	if (gm->two_lines) {
		struct row_parts rp;
		int w = gm->list.w - 1;
		row_parts(r, i, w, &rp);
		int room = w - row_prefix(&rp, NULL, 0, 0, w, 0);
		if (width_upto(rp.line.data + rp.p.text_start, rp.line.len - rp.p.text_start,
			       room) > room)
			lines++;
		buf_free(&rp.line);
	}
	return lines;
}

/* ---- the pane's operations ---- */

size_t claims_pane_count(const struct reader *r)
{
	return r->cv.rows ? r->cv.nrows : r->cl->n;
}

const char *claims_pane_empty(const struct reader *r)
{
	return r->analysing ? "Finding claims…" : "No claims found";
}

/* The claim with its speaker and cue: the content and whichever of them lie around it. */
struct span claims_pane_extent(const struct reader *r, size_t i)
{
	return claims_extent(&r->cl->items[claims_row_claim(r, i)]);
}

void claims_pane_open(struct reader *r, size_t i)
{
	const struct claim *c = &r->cl->items[claims_row_claim(r, i)];
	char who[128];

	pane_show_item(r, PANE_CLAIMS, i);
	row_speaker(r, c, who, sizeof(who));
	reader_status_set(r, false, "Claim %zu/%zu · %s · ¶%zu", i + 1, claims_pane_count(r), who,
			  c->paragraph + 1);
}

long claims_pane_page(const struct reader *r, enum pane p)
{
	struct claims_geom gm;

	(void)p;
	geom(r, &gm);
	long n = gm.list.h / (gm.two_lines ? 2 : 1);
	return n > 0 ? n : 1;
}

/* The first row, not above floor, from which the rows down to last all show: walked back from
 * last, so that the work is a screen's, however far down the list last is. */
static size_t first_showing(const struct reader *r, const struct claims_geom *gm, size_t last,
			    size_t floor)
{
	size_t first = last;
	int used = row_lines(r, gm, last, true);

	while (first > floor) {
		/* first stops being the top row: it may lose the heading the top row has */
		int lose = row_lines(r, gm, first, true) - row_lines(r, gm, first, false);
		int add = row_lines(r, gm, first - 1, true) - lose;
		if (used + add > gm->list.h)
			break;
		used += add;
		first--;
	}
	return first;
}

void claims_pane_follow(struct reader *r, enum pane p)
{
	struct claims_geom gm;
	size_t n = claims_pane_count(r), *top = &r->list_top[p];

	geom(r, &gm);
	if (!n) {
		r->sel[p] = *top = 0;
		return;
	}
	if (r->sel[p] >= n)
		r->sel[p] = n - 1;
	size_t sel = r->sel[p];
	if (*top > sel)
		*top = sel;
	size_t first = first_showing(r, &gm, sel, *top);
	if (first > *top)
		*top = first;
	/* The list's end on screen fills the pane (as pane_list_follow()'s lists do): one grown
	 * by a resize shows no empty rows under its last row while rows are hidden above. */
	first = first_showing(r, &gm, n - 1, 0);
	if (*top > first)
		*top = first;
}

size_t claims_pane_item_at(const struct reader *r, enum pane p, int row)
{
	struct claims_geom gm;
	size_t n = claims_pane_count(r);

	geom(r, &gm);
	if (row < 0 || row >= gm.list.h)
		return SIZE_MAX;
	for (size_t i = r->list_top[p]; i < n; i++) {
		bool top = i == r->list_top[p];
		int lines = row_lines(r, &gm, i, top);
		bool heading = r->cv.grouped && (top || group_starts(r, i));
		if (row < lines)
			return heading && row == 0 ? SIZE_MAX : i;
		row -= lines;
	}
	return SIZE_MAX;
}

int claims_pane_extra_rows(const struct reader *r)
{
	/* The detail area: a rule, who said it, and six lines of words. */
	return claims_pane_count(r) ? DETAIL_WANT : 0;
}

void claims_pane_header_note(const struct reader *r, char *out, size_t n)
{
	struct buf name = BUF_INIT;

	if (n)
		out[0] = '\0';
	if (r->cv.filtered) {
		group_name(r, r->cv.speaker, &name);
		snprintf(out, n, " of %zu · only %s", r->cl->n, name.data);
	} else if (r->cv.grouped && r->cv.who) {
		snprintf(out, n, " · %zu speaker%s", r->cv.nspeakers,
			 r->cv.nspeakers == 1 ? "" : "s");
	}
	buf_free(&name);
}

/* ---- drawing ---- */

/* The bytes of s[0..n) that fill a line of w columns, broken after a space where one fits (else
 * anywhere); at least one character. */
static size_t fit_words(const char *s, size_t n, int w)
{
	char scratch[16];
	struct glyph gl;
	size_t last_space = 0;
	int used = 0;

	for (size_t i = 0; i < n; i += gl.len) {
		glyph_at(s + i, n - i, &gl, scratch);
		if (gl.space)
			last_space = i + gl.len;
		if (used + gl.width > w) {
			if (last_space)
				return last_space;
			return i ? i : gl.len;
		}
		used += gl.width;
	}
	return n;
}

/* Draws the words of s[0..n) over rows [y, y + h) from column x, w columns wide, word-wrapped;
 * the last row ends in "…" when the words go on. Returns the rows used; with no grid g, only
 * counts them. */
static int put_wrapped(struct grid *g, int y, int x, int w, int h, const char *s, size_t n,
		       uint16_t st)
{
	size_t pos = 0;
	int row = 0;

	while (pos < n && s[pos] == ' ')
		pos++;
	for (; row < h && pos < n; row++) {
		if (row == h - 1) {
			if (g)
				put_clipped(g, y + row, x, w, s + pos, n - pos, st);
			return row + 1;
		}
		size_t k = fit_words(s + pos, n - pos, w);
		if (g)
			grid_put_text(g, y + row, x, w, s + pos, k, st);
		pos += k;
		while (pos < n && s[pos] == ' ')
			pos++;
	}
	return row;
}

void claims_pane_draw_row(const struct reader *r, struct grid *g, size_t i, int y, int x, int w,
			  uint16_t sel)
{
	struct row_parts rp;

	row_parts(r, i, w, &rp);
	int used = row_prefix(&rp, g, y, x, w, sel);
	put_clipped(g, y, x + used, w - used, rp.line.data + rp.p.text_start,
		    rp.line.len - rp.p.text_start, sel);
	buf_free(&rp.line);
}

/* A claim over two lines: the row as claims_pane_draw_row() lays it out, its words going on
 * under them. */
static void draw_row_two(const struct reader *r, struct grid *g, size_t i, int y, int x, int w,
			 uint16_t sel)
{
	struct row_parts rp;
	int hang = (r->cv.grouped ? GROUP_INDENT : 0) + 2;

	row_parts(r, i, w, &rp);
	int pre = row_prefix(&rp, g, y, x, w, sel);
	const char *words = rp.line.data + rp.p.text_start;
	size_t n = rp.line.len - rp.p.text_start;
	size_t k = fit_words(words, n, w - pre);
	/* Not even the first word fits after a long prefix: it starts row two whole ("Huang"
	 * over two rows read "Huan" and "g had told"). Text with no spaces to break at (Chinese)
	 * breaks where it must. */
	if (k < n && k > 0 && (unsigned char)words[k - 1] > ' ' && (unsigned char)words[k] > ' ' &&
	    (unsigned char)words[k - 1] < 0x80 && (unsigned char)words[k] < 0x80)
		k = 0;
	grid_put_text(g, y, x + pre, w - pre, words, k, sel);
	while (k < n && words[k] == ' ')
		k++;
	put_clipped(g, y + 1, x + hang, w - hang, words + k, n - k, sel);
	buf_free(&rp.line);
}

/* Draws the detail area's heading after the speaker: the cue, the kind and the paragraph from
 * column x (w columns) of row y, going on under it from column x2 (w2 columns) when it does not
 * fit and there are rows to spare, so that the kind is read whole ("· paraphrase", not
 * "· paraphr…"). Returns the rows used, at most rows. */
static int draw_detail_head(struct grid *g, int y, int x, int w, int x2, int w2, int rows,
			    const struct buf *line)
{
	if (rows < 2 || w2 < 8 || width_upto(line->data, line->len, w) <= w) {
		put_clipped(g, y, x, w, line->data, line->len, ST_DIM);
		return 1;
	}
	size_t k = w > 0 ? fit_words(line->data, line->len, w) : 0;
	/* A break after a word's first letters, with no space before it, leaves it for row two. */
	if (k && line->data[k - 1] != ' ')
		k = 0;
	/* "has admitted" over "· paraphrase · ¶1": a separator starts the row it leads into. */
	if (k >= 3 && memcmp(line->data + k - 3, "\xC2\xB7 ", 3) == 0)
		k -= 3;
	if (k)
		grid_put_text(g, y, x, w, line->data, k, ST_DIM);
	return 1 + put_wrapped(g, y + 1, x2, w2, rows - 1, line->data + k, line->len - k, ST_DIM);
}

/* Where in row `words` the words of its tag lie, when they are the cue (n bytes at cue) and more
 * that read with it: " described the plan as" and ", quoted as saying" give "described the plan
 * as" and "quoted as saying" (without the space or comma before them); an empty span when they
 * are the cue alone or none ("Unattributed (impression): "). */
static struct span tag_words(const struct buf *words, const struct claim_parts *parts,
			     const char *cue, size_t n)
{
	size_t s = parts->who_end, e = parts->tag_end;
	const struct span none = {0, 0};

	if (s < e && words->data[s] == ',')
		s++;
	if (s >= e || words->data[s] != ' ')
		return none;
	s++;
	if (e - s <= n || strncasecmp(words->data + s, cue, n) != 0 || words->data[s + n] != ' ')
		return none;
	return (struct span){s, e};
}

/* True when the speaker as written (n bytes at s) is the name shown with titles before it, one
 * to three words that coref_title_word() knows, with or without a dot ("Mayor Linda Osei",
 * "Sen. Ann Lee", "Prime Minister Ann Lee" for "Linda Osei", "Ann Lee"): the fuller form says
 * all the name does. */
static bool titled_name(const char *s, size_t n, const char *name)
{
	size_t rl = strlen(name), p = 0, words = 0;

	if (!rl || n <= rl + 1 || s[n - rl - 1] != ' ' || memcmp(s + n - rl, name, rl) != 0)
		return false;
	while (p < n - rl - 1) {
		size_t w = p;
		while (w < n - rl - 1 && s[w] != ' ' && s[w] != '.')
			w++;
		if (w == p || ++words > 3 || !coref_title_word(s + p, w - p))
			return false;
		p = w;
		if (p < n - rl - 1 && s[p] == '.')
			p++;
		if (p < n - rl - 1 && s[p] == ' ')
			p++;
		else if (p < n - rl - 1)
			return false;
	}
	return words > 0;
}

/* What the detail area shows of claim c: who said it (empty: nobody named), the heading line
 * after it (as written, cue, kind, paragraph) and the claim's words as claim_line() renders
 * them (cap bytes at most). Returns whether nobody is named. */
static bool detail_parts(const struct reader *r, const struct claim *c, size_t cap, struct buf *who,
			 struct buf *line, struct buf *words, struct claim_parts *parts)
{
	speaker_name(r, c, who);
	/* "Mayor Linda Osei" for "Linda Osei": the fuller form, once */
	bool titled = c->speaker_resolved && c->speaker.end > c->speaker.start &&
		      titled_name(r->text + c->speaker.start, c->speaker.end - c->speaker.start,
				  c->speaker_resolved);
	if (titled) {
		buf_clear(who);
		text_visible_line(who, r->text + c->speaker.start,
				  c->speaker.end - c->speaker.start);
	}
	/* Nobody named: the cue as written stands apart, so that "was asked" is not said
	 * of a speaker called "Unattributed". */
	bool nobody = !who->len;
	if (nobody)
		buf_puts(who, CLAIMS_NO_SPEAKER);
	/* The speaker as the article writes it, when the name shown is another ("he"), or when
	 * it is a pronoun nobody resolved: "(no speaker) (“they”)". */
	if (nobody && c->speaker.end > c->speaker.start) {
		struct buf as = BUF_INIT;
		text_visible_line(&as, r->text + c->speaker.start,
				  c->speaker.end - c->speaker.start);
		buf_printf(line, " (“%s”)", as.data);
		buf_free(&as);
	} else if (c->speaker.end > c->speaker.start && c->speaker_resolved && !titled) {
		struct buf as = BUF_INIT, key_as = BUF_INIT, key_who = BUF_INIT;
		struct claim plain = *c, named = *c;
		plain.speaker_resolved = NULL;
		plain.speaker_id = named.speaker_id = CLAIM_NONE; /* the names compared */
		speaker_key(r, &plain, &key_as);
		speaker_key(r, &named, &key_who);
		/* "The U.S. Chamber of Commerce" is the name shown, "U.S. Chamber of Commerce",
		 * written with its article: nothing more to show */
		const char *ka = key_as.data, *kw = key_who.data;
		ka += text_the_len(ka, strlen(ka));
		kw += text_the_len(kw, strlen(kw));
		if (strcmp(ka, kw) != 0) {
			text_visible_line(&as, r->text + c->speaker.start,
					  c->speaker.end - c->speaker.start);
			buf_printf(line, " (“%s”)", as.data);
		}
		buf_free(&as);
		buf_free(&key_as);
		buf_free(&key_who);
	}
	/* The cue, unless it says what the kind says ("according to"); with the words the row
	 * reads with it, where the row has them ("described the plan as", "quoted as saying"):
	 * the words below are only what was said. */
	claim_line(r, c, cap, words, parts);
	const char *kind = kind_words(c->kind);
	size_t cuelen = c->cue.end > c->cue.start ? c->cue.end - c->cue.start : 0;
	if (claims_cue_has_words(r, c) &&
	    !(cuelen == strlen(kind) && strncasecmp(r->text + c->cue.start, kind, cuelen) == 0)) {
		buf_puts(line, nobody ? " · " : " ");
		struct span tag = tag_words(words, parts, r->text + c->cue.start, cuelen);
		if (tag.end > tag.start)
			buf_put(line, words->data + tag.start, tag.end - tag.start);
		else
			text_visible_line(line, r->text + c->cue.start, cuelen);
	}
	buf_printf(line, " · %s · ¶%zu", kind, c->paragraph + 1);
	if (c->parent != CLAIM_NONE)
		buf_printf(line, " · within claim %zu", c->parent + 1);
	return nobody;
}

/* The rows the selected claim's detail area needs to show all of it in w columns (its rule,
 * heading and words), counting up to limit: a long quotation is read whole where the list can
 * spare the rows, not cut at "…" before its end. */
static int detail_need(const struct reader *r, int w, int limit)
{
	size_t n = claims_pane_count(r);
	if (!n || w < 2 || limit < 3)
		return 0;
	size_t i = r->sel[PANE_CLAIMS] < n ? r->sel[PANE_CLAIMS] : n - 1;
	const struct claim *c = &r->cl->items[claims_row_claim(r, i)];
	struct buf who = BUF_INIT, line = BUF_INIT, words = BUF_INIT;
	struct claim_parts parts;
	int tw = w - 1;
	size_t cap = (size_t)limit * (size_t)tw * 16 + 64;

	detail_parts(r, c, cap, &who, &line, &words, &parts);
	/* The heading: one row, or two when it goes on under the speaker. */
	int head = width_upto(who.data, who.len, tw) + width_upto(line.data, line.len, tw) <= tw
			   ? 1
			   : 2;
	int need = 1 + head +
		   put_wrapped(NULL, 0, 0, tw, limit, words.data + parts.text_start,
			       words.len - parts.text_start, 0);
	buf_free(&who);
	buf_free(&line);
	buf_free(&words);
	return need < limit ? need : limit;
}

/* The selected claim in full: a rule, who said it (as written too, when that differs), the cue
 * and the kind, then all of its words, wrapped. */
static void draw_detail(const struct reader *r, struct grid *g, const struct rect *d)
{
	struct buf who = BUF_INIT, words = BUF_INIT, line = BUF_INIT;
	size_t ci = claims_row_claim(r, r->sel[PANE_CLAIMS]);
	const struct claim *c = &r->cl->items[ci];
	int x = d->x + 1, w = d->w - 1;

	for (int k = 0; k < d->w; k++)
		grid_put_str(g, d->y, d->x + k, 1, "─", ST_BORDER);
	struct claim_parts parts;
	size_t cap = (size_t)(d->h > 2 ? d->h - 2 : 1) * (size_t)(w > 0 ? w : 1) * 16 + 64;
	detail_parts(r, c, cap, &who, &line, &words, &parts);
	int used = grid_put_clipped(g, d->y + 1, x, w, who.data, who.len, ST_LABEL);
	int head = draw_detail_head(g, d->y + 1, x + used, w - used, x + 2, w - 2,
				    d->h > 6   ? 3
				    : d->h > 4 ? 2
					       : 1,
				    &line);
	put_wrapped(g, d->y + 1 + head, x, w, d->h - 1 - head, words.data + parts.text_start,
		    words.len - parts.text_start, 0);
	buf_free(&line);
	buf_free(&words);
	buf_free(&who);
}

void claims_pane_draw(struct reader *r, struct grid *g, enum pane p)
{
	struct claims_geom gm;
	size_t n = claims_pane_count(r);
	struct buf name = BUF_INIT;

	geom(r, &gm);
	pane_draw_header(r, g, p);
	if (!n) {
		grid_put_str(g, gm.list.y, gm.list.x + 1, gm.list.w - 1, claims_pane_empty(r),
			     ST_DIM);
		return;
	}
	claims_pane_follow(r, p);
	int y = gm.list.y, end = gm.list.y + gm.list.h, x = gm.list.x + 1, w = gm.list.w - 1;
	for (size_t i = r->list_top[p]; i < n && y < end; i++) {
		bool top = i == r->list_top[p];
		int lines = row_lines(r, &gm, i, top);
		if (r->cv.grouped && (top || group_starts(r, i))) {
			size_t s = r->cv.who[claims_row_claim(r, i)];
			group_name(r, s, &name);
			buf_printf(&name, " (%zu)", r->cv.said[s]);
			put_clipped(g, y, x, w, name.data, name.len, ST_LABEL);
			y++;
			lines--;
		}
		if (y >= end)
			break;
		uint16_t sel = pane_row_style(r, p, i);
		if (lines > end - y)
			lines = end - y;
		for (int k = 0; sel && k < lines; k++)
			grid_fill(g, y + k, gm.list.x, gm.list.w, sel);
		if (lines == 2)
			draw_row_two(r, g, i, y, x, w, sel);
		else
			claims_pane_draw_row(r, g, i, y, x, w, sel);
		y += lines;
	}
	buf_free(&name);
	if (gm.detail.h)
		draw_detail(r, g, &gm.detail);
}
