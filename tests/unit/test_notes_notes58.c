/* test_notes_notes58: what session 58 found losing notes and places in the store. The reading
 * place and the anchor date written into a database whose file was removed or replaced were
 * lost quietly (notes were already refused, 63da21a); a reader taking back its own kept text
 * could put an old text over a second reader's save (notes_update_if()); and several readers
 * creating and writing one database at once. Each next to what stays. */
#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "home_fixture.h"
#include "dateline/notes.h"

static const char article[] =
	"Harbour town votes on new ferry\n"
	"\n"
	"The council of Port Amsel voted on Tuesday to buy a second ferry for the crossing to the "
	"island, after a summer of queues that stretched past the old customs house.\n"
	"\n"
	"\"We cannot ask people to wait three hours for a boat,\" said Mara Velt, who chairs the "
	"transport committee.\n";

static struct doc *load_text(const char *path)
{
	struct doc *d = NULL;
	FILE *f = fopen(path, "wb");
	REQUIRE(f != NULL);
	fputs(article, f);
	fclose(f);
	REQUIRE_EQ(doc_read_file(path, FORMAT_TEXT, &d), 0);
	return d;
}

static struct span span_of(const struct doc *d, const char *needle)
{
	size_t len;
	const char *t = doc_text(d, &len);
	const char *p = strstr(t, needle);
	REQUIRE(p != NULL);
	return (struct span){(size_t)(p - t), (size_t)(p - t) + strlen(needle)};
}

/* The text of note id as a fresh handle reads it (NULL when there is none); the caller frees. */
static char *note_text(const char *dbp, const struct doc *d, int64_t id)
{
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	char *s = NULL;

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_load(db, d, &l), 0);
	for (size_t i = 0; l && i < l->n; i++)
		if (l->items[i].id == id)
			s = xstrdup(l->items[i].text);
	note_list_free(l);
	notes_close(db);
	return s;
}

/* The folder of the notes deleted while the reader runs, then quit: the place was "saved" into
 * the unlinked file and gone on the next start. Now -ESTALE with the message, as for a note. */
static void place_refused_when_file_removed(void)
{
	char *dir = path_in("gone"), *dbp = path_in("gone/notes.db"), *src = path_in("gone.txt");
	struct doc *d = load_text(src);
	struct notes_db *db = NULL;
	struct date a = {2024, 3, 5};
	size_t pos = 0;

	REQUIRE(mkdir(dir, 0700) == 0);
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	/* what stays: while the file is there, both are written and read back */
	CHECK_EQ(notes_position_set(db, d, 40), 0);
	CHECK_EQ(notes_anchor_set(db, d, &a), 0);
	CHECK_EQ(notes_position_get(db, d, &pos), 0);
	CHECK_EQ(pos, 40);
	REQUIRE_EQ(unlink(dbp), 0);
	REQUIRE_EQ(rmdir(dir), 0);
	CHECK_EQ(notes_position_set(db, d, 80), -ESTALE);
	CHECK(strstr(notes_error(db), "was removed or replaced") != NULL);
	CHECK(strstr(notes_error(db), dbp) != NULL);
	CHECK_EQ(notes_anchor_set(db, d, NULL), -ESTALE);
	CHECK_EQ(notes_anchor_set(db, d, &a), -ESTALE);
	notes_close(db);
	doc_free(d);
	free(dir);
	free(dbp);
	free(src);
}

/* A notes file replaced by another (a sync tool or a restore put a copy at the path): the
 * handle still writes the old file; the place is refused. */
static void place_refused_when_file_replaced(void)
{
	char *dbp = path_in("swap.db"), *other = path_in("swap-new.db"), *src = path_in("swap.txt");
	struct doc *d = load_text(src);
	struct notes_db *db = NULL, *db2 = NULL;
	size_t pos = 0;

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	REQUIRE_EQ(notes_open(other, &db2), 0);
	notes_close(db2);
	REQUIRE_EQ(rename(other, dbp), 0);
	CHECK_EQ(notes_position_set(db, d, 60), -ESTALE);
	notes_close(db);
	/* what stays: the file now at the path is written by a handle opened on it */
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_position_set(db, d, 60), 0);
	CHECK_EQ(notes_position_get(db, d, &pos), 0);
	CHECK_EQ(pos, 60);
	notes_close(db);
	doc_free(d);
	free(dbp);
	free(other);
	free(src);
}

/* notes_update_if(): a change made only while the note holds what the caller last wrote. */
static void update_if_only_over_own_text(void)
{
	char *dbp = path_in("if.db"), *src = path_in("if.txt");
	struct doc *d = load_text(src);
	struct notes_db *a = NULL, *b = NULL;
	int64_t id = 0, stamp = 0;
	char *s;

	REQUIRE_EQ(notes_open(dbp, &a), 0);
	REQUIRE_EQ(notes_open(dbp, &b), 0);
	REQUIRE_EQ(notes_add(a, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), "draft", &id), 0);
	/* what stays: over its own text the change is made and the new version given */
	CHECK_EQ(notes_update_if(a, id, "draft", &stamp, "draft two"), 0);
	CHECK(stamp > 0);
	CHECK_EQ(notes_update_if(a, id, "draft two", &stamp, "draft three"), 0);
	/* a second reader saves: the first reader's take-back leaves that text */
	CHECK_EQ(notes_update(b, id, "the second reader's text"), 0);
	CHECK_EQ(notes_update_if(a, id, "draft three", &stamp, "draft"), -EAGAIN);
	CHECK(strstr(notes_error(a), "changed by another reader") != NULL);
	CHECK_EQ(notes_update_if(a, id, "draft three", &stamp, NULL), -EAGAIN);
	s = note_text(dbp, d, id);
	CHECK_STR(s ? s : "(none)", "the second reader's text");
	free(s);
	/* the same text at another version is another reader's save too */
	int64_t old = stamp - 1;
	CHECK_EQ(notes_update_if(a, id, "the second reader's text", &old, "x"), -EAGAIN);
	/* the text alone is compared when no version is given (NULL; 0 is a version) */
	CHECK_EQ(notes_update_if(a, id, "the second reader's text", NULL, "mine again"), 0);
	/* deleted meanwhile: -ENOENT, not a new row */
	CHECK_EQ(notes_delete(b, id), 0);
	CHECK_EQ(notes_update_if(a, id, "mine again", NULL, "x"), -ENOENT);
	s = note_text(dbp, d, id);
	CHECK(s == NULL);
	free(s);
	/* a delete that matches goes through */
	REQUIRE_EQ(notes_add(a, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), "gone soon", &id), 0);
	CHECK_EQ(notes_update_if(a, id, "gone soon", NULL, NULL), 0);
	s = note_text(dbp, d, id);
	CHECK(s == NULL);
	free(s);
	notes_close(a);
	notes_close(b);
	doc_free(d);
	free(dbp);
	free(src);
}

/* Four readers start at once on a notes file that does not exist yet: each creates it, adds
 * notes, moves its place and loads the notes again. Every note is there and no write failed
 * ("database is locked" was never to be a failure a reader sees). */
static void four_readers_at_once(void)
{
	char *dbp = path_in("crowd/notes.db"), *src = path_in("crowd.txt");
	struct doc *d = load_text(src);
	struct notes_db *db = NULL;
	struct note_list *l = NULL;
	enum {
		KIDS = 4,
		EACH = 25
	};
	pid_t kids[KIDS];

	for (int k = 0; k < KIDS; k++) {
		kids[k] = fork();
		if (kids[k] == 0) {
			struct notes_db *c = NULL;
			struct note_list *cl = NULL;
			int bad = notes_open(dbp, &c) != 0 ? 1 : 0;
			for (int i = 0; !bad && i < EACH; i++) {
				if (notes_add(c, d, NOTE_PARAGRAPH, span_of(d, "Mara Velt"), "n",
					      NULL) != 0)
					bad = 2;
				else if (notes_position_set(c, d, (size_t)(i * 3)) != 0)
					bad = 3;
				else if (notes_load(c, d, &cl) != 0)
					bad = 4;
				note_list_free(cl);
				cl = NULL;
			}
			if (bad)
				fprintf(stderr, "reader %d (%d): %s\n", k, bad, notes_error(c));
			notes_close(c);
			_exit(bad);
		}
	}
	for (int k = 0; k < KIDS; k++) {
		int status = 0;
		waitpid(kids[k], &status, 0);
		CHECK(WIFEXITED(status));
		CHECK_EQ(WEXITSTATUS(status), 0);
	}
	REQUIRE_EQ(notes_open(dbp, &db), 0);
	CHECK_EQ(notes_load(db, d, &l), 0);
	CHECK_EQ(l->n, KIDS * EACH);
	note_list_free(l);
	notes_close(db);
	doc_free(d);
	free(dbp);
	free(src);
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Another program holds the database: a write waits as long as notes_set_wait() says, then
 * says the database is locked; the default wait outlasts a short lock (what stays). */
static void wait_is_set(void)
{
	char *dbp = path_in("lock.db"), *src = path_in("lock.txt");
	struct doc *d = load_text(src);
	struct notes_db *db = NULL;
	sqlite3 *other = NULL;
	int64_t id = 0;

	REQUIRE_EQ(notes_open(dbp, &db), 0);
	REQUIRE_EQ(sqlite3_open(dbp, &other), SQLITE_OK);
	REQUIRE_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);
	CHECK_EQ(notes_set_wait(db, 100), 5000);
	long long t0 = now_ms();
	CHECK_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), "n", &id), -EBUSY);
	CHECK(now_ms() - t0 < 2000);
	CHECK(strstr(notes_error(db), "locked by another program") != NULL);
	CHECK_EQ(notes_set_wait(db, 5000), 100);
	/* a lock held for a moment by another process: the default wait outlasts it */
	sqlite3_exec(other, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(other);
	pid_t kid = fork();
	if (kid == 0) {
		sqlite3 *o = NULL;
		sqlite3_open(dbp, &o);
		sqlite3_exec(o, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
		usleep(300000);
		sqlite3_exec(o, "COMMIT", NULL, NULL, NULL);
		sqlite3_close(o);
		_exit(0);
	}
	usleep(100000);
	CHECK_EQ(notes_add(db, d, NOTE_PARAGRAPH, span_of(d, "Port Amsel"), "n", &id), 0);
	waitpid(kid, NULL, 0);
	notes_close(db);
	doc_free(d);
	free(dbp);
	free(src);
}

int main(void)
{
	home_begin("notes58");
	RUN(place_refused_when_file_removed);
	RUN(place_refused_when_file_replaced);
	RUN(update_if_only_over_own_text);
	RUN(four_readers_at_once);
	RUN(wait_is_set);
	return home_end();
}
