/* Unit tests of claim rows a reader of the saved news pages would find wrong (session 41): each
 * next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "posted this update: “...”", "added a caveat: “...”", "explained it this way: “...”": a noun
 * phrase that names the words, then a colon, opens the quotation, which is shown as the
 * speaker's words; "recalled the dry summer of 2019: “...”" names a topic and stays. */
static void quotation_after_message_noun(void)
{
	struct fixture f =
		run("The ferry company posted this update: \u201cAll crossings are "
		    "cancelled until noon.\u201d\n\n"
		    "Her spokesman explained it this way: \u201cWe would rather wait "
		    "than guess.\u201d\n\n"
		    "The coach added a caveat: \u201cNobody is sure of a place yet.\u201d\n\n"
		    "The farmer Lena Brandt recalled the dry summer of 2019: \u201cThe "
		    "wells ran out in July.\u201d\n");

	CHECK_EQ(f.l->n, 4);
	CHECK(renders(
		&f, 0,
		"The ferry company posted: \u201cAll crossings are cancelled until noon.\u201d"));
	CHECK(renders(&f, 1,
		      "Her spokesman explained: \u201cWe would rather wait than guess.\u201d"));
	CHECK(renders(&f, 2, "The coach added: \u201cNobody is sure of a place yet.\u201d"));
	claim_is(&f, 3, CLAIM_INDIRECT, "the dry summer of 2019: \u201cThe wells ran out in July",
		 "The farmer Lena Brandt", "recalled", NULL);
	done(&f);
}

/* "said back in the spring of 2019: “...”": "back" and the time it was said, then a colon or a
 * comma, open the quotation; "said back in the day the fares were lower" is a clause and
 * stays. */
static void quotation_after_back_then(void)
{
	struct fixture f = run("The coach said back in the spring of 2019: \u201cWe play to win "
			       "every game.\u201d\n\n"
			       "The coach said back in the day the tickets were cheaper.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "The coach said: \u201cWe play to win every game.\u201d"));
	CHECK(renders(&f, 1,
		      "The coach said (paraphrase): back in the day the tickets were cheaper"));
	done(&f);
}

int main(void)
{
	RUN(quotation_after_message_noun);
	RUN(quotation_after_back_then);
	return CHECK_DONE();
}
