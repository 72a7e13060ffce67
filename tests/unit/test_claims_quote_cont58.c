/* Unit tests of where a direct claim's content ends when the sentence goes on after its whole
 * quotation ("Tyler said, “We have three weeks to go” until the Iowa caucuses"), found by cont58
 * in PolNeAR train: the content holds the quoted words and the phrase that finishes their
 * sentence, while the reader still sees the quoted words alone; each next to a shape of the
 * same look that stays. */
#include "claims_fixture.h"

/* "de Blasio said, “I have not heard that particular concern” from New York law enforcement
 * officials" ended the content at the closing mark: "about", "for", "from" or "until" (or "to"
 * and a verb) after a quotation that opens right after a speech verb's tag, begins in capitals
 * and ends with a word, goes on with the quoted sentence, up to its end or a comma before the
 * sentence's main clause. */
static void phrase_after_quote_goes_on(void)
{
	struct fixture f =
		run("Vote\n\nMayor Linda Osei said, “We have three weeks to go” until the vote.\n");
	CHECK_EQ(f.l->n, 1);
	claim_is(&f, 0, CLAIM_DIRECT, "We have three weeks to go” until the vote",
		 "Mayor Linda Osei", "said", NULL);
	CHECK(renders(&f, 0, "Linda Osei said: “We have three weeks to go”"));
	done(&f);
	f = run("Vote\n\nMayor Linda Osei said “I stood up to the banks” for the small savers.\n");
	claim_is(&f, 0, CLAIM_DIRECT, "I stood up to the banks” for the small savers",
		 "Mayor Linda Osei", "said", NULL);
	CHECK(renders(&f, 0, "Linda Osei said: “I stood up to the banks”"));
	done(&f);
	/* the main clause after the comma is the writer's */
	f = run("Vote\n\nShaking her head as Mayor Linda Osei said, “I am sick of the lying” about "
		"her record, Jones left the room.\n");
	CHECK(f.l->n >= 1);
	CHECK(f.l->n >= 1 &&
	      span_is(&f, f.l->items[0].content, "I am sick of the lying” about her record"));
	CHECK(renders(&f, 0, "Linda Osei said: “I am sick of the lying”"));
	done(&f);
}

/* stays: a quotation that ends with "!" is an utterance of its own ("yelled “Stop now!” at the
 * crowd"); a time after it dates the telling ("“We won” on Friday"); "to" and a determiner or a
 * pronoun is where it went ("“We gave it” to the town"); a quotation after a noun, no speech
 * verb's tag, is read as before. */
static void phrase_after_quote_near_shapes(void)
{
	struct fixture f = run("Vote\n\nMayor Linda Osei yelled, “Stop now!” at the crowd.\n");
	claim_is(&f, 0, CLAIM_DIRECT, "Stop now!", "Mayor Linda Osei", "yelled", NULL);
	done(&f);
	f = run("Vote\n\nMayor Linda Osei said, “We won” on Friday.\n");
	claim_is(&f, 0, CLAIM_DIRECT, "We won", "Mayor Linda Osei", "said", NULL);
	done(&f);
	f = run("Vote\n\nMayor Linda Osei said, “We gave it” to the town.\n");
	claim_is(&f, 0, CLAIM_DIRECT, "We gave it", "Mayor Linda Osei", "said", NULL);
	done(&f);
	f = run("Vote\n\nMayor Linda Osei said, “We won.” Then she left for the airport.\n");
	claim_is(&f, 0, CLAIM_DIRECT, "We won.", "Mayor Linda Osei", "said", NULL);
	done(&f);
}

int main(void)
{
	phrase_after_quote_goes_on();
	phrase_after_quote_near_shapes();
	return CHECK_DONE();
}
