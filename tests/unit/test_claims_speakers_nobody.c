/* Unit tests of words that read like a speaker but name no one: "No official", a part's
 * number, a title in capitals, a thing "called" a name, an introduction, an expectation, a thing
 * "discussed" somewhere; each beside a speaker of the same shape that stays. */
#include "claims_fixture.h"

/* The number of claims whose rendered line (claims_render) holds `part`. */
static size_t rendered_with(const struct fixture *f, const char *part)
{
	size_t n = 0;

	for (size_t i = 0; i < f->l->n; i++) {
		struct buf b;
		buf_init(&b);
		claims_render(&b, f->d, &f->l->items[i], NULL);
		buf_putc(&b, '\0');
		if (strstr(b.data, part))
			n++;
		buf_free(&b);
	}
	return n;
}

static void source_after_a_preposition(void)
{
	struct fixture f = run("On the Democratic side Pate backed both John Edwards and Chris "
			       "Dodd for president.\n\n"
			       "With each character repeated as if to convey a person speaking "
			       "slowly, the sign glowed.\n");

	speaker_resolves(&f, "Pate", "Pate");
	CHECK_EQ(rendered_with(&f, "With each character"), 0);
	done(&f);
}

static void nobody_said(void)
{
	struct fixture f = run("No official said that the plan had failed.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

static void numbered_part_before_a_colon(void)
{
	struct fixture f = run("Part One: The Wars in Heaven\n\nThe Chozo lived in peace.\n");

	CHECK_EQ(f.l->n, 0);
	done(&f);
}

static void capitalised_cue_is_a_name(void)
{
	struct fixture f =
		run("The console runs titles like Call of Duty: WW2 and others.\n\n"
		    "Set in a small coastal town, Call Me Maybe is a gentle film about summer.\n\n"
		    "Obama Says Gun Laws Are His Biggest Frustration\n");

	CHECK_EQ(f.l->n, 1); /* the headline in title case keeps its claim */
	CHECK_EQ(rendered_with(&f, "Obama Says"), 1);
	done(&f);
}

static void thing_called_a_name(void)
{
	struct fixture f = run("The group, called Energy Control, tests drugs. Lorenz found a "
			       "shape called a strange attractor.\n\n"
			       "Critics called it a disaster.\n");

	CHECK_EQ(f.l->n, 1);
	speaker_resolves(&f, "Critics", "Critics");
	done(&f);
}

static void introduction_is_no_content(void)
{
	struct fixture f = run("In a wide-ranging interview, President Obama also said:\n\n"
			       "The economy is stronger.\n");

	CHECK_EQ(rendered_with(&f, "In a wide-ranging interview"), 0);
	done(&f);
}

static void expectation_nobody_holds(void)
{
	struct fixture f = run("His father was Kenyan and the president is expected to meet "
			       "relatives in Nairobi.\n");

	CHECK_EQ(rendered_with(&f, "Unattributed (expectation): the president is expected"), 1);
	CHECK_EQ(rendered_with(&f, "Expected"), 0);
	done(&f);
}

static void thing_discussed_somewhere(void)
{
	struct fixture f = run("This lets you use the querying functionality discussed above. The "
			       "principles discussed in this chapter are simple. Analysts "
			       "discussed the plan.\n");

	CHECK_EQ(rendered_with(&f, "discussed (paraphrase): above"), 0);
	CHECK_EQ(rendered_with(&f, "discussed (paraphrase): in this chapter"), 0);
	done(&f);
	f = run("Monitor some form of the four golden signals (discussed in The Four Golden "
		"Signals) on every page.\n");
	CHECK_EQ(rendered_with(&f, "discussed"), 0);
	done(&f);
}

static void one_lowercase_word(void)
{
	struct fixture f = run("Her style is subtle, letting us feel how places move us. Critics "
			       "say the film is long. Research shows that it works. People think "
			       "it is fine.\n");

	CHECK_EQ(rendered_with(&f, "subtle"), 0);
	speaker_resolves(&f, "Critics", "Critics");
	speaker_resolves(&f, "Research", "Research");
	speaker_resolves(&f, "People", "People");
	done(&f);
}

/* The story told, paragraphs enough: a page that quotes no one with a tag. */
#define NARRATION_HEAD                                                                             \
	"The Chozo built their cities on the planet long ago.\n\n"                                 \
	"Their prophets saw war coming to the universe.\n\n"                                       \
	"It seemed that their sins had not saved them.\n\n"                                        \
	"The Metroids were expected to die from starvation soon after.\n\n"                        \
	"The planet appeared to fight the settlers at every turn.\n\n"
#define NARRATION_TAIL                                                                             \
	"The ships left at dawn, one by one.\n\n"                                                  \
	"Few made it back to the old world.\n\n"                                                   \
	"We're told there is a record of the flight in the archive.\n"

/* On a page of eight paragraphs or more that quotes no one with a tag, an impression or an
 * expectation nobody is named for is the writer's narration: it goes; a named speaker's claim
 * and what "we're told" stay. One tagged quotation makes it a report, and they stay. */
static void narration_without_quotes(void)
{
	struct fixture f = run(NARRATION_HEAD
			       "The leader said the time had come to leave.\n\n" NARRATION_TAIL);

	CHECK_EQ(f.l->n, 2);
	claim_is(&f, 0, CLAIM_INDIRECT, "the time had come to leave", "The leader", "said", NULL);
	if (f.l->n == 2)
		CHECK(span_is(&f, f.l->items[1].content,
			      "there is a record of the flight in the archive"));
	done(&f);

	f = run(NARRATION_HEAD "\"The time has come,\" the leader said.\n\n" NARRATION_TAIL);
	CHECK_EQ(f.l->n, 5);
	claim_is(&f, 1, CLAIM_INDIRECT,
		 "The Metroids were expected to die from starvation soon after", NULL,
		 "were expected", NULL);
	done(&f);
}

int main(void)
{
	RUN(source_after_a_preposition);
	RUN(nobody_said);
	RUN(numbered_part_before_a_colon);
	RUN(capitalised_cue_is_a_name);
	RUN(thing_called_a_name);
	RUN(introduction_is_no_content);
	RUN(expectation_nobody_holds);
	RUN(thing_discussed_somewhere);
	RUN(one_lowercase_word);
	RUN(narration_without_quotes);
	return CHECK_DONE();
}
