/* Unit tests of timeline rows a reader would find wrong, found by tl55 in session 55: each next
 * to the row of the same shape that stays. */
#include "timex_fixture.h"

/* "Acme rejected the offer on Friday." under "Published December 3, 2026" (a Thursday) showed
 * Dec 4, 2026: a deed done in the past put on the day after the page. When the anchor is the
 * date line the article prints, a weekday told in the past is the last one; an anchor the user
 * gave may be the wire's date, a day before the paper's, and a page's publication time may be
 * of another time zone ("2024-12-06T22:00Z" over "on Saturday" in Seoul): they keep the next
 * day. */
static void past_weekday_on_own_date(void)
{
	static const char *const texts[] = {
		"Sale\n\nAcme rejected the offer on Friday.\n",
		"Sale\n\nThe offer was rejected on Friday.\n",
		"Sale\n\nThe plant closed on Friday, officials said.\n",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		timex_expect_value_as(texts[i], "2026-12-03", ANCHOR_TEXT, "Friday", "2026-11-27");
		/* stay: an anchor given (--date), as wire copy is dated, or a page's time */
		timex_expect_value_as(texts[i], "2026-12-03", ANCHOR_METADATA, "Friday",
				      "2026-12-04");
		timex_expect_value_as(texts[i], "2026-12-03", ANCHOR_OPTION, "Friday",
				      "2026-12-04");
	}
	/* the same under the date line itself */
	timex_expect_value_as("Sale\n\nPublished December 3, 2026\n\nAcme rejected the offer on "
			      "Friday.\n",
			      "2026-12-03", ANCHOR_TEXT, "Friday", "2026-11-27");
	/* stay: a weekday ahead in the future, and a past weekday two days ahead */
	timex_expect_value_as("Sale\n\nAcme will reject the offer on Friday.\n", "2026-12-03",
			      ANCHOR_TEXT, "Friday", "2026-12-04");
	timex_expect_value_as("Sale\n\nAcme rejected the offer on Saturday.\n", "2026-12-03",
			      ANCHOR_OPTION, "Saturday", "2026-11-28");
}

/* "In 2017 the tax law expires in December, the lawyers said." showed Dec 2026: the schedule
 * verb's future beat the year that opens the sentence. A month in a clause that opens with a
 * year is that year's month whatever the tense, a saying set off by commas between them too;
 * not across a clause of its own ("that", ";", "and"), nor without the opening year. */
static void opening_year_rules_a_schedule(void)
{
	const char *a = "2026-12-03";
	timex_expect_value("Tax\n\nIn 2017 the tax law expires in December, the lawyers said.\n", a,
			   "December", "2017-12");
	timex_expect_value("Plant\n\nIn 1999 the plant opens in May.\n", a, "May", "1999-05");
	timex_expect_value("Tax\n\nIn 2017, he said, the law expires in December.\n", a, "December",
			   "2017-12");
	/* stay: no opening year, a clause of its own, a past verb of the year's own time */
	timex_expect_value("Tax\n\nThe tax law expires in December, the lawyers said.\n", a,
			   "December", "2026-12");
	timex_expect_value("Tax\n\nIn 2017 Congress passed a law that expires in December.\n", a,
			   "December", "2026-12");
	timex_expect_value("Tax\n\nIn 2017 Congress passed the law; it expires in December.\n", a,
			   "December", "2026-12");
	/* a saying's reported future is of the saying's year (tl56, TimeML practice) */
	timex_expect_value("Tax\n\nIn 2017 the company said it will open a plant in March.\n", a,
			   "March", "2017-03");
}

/* "The work starts in the spring, a spokesman said." had no date: "starts" was no schedule
 * verb for fear of "housing starts", and a season after a schedule verb ("the bridge opens in
 * the spring") was none to come. "starts" after its subject with no verb after the date is the
 * verb; "talks start" before a season as before a month. */
static void starts_in_the_spring(void)
{
	const char *a = "2026-12-03";
	timex_expect_value("Port\n\nThe work starts in the spring, a spokesman said.\n", a,
			   "the spring", "2027-SP");
	timex_expect_value("Port\n\nThe bridge opens in the spring.\n", a, "the spring", "2027-SP");
	timex_expect_value("Port\n\nTalks start in the spring.\n", a, "the spring", "2027-SP");
	timex_expect_value("Port\n\nThe work starts in March.\n", "2026-05-03", "March", "2027-03");
	/* stay: "starts" a noun */
	timex_expect_value("Port\n\nHousing starts in the spring rose 4 percent.\n", a,
			   "the spring", "none");
	timex_expect_value("Port\n\nStrong starts in the spring lifted sales.\n", a, "the spring",
			   "none");
	timex_expect_value("Port\n\nThe starts in the spring were slow.\n", a, "the spring",
			   "none");
}

int main(void)
{
	past_weekday_on_own_date();
	opening_year_rules_a_schedule();
	starts_in_the_spring();
	return CHECK_DONE();
}
