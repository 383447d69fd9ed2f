package org.b2b.customers.web.backoffice;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed's whole flow in the Back Office, with the mouse, JavaScript on. */
class SeedFlowBrowserTest extends SeedFlow {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

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
        return true;
    }
}
