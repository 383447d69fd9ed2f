package org.b2b.customers.domain.user;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.domain.shared.InvalidInputException;

/**
 * A person with a login. Staff hold staff roles; customers hold none of their own: their company role lives on
 * their membership, and a customer in no company is part of the pool that staff add members from.
 */
public final class User {

    private final UserId id;
    private final EmailAddress email;
    private final PersonName name;
    private final Optional<PhoneNumber> phone;
    private final UserType type;
    private final ImmutableSet<RoleIdentifier> staffRoles;
    private final PasswordHash passwordHash;
    private final Instant createdAt;
    private final long version;

    private User(UserId id, EmailAddress email, PersonName name, Optional<PhoneNumber> phone, UserType type,
            Set<RoleIdentifier> staffRoles, PasswordHash passwordHash, Instant createdAt, long version) {
        this.id = requireNonNull(id);
        this.email = requireNonNull(email);
        this.name = requireNonNull(name);
        this.phone = requireNonNull(phone);
        this.type = requireNonNull(type);
        this.staffRoles = ImmutableSet.copyOf(staffRoles);
        this.passwordHash = requireNonNull(passwordHash);
        this.createdAt = requireNonNull(createdAt);
        this.version = version;
        if (type == UserType.CUSTOMER && !this.staffRoles.isEmpty()) {
            throw new IllegalArgumentException("customers hold no staff roles");
        }
        if (type == UserType.STAFF && this.staffRoles.isEmpty()) {
            throw new IllegalArgumentException("staff hold at least one role");
        }
    }

    /** A staff user with staff roles, as {@code Role.staffRoles} has checked them to be. */
    public static User staff(UserId id, EmailAddress email, PersonName name, Set<RoleIdentifier> roles,
            PasswordHash passwordHash, Instant now) {
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "required", "a staff user needs at least one role");
        }
        return new User(id, email, name, Optional.empty(), UserType.STAFF, roles, passwordHash, now, 1);
    }

    /** A customer user, in no company yet. */
    public static User customer(UserId id, EmailAddress email, PersonName name, Optional<PhoneNumber> phone,
            PasswordHash passwordHash, Instant now) {
        return new User(id, email, name, phone, UserType.CUSTOMER, Set.of(), passwordHash, now, 1);
    }

    public static User restore(UserId id, EmailAddress email, PersonName name, Optional<PhoneNumber> phone,
            UserType type, Set<RoleIdentifier> staffRoles, PasswordHash passwordHash, Instant createdAt, long version) {
        return new User(id, email, name, phone, type, staffRoles, passwordHash, createdAt, version);
    }

    public User withContact(PersonName newName, Optional<PhoneNumber> newPhone) {
        return new User(id, email, newName, newPhone, type, staffRoles, passwordHash, createdAt, version);
    }

    public User withPasswordHash(PasswordHash newHash) {
        return new User(id, email, name, phone, type, staffRoles, newHash, createdAt, version);
    }

    public User atVersion(long newVersion) {
        return new User(id, email, name, phone, type, staffRoles, passwordHash, createdAt, newVersion);
    }

    public UserId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public PersonName name() {
        return name;
    }

    public Optional<PhoneNumber> phone() {
        return phone;
    }

    public UserType type() {
        return type;
    }

    public Set<RoleIdentifier> staffRoles() {
        return staffRoles;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof User u && u.id.equals(id) && u.email.equals(email) && u.name.equals(name)
                && u.phone.equals(phone) && u.type == type && u.staffRoles.equals(staffRoles)
                && u.passwordHash.equals(passwordHash) && u.createdAt.equals(createdAt) && u.version == version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "User[" + id + " " + email + ", " + type + "]";
    }
}
