/* Unit tests of claims found by miss53 in session 53: "attacked" whose object is a charge put in
 * words though it opens with neither a name nor a pronoun (a quotation, a name after words of
 * role, grounds after "for" and a gerund), next to the near cases of violence that stay out;
 * a question "asked whom". */
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

/* PolNeAR train ("When asked whom she supported, Ms. Sherry smiled and said, ..."): "whom" right
 * after a passive "asked" opens the question, as "which" and "whether" do; one after the
 * cue's words is a relative ("by the man whom she met") and opens none. */
static void asked_whom(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "When asked whom she supported, Sherry said she was waiting for Michael "
		    "Bloomberg.\n");

	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Sherry, asked (paraphrase): whom she supported"));
	CHECK(renders(&f, 1, "Sherry said (paraphrase): she was waiting for Michael Bloomberg"));
	done(&f);
	f = run("Title of the piece\n\n"
		"She was asked by the man whom she met at the door about the fire.\n");
	CHECK_EQ(f.l->n, 0);
	done(&f);
}

int main(void)
{
	RUN(attacked_charge);
	RUN(asked_whom);
	return CHECK_DONE();
}
