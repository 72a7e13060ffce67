/* Unit tests of timeline rows a reader would find wrong, found by tl58 in session 58 in stories
 * of his own (a health count, a match report, a company's half-year): each next to the row of
 * the same shape that stays. */
#include "timex_fixture.h"

/* "The county health department reported 41 cases on Monday. It added that 23 people had been
 * hospitalized since late January" showed a row "It added that ...", which says nobody. A
 * sentence's own "It" or "They" before a verb of saying names the subject the sentence before
 * opens with, when that is a plain noun phrase of the pronoun's number and nothing else there
 * could be meant. */
static void saying_pronoun_named(void)
{
	const char *a = "2026-05-18";
	timex_expect_named("Flu\n\nThe county health department reported 41 cases on Monday. It "
			   "added that 23 people had been hospitalized since late January.\n",
			   a, "since late Jan 2026",
			   "The county health department added that 23 people had been "
			   "hospitalized since late January");
	timex_expect_named("Flu\n\nHealth officials reported 12 deaths in April. They said the "
			   "outbreak had peaked in March.\n",
			   a, "Mar 2026", "Health officials said the outbreak had peaked in March");
	timex_expect_named("Flu\n\nThe United States imposed tariffs in March. It also said they "
			   "would stay until June.\n",
			   a, "until Jun 2026",
			   "The United States also said they would stay until June");
	timex_expect_named("Rule\n\nThe Labor Department said it would appeal. It had argued "
			   "that the rule was needed in March.\n",
			   a, "Mar 2026",
			   "The Labor Department had argued that the rule was needed in March");
	timex_expect_named("Flu\n\nAcme Corp reported a loss in April. It said costs had risen "
			   "since March.\n",
			   a, "since Mar 2026", "Acme Corp said costs had risen since March");
	/* stay: another name could be meant, a person (a role, a name alone), a thing of a
	 * possessor, a figure, the wrong number,
	 * no verb of saying, a sentence that opens with no subject, another paragraph */
	timex_expect_named("Flu\n\nThe ministry criticised Acme on Monday. It said the company had "
			   "ignored warnings since March.\n",
			   a, "since Mar 2026",
			   "It said the company had ignored warnings since March");
	timex_expect_named("Flu\n\nAcme's chief reported a loss in April. It said costs had risen "
			   "since March.\n",
			   a, "since Mar 2026", "It said costs had risen since March");
	timex_expect_named("Flu\n\nThe profit fell in April. It said costs had risen since "
			   "March.\n",
			   a, "since Mar 2026", "It said costs had risen since March");
	timex_expect_named("Flu\n\nHealth officials reported 12 deaths in April. It said the "
			   "outbreak had peaked in March.\n",
			   a, "Mar 2026", "It said the outbreak had peaked in March");
	timex_expect_named("Flu\n\nThe mayor announced a plan on Monday. It said the plan would "
			   "cost $3 million in 2027.\n",
			   a, "2027", "It said the plan would cost $3 million in 2027");
	timex_expect_named("Flu\n\nSmith reported a loss in April. It said costs had risen since "
			   "March.\n",
			   a, "since Mar 2026", "It said costs had risen since March");
	timex_expect_named("Flu\n\nThe company launched a phone in April. It ships in June.\n", a,
			   "Jun 2026", "It ships in June");
	timex_expect_named("Flu\n\nOn Monday the ministry reported 41 cases. It said 23 people "
			   "had been hospitalized since late January.\n",
			   a, "since late Jan 2026",
			   "It said 23 people had been hospitalized since late January");
	timex_expect_named("Flu\n\nThe ministry reported 41 cases on Monday.\n\nIt said 23 people "
			   "had been hospitalized since late January.\n",
			   a, "since late Jan 2026",
			   "It said 23 people had been hospitalized since late January");
}

/* "Arsenal led 1-0 at the break. City hit back in the second half." in a story of May 2026
 * showed the second half of 2025: the game's words were in the sentence before. A half with no
 * year, in a sentence of no game word nor business figure, after a sentence that speaks of a
 * game (a word of one, or a score beside "led", "won", "win" ...) and of no business figure,
 * is a half of a match. */
static void match_half_after_a_game(void)
{
	const char *a = "2026-05-18";
	timex_expect_value("Draw\n\nArsenal led 1-0 at the break. City hit back in the second "
			   "half.\n",
			   a, "the second half", "none");
	timex_expect_value("Draw\n\nRovers won 3\xe2\x80\x93"
			   "1 on Saturday. They were sharper in the first half.\n",
			   a, "the first half", "none");
	timex_expect_value("Draw\n\nLakeside was held to a 2-2 draw. The visitors were better in "
			   "the second half.\n",
			   a, "the second half", "none");
	/* stay: a vote's or a ruling's count, a business figure before, no game at all */
	timex_expect_value("Deal\n\nThe board voted 5-4 to approve the merger. The deal will "
			   "close in the second half.\n",
			   a, "the second half", "2026-H2");
	timex_expect_value("Deal\n\nThe court ruled 6-3 in March. The law takes effect in the "
			   "second half.\n",
			   a, "the second half", "2026-H2");
	timex_expect_value("Deal\n\nThe club's match-day revenue led the gains. The club will "
			   "hire staff in the second half.\n",
			   a, "the second half", "2026-H2");
	timex_expect_value("Deal\n\nThe striker signed a new contract. Sales of his shirt will "
			   "rise in the second half.\n",
			   a, "the second half", "2026-H2");
}

/* "earned $1.2 billion in the first half, down from $1.9 billion a year earlier" showed a row
 * for the year 2025: a year back from a half (or a quarter) the sentence named is that half of
 * the year before. */
static void year_before_a_half(void)
{
	const char *a = "2026-08-10";
	timex_expect_value("Results\n\nAcme earned $1.2 billion in the first half, down from $1.9 "
			   "billion a year earlier.\n",
			   a, "a year earlier", "2025-H1");
	timex_expect_value("Results\n\nAcme earned $1.2 billion in the second quarter, up from "
			   "$0.9 billion a year ago.\n",
			   a, "a year ago", "2025-Q2");
	timex_expect_value("Results\n\nAcme earned $1.2 billion in the first half of 2024, down "
			   "from $1.9 billion a year earlier.\n",
			   a, "a year earlier", "2023-H1");
	/* stay: no half or quarter in the sentence */
	timex_expect_value("Results\n\nAcme earned $1.2 billion, down from $1.9 billion a year "
			   "earlier.\n",
			   a, "a year earlier", "2025");
	timex_expect_value("Results\n\nAcme earned $1.2 billion in the first half. Its plant "
			   "opened a year ago.\n",
			   a, "a year ago", "2025");
}

/* "is expected to vote in the second half of the month" (May 2026) showed "second half of
 * 2026": a half of a month or a week is no half year. A half of the year stays. */
static void half_of_a_month(void)
{
	const char *a = "2026-05-20";
	timex_expect_value("Vote\n\nThe House is expected to vote in the second half of the "
			   "month.\n",
			   a, "the second half of the month", "none");
	timex_expect_value("Vote\n\nSales fell in the first half of next week.\n", a,
			   "the first half of next week", "none");
	timex_expect_value("Vote\n\nSales will rise in the second half of the year.\n", a,
			   "the second half", "2026-H2");
	timex_expect_value("Vote\n\nSales will rise in the second half of next year.\n", a,
			   "the second half of next year", "2027-H2");
}

int main(void)
{
	saying_pronoun_named();
	match_half_after_a_game();
	year_before_a_half();
	half_of_a_month();
	return CHECK_DONE();
}
