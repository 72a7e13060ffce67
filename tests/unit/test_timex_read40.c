/* test_timex_read40: "chose", "felt", "thought" are past forms for the tense of a clause, one
 * list in timex_tense.c. */
#include "timex_fixture.h"

/* "chose" is a past form: the present after "when" is a habit of that past ("the road they
 * take when they drive out on Friday"), the Friday before. */
static void test_chose_is_past(void)
{
	timex_expect_value("She chose the path they follow when they walk to the pier on Friday.",
			   "2021-03-10", "Friday", "2021-03-05");
	/* a present verb before "when" keeps the Friday to come */
	timex_expect_value("She takes the path they follow when they walk to the pier on Friday.",
			   "2021-03-10", "Friday", "2021-03-12");
}

int main(void)
{
	RUN(test_chose_is_past);
	return CHECK_DONE();
}
