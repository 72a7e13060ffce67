/* ui_spawn: running the user's editor ($VISUAL, $EDITOR, else vi) on a note without a shell:
 * the variable is split into words here (with '' and "" quoting and \ escapes), the note goes
 * to a private temporary file and is read back when the editor ends. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ui_spawn.h"

/* The words of cmd, as a shell would split them without expanding anything; NULL-terminated.
 * The caller frees each word and the array. NULL when a quote is not closed. */
static char **split_words(const char *cmd, size_t *count)
{
	char **words = NULL;
	size_t n = 0, cap = 0;
	struct buf w = BUF_INIT;
	bool in_word = false;
	char quote = 0;

	for (const char *c = cmd;; c++) {
		if (!*c) {
			if (quote) {
				for (size_t i = 0; i < n; i++)
					free(words[i]);
				free(words);
				buf_free(&w);
				return NULL;
			}
			break;
		}
		if (quote) {
			if (*c == quote)
				quote = 0;
			else if (*c == '\\' && quote == '"' && c[1] && strchr("\"\\$`", c[1]))
				buf_putc(&w, *++c);
			else
				buf_putc(&w, *c);
			continue;
		}
		if (*c == ' ' || *c == '\t' || *c == '\n') {
			if (in_word) {
				words = xgrow(words, &cap, n + 2, sizeof(*words));
				words[n++] = buf_detach(&w, NULL);
				buf_init(&w);
				in_word = false;
			}
			continue;
		}
		in_word = true;
		if (*c == '\'' || *c == '"')
			quote = *c;
		else if (*c == '\\' && c[1])
			buf_putc(&w, *++c);
		else
			buf_putc(&w, *c);
	}
	if (in_word) {
		words = xgrow(words, &cap, n + 2, sizeof(*words));
		words[n++] = buf_detach(&w, NULL);
	} else {
		buf_free(&w);
	}
	/* Room for the file's name and the NULL after the words. */
	words = xgrow(words, &cap, n + 2, sizeof(*words));
	words[n] = words[n + 1] = NULL;
	*count = n;
	return words;
}

const char *spawn_editor_command(void)
{
	const char *v = getenv("VISUAL"), *e = getenv("EDITOR");

	if (v && *v)
		return v;
	if (e && *e)
		return e;
	return "vi";
}

int spawn_edit(const char *cmd, const char *text, size_t n, struct buf *out, char *err, size_t errn)
{
	const char *tmpdir = getenv("TMPDIR");
	struct buf path = BUF_INIT;
	size_t nwords = 0;
	char **words = split_words(cmd, &nwords);
	int rc = -1, fd, status = 0;
	struct sigaction ign, old_int, old_quit;

	if (!words || !nwords) {
		snprintf(err, errn, "The editor '%s' cannot be run (check $VISUAL or $EDITOR)",
			 cmd);
		goto done;
	}
	buf_printf(&path, "%s/dateline-note-XXXXXX.md",
		   tmpdir && tmpdir[0] == '/' ? tmpdir : "/tmp");
	fd = mkstemps(path.data, 3);
	if (fd < 0) {
		snprintf(err, errn, "No file for the editor: %s: %s", path.data, strerror(errno));
		goto done;
	}
	bool written = write(fd, text, n) == (ssize_t)n && close(fd) == 0;
	if (!written) {
		snprintf(err, errn, "No file for the editor: %s: %s", path.data, strerror(errno));
		unlink(path.data);
		goto done;
	}
	/* As system() does: the editor takes Ctrl-C; the reader waits for it. */
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	pid_t pid = fork();
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		words[nwords] = path.data;
		words[nwords + 1] = NULL;
		execvp(words[0], words);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	if (pid < 0) {
		snprintf(err, errn, "The editor could not start: %s", strerror(errno));
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
		snprintf(err, errn, "The editor '%s' was not found: the note is unchanged",
			 words[0]);
	} else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		snprintf(err, errn, "The editor '%s' failed (status %d): the note is unchanged",
			 words[0],
			 WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	} else {
		FILE *f = fopen(path.data, "r");
		int rd = f ? 0 : -errno;
		buf_clear(out);
		if (f)
			rd = buf_read_stream(out, f);
		if (rd < 0)
			snprintf(err, errn, "The note could not be read back: %s", strerror(-rd));
		else
			rc = 0;
		if (f)
			fclose(f);
	}
	unlink(path.data);
done:
	for (size_t i = 0; words && i < nwords; i++)
		free(words[i]);
	free(words);
	buf_free(&path);
	return rc;
}
