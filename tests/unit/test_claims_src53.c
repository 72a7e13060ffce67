/* Unit tests of a source that counts a share of a group (session 53, src53): each next to the
 * row of the same shape that stays. */
#include "claims_fixture.h"

/* "52 percent of registered voters say" showed "voters say": the participle "registered" was
 * read as a verb that ends the subject. After a preposition or a number, with at most a
 * capitalised adjective between, a participle before a group's plural noun is its adjective. */
static void registered_voters(void)
{
	struct fixture f =
		run("Still, 52 percent of registered voters say the plant was unsafe.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "52 percent of registered voters say (paraphrase): the plant was unsafe"));
	done(&f);
	f = run("Nine in 10 Democratic registered voters say the plant was unsafe.\n");
	CHECK(renders(&f, 0,
		      "Nine in 10 Democratic registered voters say (paraphrase): the plant was "
		      "unsafe"));
	done(&f);
	/* stay: a participle after a name is its verb ("Ohio hired workers") */
	f = run("Ohio hired workers say the plant was unsafe.\n");
	CHECK(renders(&f, 0, "workers say (paraphrase): the plant was unsafe"));
	done(&f);
}

/* "Less than a third agreed" showed "a third agreed", "More than six in 10 said" "six in 10
 * said": "than" after "less", "more" or "fewer" before a count ("a third", "half", "six") is
 * the subject's, as it was before digits. */
static void less_than_a_third(void)
{
	struct fixture f = run("Less than a third agreed that the plant was unsafe.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Less than a third agreed (paraphrase): the plant was unsafe"));
	done(&f);
	f = run("More than six in 10 said the plant was unsafe.\n");
	CHECK(renders(&f, 0, "More than six in 10 said (paraphrase): the plant was unsafe"));
	done(&f);
	/* stay: the count in an object before a comma, and a determiner after a noun */
	f = run("He earned more than a dozen awards, the paper said.\n");
	CHECK(renders(&f, 0, "the paper said (paraphrase): He earned more than a dozen awards"));
	done(&f);
}

int main(void)
{
	RUN(registered_voters);
	RUN(less_than_a_third);
	return CHECK_DONE();
}
