package org.ailandscape.edit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A change set: who made it, on which version, its note, where it stands in review, and its field edits. */
public record Draft(long id, String author, Status status, String note, String reviewComment, String baseVersion,
        Instant created, Instant updated, int revision, @Nullable String reviewedBy, @Nullable String publishedVersion,
        List<FieldEdit> edits) {

    public enum Status {
        /** Its author is making it (also after it came back from review). */
        EDITING,
        /** Waiting for a publisher. */
        SUBMITTED,
        /** Sent back by a publisher with a comment; its author edits it again. */
        RETURNED,
        /** Published: a version of the store. */
        PUBLISHED,
        /** Given up by its author. */
        DISCARDED;

        /** Whether the draft still holds its fields (no one else may change them meanwhile). */
        public boolean open() {
            return this == EDITING || this == SUBMITTED || this == RETURNED;
        }
    }
}
