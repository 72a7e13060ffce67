/* Unit tests of claims found by miss53 in session 53: "attacked" whose object is a charge put in
 * words though it opens with neither a name nor a pronoun (a quotation, a name after words of
 * role, grounds after "for" and a gerund), next to the near cases of violence that stay out. */
#include "claims_fixture.h"

/* PolNeAR dev and train ("Trump attacked “the hateful ideology of radical Islam”", "He attacked
 * other candidates on stage for accepting his personal donations", "Donald Trump attacked former
 * Republican presidential nominee Mitt Romney for being a "failed candidate""). */
static void attacked_charge(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "In a speech, Mayor Lee attacked “the hateful tone of the campaign.”\n\n"
		    "Senator Diaz attacked other candidates for accepting the donations.\n\n"
		    "Governor Park attacked former state treasurer Anne Moore on Friday.\n");

	CHECK_EQ(f.l->n, 3);
	CHECK(renders(&f, 0, "Lee attacked: “the hateful tone of the campaign.”"));
	CHECK(renders(&f, 1,
		      "Diaz attacked (paraphrase): other candidates for accepting the "
		      "donations"));
	CHECK(renders(&f, 2, "Park attacked (paraphrase): former state treasurer Anne Moore"));
	done(&f);
	/* stay out: an attack with arms or on a place, with grounds that are no charge ("for
	 * hours"), on a place named after a lowercase word ("northern Syria") or on a lowercase
	 * object with a capitalised adjective ("several Syrian villages") */
	f = run("Title of the piece\n\n"
		"Gunmen attacked several Syrian villages on Sunday.\n\n"
		"Rebels attacked the convoy for hours before dawn.\n\n"
		"Rebels attacked northern Syria last week.\n\n"
		"Militants attacked police officers in the city of Kandahar.\n\n"
		"Thieves attacked a sperm whale near the coast.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	RUN(attacked_charge);
	return CHECK_DONE();
}
