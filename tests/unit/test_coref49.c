/* test_coref49: a surname that is a time word ("Rex Early"), and a given name whose letter was
 * garbled by a second encoding ("FranÃ§ois Hollande"), are a person's name, so that "he"
 * after them is that person, not the man named before; "the former" and "the latter" are the
 * first and the second of two just named together. */
#include "coref_fixture.h"

/* "Trump's Indiana chairman, Rex Early, ...": a capitalised time word inside a sentence after a
 * name's word is its surname (a lone "Early" is left alone: "Early described it"); the name
 * after an owner's role and a comma is the sentence's subject, however long its apposition, so
 * "He said" and "he said" then are Early, not Dunn. A page's stamp after a byline ("Updated")
 * and a word opening its sentence ("Early on Friday") are no surname. */
static void time_word_surname(void)
{
	struct fixture f =
		run("Delegates weigh their choice\n\n"
		    "By Karl Berg Updated Dec. 3, 2016\n\n"
		    "Craig Dunn said the party would meet on Saturday.\n\n"
		    "Trump's Indiana chairman, Rex Early, a former state party chairman "
		    "who just signed on to Trump's team last weekend, said he hasn't "
		    "explored the process. He said he intends to run for a slot. Informed "
		    "of the district's lean, Early described it as news to him.\n\n"
		    "\"We'll have a sit-down,\" he said.\n\n"
		    "Tom Hale runs the county party. Early on Friday, he left for Ohio.\n");

	CHECK(resolves(&f, "Rex Early", 1, "Rex Early"));
	CHECK(resolves(&f, "He said", 1, "Rex Early"));
	CHECK(resolves(&f, "he said", 1, "Rex Early"));
	/* the byline is no antecedent (coref55b): its name is no mention */
	CHECK(resolves(&f, "Karl Berg", 1, ""));
	CHECK(resolves(&f, "he left", 1, "Tom Hale"));
	done(&f);
	/* kin after an owner is no role of this rule's: "He and others" stays the great-uncle */
	f = run("Elian case\n\n"
		"Reno said the state court had no jurisdiction in the case.\n\n"
		"Elian's paternal great-uncle, Lazaro Gonzalez, is fighting to keep the boy with "
		"him in Miami, saying he can give the child a better life outside Cuba. He and "
		"others who oppose the boy's return to Cuba say that Elian's mother died to give "
		"the boy freedom.\n");
	CHECK(resolves(&f, "He and", 1, "Lazaro Gonzalez"));
	done(&f);
	/* a measure of time after a name is a title's word: "Firefox Year in Review" */
	f = run("Notes\n\nHere is our Firefox Year in Review.\n\nFirefox now supports it.\n");
	CHECK(resolves(&f, "Firefox", 1, "Firefox"));
	done(&f);
}

/* "President FranÃ§ois Hollande condemned ...": "ç" written as "Ã§" is a letter of the name, so
 * the name is whole and "He announced" is Hollande, not Estrosi named before. A "§" after a
 * space is no letter of a name ("§5"). */
static void garbled_letter(void)
{
	struct fixture f =
		run("Truck attack in Nice\n\n"
		    "Christian Estrosi said the truck was carrying arms.\n\n"
		    "In an address early Friday, President FranÃ§ois Hollande condemned the "
		    "attack. He announced that the state of emergency would be extended.\n\n"
		    "Karl Berg cited \xC2\xA7"
		    "5 of the law. He said it applies.\n");

	CHECK(resolves(&f, "He announced", 1, "FranÃ§ois Hollande"));
	CHECK(resolves(&f, "He said", 1, "Karl Berg"));
	done(&f);
	/* the same with "Ã" written as "A" and a combining tilde, and "José" with a combining
	 * accent */
	f = run("Truck attack in Nice\n\n"
		"Christian Estrosi said the truck was carrying arms.\n\n"
		"In an address early Friday, President FranA\xCC\x83\xC2\xA7ois Hollande condemned "
		"the attack. He announced that the state of emergency would be extended.\n\n"
		"Carlos Ruiz said the vote was close.\n\n"
		"Later, Jose\xCC\x81 Ortega Lara arrived. He said it was over.\n");
	CHECK(resolves(&f, "He announced", 1, "FranA\xCC\x83\xC2\xA7ois Hollande"));
	CHECK(resolves(&f, "He said", 1, "Jose\xCC\x81 Ortega Lara"));
	done(&f);
	/* encoded twice: "JesÃ", a control, then "Âºs" are one word */
	f = run("Latinos\n\n"
		"\"We would have liked it earlier,\" said Federico de JesA\xCC\x83\xC2\x83"
		"A\xCC\x82os, a Democratic consultant.\n");
	CHECK(resolves(&f, "Federico", 1,
		       "Federico de JesA\xCC\x83\xC2\x83"
		       "A\xCC\x82os"));
	done(&f);
}

/* "Ann Lee and Tom Hale met ... The former said ..., while the latter said": the first and the
 * second of the two named together; with no such pair just before ("Ann Lee met reporters. Tom
 * Hale spoke." then "the latter"), no one, and "the former senator" is a role, not the first. */
static void former_and_latter(void)
{
	struct fixture f =
		run("Senators clash over trade\n\n"
		    "Sen. Ann Lee and Sen. Tom Hale met on Tuesday to discuss the bill.\n\n"
		    "The former said the bill would cost jobs, while the latter said it "
		    "would create them.\n\n"
		    "Karl Berg met reporters. Jan Roe spoke after him.\n\n"
		    "The latter said the vote was close.\n");

	CHECK(resolves(&f, "The former", 1, "Ann Lee"));
	CHECK(resolves(&f, "the latter", 1, "Tom Hale"));
	CHECK(resolves(&f, "The latter", 1, NULL));
	done(&f);
}

int main(void)
{
	RUN(time_word_surname);
	RUN(garbled_letter);
	RUN(former_and_latter);
	return CHECK_DONE();
}
