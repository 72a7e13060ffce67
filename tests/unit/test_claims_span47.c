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

/* readability tmz-1: "Law enforcement sources tell TMZ ... the dress was taken" gave no claim: an
 * ellipsis right after the cue or its addressee stands for the "that" left out, and the clause
 * after it is the content. "He told me... well, nothing." has no clause after it: no claim. */
static void ellipsis_after_cue(void)
{
	struct fixture f =
		run("A ring went missing on Friday.\n\n"
		    "Police sources tell the paper ... the ring was taken from her room.\n\n"
		    "Our sources say \xE2\x80\xA6 the ring was worth a lot.\n\n"
		    "He told me... well, nothing.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Police sources tell (paraphrase): the ring was taken from her room"));
	CHECK(renders(&f, 1, "Our sources say (paraphrase): the ring was worth a lot"));
	done(&f);
}

/* PolNeAR dev usa-today 2016-09-22: "He responded then the same way that we must respond now:
 * THEY LOSE, WE WIN." read "responded (paraphrase): we must respond now: THEY LOSE, WE WIN":
 * "that" after "way" or "manner" in the phrase after the cue opens a clause on the manner, no
 * report; a colon after it opens what was said, else the content is a later "that" or none.
 * The "that" after any other noun of the phrase ("in a statement that") stays the report's. */
static void that_after_way_is_no_report(void)
{
	struct fixture f =
		run("The war went on for years.\n\n"
		    "Ann Lee responded then the same way that we must respond now: WE HOLD.\n\n"
		    "The mayor said in the same way that the council had voted that the "
		    "bridge would wait.\n\n"
		    "The mayor responded in the same way that others did.\n\n"
		    "The mayor said in a statement that the bridge would wait.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Ann Lee responded (paraphrase): WE HOLD"));
	CHECK(renders(&f, 1, "The mayor said (paraphrase): the bridge would wait"));
	CHECK(renders(&f, 2, "The mayor said (paraphrase): the bridge would wait"));
	done(&f);
}

int main(void)
{
	RUN(that_after_way_is_no_report);
	RUN(quote_span_ends_before_tag_comma);
	RUN(ellipsis_after_cue);
	return CHECK_DONE();
}
