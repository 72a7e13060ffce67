/* test_notes_notes59: the reading place is the article's, not its file name's. An unrelated
 * article saved under an old article's name started at the old one's place (and took its :date
 * anchor), and a quit there replaced the old article's place, which was keyed by the path. Now
 * the place is found by the article's bytes, with the path as a hint for an earlier version of
 * the same article (its passage still in the text). And an export to a link to a file not made
 * yet replaced the link. A reader's unsaved text of a note another reader saved meanwhile was not
 * kept at all (a kill -9 lost it); now it is a draft apart, which the next reading makes a note of
 * its own once its reader is gone. Each next to what stays. */
#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "home_fixture.h"
#include "dateline/export.h"
#include "dateline/notes.h"

static const char ferry[] =
	"Harbour town votes on new ferry\n"
	"\n"
	"The council of Port Amsel voted on Tuesday to buy a second ferry for the crossing to the "
	"island, after a summer of queues that stretched past the old customs house.\n"
	"\n"
	"\"We cannot ask people to wait three hours for a boat,\" said Mara Velt, who chairs the "
	"transport committee.\n"
	"\n"
	"Opponents said the money would be better spent on the pier, which has been closed to "
	"lorries since a storm in March.\n";

static const char orchard[] =
	"Orchard growers count a late frost\n"
	"\n"
	"Apple growers in the upper valley lost a third of the blossom to a frost in the last week "
	"of April, the growers' association said on Monday.\n"
	"\n"
	"\"It came when the trees were most open,\" said Ilse Brandt, who farms forty hectares "
	"above Lindau.\n"
	"\n"
	"Insurers expect claims to rise for the second year running.\n";

/* Writes text to path and reads it as an article. */
static struct doc *save_and_load(const char *path, const char *text)
{
	struct doc *d = NULL;
	FILE *f = fopen(path, "wb");
	REQUIRE(f != NULL);
	fputs(text, f);
	fclose(f);
	REQUIRE_EQ(doc_read_file(path, FORMAT_TEXT, &d), 0);
	return d;
}

static size_t offset_of(const struct doc *d, const char *needle)
{
	size_t len;
	const char *t = doc_text(d, &len);
	const char *p = strstr(t, needle);
	REQUIRE(p != NULL);
	return (size_t)(p - t);
}

/* The place of d as a fresh handle reads it, or SIZE_MAX when it has none. */
static size_t place_of(const char *dbp, const struct doc *d)
{
	struct notes_db *db = NULL;
	size_t pos = SIZE_MAX;

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	if (notes_position_get(db, d, &pos) != 0)
		pos = SIZE_MAX;
	notes_close(db);
	return pos;
}

/* An unrelated article saved under the old one's name starts at the top, and a quit there
 * leaves the old article's place as it was: the old article, back under any name, has it. */
static void unrelated_article_has_its_own_place(void)
{
	char *dbp = path_in("a.db"), *src = path_in("story.txt"), *back = path_in("back.txt");
	struct notes_db *db = NULL;
	struct doc *d1 = save_and_load(src, ferry);
	size_t p1 = offset_of(d1, "Opponents said");
	struct date a = {2024, 3, 5}, got = {0};

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_position_set(db, d1, p1), 0);
	CHECK_EQ(notes_anchor_set(db, d1, &a), 0);
	struct doc *d2 = save_and_load(src, orchard);
	CHECK_EQ(place_of(dbp, d2), SIZE_MAX);
	CHECK_EQ(notes_anchor_get(db, d2, &got), -ENOENT);
	size_t p2 = offset_of(d2, "Insurers expect");
	CHECK_EQ(notes_position_set(db, d2, p2), 0);
	CHECK_EQ(place_of(dbp, d2), p2);
	/* the :date of the old article is not the new one's, nor the new one's the old one's */
	CHECK_EQ(notes_anchor_get(db, d2, &got), -ENOENT);
	struct date b = {2023, 4, 30};
	CHECK_EQ(notes_anchor_set(db, d2, &b), 0);
	/* the old article comes back (a restore, or under another name): its place and anchor */
	struct doc *d3 = save_and_load(back, ferry);
	CHECK_EQ(place_of(dbp, d3), p1);
	CHECK_EQ(notes_anchor_get(db, d3, &got), 0);
	CHECK_EQ(got.year, 2024);
	CHECK_EQ(got.month, 3);
	CHECK_EQ(notes_anchor_get(db, d2, &got), 0);
	CHECK_EQ(got.year, 2023);
	/* and under its old name again, where the orchard article was: still its own */
	struct doc *d4 = save_and_load(src, ferry);
	CHECK_EQ(place_of(dbp, d4), p1);
	notes_close(db);
	doc_free(d1);
	doc_free(d2);
	doc_free(d3);
	doc_free(d4);
	free(dbp);
	free(src);
	free(back);
}

/* What stays: a renamed article keeps its place, and an article edited under its name keeps
 * its place (found by its passage) and its anchor, the earlier version's place replaced. */
static void renamed_and_edited_keep_their_place(void)
{
	char *dbp = path_in("b.db"), *src = path_in("ed.txt"), *moved = path_in("moved.txt");
	struct notes_db *db = NULL;
	struct doc *d1 = save_and_load(src, ferry);
	size_t p1 = offset_of(d1, "Opponents said");
	struct date a = {2024, 3, 5}, got = {0};

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_position_set(db, d1, p1), 0);
	CHECK_EQ(notes_anchor_set(db, d1, &a), 0);
	REQUIRE_EQ(rename(src, moved), 0);
	struct doc *d2 = save_and_load(moved, ferry);
	CHECK_EQ(place_of(dbp, d2), p1);
	CHECK_EQ(notes_position_set(db, d2, p1), 0); /* a quit there: the place at the new name */
	/* edited: a line before the place, and a word changed in the title */
	static const char edited_head[] = "Harbour town votes on a new ferry\n\nUpdated.\n\n";
	struct buf e = BUF_INIT;
	buf_printf(&e, "%s%s", edited_head, strchr(ferry, '\n') + 2);
	struct doc *d3 = save_and_load(moved, e.data);
	size_t p3 = offset_of(d3, "Opponents said");
	CHECK_EQ(place_of(dbp, d3), p3);
	CHECK_EQ(notes_anchor_get(db, d3, &got), 0);
	CHECK_EQ(got.year, 2024);
	/* a quit in the edited version: one place for the article, not two */
	CHECK_EQ(notes_position_set(db, d3, p3), 0);
	CHECK_EQ(notes_anchor_get(db, d3, &got), 0);
	CHECK_EQ(got.day, 5);
	sqlite3 *s = NULL;
	sqlite3_stmt *st = NULL;
	REQUIRE_EQ(sqlite3_open(dbp, &s), SQLITE_OK);
	REQUIRE_EQ(sqlite3_prepare_v2(s, "SELECT count(*) FROM positions", -1, &st, NULL),
		   SQLITE_OK);
	REQUIRE_EQ(sqlite3_step(st), SQLITE_ROW);
	CHECK_EQ(sqlite3_column_int(st, 0), 1);
	sqlite3_finalize(st);
	sqlite3_close(s);
	notes_close(db);
	buf_free(&e);
	doc_free(d1);
	doc_free(d2);
	doc_free(d3);
	free(dbp);
	free(src);
	free(moved);
}

/* The texts of d's notes as a fresh handle loads them, joined by " | "; *drafts the load's count
 * of drafts made notes. The caller frees. */
static char *texts_of(const char *dbp, const struct doc *d, size_t *drafts)
{
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	struct buf b = BUF_INIT;

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	REQUIRE_EQ(notes_load(db, d, &l), 0);
	for (size_t i = 0; i < l->n; i++)
		buf_printf(&b, "%s%s", i ? " | " : "", l->items[i].text);
	*drafts = l->drafts;
	note_list_free(l);
	notes_close(db);
	return buf_detach(&b, NULL);
}

/* A draft kept by a reader that is gone becomes a note of its own beside the note, which keeps
 * the other reader's text; a live reader's draft, another host's and a dropped one do not. */
static void draft_of_gone_reader_becomes_a_note(void)
{
	char *dbp = path_in("d.db"), *src = path_in("draft.txt");
	struct doc *d = save_and_load(src, ferry);
	struct notes_db *db = NULL;
	size_t off = offset_of(d, "Opponents said"), drafts = 9;
	int64_t id = 0;
	char me[300], gone[300];

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	REQUIRE_EQ(notes_add(db, d, NOTE_PARAGRAPH, (struct span){off, off + 9}, "B's text", &id),
		   0);
	/* a process of this host that has ended */
	pid_t pid = fork();
	REQUIRE(pid >= 0);
	if (pid == 0)
		_exit(0);
	REQUIRE(waitpid(pid, NULL, 0) == pid);
	notes_draft_owner(me, sizeof(me));
	snprintf(gone, sizeof(gone), "%.*s:%ld", (int)(strrchr(me, ':') - me), me, (long)pid);
	/* what stays: this live reader's draft, another host's, and one dropped */
	CHECK_EQ(notes_draft_keep(db, id, me, "my draft"), 0);
	CHECK_EQ(notes_draft_keep(db, id, "elsewhere.example:1", "their draft"), 0);
	char *t = texts_of(dbp, d, &drafts);
	CHECK_STR(t, "B's text");
	CHECK_EQ(drafts, 0);
	free(t);
	CHECK_EQ(notes_draft_drop(db, id, me), 0);
	/* kept twice: the last text is the draft */
	CHECK_EQ(notes_draft_keep(db, id, gone, "A's first words"), 0);
	CHECK_EQ(notes_draft_keep(db, id, gone, "A's draft, typed on"), 0);
	t = texts_of(dbp, d, &drafts);
	CHECK_STR(t, "B's text | A's draft, typed on");
	CHECK_EQ(drafts, 1);
	free(t);
	/* made a note once: the next load finds no draft */
	t = texts_of(dbp, d, &drafts);
	CHECK_STR(t, "B's text | A's draft, typed on");
	CHECK_EQ(drafts, 0);
	free(t);
	/* a draft of a note deleted since: its own note all the same; none of a note never there */
	CHECK_EQ(notes_draft_keep(db, id, gone, "kept over a deletion"), 0);
	CHECK_EQ(notes_delete(db, id), 0);
	t = texts_of(dbp, d, &drafts);
	CHECK_STR(t, "A's draft, typed on | kept over a deletion");
	free(t);
	CHECK_EQ(notes_draft_keep(db, id, gone, "nothing to keep"), -ENOENT);
	notes_close(db);
	doc_free(d);
	free(dbp);
	free(src);
}

/* An export to a symbolic link naming a file not made yet replaced the link with a file; now the
 * file is made where the link points and the link stays (as for a link to an existing file). */
static void export_through_dangling_link(void)
{
	char *link = path_in("link.md"), *twice = path_in("twice.md"), *out = path_in("out.md");
	char *nodir = path_in("nowhere.md");
	struct stat st;

	REQUIRE_EQ(symlink("out.md", link), 0);
	CHECK_EQ(export_write_file(link, "first\n", 6), 0);
	CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
	char *got = slurp(out);
	CHECK(got && strcmp(got, "first\n") == 0);
	free(got);
	/* a link to that link: still the file at the end */
	REQUIRE_EQ(symlink(link, twice), 0);
	REQUIRE_EQ(unlink(out), 0);
	CHECK_EQ(export_write_file(twice, "second\n", 7), 0);
	CHECK(lstat(twice, &st) == 0 && S_ISLNK(st.st_mode));
	CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
	got = slurp(out);
	CHECK(got && strcmp(got, "second\n") == 0);
	free(got);
	/* what stays: an existing target is replaced through the link */
	CHECK_EQ(export_write_file(link, "third\n", 6), 0);
	CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
	got = slurp(out);
	CHECK(got && strcmp(got, "third\n") == 0);
	free(got);
	/* a link into a folder that does not exist: refused, nothing made, the link kept */
	REQUIRE_EQ(symlink("no/such/dir/x.md", nodir), 0);
	CHECK_EQ(export_write_file(nodir, "x\n", 2), -ENOENT);
	CHECK(lstat(nodir, &st) == 0 && S_ISLNK(st.st_mode));
	free(link);
	free(twice);
	free(out);
	free(nodir);
}

int main(void)
{
	home_begin("notes59");
	RUN(unrelated_article_has_its_own_place);
	RUN(renamed_and_edited_keep_their_place);
	RUN(export_through_dangling_link);
	RUN(draft_of_gone_reader_becomes_a_note);
	return home_end();
}
