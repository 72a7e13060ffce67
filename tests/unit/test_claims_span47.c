/* Unit tests of the content a claim shows, span47 (session 47): each next to the row of the
 * same shape that stays. */
#include "claims_fixture.h"

#include <string.h>

/* True when the quoted span k of claim i holds exactly the bytes of want. */
static bool quote_is(const struct fixture *f, size_t i, size_t k, const char *want)
{
	const struct claim *c = &f->l->items[i];
	size_t n = strlen(want);

	return i < f->l->n && k < c->nquote && c->quote[k].end - c->quote[k].start == n &&
	       memcmp(f->text + c->quote[k].start, want, n) == 0;
}

/* `--json` quote spans kept the comma the writer set before the closing mark ('"We will build
 * the bridge next year," the mayor said': the span read "...next year,") while the row drops
 * it. A run that ends at its closing mark ends before that comma; a comma inside the words and
 * the stop that ends them stay. */
static void quote_span_ends_before_tag_comma(void)
{
	struct fixture f = run("Ten people met at the hall on Monday.\n\n"
			       "\"We will build the bridge next year,\" the mayor said. \"It is "
			       "time, and we are ready.\"\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "the mayor said: \xE2\x80\x9CWe will build the bridge next year \xE2\x80\xA6 "
		      "It is time, and we are ready.\xE2\x80\x9D"));
	CHECK_EQ(f.l->items[0].nquote, 2);
	CHECK(quote_is(&f, 0, 0, "We will build the bridge next year"));
	CHECK(quote_is(&f, 0, 1, "It is time, and we are ready."));
	done(&f);
}

int main(void)
{
	RUN(quote_span_ends_before_tag_comma);
	return CHECK_DONE();
}
