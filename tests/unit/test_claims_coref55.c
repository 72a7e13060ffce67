/* Unit tests of descriptions a reader can resolve, found in session 55 (coref55): a candidate
 * described so in an apposition, and the body that issued "the statement"; each next to the
 * row of the same shape that stays. */
#include "claims_fixture.h"

/* "Jane Roe, a Democrat running for the Senate, ... The candidate said" showed "The candidate
 * said": one running, seeking re-election or a party's nominee is a candidate. Controls: one
 * seeking what is no office ("seeking damages") is none, and with two described so, the
 * nearest is the one meant, never a person not described so. */
static void campaign_is_candidate(void)
{
	static const char *const told[] = {
		"Jane Roe, a Democrat running for the Senate, spoke in Dayton on Tuesday. The "
		"candidate said the plant would stay open.\n",
		"Jane Roe, a Democrat seeking re-election, spoke in Dayton on Tuesday. The "
		"candidate said the plant would stay open.\n",
		"Jane Roe, who is running for governor, spoke in Dayton on Tuesday. The candidate "
		"said the plant would stay open.\n",
		"Jane Roe, the Republican nominee, spoke in Dayton on Tuesday. The candidate said "
		"the plant would stay open.\n",
	};
	struct fixture f;
	char text[512];

	for (size_t i = 0; i < sizeof(told) / sizeof(told[0]); i++) {
		snprintf(text, sizeof(text), "Race\n\n%s", told[i]);
		f = run(text);
		speaker_resolves(&f, "The candidate", "Jane Roe");
		done(&f);
	}
	f = run("Race\n\nJane Roe, a lawyer seeking damages, spoke in Dayton on Tuesday. The "
		"candidate said the plant would stay open.\n");
	speaker_resolves(&f, "The candidate", "The candidate");
	done(&f);
	f = run("Race\n\nJane Roe, the nominee for attorney general, spoke in Dayton on Tuesday. "
		"The candidate said the plant would stay open.\n");
	speaker_resolves(&f, "The candidate", "The candidate");
	done(&f);
	f = run("Race\n\nJane Roe, a Democrat running for the Senate, spoke in Dayton. Ann Lee, "
		"a Republican seeking the nomination, spoke in Akron. Tom Hill, the mayor, "
		"spoke too. The candidate said the plant would stay open.\n");
	speaker_resolves(&f, "The candidate", "Ann Lee");
	done(&f);
}

/* "Harbor Lines said in a statement ... The statement said" showed "The statement said": the
 * statement speaks for who issued it. Controls: a report by people the story does not name
 * stays as written, even after another body's report, and so does a statement whose issuer is
 * no name ("Powell's office"). */
static void statement_of_issuer(void)
{
	static const char *const told[] = {
		"Harbor Lines said in a statement on Monday that it had received an offer. ",
		"In a statement on Monday, Harbor Lines said it had received an offer. ",
		"Harbor Lines released a statement on Monday. ",
		"A statement from Harbor Lines came on Monday. ",
	};
	struct fixture f;
	char text[512];

	for (size_t i = 0; i < sizeof(told) / sizeof(told[0]); i++) {
		snprintf(text, sizeof(text),
			 "Sale\n\n%sThe statement said the board would meet next week.\n", told[i]);
		f = run(text);
		speaker_resolves(&f, "The statement", "Harbor Lines");
		done(&f);
	}
	f = run("Sale\n\nHarbor Lines released a report on Monday. A report by two economists "
		"came out on Tuesday. The report said incomes rose.\n");
	speaker_resolves(&f, "The report", "The report");
	done(&f);
	f = run("Sale\n\nPaul Ryan issued a statement. The statement by the two said the talks "
		"went well.\n");
	speaker_resolves(&f, "The statement by the two", "The statement by the two");
	done(&f);
	f = run("Sale\n\nPowell's office said in a statement that he wrote the memo. The statement "
		"said he used a private account.\n");
	speaker_resolves(&f, "The statement", "The statement");
	done(&f);
}

int main(void)
{
	RUN(campaign_is_candidate);
	RUN(statement_of_issuer);
	return CHECK_DONE();
}
