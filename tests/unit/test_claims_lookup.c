/* Unit tests of the claims engine's word lookups, which must say what a plain reading says:
 * tok_among() against each listed word, claims_tok_at() against a search of the tokens, and
 * claims_lex_classes() against the cue and word tables asked one at a time. */
#include "check.h"

#include "../../src/claims_int.h"

/* A document and an engine over its first block (the caller frees both with done()). */
static struct doc *load(const char *s, struct engine *e)
{
	const char *err = NULL;
	struct doc *d = doc_load(s, strlen(s), "t.txt", FORMAT_TEXT, &err);

	REQUIRE(d != NULL);
	memset(e, 0, sizeof(*e));
	e->d = d;
	e->text = doc_text(d, &e->len);
	e->open = SIZE_MAX;
	e->interviewee = COREF_NONE;
	e->lists = claims_lists_new();
	claims_lex_init();
	claims_block_read(e, 0);
	return d;
}

static void done(struct doc *d, struct engine *e)
{
	claims_block_free(e);
	doc_free(d);
}

/* The index of the first token whose text is w. */
static size_t find_tok(const struct engine *e, const char *w)
{
	size_t n = strlen(w);

	for (size_t i = 0; i < e->nt; i++)
		if (e->t[i].end - e->t[i].start == n && memcmp(e->text + e->t[i].start, w, n) == 0)
			return i;
	return SIZE_MAX;
}

/* A list with a word no key has ("didn’t") still finds its other words by their hash, in any
 * case, and the word with the curly apostrophe by its text; a word it lacks stays out. */
static void lists_with_curly_words(void)
{
	struct engine e;
	struct doc *d = load("He Didn't go, she didn’t stay, they did.\n", &e);
	size_t up = find_tok(&e, "Didn"), curly = find_tok(&e, "didn’t"), did = find_tok(&e, "did");
	static const char list[] = "didn't didn’t wasn't wasn’t";

	/* the tokenizer reads "Didn't" as one word: find it by its start */
	for (size_t i = 0; i < e.nt; i++)
		if (e.len - e.t[i].start >= 6 && memcmp(e.text + e.t[i].start, "Didn't", 6) == 0)
			up = i;
	REQUIRE(up != SIZE_MAX && curly != SIZE_MAX && did != SIZE_MAX);
	CHECK(tok_among(&e, up, list));
	CHECK(tok_among(&e, curly, list));
	CHECK(!tok_among(&e, did, list));
	CHECK(!tok_among(&e, find_tok(&e, "stay"), list));
	/* control: a list of plain words, asked the same */
	CHECK(tok_among(&e, did, "did does do"));
	CHECK(!tok_among(&e, curly, "did does do"));
	done(d, &e);
}

/* A listed word in capitals matches the token in any case, as a reading of the text would. */
static void lists_with_capitals(void)
{
	struct engine e;
	struct doc *d = load("The nato envoy and NATO itself spoke.\n", &e);
	size_t low = find_tok(&e, "nato"), up = find_tok(&e, "NATO");

	REQUIRE(low != SIZE_MAX && up != SIZE_MAX);
	CHECK(tok_among(&e, low, "NATO UN"));
	CHECK(tok_among(&e, up, "NATO UN"));
	CHECK(tok_among(&e, up, "nato un"));
	CHECK(!tok_among(&e, find_tok(&e, "envoy"), "NATO UN"));
	done(d, &e);
}

/* Many lists, more than the first table holds (it grows), each found again. */
static void many_lists(void)
{
	static char lists[400][8]; /* filled once, then never changed, as a list must be */
	struct engine e;
	struct doc *d = load("The quiet fox said that it was late.\n", &e);
	size_t said = find_tok(&e, "said"), fox = find_tok(&e, "fox");

	REQUIRE(said != SIZE_MAX && fox != SIZE_MAX);
	for (size_t k = 0; k < 400; k++)
		snprintf(lists[k], sizeof(lists[k]), "q%c%c fox", 'a' + (int)(k / 26 % 26),
			 'a' + (int)(k % 26));
	for (int round = 0; round < 2; round++) {
		for (size_t k = 0; k < 400; k++) {
			CHECK(!tok_among(&e, said, lists[k]));
			CHECK(tok_among(&e, fox, lists[k]));
		}
	}
	CHECK(tok_among(&e, said, "told said says"));
	done(d, &e);
}

/* claims_tok_at() of every byte, from the table, is the first token that ends after it. */
static void tok_at_every_byte(void)
{
	struct engine e;
	struct doc *d = load("“We won,” said Ada Cole, 52. The vote — 3,000 to 12 — held.\n\n"
			     "Later, she said: “It’s done.”\n",
			     &e);

	REQUIRE(e.nt > 10);
	CHECK(e.at_n > 0);
	for (size_t pos = 0; pos < e.len + 2; pos++) {
		size_t want = 0;
		while (want < e.nt && e.t[want].end <= pos)
			want++;
		CHECK_EQ(claims_tok_at(&e, pos), want);
	}
	done(d, &e);
}

/* One lookup gives a token both tables' classes. */
static void classes_of_both_tables(void)
{
	static const char *const ws[] = {"said",  "Said",      "the",        "that", "after",
					 "told",  "according", "reportedly", "show", "data",
					 "zebra", "le",        "x"};

	for (size_t k = 0; k < sizeof(ws) / sizeof(ws[0]); k++) {
		struct claims_lexed x;
		claims_lex_classes(ws[k], strlen(ws[k]), &x);
		CHECK_EQ(x.cue, claims_lex_cue(ws[k], strlen(ws[k])));
		CHECK_EQ(x.word, claims_lex_word(ws[k], strlen(ws[k])));
	}
	CHECK(claims_lex_check());
}

int main(void)
{
	RUN(lists_with_curly_words);
	RUN(lists_with_capitals);
	RUN(many_lists);
	RUN(tok_at_every_byte);
	RUN(classes_of_both_tables);
	return CHECK_DONE();
}
