/* Unit tests of a quotation row in the timeline (session 55, row55): a quotation that names two
 * dates shows under each date the clause that tells that date's event, verbatim, what is cut
 * off shown as "…" inside one pair of marks. */
#include "timex_fixture.h"

static const char strike[] =
	"Port strike ends\n\n"
	"\"We walked out on Monday and we came back on Wednesday, and in between we lost a week "
	"of pay we will never see again,\" said Tom Reyes, a crane driver.\n";

static void two_dates(void)
{
	timex_expect_named(
		strike, "2026-12-03", "Nov 30, 2026",
		"Tom Reyes said: \xE2\x80\x9CWe walked out on Monday \xE2\x80\xA6\xE2\x80\x9D");
	timex_expect_named(strike, "2026-12-03", "Dec 2, 2026",
			   "Tom Reyes said: \xE2\x80\x9C\xE2\x80\xA6 we came back on Wednesday "
			   "\xE2\x80\xA6\xE2\x80\x9D");
	/* the tag first; a comma before a new subject after a clause with its own */
	const char *tag_first = "Strike\n\nTom Reyes said: \"We lost the vote on Monday, we "
				"lost our jobs on Friday, and nobody in town has said a word.\"\n";
	timex_expect_named(
		tag_first, "2026-12-03", "Nov 30, 2026",
		"Tom Reyes said: \xE2\x80\x9CWe lost the vote on Monday \xE2\x80\xA6\xE2\x80\x9D");
	timex_expect_named(tag_first, "2026-12-03", "Dec 4, 2026",
			   "Tom Reyes said: \xE2\x80\x9C\xE2\x80\xA6 we lost our jobs on Friday "
			   "\xE2\x80\xA6\xE2\x80\x9D");
	/* an opening phrase before the subject is no clause of its own: no cut at its comma */
	timex_expect_named(
		"Strike\n\n\"After the vote on Monday, we walked out of the hall and we did not come "
		"back until Wednesday,\" said Tom Reyes.\n",
		"2026-12-03", "Nov 30, 2026",
		"Tom Reyes said: \xE2\x80\x9C"
		"After the vote on Monday, we walked out of the hall \xE2\x80\xA6\xE2\x80\x9D");
}

/* stay: a quotation that names one date is shown whole, however long */
static void one_date(void)
{
	timex_expect_named(
		"Port strike ends\n\n\"We walked out on Monday and we came back after a long fight, "
		"and in between we lost a week of pay we will never see again,\" said Tom Reyes.\n",
		"2026-12-03", "Nov 30, 2026",
		"Tom Reyes said: \xE2\x80\x9CWe walked out on Monday and we came back after a long "
		"fight, and in between we lost a week of pay we will never see again\xE2\x80\x9D");
}

/* stay: the date's own word again names no other date */
static void same_word(void)
{
	timex_expect_named(
		"Vote\n\n\"They chose a nominee from yesterday, who offers only the "
		"rhetoric of yesterday, and the policies of yesterday,\" Trump said.\n",
		"2016-08-10", "Aug 9, 2016",
		"Trump said: \xE2\x80\x9CThey chose a nominee from yesterday, who offers "
		"only the rhetoric of yesterday, and the policies of "
		"yesterday\xE2\x80\x9D");
}

/* stay: "but" after "not" answers it, and the two halves are one saying: "We did not strike on
 * Monday …" alone would say another thing */
static void not_but(void)
{
	const char *s = "Strike\n\n\"We did not strike on Monday but on Tuesday, after the talks "
			"with the company had failed for good,\" said Tom Reyes.\n";
	timex_expect_named(
		s, "2026-12-03", "Nov 30, 2026",
		"Tom Reyes said: \xE2\x80\x9CWe did not strike on Monday but on Tuesday, "
		"after the talks with the company had failed for good\xE2\x80\x9D");
	/* a "but" with no "not" before it parts two clauses */
	timex_expect_named("Strike\n\n\"We struck on Monday because the talks had failed, but we "
			   "went back to work on Wednesday after a new offer,\" said Tom Reyes.\n",
			   "2026-12-03", "Dec 2, 2026",
			   "Tom Reyes said: \xE2\x80\x9C\xE2\x80\xA6 we went back to work on "
			   "Wednesday after a new offer\xE2\x80\x9D");
}

/* stay: a short quotation is shown whole under each date */
static void short_quote(void)
{
	const char *s =
		"Strike\n\n\"We left Monday and we came back Wednesday,\" said Tom Reyes.\n";
	timex_expect_named(s, "2026-12-03", "Nov 30, 2026",
			   "Tom Reyes said: \xE2\x80\x9CWe left Monday and we came back "
			   "Wednesday\xE2\x80\x9D");
	timex_expect_named(s, "2026-12-03", "Dec 2, 2026",
			   "Tom Reyes said: \xE2\x80\x9CWe left Monday and we came back "
			   "Wednesday\xE2\x80\x9D");
}

int main(void)
{
	two_dates();
	one_date();
	same_word();
	not_but();
	short_quote();
	return CHECK_DONE();
}
