/* Unit tests of where a sentence ends after a short word in capitals, found in session 60: a
 * name a possessive owns ("its ID. Golf") goes on; an acronym before a new sentence ends it. */
#include "claims_fixture.h"

/* The number of sentences of the paragraph after the title "T". */
static size_t sentences(const char *body)
{
	char buf[512];
	const char *err = NULL;

	snprintf(buf, sizeof(buf), "T\n\n%s\n", body);
	struct doc *d = doc_load(buf, strlen(buf), "t.txt", FORMAT_TEXT, &err);
	REQUIRE(d != NULL);
	size_t n = doc_paragraph_count(d) == 2 ? doc_paragraph(d, 1)->nsentences : 0;
	doc_free(d);
	return n;
}

/* "The firm will use the engine in its ID. Golf, due in 2027, he added." was cut after "ID.":
 * the claims showed "he added (paraphrase): Golf, due in 2027". */
static void possessed_name_in_capitals(void)
{
	CHECK_EQ(sentences("The firm will use the engine in its ID. Golf, due in 2027, he added."),
		 1);
	CHECK_EQ(sentences("They will sell their GT. Sport Line models in May."), 1);
	/* stay: a word that starts a sentence, a title, a name before a lower-case verb, and no
	 * possessive before the capitals */
	CHECK_EQ(sentences("He lost his ID. The police found it."), 2);
	CHECK_EQ(sentences("The firm named Ann Lee its CEO. Smith said she was ready."), 2);
	CHECK_EQ(sentences("He works for its CEO. Mr. Lund said so."), 2);
	CHECK_EQ(sentences("He joined the GOP. Trump, who won, was pleased."), 2);
	CHECK_EQ(sentences("He left the FBI. Smith, 45, joined the firm."), 2);
	CHECK_EQ(sentences("It was his DNA. However, the court disagreed."), 2);
	CHECK_EQ(sentences("He bought a TV. Golf, he said, was on."), 2);

	struct fixture f = run("The firm will use the engine in its ID. Golf, due in 2027, Oliver "
			       "Blume said.\n");
	REQUIRE(f.l->n == 1);
	CHECK(span_is(&f, f.l->items[0].content,
		      "The firm will use the engine in its ID. Golf, due in 2027"));
	done(&f);
}

int main(void)
{
	RUN(possessed_name_in_capitals);
	return CHECK_DONE();
}
