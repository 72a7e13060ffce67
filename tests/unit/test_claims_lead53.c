/* Unit tests of claim rows a reader would find wrong, found by the lead in session 53 in stories
 * of his own (a trade dispute): each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "A ministry spokeswoman, He Yadong, said talks would continue" showed "Valdis Dombrovskis
 * said", the man named before: the family name "He" was read as the pronoun. English writes the
 * pronoun in lower case after a comma, a lowercase word, a title or a role; "He" before a
 * capitalised word there is a name's first word. */
static void family_name_he(void)
{
	static const char *const said[] = {
		"A ministry spokeswoman, He Yadong, said talks would continue.\n",
		"Ministry spokeswoman He Yadong said talks would continue.\n",
		"He Yadong, a ministry spokeswoman, said talks would continue.\n",
	};
	for (size_t i = 0; i < sizeof(said) / sizeof(said[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text), "Valdis Dombrovskis said the duties were fair. %s",
			 said[i]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 2);
		CHECK(renders(&f, 1, "He Yadong said (paraphrase): talks would continue"));
		done(&f);
	}
	struct fixture f = run("Valdis Dombrovskis said the duties were fair. Talks will continue, "
			       "according to Vice Premier He Lifeng.\n");
	CHECK(renders(&f, 1, "According to He Lifeng (paraphrase): Talks will continue"));
	done(&f);
	/* stay: the pronoun, also after an opening phrase and in a headline's capitals */
	f = run("Valdis Dombrovskis spoke on Friday. He said talks would continue.\n");
	CHECK(renders(&f, 0, "Valdis Dombrovskis said (paraphrase): talks would continue"));
	done(&f);
	f = run("Valdis Dombrovskis spoke on Friday. Asked about China, he said talks would "
		"continue.\n");
	CHECK(renders(&f, 0, "Valdis Dombrovskis said (paraphrase): talks would continue"));
	done(&f);
}

/* "The union called Local 12 said workers would strike" showed "The union called (paraphrase):
 * Local 12 said ..." over a nested "Local 12 said": "called" names the body there, as "the group
 * called Friends of the Earth" did; a union's or a coalition's noun is a body's. */
static void union_called(void)
{
	struct fixture f = run("The union called Local 12 said workers would strike.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Local 12 said (paraphrase): workers would strike"));
	done(&f);
	f = run("The coalition called Fair Votes said the map was unfair.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Fair Votes said (paraphrase): the map was unfair"));
	done(&f);
	/* stay: the body calls someone something */
	f = run("The union called the plan a disaster.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The union called (paraphrase): the plan a disaster"));
	done(&f);
}

/* "Israeli jets attacked Hamas targets in Gaza" showed "Israeli jets attacked (paraphrase): Hamas
 * targets in Gaza", a bombing as speech: armed men or their weapons attack, and a military
 * target is attacked with arms, not words. */
static void armed_attackers(void)
{
	struct fixture f = run("Israeli jets attacked Hamas targets in Gaza on Monday.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
	f = run("Russian troops attacked Ukrainian positions near the city.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
	/* stay: a politician attacks a person or another's positions in words */
	f = run("The senator attacked Republican positions on trade as weak.\n");
	CHECK(renders(&f, 0,
		      "The senator attacked (paraphrase): Republican positions on trade as weak"));
	done(&f);
	f = run("Trump attacked Hillary Clinton over her emails.\n");
	CHECK(renders(&f, 0, "Trump attacked (paraphrase): Hillary Clinton over her emails"));
	done(&f);
}

int main(void)
{
	family_name_he();
	union_called();
	armed_attackers();
	return CHECK_DONE();
}
