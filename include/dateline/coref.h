/* coref: the people and organisations a document names, and what a pronoun, a description or a
 * short name at any position refers to, as a careful reader would resolve it. */
#ifndef DATELINE_COREF_H
#define DATELINE_COREF_H

#include "dateline/doc.h"

/* What an entity is. */
enum coref_kind {
	COREF_UNKNOWN, /* a single capitalised word with no other evidence ("Huawei", "Bassi") */
	COREF_PERSON,
	COREF_ORG,   /* a company, a newspaper, an authority, a party ... */
	COREF_GROUP, /* a plural group named with a capital ("Democrats") */
	COREF_GPE,   /* a country or a capital that may speak for its government ("China") */
	COREF_PLACE, /* a place that never speaks (a city, a sea, a region) */
	COREF_THING  /* an event, a law, a thing: "the Future of AI Summit", "AI" */
};

enum coref_gender {
	COREF_GENDER_UNKNOWN,
	COREF_MALE,
	COREF_FEMALE
};

/* What kind of organisation an entity is (for "the company", "the newspaper", "the ministry"). */
enum coref_org {
	COREF_ORG_ANY,       /* not known */
	COREF_ORG_COMPANY,   /* a business: "the company", "the firm" */
	COREF_ORG_MEDIA,     /* a newspaper, an agency, a broadcaster: "the newspaper" */
	COREF_ORG_AUTHORITY, /* a ministry, a court, a party, a government: "the ministry" */
	COREF_ORG_OTHER      /* a university, a foundation, an association ... */
};

#define COREF_NONE ((size_t)-1)

struct coref_entity {
	struct span name; /* its fullest name as written, without titles: "Huang Renxun" */
	enum coref_kind kind;
	enum coref_gender gender;
	enum coref_org org;
	size_t first;    /* byte offset of its first mention */
	size_t mentions; /* how many times it is named (short names and titles included) */
};

struct coref;

/* Reads the whole document once (linear in its length) and finds its named entities: runs of
 * capitalised words with titles ("Mr.", "Sen.", "chief executive") and appositions (", the
 * chief executive of NVIDIA,") noted, kinds and genders from titles, first names, organisation
 * words and the pronouns that follow, short names merged with fuller ones (Huang = Huang Renxun
 * = Mr. Huang, FT = Financial Times). The document must outlive the result. The caller frees
 * the result with coref_free(). */
struct coref *coref_build(const struct doc *d);
/* Frees it; accepts NULL. */
void coref_free(struct coref *c);

/* The number of entities; ids are 0 .. count-1, in the order of their first mention. */
size_t coref_entity_count(const struct coref *c);
/* Entity id (below the count). Owned by c; valid until coref_free(). */
const struct coref_entity *coref_entity(const struct coref *c, size_t id);

/* The entity that the mention s (a span of the document) refers to, or COREF_NONE:
 * - a name, or a span holding one ("Mr. Huang", "Jon Alterman, an analyst"): its entity;
 * - "he", "she" (and their other forms): the most salient compatible person before s (the
 *   subject of the nearest sentence that names one, within a few paragraphs), by gender;
 * - "it", "they": an organisation (or a named group for "they") that is the subject of the
 *   sentence or the one before;
 * - "the company", "the firm", "the newspaper", "the ministry" ...: the last organisation of that
 *   kind (or whose name holds the word: "the ministry" → "Ministry of Commerce");
 *   "the spokesman", "the chief executive", "the senator" ...: the last person given that role
 *   by a title or an apposition ("Huang Renxun, the chief executive of NVIDIA");
 * - anything else ("I", "we", "people familiar with the plans", "analysts"): COREF_NONE.
 * Only what lies before s counts for pronouns and descriptions. */
size_t coref_resolve(const struct coref *c, struct span s);
/* For "he" or "she" (female) at pos, opening its sentence: a description of a person by role,
 * with no name, that opens the sentence before ("The mayor spoke at the opening. She said"), as
 * a span of the text ("The mayor"); it is the subject a reader takes the pronoun for. An empty
 * span when there is none, when its role noun is of the other sex ("the chairman" for "she"),
 * or when a person named as a subject stands between them. */
struct span coref_role_subject(const struct coref *c, size_t pos, bool female);
/* True when a person is named in [from, to) outside quotations. */
bool coref_person_named(const struct coref *c, size_t from, size_t to);
/* The same, counting only a person who may be of gender g (not one known to be of the other;
 * any person for COREF_GENDER_UNKNOWN): whom "he" may stand for besides the subject. */
bool coref_person_of_named(const struct coref *c, size_t from, size_t to, enum coref_gender g);
/* The fullest name of what s refers to, as a span of the document ("Huang Renxun" for "he"), or
 * an empty span when coref_resolve() finds nothing. */
struct span coref_resolve_name(const struct coref *c, struct span s);
/* For "it" or "they" (s) that coref_resolve() leaves to no one: the one body ("it") or named
 * group ("they") that is a subject within three sentences before, in its paragraph or the one
 * before, when no other body, group or country is named there (page furniture and quotations
 * not counted), as a span of the document; else an empty span. */
struct span coref_resolve_far(const struct coref *c, struct span s);

/* False when the span s cannot be the source of a statement: a time ("Monday", "AM UTC"), a
 * dateline in capitals ("LOS ANGELES —"), a place ("Siberia", "the Bering Sea"), an adjective
 * alone ("Democratic", "Russian"), page furniture ("Updated", "Our Standards", "Also") or only
 * function words ("Among"). True for names of people and organisations, pronouns and other
 * noun phrases ("analysts", "people familiar with the plans"). */
bool coref_source_ok(const struct coref *c, struct span s);

/* True when the word s (n bytes, without its dots: "Corp", "GmbH", "Cie") is a business's legal
 * form written short (ASCII, case-insensitive). */
bool coref_legal_form(const char *s, size_t n);

/* True when the word s (n bytes) is an adjective of a nation, a party or a faith ("Thai",
 * "Republican", "Catholic"; ASCII, case-insensitive). */
bool coref_nation_adjective(const char *s, size_t n);

/* True when the word s (n bytes) is a noun for a body that is not a business or a newspaper:
 * an authority's or another organisation's ("union", "coalition", "committee", "foundation";
 * ASCII, case-insensitive). */
bool coref_body_noun(const char *s, size_t n);

/* True when the word s (n bytes) is a noun for an organisation that names no person: a
 * newspaper's, an authority's or another body's ("paper", "ministry", "foundation"), or a
 * business's that is no "-er" or "-or" word of work ("company", "firm"; not "producer", which
 * may be a person); "he" or "she" never stands for it (ASCII, case-insensitive). */
bool coref_org_noun(const char *s, size_t n);

/* True when the word s (n bytes, without its dot: "Sen", "Mayor", "President") is a title
 * that may stand before a person's name (ASCII, case-insensitive). */
bool coref_title_word(const char *s, size_t n);

/* True when the n bytes at s are an ordinal in figures ("4th", "9th", "21st", "2nd"): the
 * number of a court, a district or a unit, a word of its name ("the 4th Circuit"). */
bool coref_ordinal(const char *s, size_t n);

#endif
