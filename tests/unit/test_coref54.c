/* Unit tests of pronouns a careful reader would resolve otherwise, found in session 54: each next
 * to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "According to people familiar with the talks, ... The Commission rejected the offer, they
 * said" left "they" unresolved: the group is "people", not the adjective "familiar" before
 * "with". Controls: the body that is the subject of what they said is not whom "they" means,
 * and a source of one person ("a lawyer familiar with the talks") is no group. */
static void group_before_postnominal_adjective(void)
{
	struct fixture f = run("Talks\n\nAccording to people familiar with the talks, the offer "
			       "was rejected. The Commission rejected the offer, they said.\n");
	speaker_resolves(&f, "they", "people familiar with the talks");
	done(&f);
	f = run("Talks\n\nAccording to officials involved in the talks, the offer was rejected. "
		"The Commission rejected the offer, they said.\n");
	speaker_resolves(&f, "they", "officials involved in the talks");
	done(&f);
	f = run("Talks\n\nAccording to a lawyer familiar with the talks, the offer was rejected. "
		"The Commission rejected the offer, they said.\n");
	speaker_resolves(&f, "they", NULL);
	done(&f);
}

/* "The paper wrote that the deal was done. She said it was good" showed "The paper said": a
 * newspaper, a company or a ministry is never "he" or "she". Controls: a person's role in the
 * same place ("The spokeswoman") is whom "she" means, and so is a woman named before the body. */
static void person_pronoun_not_a_body(void)
{
	struct fixture f = run("Deal\n\nThe paper wrote that the deal was done. She said it was "
			       "good.\n");
	speaker_resolves(&f, "She", NULL);
	done(&f);
	f = run("Deal\n\nThe company said that the deal was done. He said it was good.\n");
	speaker_resolves(&f, "He", NULL);
	done(&f);
	f = run("Deal\n\nThe ministry defended itself; she said it was good.\n");
	speaker_resolves(&f, "she", NULL);
	done(&f);
	f = run("Deal\n\nThe spokeswoman said that the deal was done. She said it was good.\n");
	speaker_resolves(&f, "She", "the spokeswoman");
	done(&f);
	f = run("Deal\n\nThe mayor defended herself; she said it was good.\n");
	speaker_resolves(&f, "she", "the mayor");
	done(&f);
	f = run("Deal\n\nAnn Lee arrived on Monday. The newspaper wrote that the deal was done. She "
		"said it was good.\n");
	speaker_resolves(&f, "She", "Ann Lee");
	done(&f);
}

int main(void)
{
	RUN(group_before_postnominal_adjective);
	RUN(person_pronoun_not_a_body);
	return CHECK_DONE();
}
