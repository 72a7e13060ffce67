/* Unit tests of perf56's shortcuts in the text module: a word table filled by merging its groups
 * (each written in order) finds every word with the classes of all its groups, and the export's
 * folding passes ASCII bytes by without asking for a break hint while still dropping the hints. */
#include "check.h"
#include "dateline/text.h"

/* Five groups, one empty, an odd number to merge; a word in the first and the last group, one
 * in three groups, words that sort before and after all the others. */
static void word_table_of_merged_groups(void)
{
	static const struct text_words_group g[] = {
		{1, "delta kilo mike"}, {2, "alpha kilo zulu"}, {4, ""},
		{8, "bravo echo kilo"}, {16, "charlie mike"},
	};
	static const struct text_words_group out_of_order[] = {{1, "delta alpha"}, {2, "bravo"}};
	struct text_words t;

	CHECK(text_words_fill(&t, g, 5, NULL));
	CHECK_EQ(text_words_count(&t), 8);
	CHECK_EQ(text_words_lookup(&t, "kilo", 4, NULL), 1 | 2 | 8);
	CHECK_EQ(text_words_lookup(&t, "Mike", 4, NULL), 1 | 16);
	CHECK_EQ(text_words_lookup(&t, "alpha", 5, NULL), 2);
	CHECK_EQ(text_words_lookup(&t, "zulu", 4, NULL), 2);
	CHECK_EQ(text_words_lookup(&t, "echo", 4, NULL), 8);
	CHECK_EQ(text_words_lookup(&t, "charlie", 7, NULL), 16);
	CHECK_EQ(text_words_lookup(&t, "foxtrot", 7, NULL), 0);
	text_words_free(&t);

	/* a group out of order is reported and the table still finds its words */
	CHECK(!text_words_fill(&t, out_of_order, 2, NULL));
	CHECK_EQ(text_words_lookup(&t, "alpha", 5, NULL), 1);
	CHECK_EQ(text_words_lookup(&t, "bravo", 5, NULL), 2);
	text_words_free(&t);
}

/* ASCII runs are copied as they are; a soft hyphen and a zero-width space between them go; a
 * byte that only looks like one (0xC2 before another byte, an ASCII "-") stays. */
static void folded_hints_after_ascii(void)
{
	struct buf b = BUF_INIT;
	const char *s = "Netan\xC2\xAD"
			"yahu  said\xE2\x80\x8B"
			"so, co-op \xC2\xA9 2016";

	text_visible_folded(&b, s, strlen(s), false, NULL);
	CHECK_STR(b.data, "Netanyahu saidso, co-op \xC2\xA9 2016");
	buf_free(&b);
}

int main(void)
{
	RUN(word_table_of_merged_groups);
	RUN(folded_hints_after_ascii);
	return CHECK_DONE();
}
