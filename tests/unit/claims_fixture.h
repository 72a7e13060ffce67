/* claims_fixture: what the claims unit tests share: a document and its claims from a string,
 * the invariants every claim list keeps, and checks of one claim's spans. */
#ifndef DATELINE_CLAIMS_FIXTURE_H
#define DATELINE_CLAIMS_FIXTURE_H

#include "check.h"
#include "dateline/claims.h"

#include <stdlib.h>

struct fixture {
	struct doc *d;
	struct claim_list *l;
	const char *text;
};

/* The document of the n bytes s read as format (a file named name) and its claims. */
static inline struct fixture run_format(const char *s, size_t n, const char *name,
					enum format format)
{
	struct fixture f;
	const char *err = NULL;
	size_t len;

	f.d = doc_load(s, n, name, format, &err);
	REQUIRE(f.d != NULL);
	f.l = claims_find(f.d);
	REQUIRE(f.l != NULL);
	f.text = doc_text(f.d, &len);
	return f;
}

static inline struct fixture run_bytes(const char *s, size_t n)
{
	return run_format(s, n, "t.txt", FORMAT_TEXT);
}

static inline struct fixture run(const char *s)
{
	return run_bytes(s, strlen(s));
}

/* A span boundary in valid UTF-8 text falls between characters. */
static inline bool on_char(const char *t, size_t len, size_t i)
{
	return i >= len || ((unsigned char)t[i] & 0xC0) != 0x80;
}

/* What every claim list must satisfy, whatever the input: spans inside the text (the content
 * never empty), in text order (content start, then the holding claim first, then cue), on character boundaries when
 * the text is valid UTF-8, the paragraph the content starts in, a resolved speaker never empty.
 * Returns the number of claims that break one of these (each reported). */
static inline size_t claims_sane(const struct fixture *f)
{
	size_t len, bad = 0;
	const char *t = doc_text(f->d, &len);
	bool valid = text_valid_prefix(t, len) == len;

	for (size_t i = 0; i < f->l->n; i++) {
		const struct claim *c = &f->l->items[i], *p = i ? c - 1 : NULL;
		const struct span sp[3] = {c->content, c->speaker, c->cue};
		bool ok = c->content.start < c->content.end &&
			  c->paragraph == doc_paragraph_at(f->d, c->content.start) &&
			  (!c->speaker_resolved || c->speaker_resolved[0]);
		for (int k = 0; k < 3; k++)
			ok = ok && sp[k].start <= sp[k].end && sp[k].end <= len &&
			     (!valid ||
			      (on_char(t, len, sp[k].start) && on_char(t, len, sp[k].end)));
		if (p && ok)
			ok = p->content.start < c->content.start ||
			     (p->content.start == c->content.start &&
			      (p->content.end > c->content.end ||
			       (p->content.end == c->content.end && p->cue.start <= c->cue.start)));
		if (!ok) {
			fprintf(stderr,
				"  claim %zu: content [%zu,%zu) speaker [%zu,%zu) cue [%zu,%zu) "
				"paragraph %zu of text length %zu\n",
				i, c->content.start, c->content.end, c->speaker.start,
				c->speaker.end, c->cue.start, c->cue.end, c->paragraph, len);
			bad++;
		}
	}
	return bad;
}

/* Checks the invariants of the list, then frees the fixture. */
static inline void done(struct fixture *f)
{
	CHECK_EQ(claims_sane(f), 0);
	claim_list_free(f->l);
	doc_free(f->d);
}

/* True when span sp holds exactly the text want. */
static inline int span_is(const struct fixture *f, struct span sp, const char *want)
{
	size_t n = strlen(want);

	if (sp.end - sp.start != n || strncmp(f->text + sp.start, want, n) != 0) {
		fprintf(stderr, "  span [%zu,%zu) = \"%.*s\", want \"%s\"\n", sp.start, sp.end,
			(int)(sp.end - sp.start), f->text + sp.start, want);
		return 0;
	}
	return 1;
}

/* Checks claim i: kind, content, speaker, cue and resolved speaker (NULL: none expected). */
static inline void claim_is(const struct fixture *f, size_t i, enum claim_kind kind,
			    const char *content, const char *speaker, const char *cue,
			    const char *resolved)
{
	const struct claim *c;

	CHECK(i < f->l->n);
	if (i >= f->l->n)
		return;
	c = &f->l->items[i];
	CHECK_EQ(c->kind, kind);
	CHECK(span_is(f, c->content, content));
	if (speaker)
		CHECK(span_is(f, c->speaker, speaker));
	else
		CHECK_EQ(c->speaker.end - c->speaker.start, 0);
	if (cue)
		CHECK(span_is(f, c->cue, cue));
	if (resolved)
		CHECK_STR(c->speaker_resolved, resolved);
}

/* The resolved speaker of the claim whose speaker span is `speaker` (the first such), checked
 * against want (NULL: none). */
static inline void speaker_resolves(const struct fixture *f, const char *speaker, const char *want)
{
	size_t n = strlen(speaker);

	for (size_t i = 0; i < f->l->n; i++) {
		const struct claim *c = &f->l->items[i];
		if (c->speaker.end - c->speaker.start == n &&
		    strncmp(f->text + c->speaker.start, speaker, n) == 0) {
			if (!want)
				CHECK(c->speaker_resolved == NULL);
			else
				CHECK_STR(c->speaker_resolved, want);
			return;
		}
	}
	fprintf(stderr, "  no claim with the speaker \"%s\"\n", speaker);
	CHECK(0);
}

/* Checks that exactly one claim has the source written `speaker` and a cue that begins with
 * `cue`, and that its speaker resolves to want ("who" before "said" and "who" before
 * "refuses" in one text). */
static inline void cue_speaker_resolves(const struct fixture *f, const char *speaker,
					const char *cue, const char *want)
{
	size_t n = strlen(speaker), cn = strlen(cue), seen = 0;

	for (size_t i = 0; i < f->l->n; i++) {
		const struct claim *c = &f->l->items[i];
		if (c->speaker.end - c->speaker.start != n ||
		    strncmp(f->text + c->speaker.start, speaker, n) != 0 ||
		    c->cue.end - c->cue.start < cn || strncmp(f->text + c->cue.start, cue, cn) != 0)
			continue;
		CHECK_STR(c->speaker_resolved, want);
		seen++;
	}
	if (seen != 1)
		fprintf(stderr, "  %zu claims with the speaker \"%s\" and the cue \"%s\"\n", seen,
			speaker, cue);
	CHECK(seen == 1);
}

/* claim i rendered as a reader sees it */
static inline int renders(const struct fixture *f, size_t i, const char *want)
{
	struct buf b = BUF_INIT;
	int ok;

	if (i >= f->l->n) {
		fprintf(stderr, "  no claim %zu\n", i);
		return 0;
	}
	claims_render(&b, f->d, &f->l->items[i], NULL);
	ok = strcmp(b.data, want) == 0;
	if (!ok)
		fprintf(stderr, "  claim %zu renders \"%s\",\n                 want \"%s\"\n", i,
			b.data, want);
	buf_free(&b);
	return ok;
}

#endif
