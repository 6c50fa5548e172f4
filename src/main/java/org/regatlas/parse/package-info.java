/**
 * From normalized text to structure: the section tree, sentence splitting, and provision extraction with
 * strength, actors, conditions and taxonomy topics. Uses {@code corpus} and {@code model}; never Lucene or Javalin.
 */
@NullMarked
package org.regatlas.parse;

import org.jspecify.annotations.NullMarked;
