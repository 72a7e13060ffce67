/* Unit tests of claim rows a reader of real news would call wrong, found in session 52: each next
 * to the row of the same shape that stays. */
#include "claims_fixture.h"

/* "Mayor Jane Ortiz spoke to the Herald ... A: I think taxes will stay" showed "I (unresolved)
 * think": the introduction says who was interviewed though it names her once, and the answers
 * are hers. Likewise "an interview with Mayor Jane Ortiz". Controls: a person who "spoke at" an
 * opening was not interviewed, and an introduction that says it of two people leaves the
 * answers to no one. */
static void interview_named_once(void)
{
	static const char *const intros[] = {
		"Mayor Jane Ortiz spoke to the Herald about the budget on Monday.",
		"The Herald had an interview with Mayor Jane Ortiz on Monday.",
		"Jane Ortiz sat down with the Herald on Monday.",
	};

	for (size_t i = 0; i < sizeof(intros) / sizeof(*intros); i++) {
		char text[400];
		struct fixture f;
		snprintf(text, sizeof(text),
			 "The budget\n\n%s\n\nQ: Will taxes rise?\n\nA: I think taxes will stay "
			 "where they are.\n",
			 intros[i]);
		f = run(text);
		cue_speaker_resolves(&f, "I", "think", "Jane Ortiz");
		done(&f);
	}
	struct fixture f =
		run("The budget\n\nMayor Jane Ortiz spoke at the opening on Monday.\n\n"
		    "Q: Will taxes rise?\n\nA: I think taxes will stay where they are.\n");
	speaker_resolves(&f, "I", NULL);
	done(&f);
	f = run("The budget\n\nJane Ortiz spoke to Tom Lee and Carl Moss spoke to Ann Poe.\n\n"
		"Q: Will taxes rise?\n\nA: I think taxes will stay where they are.\n");
	speaker_resolves(&f, "I", NULL);
	done(&f);
}

int main(void)
{
	RUN(interview_named_once);
	return CHECK_DONE();
}
