/**
 * The composition root: picocli commands and {@link org.regatlas.cli.Main}. Wires the stages together; nothing
 * depends on it. Results for people go to stdout, progress and logs to stderr.
 */
@NullMarked
package org.regatlas.cli;

import org.jspecify.annotations.NullMarked;
