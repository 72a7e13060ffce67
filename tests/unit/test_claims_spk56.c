/* Unit tests of the speaker a careful reader would name, session 56: each next to the shape
 * that stays. */
#include "claims_fixture.h"

/* One claim of the story text, whose speaker as written is `speaker`, resolves to `want` (NULL:
 * to no one). */
static void resolves(const char *text, const char *speaker, const char *want)
{
	struct fixture f = run(text);

	speaker_resolves(&f, speaker, want);
	done(&f);
}

/* "The bid by Cie. Financiere de Paribas was rejected, the company said" gave the bidder: a
 * company named only after "the bid by" or "an offer from" is the suitor, never the side that
 * "the company" tells; no name beats a wrong one, and the company that acts before stays. */
static void not_the_bidder(void)
{
	resolves("Bid\n\nThe bid by Cie. Financiere de Paribas was rejected, the company said.\n",
		 "the company", "the company");
	resolves("Bid\n\nParibas shares rose on Monday. The bid by Cie. Financiere de Paribas was "
		 "rejected, the company said.\n",
		 "the company", "the company");
	resolves(
		"Bid\n\nAcme Corp. rejected an offer from Globex Inc. on Monday. The offer was too "
		"low, the company said.\n",
		"the company", "Acme Corp.");
	/* stay: a company named after "by" of no bid, and one that bids as the subject */
	resolves("Bid\n\nThe plant built by Globex Inc. was closed, the company said.\n",
		 "the company", "Globex Inc.");
	resolves(
		"Bid\n\nGlobex Inc. made a bid for Acme on Monday. The price was fair, the company "
		"said.\n",
		"the company", "Globex Inc.");
}

/* "A spokesman in Boston said" showed "Boston said": one person of a place is not the place;
 * the person as written. A spokesman for a company speaks for it, and a person's own name
 * before "of" a place stays hers. */
static void not_the_place(void)
{
	static const char *const said[][2] = {
		{"A spokesman in Boston said the plant would close.\n",
		 "A spokesman in Boston said (paraphrase): the plant would close"},
		{"An official in Washington said the plant would close.\n",
		 "An official in Washington said (paraphrase): the plant would close"},
		{"A lawyer in New York said the plant would close.\n",
		 "A lawyer in New York said (paraphrase): the plant would close"},
		{"A man from Boston said the plant would close.\n",
		 "A man from Boston said (paraphrase): the plant would close"},
		/* stay */
		{"A spokesman for Acme said the plant would close.\n",
		 "Acme said (paraphrase): the plant would close"},
		{"Ann Lee of Boston said the plant would close.\n",
		 "Ann Lee said (paraphrase): the plant would close"},
		{"Officials in Washington said the plant would close.\n",
		 "Officials in Washington said (paraphrase): the plant would close"},
	};
	for (size_t i = 0; i < sizeof(said) / sizeof(said[0]); i++) {
		char text[256];
		snprintf(text, sizeof(text), "Plant\n\n%s", said[i][0]);
		struct fixture f = run(text);
		CHECK_EQ(f.l->n, 1);
		CHECK(renders(&f, 0, said[i][1]));
		done(&f);
	}
}

/* "Johnson & Johnson reported ... The company said" showed "Johnson said", and "AT&T said"
 * showed "T said": an ampersand joins one firm's name, which "the company" then names; two
 * people joined by "and" or "&" stay two. */
static void one_firm_with_ampersand(void)
{
	resolves("Sales\n\nJohnson & Johnson reported earnings on Monday. The company said sales "
		 "rose.\n",
		 "The company", "Johnson & Johnson");
	resolves("Sales\n\nProcter & Gamble said on Monday that sales rose. Sales will rise again "
		 "next year, the company said.\n",
		 "the company", "Procter & Gamble");
	resolves("Sales\n\nAT&T said sales rose.\n", "AT&T", "AT&T");
	resolves("Sales\n\nAT&T reported earnings on Monday. The company said sales rose.\n",
		 "The company", "AT&T");
	resolves("Sales\n\nTexas A&M said sales rose.\n", "Texas A&M", "Texas A&M");
	/* stay: two people */
	resolves("Deal\n\nDonald Trump & Paul Ryan issued a statement on Monday. The statement "
		 "said the deal was dead.\n",
		 "The statement", "The statement");
	resolves("Deal\n\nAnn Lee and Bob Roe met on Monday. They said the talks went well.\n",
		 "They", "Ann Lee and Bob Roe");
	/* "AT&T." ending a sentence is AT&T, no initial's stop; and a body that "which" and a
	 * past verb follow in the sentence before is the company meant, not one named far
	 * before */
	resolves("Bill\n\nThe bill failed after a backlash from employers including Marriott and "
		 "AT&T. And in Georgia, a bill faced dismal prospects.\n\nThe filibuster drew "
		 "attention from employers such as Monsanto, which opposed the bill. \"We call on "
		 "others to join us,\" the company tweeted.\n",
		 "the company", "Monsanto");
	resolves("Bill\n\nThe bill failed after a backlash from employers including AT&T. \"We "
		 "call on others to join us,\" the company tweeted.\n",
		 "the company", "AT&T");
	/* stay: a place that "which is" follows is no company */
	resolves("Bill\n\nAcme Corp. sued Springfield, which is in Ohio. \"We call on others,\" "
		 "the company said.\n",
		 "the company", "Acme Corp.");
	/* stay: "at" in lowercase before a name is a preposition */
	resolves("Deal\n\nThe talks at Acme went well, Ann Lee said.\n", "Ann Lee", "Ann Lee");
}

/* "Republican nominee Jane Roe said ... The candidate said" left "The candidate": a party's
 * nominee, a challenger or an incumbent named with the word before the name runs, and is the
 * candidate. A nominee for an office no election fills is none. */
static void candidate_from_premodifier(void)
{
	resolves("Race\n\nRepublican nominee Jane Roe said on Monday that taxes would fall. The "
		 "candidate said spending would fall too.\n",
		 "The candidate", "Jane Roe");
	resolves("Race\n\nDemocratic challenger Bob Lee said taxes would rise. The candidate said "
		 "spending would fall too.\n",
		 "The candidate", "Bob Lee");
	resolves("Race\n\nDemocratic challenger Bob Lee said taxes would rise. The challenger said "
		 "spending would fall too.\n",
		 "The challenger", "Bob Lee");
	resolves("Race\n\nOn Monday, incumbent Sen. Jane Roe said taxes would rise. The candidate "
		 "said spending would fall too.\n",
		 "The candidate", "Jane Roe");
	/* stay */
	resolves("Race\n\nSupreme Court nominee Jane Roe said taxes would rise. The candidate said "
		 "spending would fall too.\n",
		 "The candidate", "The candidate");
	resolves("Race\n\nRepublican presidential nominee Jane Roe said taxes would rise. The "
		 "nominee said spending would fall too.\n",
		 "The nominee", "Jane Roe");
}

/* "The 2nd District said" gave no claim: a district after an ordinal is a court of appeal that
 * rules; a district or a place alone stays no speaker. */
static void numbered_district(void)
{
	resolves("Ruling\n\nThe 2nd District said the rule was void.\n", "The 2nd District",
		 "2nd District");
	resolves("Ruling\n\nThe Fifth District said the rule was void.\n", "The Fifth District",
		 "Fifth District");
	resolves("Ruling\n\nThe 9th Circuit said the rule was void.\n", "The 9th Circuit",
		 "9th Circuit");
	/* stay: no claim of a place alone */
	struct fixture f = run("Ruling\n\nThe Lake District said the rule was void.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	not_the_bidder();
	not_the_place();
	one_firm_with_ampersand();
	candidate_from_premodifier();
	numbered_district();
	return CHECK_DONE();
}
