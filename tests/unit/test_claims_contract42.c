/* Unit tests of a source contracted with its verb (session 42, contract42): the source span is
 * the subject alone ("He", not "He’s"), and the row still reads the verb. */
#include "claims_fixture.h"

/* "He’s predicting": the source is "He", the row "Maria Lopez is predicting"; "I’ve been
 * saying" keeps its contraction in the row; "Lopez's aides said" is a possessive and keeps its
 * span, and "Lopez's been saying" is the name with its verb. */
static void source_before_contraction(void)
{
	struct fixture f =
		run("Mark Lopez spoke on Friday.\n\n"
		    "He\xE2\x80\x99s predicting that the vote will be close.\n\n"
		    "Maria Lopez spoke again on Sunday. She's hoping the rain will stop.\n\n"
		    "I\xE2\x80\x99ve been saying that the bridge is unsafe.\n\n"
		    "Lopez's aides said the count would be slow.\n\n"
		    "Lopez's been saying the count will be slow.\n");

	CHECK_EQ(f.l->n, 5);
	CHECK(span_is(&f, f.l->items[0].speaker, "He"));
	CHECK(renders(&f, 0, "Mark Lopez is predicting (paraphrase): the vote will be close"));
	CHECK(span_is(&f, f.l->items[1].speaker, "She"));
	CHECK(renders(&f, 1, "Maria Lopez is hoping (paraphrase): the rain will stop"));
	CHECK(span_is(&f, f.l->items[2].speaker, "I"));
	CHECK(renders(
		&f, 2,
		"I\xE2\x80\x99ve (the writer) been saying (paraphrase): the bridge is unsafe"));
	CHECK(span_is(&f, f.l->items[3].speaker, "Lopez's aides"));
	CHECK(span_is(&f, f.l->items[4].speaker, "Lopez"));
	CHECK(renders(&f, 4, "Maria Lopez has been saying (paraphrase): the count will be slow"));
	done(&f);
}

/* "She’s hoping" for Ann Lim: the verb is read back even when the name has as many bytes as the
 * contraction ("She’s" is seven); the check compares the name's
 * bytes, not only their number. */
static void name_as_long_as_contraction(void)
{
	struct fixture f = run("Ann Lim spoke on Monday.\n\n"
			       "She\xE2\x80\x99s hoping that the rain will stop.\n");

	CHECK_EQ(f.l->n, 1);
	CHECK(span_is(&f, f.l->items[0].speaker, "She"));
	CHECK(renders(&f, 0, "Ann Lim is hoping (paraphrase): the rain will stop"));
	done(&f);
}

int main(void)
{
	RUN(source_before_contraction);
	RUN(name_as_long_as_contraction);
	return CHECK_DONE();
}
