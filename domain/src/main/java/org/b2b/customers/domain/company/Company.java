package org.b2b.customers.domain.company;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.b2b.customers.domain.shared.DomainException;

/**
 * A business customer. Its contact person, when it has one, is always an active member of this company; the
 * members themselves are a separate aggregate that knows its company, so a member checks itself before the company
 * records it.
 */
public final class Company {

    private final CompanyId id;
    private final CompanyDetails details;
    private final CompanyStatus status;
    private final Optional<MemberId> contactPerson;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private Company(CompanyId id, CompanyDetails details, CompanyStatus status, Optional<MemberId> contactPerson,
            Instant createdAt, Instant updatedAt, long version) {
        this.id = requireNonNull(id);
        this.details = requireNonNull(details);
        this.status = requireNonNull(status);
        this.contactPerson = requireNonNull(contactPerson);
        this.createdAt = requireNonNull(createdAt);
        this.updatedAt = requireNonNull(updatedAt);
        this.version = version;
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a company is not updated before it is created");
        }
    }

    /** A new active company, with no contact person until it has members. */
    public static Company create(CompanyId id, CompanyDetails details, Instant now) {
        return new Company(id, details, CompanyStatus.ACTIVE, Optional.empty(), now, now, 1);
    }

    /** A company read back from storage, through the same checks. */
    public static Company restore(CompanyId id, CompanyDetails details, CompanyStatus status,
            Optional<MemberId> contactPerson, Instant createdAt, Instant updatedAt, long version) {
        return new Company(id, details, status, contactPerson, createdAt, updatedAt, version);
    }

    public Company withDetails(CompanyDetails newDetails, Instant now) {
        return new Company(id, newDetails, status, contactPerson, createdAt, now, version);
    }

    public Company deactivate(Instant now) {
        if (!isActive()) {
            throw DomainException.conflict(CompanyErrorCode.ALREADY_DEACTIVATED, "The company is deactivated already.");
        }
        return new Company(id, details, CompanyStatus.DEACTIVATED, contactPerson, createdAt, now, version);
    }

    public Company reactivate(Instant now) {
        if (isActive()) {
            throw DomainException.conflict(CompanyErrorCode.ALREADY_ACTIVE, "The company is active already.");
        }
        return new Company(id, details, CompanyStatus.ACTIVE, contactPerson, createdAt, now, version);
    }

    /**
     * The company with this member as its contact person, for the member to call once it has checked that it is an
     * active member of this company.
     */
    public Company withContactPerson(MemberId member, Instant now) {
        return new Company(id, details, status, Optional.of(member), createdAt, now, version);
    }

    /**
     * Refuses to let the contact person be removed or disabled until another is chosen. Both are one rule, refused
     * alike as a conflict with the company's current state, which choosing another contact person resolves.
     */
    public void requireNotContactPerson(MemberId member, ContactPersonChange change) {
        if (contactPerson.filter(member::equals).isPresent()) {
            throw DomainException.conflict(change.refusal,
                    "This member is the company's contact person and cannot be " + change.done
                            + "; choose another contact person first.");
        }
    }

    /** What may not happen to the contact person while it is one. */
    public enum ContactPersonChange {
        REMOVED("removed", CompanyErrorCode.CONTACT_PERSON_CANNOT_BE_REMOVED),
        DISABLED("disabled", CompanyErrorCode.CONTACT_PERSON_CANNOT_BE_DISABLED);

        private final String done;
        private final CompanyErrorCode refusal;

        ContactPersonChange(String done, CompanyErrorCode refusal) {
            this.done = done;
            this.refusal = refusal;
        }
    }

    public Company atVersion(long newVersion) {
        return new Company(id, details, status, contactPerson, createdAt, updatedAt, newVersion);
    }

    public CompanyId id() {
        return id;
    }

    public CompanyDetails details() {
        return details;
    }

    public String name() {
        return details.name();
    }

    public TaxId taxId() {
        return details.taxId();
    }

    public CompanyStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == CompanyStatus.ACTIVE;
    }

    public Optional<MemberId> contactPerson() {
        return contactPerson;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Company c && c.id.equals(id) && c.details.equals(details) && c.status == status
                && c.contactPerson.equals(contactPerson) && c.createdAt.equals(createdAt)
                && c.updatedAt.equals(updatedAt) && c.version == version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Company[" + id + " " + details.name() + ", " + status + ", v" + version + "]";
    }
}
