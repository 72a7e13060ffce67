/* test_coref_tidy36: a name beside a verb of saying after a mark is the tag's subject, read by
 * one function with one list of verbs, on either side of the name: "“...,” wrote Arvo Kettunen"
 * as "“...,” said Arvo Kettunen", "..., Ruth Orr recalled." as "..., Ruth Orr said." */
#include "coref_fixture.h"

/* After the verb: "wrote" and "told" now count as "said" did; a name that opens what was said
 * ("Lee, the party's leader, said Park's plan") stays no subject. */
static void name_after_tag_verb(void)
{
	struct fixture f = run("Tomas played with his dog in the yard.\n\n"
			       "``The boy is well,'' wrote Arvo Kettunen, another of Tomas's "
			       "uncles. He said the family wants to stay.\n");

	CHECK(resolves(&f, "He", 1, "Arvo Kettunen"));
	done(&f);
	f = run("Tomas played with his dog in the yard.\n\n"
		"``The boy is well,'' said Arvo Kettunen, another of Tomas's uncles. He said the "
		"family wants to stay.\n");
	CHECK(resolves(&f, "He", 1, "Arvo Kettunen"));
	done(&f);
	f = run("President Park spoke on Monday. He will not resign.\n\n"
		"Lee, the party's leader, said Park's plan had failed. He said it again.\n");
	CHECK(resolves(&f, "He", 2, "Lee"));
	done(&f);
}

/* Before the verb: "asked" and "recalled" now count as "added" did. */
static void name_before_tag_verb(void)
{
	struct fixture f = run("Tomas played with his dog in the yard.\n\n"
			       "``Is the boy well?'' Arvo Kettunen asked, another of Tomas's "
			       "uncles. He said the family wants to stay.\n");

	CHECK(resolves(&f, "He", 1, "Arvo Kettunen"));
	done(&f);
	f = run("Tomas played with his dog in the yard.\n\n"
		"``The boy is well,'' Arvo Kettunen added, another of Tomas's uncles. He said the "
		"family wants to stay.\n");
	CHECK(resolves(&f, "He", 1, "Arvo Kettunen"));
	done(&f);
}

int main(void)
{
	RUN(name_after_tag_verb);
	RUN(name_before_tag_verb);
	return CHECK_DONE();
}
