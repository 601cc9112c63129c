package org.ailandscape.edit;

import java.time.Instant;

/** One thing done in the editor: when, by whom, what (an action and its subject), the detail, and why. */
public record AuditEvent(long seq, Instant at, String actor, String action, String subject, String detail, String reason) {

    public static final String SIGN_IN = "sign-in";
    public static final String SIGN_IN_FAILED = "sign-in-failed";
    public static final String SIGN_IN_LOCKED = "sign-in-locked";
    public static final String SIGN_OUT = "sign-out";
    public static final String DRAFT_SAVED = "draft-saved";
    public static final String DRAFT_CHANGE_REMOVED = "draft-change-removed";
    public static final String DRAFT_SUBMITTED = "draft-submitted";
    public static final String DRAFT_DISCARDED = "draft-discarded";
    public static final String DRAFT_UPLOADED = "draft-uploaded";
    public static final String PUBLISHED = "published";
    public static final String RETURNED = "returned";
    public static final String ACCOUNT_CREATED = "account-created";
    public static final String ACCOUNT_CHANGED = "account-changed";
}
