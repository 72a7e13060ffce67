/* Unit tests of claims a reader expects and did not get, found in session 55 (second round):
 * each next to the near shape that must stay as it was. */
#include "claims_fixture.h"

/* "In March, the law expires, the lawyers said." gave no row: with a comma after the opening
 * phrase, the clause after it was not seen (only "In March the law expires" was). A comma then
 * an article or a pronoun after a name or a time opens the clause. */
static void clause_after_opening_comma(void)
{
	struct fixture f = run("The council met on Monday.\n\nIn March, the law expires, the "
			       "lawyers said.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the lawyers said (paraphrase): In March, the law expires"));
	done(&f);
	f = run("The council met on Monday.\n\nIn 2017, it expired, the lawyers said.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the lawyers said (paraphrase): In 2017, it expired"));
	done(&f);
	/* near: the content after the cue, or no row */
	f = run("The council met on Monday.\n\nIn a statement, the lawyers said the law "
		"expires.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "the lawyers said (paraphrase): the law expires"));
	done(&f);
	f = run("The council met on Monday.\n\nOn Friday, the senator told a joke.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("The council met on Monday.\n\nIn March, hired hands arrive, the lawyers said.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

/* "Rep. Trey Gowdy (R-S.C.):“...”", "CBS moderator Nancy Cordes: “...”", "Former secretary of
 * state Hillary Rodham Clinton: “...”" gave no row in the body: a name coref does not know, a
 * party's tag, lower-case words of a role. A title or a word for a person, then a name, before a
 * quotation, is who speaks. */
static void role_and_name_labels(void)
{
	struct fixture f = run("The hearing\n\nThe hearing went on for hours.\n\nRep. Trey Gowdy "
			       "(R-S.C.):“I have not heard anyone cite that figure.”\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Trey Gowdy: “I have not heard anyone cite that figure.”"));
	done(&f);
	f = run("The hearing\n\nThe hearing went on for hours.\n\nFormer secretary of state Hillary "
		"Rodham Clinton: “We learned that from the State Department.”\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "Former secretary of state Hillary Rodham Clinton: “We learned that "
		      "from the State Department.”"));
	done(&f);
	f = run("The debate\n\nThe debate went on for hours.\n\nCBS moderator Nancy Cordes: “What "
		"does that have to do with it?”\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Nancy Cordes: “What does that have to do with it?”"));
	done(&f);
	/* near: page labels, a place, a role with no name, no quotation, a tag that is no party's */
	static const char *const near[] = {
		"Update: 3 p.m.",
		"Price: $10",
		"Photo: AP",
		"Weather: “Rain”",
		"From the report: “Samples vary.”",
		"Photo by staff photographer Ann Lee: “AP”",
		"Staff photographer Ann Lee: The storm hit the coast.",
		"Water Street: “Closed for repairs.”",
		"Customer service manager: “Call us.”",
		"Senior Director Sales: “Call us.”",
		"Acme Corp. (NYSE: ACME): “Shares rose.”",
		"Item (A-4): “Sold.”",
	};
	for (size_t i = 0; i < sizeof(near) / sizeof(*near); i++) {
		char buf[256];
		snprintf(buf, sizeof(buf), "The hearing\n\nThe hearing went on for hours.\n\n%s\n",
			 near[i]);
		f = run(buf);
		CHECK_EQ(f.l->n, 0);
		done(&f);
	}
}

/* "Clinton: “Our goal is ...” Bush: “The mission is ...”" gave only Clinton's row: a second
 * colon label in the paragraph, right after the quotation the first one set out, was not at the
 * paragraph's start. After a label's quotation it is one; after a verb's ("Clinton said:") or
 * a page's label ("Photo:", "Later:") it is none. */
static void second_label_in_paragraph(void)
{
	struct fixture f =
		run("ISIS strategy\n\nJeb Bush and Hillary Clinton reject the term.\n\n"
		    "Clinton: \"Our goal is not to deter ISIS.\" Bush: \"The mission is to "
		    "destroy ISIS.\"\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "Jeb Bush: “The mission is to destroy ISIS.”"));
	done(&f);
	static const char *const near[] = {
		"Clinton said: \"Our goal is not to deter ISIS.\" Bush: \"The mission is to "
		"destroy ISIS.\"",
		"Clinton: \"Our goal is not to deter ISIS.\" Photo: AP",
		"Clinton: \"Our goal is not to deter ISIS.\" Later: \"The mission.\"",
	};
	for (size_t i = 0; i < sizeof(near) / sizeof(*near); i++) {
		char buf[256];
		snprintf(buf, sizeof(buf),
			 "ISIS strategy\n\nJeb Bush and Hillary Clinton reject the term.\n\n%s\n",
			 near[i]);
		f = run(buf);
		CHECK_EQ(f.l->n, 1);
		done(&f);
	}
}

int main(void)
{
	clause_after_opening_comma();
	role_and_name_labels();
	second_label_in_paragraph();
	return CHECK_DONE();
}
