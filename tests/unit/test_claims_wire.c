/* Unit tests of the speakers of wire stories: long introductions before the subject, names set
 * off by commas after a description, pronouns that name no organisation. */
#include "claims_fixture.h"

/* an introductory phrase of more than a dozen tokens that ends at a comma is no part of the
 * subject: the subject starts after that comma */
static void long_introduction(void)
{
	struct fixture f =
		run("In his Sunday Mass at St. Patrick's Cathedral in New York, Cardinal "
		    "John O'Connor said the killing was an outrage.\n");

	speaker_resolves(&f, "Cardinal John O'Connor", "John O'Connor");
	done(&f);
}

/* a description that ends in a lowercase word, then a person's name set off by commas: the
 * person speaks, not the description */
static void name_after_a_description(void)
{
	struct fixture f =
		run("Slepian's lawyer, Glenn Edward Murray, said the police had no "
		    "suspect.\n\n"
		    "One abortion opponent, the Rev. Donald Spitz, the founder of Pro-Life "
		    "Virginia, described the killing as justified.\n");

	speaker_resolves(&f, "Slepian's lawyer, Glenn Edward Murray", "Glenn Edward Murray");
	speaker_resolves(&f,
			 "One abortion opponent, the Rev. Donald Spitz, the founder of Pro-Life "
			 "Virginia",
			 "Donald Spitz");
	done(&f);
}

/* a capitalised adjective opening the sentence before a plural noun is no name: the speaker is
 * the whole phrase */
static void adjective_before_a_plural(void)
{
	struct fixture f = run("Religious leaders in Buffalo also condemned the killing, saying it "
			       "was a crime.\n");

	speaker_resolves(&f, "Religious leaders in Buffalo", "Religious leaders in Buffalo");
	done(&f);
}

/* two people sharing a word are kept apart by a royal title: King Hussein is not Saddam Hussein */
static void royal_title_keeps_apart(void)
{
	struct fixture f = run("Iraq's Saddam Hussein called President Bush a liar.\n\n"
			       "In Amman, King Hussein of Jordan said he would meet Bush.\n");

	speaker_resolves(&f, "Iraq's Saddam Hussein", "Saddam Hussein");
	speaker_resolves(&f, "King Hussein of Jordan", "King Hussein");
	done(&f);
}

/* a legal form before a name ("Cie.") makes it a business's, so "he" goes to the chairman */
static void company_form_before_a_name(void)
{
	struct fixture f =
		run("Cie. de Navigation Mixte Chairman Marc Fournier said his board rejected the "
		    "bid by Cie. Financiere de Paribas.\n\n"
		    "If holders avoid tendering to Paribas, he added, they can expect strong "
		    "dividends again next year.\n");

	speaker_resolves(&f, "he", "Marc Fournier");
	done(&f);
}

/* a bare surname two people share goes to the one last named by it: "Saddam" alone after "King
 * Hussein" leaves "Hussein" to the King */
static void shared_surname_goes_to_the_last_named(void)
{
	struct fixture f = run("Iraq's Saddam Hussein called President Bush a liar.\n\n"
			       "In Amman, King Hussein of Jordan said he would meet Bush.\n\n"
			       "On Thursday, Saddam sent more troops to the border.\n\n"
			       "\"It is our only outlet to the sea,\" Hussein said.\n");

	speaker_resolves(&f, "Hussein", "King Hussein");
	done(&f);
}

int main(void)
{
	RUN(long_introduction);
	RUN(name_after_a_description);
	RUN(adjective_before_a_plural);
	RUN(royal_title_keeps_apart);
	RUN(company_form_before_a_name);
	RUN(shared_surname_goes_to_the_last_named);
	return CHECK_DONE();
}
