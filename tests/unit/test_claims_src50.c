/* Unit tests of speaker spans a reader would find wrong, found by src50 in session 50: the row
 * names who said it, never an opening phrase before a comma, and keeps the count of a group;
 * each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* PolNeAR train (breitbart 2016) "Cruz, Blackwell wrote ..." showed "Cruz wrote": the source ran
 * back over a comma to the name before it. A name coref knows as a person's after the source's
 * last comma, running into the cue with no comma after it, is the subject alone. An apposition
 * closed by a comma, a person described before the comma ("another friend, Mariam Emara") and a
 * list joined by "and" stay. */
static void name_before_cue(void)
{
	struct fixture f = run("Morton Blackwell backed the senator. Cruz, Blackwell "
			       "wrote that he has a deep commitment to conservatism.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1,
		      "Morton Blackwell wrote (paraphrase): he has a deep commitment to "
		      "conservatism"));
	done(&f);
	/* stay */
	f = run("Paul Manafort, the campaign chief, said the style must change.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Paul Manafort said (paraphrase): the style must change"));
	done(&f);
	f = run("Another friend, Mariam Emara told CNN that she was kind.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(span_is(&f, f.l->items[0].speaker, "Another friend, Mariam Emara"));
	done(&f);
	f = run("Smith, Jones and Brown said the plan would fail.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Smith, Jones and Brown said (paraphrase): the plan would fail"));
	done(&f);
}

/* PolNeAR train (politico 2016) "Regardless, the State Department said it found no evidence"
 * showed "Regardless said": a word that sets aside or orders ("Regardless", "First"), alone
 * before its comma, opens the sentence and is no name. A "Second" before no comma stays part of
 * a title. */
static void opening_word(void)
{
	struct fixture f = run("Regardless, the State Department said it found no "
			       "evidence.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the State Department said (paraphrase): it found no evidence"));
	done(&f);
	/* stay */
	f = run("Second Lady Karen Pence said the visit went well.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Karen Pence said (paraphrase): the visit went well"));
	done(&f);
}

/* The brief's "two Republicans said" showed "Republicans said": the row's name dropped the
 * count that the source holds. A count or a share before the resolved name is kept as written;
 * a source that is the name alone, or an age before it ("17-year-old"), stays. */
static void count_kept(void)
{
	struct fixture f = run("Two Republicans said the bill would fail.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Two Republicans said (paraphrase): the bill would fail"));
	done(&f);
	/* stay */
	f = run("Republicans said the bill would fail.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Republicans said (paraphrase): the bill would fail"));
	done(&f);
	f = run("17-year-old Jared Potts said the country needs him.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Jared Potts said (paraphrase): the country needs him"));
	done(&f);
}

int main(void)
{
	RUN(name_before_cue);
	RUN(opening_word);
	RUN(count_kept);
	return CHECK_DONE();
}
