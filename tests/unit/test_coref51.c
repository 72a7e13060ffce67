/* test_coref51: an ordinal in figures after "the" is a word of a body's name ("the 4th
 * Circuit"), and "the 9th Circuit" is the "9th U.S. Circuit Court of Appeals" named before; a
 * business named only as what the company described as the subject dealt with ("The company
 * said it retained the firm of X") is not the one a later "the company" means; "the city" is
 * the one place written with its U.S. state before it ("Dayton, Ohio"). */
#include "coref_fixture.h"

/* "The 4th Circuit said": the body is the 4th Circuit, not "Circuit"; "the 9th Circuit" after
 * "The 9th U.S. Circuit Court of Appeals" is that court, and "the appeals court" keeps the
 * number. Not a court of another number ("the 5th Circuit" after the 9th's full name). */
static void numbered_courts(void)
{
	struct fixture f = run("Court orders new map\n\n"
			       "The 4th Circuit said the state must redraw the map.\n");

	CHECK(resolves(&f, "4th Circuit", 1, "4th Circuit"));
	done(&f);
	f = run("Court rules on asylum\n\n"
		"The 9th U.S. Circuit Court of Appeals ruled on Monday.\n\n"
		"The policy violates federal law, the 9th Circuit said.\n\n"
		"The ruling conflicts with one of the 5th Circuit, lawyers said. The appeals court "
		"did not comment.\n");
	CHECK(resolves(&f, "9th Circuit", 1, "9th U.S. Circuit Court of Appeals"));
	CHECK(resolves(&f, "5th Circuit", 1, "5th Circuit"));
	done(&f);
	f = run("Court rules on asylum\n\n"
		"The 5th U.S. Circuit Court of Appeals ruled on Monday. The policy violates "
		"federal law, the appeals court said.\n");
	CHECK(resolves(&f, "the appeals court", 1, "5th U.S. Circuit Court of Appeals"));
	done(&f);
}

/* "Acme Widget Corp. said ... ¶ The company said it retained the investment firm of Baxter
 * Lowe Securities Inc. ... ¶ The company attributed the loss": Acme, not the firm it hired.
 * Not when the sentence's subject is no description of a business ("Shares of Baxter Lowe
 * Securities Inc. rose"): that company is the one meant. */
static void object_of_the_company(void)
{
	struct fixture f =
		run("Acme posts loss\n\n"
		    "Acme Widget Corp. said it lost $3 million in the third quarter.\n\n"
		    "The company said it retained the investment firm of Baxter Lowe Securities "
		    "Inc. as its adviser.\n\n"
		    "The company attributed the loss to lower sales.\n");

	CHECK(resolves(&f, "The company", 2, "Acme Widget Corp"));
	done(&f);
	f = run("Acme posts loss\n\n"
		"Acme Widget Corp. said it lost $3 million in the third quarter.\n\n"
		"Shares of Baxter Lowe Securities Inc. rose 5% on the news.\n\n"
		"The company attributed the rise to a new contract.\n");
	CHECK(resolves(&f, "The company", 1, "Baxter Lowe Securities Inc"));
	done(&f);
}

/* "Officials in Dayton, Ohio, closed streets ... The city said": Dayton, a place written with
 * its state. Not when two are ("Dayton, Ohio, and Austin, Texas"), nor for "the county", nor
 * when a place is named nearer without its state ("Crews from France"). */
static void city_with_state(void)
{
	struct fixture f = run("Water main breaks\n\n"
			       "Officials in Dayton, Ohio, closed streets on Monday.\n\n"
			       "The city said repairs would take three days.\n");

	CHECK(resolves(&f, "The city", 1, "Dayton"));
	done(&f);
	f = run("Storm hits two cities\n\n"
		"Officials in Dayton, Ohio, and Austin, Texas, closed streets on Monday.\n\n"
		"The city said repairs would take three days. The county said it would help.\n");
	CHECK(resolves(&f, "The city", 1, NULL));
	CHECK(resolves(&f, "The county", 1, NULL));
	done(&f);
	f = run("Water main breaks\n\n"
		"Officials in Dayton, Ohio, closed streets on Monday. Crews from France "
		"helped.\n\n"
		"The city said repairs would take three days.\n");
	CHECK(resolves(&f, "The city", 1, NULL));
	done(&f);
}

int main(void)
{
	RUN(numbered_courts);
	RUN(object_of_the_company);
	RUN(city_with_state);
	return CHECK_DONE();
}
