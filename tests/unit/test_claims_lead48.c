/* Unit tests of claim rows a reader would find wrong, found by the lead in session 48: each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* A wire story of my own: "“...,” chief executive Marion Leblanc told reporters. “...” She said
 * ..." gave "She" to "Marine Atlantic Lines", read as a woman named Marine: the lowercase role
 * before a tag's name hid that the name is the tag's subject, and "Lines" made no business's
 * name. Without the role the name was the subject already. */
static void role_before_a_tag_subject(void)
{
	struct fixture f = run("Marine Atlantic Lines said the ship struck the pier.\n\n"
			       "“We know this is hard,” chief executive Marion Leblanc told "
			       "reporters. “We would rather run fewer boats.”\n\n"
			       "She said the two other vessels would sail every three hours.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 2,
		      "Marion Leblanc said (paraphrase): the two other vessels would sail every "
		      "three hours"));
	done(&f);
	/* stay: a woman named as the subject further back, no tag's subject since */
	f = run("Susan Lee said the ship struck the pier.\n\n"
		"“We know this is hard,” the union's Bill Marr told reporters. “We would rather "
		"strike.”\n\n"
		"She said the two other vessels would sail every three hours.\n");
	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 2,
		      "Susan Lee said (paraphrase): the two other vessels would sail every three "
		      "hours"));
	done(&f);
}

/* "Lines" names a business ("Delta Air Lines", "Marine Atlantic Lines"): "it" is the line's. */
static void lines_name_a_business(void)
{
	struct fixture f = run("Marine Atlantic Lines said the ship struck the pier. It said "
			       "repairs would take weeks.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "Marine Atlantic Lines said (paraphrase): repairs would take weeks"));
	done(&f);
}

/* "according to figures the company published in November" showed "According to figures the
 * company": the "-ed" word is the verb of a relative clause with its own subject, not a
 * participle that dates the figures ("a poll released on Friday" is cut there). */
static void relative_clause_with_no_that(void)
{
	struct fixture f = run("Ridership grew by 40 percent, according to figures the company "
			       "published in November.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "According to figures the company published in November (paraphrase): "
		      "Ridership grew by 40 percent"));
	done(&f);
	/* stay */
	f = run("Sales fell, according to a report by the agency released on Friday.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "According to a report by the agency (paraphrase): Sales fell"));
	done(&f);
}

/* A business story of my own: "Shipping firm Nordvik posts loss" (the headline), "Nordvik
 * Shipping reported ...", "Erik Dahl, an analyst at Fjord Securities, said ...", "Shares in
 * Nordvik fell 6 percent", then "The company said it would publish ..." gave the analyst's firm
 * the company's words. A source's affiliation, a body nowhere a subject, is passed over for the
 * company the story is about; "Nordvik" read first as a name of no known kind is the business's
 * once "Nordvik Shipping" names it; "Shares fell 6 percent" is a figure, no firm; and a span of
 * months ("the April-to-June quarter") is no name. With no other company named, the affiliation
 * stays the company. */
static void the_company_is_no_affiliation(void)
{
	struct fixture f =
		run("Shipping firm Nordvik posts first loss\n\n"
		    "Nordvik Shipping reported its first loss in five years.\n\n"
		    "The company lost money in the April-to-June quarter.\n\n"
		    "Erik Dahl, an analyst at Fjord Securities, said the results were bad.\n\n"
		    "Shares in Nordvik fell 6 percent.\n\n"
		    "Shares fell 6 percent.\n\n"
		    "The company said it would publish an outlook in November.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "Nordvik said (paraphrase): it would publish an outlook in November"));
	done(&f);
	/* stay */
	f = run("Erik Dahl, an analyst at Fjord Securities, said the results were bad.\n\n"
		"The company said it would publish an outlook in November.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(
		&f, 1,
		"Fjord Securities said (paraphrase): it would publish an outlook in November"));
	done(&f);
}

/* PolNeAR dev huff-post 2016-09-10: "In 1998 in the Senate's vote for admitting Poland, Hungary,
 * and the Czech Republic to NATO both parties split" gave "(no speaker) admitting (paraphrase):
 * Poland, Hungary, and the Czech Republic to NATO both parties split": to admit a country to a
 * body lets it in. A concession stays. */
static void admitted_into_a_body(void)
{
	struct fixture f = run("The Senate voted for admitting Poland and Hungary to NATO.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stay */
	f = run("Ann Lee admitted the plan to cut jobs had failed.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee admitted (paraphrase): the plan to cut jobs had failed"));
	done(&f);
	f = run("Ann Lee admitted to reporters that the plan had failed.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee admitted (paraphrase): the plan had failed"));
	done(&f);
}

/* PolNeAR dev huff-post 2016-09-10: "In a March 2016 meeting with the editorial board of the
 * Washington Post Trump said that ..." showed "the Washington Post Trump said": with no comma
 * between them, the paper's name ran on into the man's. A person named before, or a given name,
 * after a paper's or a broadcaster's word opens a name of its own ("Fox News Sean Hannity
 * asked"). */
static void paper_then_person(void)
{
	struct fixture f = run("Donald Trump spoke on Monday.\n\n"
			       "In a meeting with the editorial board of the Washington Post Trump "
			       "said that the plan would fail.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Donald Trump said (paraphrase): the plan would fail"));
	done(&f);
	/* stay */
	f = run("The Washington Post Co. said that the plan would fail.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The Washington Post Co. said (paraphrase): the plan would fail"));
	done(&f);
}

/* The shipping story: "OSLO (Reuters) - Nordvik Shipping reported ... . Revenue fell 23 percent,
 * it said." showed "it (unresolved) said": the dateline's "OSLO" was read as the lede's subject,
 * so the company was no subject "it" could take up. Without the dateline it was. */
static void dateline_is_no_subject(void)
{
	struct fixture f = run("OSLO (Reuters) - Nordvik Shipping reported a loss on Wednesday.\n\n"
			       "Revenue fell 23 percent, it said.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Nordvik Shipping said (paraphrase): Revenue fell 23 percent"));
	done(&f);
	/* stay */
	f = run("OSLO (Reuters) - Nordvik Shipping reported a loss on Wednesday.\n\n"
		"Revenue fell 23 percent, Ann Lee said.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): Revenue fell 23 percent"));
	done(&f);
}

int main(void)
{
	RUN(role_before_a_tag_subject);
	RUN(lines_name_a_business);
	RUN(relative_clause_with_no_that);
	RUN(the_company_is_no_affiliation);
	RUN(admitted_into_a_body);
	RUN(paper_then_person);
	RUN(dateline_is_no_subject);
	return CHECK_DONE();
}
