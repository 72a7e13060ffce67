/* claims: direct quotes, reported speech and attributions, with the speaker resolved. */
#ifndef DATELINE_CLAIMS_H
#define DATELINE_CLAIMS_H

#include "dateline/doc.h"

struct coref;

enum claim_kind {
	CLAIM_DIRECT,
	CLAIM_INDIRECT,
	CLAIM_ACCORDING_TO
};

#define CLAIM_NONE ((size_t)-1)

struct claim {
	enum claim_kind kind;
	struct span content; /* the whole extent, without the outer quotation marks */
	struct span speaker; /* start == end when there is none */
	struct span cue;     /* start == end when there is none */
	/* the full name a source refers to ("Huang Renxun" for "he"), the source as written when it
	 * names no one we know, NULL when unknown; owned by the list (one copy of each name) */
	const char *speaker_resolved;
	size_t paragraph; /* 0-based */
	/* Direct claims: the verbatim quoted words, in text order, without quotation marks; a
	 * quotation interrupted by its speech tag gives two spans, the tag outside them. NULL
	 * with nquote 0 for other kinds. Owned by the list. */
	struct span *quote;
	size_t nquote;
	size_t parent;     /* the index of the claim whose content holds this one, or CLAIM_NONE;
			      always below this claim's own index */
	size_t speaker_id; /* one number per speaker, shared by all of one speaker's claims, from
			      0 in the order speakers first appear; CLAIM_NONE when unknown */
	/* a paraphrase opened by a relative pronoun that is its subject ("which Jeff Bezos said
	 * had surpassed ..."): the noun phrase the pronoun stands for ("Prime"); start == end
	 * when there is none, or none that is plain */
	struct span antecedent;
};

struct claim_list {
	struct claim *items; /* text order: by content start, a holding claim before those in it */
	size_t n;
	struct text_pool *names; /* the list's own: the strings speaker_resolved points into */
};

/* Finds the claims of the document. The caller frees the result with claim_list_free(). */
struct claim_list *claims_find(const struct doc *d);
/* claims_find() with the document's coreference c (coref_build(d), which the caller keeps and
 * frees after this returns; it is only read, so another thread may read it at the same time);
 * with c NULL it is built and freed here. The caller frees the result with claim_list_free(). */
struct claim_list *claims_find_with(const struct doc *d, const struct coref *c);
/* Frees the list; accepts NULL. */
void claim_list_free(struct claim_list *l);
/* "direct", "indirect" or "according_to". */
const char *claim_kind_name(enum claim_kind k);

/* Where the parts of a rendered claim lie in the buffer (byte offsets from where rendering
 * began): who said it, then the cue and the kind, then the words. */
struct claim_parts {
	size_t who_start, who_end; /* the speaker's name */
	size_t tag_end;            /* the cue and the words read with it end (who_end..tag_end) */
	size_t text_start;         /* the words: from here to the end */
};

/* What a row shows where a claim with a cue names no speaker: never a word a name could be. */
#define CLAIMS_NO_SPEAKER "(no speaker)"

/* True when claim c's source is a pronoun the engine did not resolve ("he", "they", "I" in an
 * interview's answer, "we", "you", with no name and no speaker id): no one a reader can name,
 * nor the same person as another "they". */
bool claims_speaker_unresolved(const struct doc *d, const struct claim *c);

/* Appends claim c as one line a person reads, the same in every front end:
 *   direct:        Huang Renxun told: “We want to be in China … The door is theirs to open.”
 *   indirect:      Huang Renxun said (paraphrase): NVIDIA's share ... had fallen to almost nothing
 *   according to:  According to the Financial Times (paraphrase): Huang had told ...
 * A direct claim shows its quoted words only, inside “ ”, the spans of an interrupted quotation
 * joined with " … " and a comma that ends one dropped; paraphrase shows no quotation marks of
 * its own (the marks of words it quotes are kept, balanced, as “ ”). White space is folded to
 * single spaces and invalid UTF-8 repaired; control characters are left for the front end to
 * make visible. The speaker is the resolved name, or the source as written when that holds it
 * ("the Financial Times"), an unresolved pronoun marked ("they (unresolved) think"), or
 * "Unattributed"; a claim with no source but a cue says it has none
 * ("(no speaker) asked (paraphrase): whether ..."), save an impression or an expectation, which
 * are the article's own ("Unattributed (impression): Sanders seemed to lead", "Unattributed
 * (expectation): the president is expected to meet ..."). `parts` may be NULL. */
void claims_render(struct buf *b, const struct doc *d, const struct claim *c,
		   struct claim_parts *parts);
/* The nesting depth of claim i (0 for a claim no other holds). */
size_t claims_depth(const struct claim_list *l, size_t i);
/* The passage of claim c in the text: its content and whichever of its speaker and cue lie
 * around it. */
struct span claims_extent(const struct claim *c);

#endif
