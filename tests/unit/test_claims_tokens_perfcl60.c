/* Unit tests of where the block reader ends a word and what it then says of it (read_word()): a
 * word ends at a space or a stop at once; an apostrophe, a hyphen, and a dot or comma in a number
 * go on inside it; "n't" makes a verb, a word merely ending in "t" does not; a capitalised modal
 * read as a person's name loses its verb only where it did before. */
#include "check.h"

#include "../../src/claims_int.h"

/* A document and an engine over its first block (the text is one paragraph; the caller frees
 * both with done()). */
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

/* The index of the first token whose text is w, or SIZE_MAX. */
static size_t find_tok(const struct engine *e, const char *w)
{
	size_t n = strlen(w);

	for (size_t i = 0; i < e->nt; i++)
		if (e->t[i].end - e->t[i].start == n && memcmp(e->text + e->t[i].start, w, n) == 0)
			return i;
	return SIZE_MAX;
}

/* Words end at a space, a stop, a comma, a colon, a bracket or a quotation mark; the characters
 * that may go on inside a word keep it whole. */
static void where_words_end(void)
{
	struct engine e;
	struct doc *d = load("They don't like U.S-style rules (or 3.5 or 21,000 cuts); O'Brien's "
			     "re-election, \"said\" she: Netan\xC2\xADyahu and Ross\xE2\x80\x99s "
			     "team.\n",
			     &e);

	CHECK(find_tok(&e, "don't") != SIZE_MAX);
	/* a dot goes on inside a number only: "U", ".", "S-style" */
	CHECK(find_tok(&e, "S-style") != SIZE_MAX);
	CHECK(find_tok(&e, "U.S-style") == SIZE_MAX);
	CHECK(find_tok(&e, "3.5") != SIZE_MAX);
	CHECK(find_tok(&e, "21,000") != SIZE_MAX);
	CHECK(find_tok(&e, "O'Brien's") != SIZE_MAX);
	CHECK(find_tok(&e, "re-election") != SIZE_MAX);
	CHECK(find_tok(&e, "Netan\xC2\xADyahu") != SIZE_MAX);
	CHECK(find_tok(&e, "Ross\xE2\x80\x99s") != SIZE_MAX);
	/* near shapes: a stop, a comma after letters, a bracket, a colon, a quotation mark end it */
	CHECK(find_tok(&e, "rules") != SIZE_MAX);
	CHECK(find_tok(&e, "or") != SIZE_MAX);
	CHECK(find_tok(&e, "cuts") != SIZE_MAX);
	CHECK(find_tok(&e, "re-election,") == SIZE_MAX);
	CHECK(find_tok(&e, "said") != SIZE_MAX);
	CHECK(find_tok(&e, "she") != SIZE_MAX);
	CHECK(find_tok(&e, "team") != SIZE_MAX);
	done(d, &e);
}

/* "isn't", "didn’t": a verb; "tent" and "Kent", which end in "t", and "n't" alone are not made
 * one. */
static void negations(void)
{
	struct engine e;
	struct doc *d = load("It isn't a tent in Kent that we didn\xE2\x80\x99t pitch.\n", &e);
	size_t isnt = find_tok(&e, "isn't"), didnt = find_tok(&e, "didn\xE2\x80\x99t");
	size_t tent = find_tok(&e, "tent"), kent = find_tok(&e, "Kent");

	REQUIRE(isnt != SIZE_MAX && didnt != SIZE_MAX && tent != SIZE_MAX && kent != SIZE_MAX);
	CHECK((e.t[isnt].word & (WORD_VERB | WORD_AUX)) == (WORD_VERB | WORD_AUX));
	CHECK((e.t[didnt].word & (WORD_VERB | WORD_AUX)) == (WORD_VERB | WORD_AUX));
	CHECK(!(e.t[tent].word & WORD_AUX));
	CHECK(!(e.t[kent].word & WORD_AUX));
	done(d, &e);
}

int main(void)
{
	RUN(where_words_end);
	RUN(negations);
	return CHECK_DONE();
}
