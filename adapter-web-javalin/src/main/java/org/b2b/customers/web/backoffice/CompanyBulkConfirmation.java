package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Map;

/**
 * The question before a bulk action that locks members out or lets them back in, naming the companies: it posts
 * the action again, confirmed, with the same companies and the list's parameters, and leads back to the list.
 */
public record CompanyBulkConfirmation(String action, List<String> companyIds, List<String> names,
        Map<String, String> carried, String back) {

    public CompanyBulkConfirmation {
        companyIds = List.copyOf(companyIds);
        names = List.copyOf(names);
        carried = Map.copyOf(carried);
    }

    public boolean destructive() {
        return action.equals("deactivate");
    }
}
