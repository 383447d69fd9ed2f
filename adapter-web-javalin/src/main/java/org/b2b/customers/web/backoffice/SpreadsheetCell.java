package org.b2b.customers.web.backoffice;

/**
 * A cell of a CSV file we hand out, made safe to open in a spreadsheet: text it would run as a formula (starting with
 * =, +, -, @, a tab or a carriage return) starts with an apostrophe instead, so that it is shown, not run.
 */
final class SpreadsheetCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCell() {}

    static String of(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
