/* Unit tests of where a found claim's content ends (session 42): each row that changes next to
 * the neighbour of the same shape that must stay. */
#include "claims_fixture.h"

/* 'Several tenants said the landlord should "look for another line of work," according to a
 * letter ...': the attribution after a quotation that closes on its comma ends what the tenants
 * said, as it does after a plain comma ("Most renters said the fees were too high, according to
 * a survey"); the letter's claim holds the whole report. A relative clause after such a
 * quotation ('"a fight in Dayton," where the county may decide the race') still goes on with
 * the quoted noun. */
static void according_to_after_a_quotation_closing_on_its_comma(void)
{
	struct fixture f = run(
		"Several tenants said the landlord should \"look for another line of work,\" "
		"according to a letter they sent the council.\n\n"
		"The mayor hopes the vote will help her win \"a fight in Dayton,\" where the "
		"county may decide the race.\n\n"
		"Most renters said the fees were too high, according to a survey by the housing "
		"office.\n");

	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 0, CLAIM_ACCORDING_TO,
		 "Several tenants said the landlord should \"look for another line of work,",
		 "a letter they sent the council", "according to", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the landlord should \"look for another line of work",
		 "Several tenants", "said", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "the vote will help her win \"a fight in Dayton,\" where the county may decide "
		 "the race",
		 "The mayor", "hopes", NULL);
	claim_is(&f, 3, CLAIM_ACCORDING_TO, "Most renters said the fees were too high",
		 "a survey by the housing office", "according to", NULL);
	claim_is(&f, 4, CLAIM_INDIRECT, "the fees were too high", "Most renters", "said", NULL);
	done(&f);
}

/* "The landlord asked for proof of income, and the pay stubs she brought were not enough": after
 * a noun phrase that a cue of noun-phrase content took, ", and" and a clause with a subject and a
 * verb of its own ("and he remains popular") is the writer's next statement, not more of what
 * was asked for or spoken of. A list ("the mayor, the treasurer, and the clerk for skipping the
 * vote") and a second noun phrase ("a voice vote, and then a show of hands") go on. */
static void clause_after_a_noun_phrase_and_its_comma(void)
{
	struct fixture f =
		run("The landlord asked for proof of income, and the pay stubs she "
		    "brought were suddenly not enough.\n\n"
		    "Ortiz spoke about the issues he cares about, and he remains popular "
		    "in his home county.\n\n"
		    "The mailer mocked the mayor, the treasurer, and the clerk for "
		    "skipping the vote.\n\n"
		    "The board called for a voice vote, and then a show of hands.\n");

	CHECK_EQ(f.l->n, 4);
	claim_is(&f, 0, CLAIM_INDIRECT, "proof of income", "The landlord", "asked for", NULL);
	claim_is(&f, 1, CLAIM_INDIRECT, "the issues he cares about", "Ortiz", "spoke about", NULL);
	claim_is(&f, 2, CLAIM_INDIRECT,
		 "the mayor, the treasurer, and the clerk for skipping the vote", "The mailer",
		 "mocked", NULL);
	claim_is(&f, 3, CLAIM_INDIRECT, "a voice vote, and then a show of hands", "The board",
		 "called for", NULL);
	done(&f);
}

int main(void)
{
	RUN(according_to_after_a_quotation_closing_on_its_comma);
	RUN(clause_after_a_noun_phrase_and_its_comma);
	return CHECK_DONE();
}
