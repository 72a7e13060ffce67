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

int main(void)
{
	RUN(role_before_a_tag_subject);
	RUN(lines_name_a_business);
	RUN(relative_clause_with_no_that);
	return CHECK_DONE();
}
