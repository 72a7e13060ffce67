/* Unit tests of who said it (session 40): a relative pronoun that a careful reader resolves, next
 * to the neighbour of the same shape that stays as it was. */
#include "claims_fixture.h"

/* "the families of the miners, many of whom say": the source is the count of the group as
 * written ("many of whom"), and it resolves to the group before the comma, the kin an "of"
 * phrase belongs to; after a name ("the mayor, Ann Ruiz, all of whom") there is no plural to
 * count, and no one is read. */
static void counted_whom(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "The flood angered the families of the miners, many of whom say the "
			       "company ignored the warnings.\n\n"
			       "So far only three councillors, both of whom opposed the dam, back "
			       "the plan.\n\n"
			       "The deal was signed by the mayor and Ann Ruiz, all of whom opposed "
			       "the dam last spring.\n");

	speaker_resolves(&f, "many of whom", "the families of the miners");
	speaker_resolves(&f, "both of whom", "three councillors");
	speaker_resolves(&f, "all of whom", NULL);
	done(&f);
}

/* "the survey -- which notes": a dash that opens the clause sets it off as a comma does, and
 * "which" is the survey; "the census, which says" stays the census. */
static void dash_before_relative(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "Instead, the survey -- which notes that 40 farms would close -- is "
			       "careful work.\n\n"
			       "Instead, the census, which says that 30 farms would close, is "
			       "careful work.\n");

	cue_speaker_resolves(&f, "which", "notes", "the survey");
	cue_speaker_resolves(&f, "which", "says", "the census");
	done(&f);
}

/* "the Springfield Water Board which reported", "the motion which said": "which" with no comma
 * after a name or a thing with its article is that; after "the ones" it names nothing a reader
 * could use. */
static void which_without_comma(void)
{
	struct fixture f =
		run("Title of the piece\n\n"
		    "The reporters turned to the Springfield Water Board which reported "
		    "that 300 pipes had burst in the city.\n\n"
		    "The council voted for the motion which said the city rejects the "
		    "plan.\n\n"
		    "Every card has a meaning, even the ones which describe more abstract "
		    "feelings.\n");

	cue_speaker_resolves(&f, "which", "reported", "Springfield Water Board");
	cue_speaker_resolves(&f, "which", "said", "the motion");
	CHECK_EQ(f.l->n, 3);
	CHECK(f.l->items[2].speaker_resolved == NULL); /* "the ones which describe" */
	done(&f);
}

/* "Dr. Feel wrote": a name that is one word the lexicon knows as a verb keeps its title, or the
 * row reads "Feel wrote"; "Dr. Smith wrote" is Smith, as ever. */
static void title_of_verb_name(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "\u201cIt made me ill,\u201d Dr. Feel, a forum user, wrote on the "
			       "site.\n\n"
			       "\u201cIt made me ill,\u201d Dr. Smith, a forum user, wrote on the "
			       "site.\n");

	speaker_resolves(&f, "Dr. Feel, a forum user", "Dr. Feel");
	speaker_resolves(&f, "Dr. Smith, a forum user", "Smith");
	done(&f);
}

/* "the recently released Widget.io Editor now reports": the editor is named with the site it
 * comes from, not by the word "Editor" alone that an earlier mention resolved to; "The
 * Widget.io site" stays as written. */
static void site_name_before(void)
{
	struct fixture f = run("Title of the piece\n\n"
			       "The team shipped a new Editor last year.\n\n"
			       "The recently released Widget.io Editor now reports that the boards "
			       "are unsafe.\n\n"
			       "The Widget.io site now says that the cables are unsafe.\n");

	cue_speaker_resolves(&f, "Widget.io Editor", "now reports", "Widget.io Editor");
	cue_speaker_resolves(&f, "The Widget.io site", "now says", "The Widget.io site");
	done(&f);
}

int main(void)
{
	RUN(counted_whom);
	RUN(dash_before_relative);
	RUN(which_without_comma);
	RUN(title_of_verb_name);
	RUN(site_name_before);
	return CHECK_DONE();
}
