/* Unit tests of the lexicon's list of documents that speak for whoever issued them
 * (coref_document_noun(), rev56): "the memo said" is the issuer's, and the list is no class of
 * coref_lex(), so that its words stay unknown where coref asks whether a word is in any list. */
#include "../../src/coref_int.h"
#include "claims_fixture.h"

#include <string.h>

/* The list: each document noun, any case; not a word near one. */
static void document_nouns(void)
{
	static const char *const docs[] = {"filing",  "letter", "memo",
					   "release", "report", "Statement"};

	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		CHECK(coref_document_noun(docs[i], strlen(docs[i])));
	/* stay: a word of the same look that is no document */
	CHECK(!coref_document_noun("statements", 10));
	CHECK(!coref_document_noun("memos", 5));
	CHECK(!coref_document_noun("reporter", 8));
	CHECK(!coref_document_noun("paper", 5));
	/* no class of coref_lex(): a name's first word "Statement" or "Memo" is of no known kind */
	CHECK_EQ(coref_lex("Statement", 9, NULL), 0u);
	CHECK_EQ(coref_lex("Memo", 4, NULL), 0u);
}

/* "The memo said" after "Paul Ryan sent a memo" is his, "The letter said" after "Paul Ryan
 * issued a letter" too. */
static void memo_issuer(void)
{
	struct fixture f = run("Deal\n\nPaul Ryan sent a memo on Monday. The memo said the deal "
			       "was dead.\n");

	speaker_resolves(&f, "The memo", "Paul Ryan");
	done(&f);
	f = run("Deal\n\nPaul Ryan issued a letter on Monday. The letter said the deal was "
		"dead.\n");
	speaker_resolves(&f, "The letter", "Paul Ryan");
	done(&f);
}

int main(void)
{
	RUN(document_nouns);
	RUN(memo_issuer);
	return CHECK_DONE();
}
