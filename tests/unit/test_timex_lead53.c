/* Unit tests of timeline rows a reader would find wrong, found by the lead in session 53. */
#include "timex_fixture.h"

/* "A ministry spokeswoman, He Yadong, said talks would continue next week" showed "A ministry
 * spokeswoman, Valdis Dombrovskis Yadong, said ...": the family name "He" after an opening
 * phrase was named as a pronoun. A "he" the summary names is never before a capitalised word. */
static void family_name_he(void)
{
	timex_expect_named(
		"Trade\n\nValdis Dombrovskis spoke on Friday.\n\nA ministry spokeswoman, "
		"He Yadong, said talks would continue next week.\n",
		"2024-10-04", "week of Oct 7, 2024",
		"A ministry spokeswoman, He Yadong, said talks would continue next week");
	/* stay: the pronoun after an opening phrase is named */
	timex_expect_named(
		"Trade\n\nValdis Dombrovskis spoke on Friday.\n\nAsked about China, he "
		"said talks would continue next week.\n",
		"2024-10-04", "week of Oct 7, 2024",
		"Asked about China, Valdis Dombrovskis said talks would continue next week");
}

int main(void)
{
	family_name_he();
	return CHECK_DONE();
}
