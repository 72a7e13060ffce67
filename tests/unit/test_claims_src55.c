/* Unit tests of the speaker a reader would name, session 55: each next to the row of the same
 * shape that stays. */
#include "claims_fixture.h"

/* "A friend of Ann Lee said the family had not been told" showed "Ann Lee said", and "A
 * professor of History said" showed "History said": words put in the mouth of the one the
 * speaker belongs to. A noun for a person, then "of" and a name, is that person's phrase. */
static void person_of_name(void)
{
	static const char *const said[][2] = {
		{"A friend of Ann Lee said the family had not been told.\n",
		 "A friend of Ann Lee said (paraphrase): the family had not been told"},
		{"A professor of History said the archive was incomplete.\n",
		 "A professor of History said (paraphrase): the archive was incomplete"},
		{"A cousin of Ann Lee said the family had not been told.\n",
		 "A cousin of Ann Lee said (paraphrase): the family had not been told"},
		{"A member of Congress said the bill would pass.\n",
		 "A member of Congress said (paraphrase): the bill would pass"},
		/* stay: a body's name with "of", and a title with "of" before the name */
		{"The Bank of England said the rate would rise.\n",
		 "The Bank of England said (paraphrase): the rate would rise"},
		{"The University of Michigan said the rate would rise.\n",
		 "The University of Michigan said (paraphrase): the rate would rise"},
		{"Secretary of State Ann Lee said the rate would rise.\n",
		 "Ann Lee said (paraphrase): the rate would rise"},
		/* stay: the name set off after the description is the speaker */
		{"A friend of Ann Lee, Jo Roe, said the family had not been told.\n",
		 "Jo Roe said (paraphrase): the family had not been told"},
	};
	for (size_t i = 0; i < sizeof(said) / sizeof(said[0]); i++) {
		struct fixture f = run(said[i][0]);
		CHECK_EQ(f.l->n, 1);
		CHECK(renders(&f, 0, said[i][1]));
		done(&f);
	}
}

int main(void)
{
	person_of_name();
	return CHECK_DONE();
}
