/* Unit tests of timeline rows a reader would find wrong, found by tl56 in session 56: each next
 * to the row of the same shape that stays. */
#include "timex_fixture.h"

/* "The disease has killed more than 2000 people since 2015" showed a row for the year 2000: a
 * number after words of an amount ("more than", "over", "about", "some", "nearly", "más de")
 * with a plural noun after it counts things; after "more than" or "más de" it counts whatever
 * follows. Years stay: after "since", "in about", "around" alone, before a possessive. */
static void amounts_are_no_years(void)
{
	const char *a = "2020-05-04";
	timex_expect_value("Toll\n\nThe disease has killed more than 2000 people since 2015.\n", a,
			   "2000", "none");
	timex_expect_value("Toll\n\nThe disease has killed more than 2000 people since 2015.\n", a,
			   "2015", "2015");
	timex_expect_value("Toll\n\nLa enfermedad mató a más de 2000 personas desde 2015.\n", a,
			   "2000", "none");
	timex_expect_value("Toll\n\nLa enfermedad mató a más de 2000 personas desde 2015.\n", a,
			   "2015", "2015");
	timex_expect_value("Toll\n\nOver 1500 troops were sent in 2019.\n", a, "1500", "none");
	timex_expect_value("Toll\n\nAbout 2000 cases were reported in 2020.\n", a, "2000", "none");
	timex_expect_value("Toll\n\nSome 1800 new workers lost jobs in 2021.\n", a, "1800", "none");
	timex_expect_value("Toll\n\nNearly 2000 of them left in 2018.\n", a, "2000", "none");
	timex_expect_value("Toll\n\nMore than 2000 were killed in 2019.\n", a, "2000", "none");
	/* stay: years */
	timex_expect_value("Toll\n\nIn about 2000, the firm moved.\n", a, "2000", "2000");
	timex_expect_value("Toll\n\nAround 2000 the plant closed.\n", a, "2000", "2000");
	timex_expect_value("Toll\n\nIn 2000 elections were held.\n", a, "2000", "2000");
	timex_expect_value("Toll\n\nSince 2000 people have moved away.\n", a, "2000", "2000");
	timex_expect_value("Toll\n\nTurnout was higher than in 2012.\n", a, "2012", "2012");
	timex_expect_value("Race\n\nSome 2016 presidential candidates spoke.\n", "2015-11-30",
			   "2016", "2016");
}

/* "In 2017 the company said it will open a plant in March" showed Mar of the article's next
 * year, "said it would open a plant next year" the year after the article's. TimeML anchors a
 * reported future on the time of the saying: the year that opens the sentence dates the saying,
 * and the month and "next year", "last year", "this year" of what it reports are of that year.
 * Not without a verb of saying, across a clause of its own, or with no year opening the
 * sentence. */
static void reported_future_of_a_year(void)
{
	const char *a = "2026-12-03";
	timex_expect_value("Plant\n\nIn 2017 the company said it will open a plant in March.\n", a,
			   "March", "2017-03");
	timex_expect_value("Plant\n\nIn 2017 the company said that it will open a plant in "
			   "March.\n",
			   a, "March", "2017-03");
	timex_expect_value("Plant\n\nIn 2017 the company said it would open a plant next year.\n",
			   a, "next year", "2018");
	timex_expect_value("Plant\n\nIn 2017 the company said it will open a plant next year.\n", a,
			   "next year", "2018");
	timex_expect_value("Plant\n\nIn 2017 the minister told reporters sales fell last year.\n",
			   a, "last year", "2016");
	/* stay: no year opening the sentence, no saying, a clause of its own */
	timex_expect_value("Plant\n\nThe company said it would open a plant next year.\n", a,
			   "next year", "2027");
	timex_expect_value("Plant\n\nIn 2017 the company opened a plant and it will open another "
			   "next year.\n",
			   a, "next year", "2027");
	timex_expect_value("Plant\n\nIn 2017 the company built a plant that will open next year.\n",
			   a, "next year", "2027");
	timex_expect_value("Tax\n\nIn 2017 Congress passed a law that expires in December.\n", a,
			   "December", "2026-12");
	timex_expect_value("Plant\n\nThe 2017 plan said the plant will open next year.\n", a,
			   "next year", "2027");
}

/* "We walked out on Monday ..., and came back on Wednesday ..." showed “… came back on
 * Wednesday to find the gates locked” under Wednesday: the piece of a long quotation cut at
 * ", and" or "but" before a verb with no subject of its own says nobody did it. Such a bound
 * is none, and the quotation goes whole; a clause with its subject ("and we came back") is
 * still cut. */
static void cut_quote_keeps_its_subject(void)
{
	const char *a = "2020-05-04";
	timex_expect_named(
		"Strike\n\n\u201CWe walked out of the plant on Monday with all of our "
		"tools, and came back on Wednesday to find the gates locked,\u201D Smith "
		"said.\n",
		a, "Apr 29, 2020",
		"Smith said: \u201CWe walked out of the plant on Monday with all of our "
		"tools, and came back on Wednesday to find the gates locked\u201D");
	timex_expect_named(
		"Strike\n\n\u201CThe union voted to strike on Monday after weeks of "
		"talks, but returned to work on Wednesday when the offer improved,\u201D "
		"Jones said.\n",
		a, "Apr 29, 2020",
		"Jones said: \u201CThe union voted to strike on Monday after weeks of "
		"talks, but returned to work on Wednesday when the offer improved\u201D");
	/* stay: a clause with a subject of its own */
	timex_expect_named("Strike\n\n\u201CWe walked out of the plant on Monday with all of our "
			   "tools, and we came back on Wednesday to find the gates locked,\u201D "
			   "Smith said.\n",
			   a, "Apr 29, 2020",
			   "Smith said: \u201C\u2026 we came back on Wednesday to find the gates "
			   "locked\u201D");
}

int main(void)
{
	cut_quote_keeps_its_subject();
	amounts_are_no_years();
	reported_future_of_a_year();
	return CHECK_DONE();
}
