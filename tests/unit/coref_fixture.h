/* coref_fixture: what the coref unit tests share: a document and its coreference from a
 * string, a mention found by its words, and a check of what it resolves to. */
#ifndef DATELINE_COREF_FIXTURE_H
#define DATELINE_COREF_FIXTURE_H

#include "check.h"
#include "dateline/coref.h"

#include <stdlib.h>
#include <string.h>

struct fixture {
	struct doc *d;
	struct coref *c;
	const char *text;
};

static inline struct fixture run(const char *s)
{
	struct fixture f;
	const char *err = NULL;
	size_t len;

	f.d = doc_load(s, strlen(s), "t.txt", FORMAT_TEXT, &err);
	CHECK(f.d != NULL);
	f.c = coref_build(f.d);
	f.text = doc_text(f.d, &len);
	return f;
}

static inline void done(struct fixture *f)
{
	coref_free(f->c);
	doc_free(f->d);
}

/* The span of the n-th (from 1) occurrence of s in the text; an empty span when there is none. */
static inline struct span at(const struct fixture *f, const char *s, int n)
{
	const char *p = f->text;
	struct span none = {0, 0};

	while ((p = strstr(p, s)) != NULL) {
		if (--n == 0)
			return (struct span){(size_t)(p - f->text),
					     (size_t)(p - f->text) + strlen(s)};
		p++;
	}
	fprintf(stderr, "  no occurrence of \"%s\"\n", s);
	return none;
}

/* True when the mention (occurrence n of s) resolves to the name want (NULL: to nothing). */
static inline int resolves(const struct fixture *f, const char *s, int n, const char *want)
{
	struct span sp = at(f, s, n), r = coref_resolve_name(f->c, sp);
	size_t len = r.end - r.start;

	if (!want) {
		if (len == 0)
			return 1;
		fprintf(stderr, "  \"%s\" #%d -> \"%.*s\", want nothing\n", s, n, (int)len,
			f->text + r.start);
		return 0;
	}
	if (len == strlen(want) && strncmp(f->text + r.start, want, len) == 0)
		return 1;
	fprintf(stderr, "  \"%s\" #%d -> \"%.*s\", want \"%s\"\n", s, n, (int)len,
		f->text + r.start, want);
	return 0;
}

#endif
