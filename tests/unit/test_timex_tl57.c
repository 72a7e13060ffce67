/* Unit tests of timeline rows a reader would find wrong, found by tl57 in session 57 in stories
 * of his own (a utility's fine, a cup final, a company's cuts): each next to the row of the same
 * shape that stays. */
#include "timex_fixture.h"

/* "Kim said the company would cut 1,500 jobs by the end of the first quarter" (October 2025)
 * showed Q1 2025: "would cut" read as a past ("cut" is a past form too), the comma of "1,500"
 * ended the clause, and "the" before the quarter made it a thing's date. A plain verb after a
 * modal is no past; a figure's comma is inside its number; "would" under a past saying is the
 * future of the saying. */
static void would_after_saying(void)
{
	const char *a = "2025-10-20";
	timex_expect_value("Cuts\n\nKim said the company would cut 1,500 jobs by the end of the "
			   "first quarter.\n",
			   a, "the first quarter", "2026-Q1");
	timex_expect_value("Cuts\n\nKim said the company would cut jobs in the first quarter.\n", a,
			   "the first quarter", "2026-Q1");
	timex_expect_value("Cuts\n\nKim said the company would cut 1,500 jobs in March.\n", a,
			   "March", "2026-03");
	timex_expect_value("Cuts\n\nKim said the company could cut 1,500 jobs in March.\n", a,
			   "March", "2026-03");
	/* stay: a past told in the past */
	timex_expect_value("Cuts\n\nKim said the company cut 1,500 jobs in March.\n", a, "March",
			   "2025-03");
	timex_expect_value("Cuts\n\nKim said sales fell in the first quarter.\n", a,
			   "the first quarter", "2025-Q1");
	timex_expect_value("Cuts\n\nKim said the company would have cut jobs in March.\n", a,
			   "March", "2025-03");
	timex_expect_value("Cuts\n\nThe company cut 1,500 jobs in March.\n", a, "March", "2025-03");
}

int main(void)
{
	would_after_saying();
	return CHECK_DONE();
}
