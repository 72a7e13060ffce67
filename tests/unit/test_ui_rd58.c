/* Unit tests of the reader's rows cut to their room (session 58): the " … " that joins the parts
 * of a quote interrupted by its speech tag gives way to the mark of the cut ("in that law…", not
 * "in that law ……"), and so does any ellipsis the cut falls right after. */
#include "reader_fixture.h"
#include "reader_int.h"

#include <locale.h>

static void join_gives_way_to_the_cut(void)
{
	/* a row of wapo-1's claims pane: the content's quote, " … ", then the next part */
	static const char law[] =
		"\xE2\x80\x9CWe must pay attention to what is written\xE2\x80\x9D "
		"in that law \xE2\x80\xA6 \xE2\x80\x9C"
		"Ennahda is responsible";
	size_t n = sizeof(law) - 1;
	size_t law_end = strlen("\xE2\x80\x9CWe must pay attention to what is written\xE2\x80\x9D "
				"in that law");

	setlocale(LC_ALL, "C.UTF-8");
	/* the cut falls after the join, in its space or in "“Ennahda": "law" ends the row */
	CHECK_EQ(grid_clip_words(law, n, 56), law_end);
	CHECK_EQ(grid_clip_words(law, n, 57), law_end);
	/* control: the cut falls between words before the join */
	CHECK_EQ(grid_clip_words(law, n, 54), law_end);
	CHECK_EQ(grid_clip_words(law, n, 52), law_end - strlen(" law"));
	/* control: a cut after the next word keeps the join inside the row */
	CHECK_EQ(grid_clip_words(law, n, 68), n - strlen(" responsible"));
	/* control: the whole text fits */
	CHECK_EQ(grid_clip_words(law, n, 80), n);
	/* the words' own ellipsis before a cut in the next word: "paused…", one mark */
	static const char own[] = "He paused\xE2\x80\xA6 and then he went on talking";
	CHECK_EQ(grid_clip_words(own, sizeof(own) - 1, 12), strlen("He paused"));
	/* control: cut later, the ellipsis stays inside the row */
	CHECK_EQ(grid_clip_words(own, sizeof(own) - 1, 16), strlen("He paused\xE2\x80\xA6 and"));
}

int main(void)
{
	RUN(join_gives_way_to_the_cut);
	return CHECK_DONE();
}
