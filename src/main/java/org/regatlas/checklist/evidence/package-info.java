/**
 * Stage 5, evidence: finds where the protocol answers an obligation. An in-memory Lucene index of the protocol's
 * admissible paragraphs answers each obligation's queries, and the quote selector cuts the sentence that proves it,
 * with section and page. May use Lucene and the earlier checklist stages.
 */
@NullMarked
package org.regatlas.checklist.evidence;

import org.jspecify.annotations.NullMarked;
