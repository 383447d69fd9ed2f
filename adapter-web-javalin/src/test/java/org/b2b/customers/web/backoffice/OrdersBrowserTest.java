package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A company's Orders tab: its whole order history, newest first, a page at a time, in a real headless Chromium. */
class OrdersBrowserTest {

    /** One more than a page holds, so that the oldest order is on the second page. */
    private static final int ORDERS = 51;

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final CompanyView company = site.company("Nordwind Logistik", site.data().salesRepresentative());

    @BeforeEach
    void startAfresh() {
        browser.forgetEverything();
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void a_company_without_orders_says_so_in_both_languages() {
        openOrders();

        assertThat(browser.heading()).isEqualTo("Nordwind Logistik");
        assertThat(browser.text()).contains("This company has placed no orders yet.");
        assertThat(browser.driver().findElements(By.tagName("table"))).isEmpty();
        browser.checkScreen("orders-empty-en");
        browser.press("Deutsch");
        assertThat(browser.text()).contains("Dieses Unternehmen hat noch keine Bestellungen aufgegeben.");
        browser.checkScreen("orders-empty-de");
    }

    @Test
    void the_orders_page_newest_first_with_who_placed_them_their_status_and_total() {
        MemberView buyer = site.data().member(company, RoleIdentifier.COMPANY_BUYER.value());
        Instant now = site.system.clock().instant();
        for (int i = 1; i <= ORDERS; i++) {
            String placedBy = i == ORDERS ? buyer.id().toString() : null;
            String status = i == ORDERS ? "PAID" : i == ORDERS - 1 ? "ON_HOLD_AT_CUSTOMS" : null;
            site.system.useCases().orders().record().record(site.admin(), new RecordOrderCommand(company.id(),
                    String.format("SO-%03d", i), now.minus(Duration.ofHours(ORDERS - i)).toString(), placedBy, status,
                    "EUR", "1234.5"));
        }
        openOrders();

        List<String> firstPage = numbers();
        assertThat(firstPage).hasSize(50).startsWith("SO-051", "SO-050").endsWith("SO-002");
        assertThat(cells(0)).containsExactly("SO-051", browser.driver().findElement(By.cssSelector("tbody time"))
                .getText(), buyer.firstName() + " " + buyer.lastName(), "Paid", "€1,234.50");
        assertThat(cells(1)).contains("—", "ON_HOLD_AT_CUSTOMS");
        assertThat(browser.driver().findElements(By.linkText("Newest orders"))).isEmpty();
        browser.checkScreen("orders-first-page-en");

        browser.follow("Older orders");
        assertThat(numbers()).containsExactly("SO-001");
        assertThat(browser.driver().findElements(By.linkText("Older orders"))).isEmpty();
        browser.checkScreen("orders-last-page-en");
        browser.follow("Newest orders");
        assertThat(numbers()).isEqualTo(firstPage);

        browser.press("Deutsch");
        assertThat(cells(0)).contains("Bezahlt", "1.234,50 €");
        assertThat(browser.driver().findElement(By.cssSelector("tbody time")).getText()).contains(".");
        browser.checkScreen("orders-first-page-de");
        browser.follow("Ältere Bestellungen");
        assertThat(numbers()).containsExactly("SO-001");
        browser.checkScreen("orders-last-page-de");
    }

    @Test
    void the_keyboard_alone_pages_forward_and_back() {
        for (int i = 1; i <= ORDERS; i++) {
            site.data().order(company.id(), String.format("SO-%03d", i), "1", "EUR");
            site.system.clock().advance(Duration.ofMinutes(1));
        }
        openOrders();

        browser.tabToAndEnter(browser.link("Older orders"));
        assertThat(numbers()).containsExactly("SO-001");
        browser.tabToAndEnter(browser.link("Newest orders"));
        assertThat(numbers()).hasSize(50).startsWith("SO-051");
    }

    @Test
    void an_order_number_that_holds_markup_is_shown_as_text() {
        site.data().order(company.id(), "<b>SO-1</b>", "1", "EUR");
        openOrders();

        assertThat(numbers()).containsExactly("<b>SO-1</b>");
        assertThat(browser.driver().findElements(By.cssSelector("tbody b"))).isEmpty();
    }

    @Test
    void a_cursor_that_is_none_says_so_and_leads_back_to_the_first_page() {
        site.data().order(company.id(), "SO-1", "1", "EUR");
        openOrders();

        browser.open(browser.url() + "?cursor=not-a-cursor");

        assertThat(browser.errorSummary()).containsExactly(
                "This page of the list no longer exists. Start again from the first page.");
        browser.checkScreen("orders-unknown-page-en");
        browser.press("Deutsch");
        assertThat(browser.errorSummary()).containsExactly(
                "Diese Seite der Liste gibt es nicht mehr. Beginnen Sie wieder auf der ersten Seite.");
        browser.checkScreen("orders-unknown-page-de");
        browser.follow("Neueste Bestellungen");
        assertThat(numbers()).containsExactly("SO-1");
    }

    private void openOrders() {
        browser.open(site.url("/companies/" + company.id().value() + "/orders"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
        assertThat(browser.path()).endsWith("/orders");
        assertThat(browser.link("Orders").getAttribute("aria-current")).isEqualTo("page");
    }

    private List<String> numbers() {
        return browser.driver().findElements(By.cssSelector("tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> cells(int row) {
        return browser.driver().findElements(By.cssSelector("tbody tr")).get(row).findElements(By.tagName("td"))
                .stream().map(cell -> cell.getText().replace('\u00a0', ' ')).toList();
    }
}
