/* Unit tests of claim rows a reader of real news would call wrong, found in session 50 among the
 * rows the hand labels of real news call no claim: each next to the row of the same shape that
 * stays. */
#include "claims_fixture.h"

/* "Editor’s note: Donald Trump regularly incites political violence and is a serial liar ... who
 * has repeatedly pledged to ban all Muslims" showed "who has repeatedly pledged (paraphrase): to
 * ban all Muslims": the outlet's note set apart below the story is the page about its subject,
 * no claim the story reports. */
static void editors_note(void)
{
	struct fixture f = run("Cruz backs Trump\n\nCruz said he would vote for Trump.\n\n"
			       "Editor\xe2\x80\x99s note: Donald Trump is a serial liar who has "
			       "repeatedly pledged to ban all Muslims from entering the U.S.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Cruz said (paraphrase): he would vote for Trump"));
	done(&f);
	f = run("Storm closes port\n\nThe mayor said the port was shut.\n\n"
		"Editor's Note -- The mayor, who has vowed to rebuild the port, told the paper "
		"that the port would open.\n");
	CHECK_EQ(f.l->n, 1);
	done(&f);
	/* stay: a note that corrects the article restates what was reported */
	f = run("Storm closes port\n\nThe mayor said the port was shut.\n\n"
		"Editors' Note: An article on Monday misstated the harbor's name. The mayor said "
		"the port was shut on Sunday.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 1, "The mayor said (paraphrase): the port was shut on Sunday"));
	done(&f);
	/* stay: an editor in the story, and "note" that opens no note */
	f = run("Storm closes port\n\nEditor Ann Lee said the port was shut. Editors noted that "
		"the port would reopen.\n");
	CHECK_EQ(f.l->n, 2);
	CHECK(renders(&f, 0, "Ann Lee said (paraphrase): the port was shut"));
	done(&f);
}

int main(void)
{
	RUN(editors_note);
	return CHECK_DONE();
}
