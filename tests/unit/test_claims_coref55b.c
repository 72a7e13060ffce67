/* Unit tests of who a pronoun or a document names, found in session 55 (coref55b): the writer a
 * byline names is no "she" of the story, and a statement two issued is no one's alone; each
 * next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "By Ann Lee" under the title, then "She said": the row showed "Ann Lee said", the writer
 * taken for the one the pronoun names. Controls: "By Friday, Ann Lee had resigned" is a
 * sentence, no byline, and "Ann Lee, a reporter," is a person of the story: she is Ann Lee. */
static void byline_no_antecedent(void)
{
	static const char *const bylines[] = {
		"By Ann Lee",
		"By Ann Lee and Tom Reyes",
		"By ANN LEE",
	};
	struct fixture f;
	char text[512];

	for (size_t i = 0; i < sizeof(bylines) / sizeof(bylines[0]); i++) {
		snprintf(text, sizeof(text),
			 "Plant to stay open\n\n%s\n\nShe said the plant would stay open.\n",
			 bylines[i]);
		f = run(text);
		speaker_resolves(&f, "She", NULL);
		done(&f);
	}
	f = run("Plant to stay open\n\nBy Ann Lee\n\nThe mayor met the workers on Monday. She "
		"said the plant would stay open.\n");
	speaker_resolves(&f, "She", "the mayor");
	done(&f);
	f = run("Plant to stay open\n\nBy Friday, Ann Lee had resigned. She said the plant would "
		"stay open.\n");
	speaker_resolves(&f, "She", "Ann Lee");
	done(&f);
	f = run("Plant to stay open\n\nAnn Lee, a reporter, visited the plant. She said the plant "
		"would stay open.\n");
	speaker_resolves(&f, "She", "Ann Lee");
	done(&f);
}

/* "Donald Trump and Paul Ryan issued a statement. The statement said" showed "Paul Ryan said":
 * a statement of two is shown as written. Control: one issuer named alone stays resolved. */
static void joint_issuer_as_written(void)
{
	static const char *const two[] = {
		"Donald Trump and Paul Ryan issued a statement on Monday. ",
		"Donald Trump & Paul Ryan issued a statement on Monday. ",
		"A statement from Donald Trump and Paul Ryan came on Monday. ",
		"The two leaders issued a statement on Monday. ",
	};
	struct fixture f;
	char text[512];

	for (size_t i = 0; i < sizeof(two) / sizeof(two[0]); i++) {
		snprintf(text, sizeof(text), "Deal\n\n%sThe statement said the deal was dead.\n",
			 two[i]);
		f = run(text);
		speaker_resolves(&f, "The statement", "The statement");
		done(&f);
	}
	f = run("Deal\n\nPaul Ryan issued a statement on Monday. The statement said the deal was "
		"dead.\n");
	speaker_resolves(&f, "The statement", "Paul Ryan");
	done(&f);
}

int main(void)
{
	RUN(byline_no_antecedent);
	RUN(joint_issuer_as_written);
	return CHECK_DONE();
}
