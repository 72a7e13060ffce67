/* test_coref50: an authority's description ("the agency", "the committee") is the body whose
 * name holds its word, named before, not a body of its class named nearer; "the town" is the
 * place named "the town of" before; a council's title before a name is a title
 * ("Councilwoman Louise Tran"), so "the councilwoman" is she. */
#include "coref_fixture.h"

/* "The Environmental Protection Agency issued rules. The White House praised them. ¶ The agency
 * denied ...": the agency is the EPA, not the White House named nearer; "the committee" the
 * committee, not the FBI. Not a business's description: "the company" after "Ford Motor
 * Company ... Apple Inc. said" stays the company that acted last. */
static void head_word_named(void)
{
	struct fixture f =
		run("Agency rejects report\n\n"
		    "The Environmental Protection Agency issued new rules on Monday. The White "
		    "House praised the rules.\n\n"
		    "The agency denied claims that the rules were written by lobbyists.\n\n"
		    "The House Ethics Committee opened an inquiry. The FBI took part in it.\n\n"
		    "The committee said the inquiry would take a year.\n");

	CHECK(resolves(&f, "The agency", 1, "Environmental Protection Agency"));
	CHECK(resolves(&f, "The committee", 1, "House Ethics Committee"));
	done(&f);
	f = run("Carmakers report\n\n"
		"Ford Motor Company cut its prices on Monday. Apple Inc. said its sales rose.\n\n"
		"The company said it would hire more workers.\n");
	CHECK(resolves(&f, "The company", 1, "Apple Inc"));
	done(&f);
	/* a name that is the head word alone, capitalised as a sentence opens, names no body */
	f = run("Party fined\n\n"
		"BONN (AP) The German People's Union will pay a fine, parliament said. Party "
		"spokesman Bernd Droese said the People's Union would appeal. The party hopes to "
		"win seats.\n");
	CHECK(!resolves(&f, "The party", 1, "Party"));
	done(&f);
}

/* "The town of Millbrook told its residents ... the town said": Millbrook. "the city" after
 * "Chicago" stays unresolved (no city was named so), as does "the town" after "the city of
 * Dayton" and "the county" after a person "of" somewhere. */
static void town_of(void)
{
	struct fixture f =
		run("Millbrook warns of water shortage\n\n"
		    "The town of Millbrook told its residents on Monday to cut their water use.\n\n"
		    "The reservoir is at its lowest level since 1988, the town said.\n\n"
		    "Officials in Chicago met on Friday. The city said it would help.\n\n"
		    "The city of Dayton sent trucks. The county said it had none.\n");

	CHECK(resolves(&f, "the town", 1, "Millbrook"));
	CHECK(resolves(&f, "The city", 1, NULL));
	CHECK(resolves(&f, "The county", 1, NULL));
	done(&f);
}

/* "said Councilwoman Louise Tran ... the councilwoman said": the name is Louise Tran, and the
 * councilwoman is she; "Selectman Joe Brooks" and "Supervisor Ann Lee" the same. "The
 * supervisor" after a nurse named with no such title stays unresolved. */
static void council_titles(void)
{
	struct fixture f =
		run("Council votes on budget\n\n"
		    "\"We cannot keep every branch open,\" said Councilwoman Louise Tran. She said "
		    "the budget would close two libraries.\n\n"
		    "Selectman Joe Brooks said the town was broke. \"It is a disgrace,\" the "
		    "councilwoman said.\n\n"
		    "Supervisor Ann Lee said the county would sue.\n");

	CHECK(resolves(&f, "Louise Tran", 1, "Louise Tran"));
	CHECK(resolves(&f, "the councilwoman", 1, "Louise Tran"));
	CHECK(resolves(&f, "Joe Brooks", 1, "Joe Brooks"));
	CHECK(resolves(&f, "Ann Lee", 1, "Ann Lee"));
	done(&f);
	f = run("Hospital strike\n\n"
		"Ann Lee, a nurse, said the ward was closed.\n\n"
		"The supervisor said the ward would open on Monday.\n");
	CHECK(resolves(&f, "The supervisor", 1, NULL));
	done(&f);
}

int main(void)
{
	RUN(head_word_named);
	RUN(town_of);
	RUN(council_titles);
	return CHECK_DONE();
}
