/* Unit tests of claim rows a reader would find wrong, found by the lead in session 50 in stories
 * of his own (a court ruling, a company's profit warning): each next to the row of the same
 * shape that stays. */
#include "claims_fixture.h"

/* "The judge, writing for a unanimous panel, said the law “cannot stand.”" showed "the law said
 * (paraphrase): for a unanimous panel" and a second row "writing: “cannot stand.”": the
 * participle set off after the subject tells how the judge spoke, and the cue after it is hers. */
static void writing_for_the_majority(void)
{
	struct fixture f = run("The judge, writing for a unanimous panel, said the law \"cannot "
			       "stand.\"\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The judge said (paraphrase): the law “cannot stand”"));
	done(&f);
	f = run("Judge Ellen Marsh, writing for the majority, said the legislature had \"packed "
		"voters into one district.\"\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Ellen Marsh said (paraphrase): the legislature had “packed voters "
		      "into one district”"));
	done(&f);
	/* stay: an inverted tag after a clause, and a participle that opens the report */
	f = run("The law cannot stand, said the judge.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the judge said (paraphrase): The law cannot stand"));
	done(&f);
	f = run("The judge issued a ruling, writing that the law cannot stand.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The judge writing (paraphrase): the law cannot stand"));
	done(&f);
}

/* "Harlow Foods Inc. cut its forecast on Tuesday, blaming weak demand" showed the speaker
 * "Harlow Foods Inc. cut": a past that is also the present ("cut", "set") before a possessive or
 * a determiner is the verb, not a word of the name. */
static void cut_its_forecast(void)
{
	struct fixture f =
		run("Acme Corp. cut its forecast on Tuesday, blaming weak demand. Acme "
		    "set a target and said it would close two plants. Acme Corp. cut its "
		    "forecast on Tuesday and said it would close a plant.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Acme Corp. blaming (paraphrase): weak demand"));
	CHECK(renders(&f, 1, "Acme Corp. said (paraphrase): it would close two plants"));
	CHECK(renders(&f, 2, "Acme Corp. said (paraphrase): it would close a plant"));
	done(&f);
	/* stay: the noun after an article */
	f = run("The cut in rates, the bank said, would help.\n");
	CHECK(renders(&f, 0, "the bank said (paraphrase): The cut in rates would help"));
	done(&f);
}

/* "Ayotte said she had spoken with the White House. Last year, the legislature rejected a bond"
 * showed "White House rejected": "the legislature" is a body named as one or a chamber of one. */
static void the_legislature(void)
{
	struct fixture f = run("Ayotte said she had spoken with the White House. Last year, the "
			       "legislature rejected a bond to raise the sea walls.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1,
		      "the legislature rejected (paraphrase): a bond to raise the sea walls"));
	done(&f);
	/* stay: a chamber named before */
	f = run("The General Assembly approved the map in April. The legislature said the plan was "
		"fair.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "General Assembly said (paraphrase): the plan was fair"));
	done(&f);
}

/* "Harlow Foods Inc. cut its forecast. ... Analysts polled by LSEG had expected $2.41. ... The
 * company said the closures would affect 900 workers" gave the closures to LSEG, and "The
 * company last cut its forecast in July, when it blamed costs" left "it" unresolved: the one who
 * gathered the figures is no company the story means, and "it" is the body its sentence's "the
 * company" names. */
static void the_company_and_it(void)
{
	struct fixture f =
		run("Harlow Foods Inc. cut its forecast on Tuesday. Analysts polled by "
		    "LSEG had expected more. The company said the closures would affect "
		    "900 workers. The company last cut its forecast in July, when it "
		    "blamed higher costs. The company raised prices. It blamed weak demand.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0,
		      "Harlow Foods Inc. said (paraphrase): the closures would affect 900 "
		      "workers"));
	CHECK(renders(&f, 1, "Harlow Foods Inc. blamed (paraphrase): higher costs"));
	CHECK(renders(&f, 2, "Harlow Foods Inc. blamed (paraphrase): weak demand"));
	done(&f);
	/* stay: a company that acts after "by", and "it" after a thing */
	f = run("Harlow Foods Inc. was bought by Brant Corp. in May. Brant Corp. said it would keep "
		"the plants. The report was released on Friday. It blamed weak demand.\n");
	CHECK(renders(&f, 0, "Brant Corp. said (paraphrase): it would keep the plants"));
	done(&f);
}

/* "The 4th Circuit said the state must redraw the map" showed "Circuit said": the ordinal is
 * the court's number, part of its name, and the row shows it as written. */
static void the_4th_circuit(void)
{
	struct fixture f = run("The 4th Circuit said the state must redraw the map. The 9th U.S. "
			       "Circuit Court of Appeals ordered the state to return to the old "
			       "map.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The 4th Circuit said (paraphrase): the state must redraw the map"));
	CHECK(renders(&f, 1,
		      "The 9th U.S. Circuit Court of Appeals ordered (paraphrase): the "
		      "state to return to the old map"));
	done(&f);
}

int main(void)
{
	RUN(writing_for_the_majority);
	RUN(cut_its_forecast);
	RUN(the_legislature);
	RUN(the_company_and_it);
	RUN(the_4th_circuit);
	return CHECK_DONE();
}
