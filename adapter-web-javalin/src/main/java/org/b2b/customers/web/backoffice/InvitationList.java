package org.b2b.customers.web.backoffice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Refusal;

/**
 * The Invitations tab as shown: the status filter as given in the address, one page of invitations with each
 * role's name, the registration link of each pending one (for the copy button), and what went wrong, if anything:
 * a filter it cannot use, or an action refused.
 */
public record InvitationList(String address, String status, boolean firstPage, Page<InvitationView> invitations,
        Map<String, String> roleNames, Map<InvitationId, String> links, List<FormError> errors,
        Optional<Refusal> refusal) {

    public static final List<InvitationStatus> STATUSES = List.of(InvitationStatus.values());

    public InvitationList {
        roleNames = Map.copyOf(roleNames);
        links = Map.copyOf(links);
        errors = List.copyOf(errors);
    }

    /** Whether the status filter picks this one; the address may spell it in any case. */
    public boolean selected(InvitationStatus candidate) {
        return candidate.name().equalsIgnoreCase(status);
    }

    /** The filter to come back to after an action on a row: a status this list knows, or none. */
    public String keptStatus() {
        return STATUSES.stream().filter(this::selected).map(InvitationStatus::name).findFirst().orElse("");
    }

    /** Whether anything narrows the list, so that an empty one is "none with this status", not "none yet". */
    public boolean filtered() {
        return !status.isEmpty();
    }

    /** The role's name as the user reads it, or its identifier where there is no name to show. */
    public String roleName(String identifier) {
        return roleNames.getOrDefault(identifier, identifier);
    }

    public Optional<String> link(InvitationId id) {
        return Optional.ofNullable(links.get(id));
    }

    /** The address of an action on one invitation: {@code link}, {@code resend} or {@code revoke}. */
    public String action(InvitationView invitation, String action) {
        return address + "/" + invitation.id().value() + "/" + action;
    }

    /** The address of this list from its first page, with the filter kept. */
    public String first() {
        return address + (status.isEmpty() ? "" : "?status=" + encoded(status));
    }

    public Optional<String> next() {
        return invitations.nextCursor().map(cursor -> address + "?" + (status.isEmpty() ? ""
                : "status=" + encoded(status) + "&") + "cursor=" + encoded(cursor));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
