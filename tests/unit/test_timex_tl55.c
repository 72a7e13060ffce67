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

int main(void)
{
	past_weekday_on_own_date();
	return CHECK_DONE();
}
