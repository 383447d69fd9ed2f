package org.b2b.customers.web.api;

import io.javalin.http.Context;
import java.util.UUID;
import org.b2b.customers.domain.access.RoleErrorCode;
import org.b2b.customers.domain.address.AddressErrorCode;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.group.CustomerGroupErrorCode;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.order.OrderErrorCode;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.shared.CanonicalUuid;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorCode;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.RoleIdentifier;

/**
 * The ids in request paths. A path segment that cannot be an id names nothing, so it answers 404 exactly like an
 * id that names nothing (ids in bodies and query parameters are invalid input instead, 422, with the field named).
 */
final class PathIds {

    private PathIds() {}

    static CompanyId company(Context ctx) {
        return new CompanyId(uuid(ctx, "id", CompanyErrorCode.NOT_FOUND));
    }

    static MemberId member(Context ctx) {
        return new MemberId(uuid(ctx, "memberId", MemberErrorCode.NOT_FOUND));
    }

    static InvitationId invitation(Context ctx) {
        return new InvitationId(uuid(ctx, "invitationId", InvitationErrorCode.NOT_FOUND));
    }

    static AddressId address(Context ctx) {
        return new AddressId(uuid(ctx, "addressId", AddressErrorCode.NOT_FOUND));
    }

    static OrderId order(Context ctx) {
        return new OrderId(uuid(ctx, "orderId", OrderErrorCode.NOT_FOUND));
    }

    static CustomerGroupId customerGroup(Context ctx) {
        return new CustomerGroupId(uuid(ctx, "id", CustomerGroupErrorCode.NOT_FOUND));
    }

    static RoleIdentifier role(Context ctx) {
        try {
            return RoleIdentifier.parse("identifier", ctx.pathParam("identifier"));
        } catch (InvalidInputException e) {
            throw DomainException.notFound(RoleErrorCode.NOT_FOUND);
        }
    }

    private static UUID uuid(Context ctx, String param, ErrorCode notFound) {
        try {
            return CanonicalUuid.parse(param, ctx.pathParam(param));
        } catch (InvalidInputException e) {
            throw DomainException.notFound(notFound);
        }
    }
}
