/* Unit tests of the speakers a reader sees (session 46, names46): each row next to the claim of
 * the same shape that stays. */
#include "claims_fixture.h"

/* "“...,” the article read. “...,” it added": "it" in the tag after a quotation is the thing
 * that spoke in the sentence before ("the article", "the operator"), as "It" opening a
 * sentence is; after a person's tag ("the spokesman said") it stays unresolved. */
static void it_after_thing_tag(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "\u201cThe mill will close in the spring,\u201d the notice read.\n\n"
			       "\u201cSome 300 jobs will go with it,\u201d it added.\n\n"
			       "The operator said the plant would shut in March.\n\n"
			       "\u201cWe tried to find a buyer,\u201d it added.\n\n"
			       "\u201cThe talks have failed,\u201d the spokesman said.\n\n"
			       "\u201cWe will try again in the autumn,\u201d it added.\n");

	CHECK_EQ(f.l->n, 6);
	CHECK(renders(&f, 1, "the notice added: \u201cSome 300 jobs will go with it\u201d"));
	CHECK(renders(&f, 3, "The operator added: \u201cWe tried to find a buyer\u201d"));
	CHECK(renders(&f, 5, "it (unresolved) added: \u201cWe will try again in the autumn\u201d"));
	done(&f);
}

/* "Early in the campaign, he and other challengers complained", "Late in the evening, the
 * treasurer said": "early", "late", "back" before a preposition open a phrase of when, and the
 * subject begins after its comma; "Early voters in the county said" is the subject itself. */
static void when_before_preposition(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "Late in the evening, the treasurer said the vote would be close.\n\n"
		    "Back in the spring, the council said the road would open.\n\n"
		    "Early voters in the county said the lines were long.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "the treasurer said (paraphrase): the vote would be close"));
	CHECK(renders(&f, 1, "the council said (paraphrase): the road would open"));
	CHECK(renders(&f, 2, "Early voters in the county said (paraphrase): the lines were long"));
	done(&f);
}

/* "Secretary of State Ann Lee met the buyers. The operator said ...": the body of a secretary's
 * title ("State") is a department, no business that "the operator" or "the company" means, so
 * the row shows the description as written, not "State"; a company named before ("Acme Corp.")
 * stays the one "the company" means. */
static void department_no_company(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Secretary of State Ann Lee met the buyers on Tuesday.\n\n"
			       "The operator said the plant would close in March.\n\n"
			       "Acme Corp. opened a plant in Ohio in May.\n\n"
			       "The company said the plant would hire 200 workers.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The operator said (paraphrase): the plant would close in March"));
	CHECK(renders(&f, 1, "Acme Corp. said (paraphrase): the plant would hire 200 workers"));
	done(&f);
}

int main(void)
{
	RUN(it_after_thing_tag);
	RUN(when_before_preposition);
	RUN(department_no_company);
	return CHECK_DONE();
}
