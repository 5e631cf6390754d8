package org.coplan.shared.web;

/**
 * Text for a CSV cell as a spreadsheet will not run it: a cell starting with =, +, -, @, a tab or a
 * carriage return would be read as a formula, so it gets a leading apostrophe (OWASP, CSV injection).
 * Every CSV Coplan writes puts its text through this.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
