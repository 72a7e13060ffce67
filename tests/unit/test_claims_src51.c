/* Unit tests of speaker spans a reader would find wrong, found by src51 in session 51: the row
 * names who said it, not the verb and object of an earlier clause, and not the noun that a name
 * is given by "called"; each next to the row of the same shape that stays. */
#include "claims_fixture.h"

/* The brief's "The company cut prices on Monday and said demand was weak" showed "The company cut
 * prices on Monday said": a past that is also the present ("cut", "set") is the verb before a
 * number, a particle ("back"), a time word, or a lowercase plural that a conjunction or a comma
 * follows before any verb. A capitalised name ("Hit Entertainment") and a noun's word before a
 * plural that runs into the cue ("The tax cut opponents in Congress said") stay. */
static void bare_past_object(void)
{
	struct fixture f = run("The company cut prices on Monday and said demand was weak.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The company said (paraphrase): demand was weak"));
	done(&f);
	f = run("The company cut 200 jobs and said demand was weak.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The company said (paraphrase): demand was weak"));
	done(&f);
	f = run("The firm cut back and said demand was weak.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The firm said (paraphrase): demand was weak"));
	done(&f);
	f = run("The firm set records in May and said demand was strong.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The firm said (paraphrase): demand was strong"));
	done(&f);
	/* stay */
	f = run("Hit Entertainment said demand was weak.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Hit Entertainment said (paraphrase): demand was weak"));
	done(&f);
	f = run("The budget cut opponents in Congress said the plan was harmful.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0,
		      "The budget cut opponents in Congress said (paraphrase): the plan was "
		      "harmful"));
	done(&f);
}

/* The brief's "The group called Friends of the Earth said ..." gave two rows, "The group called
 * (paraphrase): Friends of the Earth said ..." above the true one: a group's noun before
 * "called" and a name that a speech verb follows is the name's noun, no speaker. "The group
 * called Smith a liar" and "The senator called Trump ..." stay claims of the group and the
 * senator. */
static void group_called_name(void)
{
	struct fixture f = run("The group called Friends of the Earth said the plan was "
			       "reckless.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "Friends of the Earth said (paraphrase): the plan was reckless"));
	done(&f);
	/* stay */
	f = run("The group called Smith a liar.\n");
	CHECK_EQ(f.l->n, 1);
	CHECK(renders(&f, 0, "The group called (paraphrase): Smith a liar"));
	done(&f);
	f = run("The senator called Trump said the plan was reckless.\n");
	CHECK(f.l->n >= 1);
	CHECK(renders(&f, 0, "The senator called (paraphrase): Trump said the plan was reckless"));
	done(&f);
}

int main(void)
{
	RUN(bare_past_object);
	RUN(group_called_name);
	return CHECK_DONE();
}
