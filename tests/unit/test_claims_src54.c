/* Unit tests of claim rows whose speaker a reader would find wrong, found by src54 in session 54:
 * each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "An aide at City Hall said" showed "City Hall said", "An aide to Mayor Ann Lee said" showed
 * "Mayor Ann Lee said": the one tied to the name speaks, whatever the noun for them, not the
 * one named. */
static void tied_to_name(void)
{
	struct fixture f = run("An aide at City Hall said the budget would pass.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "An aide at City Hall said (paraphrase): the budget would pass"));
	done(&f);
	f = run("An aide to Mayor Ann Lee said the budget would pass.\n");
	CHECK(renders(&f, 0, "An aide to Mayor Ann Lee said (paraphrase): the budget would pass"));
	done(&f);
	f = run("An employee at City Hall said the budget would pass.\n");
	CHECK(renders(&f, 0, "An employee at City Hall said (paraphrase): the budget would pass"));
	done(&f);
	/* stay: a spokesman speaks for the one named */
	f = run("A spokesman for City Hall said the budget would pass.\n");
	CHECK(renders(&f, 0, "City Hall said (paraphrase): the budget would pass"));
	done(&f);
}

/* "Acme Corp. fired workers who said the plant was unsafe" showed "fired workers said": the
 * stop of "Corp." is the name's, and the verb after it ends the phrase "who" refers to. */
static void who_after_abbreviated_name(void)
{
	struct fixture f = run("Acme Corp. fired workers who said the plant was unsafe.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "workers said (paraphrase): the plant was unsafe"));
	done(&f);
	/* stay: initials are no abbreviated name before a verb */
	f = run("They met U.S. elected officials who said the plant was unsafe.\n");
	CHECK(renders(&f, 0, "elected officials said (paraphrase): the plant was unsafe"));
	done(&f);
}

int main(void)
{
	tied_to_name();
	who_after_abbreviated_name();
	return CHECK_DONE();
}
