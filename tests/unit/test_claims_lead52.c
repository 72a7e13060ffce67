/* Unit tests of claim rows a reader would find wrong, found by the lead in session 52 in stories
 * of his own (a drug price cut): each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "The Food and Drug Administration approved the pill in October. The agency said ..." showed
 * "Drug Administration said": "and" holds a name together when an organisation's word ends
 * it, as "of" and "for" do after one. */
static void food_and_drug_administration(void)
{
	struct fixture f = run("The Food and Drug Administration approved the pill in October. The "
			       "agency said it had reviewed data from 3,000 patients.\n");

	CHECK_EQ(f.l->n, 1);
	speaker_resolves(&f, "The agency", "Food and Drug Administration");
	done(&f);
	/* stay: a nation, and a person's name, before "and" are names of their own */
	f = run("Britain and European Union officials said the talks had failed.\n");
	CHECK(renders(&f, 0,
		      "Britain and European Union officials said (paraphrase): the talks had "
		      "failed"));
	done(&f);
	f = run("John Smith met Obama and Senate Democrats on Monday. The senators said the talks "
		"had failed.\n");
	CHECK(renders(&f, 0, "The senators said (paraphrase): the talks had failed"));
	done(&f);
}

/* "Chief Financial Officer Karsten Munk Knudsen told analysts" showed "Financial Officer Karsten
 * Munk Knudsen told": three words the lexicon does not know after an office's role word are
 * the name, as two are. */
static void chief_financial_officer(void)
{
	struct fixture f = run("Chief Financial Officer Karsten Munk Knudsen told analysts the cut "
			       "would lower growth.\n");

	CHECK(renders(&f, 0, "Karsten Munk Knudsen told (paraphrase): the cut would lower growth"));
	done(&f);
	/* stay: two unknown words after the office, and a company's name before a role */
	f = run("Chief Operating Officer Karsten Knudsen said the plan would work.\n");
	CHECK(renders(&f, 0, "Karsten Knudsen said (paraphrase): the plan would work"));
	done(&f);
}

/* "Ann Lee spoke. A spokeswoman for Acme said the cut was big. She said margins would fall"
 * showed "Ann Lee said" for the second row: "she" right after a description that was the
 * source is that person, as the description resolves (the company she speaks for, or the
 * analyst herself). */
static void she_after_a_spokeswoman(void)
{
	struct fixture f = run("Ann Lee spoke. A spokeswoman for Acme said the cut was big. She "
			       "said margins would fall.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "Acme said (paraphrase): margins would fall"));
	done(&f);
	f = run("Ann Lee spoke. An analyst at Berenberg said the cut was big. She said margins "
		"would fall.\n");
	/* carried on, "an" in lowercase as for "a Sun spokesman" (session 53) */
	CHECK(renders(&f, 1, "an analyst at Berenberg said (paraphrase): margins would fall"));
	done(&f);
	/* stay: a spokesman is no "she"; a person named in the sentence may be the one meant */
	f = run("Ann Lee spoke. A spokesman for Acme said the cut was big. She said margins would "
		"fall.\n");
	CHECK(renders(&f, 1, "Ann Lee said (paraphrase): margins would fall"));
	done(&f);
	f = run("A spokeswoman for Acme said Ann Lee would quit. She said margins would fall.\n");
	CHECK(renders(&f, 1, "Ann Lee said (paraphrase): margins would fall"));
	done(&f);
}

/* "In the interview he said voters want change" showed "he said (paraphrase): the interview he
 * said voters want change": a noun before the pronoun, after a preposition that opens the
 * sentence, is where it was said, no relative clause's head. */
static void in_the_interview_he_said(void)
{
	struct fixture f = run("In the interview he said voters want change.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "he (unresolved) said (paraphrase): voters want change"));
	done(&f);
	/* stay: a relative clause with no "that" after a verb's object */
	f = run("Hackers released attack code he said exploits the flaw.\n");
	CHECK(renders(&f, 0, "he (unresolved) said (paraphrase): [code] exploits the flaw"));
	done(&f);
}

int main(void)
{
	RUN(food_and_drug_administration);
	RUN(chief_financial_officer);
	RUN(she_after_a_spokeswoman);
	RUN(in_the_interview_he_said);
	return CHECK_DONE();
}
