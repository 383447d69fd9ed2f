package org.b2b.customers.web.backoffice;

import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.AddressUseCases;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.address.ListAddressesQuery;
import org.b2b.customers.application.address.RemoveAddressCommand;
import org.b2b.customers.application.address.UpdateAddressCommand;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.domain.address.AddressBookErrorCode;
import org.b2b.customers.domain.address.AddressErrorCode;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.StaleVersionException;
import org.b2b.customers.web.page.Choice;
import org.b2b.customers.web.page.Confirmation;
import org.b2b.customers.web.page.FormErrors;
import org.b2b.customers.web.page.Messages;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/**
 * The Address book tab: a company's billing and shipping addresses, each added, edited, made the default of its
 * type or removed after a confirmation that names it. A refused form comes back with every value kept; an edit saved
 * by someone else meanwhile comes back with this user's values, the other's beside them, and the newer version.
 */
final class AddressBookPages {

    private static final String BOOK = Paths.COMPANIES + "/{id}/addresses";
    private static final String ADDRESS = BOOK + "/{addressId}";
    private static final String FORM = "backoffice/address-form.jte";

    private final CompanyUseCases companies;
    private final AddressUseCases addresses;
    private final Pages pages;

    AddressBookPages(CompanyUseCases companies, AddressUseCases addresses, Pages pages) {
        this.companies = companies;
        this.addresses = addresses;
        this.pages = pages;
    }

    void install(SignedInArea area) {
        area.get(BOOK, CompanyPages.SECTION, this::book);
        area.get(BOOK + "/new", CompanyPages.SECTION, this::blank);
        area.post(BOOK, CompanyPages.SECTION, this::add);
        area.get(ADDRESS + "/edit", CompanyPages.SECTION, this::edit);
        area.post(ADDRESS + "/edit", CompanyPages.SECTION, this::update);
        area.get(ADDRESS + "/remove", CompanyPages.SECTION, this::confirmRemoval);
        area.post(ADDRESS + "/remove", CompanyPages.SECTION, this::remove);
        area.post(ADDRESS + "/default", CompanyPages.SECTION, this::makeDefault);
    }

    private void book(Request request) {
        Actor actor = request.session().actor();
        CompanyView company = companies.get().get(actor, CompanyPages.companyIdOf(request));
        pages.render(request.ctx(), 200, "backoffice/address-book.jte", request.frame(), new CompanyProfile<>(company,
                "addresses", new AddressBookTab(company.id(), addresses.list().list(actor,
                        ListAddressesQuery.all(company.id())))));
    }

    /** A new address, of the type the link asked for (the Company profile tab asks for a billing one). */
    private void blank(Request request) {
        CompanyView company = companies.get().get(request.session().actor(), CompanyPages.companyIdOf(request));
        String type = Optional.ofNullable(request.ctx().queryParam("type"))
                .filter(t -> Arrays.stream(AddressType.values()).anyMatch(known -> known.name().equals(t))).orElse("");
        show(request, 200, company, Optional.empty(), Map.of("type", type), 0, false, Map.of(), List.of());
    }

    private void add(Request request) {
        Actor actor = request.session().actor();
        CompanyId id = CompanyPages.companyIdOf(request);
        Map<String, String> values = typed(request);
        try {
            addresses.add().add(actor, new AddAddressCommand(id, values.get("type"), AddressFields.input(values),
                    values.get("isDefault").equals("true")));
            request.ctx().redirect(Paths.company(id, "addresses") + "?notice=address-added", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            show(request, 422, companies.get().get(actor, id), Optional.empty(), values, 0, false, Map.of(),
                    e.under(AddressForm.GROUP).errors());
        } catch (DomainException e) {
            if (e.errorCode() != AddressBookErrorCode.FULL) {
                throw e;
            }
            show(request, 409, companies.get().get(actor, id), Optional.empty(), values, 0, false, Map.of(),
                    List.of(new FieldError("", "address_book_full", e.getMessage())));
        }
    }

    private void edit(Request request) {
        Actor actor = request.session().actor();
        CompanyView company = companies.get().get(actor, CompanyPages.companyIdOf(request));
        AddressView address = addresses.get().get(actor, company.id(), addressIdOf(request));
        show(request, 200, company, Optional.of(address), valuesOf(address), address.version(), false, Map.of(),
                List.of());
    }

    private void update(Request request) {
        Actor actor = request.session().actor();
        CompanyId id = CompanyPages.companyIdOf(request);
        AddressId addressId = addressIdOf(request);
        Map<String, String> values = typed(request);
        long version = request.form().version();
        try {
            addresses.update().update(actor, new UpdateAddressCommand(id, addressId, AddressFields.input(values),
                    values.get("isDefault").equals("true")).ifVersion(version));
            request.ctx().redirect(Paths.company(id, "addresses") + "?notice=address-saved", HttpStatus.SEE_OTHER);
        } catch (StaleVersionException e) {
            AddressView current = addresses.get().get(actor, id, addressId);
            Map<String, String> theirs = new LinkedHashMap<>();
            valuesOf(current).forEach((field, value) -> {
                if (!field.equals("type") && !field.equals("isDefault")
                        && !Objects.equals(value, values.getOrDefault(field, ""))) {
                    theirs.put(field, value);
                }
            });
            show(request, 409, companies.get().get(actor, id), Optional.of(current), values, current.version(), true,
                    theirs, List.of());
        } catch (InvalidInputException e) {
            show(request, 422, companies.get().get(actor, id), Optional.of(addresses.get().get(actor, id, addressId)),
                    values, version, false, Map.of(), e.under(AddressForm.GROUP).errors());
        }
    }

    private void confirmRemoval(Request request) {
        Actor actor = request.session().actor();
        CompanyView company = companies.get().get(actor, CompanyPages.companyIdOf(request));
        AddressView address = addresses.get().get(actor, company.id(), addressIdOf(request));
        Messages m = request.m();
        String type = address.type().name();
        String question = m.text("addressRemove.question." + type, address.name(), AddressBookTab.line(m, address),
                company.name());
        if (address.isDefault()) {
            boolean heir = addresses.list().list(actor, ListAddressesQuery.ofType(company.id(), type)).size() > 1;
            question += " " + m.text("addressRemove.default." + type + (heir ? ".heir" : ".none"));
        }
        pages.render(request.ctx(), 200, Confirmation.TEMPLATE, request.frame(), new Confirmation(
                m.text("addressRemove.title." + type), question, AddressBookTab.of(company.id(), address, "remove"),
                m.text("addressRemove.confirm"), Paths.company(company.id(), "addresses"),
                Map.of("version", String.valueOf(address.version())), true));
    }

    /** Removes the address the confirmation named, at the version it showed; a newer one is the area's refusal. */
    private void remove(Request request) {
        CompanyId id = CompanyPages.companyIdOf(request);
        addresses.remove().remove(request.session().actor(), RemoveAddressCommand.of(id, addressIdOf(request))
                .ifVersion(request.form().version()));
        request.ctx().redirect(Paths.company(id, "addresses") + "?notice=address-removed", HttpStatus.SEE_OTHER);
    }

    private void makeDefault(Request request) {
        CompanyId id = CompanyPages.companyIdOf(request);
        addresses.setDefault().setDefault(request.session().actor(), id, addressIdOf(request));
        request.ctx().redirect(Paths.company(id, "addresses") + "?notice=address-default", HttpStatus.SEE_OTHER);
    }

    private void show(Request request, int status, CompanyView company, Optional<AddressView> address,
            Map<String, String> values, long version, boolean stale, Map<String, String> current,
            List<FieldError> errors) {
        Messages m = request.m();
        List<Choice> types = Arrays.stream(AddressType.values())
                .map(type -> new Choice(type.name(), m.text("addresses.type." + type.name()))).toList();
        pages.render(request.ctx(), status, FORM, request.frame(), new AddressForm(company, address, values, types,
                Choice.countries(m), version, stale, current, FormErrors.of(m, inFormOrder(errors))));
    }

    /** The summary lists errors as the form shows their fields, top to bottom; any other after them. */
    private static List<FieldError> inFormOrder(List<FieldError> errors) {
        List<String> order = new ArrayList<>();
        order.add(AddressForm.name("type"));
        order.addAll(AddressFields.names(AddressForm.GROUP));
        return errors.stream().sorted(Comparator.comparingInt(e -> order.contains(e.field())
                ? order.indexOf(e.field()) : order.size())).toList();
    }

    /** The address a path names; a path naming none leads nowhere, as an unknown address does. */
    private static AddressId addressIdOf(Request request) {
        try {
            return AddressId.parse("addressId", request.ctx().pathParam("addressId"));
        } catch (InvalidInputException e) {
            throw DomainException.notFound(AddressErrorCode.NOT_FOUND);
        }
    }

    private static Map<String, String> typed(Request request) {
        Map<String, String> values = new HashMap<>(AddressFields.typed(request.form(), AddressForm.GROUP));
        values.put("type", request.form().valueOrBlank(AddressForm.name("type")));
        values.put("isDefault", request.form().valueOrBlank(AddressForm.name("isDefault")));
        return values;
    }

    private static Map<String, String> valuesOf(AddressView address) {
        Map<String, String> values = new HashMap<>();
        values.put("type", address.type().name());
        values.put("isDefault", String.valueOf(address.isDefault()));
        values.put("name", address.name());
        values.put("street", address.street());
        values.put("postalCode", address.postalCode());
        values.put("city", address.city());
        values.put("region", address.region().orElse(""));
        values.put("country", address.country());
        values.put("email", address.email().orElse(""));
        values.put("phone", address.phone().orElse(""));
        values.put("taxId", address.taxId().orElse(""));
        return values;
    }
}
