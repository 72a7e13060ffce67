/* Unit tests of the one list of ordinal words (text_ordinal_words, text_ordinal_word(), rev57)
 * that coref ("the Fifth District") and the time tagger ("the third quarter") read. */
#include "check.h"
#include "dateline/text.h"

#include <string.h>

/* Each word names its number, in any case; the list holds them in order. */
static void ordinal_words(void)
{
	static const char *const words[] = {"first", "Second", "THIRD",    "fourth",
					    "fifth", "sixth",  "Seventh",  "eighth",
					    "ninth", "tenth",  "eleventh", "Twelfth"};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		CHECK_EQ(text_ordinal_word(words[i], strlen(words[i])), (int)i + 1);
	for (int v = 1; v <= TEXT_ORDINAL_WORDS; v++)
		CHECK_EQ(text_ordinal_word(text_ordinal_words[v - 1],
					   strlen(text_ordinal_words[v - 1])),
			 v);
}

/* stay: words of the same look or length that are no ordinal word, and ordinals in figures */
static void not_ordinal_words(void)
{
	static const char *const words[] = {"fifty", "firsts", "thirds",    "fourths", "2nd",
					    "21st",  "third-", "eigth",     "tenths",  "twelve",
					    "firs",  "",       "thirteenth"};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		CHECK_EQ(text_ordinal_word(words[i], strlen(words[i])), 0);
	CHECK_EQ(text_ordinal_word("fifth floor", 5), 5); /* n bytes, not the string's end */
	CHECK_EQ(text_ordinal_word("fifth floor", 6), 0);
}

int main(void)
{
	RUN(ordinal_words);
	RUN(not_ordinal_words);
	return CHECK_DONE();
}
