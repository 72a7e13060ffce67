/* Unit tests of perf59's shortcuts in the text module: the memo key of a word of up to 16 bytes
 * (the engines' lexicon memos now answer "President" and "government" too) tells every two words
 * apart, and a word table merged in an odd or an even number of passes finds all its words. */
#include "check.h"
#include "dateline/text.h"

/* The text the keys are read from: room after each word, as a word inside a text has. */
static const char text[] = "government governmenT governor governors Governor Administration "
			   "abcdefghijklmnop abcdefghijklmnopq government                ";

/* The key of the n bytes at text + off. */
static bool key_at(size_t off, size_t n, struct text_memo_key *k)
{
	return text_word_memo_key16(text + off, n, text + sizeof(text) - 1, k);
}

static void memo_keys_of_long_words(void)
{
	struct text_memo_key a, b, c;
	const char *end = text + sizeof(text) - 1;

	/* "government" twice, at two places: one key; "governmenT": another */
	CHECK(key_at(0, 10, &a));
	CHECK(key_at(100, 10, &b));
	CHECK(text_memo_key_eq(&a, &b));
	CHECK(a.b != 0);
	CHECK(key_at(11, 10, &b));
	CHECK(!text_memo_key_eq(&a, &b));
	/* "governor" (eight bytes) and "governors" (nine) share their first eight */
	CHECK(key_at(22, 8, &a));
	CHECK_EQ(a.b, 0);
	CHECK_EQ(a.a, text_word_memo_key(text + 22, 8, end));
	CHECK(key_at(31, 9, &b));
	CHECK_EQ(b.a, a.a);
	CHECK(!text_memo_key_eq(&a, &b));
	/* the case as written: "Governor" is not "governor" */
	CHECK(key_at(41, 8, &c));
	CHECK(!text_memo_key_eq(&a, &c));
	/* a short word's slot is the one text_word_memo_slot() gives */
	CHECK_EQ(text_word_memo_slot16(&a, 12), text_word_memo_slot(a.a, 12));
	/* 14 and 16 bytes have a key; 17 none */
	CHECK(key_at(50, 14, &a));
	CHECK(key_at(65, 16, &b));
	CHECK(!text_memo_key_eq(&a, &b));
	CHECK(!key_at(82, 17, &c));
	CHECK_EQ(c.a, 0);
	/* fewer than sixteen bytes to the end of the text: no key for a long word, one for a short */
	CHECK(!text_word_memo_key16(text + 100, 10, text + 113, &c));
	CHECK(text_word_memo_key16(text + 100, 6, text + 113, &c));
	CHECK(!text_word_memo_key16(text + 100, 6, text + 105, &c));
	CHECK(!key_at(0, 0, &c));
}

/* Tables of two to five groups: one, two and three passes of the merge (the sorted words end in
 * either of its two arrays). */
static void word_tables_of_each_parity(void)
{
	static const struct text_words_group g[] = {
		{1, "delta kilo mike"},    {2, "alpha kilo zulu"}, {4, "bravo echo"},
		{8, "charlie kilo oscar"}, {16, "foxtrot mike"},
	};
	static const char *const words[] = {"alpha",   "bravo", "charlie", "delta", "echo",
					    "foxtrot", "kilo",  "mike",    "oscar", "zulu"};
	/* the classes of each word in the tables of the first two to five groups */
	static const unsigned flags[4][10] = {
		{2, 0, 0, 1, 0, 0, 1 | 2, 1, 0, 2},
		{2, 4, 0, 1, 4, 0, 1 | 2, 1, 0, 2},
		{2, 4, 8, 1, 4, 0, 1 | 2 | 8, 1, 8, 2},
		{2, 4, 8, 1, 4, 16, 1 | 2 | 8, 1 | 16, 8, 2},
	};

	for (size_t ng = 2; ng <= 5; ng++) {
		struct text_words t;
		size_t n = 0;
		CHECK(text_words_fill(&t, g, ng, NULL));
		for (size_t i = 0; i < 10; i++) {
			unsigned want = flags[ng - 2][i];
			CHECK_EQ(text_words_lookup(&t, words[i], strlen(words[i]), NULL), want);
			n += want != 0;
		}
		CHECK_EQ(text_words_count(&t), n);
		text_words_free(&t);
	}
}

int main(void)
{
	RUN(memo_keys_of_long_words);
	RUN(word_tables_of_each_parity);
	return CHECK_DONE();
}
