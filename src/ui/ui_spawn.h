/* ui_spawn: running the user's editor on a note, without a shell and without curses (the
 * terminal layer gives the terminal back before and takes it again after). */
#ifndef DATELINE_UI_SPAWN_H
#define DATELINE_UI_SPAWN_H

#include <stddef.h>

#include "dateline/text.h"

/* The editor to run: $VISUAL, else $EDITOR, else "vi". A static string or the environment's. */
const char *spawn_editor_command(void);
/* Runs cmd (split into words as a shell would, without expanding anything) on a temporary file
 * holding text[0..n), waits for it, and reads the file back into out (cleared first). Returns 0,
 * or -1 with a sentence for the status line in err (the editor failed or was not found, the
 * file could not be written or read). The temporary file is removed either way. */
int spawn_edit(const char *cmd, const char *text, size_t n, struct buf *out, char *err,
	       size_t errn);

#endif
