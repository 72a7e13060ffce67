/* Unit tests of claims a reader expects and did not get, found in session 55: each next to the
 * near shape that must give no row. */
#include "claims_fixture.h"

/* "In March the law expires, the lawyers said." gave no row: the opening "In March" hid the
 * clause after it (a phrase with a preposition and no known verb read as only an opening, and
 * as content only an introduction). The content is the clause with its opening phrase, as
 * PolNeAR marks it ("In the long run, many economists say, this effect could ripple ..."). */
static void clause_after_opening_phrase(void)
{
	struct fixture f = run("The council met on Monday.\n\nIn March the law expires, the "
			       "lawyers said.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the lawyers said (paraphrase): In March the law expires"));
	done(&f);
	f = run("The council met on Monday.\n\nIn 2017 the tax law expires in December, the "
		"lawyers said.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "the lawyers said (paraphrase): In 2017 the tax law expires in December"));
	done(&f);
	f = run("The council met on Monday.\n\nIn 2017 it expired, the lawyers said.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the lawyers said (paraphrase): In 2017 it expired"));
	done(&f);
	/* no row, or the content after the cue: an opening phrase only, or the cue's own */
	f = run("The council met on Monday.\n\nIn the heart of the city, the lawyers said.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("The council met on Monday.\n\nIn a closed session, the lawyers said.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("The council met on Monday.\n\nIn a statement, the lawyers said the law "
		"expires.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the lawyers said (paraphrase): the law expires"));
	done(&f);
	f = run("The council met on Monday.\n\nOn Friday, officials said the plant would "
		"close.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "officials said (paraphrase): the plant would close"));
	done(&f);
}

/* "POLLS WERE EARLY - Mark Blumenthal and Jon Cohen: “...”" gave no row: a label of two
 * speakers joined by "and" was no label (PolNeAR marks the pair as the source). Each side must
 * be a label of its own: "Salt and Pepper: “...”" stays no row. */
static void labels_joined_by_and(void)
{
	struct fixture f = run("The council met on Monday.\n\nPOLLS WERE EARLY - Mark Blumenthal "
			       "and Jon Cohen: “They just ended too early.”\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Mark Blumenthal and Jon Cohen: “They just ended too early.”"));
	done(&f);
	f = run("The council met on Monday.\n\nSalt and Pepper: “Add to taste.”\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("The council met on Monday.\n\nNEWS - Terms and Conditions: “You agree.”\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("The council met on Monday.\n\nMark Blumenthal and Sales: “They ended.”\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* a headline's topic, no quotation: "Netanyahu and Obama (paraphrase): A tortured
	 * relationship" was a row of nobody's words */
	f = run("Netanyahu and Obama: A tortured relationship\n\nWhen Prime Minister Benjamin "
		"Netanyahu arrived on Monday, he and President Obama met.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	clause_after_opening_phrase();
	labels_joined_by_and();
	return CHECK_DONE();
}
