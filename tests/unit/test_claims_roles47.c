/* Unit tests of a role description resolved to the person the article ties it to (session 47,
 * roles47): each row next to the claim of the same shape that stays. */
#include "claims_fixture.h"

/* "Florida Sen. Marco Rubio ... The Florida senator is predicting": the capitalised words of
 * the description stand before the one holder of the role, who is the speaker; a senator of
 * another state ("the Texas senator") is no one named, and stays as written. */
static void place_before_title(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "Florida Sen. Mara Lind and Ohio Gov. Tom Reed toured the port on Monday.\n\n"
		    "The Florida senator said the harbor needs a new pier.\n\n"
		    "\u201cWe will fund the dredging,\u201d the Ohio governor said.\n\n"
		    "The Texas senator said the port was too small.\n");

	CHECK_EQ(f.l->n, 3);
	speaker_resolves(&f, "The Florida senator", "Mara Lind");
	speaker_resolves(&f, "the Ohio governor", "Tom Reed");
	speaker_resolves(&f, "The Texas senator", "The Texas senator");
	done(&f);
}

/* Two holders of the role tied to the same words ("Florida Sen. Mara Lind", "Florida Sen. Jo
 * Park"): no guess; a holder of another role tied to them ("Florida Gov. Ben Ortiz") is no
 * senator. */
static void two_holders_no_guess(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Florida Sen. Mara Lind and Florida Sen. Jo Park met the farmers "
			       "on Monday.\n\n"
			       "The Florida senator said the farms need water.\n\n"
			       "Later Florida Gov. Ben Ortiz and Ohio Sen. Tom Reed met them.\n\n"
			       "The Ohio senator said the farms need roads.\n");

	CHECK_EQ(f.l->n, 2);
	speaker_resolves(&f, "The Florida senator", "The Florida senator");
	speaker_resolves(&f, "The Ohio senator", "Tom Reed");
	done(&f);
}

/* "Tom Reed, the Ohio governor, ..." ties the words by apposition; but the description right
 * after names it follows ("with hosts Dana Ross and Kim Hale, the Democratic presidential
 * candidate said") is the speaker as written, not the last of them; nor is a person tied only
 * after the claim. */
static void apposition_ties(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Tom Reed, the Ohio governor, opened the bridge on Monday.\n\n"
			       "The Ohio governor said the bridge cost less than planned.\n\n"
			       "In an interview with hosts Dana Ross and Kim Hale, the Democratic "
			       "presidential candidate said the bridge was late.\n\n"
			       "The Utah mayor said the road was late too.\n\n"
			       "Utah Mayor Ann Cole spoke after him.\n");

	CHECK_EQ(f.l->n, 3);
	speaker_resolves(&f, "The Ohio governor", "Tom Reed");
	speaker_resolves(&f, "the Democratic presidential candidate",
			 "the Democratic presidential candidate");
	speaker_resolves(&f, "The Utah mayor", "The Utah mayor");
	done(&f);
}

/* "Hillary Clinton, the former secretary of state, ... the former secretary of state said": the
 * same words written beside one name before are the tie; what the office is of says which, so
 * "the former secretary of commerce" is not the secretary of state (the head noun alone took
 * her before), and the same words beside two names tie neither. */
static void same_words_beside_name(void)
{
	struct fixture f = run(
		"Title of the piece\n\n"
		"Ann Cole, the former secretary of state, spoke in Denver on Monday.\n\n"
		"\u201cThe treaty will hold,\u201d the former secretary of state said.\n\n"
		"The former secretary of commerce said the mills were ready.\n\n"
		"Mary Lind, the former secretary of labor, and David Ortiz, the former secretary of "
		"labor, came to Boise.\n\n"
		"The former secretary of labor said the mills were safe.\n");

	CHECK_EQ(f.l->n, 3);
	speaker_resolves(&f, "the former secretary of state", "Ann Cole");
	speaker_resolves(&f, "The former secretary of commerce",
			 "The former secretary of commerce");
	speaker_resolves(&f, "The former secretary of labor", "The former secretary of labor");
	done(&f);
}

int main(void)
{
	RUN(place_before_title);
	RUN(two_holders_no_guess);
	RUN(apposition_ties);
	RUN(same_words_beside_name);
	return CHECK_DONE();
}
