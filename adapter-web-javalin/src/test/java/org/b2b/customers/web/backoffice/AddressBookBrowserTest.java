package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.address.ListAddressesQuery;
import org.b2b.customers.application.address.UpdateAddressCommand;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.address.AddressType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A company's Address book in the Back Office: adding, editing, the default and removing, in headless Chromium. */
class AddressBookBrowserTest {

    private static final String SCRIPT = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();
    private final CompanyView company = site.company("Nordwind Logistik", representative);

    @BeforeEach
    void signIn() {
        browser.forgetEverything();
        browser.open(site.url(book(company)));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void an_empty_book_says_what_to_do() {
        CreateCompanyCommand template = site.data().newCompany("Südwind AG", representative);
        CompanyView bare = site.system.useCases().companies().create().create(site.admin(), new CreateCompanyCommand(
                template.name(), template.taxId(), template.customerGroupId(), template.salesRepresentativeId(),
                null, null));
        browser.open(site.url(book(bare)));

        assertThat(browser.text()).contains("This company has no addresses yet. Add its billing address");
        assertThat(browser.driver().findElements(By.tagName("table"))).isEmpty();
        browser.checkScreen("address-book-empty-en");

        browser.follow("Add address");

        assertThat(browser.heading()).isEqualTo("Add address");
        assertThat(browser.chosen("Type")).isEqualTo("Choose …");
        browser.checkScreen("address-form-en");
    }

    @Test
    void an_address_is_added_after_a_refused_try_that_kept_every_value() {
        browser.follow("Add address");
        browser.choose("Type", "Shipping address");
        browser.type("Addressee", "Goods receiving");
        browser.type("City", "Hamburg");
        browser.type("Email", "not an email");
        browser.press("Add address");

        assertThat(browser.errorSummary()).containsExactly("Street: enter a value", "Postal code: enter a value",
                "Country: enter a value", "Email: enter an email address such as name@example.com");
        assertThat(browser.focused().getAttribute("class")).contains("error-summary");
        assertThat(browser.chosen("Type")).isEqualTo("Shipping address");
        assertThat(browser.field("Addressee").getAttribute("value")).isEqualTo("Goods receiving");
        assertThat(browser.field("City").getAttribute("value")).isEqualTo("Hamburg");
        assertThat(browser.field("Email").getAttribute("value")).isEqualTo("not an email");
        assertThat(browser.field("Street").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(addresses()).hasSize(1);
        browser.checkScreen("address-form-errors-en");

        browser.type("Street", "Lagerweg 2");
        browser.type("Postal code", "20457");
        browser.choose("Country", "Germany");
        browser.type("Email", "lager@nordwind.example");
        browser.press("Add address");

        assertThat(browser.banner()).contains("The address has been added.");
        assertThat(browser.text()).contains("Shipping addresses", "Goods receiving",
                "Lagerweg 2, 20457 Hamburg, Germany",
                "lager@nordwind.example");
        assertThat(addresses()).filteredOn(a -> a.type() == AddressType.SHIPPING).singleElement()
                .satisfies(a -> {
                    assertThat(a.street()).isEqualTo("Lagerweg 2");
                    assertThat(a.isDefault()).isTrue();
                });
        browser.checkScreen("address-book-en");
    }

    @Test
    void an_address_is_edited_and_an_edit_saved_by_someone_else_meanwhile_keeps_what_was_typed() {
        AddressView shipping = shipping("Goods receiving", "Hamburg");
        browser.open(site.url(book(company)));
        browser.follow("Edit Goods receiving");

        assertThat(browser.heading()).isEqualTo("Edit address");
        assertThat(browser.field("City").getAttribute("value")).isEqualTo("Hamburg");
        browser.type("City", "Bremen");
        browser.press("Save");

        assertThat(browser.banner()).contains("The address has been saved.");
        assertThat(address(shipping).city()).isEqualTo("Bremen");

        browser.follow("Edit Goods receiving");
        AddressView theirs = address(shipping);
        site.system.useCases().addresses().update().update(site.admin(), new UpdateAddressCommand(company.id(),
                shipping.id(), new AddressInput(theirs.name(), theirs.street(), "28195", theirs.city(), null, "DE",
                        null, null, null), false));
        browser.type("City", "Lübeck");
        browser.press("Save");

        assertThat(browser.text()).contains("Someone else changed this address", "28195");
        assertThat(browser.field("City").getAttribute("value")).isEqualTo("Lübeck");
        assertThat(address(shipping).city()).isEqualTo("Bremen");
        browser.checkScreen("address-form-stale-en");

        browser.press("Save");

        assertThat(browser.banner()).contains("The address has been saved.");
        assertThat(address(shipping).city()).isEqualTo("Lübeck");
    }

    @Test
    void another_address_is_made_the_default_of_its_type() {
        AddressView first = shipping("Lager Nord", "Hamburg");
        AddressView second = shipping("Lager Süd", "München");
        browser.open(site.url(book(company)));

        browser.press("Make default Lager Süd");

        assertThat(browser.banner()).contains("The default address has been changed.");
        assertThat(address(second).isDefault()).isTrue();
        assertThat(address(first).isDefault()).isFalse();
        assertThat(browser.button("Make default Lager Nord").isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.xpath("//button[normalize-space(.)='Make default Lager Süd']")))
                .isEmpty();
    }

    @Test
    void removing_asks_first_and_cancelling_keeps_the_address() {
        AddressView shipping = shipping("Goods receiving", "Hamburg");
        browser.open(site.url(book(company)));

        browser.follow("Remove Goods receiving");

        assertThat(browser.heading()).isEqualTo("Remove shipping address");
        assertThat(browser.text()).contains("Remove the shipping address “Goods receiving”, " + shipping.street()
                + ", 20095 Hamburg, Germany, from the address book of Nordwind Logistik?",
                "It is the only shipping address.");
        browser.checkScreen("address-remove-en");

        browser.follow("Cancel");

        assertThat(browser.path()).isEqualTo(book(company));
        assertThat(addresses()).extracting(AddressView::id).contains(shipping.id());

        browser.follow("Remove Goods receiving");
        browser.press("Remove address");

        assertThat(browser.banner()).contains("The address has been removed.");
        assertThat(addresses()).extracting(AddressView::id).doesNotContain(shipping.id());
        assertThat(browser.text()).contains("No shipping address yet.");
    }

    @Test
    void removing_the_billing_address_says_which_takes_its_place() {
        AddressView billing = addresses().get(0);
        site.system.useCases().addresses().add().add(site.admin(), new AddAddressCommand(company.id(), "BILLING",
                new AddressInput("Head office", "Ring 1", "10117", "Berlin", null, "DE", null, null, null), false));
        browser.open(site.url(book(company) + "/" + billing.id().value() + "/remove"));

        assertThat(browser.text()).contains("It is the company's billing address: the oldest other billing address"
                + " takes its place.");
        browser.press("Remove address");

        assertThat(site.company(company).billingAddress()).hasValueSatisfying(a ->
                assertThat(a.name()).isEqualTo("Head office"));
    }

    @Test
    void the_book_speaks_german() {
        AddressView shipping = shipping("Warenannahme", "Hamburg");
        browser.open(site.url(book(company)));
        browser.press("Deutsch");

        assertThat(browser.text()).contains("Rechnungsadressen", "Lieferadressen", "Warenannahme", "Standard");
        browser.checkScreen("address-book-de");

        browser.follow("Adresse hinzufügen");
        browser.press("Adresse hinzufügen");

        assertThat(browser.errorSummary()).contains("Art: Geben Sie einen Wert ein",
                "Empfänger: Geben Sie einen Wert ein");
        browser.checkScreen("address-form-errors-de");

        browser.open(site.url(book(company) + "/" + shipping.id().value() + "/remove"));

        assertThat(browser.heading()).isEqualTo("Lieferadresse entfernen");
        assertThat(browser.text()).contains("Die Lieferadresse „Warenannahme“");
        browser.checkScreen("address-remove-de");
    }

    @Test
    void the_keyboard_alone_adds_an_address() {
        browser.tabToAndEnter(browser.link("Add address"));
        browser.tabTo(browser.field("Type"));
        browser.field("Type").sendKeys("Shipping address");
        browser.tabToAndType("Addressee", "Goods receiving");
        browser.tabToAndType("Street", "Lagerweg 2");
        browser.tabToAndType("Postal code", "20457");
        browser.tabToAndType("City", "Hamburg");
        browser.tabTo(browser.field("Country"));
        browser.field("Country").sendKeys("Germany");
        browser.tabToAndEnter(browser.button("Add address"));

        assertThat(browser.banner()).contains("The address has been added.");
        assertThat(addresses()).filteredOn(a -> a.type() == AddressType.SHIPPING).singleElement()
                .satisfies(a -> assertThat(a.country()).isEqualTo("DE"));
    }

    @Test
    void markup_in_an_address_is_shown_as_text() {
        AddressView shipping = shipping(SCRIPT, "Hamburg");

        for (String path : List.of(book(company), book(company) + "/" + shipping.id().value() + "/edit",
                book(company) + "/" + shipping.id().value() + "/remove")) {
            browser.open(site.url(path));

            assertThat(browser.driver().findElements(By.cssSelector("main img"))).as(path).isEmpty();
            assertThat(browser.html()).as(path).contains("&lt;img src=x onerror=alert(1)&gt;");
        }
        assertThat(browser.text()).contains(SCRIPT);
    }

    private AddressView shipping(String name, String city) {
        AddressInput lines = site.data().shippingAddress(city);
        return site.system.useCases().addresses().add().add(site.admin(), new AddAddressCommand(company.id(),
                "SHIPPING", new AddressInput(name, lines.street(), lines.postalCode(), city, null, "DE", null, null,
                        null), false));
    }

    private List<AddressView> addresses() {
        return site.system.useCases().addresses().list().list(site.admin(), ListAddressesQuery.all(company.id()));
    }

    private AddressView address(AddressView address) {
        return site.system.useCases().addresses().get().get(site.admin(), company.id(), address.id());
    }

    private static String book(CompanyView company) {
        return "/companies/" + company.id().value() + "/addresses";
    }
}
