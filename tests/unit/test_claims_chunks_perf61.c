/* Unit tests of a large document read in chunks on two threads (perf61, claims.c): the claims,
 * field by field, are those one thread reading the whole gives, wherever the chunks begin: beside
 * sources resolved through the claims of the paragraphs before ("The poll", "the groups",
 * "they", "She"), quotations over paragraph ends, a quotation never closed, and a quotation
 * signed by a dash in the paragraph after it; and with every chunk size, from one paragraph
 * to the whole. */
#include "claims_fixture.h"

#include "../../src/claims_int.h"

/* True when the two lists hold the same claims, field by field. */
static bool same_claims(const struct claim_list *a, const struct claim_list *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++) {
		const struct claim *x = &a->items[i], *y = &b->items[i];
		if (x->kind != y->kind || x->content.start != y->content.start ||
		    x->content.end != y->content.end || x->speaker.start != y->speaker.start ||
		    x->speaker.end != y->speaker.end || x->cue.start != y->cue.start ||
		    x->cue.end != y->cue.end || x->paragraph != y->paragraph ||
		    x->parent != y->parent || x->speaker_id != y->speaker_id ||
		    x->antecedent.start != y->antecedent.start ||
		    x->antecedent.end != y->antecedent.end || x->nquote != y->nquote ||
		    !x->speaker_resolved != !y->speaker_resolved ||
		    (x->speaker_resolved && strcmp(x->speaker_resolved, y->speaker_resolved) != 0))
			return false;
		for (size_t k = 0; k < x->nquote; k++)
			if (x->quote[k].start != y->quote[k].start ||
			    x->quote[k].end != y->quote[k].end)
				return false;
	}
	return true;
}

/* The number of claims whose source resolves to a name other than the words written. */
static size_t resolved_elsewhere(const struct claim_list *l, const char *text)
{
	size_t n = 0;

	for (size_t i = 0; i < l->n; i++) {
		const struct claim *c = &l->items[i];
		size_t len = c->speaker.end - c->speaker.start;
		n += c->speaker_resolved && len > 0 &&
		     (strlen(c->speaker_resolved) != len ||
		      strncmp(c->speaker_resolved, text + c->speaker.start, len) != 0);
	}
	return n;
}

/* Compares one thread with chunks of each size on the document of `rounds` rounds of the
 * paragraphs of shape `shape`. */
static void chunked_as_one(int shape, size_t rounds)
{
	size_t saved = claims_split_min, saved_max = claims_split_max,
	       saved_chunk = claims_chunk_min;
	static const size_t sizes[] = {1, 40, 150, 400, 1000, 3000, 10000, 1u << 20};
	struct buf b = BUF_INIT;
	const char *err = NULL, *text;
	size_t len;

	buf_puts(&b, "A title for the chunks\n\n");
	for (size_t i = 0; i < rounds; i++) {
		buf_printf(&b, "A CBS poll released on day %zu shows that the race is close.\n\n",
			   i);
		buf_puts(&b, "The poll shows that voters want change.\n\n");
		buf_puts(&b, "Leaders of the groups who wrote to her on Thursday said the plan was "
			     "bad. The groups said it would hurt families.\n\n");
		buf_puts(&b, "Analysts at Berenberg said that sales would fall. They said margins "
			     "would shrink too.\n\n");
		buf_puts(&b, "A spokeswoman for Acme said the cut was big. She said margins would "
			     "fall.\n\n");
		if (shape == 1) {
			buf_puts(&b, "\"The first part of a long statement.\n\n\"And it goes on "
				     "here,\" the minister told reporters.\n\n");
			buf_puts(&b, "\"We will not give up on the people of this city.\"\n\n"
				     "- Mara Velt, in the debate.\n\n");
		}
		if (shape == 1 && i == rounds / 2)
			for (size_t r = 0; r < 12; r++)
				buf_puts(&b, "\"A paragraph of a quotation that never closes.\n\n");
	}
	struct doc *d = doc_load(b.data, b.len, "t.txt", FORMAT_TEXT, &err);
	buf_free(&b);
	REQUIRE(d != NULL);
	text = doc_text(d, &len);
	claims_split_min = SIZE_MAX;
	struct claim_list *one = claims_find(d);
	CHECK(one->n > 4 * rounds);
	CHECK(resolved_elsewhere(one, text) > rounds); /* the look backs the chunks must keep */
	for (size_t k = 0; k < sizeof(sizes) / sizeof(*sizes); k++) {
		claims_split_min = 0;
		claims_split_max = SIZE_MAX;
		claims_chunk_min = sizes[k];
		for (int again = 0; again < 3; again++) { /* the workers meet at other points */
			struct claim_list *two = claims_find(d);
			CHECK(same_claims(one, two));
			claim_list_free(two);
		}
	}
	claim_list_free(one);
	doc_free(d);
	claims_split_min = saved;
	claims_split_max = saved_max;
	claims_chunk_min = saved_chunk;
}

static void plain_paragraphs(void)
{
	chunked_as_one(0, 40);
}

static void quotations_over_paragraphs(void)
{
	chunked_as_one(1, 40);
}

/* Near shape: a document too small for a second thread (below claims_split_min) and one with
 * fewer than four paragraphs are read on one thread as before, whatever the chunk size. */
static void small_documents(void)
{
	size_t saved = claims_chunk_min;
	struct fixture f;

	claims_chunk_min = 1;
	f = run("Title\n\nAnalysts said that sales would fall. They said margins would shrink.");
	CHECK(f.l->n == 2);
	done(&f);
	claims_chunk_min = saved;
}

int main(void)
{
	RUN(plain_paragraphs);
	RUN(quotations_over_paragraphs);
	RUN(small_documents);
	return CHECK_DONE();
}
