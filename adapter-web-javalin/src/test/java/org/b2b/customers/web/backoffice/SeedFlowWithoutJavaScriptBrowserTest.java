package org.b2b.customers.web.backoffice;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed's whole flow in the Back Office, with JavaScript off. */
class SeedFlowWithoutJavaScriptBrowserTest extends SeedFlow {

    @RegisterExtension
    static final Browser browser = Browser.withoutJavaScript();

    @Override
    Browser browser() {
        return browser;
    }

    @Override
    boolean keyboardOnly() {
        return false;
    }

    @Override
    boolean javascript() {
        return false;
    }
}
