package org.b2b.customers.application.port.out;

/**
 * The invitation mail: its template name and the keys of its data. The outbox message carries all but
 * {@link #REGISTRATION_LINK}, which only {@link PrepareMailUseCase} adds, at sending time.
 */
public final class InvitationTemplate {

    public static final String NAME = "invitation";

    public static final String INVITATION_ID = "invitationId";
    public static final String COMPANY_NAME = "companyName";
    public static final String INVITER_NAME = "inviterName";
    public static final String ROLE = "role";
    public static final String ROLE_NAME = "roleName";
    /** When the link stops working; rebuilt at sending time, since a re-send moves it. */
    public static final String EXPIRES_AT = "expiresAt";
    /** Which sending of the invitation the message is: a later one supersedes it. */
    public static final String SEND_COUNT = "sendCount";
    public static final String REGISTRATION_LINK = "registrationLink";

    private InvitationTemplate() {}
}
