package org.coplan.requests.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a request for an EHC needs assessment says, checked. The child's name and date of birth are
 * asked only when the child is not yet on Coplan; why the family is asking is always required; the
 * consent to share the request with the people named is required to send it; a SENCO also records
 * who in the family agreed, how and when.
 */
public record RequestAnswers(
        String givenName, String familyName, LocalDate dateOfBirth, String setting, String tried, String reasons,
        String shareWith, String consentBy, String consentHow, LocalDate consentOn) {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_NAME = 100;

    /** The answers, or null with the problems added to {@code found}. */
    public static RequestAnswers read(Map<String, String> typed, boolean newChild, boolean school, LocalDate today,
            List<Problem> found) {
        int before = found.size();
        String given = text(typed, "givenName");
        String family = text(typed, "familyName");
        LocalDate dob = null;
        if (newChild) {
            if (given.isEmpty()) {
                found.add(Problem.of("givenName", "request.error.givenName"));
            } else if (given.length() > MAX_NAME) {
                found.add(Problem.of("givenName", "text.tooLong", MAX_NAME));
            }
            if (family.isEmpty()) {
                found.add(Problem.of("familyName", "request.error.familyName"));
            } else if (family.length() > MAX_NAME) {
                found.add(Problem.of("familyName", "text.tooLong", MAX_NAME));
            }
            dob = date(typed, "dateOfBirth", "request.error.dateOfBirth", found);
            if (dob != null && dob.isAfter(today)) {
                found.add(Problem.of("dateOfBirth", "request.error.dateOfBirthFuture"));
                dob = null;
            } else if (dob != null && dob.isBefore(today.minusYears(26))) {
                found.add(Problem.of("dateOfBirth", "request.error.dateOfBirthOver25"));
                dob = null;
            }
        }
        String setting = longText(typed, "setting", false, null, found);
        String tried = longText(typed, "tried", false, null, found);
        String reasons = longText(typed, "reasons", true, "request.error.reasons", found);
        String shareWith = longText(typed, "shareWith", false, null, found);
        if (!"yes".equals(typed.get("consent"))) {
            found.add(Problem.of("consent", school ? "request.error.consentSchool" : "request.error.consent"));
        }
        String consentBy = null;
        String consentHow = null;
        LocalDate consentOn = null;
        if (school) {
            consentBy = text(typed, "consentBy");
            if (consentBy.isEmpty()) {
                found.add(Problem.of("consentBy", "request.error.consentBy"));
            } else if (consentBy.length() > MAX_NAME) {
                found.add(Problem.of("consentBy", "text.tooLong", MAX_NAME));
            }
            consentHow = text(typed, "consentHow");
            if (!List.of("IN_PERSON", "PHONE", "IN_WRITING").contains(consentHow)) {
                found.add(Problem.of("consentHow", "request.error.consentHow"));
            }
            consentOn = date(typed, "consentOn", "request.error.consentOn", found);
            if (consentOn != null && consentOn.isAfter(today)) {
                found.add(Problem.of("consentOn", "request.error.consentOnFuture"));
            }
        }
        if (found.size() > before) {
            return null;
        }
        return new RequestAnswers(given, family, dob, setting, tried, reasons, shareWith, consentBy, consentHow, consentOn);
    }

    private static String text(Map<String, String> typed, String field) {
        String v = typed.get(field);
        return v == null ? "" : v.strip();
    }

    private static String longText(Map<String, String> typed, String field, boolean required, String requiredKey,
            List<Problem> found) {
        String v = text(typed, field);
        if (required && v.isEmpty()) {
            found.add(Problem.of(field, requiredKey));
        } else if (v.length() > MAX_TEXT) {
            found.add(Problem.of(field, "text.tooLong", MAX_TEXT));
        }
        return v;
    }

    /** A date typed in three boxes ({@code nameDay}, {@code nameMonth}, {@code nameYear}). */
    static LocalDate date(Map<String, String> typed, String name, String key, List<Problem> found) {
        try {
            int day = Integer.parseInt(text(typed, name + "Day"));
            int month = Integer.parseInt(text(typed, name + "Month"));
            int year = Integer.parseInt(text(typed, name + "Year"));
            if (year < 1900) {
                throw new NumberFormatException();
            }
            return LocalDate.of(year, month, day);
        } catch (NumberFormatException | DateTimeException e) {
            found.add(Problem.of(name, key));
            return null;
        }
    }
}
