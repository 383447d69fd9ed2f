package org.b2b.customers.domain.address;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.shared.PlainText;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PhoneNumber;

/** The lines of a postal address, with the contact and tax details a billing address carries. */
public record AddressDetails(
        String name,
        String street,
        String postalCode,
        String city,
        Optional<String> region,
        CountryCode country,
        Optional<EmailAddress> email,
        Optional<PhoneNumber> phone,
        Optional<TaxId> taxId) {

    public AddressDetails {
        name = PlainText.require("name", name, 200);
        street = PlainText.require("street", street, 200);
        postalCode = PlainText.require("postalCode", postalCode, 20);
        city = PlainText.require("city", city, 100);
        region = region.flatMap(r -> PlainText.optional("region", r, 100));
        requireNonNull(country, "country");
        requireNonNull(email, "email");
        requireNonNull(phone, "phone");
        requireNonNull(taxId, "taxId");
    }

    /** Parses every field of an address from text, reporting all wrong fields at once. */
    public static AddressDetails parse(String name, String street, String postalCode, String city, String region,
            String country, String email, String phone, String taxId) {
        var errors = new FieldErrors();
        errors.check(() -> PlainText.require("name", name, 200));
        errors.check(() -> PlainText.require("street", street, 200));
        errors.check(() -> PlainText.require("postalCode", postalCode, 20));
        errors.check(() -> PlainText.require("city", city, 100));
        Optional<String> parsedRegion = errors.check(() -> PlainText.optional("region", region, 100));
        CountryCode parsedCountry = errors.check(() -> CountryCode.parse("country", country));
        Optional<EmailAddress> parsedEmail = errors.check(() -> isBlank(email) ? Optional.<EmailAddress>empty()
                : Optional.of(EmailAddress.parse("email", email)));
        Optional<PhoneNumber> parsedPhone = errors.check(() -> isBlank(phone) ? Optional.<PhoneNumber>empty()
                : Optional.of(new PhoneNumber(phone)));
        Optional<TaxId> parsedTaxId = errors.check(() -> isBlank(taxId) ? Optional.<TaxId>empty()
                : Optional.of(TaxId.parse("taxId", taxId)));
        errors.throwIfAny();
        return new AddressDetails(name, street, postalCode, city, parsedRegion, parsedCountry, parsedEmail,
                parsedPhone, parsedTaxId);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
