/* test_coref_tidy36: a name beside a verb of saying after a mark is the tag's subject, read by
 * one function with one list of verbs on either side of the name: "“...,” wrote Arvo Kettunen"
 * as "“...,” said Arvo Kettunen" (test_coref.c inverted_tag_subject), "..., Arvo Kettunen
 * asked" as "..., Arvo Kettunen added". */
#include "coref_fixture.h"

/* The "He" of `tag` set after a sentence that names a boy, Tomas, resolves to Arvo Kettunen,
 * the speaker named in the tag, not to Tomas, named in the speaker's apposition. */
static void he_is_speaker(const char *tag)
{
	char text[400];

	snprintf(text, sizeof(text),
		 "Tomas played with his dog in the yard.\n\n%s, another of Tomas's uncles. He said "
		 "the family wants to stay.\n",
		 tag);
	struct fixture f = run(text);
	CHECK(resolves(&f, "He", 1, "Arvo Kettunen"));
	done(&f);
}

static void tag_verbs_either_side(void)
{
	he_is_speaker("``The boy is well,'' wrote Arvo Kettunen");
	he_is_speaker("``The boy is well,'' told Arvo Kettunen");
	he_is_speaker("``Is the boy well?'' Arvo Kettunen asked");
	he_is_speaker("``The boy was shy,'' Arvo Kettunen recalled");
	he_is_speaker("``The boy is well,'' Arvo Kettunen added");
}

int main(void)
{
	RUN(tag_verbs_either_side);
	return CHECK_DONE();
}
