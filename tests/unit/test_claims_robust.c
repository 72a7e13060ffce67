/* Unit tests of the claims engine on hostile and large input: unmatched quotation marks and cues
 * by the hundred thousand, odd bytes, a document read in two halves on two threads, and the
 * claims found with a coreference the caller built. */
#include "claims_fixture.h"

#include "../../src/claims_int.h"

static struct fixture run_big(const char *unit, size_t times)
{
	size_t n = strlen(unit);
	char *s = xmalloc(n * times + 1);
	struct fixture f;

	for (size_t i = 0; i < times; i++)
		memcpy(s + i * n, unit, n);
	s[n * times] = '\0';
	f = run(s);
	free(s);
	return f;
}

/* True when span sp holds exactly the text want (quietly). */
static bool span_eq(const struct fixture *f, struct span sp, const char *want)
{
	size_t n = strlen(want);

	return sp.end - sp.start == n && strncmp(f->text + sp.start, want, n) == 0;
}

/* The number of claims of that kind with that speaker and cue. */
static size_t count_claims(const struct fixture *f, enum claim_kind kind, const char *speaker,
			   const char *cue)
{
	size_t k = 0;

	for (size_t i = 0; i < f->l->n; i++) {
		const struct claim *c = &f->l->items[i];
		k += c->kind == kind && span_eq(f, c->speaker, speaker) && span_eq(f, c->cue, cue);
	}
	return k;
}

static void pathological_unmatched_quotes(void)
{
	/* opening marks of every family, never closed: no quotation, and no speech either */
	struct fixture f = run_big("\" \u201c \u00ab \u300c \u2018 said ", 20000);

	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* empty quotations, paired and not, in 20,000 paragraphs: nothing is quoted */
	f = run_big("\u201c\u201c\u201d\u201d\"\"\"\n\n", 20000);
	CHECK_EQ(doc_paragraph_count(f.d), 20000);
	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* a quotation opened at the start of every paragraph, never closed: no quotation, so the
	 * reported speech in each paragraph is found, one claim per paragraph */
	f = run_big("\u201cHe said that it works.\n\n", 20000);
	REQUIRE_EQ(f.l->n, 20000);
	CHECK_EQ(count_claims(&f, CLAIM_INDIRECT, "He", "said"), 20000);
	for (size_t i = 0; i < f.l->n; i++) {
		const struct claim *c = &f.l->items[i];
		if (c->paragraph != i || !span_eq(&f, c->content, "that it works")) {
			CHECK(span_is(&f, c->content, "that it works"));
			CHECK_EQ(c->paragraph, i);
			break;
		}
	}
	done(&f);
}

static void pathological_he_said_that(void)
{
	/* 100,000 cues in one sentence of one paragraph: one claim each, its content from its
	 * "that" on */
	struct fixture f = run_big("he said that ", 100000);
	size_t len;

	doc_text(f.d, &len);
	REQUIRE_EQ(f.l->n, 100000);
	CHECK_EQ(count_claims(&f, CLAIM_INDIRECT, "he", "said"), 100000);
	for (size_t i = 0; i < f.l->n; i++) {
		const struct claim *c = &f.l->items[i];
		if (c->content.start != 13 * i + 8 ||
		    strncmp(f.text + c->content.start, "that", 4)) {
			CHECK_EQ(c->content.start, 13 * i + 8);
			break;
		}
	}
	/* the last runs to the end of the sentence: the text's last byte is the trailing space */
	CHECK_EQ(f.l->items[f.l->n - 1].content.end, len - 1);
	done(&f);
	/* a quotation and its cue, 50,000 times in one paragraph: one direct claim per cue */
	f = run_big("\"a b,\" he said. ", 50000);
	REQUIRE_EQ(f.l->n, 50000);
	CHECK_EQ(count_claims(&f, CLAIM_DIRECT, "he", "said"), 50000);
	CHECK(span_is(&f, f.l->items[0].content, "a b,"));
	done(&f);
	/* an attribution and a cue in every unit: two claims each */
	f = run_big("According to X, it rained. Y said it rained. ", 50000);
	CHECK_EQ(f.l->n, 100000);
	CHECK_EQ(count_claims(&f, CLAIM_ACCORDING_TO, "X", "According to"), 50000);
	CHECK_EQ(count_claims(&f, CLAIM_INDIRECT, "Y", "said"), 50000);
	done(&f);
}

/* Odd bytes that still load as text (below the share of control and invalid bytes that makes a
 * file binary): C0 controls, an escape sequence, invalid and truncated UTF-8, lone quotation
 * marks. The claims around them are found with their exact bytes. */
static void odd_bytes(void)
{
	static const char s[] =
		"\"We will \x01win,\" Maria Lopez said.\n\n"
		"Ann Lee said that caf\xff prices \xe2\x80 rose \x1b[31m again.\n\n"
		"\"Short \xf0\x9f\x98 \x7f end,\" said Bo Li. Then \x80\x80 more.\n\n"
		"A lone \" quote and \xe2\x80\x9c another \xc0\xaf mark, he said.\n";
	const char *err = NULL;
	struct fixture f = run_bytes(s, sizeof(s) - 1);

	REQUIRE_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_DIRECT, "We will \x01win,", "Maria Lopez", "said", "Maria Lopez");
	claim_is(&f, 1, CLAIM_INDIRECT, "that caf\xff prices \xe2\x80 rose \x1b[31m again",
		 "Ann Lee", "said", "Ann Lee");
	claim_is(&f, 2, CLAIM_DIRECT, "Short \xf0\x9f\x98 \x7f end,", "Bo Li", "said", "Bo Li");
	claim_is(&f, 3, CLAIM_INDIRECT, "A lone \" quote and \xe2\x80\x9c another \xc0\xaf mark",
		 "he", "said", "Bo Li");
	done(&f);
	/* with a NUL the document is not text and never reaches the claims */
	CHECK(doc_load("\"a\" said \0 B.", 13, "t.txt", FORMAT_TEXT, &err) == NULL);
	claim_list_free(NULL);
	CHECK_STR(claim_kind_name(CLAIM_ACCORDING_TO), "according_to");
}

/* claims_find_with() with the document's coreference built once gives the claims claims_find()
 * gives, speakers resolved through it; the coreference is the caller's after it returns */
static void shared_coref(void)
{
	struct fixture f = run("Maria Lopez, the minister, arrived. She said the plan was dead. "
			       "\"It is over,\" the minister told Reuters.\n");
	struct coref *co = coref_build(f.d);
	struct claim_list *l = claims_find_with(f.d, co);

	REQUIRE(l != NULL);
	CHECK_EQ(l->n, f.l->n);
	CHECK(l->n >= 2);
	for (size_t i = 0; i < l->n && i < f.l->n; i++) {
		const struct claim *a = &l->items[i], *b = &f.l->items[i];
		CHECK(a->content.start == b->content.start && a->content.end == b->content.end);
		CHECK(a->speaker_resolved && b->speaker_resolved);
		if (a->speaker_resolved && b->speaker_resolved)
			CHECK_STR(a->speaker_resolved, b->speaker_resolved);
		if (a->speaker_resolved)
			CHECK_STR(a->speaker_resolved, "Maria Lopez");
	}
	claim_list_free(l);
	CHECK(coref_entity_count(co) >= 1);
	coref_free(co);
	done(&f);
}

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
		    x->nquote != y->nquote || !x->speaker_resolved != !y->speaker_resolved ||
		    (x->speaker_resolved && strcmp(x->speaker_resolved, y->speaker_resolved) != 0))
			return false;
		for (size_t k = 0; k < x->nquote; k++)
			if (x->quote[k].start != y->quote[k].start ||
			    x->quote[k].end != y->quote[k].end)
				return false;
	}
	return true;
}

/* A large document read in two halves on two threads gives the claims one thread gives, wherever
 * the middle falls: between blocks, inside a quotation over several paragraphs, or inside a long
 * run of paragraphs that all continue a quotation never closed. */
static void two_halves(void)
{
	size_t saved = claims_split_min, saved_max = claims_split_max;

	for (int shape = 0; shape < 2; shape++)
		for (size_t k = 0; k < 8; k++) {
			struct buf b = BUF_INIT;
			const char *err = NULL;
			for (size_t i = 0; i < k; i++)
				buf_puts(&b, "A short paragraph of filler.\n\n");
			for (size_t i = 0; i < 24; i++) {
				buf_printf(
					&b,
					"\"We will win vote %zu,\" Mara Velt said on Tuesday.\n\n",
					i);
				buf_puts(
					&b,
					"\"The first part of a long statement.\n\n\"And it goes on "
					"here,\" the minister told reporters.\n\n");
				if (shape == 1 && i == 11)
					for (size_t r = 0; r < 12; r++)
						buf_puts(&b,
							 "\"A paragraph of a quotation that never "
							 "closes.\n\n");
				buf_puts(
					&b,
					"Analysts said that the plan would fail. He said it again.\n\n");
			}
			struct doc *d = doc_load(b.data, b.len, "t.txt", FORMAT_TEXT, &err);
			buf_free(&b);
			REQUIRE(d != NULL);
			claims_split_min = SIZE_MAX;
			struct claim_list *one = claims_find(d);
			claims_split_min = 0;
			claims_split_max = SIZE_MAX;
			struct claim_list *two = claims_find(d);
			CHECK(one->n > 40);
			CHECK(same_claims(one, two));
			claim_list_free(one);
			claim_list_free(two);
			doc_free(d);
		}
	claims_split_min = saved;
	claims_split_max = saved_max;
}

int main(void)
{
	RUN(pathological_unmatched_quotes);
	RUN(pathological_he_said_that);
	RUN(odd_bytes);
	RUN(shared_coref);
	RUN(two_halves);
	return CHECK_DONE();
}
